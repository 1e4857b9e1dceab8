"""Thirty-eighth pass, guards on branch x38d2's decisions rules: a list lead that names the directions only in passing, a
section beside the lead, 'bình xét xếp loại' by another body, a fronted topic that is a role, an event, the covenant's
targets or the year reviewed, and 'thông qua ... chỉ tiêu' as a scoring table, 'through' the targets or covenant targets then
signed. Examples of my own, one per regression found."""
from record_views import kinds

from tdkt_extract import extract

HEAD = ("Khối thi đua các sở, ngành tổng kết năm 2024\n"
        "Ngày 20/12/2024, Khối thi đua số 2 tỉnh Thái Bình tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n")


def rec(body: str) -> dict:
    r = extract(HEAD + body)
    return r if isinstance(r, dict) else r.model_dump() if hasattr(r, "model_dump") else r


# R162-5: items are acts unless the lead agrees on the directions themselves
def test_lead_naming_a_role_duty_keeps_its_items_acts():
    r = rec("Hội nghị thống nhất giao Sở Công Thương tiếp tục giữ nhiệm vụ Khối trưởng năm 2025 và thống nhất các nội dung sau:\n"
            "- Thống nhất tổ chức kiểm tra chéo trong tháng 10/2025;\n- Các đơn vị ký kết giao ước thi đua năm 2025 tại hội nghị.\n")
    assert "covenant" in kinds(r) and "plan" in kinds(r)


def test_directions_in_an_earlier_sentence_of_the_lead_keep_its_items_acts():
    r = rec("Các đơn vị đã thống nhất nhiệm vụ trọng tâm năm 2025. Sau đó, hội nghị thống nhất các nội dung như sau:\n"
            "1. Ký kết giao ước thi đua năm 2025;\n2. Thống nhất tổ chức kiểm tra chéo vào tháng 11/2025.\n")
    assert "covenant" in kinds(r) and "plan" in kinds(r)


def test_directions_discussed_before_the_agreement_keep_its_items_acts():
    r = rec("Sau khi góp ý vào dự thảo phương hướng năm 2025, các đơn vị thống nhất các nội dung sau:\n"
            "- Ký kết giao ước thi đua năm 2025;\n- Tổ chức kiểm tra chéo vào quý IV.\n")
    assert "covenant" in kinds(r) and "plan" in kinds(r) and "tasks" not in kinds(r)


def test_a_section_beside_the_directions_lead_is_its_own_act():
    r = rec("1. Hội nghị thống nhất các nhiệm vụ trọng tâm năm 2025:\n- Tiếp tục đổi mới phong trào thi đua;\n"
            "- Nâng cao chất lượng khen thưởng.\n2. Các đơn vị trong Khối đã ký kết giao ước thi đua năm 2025 tại hội nghị.\n")
    assert "covenant" in kinds(r)


def test_directions_as_the_purpose_of_the_lead_keep_its_items_acts():
    r = rec("Nhằm hoàn thành tốt nhiệm vụ năm 2025, hội nghị thống nhất:\n"
            "- Các đơn vị ký kết giao ước thi đua năm 2025 ngay tại hội nghị;\n- Tổ chức kiểm tra chéo vào tháng 10.\n")
    assert "covenant" in kinds(r) and "plan" in kinds(r) and "tasks" not in kinds(r)


def test_directions_then_a_second_act_leading_the_list_keep_its_items_acts():
    r = rec("Hội nghị đã thống nhất các mục tiêu, nhiệm vụ năm 2025 và tiến hành các nội dung:\n"
            "- Ký kết giao ước thi đua năm 2025;\n- Bình xét, suy tôn đơn vị dẫn đầu.\n")
    assert "covenant" in kinds(r)


# R162-7
def test_another_body_ranking_the_clusters_is_no_ranking():
    r = rec("Năm 2024, Ban Thi đua - Khen thưởng tỉnh đã bình xét xếp hạng thi đua các Khối thi đua của tỉnh.\n")
    assert "ranking" not in kinds(r)


# R162-8
def test_fronted_duty_of_a_role_is_no_tasks():
    r = rec("Về nhiệm vụ Khối phó năm 2025, các đơn vị thống nhất:\n- Giao Sở Tài chính làm Khối phó.\n")
    assert "tasks" not in kinds(r)


def test_fronted_event_to_organise_is_no_tasks():
    r = rec("Nhiệm vụ đăng cai hội thi năm 2025, hội nghị thống nhất:\n- Giao Sở Giáo dục và Đào tạo đăng cai vào tháng 8.\n")
    assert "tasks" not in kinds(r)


def test_fronted_covenant_targets_is_no_tasks():
    r = rec("Các chỉ tiêu giao ước năm 2025, các thành viên thống nhất:\n- Giữ nguyên 12 chỉ tiêu của năm 2024.\n")
    assert "tasks" not in kinds(r)


def test_fronted_topic_of_the_year_reviewed_is_no_tasks():
    r = rec("Mục tiêu năm 2024, các đại biểu nhất trí:\n- Cơ bản đã hoàn thành.\n")
    assert "tasks" not in kinds(r)


# R163-3
def test_scoring_table_of_targets_is_no_tasks():
    r = rec("Các đơn vị thống nhất thông qua bảng chỉ tiêu chấm điểm thi đua năm 2025.\n")
    assert "tasks" not in kinds(r)


def test_set_of_targets_and_criteria_is_no_tasks():
    r = rec("Hội nghị đã thông qua bộ chỉ tiêu, tiêu chí chấm điểm năm 2025.\n")
    assert "tasks" not in kinds(r)


def test_cross_scoring_through_targets_is_no_tasks():
    r = rec("Các thành viên đã tiến hành chấm điểm chéo lẫn nhau thông qua 20 chỉ tiêu đã đăng ký.\n")
    assert "tasks" not in kinds(r)


def test_ranking_through_targets_is_no_tasks():
    r = rec("Hội nghị đã xếp loại các thành viên thông qua các chỉ tiêu đã đăng ký đầu năm.\n")
    assert "tasks" not in kinds(r)


def test_striving_through_targets_is_no_tasks():
    r = rec("Các đơn vị cam kết nâng cao hiệu quả công tác thông qua những chỉ tiêu cụ thể.\n")
    assert "tasks" not in kinds(r)


def test_targets_passed_then_signed_as_covenant_is_no_tasks():
    r = rec("Các đơn vị thống nhất thông qua 8 chỉ tiêu thi đua năm 2025 và cùng ký kết giao ước thi đua.\n")
    assert "tasks" not in kinds(r)


# (the rules' own causes stay read)
def test_directions_lead_items_and_fronted_topic_still_tasks():
    r = rec("Nhiệm vụ trọng tâm năm 2025, hội nghị thống nhất:\n- Ký kết giao ước thi đua đầu năm 2025;\n"
            "- Tổ chức kiểm tra chéo vào tháng 11/2025.\n")
    assert kinds(r) == ["tasks"]
    r = rec("Hội nghị đã thông qua 06 chỉ tiêu thi đua năm 2025.\n")
    assert kinds(r) == ["tasks"]
