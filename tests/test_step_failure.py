"""A defect in one step of the pipeline costs that step's fields, never the caller's record."""
import glob
from pathlib import Path

import pytest

import tdkt_extract.pipeline as pipeline
from tdkt_extract import extract

LEAD = "Tổng kết\n\nNgày 20/12/2023, tại Sở Tư pháp, Khối thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2023."


def test_a_failing_step_gives_a_record_with_a_step_failed_warning(monkeypatch):
    def broken(doc, settings):
        raise StopIteration("a defect")
    components = [(name, broken if name == "outcomes" else fn) for name, fn in pipeline.COMPONENTS]
    monkeypatch.setattr(pipeline, "COMPONENTS", components)
    r = extract(LEAD)
    assert [w.code for w in r.warnings] == ["step_failed"]
    assert r.warnings[0].field == "outcomes" or r.warnings[0].field is None
    # (the other steps still ran)
    assert r.cluster.number == 3 and r.meeting.date == "2023-12-20"


def test_a_failing_step_is_logged(monkeypatch, caplog):
    def broken(doc, settings):
        raise ValueError("a defect")
    monkeypatch.setattr(pipeline, "COMPONENTS", [(n, broken if n == "people" else f) for n, f in pipeline.COMPONENTS])
    with caplog.at_level("ERROR", logger="tdkt_extract"):
        extract(LEAD)
    assert any("people step failed" in rec.getMessage() for rec in caplog.records)


ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("path", sorted(glob.glob(str(ROOT / "fixtures" / "*.txt"))), ids=lambda p: Path(p).stem)
def test_no_step_fails_on_the_fixtures(path):
    r = extract(Path(path).read_text(encoding="utf-8"))
    assert "step_failed" not in [w.code for w in r.warnings]
