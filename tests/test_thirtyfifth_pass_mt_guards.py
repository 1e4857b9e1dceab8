"""Guards on the thirty-fifth pass's meeting and cluster-name rules (VEN-1..3, ORD-1): ordinary text they misread at first
(regressions mt-1..mt-13 of the review). Examples written for these tests."""

REVIEW = "tổng kết công tác thi đua, khen thưởng năm 2024"
HELD = "tổ chức hội nghị " + REVIEW


def meeting(r: dict) -> dict:
    return r["meeting"]


# VEN-1: "sáng" / "chiều" before "qua" in another sense, or another event's part of the day, is not the meeting's

def test_mt1_a_bright_spot_is_no_morning(rec):
    r = rec(f"Ngày 19/12/2024, Khối thi đua số 4 tỉnh Ninh Bình {REVIEW}, chỉ ra những điểm sáng qua từng phong trào.")
    assert meeting(r)["time_of_day"] is None


def test_mt2_a_shining_example_is_no_morning(rec):
    r = rec(f"Với nhiều gương sáng qua các phong trào, Cụm thi đua số 2 tỉnh Hà Tĩnh đã {HELD} tại Hội trường Sở Tư pháp.")
    assert meeting(r)["time_of_day"] is None


def test_mt3_last_nights_event_before_this_mornings_meeting(rec):
    r = rec(f"Sau đêm giao lưu tối hôm qua, sáng nay, Cụm thi đua số 6 tỉnh Hà Tĩnh {HELD} tại Hội trường UBND huyện Kỳ Anh.")
    assert meeting(r)["time_of_day"] == "sang"


def test_mt4_a_weekday_mornings_event_before_this_afternoons_meeting(rec):
    r = rec(f"Nối tiếp hội thao sáng thứ Bảy, chiều nay Khối thi đua các sở tỉnh Ninh Bình {HELD} tại Hội trường Sở Xây dựng.")
    assert meeting(r)["time_of_day"] == "chieu"


def test_mt5_two_way_exchange_is_no_afternoon(rec):
    r = rec(f"Để thông tin hai chiều qua các kênh được thông suốt, Cụm thi đua số 3 tỉnh Sơn La {HELD} tại Hội trường Sở Nội vụ.")
    assert meeting(r)["time_of_day"] is None


def test_mt6_a_past_weekdays_talk_inside_the_clause(rec):
    r = rec(f"Từ kết quả hội thảo chiều thứ Ba vừa qua, Cụm thi đua số 8 tỉnh Sơn La {HELD} tại Hội trường UBND huyện Mai Sơn"
            " vào sáng nay.")
    assert meeting(r)["time_of_day"] == "sang"


def test_mt7_a_programmes_name_is_no_morning(rec):
    r = rec(f"Khối thi đua các cơ quan Đảng tỉnh Sơn La vừa {REVIEW}, biểu dương mô hình \"Sáng thứ Sáu xanh\" ở cơ sở.")
    assert meeting(r)["time_of_day"] is None


def test_mt8_another_weekday_evening_the_meetings_date_written_apart(rec):
    r = rec(f"Tối Chủ nhật tuần trước là buổi giao lưu, còn Khối thi đua số 5 tỉnh Ninh Bình {HELD} vào ngày 17/12/2024"
            " tại Hội trường Sở Y tế.")
    assert meeting(r)["time_of_day"] is None


# VEN-2: a room named for its online links keeps its capitalised "Trực tuyến" and what follows

def test_mt9_a_centre_named_and_online(rec):
    r = rec(f"Ngày 16/12/2024, Cụm thi đua số 2 tỉnh Hưng Yên {HELD} tại Trung tâm Điều hành và Trực tuyến tỉnh.")
    assert meeting(r)["venue"] == "Trung tâm Điều hành và Trực tuyến tỉnh"


def test_mt10_a_room_named_and_online_of_an_office(rec):
    r = rec(f"Ngày 16/12/2024, Khối thi đua số 1 tỉnh Hưng Yên {HELD} tại Phòng Hội nghị kết hợp Trực tuyến của Sở Tài chính.")
    assert meeting(r)["venue"] == "Phòng Hội nghị kết hợp Trực tuyến của Sở Tài chính"


# VEN-3: a unit in lower case before the chair's role still holds it: the role is a note, not the place's words

def test_mt11_a_lower_case_unit_before_the_role(rec):
    r = rec(f"Ngày 16/12/2024, Cụm thi đua số 5 tỉnh Cao Bằng {HELD} tại hội trường ủy ban nhân dân thị trấn đơn vị Cụm trưởng.")
    assert meeting(r)["venue"] == "hội trường ủy ban nhân dân thị trấn"


# ORD-1: a centrally-run city after "thuộc", or one that became so, is still the province suffix

def test_mt12_a_city_centrally_run_since_2025(rec):
    r = rec(f"Ngày 8/1/2025, Khối thi đua các cơ quan văn hóa - xã hội thuộc thành phố Huế {HELD}.")
    assert r["cluster"]["name"] == "Khối thi đua các cơ quan văn hóa - xã hội"


def test_mt13_a_province_centrally_run_since_2026(rec):
    r = rec(f"Ngày 8/1/2026, Khối thi đua các doanh nghiệp thuộc thành phố Đồng Nai tổ chức hội nghị tổng kết công tác thi đua"
            " năm 2025.")
    assert r["cluster"]["name"] == "Khối thi đua các doanh nghiệp"
