"""Thirty-sixth pass (dc), guards: near forms of the x36dc rules that misfired on ordinary text (review rv36/dc) - the host
of this or an earlier meeting, a host or solutions agreed in the period reviewed, a document's name taken for the host, the
key solutions judged or named as a manner, another document agreed after the directions, and an event's programme passed
alone. Examples written for these tests."""
from record_views import kinds

from tdkt_extract import extract

_TK = "Ngày 12/1/2025, Cụm thi đua số 2 các huyện miền núi tỉnh Lào Cai tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n"
_SK = "Ngày 20/7/2025, Khối thi đua các sở, ngành tỉnh Yên Bái tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2025.\n"


def rec(text: str) -> dict:
    return extract(text).model_dump(mode="json")


# --- plan: the host agreed (dc-1 .. dc-5) ---------------------------------------------------------------------------------

def test_host_of_this_years_review_is_no_plan():  # dc-1
    r = rec(_TK + "Thực hiện Quy chế, các đơn vị đã thống nhất UBND huyện Bát Xát đăng cai hội nghị tổng kết năm 2024 của Cụm.")
    assert "plan" not in kinds(r)


def test_host_of_this_half_years_review_is_no_plan():  # dc-2
    r = rec(_SK + "Các thành viên đã nhất trí Sở Công Thương đăng cai hội nghị sơ kết 6 tháng đầu năm 2025 theo phân công.")
    assert "plan" not in kinds(r)


def test_host_agreed_in_the_half_year_reviewed_is_no_plan():  # dc-3
    r = rec(_TK + "6 tháng đầu năm, Cụm thống nhất UBND huyện Mường Khương đăng cai hội nghị sơ kết; hội nghị diễn ra an toàn.")
    assert "plan" not in kinds(r)


def test_host_of_a_training_held_months_before_is_no_plan():  # dc-4
    r = rec(_TK + "Cụm thống nhất Phòng Nội vụ huyện Si Ma Cai đăng cai hội nghị tập huấn công tác khen thưởng vào tháng 9/2024.")
    assert "plan" not in kinds(r)


def test_host_of_next_years_half_year_review_stays_a_plan():
    r = rec(_TK + "Hội nghị thống nhất UBND huyện Bảo Thắng đăng cai hội nghị sơ kết 6 tháng đầu năm 2025.")
    assert kinds(r) == ["plan"]


def test_rota_plan_document_is_an_approval_not_a_host():  # dc-5
    r = rec(_TK + "Hội nghị nhất trí Kế hoạch phân công đăng cai các hội nghị của Cụm năm 2025.")
    assert kinds(r) == ["approve_report"]


# --- tasks: the key solutions (dc-6 .. dc-10) ---------------------------------------------------------------------------------

def test_key_solutions_judged_are_no_tasks():  # dc-6
    r = rec(_SK + "Các thành viên thống nhất đánh giá những giải pháp trọng tâm của quý II đã phát huy hiệu quả.")
    assert "tasks" not in kinds(r)


def test_opinion_on_key_solutions_is_no_tasks():  # dc-7
    r = rec(_SK + "Hội nghị nhất trí rằng các giải pháp chủ yếu được các sở triển khai kịp thời.")
    assert "tasks" not in kinds(r)


def test_key_solutions_agreed_in_the_year_reviewed_are_no_tasks():  # dc-8
    r = rec(_TK + "Ngay từ quý I/2024, các đơn vị trong Cụm đã nhất trí 3 giải pháp chủ yếu về chuyển đổi số.")
    assert "tasks" not in kinds(r)


def test_key_solutions_for_the_next_half_year_stay_tasks():
    r = rec(_SK + "6 tháng cuối năm, các sở trong Khối thống nhất 3 giải pháp trọng tâm về cải cách hành chính.")
    assert kinds(r) == ["tasks"]


def test_solutions_carried_out_as_one_are_no_tasks():  # dc-9
    r = rec(_SK + "Các sở thực hiện quyết liệt, đồng bộ, thống nhất các giải pháp chủ yếu trong quản lý ngân sách.")
    assert "tasks" not in kinds(r)


def test_solutions_held_in_common_are_no_tasks():  # dc-10
    r = rec(_SK + "Nhờ đồng tâm, nhất trí các giải pháp trọng tâm, Khối đã hoàn thành kế hoạch 6 tháng.")
    assert "tasks" not in kinds(r)


# --- tasks: the bare agreement after the directions (dc-11, dc-12) ---------------------------------------------------------

def test_other_document_agreed_after_directions_discussed_is_no_tasks():  # dc-11
    r = rec(_TK + "Các đại biểu góp ý phương hướng năm 2025, tiếp đó Cụm phó trình bày dự thảo Bảng chấm điểm thi đua, hội nghị"
                  " thống nhất thông qua.")
    assert kinds(r) == ["approve_report"]


def test_report_agreed_after_directions_done_is_no_tasks():  # dc-12
    r = rec(_TK + "Các đơn vị đã hoàn thành phương hướng năm 2024 đề ra, báo cáo tổng kết của Cụm được hội nghị biểu quyết thông qua.")
    assert kinds(r) == ["approve_report"]


# --- approve_report: an event's programme passed alone (dc-13) --------------------------------------------------------------

def test_event_programme_passed_alone_stays_an_approval():  # dc-13
    r = rec(_TK + "Hội nghị thông qua chương trình hội thao chào mừng ngày thành lập Đảng của Cụm.")
    assert kinds(r) == ["approve_report"]
