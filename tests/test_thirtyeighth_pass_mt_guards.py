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


# (mt-4) a province's districts and towns listed before "khu vực phía ...": one province's side
def test_districts_and_towns_of_the_north_side_keep_the_province():
    r = rec("Cụm thi đua tổng kết năm 2023\n\nNgày 09/01/2024, tại UBND thị xã Ba Đồn, Cụm thi đua các huyện, thị xã khu vực phía"
            " Bắc tổ chức hội nghị tổng kết năm 2023. Cụm gồm huyện Minh Hóa, huyện Tuyên Hóa, huyện Quảng Trạch và thị xã Ba Đồn"
            " (tỉnh Quảng Bình).")
    assert r["meeting"]["province"] == "Quảng Bình"


# (mt-5) the same in a clause after a numbered name ("Cụm thi đua số 3, gồm các xã khu vực phía Nam, ...")
def test_numbered_cluster_of_the_south_side_communes_keeps_the_province():
    r = rec("Cụm thi đua số 3 sơ kết\n\nSáng 10/7/2024, tại UBND xã Hòa Phong, Cụm thi đua số 3, gồm các xã khu vực phía Nam,"
            " tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Dự hội nghị có lãnh đạo Phòng Nội vụ huyện Hòa Vang, thành phố Đà Nẵng.")
    assert r["meeting"]["province"] == "Đà Nẵng"


# (mt-6) one province's body written after the cluster's name, after a comma: that province's side
def test_police_units_of_the_south_side_after_the_provinces_police():
    r = rec("Cụm thi đua tổng kết\n\nNgày 22/12/2023, tại Công an huyện Gio Linh, Cụm thi đua các đơn vị khu vực phía Nam,"
            " Công an tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.")
    assert r["meeting"]["province"] == "Quảng Trị"


# (mt-7) ... or inside the name, after "của"
def test_schools_of_the_north_side_of_a_provinces_department():
    r = rec("Cụm thi đua tổng kết năm học\n\nNgày 28/5/2024, tại Trường THPT Lý Thường Kiệt, Cụm thi đua các trường THPT khu"
            " vực phía Bắc của Sở GD&ĐT Bình Thuận tổ chức hội nghị tổng kết năm học 2023 - 2024.")
    assert r["meeting"]["province"] == "Bình Thuận"


# (mt-8) a paragraph opening on a day and closed by an archive credit is the caption of an earlier meeting's photo
def test_archive_photo_caption_opening_on_a_day_stays_a_caption():
    r = rec("Cụm thi đua số 6 tổng kết năm 2023\n\nSáng 12/7/2023, Cụm thi đua số 6 tỉnh Đắk Lắk tổ chức hội nghị sơ kết 6 tháng"
            " đầu năm 2023 tại UBND huyện Krông Pắc. (Ảnh: tư liệu)\n\nChiều 9/01/2024, tại Sở Nội vụ, Cụm thi đua số 6 tỉnh Đắk"
            " Lắk tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.")
    m = r["meeting"]
    assert (m["date"], m["kind"], m["venue"]) == ("2024-01-09", "tong_ket", "Sở Nội vụ")
