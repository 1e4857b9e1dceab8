"""Types reach the caller: the package ships py.typed, so mypy --strict checks a client against
the real signatures (without it every import is Any and nothing below would be caught)."""
import subprocess
import sys
from pathlib import Path

import pytest

CLIENT = Path(__file__).resolve().parent / "typing" / "client.py"


def _mypy(path: Path, cache: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), str(path)],
                          capture_output=True, text=True, cwd=path.parent, timeout=300)


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("mypy_cache")


def test_the_client_passes_mypy_strict(cache):
    r = _mypy(CLIENT, cache)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("line, error", [
    ('x: int = extract("Cụm thi đua số 3")', 'has type "MeetingRecord", variable has type "int"'),
    ('n: str = extract("x").cluster.number', 'has type "int | None", variable has type "str"'),
    ('extract(b"bytes")', 'has incompatible type "bytes"; expected "str"'),
    ('from tdkt_extract import ResultLine\nResultLine(record=None)', 'Missing named argument "id"'),
])
def test_mypy_strict_catches_a_wrong_client(tmp_path, cache, line, error):
    bad = tmp_path / "bad_client.py"
    bad.write_text(f"from tdkt_extract import extract\n\n{line}\n", encoding="utf-8")
    r = _mypy(bad, cache)
    assert r.returncode == 1 and error in r.stdout, r.stdout + r.stderr
