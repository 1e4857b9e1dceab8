"""Rankings and awards of the thirty-fourth pass (x34rk), each rule on an invented example and a near form it must not
fire on."""
from record_views import kinds, ranks

LEAD = "Ngày 8/1/2025, Cụm thi đua số 6 tỉnh Đồng Tháp tổ chức hội nghị tổng kết năm 2024.\n"


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


# --- an earlier year's clause inside a sentence is history, no ranking of this meeting -----------------------------------

def test_an_earlier_years_leader_in_a_clause_of_history_ranks_no_one(rec):
    r = rec(LEAD + "Thành tích những năm gần đây: 2022 có 3 đơn vị nhận Bằng khen; năm 2023 xã Mỹ An dẫn đầu Cụm.")
    assert ranks(r) == [] and "ranking" not in kinds(r)


def test_an_earlier_years_place_after_its_comma_in_a_clause_ranks_no_one(rec):
    r = rec(LEAD + "Kết quả qua các năm: năm 2022 xã Tân Phú xếp thứ ba; năm 2023, xã Mỹ An xếp thứ nhất.")
    assert ranks(r) == []


def test_the_reviewed_years_leader_in_such_a_clause_still_ranks(rec):
    r = rec(LEAD + "Kết quả bình xét: năm 2024 xã Mỹ An dẫn đầu Cụm.")
    assert ranks(r) == [(1, "xã Mỹ An")]


# --- "thứ hai", "hạng hai" before a unit is a place; before a date, a weekday --------------------------------------------

def test_second_place_written_thu_hai_in_a_rank_first_list(rec):
    r = rec(LEAD + "Hội nghị bình xét: thứ nhất xã Mỹ An, thứ hai xã Tân Phú, thứ ba xã Bình Thành.")
    assert ranks(r) == [(1, "xã Mỹ An"), (2, "xã Tân Phú"), (3, "xã Bình Thành")]


def test_second_place_written_hang_hai_in_a_rank_first_list(rec):
    r = rec(LEAD + "Hội nghị bình xét: hạng nhất Sở Tư pháp, hạng hai Sở Xây dựng, hạng ba Sở Y tế.")
    assert ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Xây dựng"), (3, "Sở Y tế")]


def test_a_weekday_with_its_date_after_a_comma_is_no_place(rec):
    r = rec(LEAD + "Kết quả bình xét: thứ nhất xã Mỹ An; thứ Hai ngày 13/1 Cụm họp rút kinh nghiệm tại Ủy ban xã.")
    assert ranks(r) == [(1, "xã Mỹ An")]


# --- a proposal a guest asks the cluster to make is no award of the meeting ----------------------------------------------

def test_a_guest_asking_the_cluster_to_propose_an_award_gives_no_award(rec):
    r = rec(LEAD + "Phó Giám đốc Sở Nội vụ Trần Quốc Bảo đề nghị Cụm nghiên cứu đề nghị UBND tỉnh tặng Cờ thi đua cho xã Mỹ An.")
    assert _awards(r) == [] and "award_proposal" not in kinds(r)


def test_the_meeting_agreeing_to_ask_its_chair_to_propose_is_its_proposal(rec):
    r = rec(LEAD + "Hội nghị thống nhất đề nghị Cụm trưởng trình UBND tỉnh tặng Cờ thi đua cho xã Mỹ An.")
    assert _awards(r) == [("xã Mỹ An", "Cờ thi đua", "proposed")]


def test_the_members_asking_their_chair_to_propose_is_their_proposal(rec):
    r = rec(LEAD + "Các đơn vị đề nghị Cụm trưởng hoàn thiện hồ sơ đề nghị UBND tỉnh tặng Bằng khen cho xã Tân Phú.")
    assert _awards(r) == [("xã Tân Phú", "Bằng khen", "proposed")]


# --- a title and a flag proposed in one clause chain: both the unit's ----------------------------------------------------

def test_a_flag_proposed_right_after_a_title_goes_to_the_same_unit(rec):
    r = rec(LEAD + "Hội nghị suy tôn Công an xã Mỹ An đạt danh hiệu Đơn vị Quyết thắng, đề nghị tặng Cờ thi đua của Bộ Công an.")
    assert _awards(r) == [("Công an xã Mỹ An", "Đơn vị Quyết thắng", "proposed"),
                          ("Công an xã Mỹ An", "Cờ thi đua của Bộ Công an", "proposed")]


def test_a_proposal_with_a_subject_of_its_own_is_not_the_units_before(rec):
    r = rec(LEAD + "Hội nghị suy tôn Công an xã Mỹ An đạt danh hiệu Đơn vị Quyết thắng; Công an xã Tân Phú đề nghị tặng "
                   "Cờ thi đua của Bộ Công an.")
    assert ("Công an xã Mỹ An", "Cờ thi đua của Bộ Công an", "proposed") not in _awards(r)


# --- "đặc khu" opens a unit in a recipients' list -----------------------------------------------------------------------

def test_a_special_zone_joined_in_a_recipients_list(rec):
    r = rec(LEAD + "Các đơn vị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho xã Mỹ An và đặc khu Phú Quý.")
    assert _awards(r) == [("xã Mỹ An", "Cờ thi đua", "proposed"), ("đặc khu Phú Quý", "Cờ thi đua", "proposed")]


def test_a_special_zone_in_lower_case_names_no_unit(rec):
    r = rec(LEAD + "Các đơn vị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho xã Mỹ An và đặc khu kinh tế của tỉnh.")
    assert [a[0] for a in _awards(r)] == ["xã Mỹ An"]


# --- a flag handed to the chair of a company's board: the company ------------------------------------------------------

def test_a_flag_handed_to_a_board_chair_goes_to_the_company(rec):
    r = rec(LEAD + "Ông Lê Văn Hòa đã trao Cờ luân lưu của Cụm cho Chủ tịch HĐQT Sacombank Nguyễn Minh Tâm.")
    assert _awards(r) == [("Sacombank", "Cờ luân lưu của Cụm", "conferred")]


def test_a_flag_handed_to_the_chair_of_a_union_keeps_the_union(rec):
    r = rec(LEAD + "Ông Lê Văn Hòa đã trao Cờ luân lưu của Cụm cho Chủ tịch Công đoàn Sacombank.")
    assert _awards(r) == [("Công đoàn Sacombank", "Cờ luân lưu của Cụm", "conferred")]


# --- the award's year from the place it was given for, in apposition -----------------------------------------------------

def test_the_award_year_from_the_leader_of_a_year_in_apposition(rec):
    r = rec(LEAD + "Lãnh đạo tỉnh trao Cờ thi đua của UBND tỉnh cho xã Mỹ An - đơn vị dẫn đầu phong trào thi đua năm 2023 của Cụm.")
    assert [(a["recipient"], a["year"]) for a in r["awards"]] == [("xã Mỹ An", 2023)]


def test_no_award_year_from_a_span_of_years_in_apposition(rec):
    r = rec(LEAD + "Lãnh đạo tỉnh trao Cờ thi đua của UBND tỉnh cho xã Mỹ An - đơn vị dẫn đầu Cụm từ năm 2020 đến năm 2023.")
    assert [(a["recipient"], a["year"]) for a in r["awards"]] == [("xã Mỹ An", None)]
