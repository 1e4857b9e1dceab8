"""The scorer follows the contract's rules; on the dev corpus it agrees with the reference scorer."""
import importlib.util
import json
from pathlib import Path

import pytest

from tdkt_extract import extract
from tdkt_extract.cli import main
from tdkt_extract.scoring import Tally, key, score_record, similar

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
REF = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score.py"

GOLD = {
    "title": "Cụm thi đua số 3 tổng kết năm 2023",
    "meeting": {"kind": "tong_ket", "period": {"year": 2023, "span": "year"}, "date": "2024-01-10", "time_of_day": None,
                "venue": "Hội trường Sở Nội vụ", "province": "Thanh Hóa"},
    "cluster": {"name": "Cụm thi đua số 3", "kind": "cum", "number": 3, "member_count": None,
                "members": ["Công ty A", "Công ty B"], "chair": None, "vice_chair": None, "next_chair": None,
                "next_vice_chair": None},
    "people": [{"name": "Lê Văn An", "honorific": "ông", "title": "Giám đốc Sở Nội vụ", "roles": ["spoke"]},
               {"name": "Minh Hà", "honorific": None, "title": None, "roles": ["author"]}],
    "rankings": [{"rank": 1, "organization": "Công ty A"}],
    "awards": [{"recipient": "Công ty A", "award": "Cờ thi đua của Chính phủ", "status": "proposed", "year": None}],
    "decisions": [{"kind": "covenant", "text": "ký kết giao ước thi đua"}],
    "author": "Minh Hà", "published": None,
}


def test_key_folds_case_tone_marks_dashes_and_end_punctuation():
    assert key("Thanh Hoá.") == key("thanh hóa") == "thanh hoa"
    assert key("Ban Thi đua–Khen thưởng") == "ban thi dua - khen thuong"


def test_similarity_threshold():
    assert similar("Công ty Cổ phần Dạ Lan", "Công ty CP Dạ Lan") is True   # ratio 0.87
    assert similar("Sở Nội vụ", "Sở Tài chính") is False
    assert similar("Trung tâm hội nghị tỉnh", "Trung tâm hội nghị tỉnh.") is True
    assert similar("Cụm thi đua số 17", "Cụm thi đua số 71") is True  # same letters: the ratio rule accepts it


def test_perfect_prediction_scores_one():
    t = score_record(GOLD, json.loads(json.dumps(GOLD)))
    assert t.micro() == (1.0, 1.0, 1.0)
    assert "people.name" in t.counts and t.counts["people.name"] == [1, 0, 0]  # the author-only person is not counted


def test_scalar_and_list_errors():
    pred = json.loads(json.dumps(GOLD))
    pred["meeting"]["date"] = "2024-01-11"          # different: fp + fn
    pred["meeting"]["time_of_day"] = "sang"         # gold null: fp
    pred["meeting"]["province"] = None              # pred null: fn
    pred["cluster"]["members"] = ["Công ty A", "Trường Cao đẳng Y tế", "Bưu điện tỉnh"]
    pred["meeting"]["period"] = {"year": 2023, "span": "h1"}
    pred["awards"][0]["award"] = "Cờ thi đua"       # contained in gold's award: still a match
    t = score_record(GOLD, pred).counts
    assert t["meeting.date"] == [0, 1, 1]
    assert t["meeting.time_of_day"] == [0, 1, 0]
    assert t["meeting.province"] == [0, 0, 1]
    assert t["meeting.period"] == [0, 1, 1]
    assert t["cluster.members"] == [1, 2, 1]
    assert t["awards"] == [1, 0, 0]


def test_speakers_and_roles():
    pred = json.loads(json.dumps(GOLD))
    pred["people"][0]["roles"] = ["attended"]
    t = score_record(GOLD, pred).counts
    assert t["speakers"] == [0, 0, 1]
    assert t["people.roles"] == [0, 1, 1]


def test_micro_f1():
    t = Tally()
    t.add("a", tp=3, fp=1)
    t.add("b", fn=2)
    p, r, f1 = t.micro()
    assert (round(p, 3), round(r, 3), round(f1, 3)) == (0.75, 0.6, 0.667)


def test_eval_command_on_a_folder(tmp_path, capsys):
    text = ("Cụm thi đua số 3 tổng kết năm 2023\n\nNgày 10/1/2024, tại Hội trường Sở Nội vụ, Cụm thi đua số 3 tỉnh Thanh Hóa "
            "tổ chức Hội nghị tổng kết năm 2023.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = json.loads(json.dumps(GOLD))
    (tmp_path / "a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(tmp_path), "--json", str(tmp_path / "out.json")]) == 0
    out = capsys.readouterr().out
    assert "micro P" in out and "meeting.date" in out
    assert json.loads((tmp_path / "out.json").read_text())["fields"]["meeting.date"] == [1, 0, 0]
    assert main(["eval", str(tmp_path), "--min-f1", "0.99"]) == 1


def test_eval_command_without_fixtures(tmp_path):
    assert main(["eval", str(tmp_path)]) == 2


@pytest.mark.skipif(not (DEV.is_dir() and REF.exists()), reason="the shared dev corpus and reference scorer are not beside the repository")
def test_agrees_with_the_reference_scorer_on_the_dev_corpus():
    spec = importlib.util.spec_from_file_location("reference_score", REF)
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    for j in sorted(DEV.glob("*.json")):
        gold = json.loads(j.read_text(encoding="utf-8"))
        pred = extract(j.with_suffix(".txt").read_text(encoding="utf-8")).model_dump(mode="json")
        ours, theirs = score_record(gold, pred), ref.score_one(gold, pred)
        assert {k: list(v) for k, v in ours.counts.items()} == {k: list(v) for k, v in theirs.c.items()}, j.name
