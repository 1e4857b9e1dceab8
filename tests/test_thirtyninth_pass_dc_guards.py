"""Guards on the thirty-ninth pass (dc) decisions: near forms in ordinary articles that the new rules read wrongly (the
filler "nội dung," before past targets, scoring criteria, a covenant's targets or a contest's arrangements; a programme of
work passed, or joined with "với" by a verb; a draft plan being drafted; a choice told before a proposal's leader; the same
proposal told again after "Đồng thời"; a past gift programme praised); invented examples."""

from record_views import kinds

END = "Ngày 21/12/2023, Cụm thi đua số 9 tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "


def _acts(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def test_past_targets_after_the_filler_noi_dung_are_no_tasks(rec):
    # dc-1
    r = rec(END + "Các thành viên thống nhất nội dung, chỉ tiêu thi đua năm 2023 mà Cụm đã hoàn thành vượt mức.")
    assert "tasks" not in kinds(r)
    assert kinds(r) == ["approve_report"]


def test_scoring_criteria_after_the_filler_noi_dung_are_a_document(rec):
    # dc-2
    r = rec(END + "Hội nghị thống nhất nội dung, chỉ tiêu chấm điểm, xếp loại thi đua năm 2024 của Cụm.")
    assert kinds(r) == ["approve_report"]


def test_a_covenants_targets_after_the_filler_noi_dung_are_its_content_approved(rec):
    # dc-3
    r = rec(END + "Các đơn vị thống nhất nội dung, chỉ tiêu thi đua được đưa vào Bản giao ước năm 2024.")
    assert "approve_report" in kinds(r)
    assert "tasks" not in kinds(r)


def test_a_contests_targets_and_form_after_the_filler_noi_dung_are_no_tasks(rec):
    # dc-4
    r = rec(END + "Hội nghị thống nhất nội dung, chỉ tiêu, thời gian tổ chức hội thi cán bộ công đoàn giỏi năm 2024.")
    assert "tasks" not in kinds(r)


def test_a_programme_of_work_passed_with_its_key_tasks_keeps_its_act(rec):
    # dc-5
    r = rec(END + "Các thành viên đã thông qua Chương trình công tác năm 2024 với 6 nhiệm vụ trọng tâm.")
    assert kinds(r) == ["approve_report"]


def test_a_programme_of_work_joined_to_tasks_by_a_verb_is_a_document(rec):
    # dc-6
    r = rec(END + "Hội nghị thống nhất chương trình công tác năm 2024 gắn liền với nhiệm vụ chính trị của từng đơn vị.")
    assert kinds(r) == ["approve_report"]


def test_a_draft_plan_to_be_drafted_for_an_event_agreed_is_a_plan(rec):
    # dc-7
    r = rec(END + "Hội nghị thống nhất giao Trường Đại học Hà Tĩnh soạn thảo dự thảo Kế hoạch tổ chức Hội diễn văn nghệ "
                  "của Cụm năm 2024.")
    assert kinds(r) == ["plan"]


def test_a_choice_told_before_a_proposals_leader_keeps_the_ranking_act(rec):
    # dc-8
    r = rec(END + "Trên cơ sở chấm điểm, xét chọn, Cụm thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho huyện Kỳ Anh "
                  "là địa phương dẫn đầu Cụm.")
    assert sorted(kinds(r)) == ["award_proposal", "ranking"]


def test_the_same_proposal_told_again_after_dong_thoi_is_one_act(rec):
    # dc-9
    r = rec(END + "Hội nghị thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho huyện Can Lộc.\n"
                  "Đồng thời đề nghị tặng Bằng khen cho huyện Can Lộc là đơn vị dẫn đầu Cụm.")
    assert kinds(r).count("award_proposal") == 1
    # another award for the same unit is a further act
    r = rec(END + "Hội nghị thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho huyện Can Lộc.\n"
                  "Đồng thời đề nghị Thủ tướng Chính phủ tặng Cờ thi đua cho huyện Can Lộc.")
    assert kinds(r).count("award_proposal") == 2


def test_a_past_gift_programme_praised_is_no_plan(rec):
    # dc-10
    r = rec(END + "Các đơn vị thống nhất ghi nhận chương trình tặng quà học sinh nghèo mà Cụm đã triển khai trong năm.")
    assert "plan" not in kinds(r)
