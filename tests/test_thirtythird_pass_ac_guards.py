"""Thirty-third pass, guards on the acts rules (x33ac): near forms on ordinary text where the new rules misfired and the
old code was right (invented texts; one test per regression)."""

REVIEW = "Ngày 18/12/2024, Khối thi đua số 2 tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác thi đua năm 2024. "


def _kinds(r: dict) -> list[str]:
    return [d["kind"] for d in r["decisions"]]


def _texts(r: dict, kind: str) -> list[str]:
    return [d["text"] for d in r["decisions"] if d["kind"] == kind]


# RVAC-1: a plan's word ("dự kiến", "kế hoạch") before another body hosting its own event is no agreed host


def test_another_body_hosting_after_a_plan_word_is_no_plan(rec):
    r = rec(REVIEW + "Dự kiến Liên đoàn Lao động tỉnh đăng cai tổ chức Hội thao công nhân toàn quốc vào tháng 6/2025.")
    assert _texts(r, "plan") == []
    r = rec(REVIEW + "Theo kế hoạch Hội Nông dân tỉnh đăng cai tổ chức Hội thi nhà nông đua tài vào tháng 4/2025.")
    assert _texts(r, "plan") == []


# RVAC-2: a finding about a past hosting ("xác định A đăng cai ... là thành công") is no plan


def test_a_past_hosting_judged_a_success_is_no_plan(rec):
    r = rec(REVIEW + "Hội nghị xác định Sở Y tế đăng cai tổ chức Hội diễn văn nghệ năm 2024 là thành công nổi bật của Khối.")
    assert _texts(r, "plan") == []


# RVAC-3: a unit ranked or praised ("bầu chọn / suy tôn, lựa chọn A là đơn vị dẫn đầu ... như tổ chức ...") is no plan


def test_a_unit_ranked_with_its_activities_is_no_plan(rec):
    r = rec(REVIEW + "Hội nghị nhất trí suy tôn, lựa chọn Sở Công Thương là đơn vị dẫn đầu Khối năm 2024 với nhiều hoạt động "
                     "như tổ chức hội thao, hội diễn.")
    assert _texts(r, "plan") == []
    r = rec(REVIEW + "Hội nghị nhất trí bầu chọn Sở Xây dựng là đơn vị tiêu biểu trong tổ chức giao lưu thể thao năm 2024.")
    assert _texts(r, "plan") == []


# RVAC-4: a shortcoming in choosing models ("lúng túng trong / khi lựa chọn mô hình") is no act


def test_a_shortcoming_in_choosing_models_is_no_act(rec):
    r = rec(REVIEW + "Tuy nhiên, một vài đơn vị còn lúng túng trong lựa chọn mô hình thi đua mới.")
    assert _kinds(r) == []
    r = rec(REVIEW + "Các đơn vị còn gặp khó khăn khi lựa chọn mô hình, gương điển hình để biểu dương.")
    assert _kinds(r) == []


# RVAC-5: the units' work over the reviewed year ("các đơn vị đã (chủ động) lựa chọn phong trào") is no act


def test_the_units_choice_of_movements_over_the_year_is_no_act(rec):
    r = rec(REVIEW + "Các đơn vị đã chủ động lựa chọn phong trào thi đua gắn với nhiệm vụ chính trị của ngành.")
    assert _kinds(r) == []
    r = rec(REVIEW + "Các đơn vị trong Khối đã lựa chọn mô hình thi đua thiết thực, phù hợp thực tế cơ sở.")
    assert _kinds(r) == []


# RVAC-6: registering a building or a research work ("đăng ký công trình xây dựng / nghiên cứu") is no act


def test_registering_a_building_or_a_research_work_is_no_act(rec):
    r = rec(REVIEW + "Sở Kế hoạch và Đầu tư đã đơn giản hóa thủ tục đăng ký công trình xây dựng cho doanh nghiệp.")
    assert _kinds(r) == []
    r = rec(REVIEW + "Viện Nông nghiệp hướng dẫn các nhà khoa học đăng ký bản quyền công trình nghiên cứu.")
    assert _kinds(r) == []


# RVAC-7: a launch named with an earlier event in the meeting's sentence is not this meeting's act


def test_a_launch_of_an_earlier_event_named_in_the_meeting_sentence_is_no_act(rec):
    r = rec("Sau Hội nghị ký kết giao ước và phát động phong trào thi đua năm 2024, ngày 16/7/2024, Khối thi đua số 2 tỉnh "
            "Thanh Hóa tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert _texts(r, "other") == []
    r = rec("Ngày 16/7/2024, Khối thi đua số 2 tỉnh Thanh Hóa tổ chức hội nghị sơ kết 6 tháng đầu năm 2024, rà soát việc "
            "thực hiện Hội nghị giao ước và phát động thi đua đầu năm.")
    assert _texts(r, "other") == []
    # the meeting's own name joining the launch stays the act
    r = rec("Ngày 16/12/2024, Khối thi đua số 2 tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm 2024 và phát động phong trào "
            "thi đua năm 2025.")
    assert _texts(r, "other") == ["phát động phong trào thi đua năm 2025"]


# RVAC-8: the role given by another body's document or assignment, named in the lead, is not the meeting's election


def test_a_role_given_by_another_bodys_decision_is_no_election(rec):
    r = rec(REVIEW + "Theo Quyết định số 45/QĐ-UBND về luân phiên Khối trưởng, Sở Y tế được giao làm Khối trưởng năm 2025.")
    assert _texts(r, "election") == []
    r = rec(REVIEW + "Theo phân công luân phiên của Hội đồng Thi đua - Khen thưởng tỉnh, Sở Y tế được chọn làm Khối trưởng "
                     "năm 2025.")
    assert _texts(r, "election") == []
    # the rotation named as the cluster's order stays the assignment told
    r = rec(REVIEW + "Theo thứ tự luân phiên của Khối, Sở Y tế được giao làm Khối trưởng năm 2025.")
    assert _texts(r, "election") == ["Theo thứ tự luân phiên của Khối, Sở Y tế được giao làm Khối trưởng năm 2025"]
