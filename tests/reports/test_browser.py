"""The HTML reports in a real browser: headless Chromium (Debian's package) via Playwright.

Playwright never downloads a browser here: it drives the Chromium found on the PATH
(Debian's package ``chromium``). Where there is none, the tests are skipped with a reason
that names the package; under CI (``CI=true``, as ``.ci/run`` runs) they are required, and
a missing browser fails them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.reports.conftest import Run

INSTALL = "install Debian's package chromium (apt-get install -y chromium), as .ci/run does"


def find_chromium() -> Path | None:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    return Path(found) if found else None


def require_chromium() -> Path:
    """The browser, or a skip (a fail under CI) that says which package to install."""
    found = find_chromium()
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"no Chromium on the PATH, and CI requires the browser test: {INSTALL}")
        pytest.skip(f"no Chromium on the PATH: {INSTALL}")
    return found


FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    chromium = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(chromium),
            headless=True,
            args=FLAGS,
            offline=True,
        )
        try:
            yield context
        finally:
            context.close()


def open_report(browser: Any, path: Path) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page()
    problems: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems, dialogs


@pytest.mark.parametrize(
    ("language", "title", "failures", "first_failure"),
    [
        ("sv", "Överensstämmelserapport", "Fel och underkännanden", "En förväntan höll inte"),
        ("en", "Conformance report", "Failures", "An expectation did not hold"),
    ],
)
def test_report_in_chromium(
    browser: Any, failing_run: Run, language: str, title: str, failures: str, first_failure: str
) -> None:
    page, problems, dialogs = open_report(
        browser, failing_run.report_dir / f"report.{language}.html"
    )
    try:
        assert page.evaluate("document.documentElement.lang") == language
        assert page.inner_text("h1") == title
        assert page.inner_text("#failures h2") == failures
        assert page.locator("#failures details.failure").count() == 8
        assert page.locator("#failures details.failure").first.is_visible()
        assert first_failure in page.inner_text("#failures")
        assert page.inner_text("#verdict") in ("Uppfyller inte specifikationen", "Does not conform")
        # The implementation's name is a script tag: shown as text, never run.
        assert "<script>alert(1)</script>" in page.inner_text("header")
        assert page.evaluate("document.scripts.length") == 0
        assert dialogs == []
        assert problems == []
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"report.{language}.png"), full_page=False)
    finally:
        page.close()


def test_the_browser_is_the_debian_package_not_a_download() -> None:
    chromium = require_chromium()
    assert "ms-playwright" not in str(chromium.resolve()), "a browser Playwright downloaded"
    assert chromium.resolve().is_file()
