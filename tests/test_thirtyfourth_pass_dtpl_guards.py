"""Guards for the thirty-fourth pass (dt, pl): near forms the new rules misread (a caption of another meeting or act, a bare
"mùng" or a festival's lunar day, provinces counted and then listed). Examples written for these tests."""
from tdkt_extract import extract


def _m(text: str) -> dict:
    return extract(text).model_dump(mode="json")["meeting"]


_LEAD = "Ngày 18/12/2025, Cụm thi đua số 2 tỉnh Điện Biên tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.\n\n"


# --- dtpl-1..6: a caption places this meeting only with this meeting's words before "tại" -----------------------------------

def test_caption_of_another_numbered_clusters_meeting_places_nothing():
    m = _m(_LEAD + "Cụm thi đua số 5 cũng họp cùng ngày.\n\nQuang cảnh hội nghị Cụm thi đua số 5 tại hội trường UBND huyện "
           "Tuần Giáo. Ảnh: P.L\n\nÔng Lò Văn Mừng phát biểu.")
    assert m["venue"] is None


def test_caption_of_last_years_meeting_places_nothing():
    m = _m(_LEAD + "Toàn cảnh hội nghị lần trước tại nhà văn hóa xã Thanh Nưa. Ảnh: P.L\n\nÔng Lò Văn Mừng phát biểu.")
    assert m["venue"] is None


def test_caption_of_the_governments_national_meeting_places_nothing():
    m = _m(_LEAD + "Hội nghị toàn quốc của Thủ tướng Chính phủ tại Trung tâm Hội nghị Quốc gia. Ảnh: TTXVN\n\nÔng Lò Văn Mừng "
           "phát biểu.")
    assert m["venue"] is None


def test_caption_whose_tai_is_no_place_places_nothing():
    m = _m(_LEAD + "Hội nghị tặng Giấy khen cho các tập thể có thành tích xuất sắc tại phong trào thi đua yêu nước. Ảnh: P.L\n")
    assert m["venue"] is None


def test_caption_of_another_ceremony_held_earlier_places_nothing():
    m = _m(_LEAD + "Buổi lễ vinh danh doanh nghiệp tiêu biểu được tổ chức tại Đà Nẵng hồi tháng 9. Ảnh: P.L\n")
    assert m["venue"] is None


def test_caption_of_another_bodys_meeting_places_nothing():
    m = _m(_LEAD + "Cuộc họp Thường trực HĐND tỉnh tại phòng họp số 2 sáng cùng ngày. Ảnh: P.L\n")
    assert m["venue"] is None


def test_caption_of_this_meeting_still_places_it():
    # (the rule's own case stays fixed)
    m = _m(_LEAD + "Quang cảnh hội nghị tổng kết tại hội trường UBND huyện Tuần Giáo. Ảnh: P.L\n")
    assert m["venue"] == "hội trường UBND huyện Tuần Giáo"


# --- dtpl-7: a festival's lunar day with its solar day in brackets dates no meeting ------------------------------------------

def test_festivals_lunar_day_with_solar_day_in_brackets_is_no_date():
    m = _m("Hướng tới kỷ niệm Ngày Giỗ Tổ mùng 10 tháng 3 âm lịch (7/4), Cụm thi đua số 3 tỉnh Phú Thọ tổ chức hội nghị sơ kết "
           "quý I năm 2025 tại huyện Thanh Ba.")
    assert m["date"] is None


def test_lunar_day_opening_the_sentence_still_dates_the_meeting():
    m = _m("Mồng 6 tháng Giêng (tức 3/2/2025), Cụm thi đua số 3 tỉnh Phú Thọ tổ chức hội nghị ký kết giao ước thi đua năm 2025.")
    assert m["date"] == "2025-02-03"


# --- dtpl-8: a bare "mùng" mid-sentence names a day, not the meeting's -------------------------------------------------------

def test_bare_mung_mid_sentence_is_no_date_cue():
    m = _m("Nhân dịp đầu xuân, mùng 3/2 là ngày kỷ niệm thành lập Đảng, Khối thi đua các cơ quan Đảng tỉnh Hải Dương tổ chức "
           "hội nghị ký kết giao ước thi đua năm 2025.")
    assert m["date"] is None


def test_bare_mung_after_vao_still_dates_the_meeting():
    m = _m("Khối thi đua các cơ quan Đảng tỉnh Hải Dương tổ chức hội nghị ký kết giao ước thi đua năm 2025 vào mùng 7/2.")
    assert m["date"] == "2025-02-07"


# --- dtpl-9..11: a count of provinces before the first of their names listed -------------------------------------------------

def test_units_of_counted_provinces_listed_by_name_place_none():
    assert _m("Ngày 9/1/2025, tại tỉnh Kon Tum, Cụm thi đua Công an 4 tỉnh Kon Tum, Gia Lai, Đắk Lắk và Đắk Nông tổ chức hội "
              "nghị tổng kết năm 2024.")["province"] is None


def test_counted_provinces_listed_with_a_dash_before_the_name_place_none():
    assert _m("Ngày 9/1/2025, tại tỉnh Bến Tre, Hội Cựu chiến binh 3 tỉnh Bến Tre, Trà Vinh, Vĩnh Long - Cụm thi đua số 6 tổ "
              "chức hội nghị tổng kết năm 2024.")["province"] is None


def test_counted_provinces_listed_before_a_bracketed_name_place_none():
    assert _m("Ngày 9/1/2025, tại tỉnh Hà Nam, Tòa án nhân dân 3 tỉnh Hà Nam, Nam Định và Ninh Bình (Cụm thi đua số 4) tổ "
              "chức hội nghị tổng kết năm 2024.")["province"] is None


def test_one_provinces_numbered_unit_as_venue_keeps_its_province():
    # (the rule's own case stays fixed)
    assert _m("Sáng 14/10/2025, tại Trường Tiểu học số 3 tỉnh Lai Châu, Cụm thi đua số 1 tổ chức hội nghị sơ kết 9 tháng năm "
              "2025.")["province"] == "Lai Châu"
