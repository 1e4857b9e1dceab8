"""Guards the lead added after the differential reviews of the thirty-fifth pass (own examples)."""
from tdkt_extract import extract

_HEAD = ("Cụm thi đua các trường THCS huyện Đông Hải tổng kết năm học\n\n"
         "Cụm thi đua các trường THCS huyện Đông Hải vừa tổ chức hội nghị tổng kết năm học 2024 - 2025. ")


def _kinds(text: str) -> list[str]:
    return [d["kind"] for d in extract(text).model_dump()["decisions"]]


def test_a_thematic_session_held_in_the_year_under_review_is_no_plan():
    # what the schools did during the reviewed year is a result, not an act of this meeting
    for opener in ("Năm học vừa qua", "Năm học 2024 - 2025", "Trong năm học 2024-2025", "Năm qua"):
        text = _HEAD + f"{opener}, các trường trong cụm đã thống nhất tổ chức 03 chuyên đề cấp cụm về dạy học STEM."
        assert "plan" not in _kinds(text), opener


def test_a_thematic_session_for_the_coming_year_is_still_a_plan():
    for sentence in ("Hội nghị thống nhất tổ chức 02 chuyên đề cấp cụm trong năm học 2025 - 2026.",
                     "Năm học 2025 - 2026, các trường thống nhất tổ chức 02 chuyên đề cấp cụm."):
        assert "plan" in _kinds(_HEAD + sentence), sentence


def test_a_bare_weekday_after_vao_is_no_time_of_the_meeting():
    # a day to come or a programme's name after "vào"; the meeting itself is dated by "vừa qua" only
    for tail in ("và thống nhất tổ chức hội thao vào sáng Chủ nhật.",
                 "và ra quân hưởng ứng chương trình vào Sáng thứ Bảy xanh đầu tiên của năm."):
        text = "Vừa qua, tại xã Hòa Bình, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2025 " + tail
        assert extract(text).meeting.time_of_day is None, tail


def test_a_weekday_after_vao_told_past_still_gives_the_time():
    text = "Cụm thi đua số 2 huyện Hòa Bình tổ chức hội nghị tổng kết năm 2025 vào chiều thứ Năm vừa qua."
    assert extract(text).meeting.time_of_day == "chieu"


def test_a_person_noun_after_a_hyphen_is_a_title_not_a_syllable_of_the_name():
    text = ("Ngày 10/12/2025, tại xã Tả Phìn, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2025.\n"
            "Dự hội nghị có ông Thào A Dính-Già làng bản Lùng Thàng.")
    people = [(p.name, p.title) for p in extract(text).people]
    assert ("Thào A Dính", "Già làng bản Lùng Thàng") in people


def test_a_hmong_name_joined_by_a_hyphen_stays_whole():
    text = ("Ngày 10/12/2025, tại xã Tả Phìn, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2025.\n"
            "Dự hội nghị có ông Giàng Seo-Dính, Chủ tịch UBND xã Tả Phìn.")
    assert "Giàng Seo-Dính" in [p.name for p in extract(text).people]


def test_the_merged_station_and_paper_stay_one_member_anywhere_in_a_list():
    text = ("Khối thi đua các cơ quan Văn hóa - Xã hội tỉnh Lâm Đồng tổng kết năm 2024.\n"
            "Khối gồm 4 đơn vị: Sở Y tế, Đài Phát thanh - Truyền hình và Báo Lâm Đồng, Công ty TNHH MTV Xổ số kiến thiết "
            "Lâm Đồng và Trường Cao đẳng Y tế Lâm Đồng.")
    members = extract(text).cluster.members
    assert "Đài Phát thanh - Truyền hình và Báo Lâm Đồng" in members
    assert "Báo Lâm Đồng" not in members


def test_two_named_companies_joined_by_va_inside_a_list_are_two_members():
    text = ("Khối thi đua các doanh nghiệp tỉnh Lào Cai tổng kết năm 2024.\n"
            "Khối gồm: Công ty CP Phân lân Lào Cai và Công ty TNHH Khoáng sản Bảo Thắng, Điện lực Lào Cai, Viễn thông Lào Cai.")
    members = extract(text).cluster.members
    assert "Công ty CP Phân lân Lào Cai" in members and "Công ty TNHH Khoáng sản Bảo Thắng" in members


def test_a_head_of_a_body_after_a_hyphen_is_a_title_even_after_a_middle_name():
    # "Dần" is also a middle name that a Hmong name joins by a hyphen; "Thủ trưởng" after it is a title
    text = ("Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024. "
            "Ông Trần Văn Sính-Thủ trưởng cơ quan Cảnh sát điều tra Công an huyện B phát biểu.")
    people = [(p.name, p.title) for p in extract(text).people]
    assert ("Trần Văn Sính", "Thủ trưởng cơ quan Cảnh sát điều tra Công an huyện B") in people


def test_a_district_city_written_tp_without_a_space_stays_in_an_unnumbered_clusters_name():
    text = "Cụm thi đua các phường thuộc TP.Lào Cai tổ chức hội nghị tổng kết năm 2024."
    assert extract(text).cluster.name == "Cụm thi đua các phường thuộc TP.Lào Cai"
