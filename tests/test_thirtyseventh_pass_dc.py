"""The thirty-seventh pass (dc): decisions read per clause. The members' act in a later clause of a sentence that opens on a
person's own act is the meeting's ("Ông A trình bày báo cáo; các đơn vị nhất trí thông qua"); an act negated in its clause
is none ("không bình xét, suy tôn", "chưa đề nghị khen thưởng", "không có đơn vị nào được đề nghị"); a proposal named
inside the object of the agreed directions is one of the tasks; a time clause recalling an earlier signing ("Khi ký kết
giao ước thi đua, ...") is no act; the targets the units register to reach are their own statement, no act. Examples
written for these tests."""
from record_views import decision_texts, kinds

REVIEW = "Ngày 18/12/2025, Cụm thi đua số 6 tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác thi đua năm 2025.\n"
MIDYEAR = "Ngày 12/7/2025, Khối thi đua số 2 tỉnh Tuyên Quang tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2025.\n"


# --- R141-1: the members' act in a later clause, after a person's own act ------------------------------------------


def test_the_members_approval_after_a_persons_report_and_a_semicolon_is_the_meetings(rec):
    r = rec(REVIEW + "Ông Đinh Văn Khải, Chánh Văn phòng Sở Nội vụ trình bày dự thảo báo cáo tổng kết; các thành viên nhất trí "
            "thông qua báo cáo.")
    assert kinds(r) == ["approve_report"]
    assert decision_texts(r, "approve_report") == ["các thành viên nhất trí thông qua báo cáo"]


def test_the_members_signing_after_a_person_presides_and_then_is_the_meetings(rec):
    r = rec(REVIEW + "Bà Phạm Thu Trang, Giám đốc Sở Tư pháp chủ trì hội nghị, sau đó lãnh đạo các đơn vị ký kết giao ước thi "
            "đua năm 2026.")
    assert kinds(r) == ["covenant"]


def test_the_persons_own_presenting_with_no_later_subject_stays_no_act(rec):
    # near form: the person presents the report, no members' clause after
    r = rec(REVIEW + "Ông Đinh Văn Khải, Chánh Văn phòng trình bày dự thảo báo cáo tổng kết, thông qua báo cáo kết quả chấm điểm.")
    assert "approve_report" not in kinds(r)


def test_what_the_person_said_of_the_members_is_no_act(rec):
    # near form: the members in the person's own words ("nêu rõ, ..."): what was said, not done
    r = rec(REVIEW + "Phát biểu tại hội nghị, ông Đinh Văn Khải nêu rõ, các đơn vị cần ký kết giao ước thi đua sớm hơn.")
    assert "covenant" not in kinds(r)


# --- R145-1: an act negated in its clause --------------------------------------------------------------------------


def test_acts_negated_in_their_clause_are_none(rec):
    r = rec(MIDYEAR + "Do là kỳ sơ kết nên Khối không bình xét, suy tôn và chưa đề nghị khen thưởng.")
    assert kinds(r) == []


def test_no_unit_proposed_is_no_proposal(rec):
    r = rec(REVIEW + "Năm nay không có tập thể nào được đề nghị tặng Cờ thi đua của Bộ Công an.")
    assert "award_proposal" not in kinds(r)


def test_an_act_after_a_negation_of_another_thing_counts(rec):
    # near form: "không chỉ ... mà", and a negated act in an earlier clause, the act after it not negated
    r = rec(REVIEW + "Hội nghị không tổ chức hội thao mà tiến hành bình xét, suy tôn Sở Xây dựng dẫn đầu Cụm và đề nghị UBND "
            "tỉnh tặng Cờ thi đua.")
    assert {"ranking", "award_proposal"} <= set(kinds(r))


def test_not_only_is_no_negation(rec):
    r = rec(REVIEW + "Hội nghị không chỉ thông qua báo cáo tổng kết mà còn thống nhất phương hướng, nhiệm vụ năm 2026.")
    assert "approve_report" in kinds(r)


# --- R145-7: a proposal inside the object of the agreed directions ---------------------------------------------------


