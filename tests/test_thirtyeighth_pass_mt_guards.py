"""Thirty-eighth pass, guards for the mt branch's new rules: ordinary text they must leave as before (examples of my own)."""
import json

from tdkt_extract import extract


def rec(text: str) -> dict:
    return json.loads(extract(text).model_dump_json())


# (mt-1, mt-3) a plan's or notice's day set off by commas before the place is the document's when the sentence gives the
# meeting's own day later
def test_document_day_before_place_yields_to_the_meetings_day_later():
    r = rec("Cụm thi đua số 5 tổng kết\n\nThực hiện Kế hoạch số 09/KH-CTĐ, ngày 04/12/2023, tại UBND huyện Cần Giuộc, Cụm thi đua"
            " số 5 tỉnh Long An tổ chức hội nghị tổng kết công tác thi đua năm 2023 vào ngày 20/12/2023.")
    assert r["meeting"]["date"] == "2023-12-20"


def test_notice_day_before_place_yields_to_the_morning_named_later():
    r = rec("Cụm thi đua số 5 tổng kết\n\nThực hiện Thông báo số 03/TB-CTĐ, ngày 06/12/2023, tại Hội trường Sở Nội vụ, Cụm thi"
            " đua số 5 tỉnh Long An tổ chức hội nghị tổng kết năm 2023 vào chiều 21/12/2023.")
    m = r["meeting"]
    assert (m["date"], m["time_of_day"]) == ("2023-12-21", "chieu")


# (mt-2) "tại hội nghị" after a document's day opens the sentence's own clause, no place of the meeting
def test_document_day_before_at_the_meeting_is_not_the_meetings():
    r = rec("Cụm thi đua số 5 tổng kết\n\nCụm thi đua số 5 tỉnh Long An vừa tổ chức hội nghị tổng kết công tác thi đua năm 2023."
            " Theo Hướng dẫn số 12/HD-TĐKT, ngày 28/11/2023, tại hội nghị, các thành viên Cụm đã bình xét Sở Nội vụ dẫn đầu.")
    assert r["meeting"]["date"] is None
