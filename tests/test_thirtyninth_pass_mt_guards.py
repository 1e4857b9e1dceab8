"""Thirty-ninth pass, guards on x39mt (review rv39/mt): the rules for the reform's interim review beside a year's review
(meeting._reform_review, meeting._years_review), the day told aside of the bare "hội nghị" (meeting._day_told_aside) and the
scene of a meeting no sentence states (meeting._scene_of_meeting) keep off ordinary text the code read right before them.
Each example is my own, near a regression found in the review."""
from tdkt_extract import extract


def meeting(text: str) -> dict:
    m = extract(text).model_dump()["meeting"]
    return {k: m[k] for k in ("kind", "period", "date", "time_of_day", "venue")}


# --- R169-1: the months of the year's own work, or a tổng kết of no year, stay a sơ kết ------------------------------------

def test_half_year_of_tasks_beside_a_directives_decade_stays_so_ket():
    # (mt-1) the tổng kết is of a directive's years, not of a year
    m = meeting("Ngày 9/7/2025, Cụm thi đua số 5 tổ chức hội nghị sơ kết 6 tháng thực hiện nhiệm vụ, tổng kết 10 năm thực hiện "
                "Nghị quyết số 12 của Ban Thường vụ Tỉnh ủy.")
    assert m["kind"] == "so_ket"


def test_half_year_of_the_movement_beside_a_laws_years_stays_so_ket():
    # (mt-2)
    m = meeting("Sáng 12/7/2024, Khối thi đua các cơ quan nội chính tổ chức hội nghị sơ kết 6 tháng thực hiện phong trào thi đua "
                "yêu nước, đồng thời tổng kết 5 năm thi hành Luật Hòa giải ở cơ sở.")
    assert m["kind"] == "so_ket"


def test_year_after_a_comma_and_a_sports_events_review_stays_so_ket():
    # (mt-3) the clause's year after a comma ("nhiệm vụ, phong trào thi đua năm 2024"), the tổng kết of an event
    m = meeting("Ngày 17/7/2024, Cụm thi đua số 7 tổ chức hội nghị sơ kết 6 tháng thực hiện nhiệm vụ chính trị, công tác thi đua "
                "năm 2024, tổng kết Hội thao công nhân viên chức.")
    assert m["kind"] == "so_ket"
    assert m["period"] != {"year": 2024, "span": "year"}


def test_nine_months_of_the_plan_beside_a_review_of_coordination_keeps_its_period():
    # (mt-4)
    m = meeting("Ngày 11/10/2024, Cụm thi đua các xã vùng biên tổ chức hội nghị sơ kết 9 tháng thực hiện kế hoạch 2024 và tổng "
                "kết công tác phối hợp giữ gìn an ninh trật tự.")
    assert m["kind"] == "so_ket"
    assert m["period"] == {"year": 2024, "span": "9m"}


def test_a_year_review_looked_to_gives_no_period():
    # (mt-5) "chuẩn bị tổng kết năm N": a review to come, not this meeting's period
    m = meeting("Ngày 19/7/2024, Khối thi đua số 3 tổ chức hội nghị sơ kết 6 tháng triển khai công tác và thảo luận các bước "
                "chuẩn bị tổng kết năm 2024.")
    assert m["period"] != {"year": 2024, "span": "year"}


def test_review_of_a_peak_drive_beside_half_year_stays_so_ket():
    # (mt-6) an emulation drive's review ("đợt thi đua"), no year
    m = meeting("Ngày 16/7/2025, Cụm thi đua số 4 tổ chức hội nghị sơ kết 6 tháng thực hiện chương trình công tác, tổng kết "
                "đợt thi đua chào mừng kỷ niệm 80 năm Quốc khánh.")
    assert m["kind"] == "so_ket"


def test_review_of_a_terms_movement_beside_half_year_stays_so_ket():
    # (mt-7) a tổng kết of a stage ("giai đoạn 2021 - 2025"), not of a year
    m = meeting("Ngày 10/7/2025, Khối thi đua số 6 tổ chức hội nghị sơ kết 6 tháng thực hiện phong trào thi đua, tổng kết "
                "phong trào \"Dân vận khéo\" giai đoạn 2021 - 2025.")
    assert m["kind"] == "so_ket"


def test_half_of_a_school_years_tasks_stays_so_ket():
    # (mt-8) the clause names the school year reviewed ("năm học 2023 - 2024")
    m = meeting("Chiều 5/2/2024, Khối thi đua các trường trung cấp tổ chức hội nghị sơ kết 6 tháng thực hiện nhiệm vụ năm học "
                "2023 - 2024, tổng kết công tác thi đua học kỳ I.")
    assert m["kind"] == "so_ket"


