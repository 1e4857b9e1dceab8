"""Guards for the thirty-seventh pass (dc), its review rv37/dc: near forms where the clause rules misfired on ordinary text.
The targets the units register to reach are their statement, but a period or a year after "đăng ký thi đua" is no target,
and models or titles named after it are what is registered; a mark of time dated after the meeting's year is a time ahead;
the members after a person are not the act's subject when a verb of speaking or judging stands right before their comma, when
advice or a future follows them, or when they join a preposition's object; a colon or "trong đó" after another act's verb does
not open the tasks' object. Examples written for these tests."""
from record_views import decision_texts, kinds

REVIEW = "Ngày 19/12/2025, Cụm thi đua số 5 tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.\n"
MIDYEAR = "Ngày 9/7/2025, Khối thi đua các cơ quan Nội chính tỉnh Bình Định tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2025.\n"


# --- "đăng ký thi đua" followed by something that is no target (dc-1 .. dc-5) ------------------------------------------


def test_registering_for_the_next_half_year_is_an_act(rec):  # dc-1
    r = rec(MIDYEAR + "Tại hội nghị, các cơ quan trong Khối đăng ký thi đua 6 tháng cuối năm 2025 và ký kết giao ước.")
    assert "other" in kinds(r)


def test_registering_for_a_year_with_models_is_an_act(rec):  # dc-2
    r = rec(REVIEW + "Các đơn vị trong Cụm đã đăng ký thi đua 2026 với 9 mô hình, công trình chào mừng Đại hội.")
    assert "other" in kinds(r)


def test_registering_titles_after_a_manner_word_is_an_act(rec):  # dc-3
    r = rec(REVIEW + "Các đơn vị đã đăng ký thi đua có chất lượng các danh hiệu thi đua năm 2026.")
    assert "other" in kinds(r)


def test_registering_to_build_a_model_is_an_act(rec):  # dc-4
    r = rec(REVIEW + "Các đơn vị trong Cụm đăng ký thi đua xây dựng mô hình cơ quan văn hóa năm 2026.")
    assert "other" in kinds(r)


def test_registering_a_number_of_titles_is_an_act(rec):  # dc-5
    r = rec(REVIEW + "Các đơn vị đăng ký thi đua 3 danh hiệu và ký kết giao ước thi đua năm 2026.")
    assert {"other", "covenant"} <= set(kinds(r))


def test_a_target_registered_stays_no_act(rec):
    # near form kept: the target the units register to reach is their own statement
    r = rec(REVIEW + "Năm 2026, các đơn vị đăng ký thi đua phát triển mới 800 đoàn viên.")
    assert "other" not in kinds(r)


# --- "sau khi" with a mark dated after the meeting (dc-6) --------------------------------------------------------------


def test_a_mark_dated_after_the_meeting_is_no_earlier_time(rec):  # dc-6
    r = rec(REVIEW + "Sau khi thống nhất kế hoạch tổ chức hội thao vào đầu năm 2026, các đơn vị ký kết giao ước thi đua năm 2026.")
    assert len(kinds(r)) == 2 and "covenant" in kinds(r)


# --- the members after a person (dc-7 .. dc-10) ------------------------------------------------------------------------


def test_the_members_advised_after_a_person_is_no_act(rec):  # dc-7
    r = rec(REVIEW + "Theo bà Lê Thị Hồng, Trưởng phòng Thi đua, các đơn vị phải sớm ký kết giao ước thi đua năm 2026.")
    assert "covenant" not in kinds(r)


def test_the_members_joined_to_a_prepositions_object_are_no_subject(rec):  # dc-8
    r = rec(REVIEW + "Ông Phạm Văn Đức báo cáo thành tích của Sở Tư pháp và các đơn vị đã bình xét, suy tôn năm 2024.")
    assert "ranking" not in kinds(r)


def test_the_members_after_a_persons_acknowledging_verb_are_what_was_said(rec):  # dc-9
    r = rec(REVIEW + "Bà Hoàng Thị Yến ghi nhận, các đơn vị đã nhất trí thông qua quy chế hoạt động và chấp hành tốt.")
    assert "approve_report" not in kinds(r)


def test_the_members_after_a_persons_judging_verb_are_what_was_said(rec):  # dc-10
    r = rec(REVIEW + "Ông Vũ Đình Lâm, Phó Giám đốc Sở Nội vụ đánh giá, các đơn vị đã bình xét, suy tôn công khai, dân chủ.")
    assert "ranking" not in kinds(r)


def test_the_members_after_a_persons_report_still_act(rec):
    # the fixer's cause kept: the members' own clause after a person's report
    r = rec(REVIEW + "Bà Hoàng Thị Yến trình bày báo cáo tổng kết, các đại biểu nhất trí thông qua báo cáo.")
    assert "approve_report" in kinds(r)


# --- a colon or "trong đó" after another act's verb (dc-11, dc-12) -----------------------------------------------------


def test_a_colon_opening_the_ranking_results_is_not_the_tasks_list(rec):  # dc-11
    r = rec(REVIEW + "Hội nghị thống nhất nhiệm vụ năm 2026 và kết quả bình xét như sau: suy tôn Sở Y tế dẫn đầu Cụm, đề nghị "
            "UBND tỉnh tặng Cờ thi đua.")
    assert decision_texts(r, "award_proposal") == ["đề nghị UBND tỉnh tặng Cờ thi đua"]


def test_trong_do_after_a_ranking_verb_is_not_the_tasks_object(rec):  # dc-12
    r = rec(REVIEW + "Hội nghị thông qua phương hướng, nhiệm vụ năm 2026, tiến hành bình xét thi đua, trong đó đề nghị Chủ tịch "
            "UBND tỉnh tặng Bằng khen cho 4 tập thể.")
    assert "award_proposal" in kinds(r)
