"""The thirty-fourth pass (ac): the covenant's content agreed in two more forms (its targets, `chỉ tiêu giao ước`; the
content of the document, `nội dung bản giao ước`), and the acts of a long request to the units asked, not done. Examples
written for these tests."""
from record_views import kinds

LEAD = "Ngày 20/2/2024, Khối thi đua các cơ quan nội chính huyện Yên Lạc tổ chức hội nghị ký kết giao ước thi đua năm 2024. "
REVIEW = "Ngày 8/1/2025, Cụm thi đua số 3 huyện Mỹ Đức tổ chức hội nghị tổng kết công tác thi đua năm 2024. "


def _texts(r: dict, kind: str) -> list:
    return [d["text"] for d in r["decisions"] if d["kind"] == kind]


# --- the covenant's targets agreed ---------------------------------------------------------------------------------


def test_the_covenants_targets_passed_are_its_content_approved(rec):
    r = rec(LEAD + "Các đại biểu đã thông qua các chỉ tiêu giao ước của năm 2024.")
    assert _texts(r, "approve_report") == ["Các đại biểu đã thông qua các chỉ tiêu giao ước của năm 2024"]
    assert "tasks" not in kinds(r)


def test_the_covenants_targets_agreed_with_nhat_tri_or_thong_nhat_are_no_tasks(rec):
    r = rec(REVIEW + "Hội nghị nhất trí với các chỉ tiêu giao ước năm 2025.")
    assert kinds(r) == ["approve_report"]
    r = rec(REVIEW + "Các thành viên thống nhất bộ chỉ tiêu giao ước năm 2025.")
    assert kinds(r) == ["approve_report"]


def test_targets_to_be_met_or_signed_before_are_not_the_covenant_approved(rec):
    # (targets met, carried out or followed: no document agreed)
    r = rec(REVIEW + "Các đơn vị thống nhất phấn đấu hoàn thành các chỉ tiêu giao ước năm 2025.")
    assert "approve_report" not in kinds(r)
    r = rec(REVIEW + "Hội nghị thống nhất thực hiện chỉ tiêu giao ước năm 2025.")
    assert "approve_report" not in kinds(r)
    # (the targets signed before, named as such)
    r = rec(REVIEW + "Hội nghị thông qua các chỉ tiêu giao ước đã ký kết đầu năm.")
    assert "approve_report" not in kinds(r)
    # (a report of their results is no approval of the targets)
    r = rec(REVIEW + "Các đơn vị đã báo cáo kết quả thực hiện các chỉ tiêu giao ước năm 2024.")
    assert "approve_report" not in kinds(r)


def test_the_plain_targets_agreed_stay_tasks(rec):
    # (the period's own targets, no covenant named: directions agreed, annotation.md's `thống nhất + chỉ tiêu`)
    r = rec(REVIEW + "Hội nghị thống nhất các chỉ tiêu thi đua năm 2025.")
    assert kinds(r) == ["tasks"]


# --- the content of the covenant's document agreed -----------------------------------------------------------------


def test_the_content_of_the_covenants_document_passed_under_two_verbs(rec):
    r = rec(REVIEW + "Các đại biểu đã nhất trí thông qua nội dung bản giao ước thi đua năm 2025.")
    assert _texts(r, "approve_report") == ["Các đại biểu đã nhất trí thông qua nội dung bản giao ước thi đua năm 2025"]


def test_the_content_of_the_covenants_document_named_without_an_agreeing_verb_is_none(rec):
    # (carried out, not agreed: no verb of agreement before it)
    r = rec(REVIEW + "Các đơn vị đã thực hiện tốt nội dung bản giao ước thi đua năm 2024.")
    assert "approve_report" not in kinds(r)


# --- a long request to the units -----------------------------------------------------------------------------------


def test_a_launch_in_a_long_request_to_the_units_is_asked_not_done(rec):
    r = rec(LEAD + "Phát biểu chỉ đạo, đồng chí Trần Văn Khải đề nghị các đơn vị trong Khối sớm kiện toàn bộ máy làm công tác "
                   "thi đua, phát động phong trào thi đua ngay từ quý I.")
    assert "other" not in kinds(r)
    r = rec(LEAD + "Kết luận hội nghị, ông Lê Minh Tuấn yêu cầu các cơ quan thành viên tập trung rà soát các chỉ tiêu được giao, "
                   "phát động đợt thi đua cao điểm chào mừng ngày thành lập tỉnh.")
    assert "other" not in kinds(r)


def test_the_meetings_own_act_after_a_request_still_counts(rec):
    # (the request ends where the meeting's own act begins: its agreeing word between)
    r = rec(LEAD + "Đồng chí Trần Văn Khải đề nghị các đơn vị trong Khối sớm kiện toàn bộ máy làm công tác thi đua, hội nghị "
                   "đã thống nhất phát động phong trào thi đua năm 2024.")
    assert "other" in kinds(r)
    # (a launch with no request before it stays the meeting's act)
    r = rec(LEAD + "Tại hội nghị, các đơn vị trong Khối đã phát động phong trào thi đua năm 2024.")
    assert "other" in kinds(r)
