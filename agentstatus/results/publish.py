"""Putting output files in place so that no reader ever sees half of them, or a mix.

Why: reports are the evidence a CI gate acts on. Written in place, two runs into one folder
shared a results file and swapped verdicts, an interrupted run replaced a complete report
with a partial one, a kill while writing left old and new files mixed, and a render error
truncated the previous report to nothing. Here a set of files appears complete or not at
all, in one of two ways:

``Staging`` is for a folder a run owns (``agentstatus run --report-dir``): everything is
written into a fresh folder beside it, ``.<name>.tmp-<pid>-<random>`` (same parent, so the
same file system), which replaces the folder whole once complete: the old folder is
renamed aside (``.<name>.old-<pid>-<random>``), the new one renamed into place, the old
one removed. Concurrent runs each stage their own folder; the last to finish wins, whole.
The one window: between the two renames (microseconds) the name does not exist, so a
reader sees no folder, never a mixed one; a process killed exactly there leaves the old
reports in the ``.old-`` folder. A killed run leaves at most its staging folder, which a
later run removes once its process is gone and it is an hour old.

``write_files`` is for a folder that holds other files too (``agentstatus report`` writes
next to the results it renders): every file is first written to a temporary file beside its
target, and only when all are written are they renamed into place, each atomically.

New files get mode 0o666 and folders 0o777, less the umask, as ``open()`` and ``mkdir``
give them: every file of a report has the same mode (``mkstemp`` would give 0o600). There
is no fsync: this protects against processes that die, not against power failures.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import time
from collections.abc import Collection, Mapping
from pathlib import Path
from types import TracebackType

#: A staging or set-aside folder (or temporary file) whose process no longer runs and that
#: is at least this old is left over from a killed run; the next writer removes it.
STALE_AFTER_SECONDS = 3600.0

#: What a run writes into its report folder (with the temporary names of this module and of
#: earlier versions); a folder holding anything else is not replaced whole.
REPORT_FILE = re.compile(
    r"\.?(?:results\.json|junit\.xml|report\.[A-Za-z0-9_-]+\.(?:html|md))"
    r"(?:\.tmp-\d+-[0-9a-f]+)?"
    r"|\.(?:probe|clock)\.tmp-\d+-[0-9a-f]+"
    r"|\.results-[^/\\]*\.json"
)

#: The empty files made for a moment to test a folder (``prepare_folder``) and read its clock.
_PROBES = ("probe", "clock")

#: The temporary names this module gives: ``.<name>.tmp-<pid>-<hex>``, ``.<name>.old-...``.
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?:tmp|old)-(?P<pid>\d+)-[0-9a-f]+")

#: How often a swap is tried again when other runs keep replacing the same folder.
_SWAP_ATTEMPTS = 20


class PublishError(OSError):
    """An output place that cannot be written; the message says which and why."""


def _token() -> str:
    return secrets.token_hex(4)


def _why(error: OSError) -> str:
    return error.strerror or str(error)


def _temporary_name(name: str, kind: str = "tmp") -> str:
    return f".{name}.{kind}-{os.getpid()}-{_token()}"


def plain_name(name: str) -> str:
    """``name`` when it names a file inside a folder, so a name made from input (the report
    name made from ``--lang``) never writes anywhere else."""
    separators = {"/", "\\", "\x00"} | ({os.altsep} if os.altsep else set())
    if name in ("", ".", "..") or any(sep in name for sep in separators):
        raise PublishError(f"{name!r} is not a plain file name")
    return name


def _create(path: Path) -> int:
    """A new file, opened for writing: O_EXCL so nothing else is ever overwritten, 0o666 so
    the umask decides the mode as it does for ``open()``."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, 0o666)


def _write_temporary(target: Path, data: bytes) -> Path:
    """``data`` in a new temporary file beside ``target``; nothing left behind on failure."""
    temporary = target.with_name(_temporary_name(target.name))
    try:
        descriptor = _create(temporary)
    except OSError as error:
        raise PublishError(f"cannot write {target}: {_why(error)}") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise PublishError(f"cannot write {target}: {_why(error)}") from None
        raise
    return temporary