def test_a_proposal_named_in_the_agreed_tasks_is_one_of_the_tasks(rec):
    r = rec(MIDYEAR + "Các đơn vị đã thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm, trong đó tập trung giải ngân vốn đầu "
            "tư công và chuẩn bị hồ sơ đề nghị khen thưởng cuối năm.")
    assert kinds(r) == ["tasks"]


def test_a_proposal_after_a_tasks_list_s_colon_is_one_of_the_tasks(rec):
    r = rec(REVIEW + "Hội nghị thống nhất nhiệm vụ năm 2026: đẩy mạnh chuyển đổi số, kịp thời đề nghị khen thưởng các điển hình.")
    assert kinds(r) == ["tasks"]


def test_a_proposal_agreed_in_its_own_clause_after_the_tasks_stays(rec):
    # near form: a new act with its own verb of agreement after the tasks
    r = rec(REVIEW + "Hội nghị thống nhất các nhiệm vụ trọng tâm năm 2026, trong đó nhất trí đề nghị UBND tỉnh tặng Cờ thi đua "
            "cho Sở Xây dựng.")
    assert "award_proposal" in kinds(r)


# --- R146-1: a time clause that recalls an earlier signing ----------------------------------------------------------


def test_a_clause_recalling_the_signing_is_no_act(rec):
    r = rec(REVIEW + "Khi ký kết giao ước thi đua, các đơn vị trong Cụm đã xây dựng kế hoạch cụ thể.")
    assert "covenant" not in kinds(r)


def test_since_the_signing_after_a_date_is_no_act(rec):
    r = rec(REVIEW + "Từ ngày 10/3/2025, khi ký kết giao ước thi đua, các đơn vị đã cụ thể hóa 6 nhóm chỉ tiêu.")
    assert "covenant" not in kinds(r)


def test_after_the_signing_at_the_years_start_is_no_act(rec):
    r = rec(REVIEW + "Sau khi ký kết giao ước thi đua đầu năm, các đơn vị đã triển khai nhiều phong trào.")
    assert "covenant" not in kinds(r)


def test_after_the_signing_at_this_meeting_stays_an_act(rec):
    # near form: "sau khi" with no mark of an earlier time, the signing done at the meeting
    r = rec(REVIEW + "Sau khi ký kết giao ước thi đua năm 2026, các đại biểu chụp ảnh lưu niệm.")
    assert "covenant" in kinds(r)


# --- R144-7: the targets the units register to reach ----------------------------------------------------------------


def test_the_targets_registered_are_no_act(rec):
    r = rec("Ngày 20/2/2025, Cụm thi đua số 5 tổ chức lễ ký kết giao ước thi đua năm 2025. Năm 2025, các Hội trong Cụm đăng "
            "ký thi đua phát triển mới 900 hội viên.")
    assert kinds(r) == ["covenant"]


def test_registering_for_the_emulation_at_the_meeting_stays_an_act(rec):
    # near form: the registration itself, no target after it
    r = rec("Ngày 20/2/2025, Cụm thi đua số 5 tổ chức hội nghị ký kết giao ước thi đua năm 2025. Tại hội nghị, các đơn vị đã "
            "đăng ký thi đua và ký kết giao ước.")
    assert "other" in kinds(r)


def test_a_semicolon_ends_the_persons_clause_whatever_verb_it_had(rec):
    # "chỉ đạo" here is the guest's directing the meeting, not words that govern the members' clause after the ";"
    r = rec(REVIEW + "Ông Hồ Văn Tâm, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị; các đơn vị ký kết giao ước thi đua năm 2026.")
    assert kinds(r) == ["covenant"]


def test_an_act_not_held_is_none(rec):
    r = rec(REVIEW + "Vì là hội nghị tổng kết nên Cụm không tổ chức ký kết giao ước; việc ký kết sẽ thực hiện vào tháng 3/2026.")
    assert "covenant" not in kinds(r)


def test_khong_in_a_units_name_is_no_negation(rec):
    r = rec("Ngày 16/12/2025, Khối thi đua các doanh nghiệp tỉnh Khánh Hòa tổ chức hội nghị tổng kết công tác thi đua năm "
            "2025.\nĐại diện Cảng hàng không ký kết giao ước thi đua năm 2026 với các doanh nghiệp trong Khối.")
    assert kinds(r) == ["covenant"]
