"""Reports never lose data: a run's files replace the report folder whole or not at all.

Each test here is a failure once measured: two runs into one folder swapped verdicts, an
interrupt or a kill replaced a complete report with a partial or mixed one, a render error
truncated the previous report, ``--format md`` left a stale ``junit.xml``, an unwritable
``--report-dir`` or a path in ``--lang`` was found only after the whole suite had run, and
``results.json`` had another mode than the reports beside it.
"""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agentstatus import cli, runner
from agentstatus.results import load_results, write_results
from agentstatus.results import publish as publish_module
from agentstatus.results.publish import (
    PublishError,
    Staging,
    check_replaceable,
    plain_name,
    remove_stale,
    write_files,
)
from tests.reports.conftest import Run, copy_suite

#: What "the previous reports" hold in these tests: any bytes will do, as long as they stay.
OLD = {
    "results.json": b'{"old": "results"}\n',
    "junit.xml": b"<testsuites/>\n",
    "report.en.html": b"<p>old</p>\n",
    "report.en.md": b"old\n",
    "report.sv.html": b"<p>gammal</p>\n",
    "report.sv.md": b"gammal\n",
}
HOUR = 3600.0

#: A kind for the fixture suite whose driver says (over a socket) that the run has reached
#: the scenarios, then sleeps: a run to interrupt. The sleep is bounded.
SLOW_KIND = """

import os as _os
import socket as _socket
import time as _time


class SlowDriver(StuckDriver):
    def start(self, config):
        with _socket.create_connection(("127.0.0.1", int(_os.environ["SLOW_PORT"]))) as s:
            s.sendall(b"started")
        _time.sleep(60)


register_kind("slow", lambda ident, tick: SlowDriver(ident))
"""

#: A rendering bug, planted in the run's own process by the suite's conftest.
RENDER_BUG = """

import agentstatus.reports.render as _render


def _broken(*args, **kwargs):
    raise RuntimeError("a bug in the template")


_render.render_html = _broken
"""


def contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def old_reports(folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True)
    for name, data in OLD.items():
        (folder / name).write_bytes(data)
    return contents(folder)


def leftovers(folder: Path) -> list[str]:
    """Staging or set-aside folders (or temporary files) beside or inside ``folder``."""
    beside = [p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}.")]
    inside = [p.name for p in folder.iterdir() if ".tmp-" in p.name] if folder.is_dir() else []
    return beside + inside


def umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@pytest.fixture
def mask_027() -> Iterator[None]:
    previous = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(previous)


def dead_pid() -> int:
    """The pid of a process that has ended (reused only after the pid numbers wrap)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


# --------------------------------------------------------------------- the publish module


def test_a_staged_folder_replaces_the_target_whole(tmp_path: Path) -> None:
    target = tmp_path / "reports"
    old_reports(target)
    (target / "junit.xml").write_bytes(b"stale")
    with Staging.create(target) as staging:
        assert staging.path.parent == tmp_path and staging.path.name.startswith(".reports.tmp-")
        (staging.path / "report.en.md").write_bytes(b"new\n")
        assert contents(target)["report.en.md"] == b"old\n"  # nothing shows before publish
        assert staging.publish() == target
    assert contents(target) == {"report.en.md": b"new\n"}  # no stale junit.xml
    assert leftovers(target) == []


def test_a_missing_target_and_its_parents_are_created(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "reports"
    with Staging.create(target) as staging:
        (staging.path / "results.json").write_bytes(b"{}")
        staging.publish()
    assert contents(target) == {"results.json": b"{}"}
    assert leftovers(target) == []


def test_an_unpublished_staging_folder_leaves_the_target_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "reports"
    before = old_reports(target)
    with pytest.raises(RuntimeError), Staging.create(target) as staging:
        (staging.path / "report.en.md").write_bytes(b"partial")
        raise RuntimeError("interrupted")
    assert contents(target) == before
    assert leftovers(target) == []


def test_the_last_run_to_finish_wins_even_when_another_swaps_in_between(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run A moves the old folder aside; before it renames its own into place, run B
    publishes. A's rename then fails (the name is taken): it moves B's aside and wins."""
    target = tmp_path / "reports"
    old_reports(target)
    first, second = Staging.create(target), Staging.create(target)
    (first.path / "results.json").write_bytes(b"A")
    (second.path / "results.json").write_bytes(b"B")
    real_rename = os.rename
    interleaved = []

    def rename(source: Any, destination: Any) -> None:
        real_rename(source, destination)
        if Path(source) == target.resolve() and not interleaved:
            interleaved.append(second.publish())

    monkeypatch.setattr(publish_module.os, "rename", rename)
    first.publish()
    monkeypatch.undo()
    assert interleaved and second.published
    assert contents(target) == {"results.json": b"A"}
    assert leftovers(target) == []


