"""Thirty-sixth pass (dc), follow-up: the key solutions agreed ('thống nhất/nhất trí các giải pháp trọng tâm/chủ yếu') are
the meeting's tasks only where the period ahead of the one reviewed is named - after the object in its clause or opening
the clause - or, with no 'đã' before the verb, a purpose after the object at a review of part of a year (reviews d36a-1,
d36a-2, d36c-1). Examples written for these tests."""
from record_views import kinds

from tdkt_extract import extract

_TK = "Ngày 9/1/2026, Cụm thi đua số 5 các phường nội thành tổ chức hội nghị tổng kết công tác thi đua năm 2025.\n"
_9M = "Ngày 10/10/2025, Khối thi đua các cơ quan tư pháp tỉnh Ninh Bình tổ chức hội nghị sơ kết 9 tháng năm 2025.\n"
_SK = "Ngày 15/7/2025, Cụm thi đua các trường cao đẳng tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2025.\n"


def rec(text: str) -> dict:
    return extract(text).model_dump(mode="json")


# --- the period ahead named after the object -------------------------------------------------------------------------------

def test_next_year_named_after_the_solutions_gives_tasks():
    r = rec(_TK + "Hội nghị nhất trí 6 giải pháp chủ yếu về chuyển đổi số năm 2026.")
    assert kinds(r) == ["tasks"]


def test_the_reviewed_year_named_after_the_solutions_is_no_tasks():
    r = rec(_TK + "Hội nghị nhất trí 6 giải pháp chủ yếu về chuyển đổi số năm 2025.")
    assert "tasks" not in kinds(r)


def test_time_ahead_in_words_gives_tasks():
    r = rec(_TK + "Các đại biểu thống nhất các giải pháp trọng tâm trong thời gian tới.")
    assert kinds(r) == ["tasks"]


def test_rest_of_the_year_at_a_nine_month_review_gives_tasks():
    r = rec(_9M + "Hội nghị thống nhất các giải pháp trọng tâm cho những tháng còn lại của năm 2025.")
    assert kinds(r) == ["tasks"]


def test_second_half_at_a_year_end_review_is_no_tasks():
    r = rec(_TK + "Hội nghị thống nhất các giải pháp trọng tâm trong 6 tháng cuối năm 2025.")
    assert "tasks" not in kinds(r)


def test_a_later_quarter_gives_tasks_the_reviewed_one_not():
    assert kinds(rec(_9M + "Hội nghị thống nhất các giải pháp trọng tâm quý IV/2025.")) == ["tasks"]
    assert "tasks" not in kinds(rec(_9M + "Hội nghị thống nhất các giải pháp trọng tâm quý III/2025."))


def test_a_later_span_of_years_gives_tasks_the_reviewed_one_not():
    assert kinds(rec(_TK + "Hội nghị thống nhất các giải pháp chủ yếu giai đoạn 2026 - 2030.")) == ["tasks"]
    assert "tasks" not in kinds(rec(_TK + "Hội nghị thống nhất các giải pháp chủ yếu giai đoạn 2021 - 2025."))


# --- the solutions of the period reviewed: no period ahead ----------------------------------------------------------------------

def test_solutions_carried_out_judged_are_no_tasks():  # d36a-1
    r = rec(_TK + "Hội nghị thống nhất các giải pháp chủ yếu đã áp dụng trong năm 2025 là phù hợp, hiệu quả.")
    assert "tasks" not in kinds(r)


def test_solutions_carried_out_before_a_later_year_are_no_tasks():
    r = rec(_TK + "Hội nghị thống nhất các giải pháp chủ yếu được áp dụng năm 2025 sẽ tiếp tục trong năm 2026.")
    assert "tasks" not in kinds(r)


def test_solutions_of_the_half_year_reviewed_are_no_tasks():  # d36a-2
    r = rec(_SK + "Các trường đã nhất trí các giải pháp trọng tâm trong năm 2025 ngay sau Tết Nguyên đán.")
    assert "tasks" not in kinds(r)


def test_solutions_agreed_at_the_start_then_results_are_no_tasks():  # d36c-1
    r = rec(_TK + "Các phường trong Cụm đã nhất trí các giải pháp chủ yếu từ quý I, nhờ đó vượt 12/12 chỉ tiêu.")
    assert "tasks" not in kinds(r)


def test_a_purpose_on_the_reviewed_year_opening_the_clause_is_no_tasks():  # d36c-1
    r = rec(_TK + "Nhằm thực hiện thắng lợi kế hoạch năm 2025, các phường đã thống nhất các giải pháp trọng tâm từ đầu năm.")
    assert "tasks" not in kinds(r)


# --- the period ahead opening the clause, a purpose ----------------------------------------------------------------------------

def test_next_year_opening_the_clause_gives_tasks():
    r = rec(_TK + "Năm 2026, các phường trong Cụm nhất trí 4 giải pháp trọng tâm về an sinh xã hội.")
    assert kinds(r) == ["tasks"]


def test_a_purpose_at_a_part_year_review_gives_tasks():
    r = rec(_9M + "Hội nghị nhất trí các giải pháp chủ yếu để hoàn thành chỉ tiêu năm 2025.")
    assert kinds(r) == ["tasks"]


def test_a_purpose_told_as_done_is_no_tasks():
    r = rec(_9M + "Các cơ quan đã nhất trí các giải pháp chủ yếu để hoàn thành chỉ tiêu năm 2025.")
    assert "tasks" not in kinds(r)


def test_a_purpose_on_the_reviewed_year_at_its_review_is_no_tasks():
    r = rec(_TK + "Hội nghị nhất trí các giải pháp chủ yếu để hoàn thành chỉ tiêu năm 2025.")
    assert "tasks" not in kinds(r)


# --- near forms ------------------------------------------------------------------------------------------------------------------

def test_solutions_of_the_report_agreed_for_next_year_give_tasks():
    r = rec(_TK + "Hội nghị nhất trí với các giải pháp chủ yếu mà dự thảo báo cáo đã đề xuất nhằm hoàn thành nhiệm vụ năm 2026.")
    assert kinds(r) == ["tasks"]


def test_solutions_of_a_term_judged_are_no_tasks():
    r = rec(_SK + "Hội nghị thống nhất các giải pháp trọng tâm giai đoạn 2021 - 2026 đã mang lại hiệu quả rõ rệt.")
    assert "tasks" not in kinds(r)


def test_the_reviewed_quarter_judged_is_no_tasks():
    r = rec(_9M + "Các đại biểu thống nhất các giải pháp chủ yếu quý III/2025 là sát thực tế.")
    assert "tasks" not in kinds(r)
