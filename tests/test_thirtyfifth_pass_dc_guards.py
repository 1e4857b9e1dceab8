"""Thirty-fifth pass (dc), guards: the chain of carrying out after 'thống nhất' and the thematic session agreed stay off
ordinary text the code before the pass read right. Examples written for these tests."""
from record_views import kinds

from tdkt_extract import extract

_KHOI = "Ngày 11/1/2025, Khối thi đua các sở kinh tế tỉnh Phú Yên tổ chức hội nghị tổng kết năm 2024.\n"
_TRUONG = "Ngày 20/1/2025, Cụm thi đua số 2 các trường THCS huyện Đức Thọ tổ chức hội nghị sơ kết học kỳ I năm học 2024 - 2025.\n"


def rec(text: str) -> dict:
    return extract(text).model_dump(mode="json")


# --- tasks: the chain of carrying out ------------------------------------------------------------------------------

def test_no_tasks_from_consensus_then_chain():  # dc-1
    r = rec(_KHOI + "Trên tinh thần đồng thuận, thống nhất cùng nhau thực hiện nhiệm vụ chính trị, các sở đã vượt 5 chỉ tiêu.")
    assert "tasks" not in kinds(r)


def test_no_tasks_from_one_heart_then_chain():  # dc-2
    r = rec(_KHOI + "Các sở luôn đồng lòng, thống nhất tập trung thực hiện nhiệm vụ chuyên môn, góp phần phát triển kinh tế tỉnh.")
    assert "tasks" not in kinds(r)


def test_no_tasks_from_two_bodies_coordinating():  # dc-3
    r = rec(_KHOI + "Sở Công Thương và Sở Tài chính đã ký quy chế phối hợp, thống nhất phối hợp thực hiện nhiệm vụ quản lý giá.")
    assert "tasks" not in kinds(r)


def test_members_coordinating_still_tasks():
    r = rec(_KHOI + "Năm 2025, các thành viên thống nhất phối hợp thực hiện 4 nhiệm vụ trọng tâm.")
    assert kinds(r) == ["tasks"]


def test_no_tasks_from_standing_rule_organising():  # dc-4
    r = rec(_KHOI + "Theo quy chế hoạt động, các sở thống nhất tổ chức thực hiện nhiệm vụ kiểm tra chéo hằng quý.")
    assert "tasks" not in kinds(r)


def test_no_tasks_from_standing_rule_focus():  # dc-5
    r = rec(_KHOI + "Theo quy định của Khối, các thành viên thống nhất tập trung thực hiện nhiệm vụ chấm điểm vào tháng 11.")
    assert "tasks" not in kinds(r)


def test_no_core_contents_from_one_heart():  # dc-6
    r = rec(_KHOI + "Các sở đồng lòng, thống nhất thực hiện 5 nội dung thi đua trọng tâm, hoàn thành tốt kế hoạch năm 2024.")
    assert "tasks" not in kinds(r)


def test_no_core_contents_from_two_bodies_coordinating():  # dc-7
    r = rec(_KHOI + "Sở Xây dựng và Sở Giao thông vận tải đã ký chương trình, thống nhất phối hợp thực hiện các nội dung "
            "trọng tâm về quy hoạch.")
    assert "tasks" not in kinds(r)


# --- plan: a thematic session agreed, not one held already ---------------------------------------------------------

def test_no_plan_from_sessions_done_in_the_semester():  # dc-8
    r = rec(_TRUONG + "Trong học kỳ I vừa qua, các trường đã thống nhất tổ chức 03 chuyên đề cấp cụm, đạt hiệu quả tốt.")
    assert "plan" not in kinds(r)


def test_no_plan_from_sessions_since_year_start():  # dc-9
    r = rec(_TRUONG + "Nhóm Ngữ văn các trường đã thống nhất tổ chức sinh hoạt chuyên đề đọc hiểu ngay từ đầu năm học.")
    assert "plan" not in kinds(r)


def test_no_plan_from_last_years_session():  # dc-10
    r = rec(_TRUONG + "Hội nghị thống nhất phương hướng nhiệm vụ học kỳ II.\n"
            "Năm học trước các trường nhất trí tổ chức hội giảng tại Trường THCS Đức Thọ.")
    assert "plan" not in kinds(r)


def test_session_agreed_for_next_semester_still_plan():
    r = rec(_TRUONG + "Trong học kỳ II, các trường thống nhất tổ chức 02 chuyên đề cấp cụm.")
    assert kinds(r) == ["plan"]