def test_a_tournaments_review_with_a_year_is_no_years_review():
    # (mt-9) a reform's months, but the tổng kết is of a tournament held that year
    m = meeting("Ngày 18/7/2024, Cụm thi đua số 2 tổ chức hội nghị sơ kết 6 tháng vận hành phần mềm chấm điểm trực tuyến; tổng "
                "kết giải cầu lông năm 2024 của Cụm.")
    assert m["kind"] == "so_ket"


# --- R172-3a: the day told aside of the bare "hội nghị" --------------------------------------------------------------------

STATED = "Khối thi đua các sở, ngành tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại hội trường Sở Nội vụ.\n\n"


def test_day_of_an_earlier_meeting_cited_for_its_conclusions():
    # (mt-10) a meeting of July, cited: before the year reviewed ends
    m = meeting(STATED + "Theo kết luận tại hội nghị ngày 15/7/2024, các sở đã bổ sung chỉ tiêu thi đua.")
    assert m["date"] is None


def test_part_of_a_summer_day_at_the_meeting_is_no_day_of_the_years_review():
    # (mt-11)
    m = meeting(STATED + "Như đã thống nhất từ giữa năm, sáng 20/7, tại hội nghị, các sở đã ký giao ước bổ sung.")
    assert (m["date"], m["time_of_day"]) == (None, None)


def test_day_of_a_meeting_told_as_past_with_results_since():
    # (mt-12)
    m = meeting(STATED + "Tại hội nghị ngày 25/6, Khối đã phân công nhiệm vụ cho từng sở; đến nay đều đã hoàn thành.")
    assert m["date"] is None


def test_day_of_another_act_a_clause_before_the_meeting_noun():
    # (mt-13) the day is the inspection's, a clause of its own between it and "tại hội nghị"
    m = meeting(STATED + "Bà Nguyễn Thị Thu, Giám đốc Sở Tư pháp, cho biết ngày 3/12 sở đã tiếp đoàn kiểm tra liên ngành và "
                "báo cáo kết quả tại hội nghị.")
    assert m["date"] is None


# --- R172-3b: a day and a place with the participants doing another act ----------------------------------------------------

HEAD = "Khối thi đua các đơn vị sự nghiệp tỉnh Lâm Đồng tổng kết phong trào thi đua năm 2024\n\n"


def test_scene_of_a_cross_inspection_is_not_the_meetings():
    # (mt-14)
    m = meeting(HEAD + "Ngày 25/11, tại Trung tâm Y tế huyện Đức Trọng, đại diện các đơn vị thành viên đã kiểm tra chéo hồ sơ khen thưởng.")
    assert (m["date"], m["venue"]) == (None, None)


def test_scene_of_an_offering_of_incense_is_not_the_meetings():
    # (mt-15)
    m = meeting(HEAD + "Sáng 10/1, tại Đền thờ liệt sĩ tỉnh, đại biểu các đơn vị đã dâng hoa, dâng hương tưởng niệm.")
    assert (m["date"], m["time_of_day"], m["venue"]) == (None, None, None)


def test_scene_of_a_training_course_is_not_the_meetings():
    # (mt-16)
    m = meeting(HEAD + "Ngày 4/12, tại TP Đà Lạt, cán bộ thi đua các đơn vị tham dự lớp tập huấn nghiệp vụ khen thưởng.")
    assert (m["date"], m["venue"]) == (None, None)


def test_scene_of_tree_planting_is_not_the_meetings():
    # (mt-17)
    m = meeting(HEAD + "Chiều 12/10, tại xã Tà Nung, thành viên các đơn vị đã cùng trồng cây phân tán.")
    assert (m["date"], m["time_of_day"], m["venue"]) == (None, None, None)


def test_scene_of_a_visit_to_the_sick_is_not_the_meetings():
    # (mt-18)
    m = meeting(HEAD + "Sáng 2/1, tại Bệnh viện Nhi tỉnh, lãnh đạo các đơn vị đã thăm, tặng quà bệnh nhi có hoàn cảnh khó khăn.")
    assert (m["date"], m["time_of_day"], m["venue"]) == (None, None, None)


def test_scene_of_a_meeting_with_a_leader_is_not_the_meetings():
    # (mt-19)
    m = meeting(HEAD + "Ngày 20/12, tại trụ sở UBND tỉnh, đại diện các đơn vị đã gặp mặt Phó Chủ tịch UBND tỉnh.")
    assert (m["date"], m["venue"]) == (None, None)


def test_scene_of_participants_with_others_at_an_exchange_is_not_the_meetings():
    # (mt-20) "cùng người dân": with others, the verb after them another act
    m = meeting(HEAD + "Tối 27/12, tại nhà văn hóa thôn 2, khoảng 40 đại biểu các đơn vị cùng bà con đã giao lưu văn nghệ.")
    assert (m["date"], m["time_of_day"], m["venue"]) == (None, None, None)
