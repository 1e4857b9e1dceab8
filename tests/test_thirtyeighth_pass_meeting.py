"""Thirty-eighth pass, meeting facts and page reading: examples of my own."""
import json

from tdkt_extract import extract


def rec(text: str) -> dict:
    return json.loads(extract(text).model_dump_json())


# (R155-2) "khu vực phía Bắc/Nam": a region of several provinces, one province's part when that province follows
def test_north_region_cluster_has_no_province():
    r = rec("Ngày 12/3/2024, tại Trường Cao đẳng Y tế Nam Định, Cụm thi đua các trường cao đẳng khu vực phía Bắc tổ chức hội nghị tổng kết năm 2023.")
    assert r["meeting"]["province"] is None


def test_north_side_of_one_province_keeps_it():
    r = rec("Ngày 12/3/2024, tại UBND huyện Đức Phổ, Cụm thi đua các huyện khu vực phía Nam tỉnh Quảng Ngãi tổ chức hội nghị tổng kết năm 2023.")
    assert r["meeting"]["province"] == "Quảng Ngãi"


# (R152-2) a crew's job label without a colon above the lead
_LEAD = "\n\nChiều 14/3, Khối thi đua số 2 tỉnh Nghệ An tổ chức hội nghị sơ kết quý I năm 2025 tại Sở Tài chính.\n"


def test_reporter_label_without_colon_under_headline():
    r = rec("Khối thi đua số 2 sơ kết quý I\nPhóng viên Minh Châu" + _LEAD)
    assert r["author"] == "Minh Châu"


def test_two_reporters_after_pv():
    r = rec("Khối thi đua số 2 sơ kết quý I\nPV Minh Châu - Hải Nam" + _LEAD)
    assert [p["name"] for p in r["people"] if "author" in p["roles"]] == ["Minh Châu", "Hải Nam"]


def test_reporter_label_before_a_unit_is_no_author():
    r = rec("Khối thi đua số 2 sơ kết quý I\nPV Power Nghệ An" + _LEAD)
    assert r["author"] is None


# (R152-1) a photographer's credit after the lead
def test_lead_closed_by_credit_keeps_date_time_venue():
    r = rec("Cụm thi đua số 4 tổng kết\n\nChiều 22/12/2023, tại Sở Tư pháp, Cụm thi đua số 4 tỉnh Gia Lai tổng kết năm 2023. (Ảnh: Minh Hòa)\n")
    m = r["meeting"]
    assert (m["date"], m["time_of_day"], m["venue"]) == ("2023-12-22", "chieu", "Sở Tư pháp")


def test_bare_credit_after_lead():
    r = rec("Cụm thi đua số 4 tổng kết\n\nChiều 22/12/2023, tại Sở Tư pháp, Cụm thi đua số 4 tỉnh Gia Lai tổng kết năm 2023. Ảnh: M.H\n")
    assert r["meeting"]["date"] == "2023-12-22"


def test_caption_with_credit_not_opening_on_a_day_stays_caption():
    from record_views import blocks
    bs = blocks("Cụm thi đua số 4 tổng kết\n\nQuang cảnh hội nghị tổng kết Cụm thi đua số 4 tỉnh Gia Lai năm 2023. (Ảnh: Minh Hòa)\n")
    assert bs[-1][0] == "caption"


# (R159-3) a day set off by commas after a plan's number, then the place: the meeting's
def test_meeting_day_after_plan_number():
    r = rec("Thực hiện Kế hoạch số 07/KH-KTĐ, ngày 25/12/2023, tại Sở Xây dựng, Khối thi đua Kinh tế tỉnh Bình Định tổ chức hội nghị tổng kết năm 2023.")
    assert r["meeting"]["date"] == "2023-12-25"


def test_document_day_before_its_issuer_is_not_the_meetings():
    r = rec("Thực hiện Kế hoạch số 07/KH-KTĐ, ngày 05/12/2023 của Khối, tại Sở Xây dựng, Khối thi đua Kinh tế tỉnh Bình Định tổ chức hội nghị tổng kết năm 2023.")
    assert r["meeting"]["date"] is None


def test_document_day_before_the_cluster_is_not_the_meetings():
    r = rec("Thực hiện Kế hoạch số 04/KH-CTĐ, ngày 02/01/2024, Cụm thi đua số 2 tỉnh Long An tổ chức hội nghị tổng kết năm 2023 vào ngày 18/01/2024.")
    assert r["meeting"]["date"] == "2024-01-18"


def test_wards_of_the_south_side_are_one_provinces():
    r = rec("Ngày 08/10/2024, Cụm thi đua các phường khu vực phía Nam thành phố Quy Nhơn tổ chức hội nghị sơ kết 9 tháng năm 2024 tại UBND phường Nhơn Bình.")
    assert r["meeting"]["province"] is not None
