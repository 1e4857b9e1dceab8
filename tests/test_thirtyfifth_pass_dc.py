"""Thirty-fifth pass (dc): decisions read through a chain of carrying out, a thematic session agreed, and a decision's
clause that ends before the meeting's venue. Examples written for these tests."""
from record_views import kinds

from tdkt_extract import extract

_KHOI = "Ngày 9/1/2026, Khối thi đua các cơ quan tham mưu tỉnh Ninh Thuận tổ chức hội nghị tổng kết năm 2025.\n"
_TRUONG = "Ngày 16/1/2025, Cụm thi đua số 4 các trường THPT tỉnh Hà Tĩnh tổ chức hội nghị sơ kết học kỳ I năm học 2024 - 2025.\n"


def rec(text: str) -> dict:
    return extract(text).model_dump(mode="json")


def texts(r: dict, kind: str) -> list:
    return [d["text"] for d in r["decisions"] if d["kind"] == kind]


# --- tasks: a chain of carrying out between "thống nhất" and the directions -----------------------------------------

def test_tasks_through_focus_chain_counted():
    r = rec(_KHOI + "Năm 2026, các thành viên thống nhất tập trung thực hiện 4 nhiệm vụ trọng tâm.")
    assert kinds(r) == ["tasks"]
    assert texts(r, "tasks")[0].endswith("thống nhất tập trung thực hiện 4 nhiệm vụ trọng tâm")


def test_tasks_through_deploy_chain():
    r = rec(_KHOI + "Hội nghị thống nhất triển khai thực hiện các nhiệm vụ trọng tâm năm 2026 như sau.")
    assert kinds(r) == ["tasks"]


def test_tasks_core_contents_through_chain():
    r = rec(_KHOI + "Về phương hướng năm 2026, Khối thống nhất cùng nhau thực hiện 6 nội dung thi đua trọng tâm.")
    assert kinds(r) == ["tasks"]


def test_no_tasks_when_going_on_doing():
    # what the units go on doing is no direction agreed (annotation.md)
    r = rec(_KHOI + "Các đơn vị thống nhất tiếp tục thực hiện các nhiệm vụ đã đề ra trong quy chế.")
    assert "tasks" not in kinds(r)


def test_no_tasks_from_unity_of_the_year():
    r = rec(_KHOI + "Trong năm, các đơn vị luôn đoàn kết, thống nhất tập trung thực hiện nhiệm vụ chuyên môn.")
    assert "tasks" not in kinds(r)


def test_no_tasks_from_guest_advice_with_chain():
    r = rec(_KHOI + "Phát biểu chỉ đạo, ông Nguyễn Văn Hải, Phó Trưởng ban Thi đua - Khen thưởng tỉnh đề nghị các đơn vị "
            "thống nhất tập trung thực hiện 5 nhiệm vụ trọng tâm.")
    assert "tasks" not in kinds(r)


def test_no_tasks_from_past_year_work_with_chain():
    r = rec(_KHOI + "Năm 2025, các đơn vị trong Khối đã thống nhất tập trung thực hiện các nhiệm vụ chính trị được giao, "
            "đạt nhiều kết quả.")
    assert "tasks" not in kinds(r)


# --- plan: a thematic session (chuyên đề) or a teaching fair agreed -------------------------------------------------

def test_plan_thematic_session_agreed():
    r = rec(_TRUONG + "Hội nghị thống nhất tổ chức chuyên đề nâng cao chất lượng ôn thi tốt nghiệp tại Trường THPT Can Lộc "
            "vào tháng 3.")
    assert kinds(r) == ["plan"]
    assert texts(r, "plan")[0].startswith("Hội nghị thống nhất tổ chức chuyên đề nâng cao chất lượng")


def test_plan_counted_sessions_by_turn():
    r = rec(_TRUONG + "Các trường nhất trí luân phiên tổ chức 02 chuyên đề cấp cụm trong học kỳ II.")
    assert kinds(r) == ["plan"]


def test_plan_teaching_fair_agreed():
    r = rec(_TRUONG + "Hội nghị thống nhất tổ chức hội giảng cấp cụm vào tháng 3.")
    assert kinds(r) == ["plan"]


def test_no_plan_from_thematic_emulation():
    r = rec(_TRUONG + "Hội nghị thống nhất tổ chức thi đua theo chuyên đề chào mừng ngày Nhà giáo Việt Nam 20/11.")
    assert "plan" not in kinds(r)
    r = rec(_TRUONG + "Các trường nhất trí tổ chức chuyên đề thi đua lập thành tích chào mừng năm học mới.")
    assert "plan" not in kinds(r)


def test_no_plan_from_another_body_or_past_sessions():
    r = rec(_TRUONG + "Sở Giáo dục và Đào tạo dự kiến tổ chức chuyên đề cấp tỉnh vào tháng 3.")
    assert "plan" not in kinds(r)
    r = rec(_TRUONG + "Trong học kỳ I, các trường đã tổ chức 8 chuyên đề cấp cụm, thu hút đông đảo giáo viên tham gia.")
    assert "plan" not in kinds(r)


def test_thematic_report_agreed_is_no_plan():
    r = rec(_TRUONG + "Hội nghị thống nhất nội dung báo cáo chuyên đề của Cụm.")
    assert "plan" not in kinds(r)


# --- a decision's clause ends before the meeting's venue ------------------------------------------------------------

def test_covenant_clause_ends_before_venue():
    r = rec("Ngày 12/01/2024, Khối thi đua các cơ quan nội chính tỉnh Bạc Liêu tổ chức hội nghị tổng kết năm 2023 "
            "và ký kết giao ước thi đua năm 2024 tại Hội trường Tòa án nhân dân tỉnh.")
    assert r["meeting"]["venue"] == "Hội trường Tòa án nhân dân tỉnh"
    assert texts(r, "covenant") == ["ký kết giao ước thi đua năm 2024"]


def test_covenant_of_signing_meeting_ends_before_venue_and_aside():
    r = rec("Sáng 20/2/2025, Cụm thi đua số 3 tỉnh Quảng Ngãi tổ chức lễ ký kết giao ước thi đua năm 2025 tại "
            "Sở Tư pháp, dưới sự chủ trì của ông Lê Văn Tâm.")
    assert texts(r, "covenant")[0].endswith("ký kết giao ước thi đua năm 2025")


def test_planned_event_keeps_its_place():
    # the place told after an event planned is the event's (a plan), not cut as the meeting's venue
    r = rec("Ngày 10/1/2025, Cụm thi đua số 5 tỉnh Nghệ An tổ chức hội nghị tổng kết năm 2024 và thống nhất tổ chức "
            "hội thao tại Trường Chính trị tỉnh.")
    assert texts(r, "plan") == ["thống nhất tổ chức hội thao tại Trường Chính trị tỉnh"]


def test_venue_before_the_act_leaves_its_clause():
    r = rec("Ngày 13/01/2023, tại Văn phòng UBND tỉnh, Khối thi đua các cơ quan tổng hợp tỉnh Cà Mau tổ chức Hội nghị "
            "tổng kết năm 2022 và ký kết giao ước thi đua năm 2023.")
    assert texts(r, "covenant") == ["ký kết giao ước thi đua năm 2023"]
