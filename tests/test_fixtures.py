"""Every gold fixture: valid against the models, extracted and compared field by field, grounded."""
import json
from pathlib import Path

import pytest

from tdkt_extract import MeetingRecord, extract
from tdkt_extract.scoring import evaluate_dir, score_record

from conftest import check_grounding

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NAMES = sorted(p.stem for p in FIXTURES.glob("*.json"))


def test_there_are_enough_fixtures():
    assert len(NAMES) >= 20


@pytest.mark.parametrize("name", NAMES)
def test_fixture(name):
    gold = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    MeetingRecord.model_validate(gold)  # the gold itself keeps to the contract
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    pred = extract(text).model_dump(mode="json")
    check_grounding(text, pred)
    t = score_record(gold, pred)
    wrong = {f: c for f, c in t.counts.items() if c[1] or c[2]}
    assert t.micro()[2] >= 0.85, f"{name}: fields that differ from gold (tp, fp, fn): {wrong}"


def test_fixtures_micro_f1():
    rep = evaluate_dir(FIXTURES)
    assert not rep.errors
    assert rep.total.micro()[2] == 1.0, rep.table()  # own fixtures: every value right
