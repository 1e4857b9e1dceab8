"""Guards on the thirty-fourth pass (ac, pp): near forms the new rules misread, each back to the old reading (examples written
for these tests). A verb after a firm's or school's name whose capitalised object is a unit, the cluster or an award ends the
title; "dẫn đầu" with an object, or a delegation's trip elsewhere, shows no one here; "Thông qua" the covenant opening a
sentence is "through"; a long request to the units ends at a clause whose own subject did the act."""
from record_views import kinds, people_by_name

LEAD = "Ngày 15/01/2025, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
SIGN = "Ngày 26/02/2024, Khối thi đua các cơ quan tổng hợp tỉnh Kon Tum tổ chức hội nghị ký kết giao ước thi đua năm 2024. "


def _person(r, name):
    p = people_by_name(r)[name]
    return p["title"], p["roles"]


# --- a verb after a unit's name, its capitalised object a thing of its own (acpp-1 .. acpp-9) ----------------------------


def test_awarding_a_capitalised_flag_ends_the_title(rec):
    r = rec(LEAD + "Ông Lê Quang Vinh, Giám đốc Công ty Hưng Thịnh trao Cờ Thi đua cho ba đơn vị xuất sắc.")
    assert _person(r, "Lê Quang Vinh") == ("Giám đốc Công ty Hưng Thịnh", ["attended"])


def test_on_behalf_of_the_organising_board_ends_the_title(rec):
    r = rec(LEAD + "Ông Lê Quang Vinh, Giám đốc Công ty Hưng Thịnh thay mặt Ban Tổ chức phát biểu bế mạc.")
    assert _person(r, "Lê Quang Vinh") == ("Giám đốc Công ty Hưng Thịnh", ["spoke"])


def test_with_the_schools_board_ends_the_title(rec):
    r = rec(LEAD + "Bà Đào Thị Yến, Hiệu trưởng Trường THCS Quang Trung cùng Ban Giám hiệu đón các đoàn đại biểu.")
    assert _person(r, "Đào Thị Yến")[0] == "Hiệu trưởng Trường THCS Quang Trung"


def test_receiving_the_governments_flag_ends_the_title(rec):
    r = rec(LEAD + "Ông Võ Thành Đạt, Giám đốc Công ty CP Sao Mai nhận Cờ Thi đua của Thủ tướng Chính phủ.")
    assert _person(r, "Võ Thành Đạt") == ("Giám đốc Công ty CP Sao Mai", ["attended"])


def test_on_behalf_of_the_numbered_cluster_ends_the_title(rec):
    r = rec(LEAD + "Ông Võ Thành Đạt, Giám đốc Ngân hàng Vietinbank thay mặt Cụm Thi đua số 7 ký giao ước.")
    assert _person(r, "Võ Thành Đạt")[0] == "Giám đốc Ngân hàng Vietinbank"


def test_being_the_clusters_head_ends_the_title(rec):
    r = rec(LEAD + "Ông Lê Quang Vinh, Giám đốc Công ty Hưng Thịnh là Cụm Trưởng năm 2025.")
    assert _person(r, "Lê Quang Vinh")[0] == "Giám đốc Công ty Hưng Thịnh"


def test_giving_a_capitalised_certificate_of_merit_ends_the_title(rec):
    r = rec(LEAD + "Ông Lê Quang Vinh, Giám đốc Công ty Hưng Thịnh tặng Bằng Khen cho 4 cá nhân.")
    assert _person(r, "Lê Quang Vinh")[0] == "Giám đốc Công ty Hưng Thịnh"


def test_giving_a_capitalised_certificate_ends_a_school_heads_title(rec):
    r = rec(LEAD + "Bà Đào Thị Yến, Hiệu trưởng Trường THPT Trần Phú trao Giấy Khen cho các tập thể.")
    assert _person(r, "Đào Thị Yến") == ("Hiệu trưởng Trường THPT Trần Phú", ["attended"])


def test_on_behalf_of_the_board_then_a_comma_ends_the_title(rec):
    r = rec(LEAD + "Ông Lê Quang Vinh, Giám đốc Công ty Hưng Thịnh thay mặt Ban Tổ chức, tặng hoa các đại biểu.")
    assert _person(r, "Lê Quang Vinh") == ("Giám đốc Công ty Hưng Thịnh", ["attended"])


