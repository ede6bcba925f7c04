"""The suite ships as one self-contained package: built into a wheel, installed into a fresh
virtual environment and used from an empty folder, it runs, lints, reports and checks every
kind of implementation without the checkout.

The wheel is built once per module from a copy of the checkout's files (what a clean clone
holds, so nothing ignored or left in ``build/`` can slip in). The environment is a venv
*without* the system site-packages; a ``.pth`` file puts the folders already holding the
dependencies on its path as plain directories. Their own ``.pth`` files are not run, so the
editable install's finder (which would quietly serve from the checkout any module missing
from the wheel) never loads: ``test_the_wheel_is_what_the_environment_imports`` checks it.
"""

from __future__ import annotations

import gettext
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 300
#: Environment variables of the outer test run that must not reach the installed suite.
LEAKY = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "PYTEST_")
#: Every implementation form the suite knows; an error about a kind must list them.
FORMS = ("reference:python", "faux:ID", "python:MODULE:FACTORY", "exec:COMMAND")
#: The repository's top-level folders that install under ``agentstatus``.
MAPPED_FOLDERS = ("steps", "reports", "reference_impl", "features", "locales")

# ------------------------------------------------------------ running the installed suite


@dataclass(frozen=True)
class Result:
    """One finished command: what a user would see."""

    args: Sequence[str]
    cwd: Path
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return f"$ {shlex.join(self.args)}  (in {self.cwd})\n{self.stdout}\n{self.stderr}"


@dataclass(frozen=True)
class Running:
    """A command started, not yet finished."""

    process: subprocess.Popen[str]
    args: Sequence[str]
    cwd: Path

    def finish(self) -> Result:
        try:
            stdout, stderr = self.process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            stdout, stderr = self.process.communicate()
            pytest.fail(f"$ {shlex.join(self.args)} ran over {TIMEOUT} s:\n{stdout}\n{stderr}")
        return Result(self.args, self.cwd, self.process.returncode, stdout, stderr)


