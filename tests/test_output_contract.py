"""Done-when of the output line model: what the CLI writes reads back, validates against the
committed schemas, and scores (eval --pred) and renders (show --pred) as the articles do."""
import json
from pathlib import Path

import jsonschema
import pytest

from tdkt_extract import MeetingRecord, ResultLine, read_jsonl
from tdkt_extract.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
LINE_SCHEMA = json.loads((ROOT / "schemas" / "result_line.schema.json").read_text(encoding="utf-8"))
RECORD_SCHEMA = json.loads((ROOT / "schemas" / "record.schema.json").read_text(encoding="utf-8"))
ODD_ID = 'bài "số 1"\n\t/ø\\u0000 ✓'
ARTICLE = "Ngày 12/3/2025, tại UBND huyện Yên Định, Cụm thi đua số 4 tổ chức Hội nghị giao ước thi đua năm 2025."


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """The CLI run over the fixtures folder plus a JSONL input with an odd id and two bad inputs."""
    tmp = tmp_path_factory.mktemp("out")
    extra = tmp / "extra.jsonl"
    extra.write_text(json.dumps({"id": ODD_ID, "text": ARTICLE}, ensure_ascii=False) + "\n"
                     + json.dumps({"id": "blank", "text": "   "}) + "\n" + "{broken\n", encoding="utf-8")
    out = tmp / "out.jsonl"
    assert main([str(FIXTURES), str(extra), "-o", str(out), "--no-progress"]) == 1  # some inputs failed
    return out


def test_every_cli_line_reads_back_and_validates(saved):
    raw = saved.read_text(encoding="utf-8").splitlines()
    lines = list(read_jsonl(saved))
    n_articles = len(list(FIXTURES.glob("*.txt")))
    assert len(raw) == len(lines) == n_articles + 3
    validator = jsonschema.Draft202012Validator(LINE_SCHEMA)
    for text in raw:
        validator.validate(json.loads(text))
    for line in lines:
        if line.ok:
            jsonschema.validate(line.record.model_dump(mode="json"), RECORD_SCHEMA)
    by_id = {line.id: line for line in lines}
    assert by_id[ODD_ID].ok and by_id[ODD_ID].record.cluster.number == 4
    assert by_id[ODD_ID].source == f"{saved.parent / 'extra.jsonl'}:1"
    assert by_id["blank"].error_type == "EmptyInputError"
    broken = [line for line in lines if line.source and line.source.endswith(":3")]
    assert len(broken) == 1 and not broken[0].ok and "line 3" in broken[0].error


def test_schema_rejects_a_line_with_neither_record_nor_error():
    """The committed schema itself is not vacuous: a wrong line fails it."""
    validator = jsonschema.Draft202012Validator(LINE_SCHEMA)
    assert not validator.is_valid({"id": "a"})
    assert not validator.is_valid({"id": "a", "record": None, "error": None})
    assert not validator.is_valid({"id": "a", "record": MeetingRecord().model_dump(mode="json"), "error": "x"})
    assert not validator.is_valid({"id": 3, "error": "x"})  # id must be a string
    assert not validator.is_valid({"id": "a", "record": {"meeting": {"kind": "nope"}}})
    assert not validator.is_valid({"id": "a", "error": "x", "extra": 1})


def _eval(*args, tmp):
    out = tmp / f"eval{len(list(tmp.iterdir()))}.json"
    main(["eval", str(FIXTURES), "--json", str(out), *args])
    return json.loads(out.read_text(encoding="utf-8"))


def test_eval_pred_gives_the_figures_of_eval(saved, tmp_path):
    live = _eval(tmp=tmp_path)
    offline = _eval("--pred", str(saved), tmp=tmp_path)
    assert offline["fields"] == live["fields"] and offline["f1"] == live["f1"]
    assert offline["per_doc"] == live["per_doc"] and offline["errors"] == live["errors"] == {}


def test_eval_pred_reads_the_saved_records_not_the_articles(saved, tmp_path):
    """A saved record changed by hand changes the figures: --pred does not extract again."""
    lines = saved.read_text(encoding="utf-8").splitlines()
    i = next(i for i, t in enumerate(lines) if json.loads(t).get("record", {}).get("meeting", {}).get("date"))
    row = json.loads(lines[i])
    row["record"]["meeting"]["date"] = "1999-01-01"
    lines[i] = json.dumps(row, ensure_ascii=False)
    changed = tmp_path / "changed.jsonl"
    changed.write_text("\n".join(lines[:-5]) + "\n", encoding="utf-8")  # and the last articles missing
    figures = _eval("--pred", str(changed), tmp=tmp_path)
    assert figures["fields"]["meeting.date"][1] >= 1  # the false positive the edit made
    assert len(figures["errors"]) >= 2 and all("no line for" in e for e in figures["errors"].values())


def test_eval_pred_with_an_unreadable_file_says_so(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    assert main(["eval", str(FIXTURES), "--pred", str(bad)]) == 2
    assert f"{bad}:1: not JSON" in capsys.readouterr().err


def test_show_pred_renders_the_saved_record(saved, tmp_path):
    article = sorted(FIXTURES.glob("*.txt"))[0]
    live, offline = tmp_path / "live.html", tmp_path / "offline.html"
    assert main(["show", str(article), "-o", str(live)]) == 0
    assert main(["show", str(article), "--pred", str(saved), "-o", str(offline)]) == 0
    assert offline.read_text(encoding="utf-8") == live.read_text(encoding="utf-8")
    # without files: every article the saved lines name, and the lines of a JSONL input are skipped
    everything = tmp_path / "all.html"
    assert main(["show", "--pred", str(saved), "-o", str(everything)]) == 0
    assert everything.read_text(encoding="utf-8").count('<section class="article"') == len(list(FIXTURES.glob("*.txt")))


def test_show_pred_refuses_an_article_without_a_record(saved, tmp_path, capsys):
    other = tmp_path / "unknown.txt"
    other.write_text(ARTICLE, encoding="utf-8")
    assert main(["show", str(other), "--pred", str(saved)]) == 2
    assert "has no line for" in capsys.readouterr().err


def test_a_single_input_that_fails_prints_a_result_line(tmp_path, capsys):
    assert main([str(tmp_path / "missing.txt")]) == 1
    line = json.loads(capsys.readouterr().out)
    jsonschema.validate(line, LINE_SCHEMA)
    assert line["error_type"] == "InputError" and "cannot read" in line["error"] and "record" not in line


def test_schema_line_prints_the_committed_schema(capsys):
    assert main(["schema", "--line"]) == 0
    assert json.loads(capsys.readouterr().out) == LINE_SCHEMA


def test_a_full_dump_with_nulls_is_valid_too():
    """model_dump_json() keeps the null keys dump_line leaves out: both forms validate."""
    validator = jsonschema.Draft202012Validator(LINE_SCHEMA)
    for line in (ResultLine(id="a", record=MeetingRecord()), ResultLine(id="b", error="e", error_type="E")):
        validator.validate(json.loads(line.model_dump_json()))
