"""ResultLine, read_jsonl and write_jsonl: the output line model and its round trip."""
import io
import json

import pytest

from tdkt_extract import MeetingRecord, ResultLine, extract, read_jsonl, write_jsonl
from tdkt_extract.jsonl import JSONLError

ARTICLE = "Ngày 9/7/2024, tại Sở Nội vụ, Cụm thi đua số 3 tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024."


def test_round_trip_through_a_file(tmp_path):
    rec = extract(ARTICLE)
    lines = [ResultLine(id="bài 1 \"ngoặc\"\n\ttab/ø", source="in.jsonl:1", record=rec),
             ResultLine(id="b", error="the text is empty or whitespace only", error_type="EmptyInputError")]
    out = tmp_path / "out.jsonl"
    assert write_jsonl(lines, out) == 2
    assert out.read_text(encoding="utf-8").count("\n") == 2  # the odd id is escaped, one line each
    back = list(read_jsonl(out))
    assert back == lines
    assert [b.ok for b in back] == [True, False]
    assert back[0].record.meeting.date == "2024-07-09"


def test_write_to_an_open_file_and_read_from_one():
    buf = io.StringIO()
    write_jsonl([ResultLine(id="x", record=MeetingRecord())], buf)
    buf.seek(0)
    assert [line.id for line in read_jsonl(buf)] == ["x"]


def test_old_style_lines_are_read(tmp_path):
    rec = extract(ARTICLE).model_dump(mode="json")
    f = tmp_path / "old.jsonl"
    f.write_text(json.dumps({"id": "a", **rec}, ensure_ascii=False) + "\n\n"
                 + json.dumps({"id": 7, "error": "boom", "error_type": "ValueError"}) + "\n", encoding="utf-8")
    a, b = read_jsonl(f)
    assert a.ok and a.record.cluster.number == 3 and a.id == "a"
    assert not b.ok and b.id == "7" and b.error_type == "ValueError"


def test_a_line_needs_exactly_one_of_record_and_error():
    with pytest.raises(ValueError, match="either a record or an error"):
        ResultLine(id="x")
    with pytest.raises(ValueError, match="either a record or an error"):
        ResultLine(id="x", record=MeetingRecord(), error="e")


@pytest.mark.parametrize("content, reason", [
    ("{not json\n", "not JSON"),
    ("[1, 2]\n", "must be a JSON object"),
    ('{"id": "x", "record": {"meeting": {"kind": "bogus"}}}\n', "not a result line"),
])
def test_bad_lines_name_file_and_line(tmp_path, content, reason):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "ok", "error": "e"}\n' + content, encoding="utf-8")
    with pytest.raises(JSONLError, match=reason) as e:
        list(read_jsonl(f))
    assert e.value.lineno == 2 and str(f) in str(e.value)


def test_from_result_turns_non_string_ids_into_strings():
    class R:
        id, record, error, error_type = 3, None, "bad", "TypeError"
    line = ResultLine.from_result(R(), source="in.jsonl")
    assert (line.id, line.source, line.ok) == ("3", "in.jsonl", False)