def test_a_failed_swap_puts_the_previous_folder_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "reports"
    before = old_reports(target)
    staging = Staging.create(target)
    real_rename = os.rename

    def rename(source: Any, destination: Any) -> None:
        if Path(source) == staging.path and Path(destination) == target.resolve():
            if not any(p.name.startswith(".reports.old-") for p in tmp_path.iterdir()):
                raise OSError(errno.ENOTEMPTY, "Directory not empty")
            raise OSError(errno.EACCES, "Permission denied")
        real_rename(source, destination)

    monkeypatch.setattr(publish_module.os, "rename", rename)
    with pytest.raises(PublishError, match="Permission denied"):
        staging.publish()
    monkeypatch.undo()
    assert contents(target) == before
    staging.discard()
    assert leftovers(target) == []


def test_stale_staging_folders_of_dead_processes_are_removed_live_ones_kept(
    tmp_path: Path,
) -> None:
    target = tmp_path / "reports"
    (tmp_path / "clock").touch()  # now, by the file system's clock (the process's may be frozen)
    dead, alive, now = dead_pid(), os.getpid(), (tmp_path / "clock").stat().st_mtime
    (tmp_path / "clock").unlink()
    names = {
        "dead_old": f".reports.tmp-{dead}-0a1b2c3d",
        "dead_old_aside": f".reports.old-{dead}-0a1b2c3e",
        "dead_fresh": f".reports.tmp-{dead}-0a1b2c3f",
        "alive_old": f".reports.tmp-{alive}-0a1b2c40",
        "other_folder": f".notes.tmp-{dead}-0a1b2c41",
        "not_ours": "reports.tmp-1-0a1b2c42",
    }
    for key, name in names.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "results.json").write_bytes(b"{}")
        if key != "dead_fresh":
            os.utime(tmp_path / name, (now - 2 * HOUR, now - 2 * HOUR))
    removed = remove_stale(tmp_path, ["reports"], now=now)
    assert sorted(p.name for p in removed) == sorted([names["dead_old"], names["dead_old_aside"]])
    left = {p.name for p in tmp_path.iterdir()}
    assert left == set(names.values()) - {names["dead_old"], names["dead_old_aside"]}
    # A new run's staging removes them too (once an hour has passed), and only them.
    with Staging.create(target, now=now + 2 * HOUR) as staging:
        assert staging.path.exists()
    assert {p.name for p in tmp_path.iterdir()} == left - {names["dead_fresh"]}


def test_every_file_and_folder_written_honours_the_umask(tmp_path: Path, mask_027: None) -> None:
    folder = tmp_path / "out"
    written = write_files(folder, {"report.en.md": b"md", "report.en.html": b"html"})
    written.append(write_results({"any": "document"}, folder / "results.json"))
    with Staging.create(tmp_path / "reports") as staging:
        staging_mode = staging.path.stat().st_mode & 0o777
    assert staging_mode == 0o750
    assert {path.stat().st_mode & 0o777 for path in written} == {0o640}


def test_writing_several_files_is_all_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "reports"
    before = old_reports(folder)
    real = publish_module._write_temporary
    calls = []

    def full_disk(target: Path, data: bytes) -> Path:
        calls.append(target.name)
        if len(calls) == 2:
            raise PublishError(f"cannot write {target}: No space left on device")
        return real(target, data)

    monkeypatch.setattr(publish_module, "_write_temporary", full_disk)
    with pytest.raises(PublishError, match="No space left"):
        write_files(folder, {"report.en.html": b"new", "report.en.md": b"new"})
    assert contents(folder) == before
    assert leftovers(folder) == []


def test_folders_a_run_must_not_replace_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "notes.txt").write_text("mine")
    (project / "results.json").write_text("{}")
    with pytest.raises(PublishError, match=r"holds notes\.txt, which a run did not write"):
        check_replaceable(project)
    with pytest.raises(PublishError, match="is a file"):
        check_replaceable(project / "notes.txt")
    monkeypatch.chdir(project)
    with pytest.raises(PublishError, match="holds the current folder"):
        check_replaceable(project.resolve())
    with pytest.raises(PublishError, match="holds the current folder"):
        check_replaceable(tmp_path.resolve())
    # What runs and `agentstatus report` leave, their temporary files included, is fine.
    reports = tmp_path / "reports"
    old_reports(reports)
    left = ("report.de-DE.html", ".results-x1.json", ".report.sv.md.tmp-12-0a1b", ".clock.tmp-1-2f")
    for name in left:
        (reports / name).write_text("")
    check_replaceable(reports)
    assert plain_name("report.de-DE.html") == "report.de-DE.html"
    for bad in ("", ".", "..", "a/b", "..\\x", "sv\x00"):
        with pytest.raises(PublishError, match="not a plain file name"):
            plain_name(bad)


