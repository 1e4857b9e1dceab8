"""A generous guard against super-linear time on hostile input (figures: benchmarks/adversarial.py)."""
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from adversarial import cases  # noqa: E402

from tdkt_extract import extract  # noqa: E402

GUARD_S = 20.0  # 10x the benchmark's limit at this size: a regression to exponential time fails, noise does not


@pytest.mark.parametrize("name,text", list(cases(300_000).items()))
def test_hostile_input_finishes(name, text):
    t0 = time.perf_counter()
    rec = extract(text)
    assert time.perf_counter() - t0 < GUARD_S, name
    assert rec.schema_version == "1.0"