def write_file(path: str | os.PathLike[str], data: bytes) -> Path:
    """Replace ``path`` with ``data`` atomically: a reader sees the old file or the new one."""
    target = Path(path)
    temporary = _write_temporary(target, data)
    try:
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise PublishError(f"cannot write {target}: {_why(error)}") from None
    return target


def write_files(folder: str | os.PathLike[str], files: Mapping[str, bytes]) -> list[Path]:
    """Write every file into ``folder``, all or none: each goes to a temporary file first,
    and only when all are written are they renamed into place. Return the paths, in order."""
    where = Path(folder)
    names = [plain_name(name) for name in files]
    try:
        where.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PublishError(f"cannot create {where}: {_why(error)}") from None
    remove_stale(where, [*names, *_PROBES])
    staged: list[tuple[Path, Path]] = []
    try:
        for name in names:
            staged.append((_write_temporary(where / name, files[name]), where / name))
        for temporary, target in staged:
            os.replace(temporary, target)
    except PublishError:
        raise
    except OSError as error:
        raise PublishError(f"cannot write in {where}: {_why(error)}") from None
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)  # written ones were renamed: nothing to do
    return [target for _, target in staged]


def prepare_folder(folder: str | os.PathLike[str]) -> Path:
    """Make ``folder`` (and its parents) and prove it takes a new file, before any work
    whose output would go there is done."""
    where = Path(folder)
    if where.exists() and not where.is_dir():
        raise PublishError(f"{where} is a file, not a folder")
    try:
        where.mkdir(parents=True, exist_ok=True)
        probe = where / _temporary_name(_PROBES[0])
        os.close(_create(probe))
        probe.unlink()
    except OSError as error:
        raise PublishError(f"cannot write in {where}: {_why(error)}") from None
    return where


def prepare_file(path: str | os.PathLike[str]) -> Path:
    """Check that ``path`` can be written (see ``prepare_folder``) without touching it."""
    target = Path(path)
    if target.is_dir():
        raise PublishError(f"{target} is a folder; name a file")
    try:
        prepare_folder(target.parent)
    except PublishError as error:
        raise PublishError(f"cannot write {target}: {error}") from None
    return target


def _alive(pid: int) -> bool:
    """Whether process ``pid`` may still run; when in doubt, it does."""
    if pid == os.getpid() or os.name == "nt":  # on Windows, os.kill(pid, 0) terminates it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):  # another user's process, or no such pid number
        return True
    return True


def _clock(folder: Path) -> float:
    """Now, by the clock of the file system that stamped the entries whose age is judged:
    a process clock may be skewed from a file server's, or frozen by a test library."""
    probe = folder / _temporary_name(_PROBES[1])
    try:
        os.close(_create(probe))
        try:
            return probe.stat().st_mtime
        finally:
            probe.unlink()
    except OSError:
        return time.time()


def remove_stale(
    folder: Path,
    names: Collection[str],
    *,
    now: float | None = None,
    max_age: float = STALE_AFTER_SECONDS,
) -> list[Path]:
    """Remove what killed writers left in ``folder``: temporary files and folders for one
    of ``names`` whose process is gone and that are at least ``max_age`` seconds old.

    The pid in the name keeps a live run's staging folder safe whatever its age; the age
    keeps a folder safe that a process with the same pid on another machine or in another
    container (a shared volume) may be writing right now.
    """
    moment = _clock(folder) if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name)
        if match is None or match["name"] not in names or _alive(int(match["pid"])):
            continue
        try:
            if moment - entry.stat(follow_symlinks=False).st_mtime < max_age:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError:
            continue  # another run removed it first, or it cannot be: not ours to insist
        removed.append(Path(entry.path))
    return removed


def _foreign(folder: Path) -> list[str]:
    """What ``folder`` holds besides a run's report files, by name."""
    with os.scandir(folder) as entries:
        return sorted(
            entry.name
            for entry in entries
            if not (entry.is_file(follow_symlinks=False) and REPORT_FILE.fullmatch(entry.name))
        )


