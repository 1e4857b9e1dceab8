"""Thirty-eighth pass, guards on x38ot's rules (R166-1..6): the near forms of ordinary articles they must not fire on
(examples written for these tests)."""
from tdkt_extract import extract
from record_views import people_by_name, ranks


def _r(text):
    return extract(text).model_dump(mode="json")


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


# --- R166-1: a box headed by an earlier year is set apart by blank lines -------------------------------------------------

def test_ot1_a_year_heading_on_a_page_without_blank_lines_does_not_swallow_the_meeting():
    r = _r("Ngày 8/7/2024, Khối thi đua các cơ quan Nội chính tỉnh Hà Giang sơ kết công tác thi đua 6 tháng đầu năm 2024.\n"
           "Kết quả năm 2023:\nTòa án nhân dân tỉnh dẫn đầu Khối.\n"
           "Hội nghị thống nhất suy tôn Công an tỉnh dẫn đầu 6 tháng đầu năm 2024.\n"
           "Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho Cục Thi hành án dân sự tỉnh.")
    assert (1, "Công an tỉnh") in ranks(r)
    assert _awards(r) == [("Cục Thi hành án dân sự tỉnh", "Bằng khen", "proposed")]


def test_ot2_a_cluster_year_heading_inside_a_paragraph_run_keeps_the_choice_after_it():
    r = _r("Sáng 12/1/2025, Khối thi đua các cơ quan tổng hợp tỉnh Yên Bái tổng kết công tác thi đua, khen thưởng năm 2024.\n"
           "Khối thi đua năm 2023:\nSở Tài chính làm Khối trưởng.\n"
           "Hội nghị bình xét, suy tôn Sở Kế hoạch và Đầu tư dẫn đầu Khối năm 2024, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == [(1, "Sở Kế hoạch và Đầu tư")]
    assert _awards(r) == [("Sở Kế hoạch và Đầu tư", "Cờ thi đua", "proposed")]


# --- R166-1: a look back on the year reviewed is no review of another year -----------------------------------------------

def test_ot3_a_look_back_on_the_year_reviewed_keeps_the_meetings_proposal():
    r = _r("Ngày 10/1/2025, Cụm thi đua số 3 tỉnh Quảng Bình tổng kết công tác thi đua, khen thưởng năm 2024.\n"
           "Nhìn lại năm 2024, các thành viên thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho huyện Bố Trạch.")
    assert _awards(r) == [("huyện Bố Trạch", "Cờ thi đua", "proposed")]


def test_ot4_a_look_back_on_the_year_reviewed_keeps_the_directions_agreed():
    r = _r("Ngày 10/1/2025, Cụm thi đua số 3 tỉnh Quảng Bình tổng kết công tác thi đua, khen thưởng năm 2024.\n"
           "Nhìn lại năm 2024, hội nghị thống nhất thông qua phương hướng, nhiệm vụ trọng tâm năm 2025.")
    assert "tasks" in _kinds(r)


# --- R166-3: a dated line is another day's only in a list, not on a day of the meeting ------------------------------------

def test_ot5_the_second_day_of_a_meeting_over_two_days_is_the_meetings():
    r = _r("Ngày 20-21/12/2024, Khối thi đua các trường cao đẳng tỉnh Lâm Đồng tổ chức hội nghị tổng kết năm 2024.\n"
           "- 20/12: Hội nghị thông qua báo cáo tổng kết công tác thi đua.\n"
           "- 21/12: Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho Trường Cao đẳng Y tế Lâm Đồng.")
    assert _awards(r) == [("Trường Cao đẳng Y tế Lâm Đồng", "Bằng khen", "proposed")]


def test_ot6_a_single_line_opening_on_a_score_and_a_colon_is_no_other_day():
    r = _r("Ngày 26/12/2024, Cụm thi đua số 5 tỉnh Phú Yên tổng kết năm 2024.\n"
           "- 8/10: điểm trung bình của Cụm, thị xã Sông Cầu được suy tôn dẫn đầu Cụm.")
    assert ranks(r) == [(1, "thị xã Sông Cầu")]


# --- R166-4, R166-5: the meeting's cluster written in a short form of its own words ---------------------------------------

def test_ot7_truoc_do_with_the_meetings_cluster_in_short_form_is_not_another_event():
    r = _r("Ngày 7/1/2025, Khối thi đua các cơ quan văn hóa - xã hội tỉnh Tuyên Quang tổng kết năm 2024.\n"
           "Trước đó, Khối thi đua Văn hóa - Xã hội đã tổ chức chấm điểm, suy tôn Sở Y tế dẫn đầu Khối năm 2024.\n"
           "Hội nghị đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Y tế.")
    assert ranks(r) == [(1, "Sở Y tế")]


def test_ot8_truoc_do_with_a_dated_step_of_the_same_cluster_keeps_its_choice():
    r = _r("Ngày 14/1/2025, Cụm thi đua các sở, ngành nội chính tỉnh Điện Biên tổng kết năm 2024.\n"
           "Trước đó, ngày 6/1/2025, Cụm thi đua Nội chính tổ chức chấm điểm chéo và thống nhất suy tôn Sở Tư pháp dẫn đầu Cụm "
           "năm 2024, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == [(1, "Sở Tư pháp")]
    assert _awards(r) == [("Sở Tư pháp", "Cờ thi đua", "proposed")]


def test_ot9_a_caption_of_the_meetings_cluster_in_short_form_keeps_its_award_and_role():
    r = _r("Ngày 3/1/2025, Khối thi đua các cơ quan kinh tế tỉnh Cà Mau tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n"
           "Ảnh: Khối thi đua Kinh tế tổng kết năm 2024 - Ông Lâm Văn Bi, Giám đốc Sở Nội vụ trao Cờ thi đua cho Sở Công Thương.")
    assert _awards(r) == [("Sở Công Thương", "Cờ thi đua", "conferred")]
    assert people_by_name(r)["Lâm Văn Bi"]["roles"] == ["attended"]


# --- R166-6: a region's board that is the cluster's own, and "về" of a verb -----------------------------------------------

def test_ot10_leading_the_region_a_cluster_is_named_for_is_its_ranking():
    r = _r("Ngày 17/12/2024, Cụm thi đua các tỉnh miền Tây Nam Bộ tổ chức hội nghị tổng kết năm 2024.\n"
           "Hội nghị suy tôn tỉnh An Giang dẫn đầu khu vực miền Tây Nam Bộ về thành tích xuất sắc năm 2024.")
    assert ranks(r) == [(1, "tỉnh An Giang")]


def test_ot11_leading_a_numbered_area_the_cluster_is_named_for_is_its_ranking():
    r = _r("Ngày 13/1/2025, Khối thi đua các trường THPT khu vực 3 tỉnh Bình Thuận tổng kết năm 2024.\n"
           "Hội nghị suy tôn Trường THPT Hàm Tân dẫn đầu khu vực 3 về kết quả thực hiện nhiệm vụ năm học.")
    assert ranks(r) == [(1, "Trường THPT Hàm Tân")]


def test_ot12_ve_of_a_verb_after_a_region_is_no_topic():
    r = _r("Ngày 9/1/2025, Cụm thi đua Công an các tỉnh Nam Trung Bộ tổng kết năm 2024.\n"
           "Công an tỉnh Ninh Thuận dẫn đầu khu vực và đem về Cờ thi đua của Bộ Công an.")
    assert ranks(r) == [(1, "Công an tỉnh Ninh Thuận")]


def test_ot13_leading_the_cluster_region_on_the_emulations_targets_is_its_ranking():
    r = _r("Ngày 19/12/2024, Cụm thi đua các tỉnh miền núi phía Bắc Bộ Công an tổng kết năm 2024.\n"
           "Các đơn vị thống nhất suy tôn Công an tỉnh Lào Cai dẫn đầu miền núi phía Bắc về các chỉ tiêu công tác.")
    assert ranks(r) == [(1, "Công an tỉnh Lào Cai")]


def test_ot14_first_in_the_cluster_region_on_the_score_is_its_ranking():
    r = _r("Ngày 8/1/2025, Cụm thi đua các tỉnh vùng Đông Nam Bộ tổng kết năm 2024.\n"
           "Hội nghị bình xét tỉnh Bình Phước xếp thứ nhất vùng Đông Nam Bộ về tổng điểm chấm chéo.")
    assert ranks(r) == [(1, "tỉnh Bình Phước")]


# --- the causes stay fixed -------------------------------------------------------------------------------------------------

def test_ot_a_box_set_apart_by_blank_lines_is_still_that_years():
    r = _r("Ngày 8/7/2024, Khối thi đua các cơ quan Nội chính tỉnh Hà Giang sơ kết 6 tháng đầu năm 2024.\n\nKết quả năm 2023:\n"
           "Tòa án nhân dân tỉnh dẫn đầu, được UBND tỉnh tặng Cờ thi đua.\n\nHội nghị thống nhất xếp Công an tỉnh dẫn đầu 6 tháng đầu năm.")
    assert ranks(r) == [(1, "Công an tỉnh")] and r["awards"] == []


def test_ot_a_province_leading_another_region_on_a_topic_is_still_no_ranking():
    r = _r("Ngày 18/12/2024, Cụm thi đua số 2 tỉnh Nghệ An tổ chức hội nghị tổng kết năm 2024.\n"
           "Tỉnh Nghệ An dẫn đầu khu vực Bắc Trung Bộ và Tây Nguyên về thu hút đầu tư.")
    assert ranks(r) == []
