"""Packaging: one version, the licence, and an sdist / wheel that carry what they must.
(The full check, the sdist's own test suite in a fresh venv, is scripts/check-sdist.)"""
import importlib.metadata
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import tdkt_extract

ROOT = Path(__file__).resolve().parents[1]


def test_the_version_is_written_once():
    assert importlib.metadata.version("tdkt-extract") == tdkt_extract.__version__
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert not re.search(r'^version\s*=\s*"', pyproject, re.M), "the version belongs in tdkt_extract/__init__.py only"
    assert re.search(r'^dynamic = \["version"\]', pyproject, re.M)


def test_licence_is_an_spdx_expression_with_its_file():
    meta = importlib.metadata.metadata("tdkt-extract")
    assert meta["License-Expression"] == "MIT"
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Typing :: Typed" in meta.get_all("Classifier")


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    r = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return out


def test_the_sdist_carries_tests_fixtures_schemas_and_docs(dist):
    [sdist] = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as tf:
        names = {n.split("/", 1)[1] for n in tf.getnames() if "/" in n}
    for must in ("LICENSE", "CHANGELOG.md", "README.md", "tests/conftest.py", "tests/typing/client.py",
                 "schemas/record.schema.json", "schemas/result_line.schema.json", "docs/service.md",
                 "src/tdkt_extract/py.typed", "scripts/check-sdist", "benchmarks/speed.py"):
        assert must in names, must
    fixtures = {p.name for p in (ROOT / "fixtures").iterdir()}
    assert fixtures and fixtures <= {n.split("/", 1)[1] for n in names if n.startswith("fixtures/")}
    assert not [n for n in names if "__pycache__" in n or n.startswith(".venv")]


def test_the_wheel_carries_the_package_data(dist):
    [wheel] = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        meta = zf.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert {"tdkt_extract/py.typed", "tdkt_extract/examples/khoi_so_ket.txt", "tdkt_extract/lexicons/provinces.txt"} <= names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert f"Version: {tdkt_extract.__version__}" in meta and "License-Expression: MIT" in meta
    assert not [n for n in names if n.startswith(("tests/", "fixtures/"))]  # the wheel is the library only
