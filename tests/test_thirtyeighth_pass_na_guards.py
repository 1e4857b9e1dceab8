"""Guards on the thirty-eighth pass's narrative rules (review na): the ranking verb "xếp" as a clause verb, and a date in a
scene-setting sentence before the meeting's. Ordinary forms the old code read right (examples written for these tests)."""
from tdkt_extract import extract

_HEAD = "Tin thi đua\n\n"


# --- "xếp" of a trade in a cluster's descriptor is no ranking verb ---------------------------------------------------------

def test_a_trade_word_xep_do_after_a_comma_stays_in_the_clusters_name():
    # na-1
    record = extract("Chiều 14/12/2023, Cụm thi đua các đơn vị vận tải biển, xếp dỡ tổ chức hội nghị tổng kết năm 2023 "
                     "tại Cảng Cái Lân.")
    assert record.cluster.name == "Cụm thi đua các đơn vị vận tải biển, xếp dỡ"


def test_a_trade_word_boc_xep_stays_in_the_clusters_name():
    # na-2
    record = extract("Hội nghị tổng kết năm 2023 của Khối thi đua các hợp tác xã bốc xếp, vận tải diễn ra ngày 19/12/2023 "
                     "tại Hợp tác xã Vận tải Thống Nhất.")
    assert record.cluster.name == "Khối thi đua các hợp tác xã bốc xếp, vận tải"


def test_a_trade_word_xep_do_inside_the_descriptor_stays_in_the_clusters_name():
    # na-3
    record = extract("Ngày 9/1/2024, Cụm thi đua các công ty xếp dỡ và logistics tổ chức hội nghị tổng kết năm 2023 "
                     "tại thành phố Hải Phòng.")
    assert record.cluster.name == "Cụm thi đua các công ty xếp dỡ và logistics"


# --- an ordinal row telling its grade is still a ranking row ----------------------------------------------------------------

_MEETING = "Ngày 19/12/2023, Khối thi đua số 3 tổ chức hội nghị tổng kết năm 2023 tại Sở Tư pháp."


def test_ordinal_rows_with_a_score_and_a_grade_keep_every_place():
    # na-4
    record = extract(_MEETING + "\n\nKết quả bình xét:\n- Thứ nhất: Sở Tư pháp, 97,5 điểm, xếp loại xuất sắc;\n"
                     "- Thứ hai: Thanh tra tỉnh, 96 điểm, xếp loại xuất sắc;\n- Thứ ba: Sở Nội vụ, 94 điểm.")
    assert [(r.rank, r.organization) for r in record.rankings] == [
        (1, "Sở Tư pháp"), (2, "Thanh tra tỉnh"), (3, "Sở Nội vụ")]


def test_ordinal_rows_with_a_grade_in_parentheses_keep_every_place():
    # na-5
    record = extract(_MEETING + " Kết quả suy tôn:\n- Thứ nhất: Thanh tra tỉnh (xếp hạng xuất sắc);\n"
                     "- Thứ hai: Sở Tư pháp;\n- Thứ ba: Sở Nội vụ.")
    assert [(r.rank, r.organization) for r in record.rankings] == [
        (1, "Thanh tra tỉnh"), (2, "Sở Tư pháp"), (3, "Sở Nội vụ")]


def test_numbered_ordinal_rows_ranking_the_leader_keep_every_place():
    # na-6
    record = extract(_MEETING + "\n\nKết quả bình xét:\n1. Thứ nhất: Sở Nội vụ, xếp hạng dẫn đầu Khối.\n"
                     "2. Thứ hai: Thanh tra tỉnh.")
    assert [(r.rank, r.organization) for r in record.rankings] == [(1, "Sở Nội vụ"), (2, "Thanh tra tỉnh")]


# --- a place and day of another deed in the sentence before is not the meeting's -------------------------------------------

def test_a_storms_landfall_at_a_place_on_its_day_gives_no_meeting_date():
    # na-7
    record = extract(_HEAD + "Hoàn lưu bão số 3 gây mưa rất lớn ở Lạng Sơn và Cao Bằng chiều 8/9 làm sạt lở nhiều tuyến đường "
                     "liên huyện. Cụm thi đua số 4 sơ kết 9 tháng năm 2024 tại UBND huyện Tràng Định.")
    assert record.meeting.date is None


def test_a_flood_at_a_place_on_its_night_gives_no_meeting_date():
    # na-8
    record = extract(_HEAD + "Mực nước sông Hồng lên nhanh ở Thành phố Lào Cai tối 10/9 buộc hàng trăm hộ dân ven sông phải "
                     "di dời trong đêm. Cụm thi đua số 2 sơ kết 9 tháng năm 2024.")
    assert record.meeting.date is None


def test_a_leaders_working_visit_at_a_place_on_its_day_gives_no_meeting_date():
    # na-9
    record = extract(_HEAD + "Bí thư Tỉnh ủy Trần Quốc Nam đã làm việc với các hợp tác xã tại Khu kinh tế Vân Phong chiều 11/12, "
                     "lắng nghe nhiều ý kiến. Khối thi đua các hợp tác xã tổng kết năm 2023.")
    assert record.meeting.date is None
    assert record.meeting.venue is None


def test_an_award_received_at_a_place_on_its_day_gives_no_meeting_date():
    # na-10
    record = extract(_HEAD + "Trường THCS Nguyễn Du vinh dự đón nhận Cờ thi đua của Chính phủ tại Hội trường Tỉnh ủy sáng 18/11 "
                     "vừa qua. Cụm thi đua các trường THCS tổng kết năm học 2023 - 2024.")
    assert record.meeting.date is None
    assert record.meeting.venue is None


def test_the_atmosphere_at_a_hall_on_its_day_still_gives_the_meeting_date():
    # (the cause kept fixed: the place is the scene's, "không khí ở <place> <part of the day> <day>")
    record = extract(_HEAD + "Sương mù dày đặc, nhưng bầu không khí tại Hội trường UBND huyện Bát Xát chiều 20/12 vẫn sôi nổi, "
                     "ấm áp. Cụm thi đua số 5 tổng kết phong trào thi đua năm 2023.")
    assert record.meeting.date == "2023-12-20"
