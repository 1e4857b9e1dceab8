"""Every command and example in README.md and docs/*.md works as written after the README's
set-up. Python blocks run (blocks of one file share a namespace, in order) and each
``print(...)  # expected`` line must print what its comment says; shell blocks run line by line
in a scratch folder and must exit 0. A block can be marked in the line above its fence:
``<!-- docs-test: skip (why) -->`` or ``<!-- docs-test: help-only (why) -->`` (the command runs
with --help: the path and interpreter are checked, not a run of several minutes)."""
import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tdkt_extract.models import WARNING_CODES

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"(?:^<!-- docs-test: (?P<mark>[\w-]+)[^\n]*-->\n)?^```(?P<lang>\w*)\n(?P<body>.*?)^```", re.M | re.S)
_PRINT = re.compile(r"^print\(.*\)\s+# (?P<expected>.*)$")


def blocks(path: Path) -> list[tuple[str, str, str]]:
    """(language, mark, code) of every fenced block of a Markdown file."""
    return [(m["lang"], m["mark"] or "", m["body"]) for m in _FENCE.finditer(path.read_text(encoding="utf-8"))]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    """A folder that looks like the repository after the README's set-up: .venv is the running
    environment, and the repository's folders are linked in, so nothing is written to the repo."""
    d = tmp_path_factory.mktemp("docs")
    for name in ("fixtures", "src", "benchmarks", "schemas", "docs"):
        (d / name).symlink_to(ROOT / name)
    (d / ".venv").symlink_to(Path(sys.prefix))
    return d


def _run_python(code: str, cwd: Path, namespace: dict) -> None:
    expected = [m["expected"] for m in map(_PRINT.match, code.splitlines()) if m]
    out = io.StringIO()
    old = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "<docs>", "exec"), namespace)
    finally:
        os.chdir(old)
    assert out.getvalue().splitlines() == expected


def _shell_lines(code: str) -> list[str]:
    return [re.sub(r"\s+#.*$", "", ln).strip() for ln in code.splitlines() if ln.strip() and not ln.startswith("#")]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_the_blocks_of_a_document_run(path, scratch):
    namespace: dict = {"__name__": "__docs__"}
    env = {**os.environ, "NO_COLOR": "1"}
    ran = 0
    for lang, mark, code in blocks(path):
        if mark == "skip" or lang not in ("python", "sh", "bash"):
            continue
        if lang == "python":
            _run_python(code, scratch, namespace)
        else:
            for line in _shell_lines(code):
                cmd = line + " --help" if mark == "help-only" else line
                r = subprocess.run(["bash", "-c", cmd], cwd=scratch, env=env, capture_output=True, text=True, timeout=300)
                assert r.returncode == 0, f"{path.name}: `{cmd}` exited {r.returncode}: {r.stderr[-2000:]}"
        ran += 1
    if path.name in ("README.md", "service.md", "review-page.md", "errors-and-html.md"):
        assert ran, f"{path.name}: no block ran"


def test_a_wrong_expectation_fails(scratch):
    """The checker itself: a print whose comment is wrong fails."""
    with pytest.raises(AssertionError):
        _run_python("print(1 + 1)  # 3\n", scratch, {})
    _run_python("print(1 + 1)  # 2\n", scratch, {})


def test_the_service_doc_lists_every_warning_code():
    text = (ROOT / "docs" / "service.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(\w+)` \|", text, re.M))
    assert listed == set(WARNING_CODES)
