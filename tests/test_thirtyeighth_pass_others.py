"""Thirty-eighth pass (other events on the same page): a look back on an earlier year and a box headed by one, people at
another cluster's meeting, a sidebar of dated events, another cluster's earlier meeting opened by "Trước đó", a caption of
another cluster's event, and a province's standing in its region (examples written for these tests)."""
from tdkt_extract import extract
from record_views import people_by_name, ranks

_LEAD = "Ngày 18/12/2024, Cụm thi đua số 2 tỉnh Nghệ An tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


def _r(text):
    return extract(text).model_dump(mode="json")


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


# --- R166-1: a look back on an earlier year, a box headed by one ---------------------------------------------------------

def test_a_look_back_on_an_earlier_year_gives_no_ranking_award_or_decision():
    r = _r(_LEAD + "Nhìn lại năm 2023, Cụm đã suy tôn huyện Quỳnh Lưu dẫn đầu và được UBND tỉnh tặng Cờ thi đua; "
                   "huyện Diễn Châu xếp thứ hai.")
    assert ranks(r) == [] and r["awards"] == [] and r["decisions"] == []


def test_a_look_back_on_the_year_reviewed_keeps_its_choice():
    r = _r(_LEAD + "Nhìn lại năm 2024, Cụm đã suy tôn huyện Quỳnh Lưu dẫn đầu và đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == [(1, "huyện Quỳnh Lưu")]
    assert _awards(r) == [("huyện Quỳnh Lưu", "Cờ thi đua", "proposed")]


def test_the_lines_of_a_box_headed_by_an_earlier_year_are_that_years_results():
    r = _r("Ngày 3/7/2024, Khối thi đua các cơ quan tổng hợp sơ kết 6 tháng đầu năm 2024.\n\nKhối năm 2023:\n"
           "Sở Nội vụ dẫn đầu, được UBND tỉnh tặng Cờ thi đua.\n\nHội nghị thống nhất xếp Sở Tài chính dẫn đầu 6 tháng đầu năm.")
    assert ranks(r) == [(1, "Sở Tài chính")]
    assert r["awards"] == []


def test_a_box_headed_by_the_year_reviewed_is_this_meetings():
    r = _r("Ngày 9/1/2025, Khối thi đua các cơ quan tổng hợp tổng kết năm 2024.\n\nKhối năm 2024:\n"
           "Sở Nội vụ dẫn đầu, được đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == [(1, "Sở Nội vụ")]


# --- R166-2: people at another cluster's meeting on the same page ---------------------------------------------------------

def test_people_at_another_clusters_meeting_keep_no_role_from_it():
    r = _r(_LEAD + "Ông Hoàng Văn Thái, Chủ tịch UBND huyện Quỳnh Lưu, Cụm trưởng chủ trì hội nghị.\n"
                   "Chiều cùng ngày, Cụm thi đua số 5 tổng kết tại huyện Anh Sơn. Ông Đinh Quang Vũ, Chủ tịch UBND huyện Anh Sơn phát biểu.")
    p = people_by_name(r)
    assert p["Hoàng Văn Thái"]["roles"] == ["presided"]
    assert p["Đinh Quang Vũ"]["roles"] == []


def test_people_of_the_same_clusters_event_on_the_same_day_keep_their_roles():
    r = _r(_LEAD + "Cùng ngày, Cụm thi đua số 2 tổ chức ký kết giao ước thi đua năm 2025. "
                   "Ông Hoàng Văn Thái, Chủ tịch UBND huyện Quỳnh Lưu, Cụm trưởng phát biểu.")
    assert people_by_name(r)["Hoàng Văn Thái"]["roles"] == ["spoke"]


# --- R166-3: a sidebar of dated events ------------------------------------------------------------------------------------

def test_a_line_opening_on_another_date_and_a_colon_gives_no_award():
    r = _r(_LEAD + "* 12/12/2024: Trao tặng Huân chương Lao động hạng Ba cho Công ty CP Cấp nước Nghệ An\n"
                   "- 05/12: Bệnh viện Đa khoa tỉnh được Bộ trưởng tặng Bằng khen")
    assert r["awards"] == []


def test_a_dated_line_of_the_meetings_own_day_keeps_its_award():
    r = _r(_LEAD + "* 18/12/2024: Cụm trao Cờ thi đua của UBND tỉnh cho huyện Quỳnh Lưu")
    assert _awards(r) == [("huyện Quỳnh Lưu", "Cờ thi đua của UBND tỉnh", "conferred")]


def test_a_count_out_of_a_total_opening_a_line_is_no_date():
    r = _r(_LEAD + "- 10/12 đơn vị: hoàn thành xuất sắc nhiệm vụ.\nHội nghị đề nghị UBND tỉnh tặng Bằng khen cho huyện Diễn Châu.")
    assert _awards(r) == [("huyện Diễn Châu", "Bằng khen", "proposed")]


# --- R166-4: another cluster's earlier meeting opened by "Trước đó" ------------------------------------------------------

def test_another_clusters_earlier_meeting_opened_by_truoc_do_gives_no_ranking():
    r = _r(_LEAD + "Trước đó, ngày 12/12/2024, Cụm thi đua số 6 đã tổng kết, suy tôn huyện Nghĩa Đàn dẫn đầu.\n"
                   "Hội nghị suy tôn huyện Quỳnh Lưu dẫn đầu Cụm thi đua số 2.")
    assert ranks(r) == [(1, "huyện Quỳnh Lưu")]


def test_the_same_clusters_earlier_step_opened_by_truoc_do_is_not_another_event():
    r = _r(_LEAD + "Trước đó, ngày 10/12/2024, Cụm thi đua số 2 đã tổ chức chấm điểm chéo giữa các đơn vị.\n"
                   "Hội nghị suy tôn huyện Quỳnh Lưu dẫn đầu Cụm thi đua số 2.")
    assert ranks(r) == [(1, "huyện Quỳnh Lưu")]


# --- R166-5: a caption of another cluster's event -------------------------------------------------------------------------

def test_a_caption_of_another_clusters_event_gives_no_award_nor_role():
    r = _r("Ngày 26/2/2025, Khối thi đua các cơ quan tổng hợp ký kết giao ước thi đua năm 2025.\n"
           "Ảnh: Khối thi đua kinh tế ký kết giao ước ngày 21/2 - Ông Phan Văn Đức, Giám đốc Sở Xây dựng trao Cờ thi đua cho Sở Giao thông vận tải.")
    assert r["awards"] == []
    assert people_by_name(r)["Phan Văn Đức"]["roles"] == []


def test_a_caption_of_the_meetings_own_cluster_keeps_its_award():
    r = _r("Ngày 26/2/2025, Khối thi đua các cơ quan tổng hợp ký kết giao ước thi đua năm 2025.\n"
           "Ảnh: Khối thi đua các cơ quan tổng hợp ký kết giao ước - Ông Phan Văn Đức, Giám đốc Sở Nội vụ trao Cờ thi đua cho Sở Tài chính.")
    assert _awards(r) == [("Sở Tài chính", "Cờ thi đua", "conferred")]


# --- R166-6: a province's standing in its region --------------------------------------------------------------------------

def test_a_province_leading_its_region_on_a_topic_is_no_ranking():
    r = _r(_LEAD + "Ông Nguyễn Văn Đệ - Phó Chủ tịch UBND tỉnh cho biết tỉnh Nghệ An dẫn đầu khu vực Bắc Trung Bộ về thu hút đầu tư.")
    assert ranks(r) == [] and r["decisions"] == []


def test_a_unit_leading_a_cluster_named_for_its_region_keeps_its_ranking():
    r = _r("Ngày 15/12/2024, Cụm thi đua khu vực Tây Nguyên tổng kết năm 2024.\n"
           "Công an tỉnh Kon Tum dẫn đầu Cụm thi đua khu vực Tây Nguyên về thành tích thi đua.")
    assert ranks(r) == [(1, "Công an tỉnh Kon Tum")]
