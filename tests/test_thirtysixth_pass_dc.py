"""Thirty-sixth pass (dc): the key solutions agreed as the next period's directions, directions named before a bare
agreement, the host of the cluster's next meeting agreed, and an event's programme that is no document approved.
Examples written for these tests."""
from record_views import decision_texts, kinds

from tdkt_extract import extract

_SK = "Ngày 18/7/2025, Khối thi đua các doanh nghiệp nhà nước tỉnh Phú Thọ tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.\n"
_TK = "Ngày 8/1/2025, Cụm thi đua số 3 các huyện miền núi tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n"


def rec(text: str) -> dict:
    return extract(text).model_dump(mode="json")


# --- tasks: the key solutions of the next period agreed --------------------------------------------------------------

def test_key_solutions_agreed_are_tasks():
    r = rec(_SK + "Các thành viên trong Khối đã nhất trí 4 giải pháp chủ yếu cho quý III và quý IV.")
    assert kinds(r) == ["tasks"]
    assert decision_texts(r, "tasks")[0].endswith("nhất trí 4 giải pháp chủ yếu cho quý III và quý IV")


def test_key_solutions_for_carrying_out_tasks():
    r = rec(_SK + "Hội nghị thống nhất những giải pháp trọng tâm nhằm hoàn thành kế hoạch sản xuất năm 2025.")
    assert kinds(r) == ["tasks"]


def test_solutions_the_units_go_on_with_are_no_tasks():
    r = rec(_SK + "Các đơn vị thống nhất tiếp tục thực hiện các giải pháp trọng tâm đã đề ra từ đầu năm.")
    assert "tasks" not in kinds(r)


def test_solutions_asked_by_a_guest_are_no_tasks():
    r = rec(_SK + "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị Khối thống nhất các giải pháp trọng tâm trong thời gian tới.")
    assert "tasks" not in kinds(r)


def test_unity_with_solutions_is_no_tasks():
    r = rec(_SK + "Các doanh nghiệp luôn đoàn kết, thống nhất các giải pháp trọng tâm trong sản xuất, kinh doanh.")
    assert "tasks" not in kinds(r)


def test_any_solution_set_is_no_tasks():
    r = rec(_SK + "Hội nghị thống nhất các giải pháp kỹ thuật cho dây chuyền mới.")
    assert "tasks" not in kinds(r)


# --- tasks: the directions named before, then agreed with no object ----------------------------------------------------

def test_directions_named_before_bare_agreement():
    r = rec(_TK + "Ông Hà Văn Toàn thay mặt Cụm trưởng trình bày phương hướng năm 2025; hội nghị thống nhất thông qua.")
    assert kinds(r) == ["tasks"]
    assert decision_texts(r, "tasks") == ["hội nghị thống nhất thông qua"]


def test_directions_carried_out_then_report_passed_is_no_tasks():
    r = rec(_TK + "Hội nghị nghe báo cáo kết quả thực hiện phương hướng năm 2024; các thành viên nhất trí thông qua.")
    assert "tasks" not in kinds(r)


def test_bare_agreement_asked_for_is_no_tasks():
    r = rec(_TK + "Hội nghị nghe ông Lò Văn Sơn trình bày phương hướng năm 2025; đồng chí Trưởng ban Thi đua - Khen thưởng"
                  " tỉnh đề nghị hội nghị nhất trí thông qua.")
    assert "tasks" not in kinds(r)


# --- plan: the host of the cluster's next meeting agreed ----------------------------------------------------------------

def test_host_of_next_meeting_agreed_is_plan():
    r = rec(_TK + "Các thành viên nhất trí giao Phòng Văn hóa huyện Yên Lập đăng cai hội nghị sơ kết 6 tháng đầu năm 2025.")
    assert kinds(r) == ["plan"]
    assert "đăng cai hội nghị sơ kết" in decision_texts(r, "plan")[0]


def test_time_and_place_of_hosting_is_no_plan():
    r = rec(_TK + "Hội nghị thống nhất thời gian, địa điểm đăng cai hội nghị sơ kết sẽ do Cụm trưởng thông báo sau.")
    assert "plan" not in kinds(r)


def test_host_asked_by_a_guest_is_no_plan():
    r = rec(_TK + "Đại diện Sở Nội vụ đề nghị các đơn vị thống nhất chọn Phòng Nội vụ huyện Tân Sơn đăng cai hội nghị sơ kết.")
    assert "plan" not in kinds(r)


def test_this_meetings_host_is_no_plan():
    r = rec("Ngày 8/1/2025, UBND huyện Thanh Sơn (Cụm trưởng) đăng cai tổ chức hội nghị tổng kết công tác thi đua năm 2024"
            " của Cụm thi đua số 3.")
    assert "plan" not in kinds(r)


# --- approve_report: an event's programme is no document ----------------------------------------------------------------

def test_event_programme_after_report_passed_is_plan_only():
    r = rec(_TK + "Hội nghị đã nhất trí thông qua báo cáo tổng kết và thống nhất chương trình hội diễn văn nghệ mừng Xuân tại"
                  " huyện Thanh Sơn.")
    assert kinds(r) == ["approve_report", "plan"]


def test_work_programme_after_report_stays_a_document():
    r = rec(_TK + "Hội nghị đã thông qua báo cáo tổng kết và thống nhất chương trình công tác năm 2025 của Cụm.")
    assert kinds(r).count("approve_report") == 2
    assert "plan" not in kinds(r)


def test_host_of_a_meeting_held_already_is_no_plan():
    r = rec(_TK + "Theo Quy chế, Cụm thống nhất UBND huyện Tân Sơn đăng cai hội nghị sơ kết 6 tháng, hội nghị đã diễn ra thành"
                  " công tốt đẹp.")
    assert "plan" not in kinds(r)