# --- "dẫn đầu" that shows no delegation here (acpp-10 .. acpp-14) ---------------------------------------------------------


def test_leading_a_delegation_on_an_earlier_study_trip_is_no_attendance(rec):
    r = rec(LEAD + "Tháng 9/2024, bà Hà Thu Trang, Giám đốc Sở Nội vụ dẫn đầu đoàn đại biểu của Cụm đi học tập kinh nghiệm tại "
                   "tỉnh Ninh Bình.")
    assert _person(r, "Hà Thu Trang")[1] == []


def test_a_delegation_led_on_a_survey_trip_is_no_attendance(rec):
    r = rec(LEAD + "Đoàn đại biểu Cụm thi đua số 7 do bà Hà Thu Trang, Giám đốc Sở Nội vụ dẫn đầu đã có chuyến khảo sát tại "
                   "tỉnh Đắk Lắk.")
    assert _person(r, "Hà Thu Trang")[1] == []


def test_a_youth_union_leading_the_movement_is_no_delegation(rec):
    r = rec(LEAD + "Năm 2024, Tỉnh đoàn Kon Tum do đồng chí Y Điệp, Bí thư Tỉnh đoàn dẫn đầu phong trào thi đua trong Cụm.")
    assert _person(r, "Y Điệp")[1] == []


def test_a_bar_association_leading_the_bloc_is_no_delegation(rec):
    r = rec(LEAD + "Đoàn Luật sư tỉnh do ông Phan Đức Hải, Chủ nhiệm Đoàn dẫn đầu Cụm nhiều năm liền.")
    assert _person(r, "Phan Đức Hải")[1] == []


def test_a_delegation_led_on_a_visit_elsewhere_is_no_attendance(rec):
    r = rec(LEAD + "Đoàn đại biểu tỉnh Kon Tum do ông Phan Đức Hải, Phó Chủ tịch UBND tỉnh dẫn đầu đã đến thăm và làm việc với "
                   "Cụm thi đua số 2 vào tháng 8/2024.")
    assert _person(r, "Phan Đức Hải")[1] == []
    # (a delegation that came to this meeting, then visited: still here)
    r = rec(LEAD + "Đoàn đại biểu Sở Tài chính do ông Phan Đức Hải, Phó Giám đốc dẫn đầu đã tới dự hội nghị và tham quan nhà "
                   "truyền thống của tỉnh.")
    assert _person(r, "Phan Đức Hải")[1] == ["attended"]


# --- "Thông qua" the covenant opening a sentence: "through" (acpp-15, acpp-16) --------------------------------------------


def test_through_the_covenants_content_is_no_approval(rec):
    r = rec(SIGN + "Thông qua nội dung bản giao ước thi đua, các cơ quan trong Khối đã hoàn thành tốt nhiệm vụ chính trị.")
    assert "approve_report" not in kinds(r)


def test_through_the_covenants_targets_is_no_approval(rec):
    r = rec(LEAD + "Thông qua các chỉ tiêu giao ước, các thành viên Cụm đã nỗ lực vượt qua khó khăn.")
    assert "approve_report" not in kinds(r)
    # (the covenant's targets passed, then signed: still the meeting's approval)
    r = rec(LEAD + "Hội nghị đã thông qua các chỉ tiêu giao ước năm 2025.")
    assert "approve_report" in kinds(r)


# --- a long request to the units ends at a clause of its own subject (acpp-17) -------------------------------------------


def test_the_clusters_own_launch_after_a_long_request_counts(rec):
    r = rec(LEAD + "Kết luận hội nghị, bà Hà Thu Trang đề nghị các đơn vị thành viên tiếp thu đầy đủ ý kiến của đại biểu trong năm "
                   "2025, kết thúc phần phát biểu, Cụm thi đua số 7 đã phát động phong trào thi đua năm 2025.")
    assert "other" in kinds(r)
    # (the request's own relative clause, "những kết quả đã đạt được", ends nothing: the launch is still asked)
    r = rec(SIGN + "Phát biểu chỉ đạo, ông Phan Đức Hải đề nghị các đơn vị trong Khối phát huy những kết quả đã đạt được, sớm "
                   "kiện toàn bộ máy, phát động phong trào thi đua ngay từ đầu năm.")
    assert "other" not in kinds(r)