def check_replaceable(folder: Path) -> None:
    """Refuse a folder a run must not replace whole: a file, the current folder or one that
    holds it, a mount point (it cannot be renamed), or one with files a run did not write
    (``--report-dir .`` must never swap away a project)."""
    if not folder.name:
        raise PublishError(f"{folder} is the root folder; name a folder of its own")
    if folder.exists() and not folder.is_dir():
        raise PublishError(f"{folder} is a file; name a folder")
    here = Path.cwd().resolve()
    if folder == here or folder in here.parents:
        raise PublishError(
            f"{folder} holds the current folder; a run replaces its report folder whole, "
            "so name a folder of its own"
        )
    if not folder.exists():
        return
    if os.path.ismount(folder):
        raise PublishError(
            f"{folder} is a mount point and cannot be replaced; name a folder inside it"
        )
    try:
        foreign = _foreign(folder)
    except OSError as error:
        raise PublishError(f"cannot read {folder}: {_why(error)}") from None
    if foreign:
        shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if foreign[3:] else "")
        raise PublishError(
            f"{folder} holds {shown}, which a run did not write; a run replaces its report "
            "folder whole, so name an empty folder or one of its own"
        )


class Staging:
    """A fresh folder beside ``target`` that becomes ``target`` whole, or never.

    Use it as a context manager: leaving the block without ``publish`` (an error, an
    interruption) removes the staging folder, so the target stays as it was; ``keep``
    keeps the staging folder instead, when it holds the only copy of a finished run.
    """

    def __init__(self, target: Path, real: Path, path: Path) -> None:
        #: The folder as named (what is printed), and with symbolic links resolved (what is
        #: renamed: a link to the report folder stays a link).
        self.target = target
        self.real = real
        #: Where everything is written until ``publish``.
        self.path = path
        self.published = False
        self.kept = False

    @classmethod
    def create(cls, target: str | os.PathLike[str], *, now: float | None = None) -> Staging:
        """Check ``target``, remove stale staging folders beside it, and make this run's:
        making it up front is the proof that the reports can be written at all."""
        named = Path(target)
        real = named.resolve()
        check_replaceable(real)
        parent = real.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PublishError(f"cannot create {parent}: {_why(error)}") from None
        remove_stale(parent, [real.name], now=now)
        for _ in range(_SWAP_ATTEMPTS):
            path = parent / _temporary_name(real.name)
            try:
                path.mkdir(0o777)
            except FileExistsError:
                continue
            except OSError as error:
                raise PublishError(f"cannot create a folder in {parent}: {_why(error)}") from None
            return cls(named, real, path)
        raise PublishError(f"cannot find a free name in {parent}")

    def publish(self) -> Path:
        """Swap the staged folder in place of the target and return the target.

        Rename into place; where the target exists, rename it aside first, then remove
        it. When another run puts its folder in place between the two renames, move that
        aside too and try again: the last to finish wins. On failure the target is put
        back as it was.
        """
        if self.published:
            return self.target
        asides: list[Path] = []
        try:
            for _ in range(_SWAP_ATTEMPTS):
                try:
                    os.rename(self.path, self.real)
                    self.published = True
                    return self.target
                except OSError as error:
                    if error.errno not in (errno.EEXIST, errno.ENOTEMPTY):
                        raise PublishError(
                            f"cannot put the reports in {self.target}: {_why(error)}"
                        ) from None
                aside = self.real.with_name(_temporary_name(self.real.name, "old"))
                try:
                    os.rename(self.real, aside)
                except FileNotFoundError:
                    continue  # another run moved it away in between
                except OSError as error:
                    raise PublishError(f"cannot replace {self.target}: {_why(error)}") from None
                asides.append(aside)
            raise PublishError(f"{self.target} kept changing while the reports were put there")
        finally:
            if not self.published and asides and not os.path.lexists(self.real):
                latest = asides.pop()  # back in place; left where it is if that fails
                with contextlib.suppress(OSError):
                    os.rename(latest, self.real)
            for aside in asides:
                shutil.rmtree(aside, ignore_errors=True)

    def keep(self) -> None:
        """Leave the staging folder when the block ends (it is then the only copy)."""
        self.kept = True

    def discard(self) -> None:
        """Remove the staging folder, unless published or kept."""
        if not self.published and not self.kept:
            shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> Staging:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.discard()
