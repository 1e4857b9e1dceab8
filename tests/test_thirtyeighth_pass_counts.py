"""Thirty-eighth pass: counts of places where something was done, school levels that name no unit, a grade that is no
cluster number, a room's building part before its unit, and bare places after their units (examples written for these
tests)."""
from tdkt_extract import extract

from record_views import ranks

_LEAD = "Ngày 12/12/2024, Cụm thi đua số 5 Hội Nông dân tỉnh tổ chức hội nghị tổng kết năm 2024. "


# --- member_count: the places where something was done are no members
def test_places_after_tai_are_no_member_count():
    r = extract(_LEAD + "Năm qua, mô hình tổ hợp tác được nhân rộng tại 19 xã, phường, thị trấn.")
    assert r.cluster.member_count is None


def test_places_after_o_are_no_member_count():
    r = extract(_LEAD + "Các hội viên đã tham gia hiến đất làm đường ở 14 xã, thị trấn của huyện.")
    assert r.cluster.member_count is None


def test_the_clusters_own_places_still_counted():
    # (negative: the cluster has them)
    r = extract(_LEAD + "Cụm có 7 huyện, thị xã, thành phố.")
    assert r.cluster.member_count == 7


# --- members: school levels alone name no unit
def test_school_levels_after_the_count_name_no_member():
    r = extract("Ngày 20/5/2024, Cụm thi đua các trường dân tộc nội trú tổ chức hội nghị tổng kết năm học 2023-2024. "
                "Cụm gồm 7 trường PTDTBT THCS và THCS trên địa bàn huyện.")
    assert r.cluster.members == []
    assert r.cluster.member_count == 7


def test_two_levels_joined_by_and_name_no_member():
    r = extract("Ngày 20/5/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm học 2023-2024. "
                "Cụm gồm 12 trường TH và TH&THCS của huyện.")
    assert r.cluster.members == []


def test_schools_named_after_their_level_are_members():
    # (negative: a level with a name after it is a school)
    r = extract("Ngày 20/5/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm học 2023-2024. "
                "Cụm gồm 3 trường THPT Yên Lạc, THPT Tam Dương và THPT Vĩnh Yên.")
    assert r.cluster.members == ["THPT Yên Lạc", "THPT Tam Dương", "THPT Vĩnh Yên"]


# --- number: a grade after "hạng" / "loại" is no cluster number
def test_a_hospital_grade_is_no_number():
    r = extract("Ngày 15/7/2024, Khối thi đua các bệnh viện hạng III tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert r.cluster.number is None


def test_an_urban_class_is_no_number():
    r = extract("Ngày 15/7/2024, Cụm thi đua các đô thị loại II tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert r.cluster.number is None


def test_a_roman_number_closing_the_name_is_still_read():
    # (negative: no grade word before it)
    r = extract("Ngày 15/7/2024, Khối thi đua các cơ quan tham mưu III tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert r.cluster.number == 3


# --- venue: a building part written straight before its unit
def test_room_floor_and_building_before_the_unit():
    r = extract("Sáng 12/7/2024, tại phòng họp tầng 4, nhà A3 Học viện Nông nghiệp, Khối thi đua các trường đại học "
                "tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert r.meeting.venue == "phòng họp tầng 4, nhà A3 Học viện Nông nghiệp"


def test_room_then_the_unit_as_subject_is_cut_at_the_comma():
    # (negative: the unit after the comma is the sentence's subject, no building part)
    r = extract("Sáng 12/7/2024, tại phòng họp tầng 4, Trường Đại học Y tổ chức hội nghị sơ kết của Khối thi đua số 2.")
    assert r.meeting.venue == "phòng họp tầng 4"


# --- rankings: bare places after their units
def test_second_and_third_bare_after_a_lead():
    r = extract("Ngày 5/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
                "Qua bình xét, thị xã Ninh Hòa dẫn đầu Cụm; huyện Vạn Ninh hạng nhì; huyện Diên Khánh hạng ba.")
    assert sorted(ranks(r.model_dump(mode="json"))) == [(1, "thị xã Ninh Hòa"), (2, "huyện Vạn Ninh"), (3, "huyện Diên Khánh")]


def test_second_as_ordinal_after_a_lead():
    r = extract("Ngày 5/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
                "Qua bình xét, thị xã Ninh Hòa dẫn đầu Cụm, huyện Vạn Ninh thứ hai.")
    assert sorted(ranks(r.model_dump(mode="json"))) == [(1, "thị xã Ninh Hòa"), (2, "huyện Vạn Ninh")]


def test_a_results_series_of_bare_classes():
    r = extract("Ngày 5/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
                "Kết quả: huyện Cam Lâm hạng Nhất; huyện Khánh Sơn hạng Nhì; huyện Khánh Vĩnh hạng Ba.")
    assert sorted(ranks(r.model_dump(mode="json"))) == [(1, "huyện Cam Lâm"), (2, "huyện Khánh Sơn"), (3, "huyện Khánh Vĩnh")]


def test_a_contests_results_are_no_ranking():
    # (negative: the results of a sports contest told in the sentence before)
    r = extract("Ngày 5/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
                "Dịp này, Cụm tổ chức hội thao bóng chuyền. Kết quả: huyện Cam Lâm hạng Nhất; huyện Khánh Sơn hạng Nhì.")
    assert ranks(r.model_dump(mode="json")) == []


def test_a_lead_without_a_choosing_word_adds_no_bare_places():
    # (negative: no word that chooses the cluster's units in the sentence)
    r = extract("Ngày 5/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
                "Về thu ngân sách, thị xã Ninh Hòa dẫn đầu; huyện Vạn Ninh thứ hai.")
    assert (2, "huyện Vạn Ninh") not in ranks(r.model_dump(mode="json"))


# --- near forms
def test_a_guesthouse_after_the_rooms_comma_is_no_coded_building_part():
    # ("nhà khách" is a word, not a building's code: the unit after it is read by the older rule, the venue unchanged)
    r = extract("Sáng 10/7/2024, tại phòng họp tầng 2, nhà khách Tỉnh ủy, Khối thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert r.meeting.venue == "phòng họp tầng 2, nhà khách Tỉnh ủy"


def test_a_sports_days_results_in_the_same_sentence_are_no_ranking():
    r = extract("Ngày 5/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
                "Tại hội thao, đội huyện Cam Lâm hạng Nhất; đội huyện Khánh Sơn hạng Nhì; đội huyện Khánh Vĩnh hạng Ba.")
    assert ranks(r.model_dump(mode="json")) == []


def test_an_order_of_labour_class_is_no_ranking():
    r = extract("Ngày 5/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
                "Kết quả: ông Nguyễn Văn Hùng được tặng Huân chương Lao động hạng Nhất; bà Lê Thị Mai hạng Nhì.")
    assert ranks(r.model_dump(mode="json")) == []


def test_a_grade_inside_a_later_sentence_leaves_the_number():
    r = extract("Ngày 19/7/2024, Khối thi đua các doanh nghiệp II tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\n"
                "Bệnh viện Đa khoa tỉnh, bệnh viện hạng I, được biểu dương.")
    assert r.cluster.number == 2
