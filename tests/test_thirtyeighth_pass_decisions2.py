"""Thirty-eighth pass, decisions: items of an agreed directions list, 'bình xét xếp hạng', a fronted tasks topic, targets
passed ('thông qua các chỉ tiêu'), and an approval in the meeting's own clause after a discussion. Examples of my own."""
from record_views import kinds

from tdkt_extract import extract

HEAD = "Khối thi đua các sở ngành sơ kết công tác thi đua\nNgày 8/7/2025, Khối thi đua số 4 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.\n"


def rec(body: str) -> dict:
    r = extract(HEAD + body)
    return r if isinstance(r, dict) else r.model_dump() if hasattr(r, "model_dump") else r


# R162-5: items under a lead that agrees on directions are part of the tasks act
def test_items_of_directions_list_are_tasks_not_covenant_or_cross_check():
    r = rec("Hội nghị thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm:\n"
            "1. Thực hiện đủ các nội dung đã ký kết trong giao ước thi đua;\n"
            "2. Tổ chức kiểm tra chéo trước ngày 20/11.\n")
    assert kinds(r) == ["tasks"]


def test_joint_event_item_under_directions_list_stays_plan():
    r = rec("Hội nghị thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm:\n"
            "1. Tổ chức kiểm tra chéo trước ngày 20/11;\n"
            "2. Tổ chức giao lưu bóng chuyền giữa các đơn vị vào tháng 9.\n")
    assert kinds(r) == ["plan", "tasks"]


def test_items_of_a_contents_lead_stay_acts():
    # (negative: a lead that agrees on contents, no directions named: the cross-check item is its own plan)
    r = rec("Hội nghị thống nhất các nội dung sau:\n- Tổ chức kiểm tra chéo trong tháng 11;\n- Tổ chức giao lưu bóng đá vào tháng 9.\n")
    assert "plan" in kinds(r) and "tasks" not in kinds(r)


# R162-7
def test_binh_xet_xep_hang_thi_dua_is_ranking():
    r = rec("Hội nghị đã bình xét xếp hạng thi đua 6 tháng đầu năm 2025.\n")
    assert kinds(r) == ["ranking"]


def test_rules_of_binh_xet_xep_hang_is_no_ranking():
    r = rec("Quy chế bình xét xếp hạng thi đua của Khối được ban hành từ năm 2021.\n")
    assert "ranking" not in kinds(r)


# R162-8
def test_fronted_topic_then_agreement_before_list_is_tasks():
    r = rec("Phương hướng 6 tháng cuối năm, hội nghị thống nhất:\n"
            "a) Hoàn thành các chỉ tiêu đã đề ra;\nb) Đẩy mạnh phong trào thi đua yêu nước.\n")
    assert kinds(r) == ["tasks"]


def test_fronted_duties_of_a_role_is_no_tasks():
    r = rec("Nhiệm vụ của Khối trưởng, hội nghị nhất trí:\n- Đôn đốc các đơn vị gửi báo cáo đúng hạn.\n")
    assert "tasks" not in kinds(r)


def test_fronted_topic_judged_is_no_tasks():
    r = rec("Phương hướng 6 tháng cuối năm, hội nghị đã thống nhất đánh giá: còn nhiều khó khăn.\n")
    assert "tasks" not in kinds(r)


# R163-3
def test_passing_targets_is_tasks():
    r = rec("Các đơn vị thống nhất thông qua các chỉ tiêu thi đua năm 2026.\n")
    assert kinds(r) == ["tasks"]


def test_through_the_targets_is_no_tasks():
    r = rec("Thông qua các chỉ tiêu đã đăng ký, Khối trưởng đánh giá các đơn vị hoàn thành tốt nhiệm vụ.\n")
    assert "tasks" not in kinds(r)
    r = rec("Kết quả được đánh giá thông qua các chỉ tiêu cụ thể của từng sở.\n")
    assert "tasks" not in kinds(r)


def test_passing_covenant_targets_is_approval_not_tasks():
    r = rec("Hội nghị đã thông qua các chỉ tiêu giao ước thi đua năm 2025.\n")
    assert "tasks" not in kinds(r)


# R167-3
def test_meeting_agrees_in_its_own_clause_after_discussion():
    r = rec("Các đại biểu thảo luận, góp ý và hội nghị đã nhất trí thông qua kế hoạch.\n")
    assert kinds(r) == ["approve_report"]


def test_discussion_then_request_is_no_approval():
    r = rec("Các đại biểu góp ý và đề nghị hội nghị sớm thông qua kế hoạch.\n")
    assert "approve_report" not in kinds(r)
    r = rec("Các đại biểu góp ý vào dự thảo kế hoạch và đề nghị Khối trưởng tiếp thu, hoàn thiện.\n")
    assert "approve_report" not in kinds(r)
