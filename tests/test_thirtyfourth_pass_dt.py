"""Thirty-fourth pass (dt): the day written with "mùng"/"mồng", a lunar date with the solar date in brackets, the part of the
day before a day written in words, a venue a caption gives, a street address after a building's comma. Examples written
for these tests."""
from tdkt_extract import extract


def _m(text: str) -> dict:
    return extract(text).model_dump(mode="json")["meeting"]


# --- LOC-3: "mùng"/"mồng" before a day and month without a year ----------------------------------------------------------

def test_mung_day_month_is_a_date_with_its_part_of_the_day():
    m = _m("Chiều mồng 6/1, tại hội trường UBND huyện Mai Sơn, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2024.")
    assert m["date"] == "2025-01-06"
    assert m["time_of_day"] == "chieu"


def test_ngay_mung_day_month_is_a_date():
    m = _m("Ngày mùng 5/2, Khối thi đua các cơ quan tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2025.")
    assert m["date"] == "2025-02-05"
    assert m["time_of_day"] is None


def test_mung_alone_opening_the_sentence_is_a_date():
    m = _m("Mồng 4/1, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert m["date"] == "2025-01-04"


def test_mung_before_a_plain_number_is_no_date():
    # (negative: "mùng" and a bare number, no month after a separator, dates nothing)
    m = _m("Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2024, dịp mùng 3 Tết các đơn vị đi thăm hỏi gia đình chính sách.")
    assert m["date"] is None


# --- LOC-3: a lunar date, the solar date in brackets ----------------------------------------------------------------------

def test_lunar_date_then_solar_date_in_brackets():
    m = _m("Chiều mồng 9 tháng Giêng (26/2/2026), tại nhà văn hóa xã Tân Lập, Cụm thi đua số 5 tổ chức hội nghị ký kết "
           "giao ước thi đua năm 2026.")
    assert m["date"] == "2026-02-26"
    assert m["time_of_day"] == "chieu"


def test_lunar_date_with_am_lich_then_solar_date_after_tuc():
    m = _m("Sáng ngày 10 tháng 1 âm lịch (tức ngày 27/2/2026), Khối thi đua số 2 tổ chức lễ ký kết giao ước thi đua năm 2026.")
    assert m["date"] == "2026-02-27"
    assert m["time_of_day"] == "sang"


def test_lunar_date_alone_is_no_date():
    # (negative: a lunar date with no solar date is not read as a solar one)
    m = _m("Sáng mùng 10 tháng 1 âm lịch, Khối thi đua số 2 tổ chức lễ ký kết giao ước thi đua năm 2026.")
    assert m["date"] is None
    m = _m("Sáng ngày mùng 10 tháng 1 âm lịch, Khối thi đua số 2 tổ chức lễ ký kết giao ước thi đua năm 2026.")
    assert m["date"] is None


def test_date_in_brackets_after_a_name_stays_an_anniversary():
    # (negative: a date in brackets after a name, no lunar date before it, is an anniversary's)
    m = _m("Hướng tới Ngày Thầy thuốc Việt Nam (27/2), Cụm thi đua số 5 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.")
    assert m["date"] is None


# --- LOC-4: the part of the day before a day written in words, or before "mùng" ----------------------------------------

def test_part_of_day_before_day_in_words():
    m = _m("Tối 12 tháng 12 năm 2025, Cụm thi đua số 8 tổ chức hội nghị tổng kết năm 2025 tại Trường THCS Nguyễn Du.")
    assert m["date"] == "2025-12-12"
    assert m["time_of_day"] == "toi"


def test_part_of_day_before_mung_and_full_date():
    m = _m("Chiều mồng 3/1/2026, Cụm thi đua số 8 tổ chức hội nghị tổng kết năm 2025.")
    assert m["date"] == "2026-01-03"
    assert m["time_of_day"] == "chieu"


def test_part_of_day_before_a_count_of_months_is_no_date():
    # (negative: "sáng" then a number of months, no month's figure after "tháng": no date)
    m = _m("Trong buổi sáng 9 tháng qua, Cụm thi đua số 8 tổ chức hội nghị sơ kết 9 tháng năm 2025.")
    assert m["date"] is None


# --- BRIEF-2: the venue a caption gives ---------------------------------------------------------------------------------

_LEAD = "Ngày 16/12/2025, Cụm thi đua số 3 tỉnh Sơn La tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.\n\n"


def test_caption_places_the_meeting():
    m = _m(_LEAD + "Quang cảnh hội nghị tại hội trường Công ty Thủy điện Nậm Chiến.\n\nÔng Lò Văn Tám phát biểu chỉ đạo.")
    assert m["venue"] == "hội trường Công ty Thủy điện Nậm Chiến"


def test_caption_of_the_whole_view_places_the_meeting():
    m = _m(_LEAD + "Toàn cảnh buổi lễ tại trụ sở Sở Xây dựng.\n\nCác đơn vị ký kết giao ước thi đua năm 2026.")
    assert m["venue"] == "trụ sở Sở Xây dựng"


def test_body_sentence_placing_the_meeting_goes_before_a_caption():
    m = _m(_LEAD + "Toàn cảnh hội nghị tại hội trường A.\n\nHội nghị được tổ chức tại trụ sở Sở Xây dựng.")
    assert m["venue"] == "trụ sở Sở Xây dựng"


def test_caption_of_an_archive_photo_or_another_meeting_places_nothing():
    # (negative: an archive photo, another kind of meeting)
    m = _m(_LEAD + "Quang cảnh hội nghị tại hội trường Công ty Thủy điện Nậm Chiến (Ảnh tư liệu).")
    assert m["venue"] is None
    m = _m(_LEAD + "Quang cảnh hội nghị sơ kết 6 tháng tại hội trường Công ty Thủy điện Nậm Chiến.")
    assert m["venue"] is None


def test_caption_of_a_person_speaking_places_nothing():
    # (negative: a person's caption, no meeting's noun before "tại")
    m = _m(_LEAD + "Quang cảnh trụ sở mới tại phường Tô Hiệu.\n\nÔng Lò Văn Tám phát biểu chỉ đạo.")
    assert m["venue"] is None


# --- CEN-9: a street address after a building's comma --------------------------------------------------------------------

def test_bare_house_number_and_street_after_a_building():
    m = _m("Ngày 20/12/2024, tại Nhà hát Hòa Bình, 240 Ba Tháng Hai, Khối thi đua các cơ quan văn hóa tổ chức hội nghị tổng "
           "kết năm 2024.")
    assert m["venue"] == "Nhà hát Hòa Bình, 240 Ba Tháng Hai"


def test_bare_house_number_street_and_city():
    m = _m("Ngày 20/12/2024, tại Bảo tàng Lịch sử, 12A Tràng Tiền, Hà Nội, Khối thi đua các cơ quan văn hóa tổ chức hội nghị "
           "tổng kết năm 2024.")
    assert m["venue"] == "Bảo tàng Lịch sử, 12A Tràng Tiền, Hà Nội"


def test_count_of_units_after_the_place_is_no_street():
    # (negative: a number before units or the cluster's role holders, no street)
    m = _m("Ngày 20/12/2024, tại Hà Nội, 30 Sở Nội vụ, Khối thi đua các cơ quan văn hóa tổ chức hội nghị tổng kết năm 2024.")
    assert m["venue"] == "Hà Nội"
    m = _m("Ngày 20/12/2024, tại Nhà hát Hòa Bình, 12 Cụm Trưởng, Khối thi đua các cơ quan văn hóa tổ chức hội nghị tổng "
           "kết năm 2024.")
    assert m["venue"] == "Nhà hát Hòa Bình"
