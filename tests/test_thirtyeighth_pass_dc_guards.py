"""Thirty-eighth pass, guards on x38dc's rules (review rv38/dc): each rule narrowed where it misfired on ordinary text the
code before the branch read right; one test per regression, on an invented example near the reviewer's text."""
from record_views import kinds, ranks

LEAD = "Ngày 19/12/2024, Cụm thi đua số 4 tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
LEAD_D = ("Ngày 16/12/2024, Cụm thi đua các huyện đồng bằng tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua, khen "
          "thưởng năm 2024. ")


# dc-1: a request to units named by their kind, after the meeting's agreeing word, is the meeting's act
def test_meeting_agreeing_to_ask_the_districts_to_sign_is_a_covenant(rec):
    r = rec(LEAD_D + "Các thành viên đã nhất trí đề nghị các huyện ký kết giao ước thi đua năm 2025 ngay sau hội nghị.")
    assert kinds(r) == ["covenant"]


# dc-2: the same after "nhất trí", the departments asked to pass the report
def test_meeting_agreeing_to_ask_departments_to_pass_the_report_is_an_approval(rec):
    r = rec("Ngày 20/12/2024, Khối thi đua các sở, ngành văn hóa - xã hội tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2024. "
            "Khối đã thống nhất đề nghị các sở, ngành thông qua báo cáo tổng kết năm 2024 của Khối.")
    assert kinds(r) == ["approve_report"]


# dc-3: a list lead whose subject is the meeting asking the towns to agree is no guest's ask
def test_list_under_the_meetings_request_to_the_towns_is_read(rec):
    r = rec(LEAD_D + "Hội nghị đề nghị các huyện thống nhất các nội dung sau:\n- Ký kết giao ước thi đua năm 2025;\n"
            "- Tổ chức hội thao truyền thống vào tháng 4/2025.")
    assert kinds(r) == ["covenant", "plan"]


# dc-4: the members agreeing to ask the towns named after their kind to lead the cluster and launching the movement
def test_members_agreeing_on_the_towns_to_lead_keep_the_launch(rec):
    r = rec("Ngày 8/1/2025, Cụm thi đua các huyện, thị xã phía Bắc tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2024. "
            "Các huyện, thị xã đã biểu quyết, nhất trí đề nghị các thị xã Hồng Lĩnh, Kỳ Anh làm Cụm trưởng, Cụm phó năm 2025 "
            "và phát động phong trào thi đua năm 2025.")
    assert "other" in kinds(r)


# dc-5: a subjectless proposal after a guest's sentence in the same paragraph is the guest's, no further act
def test_subjectless_proposal_after_a_guests_sentence_in_the_line_is_no_further_act(rec):
    r = rec(LEAD + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Giáo dục và Đào tạo. Phát biểu kết luận, bà "
            "Nguyễn Thị Lan, Trưởng ban Thi đua - Khen thưởng tỉnh biểu dương kết quả của Cụm. Đề nghị Ban tham mưu tặng "
            "Bằng khen cho những tập thể có nhiều sáng kiến.")
    assert kinds(r) == ["award_proposal"]


# dc-6: an item that is a lead of its own ("2. Ý kiến của các đơn vị:") ends the run of the meeting's proposals
def test_subjectless_item_under_a_numbered_lead_of_opinions_is_no_further_act(rec):
    r = rec(LEAD + "1. Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Nội vụ.\n"
            "2. Ý kiến thảo luận tại hội nghị:\n- Đề nghị UBND tỉnh tặng Bằng khen cho cán bộ thi đua cấp xã.")
    assert kinds(r) == ["award_proposal"]


# dc-7: the same under a bulleted lead of recommendations
def test_subjectless_item_under_a_bulleted_lead_of_recommendations_is_no_further_act(rec):
    r = rec(LEAD + "- Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Nội vụ.\n"
            "- Các kiến nghị gửi Ban Thi đua - Khen thưởng tỉnh:\n+ Đề nghị tặng Bằng khen cho tập thể làm tốt công tác dân vận.")
    assert kinds(r) == ["award_proposal"]


# dc-8: "Đề nghị" as a noun, the subject of a passive agreement, tells the proposal read before again
def test_proposal_as_the_subject_of_a_passive_agreement_is_told_again(rec):
    r = rec(LEAD + "Hội nghị đã bình chọn và đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Nội vụ. Đề nghị tặng Cờ thi đua cho Sở "
            "Nội vụ đã được toàn thể đại biểu thống nhất cao.")
    assert kinds(r).count("award_proposal") == 1


# dc-9: an inline list after a plan's noun ("Kế hoạch ... gồm: (1) ...") is no agreed act
def test_inline_items_of_a_past_plan_give_no_plan(rec):
    r = rec(LEAD + "Kế hoạch năm 2024 của Khối bao gồm: (1) ký kết giao ước thi đua; (2) tổ chức giải cầu lông chào mừng "
            "Quốc khánh.")
    assert "plan" not in kinds(r)


# dc-10: an inline list after "xác định" whose subject is a report
def test_inline_items_a_report_sets_out_give_no_plan(rec):
    r = rec(LEAD + "Báo cáo đã nêu và xác định 4 nhiệm vụ trọng tâm: (1) đẩy mạnh chuyển đổi số; (2) tổ chức hội diễn văn "
            "nghệ giữa các đơn vị.")
    assert "plan" not in kinds(r)


# dc-11: an inline list after "thống nhất đánh giá:" tells results
def test_inline_items_after_an_agreed_assessment_give_no_plan(rec):
    r = rec(LEAD + "Các đơn vị nhất trí nhận định: 1) công tác khen thưởng kịp thời; 2) tổ chức thành công giải bóng chuyền "
            "hơi.")
    assert "plan" not in kinds(r)


# dc-12: digit labels under an intro that names a class of institutions, not the emulation
def test_digit_grades_of_hospitals_are_no_ranking(rec):
    r = rec(LEAD + "Kết quả xếp hạng các cơ sở khám chữa bệnh: hạng 1 - Bệnh viện Đa khoa tỉnh Hà Tĩnh; hạng 2 - Bệnh viện "
            "Phục hồi chức năng Hà Tĩnh.")
    assert ranks(r) == []


# dc-13: the urban grade the same
def test_digit_grades_of_towns_are_no_ranking(rec):
    r = rec(LEAD + "Kết quả xếp hạng đô thị năm 2024: hạng 1 - thành phố Hà Tĩnh; hạng 2 - thị xã Hồng Lĩnh.")
    assert ranks(r) == []


# dc-14: "thứ N -" inside an item's clause is no next item
def test_a_past_place_with_a_digit_inside_an_item_cuts_no_unit(rec):
    r = rec(LEAD + "Kết quả xếp hạng thi đua năm 2024: 1. Sở Công Thương; 2. Sở Nội vụ tăng từ thứ 6 - năm 2023; 3. Sở Tư pháp.")
    assert all(not o.endswith(" từ") for _, o in ranks(r))