@dataclass(frozen=True)
class Installed:
    """The wheel installed into its own venv, and how to run its commands."""

    source: Path
    wheel: Path
    venv: Path
    site: Path
    #: The installed package's files right after installation: (size, mtime_ns, mode).
    pristine: Mapping[str, tuple[int, int, str]]

    @property
    def python(self) -> str:
        return str(self.venv / "bin" / "python")

    @property
    def script(self) -> str:
        return str(self.venv / "bin" / "agentstatus")

    def start(self, args: Sequence[str], cwd: Path, pythonpath: Sequence[Path] = ()) -> Running:
        """Start a command from ``cwd``, in a clean environment (the outer pytest's
        settings never leak in), with ``pythonpath`` as the only extra import folders."""
        cwd.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(LEAKY)}
        if pythonpath:
            env["PYTHONPATH"] = os.pathsep.join(str(p) for p in pythonpath)
        process = subprocess.Popen(
            list(args),
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        return Running(process, list(args), cwd)

    def run(self, args: Sequence[str], cwd: Path, pythonpath: Sequence[Path] = ()) -> Result:
        return self.start(args, cwd, pythonpath).finish()

    def agentstatus(self, *args: str, cwd: Path, pythonpath: Sequence[Path] = ()) -> Result:
        return self.run([self.script, *args], cwd, pythonpath)

    def run_all(
        self, runs: Mapping[str, tuple[Sequence[str], Path, Sequence[Path]]]
    ) -> dict[str, Result]:
        """Independent commands side by side: each takes seconds, the module should not."""
        started = {name: self.start(*spec) for name, spec in runs.items()}
        return {name: running.finish() for name, running in started.items()}

    def files(self) -> dict[str, tuple[int, int, str]]:
        return _package_files(self.site / "agentstatus")


# ------------------------------------------------------------------- building, installing


def _check(args: Sequence[str], what: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(list(args), capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        pytest.fail(f"{what} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


def _copy_source(target: Path) -> Path:
    """The files a clean clone would hold (plus uncommitted edits): no ``build/``, no
    ``*.egg-info``, no compiled catalogs, which could hide a packaging mistake."""
    listed = None
    if shutil.which("git"):
        tracked_and_new = ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]
        listing = subprocess.run(
            ["git", "-C", str(ROOT), *tracked_and_new], capture_output=True, text=True
        )
        if listing.returncode == 0:
            listed = [name for name in listing.stdout.split("\0") if name]
    if listed is None:
        ignore = shutil.ignore_patterns(
            ".git", "build", "dist", "*.egg-info", "__pycache__", "*.mo", ".*cache", ".hypothesis"
        )
        shutil.copytree(ROOT, target, ignore=ignore)
        return target
    for name in listed:
        source = ROOT / name
        if source.is_file():  # a committed file deleted in the working tree is not there
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _build_requirements_installed(source: Path) -> bool:
    """``--no-build-isolation`` builds with what is installed: only if it meets
    ``build-system.requires`` (here setuptools may be older than the license field needs)."""
    pyproject = tomllib.loads((source / "pyproject.toml").read_text(encoding="utf-8"))
    for text in pyproject["build-system"]["requires"]:
        requirement = Requirement(text)
        try:
            installed = metadata.version(requirement.name)
        except metadata.PackageNotFoundError:
            return False
        if not requirement.specifier.contains(installed, prereleases=True):
            return False
    return True


def _build_wheel(source: Path, out: Path) -> Path:
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out)]
    if _build_requirements_installed(source):
        command.append("--no-build-isolation")  # offline and fastest
    _check([*command, str(source)], "building the wheel")
    (wheel,) = out.glob("agentstatus-*.whl")
    return wheel


def _dependency_folders() -> list[str]:
    """Where this interpreter keeps the installed dependencies, as plain path entries."""
    folders = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    requirement_texts = metadata.requires("agentstatus") or []
    for text in requirement_texts:
        requirement = Requirement(text)
        if requirement.marker is not None:
            continue  # an extra's dependency: the wheel does not need it
        folders.append(str(metadata.distribution(requirement.name).locate_file("")))
    return list(dict.fromkeys(str(Path(folder).resolve()) for folder in folders))


def _package_files(package: Path) -> dict[str, tuple[int, int, str]]:
    found = {}
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            info = path.stat()
            found[path.relative_to(package).as_posix()] = (
                info.st_size,
                info.st_mtime_ns,
                oct(info.st_mode),
            )
    return found


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Build the wheel once and install it, without its dependencies, into a fresh venv
    that reuses the dependencies already installed here (no download)."""
    base = tmp_path_factory.mktemp("packaging")
    source = _copy_source(base / "source")
    wheel = _build_wheel(source, base / "dist")
    venv = base / "venv"
    _check([sys.executable, "-m", "venv", "--without-pip", str(venv)], "creating the venv")
    python = venv / "bin" / "python"
    install = ["install", "-q", "--no-deps", str(wheel)]
    _check([sys.executable, "-m", "pip", "--python", str(python), *install], "installing")
    where = _check(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        "asking the venv for its site-packages",
    )
    site = Path(where.stdout.strip())
    # Plain folders, appended after the venv's own site-packages; not processed as site
    # directories, so the editable install's .pth hook stays out.
    (site / "_agentstatus_test_dependencies.pth").write_text(
        "\n".join(_dependency_folders()) + "\n", encoding="utf-8"
    )
    return Installed(source, wheel, venv, site, _package_files(site / "agentstatus"))


@pytest.fixture(scope="module")
def wheel_names(installed: Installed) -> list[str]:
    with zipfile.ZipFile(installed.wheel) as wheel:
        return wheel.namelist()


# ------------------------------------------------------------------ the environment itself

PROBE = """
import importlib.metadata as md, importlib.util, json, sys
import agentstatus
from agentstatus.reports.i18n import translations
plugin = [ep for ep in md.entry_points(group="pytest11") if ep.name == "agentstatus.plugin"]
print(json.dumps({
    "origins": {n: importlib.util.find_spec(n).origin for n in json.loads(sys.argv[1])},
    "meta_path": [getattr(f, "__module__", repr(f)) for f in sys.meta_path],
    "sys_path": sys.path,
    "dist": str(md.distribution("agentstatus").locate_file("")),
    "plugin": [str(ep.dist.locate_file("")) for ep in plugin],
    "version": agentstatus.__version__,
    "failures_sv": translations("sv").gettext("Failures"),
}))
"""


@pytest.fixture(scope="module")
def probe(
    installed: Installed, wheel_names: list[str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """What the venv's Python imports, for every package in the wheel."""
    packages = sorted(
        name.removesuffix("/__init__.py").replace("/", ".")
        for name in wheel_names
        if name.endswith("/__init__.py")
    )
    done = installed.run(
        [installed.python, "-c", PROBE, json.dumps(["agentstatus.plugin", *packages])],
        tmp_path_factory.mktemp("probe"),
    )
    assert done.returncode == 0, done.output
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def test_the_wheel_is_what_the_environment_imports(installed: Installed, probe: Any) -> None:
    """Every module comes from the venv, never from the checkout, so a file missing from the
    wheel shows up as missing instead of being served from ``ROOT``."""
    site = installed.site.resolve()
    for name, origin in probe["origins"].items():
        assert origin and Path(origin).resolve().is_relative_to(site), (name, origin)
    assert not [f for f in probe["meta_path"] if f.startswith("__editable__")], probe["meta_path"]
    assert not [p for p in probe["sys_path"] if p and Path(p).resolve() == ROOT], probe["sys_path"]
    assert Path(probe["dist"]).resolve() == site
    assert [Path(p).resolve() for p in probe["plugin"]] == [site]
    assert probe["version"] == installed.wheel.name.split("-")[1]


# ------------------------------------------------------------------------- the wheel


def test_the_wheel_installs_only_under_agentstatus(wheel_names: list[str]) -> None:
    """The repository's top-level folders must not become top-level packages of their own
    (``steps``, ``reports`` ... would clash with anything else installed)."""
    strays = [n for n in wheel_names if not n.startswith("agentstatus/") and not _is_dist_info(n)]
    assert not strays
    assert not [n for n in wheel_names if n.split("/", 1)[0] in MAPPED_FOLDERS]


def _is_dist_info(name: str) -> bool:
    top = name.split("/", 1)[0]
    return top.startswith("agentstatus-") and top.endswith(".dist-info")


def test_the_wheel_carries_the_suites_data(wheel_names: list[str]) -> None:
    names = set(wheel_names)
    for language in ("sv", "en"):
        features = {n for n in names if n.startswith(f"agentstatus/features/{language}/")}
        assert len([n for n in features if n.endswith(".feature")]) >= 10, language
        assert f"agentstatus/locales/{language}/LC_MESSAGES/messages.mo" in names
    assert {
        "agentstatus/features/requirements.yaml",
        "agentstatus/features/requirements.schema.json",
        "agentstatus/features/INTERPRETING.md",
        "agentstatus/features/INTERPRETING.sv.md",
        "agentstatus/reports/templates/report.html.j2",
        "agentstatus/reports/templates/summary.md.j2",
        "agentstatus/results/results.schema.json",
        "agentstatus/conformance/run.ini",
        "agentstatus/conformance/conftest.py",
        "agentstatus/conformance/test_spec_sv.py",
        "agentstatus/conformance/test_spec_en.py",
        "agentstatus/py.typed",
    } <= names
    assert [n for n in names if n.startswith("agentstatus/features/source/") and n.endswith(".txt")]
    contract = {n for n in names if n.startswith("agentstatus/contract/schemas/")}
    assert {
        f"agentstatus/contract/schemas/{s}.schema.json" for s in ("command", "config", "snapshot")
    } <= contract
    protocol = {n for n in names if n.startswith("agentstatus/protocol/schemas/")}
    for message in ("hello", "start", "send", "advance", "snapshot", "stop"):
        for way in ("request", "reply"):
            assert f"agentstatus/protocol/schemas/{message}.{way}.schema.json" in protocol
    assert "agentstatus/protocol/schemas/error.reply.schema.json" in protocol


def test_the_wheel_carries_every_file_of_the_source_folders(
    installed: Installed, wheel_names: list[str]
) -> None:
    """A data file added to a package folder without a ``package-data`` pattern is caught
    here, not by a user. (The gettext sources are left out: the wheel needs the compiled
    catalogs, checked below, whether or not it carries the ``.po`` files too.)"""
    source = installed.source
    pyproject = tomllib.loads((source / "pyproject.toml").read_text(encoding="utf-8"))
    package_dir: dict[str, str] = pyproject["tool"]["setuptools"]["package-dir"]
    expected = set()
    for package, folder in package_dir.items():
        # A folder mapped to a package of its own is that package's, not this one's.
        others = [f for f in package_dir.values() if f != folder and f.startswith(f"{folder}/")]
        for path in (source / folder).rglob("*"):
            in_repository = path.relative_to(source).as_posix()
            if not path.is_file() or path.suffix in (".po", ".pot"):
                continue
            if not any(in_repository.startswith(f"{other}/") for other in others):
                relative = path.relative_to(source / folder).as_posix()
                expected.add(f"{package.replace('.', '/')}/{relative}")
    assert sorted(expected - set(wheel_names)) == []


def test_the_wheels_catalogs_are_compiled_from_the_po_files(installed: Installed) -> None:
    """setup.py compiles the ``.po`` files into the wheel; the checkout's ``.mo`` files are
    not even copied into the build, so these can only have come from the compiler."""
    with zipfile.ZipFile(installed.wheel) as wheel:
        for language in ("sv", "en"):
            data = wheel.read(f"agentstatus/locales/{language}/LC_MESSAGES/messages.mo")
            catalog = gettext.GNUTranslations(io.BytesIO(data))
            assert catalog.gettext("Failures") == (
                "Fel och underkännanden" if language == "sv" else "Failures"
            )


# ------------------------------------------------------------------- the commands


@pytest.fixture(scope="module")
def default_run(installed: Installed, tmp_path_factory: pytest.TempPathFactory) -> Result:
    """``agentstatus run`` with every default, from an empty folder."""
    return installed.agentstatus("run", cwd=tmp_path_factory.mktemp("run"))


def test_run_conforms_and_writes_the_reports(default_run: Result) -> None:
    assert default_run.returncode == 0, default_run.output
    assert "Verdict: Conforms" in default_run.stdout
    reports = default_run.cwd / "agentstatus-reports"
    for name in ("results.json", "report.sv.html", "report.en.html", "junit.xml"):
        assert (reports / name).is_file(), name
    results = json.loads((reports / "results.json").read_text(encoding="utf-8"))
    assert results["verdict"] == "conforms"
    assert sorted(results["languages"]) == ["en", "sv"]
    assert results["collection_errors"] == []
    counts = results["counts"]
    assert counts["passed"] > 0 and counts["failed"] == counts["error"] == 0, counts
    # The installed features are named as in the repository, not by a site-packages path.
    files = {s["feature"]["file"] for s in results["scenarios"]}
    assert all(f.startswith(("features/sv/", "features/en/")) for f in files), files
    assert 'lang="sv"' in (reports / "report.sv.html").read_text(encoding="utf-8")


def test_run_prints_no_warnings(default_run: Result) -> None:
    """A user's first run from a wheel should not show pytest's complaint that agentstatus
    was imported before its plugin was marked for assertion rewriting."""
    assert "PytestAssertRewriteWarning" not in default_run.output, default_run.output
    assert "warnings summary" not in default_run.stdout


def test_report_renders_saved_results_in_swedish(
    installed: Installed, default_run: Result, tmp_path: Path
) -> None:
    saved = tmp_path / "agentstatus-reports" / "results.json"
    saved.parent.mkdir()
    shutil.copy(default_run.cwd / "agentstatus-reports" / "results.json", saved)
    done = installed.agentstatus(
        "report", "agentstatus-reports/results.json", "--lang", "sv", cwd=tmp_path
    )
    assert done.returncode == 0, done.output
    assert "Uppfyller" in done.stdout
    assert (saved.parent / "report.sv.html").is_file()
    assert not (saved.parent / "report.en.html").exists()


def test_lint_finds_the_installed_features_clean(installed: Installed, tmp_path: Path) -> None:
    done = installed.agentstatus("lint", cwd=tmp_path)
    assert done.returncode == 0, done.output
    assert "lint clean" in done.stderr


def test_implementations_lists_the_kinds(installed: Installed, tmp_path: Path) -> None:
    done = installed.agentstatus("implementations", cwd=tmp_path)
    assert done.returncode == 0, done.output
    for form in FORMS:
        assert form in done.stdout
    assert "faux:never-rona" in done.stdout


def test_the_served_reference_conforms_over_the_protocol(
    installed: Installed, tmp_path: Path
) -> None:
    """``exec:`` with the installed ``agentstatus serve``: the protocol's schemas and
    server come from the wheel too."""
    command = f"exec:{shlex.quote(installed.script)} serve"
    done = installed.agentstatus("run", "--implementation", command, "--lang", "en", cwd=tmp_path)
    assert done.returncode == 0, done.output
    assert "Verdict: Conforms" in done.stdout


# ------------------------------------------------------------ pytest --pyargs


def test_pytest_pyargs_runs_the_spec_through_the_entry_point_plugin(
    installed: Installed, tmp_path: Path
) -> None:
    """No ``-p agentstatus.plugin``: the ``pytest11`` entry point must load it by itself."""
    pyargs = ["-m", "pytest", "--pyargs", "agentstatus.conformance", "-p", "no:cacheprovider"]
    runs = installed.run_all(
        {
            "reference": ([installed.python, *pyargs, "-q"], tmp_path / "reference", ()),
            "faux": (
                [installed.python, *pyargs, "-q", "-x", "--implementation", "faux:never-rona"],
                tmp_path / "faux",
                (),
            ),
        }
    )
    reference, faux = runs["reference"], runs["faux"]
    assert reference.returncode == 0, reference.output
    assert " passed" in reference.stdout and "failed" not in reference.stdout
    assert faux.returncode == 1, faux.output
    assert "failed" in faux.stdout


# ----------------------------------------------------------- python:MODULE:FACTORY

VENDOR_DESK = '''
"""A vendor's desktop, for the suite: the reference behind a wrapper of its own."""

from agentstatus.implementations.faux import FAUXES
from agentstatus.reference_impl.driver import ReferenceDriver


class VendorDesk:
    def __init__(self, inner):
        self._inner = inner

    def info(self):
        return self._inner.info()

    def start(self, config):
        self._inner.start(config)

    def send(self, command):
        return self._inner.send(command)

    def advance(self, seconds):
        self._inner.advance(seconds)

    def snapshot(self):
        return self._inner.snapshot()

    def close(self):
        self._inner.close()


def make_driver():
    return VendorDesk(ReferenceDriver())


def make_never_rona():
    return VendorDesk(FAUXES["never-rona"]())


def make_nothing():
    return object()
'''


@pytest.fixture(scope="module")
def vendor(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("vendor")
    (folder / "vendor_desk.py").write_text(VENDOR_DESK, encoding="utf-8")
    return folder


def test_a_python_factory_is_checked_from_outside_the_checkout(
    installed: Installed, vendor: Path, tmp_path: Path
) -> None:
    runs = installed.run_all(
        {
            factory: (
                [installed.script, "run", "--lang", "en", "--implementation", f"python:{factory}"],
                tmp_path / factory.replace(":", "-"),
                [vendor],
            )
            for factory in ("vendor_desk:make_driver", "vendor_desk:make_never_rona")
        }
    )
    conforming, broken = runs["vendor_desk:make_driver"], runs["vendor_desk:make_never_rona"]
    assert conforming.returncode == 0, conforming.output
    assert "Verdict: Conforms" in conforming.stdout
    assert broken.returncode == 1, broken.output
    assert "Verdict: Does not conform" in broken.stdout


def test_a_python_factory_that_cannot_work_is_a_usage_error(
    installed: Installed, vendor: Path, tmp_path: Path
) -> None:
    """Exit 2, before any scenario runs, with a message naming the problem."""
    expected = {
        "python:no_such_vendor:make_driver": "cannot import 'no_such_vendor'",
        "python:vendor_desk:missing": "vendor_desk has no callable 'missing'",
        "python:vendor_desk:make_nothing": "make_nothing() returned object",
    }
    runs = installed.run_all(
        {
            ident: (
                [installed.script, "run", "--implementation", ident, "--lang", "en"],
                tmp_path / str(number),
                [vendor],
            )
            for number, ident in enumerate(expected)
        }
    )
    for ident, message in expected.items():
        done = runs[ident]
        assert done.returncode == 2, done.output
        assert message in done.stdout + done.stderr, done.output
        assert "Verdict" not in done.stdout


# ------------------------------------------------- the agentstatus.implementations group

ACME_DESK = '''
"""An installed package adding the kind ``acme``."""

from agentstatus.reference_impl.driver import ReferenceDriver


def connect(ident, tick):
    return ReferenceDriver(tick)
'''


@pytest.fixture(scope="module")
def acme(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A minimal installed distribution, found on ``PYTHONPATH`` like any other."""
    folder = tmp_path_factory.mktemp("acme")
    info = folder / "acme_desk-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: acme-desk\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[agentstatus.implementations]\nacme = acme_desk:connect\n", encoding="utf-8"
    )
    (folder / "acme_desk.py").write_text(ACME_DESK, encoding="utf-8")
    return folder


def test_an_installed_package_adds_a_kind(installed: Installed, acme: Path, tmp_path: Path) -> None:
    runs = installed.run_all(
        {
            "listing": ([installed.script, "implementations"], tmp_path / "listing", [acme]),
            "run": (
                [installed.script, "run", "--implementation", "acme:desk", "--lang", "en"],
                tmp_path / "run",
                [acme],
            ),
            "unknown": (
                [installed.script, "run", "--implementation", "nosuch:x", "--lang", "en"],
                tmp_path / "unknown",
                [acme],
            ),
        }
    )
    listing, run, unknown = runs["listing"], runs["run"], runs["unknown"]
    assert listing.returncode == 0, listing.output
    assert "acme:ID" in listing.stdout and "acme-desk" in listing.stdout
    assert run.returncode == 0, run.output
    assert "Verdict: Conforms" in run.stdout
    assert "(acme:desk)" in run.stdout
    assert unknown.returncode == 2, unknown.output
    assert "unknown implementation kind 'nosuch'" in unknown.stderr
    for form in (*FORMS, "acme:ID"):
        assert form in unknown.stderr, form
    assert not (tmp_path / "unknown" / "agentstatus-reports").exists()


# ------------------------------------------------------------------------ afterwards


def test_the_installed_suite_never_writes_into_its_own_folder(
    installed: Installed, probe: Any
) -> None:
    """The wheel carries compiled catalogs, so using them must leave the installed package
    exactly as pip wrote it: an install is often read-only or owned by another user. The
    probe uses them; last in the module, this also sees what every command above did."""
    assert probe["failures_sv"] == "Fel och underkännanden"
    now = installed.files()
    changed = sorted(
        n for n in now.keys() | installed.pristine.keys() if now.get(n) != installed.pristine.get(n)
    )
    assert not changed, {n: (installed.pristine.get(n), now.get(n)) for n in changed}