# ----------------------------------------------------------- `agentstatus report` in-process


def test_a_lone_surrogate_from_the_implementation_renders_and_nothing_is_lost(
    failing_run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)  # this test's summary is no CI's
    document = failing_run.results
    failed = next(s for s in document["scenarios"] if s["outcome"] == "failed")
    failed["name"] = "Lone \ud800 surrogate"
    failed["failure"]["message"] = "the implementation said \udfff"
    source = write_results(document, tmp_path / "saved" / "results.json")
    source.read_bytes().decode("utf-8")  # valid UTF-8, the surrogates escaped as in JSON
    assert load_results(source) == document  # and read back exactly
    out = tmp_path / "rendered"
    status = cli.main(
        ["report", str(source), "--lang", "en", "--format", "html,md,json", "--out", str(out)]
    )
    assert status == 1
    html = (out / "report.en.html").read_text("utf-8")
    assert "Lone \ufffd surrogate" in html and "the implementation said \ufffd" in html
    assert load_results(out / "results.json") == document


def test_a_render_error_in_report_changes_no_file(
    failing_run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    out = tmp_path / "out"
    before = old_reports(out)
    monkeypatch.setattr(
        "agentstatus.reports.render.render_markdown",
        lambda *args: (_ for _ in ()).throw(ValueError("a bug in the template")),
    )
    status = cli.main(
        ["report", str(failing_run.report_dir / "results.json"), "--out", str(out),
         "--format", "html,md,json"]
    )  # fmt: skip
    error = capsys.readouterr().err
    assert status == 2
    assert "the reports could not be rendered: ValueError: a bug in the template" in error
    assert f"nothing in {out} was changed" in error and "Traceback" not in error
    assert contents(out) == before


def test_output_places_and_lang_are_checked_before_the_suite_runs(
    failing_run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(runner, "_run", lambda *args: pytest.fail("the suite ran"))
    monkeypatch.chdir(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    project = tmp_path / "project"
    project.mkdir()
    (project / "main.py").write_text("")
    results = str(failing_run.report_dir / "results.json")
    cases = [
        (["run", "--report-dir", str(blocker / "reports")], "--report-dir: cannot create"),
        (["run", "--report-dir", str(blocker)], "--report-dir: "),
        (["run", "--report-dir", str(project)], "holds main.py, which a run did not write"),
        (["run", "--report-dir", "."], "holds the current folder"),
        (["run", "--lang", "sv.x/y"], "--lang: 'sv.x/y' is not a locale identifier"),
        (["run", "--lang", ".."], "--lang: '..' is not a locale identifier"),
        (["report", results, "--lang", "../../evil"], "is not a locale identifier"),
        (["report", results, "--out", str(blocker)], "--out: "),
        (["report", results, "--out", str(blocker / "x")], "--out: cannot write in"),
        (["baseline", "--write", str(blocker / "known.json")], "--write: cannot write"),
        (["baseline", "--write", str(project)], "is a folder; name a file"),
    ]
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    for args, message in cases:
        assert cli.main(args) == 2, args
        error = capsys.readouterr().err
        assert message in error, (args, error)
        assert "Traceback" not in error
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == before


def test_every_file_of_a_run_has_the_same_mode(failing_run: Run) -> None:
    mask = umask()  # the run inherited it from this process
    files = list(failing_run.report_dir.iterdir())
    assert len(files) == 6
    assert {path.stat().st_mode & 0o777 for path in files} == {0o666 & ~mask}
    assert failing_run.report_dir.stat().st_mode & 0o777 == 0o777 & ~mask


# ------------------------------------------------------------ `agentstatus run` as a process


def run_command(base: Path, *args: str, **popen: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "agentstatus.cli", "run", "--suite", str(base / "suite"), *args],
        cwd=base,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    try:
        stdout, stderr = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
        pytest.fail(f"the run did not end:\n{stdout}\n{stderr}")
    return process.returncode, stdout, stderr


@pytest.mark.parametrize(
    ("sent", "status"),
    [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGKILL, -signal.SIGKILL)],
    ids=["SIGINT", "SIGTERM", "SIGKILL"],
)
def test_an_interrupted_run_leaves_the_previous_reports_untouched(
    tmp_path: Path, sent: signal.Signals, status: int
) -> None:
    suite = copy_suite(tmp_path / "suite")
    with (suite / "conftest.py").open("a") as conftest:
        conftest.write(SLOW_KIND)
    reports = tmp_path / "reports"
    before = old_reports(reports)
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(90)
        process = run_command(
            tmp_path,
            "--report-dir", str(reports), "--implementation", "slow:desk", "--lang", "en",
            env={**os.environ, "SLOW_PORT": str(server.getsockname()[1])},
            # A run started from a background job would ignore SIGINT; this one must not.
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )  # fmt: skip
        try:
            connection, _ = server.accept()  # the run has reached its first scenario
        except TimeoutError:
            process.kill()
            pytest.fail(f"the run did not start:\n{finish(process)}")
        connection.close()
    staged = [p.name for p in tmp_path.iterdir() if p.name.startswith(".reports.tmp-")]
    assert len(staged) == 1  # all that the run writes goes there
    assert (tmp_path / staged[0]).is_dir()
    process.send_signal(sent)
    returncode, stdout, stderr = finish(process)
    assert returncode == status, (stdout, stderr)
    assert contents(reports) == before
    if sent == signal.SIGKILL:
        # A kill leaves at most its staging folder, which a later run removes.
        assert leftovers(reports) == staged
        later = (tmp_path / staged[0]).stat().st_mtime + 2 * HOUR
        with Staging.create(reports, now=later):
            pass
    else:
        name = signal.Signals(sent).name
        assert f"interrupted ({name}); the previous reports in {reports} are unchanged" in stderr
        assert "Traceback" not in stderr
    assert leftovers(reports) == []


def test_two_runs_into_one_folder_at_once_never_mix_their_files(tmp_path: Path) -> None:
    copy_suite(tmp_path / "suite")
    reports = tmp_path / "reports"
    common = ("--report-dir", str(reports), "--lang", "en")
    failing = run_command(tmp_path, *common, "--implementation", "demo:evil")
    passing = run_command(tmp_path, *common)
    assert finish(failing)[0] == 1 and finish(passing)[0] == 0
    names = sorted(p.name for p in reports.iterdir())
    assert names == ["junit.xml", "report.en.html", "report.en.md", "results.json"]
    assert leftovers(reports) == []
    results = load_results(reports / "results.json")
    failures = re.search(r'failures="(\d+)"', (reports / "junit.xml").read_text())
    markdown = (reports / "report.en.md").read_text()
    html = (reports / "report.en.html").read_text()
    if results["implementation"]["spec"] == "demo:evil":
        assert results["verdict"] == "does_not_conform"
        assert failures is not None and int(failures.group(1)) > 0
        assert "demo:evil" in markdown and "demo:evil" in html
    else:
        assert results["verdict"] == "conforms"
        assert failures is not None and int(failures.group(1)) == 0
        assert "demo:evil" not in markdown and "demo:evil" not in html


def test_a_run_replaces_the_folder_with_exactly_its_own_files(tmp_path: Path) -> None:
    copy_suite(tmp_path / "suite")
    reports = tmp_path / "reports"
    old_reports(reports)
    process = run_command(tmp_path, "--report-dir", str(reports), "--lang", "en", "--format", "md")
    returncode, stdout, stderr = finish(process)
    assert returncode == 0, (stdout, stderr)
    assert sorted(p.name for p in reports.iterdir()) == ["report.en.md"]
    assert stdout.rstrip().endswith(f"Reports:\n  {reports / 'report.en.md'}")
    assert leftovers(reports) == []


def test_a_render_error_in_a_run_keeps_the_previous_reports(tmp_path: Path) -> None:
    suite = copy_suite(tmp_path / "suite")
    with (suite / "conftest.py").open("a") as conftest:
        conftest.write(RENDER_BUG)
    reports = tmp_path / "reports"
    before = old_reports(reports)
    returncode, stdout, stderr = finish(
        run_command(tmp_path, "--report-dir", str(reports), "--lang", "en")
    )
    assert returncode == 1, (stdout, stderr)
    assert "the reports could not be rendered: RuntimeError: a bug in the template" in stderr
    assert f"the previous reports in {reports} are unchanged" in stderr
    assert "Traceback" not in stderr
    assert contents(reports) == before
    assert leftovers(reports) == []


def test_the_lone_surrogate_escape_is_what_json_means(tmp_path: Path) -> None:
    """The escape ``write_results`` writes for a lone surrogate is JSON's own."""
    path = write_results({"text": "a\ud800b"}, tmp_path / "x.json")
    assert b'"a\\ud800b"' in path.read_bytes()
    assert json.loads(path.read_text("utf-8")) == {"text": "a\ud800b"}
