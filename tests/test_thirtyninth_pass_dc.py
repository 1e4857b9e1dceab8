"""Decisions of the thirty-ninth pass (dc): the directions agreed through the filler "nội dung," or a programme of work
counted in key tasks; a charity visit or gift programme as a plan; a draft plan approved, no plan; a bare proposal after
"Đồng thời" in the sentence right after the first; a proposal's recipient described as the leader, no ranking act; invented
examples."""

from record_views import kinds

LEAD = "Ngày 15/12/2024, Cụm thi đua số 6 tỉnh Nam Định tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
MID = "Ngày 30/6/2024, Khối thi đua số 3 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. "


def _acts(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def test_targets_agreed_after_the_filler_noi_dung_are_tasks(rec):
    r = rec(MID + "Các thành viên đã thống nhất nội dung, nhiệm vụ trọng tâm 6 tháng cuối năm 2024.")
    assert kinds(r) == ["tasks"]
    r = rec(MID + "Hội nghị thống nhất nội dung, chỉ tiêu thi đua 6 tháng cuối năm 2024.")
    assert kinds(r) == ["tasks"]
    # the contents alone stay a document's agreement, not directions
    r = rec(MID + "Hội nghị thống nhất nội dung, hình thức tổ chức hội nghị ký kết giao ước năm sau.")
    assert "tasks" not in kinds(r)
    # a role's duties after the filler: the contents agreed stay read as before
    r = rec(MID + "Hội nghị đã thống nhất nội dung, nhiệm vụ của Cụm trưởng năm 2024.")
    assert "approve_report" in kinds(r)


def test_a_programme_of_work_counted_in_key_tasks_is_tasks(rec):
    r = rec(LEAD + "Hội nghị thống nhất chương trình công tác năm 2025 với 4 nhiệm vụ trọng tâm.")
    assert kinds(r) == ["tasks"]
    # the programme of work alone stays a document agreed
    r = rec(LEAD + "Hội nghị thống nhất chương trình công tác năm 2025 của Cụm.")
    assert kinds(r) == ["approve_report"]


def test_a_charity_visit_or_gift_programme_agreed_is_a_plan(rec):
    r = rec(LEAD + "Hội nghị thống nhất tổ chức chương trình thăm, tặng quà các gia đình chính sách tại huyện Hải Hậu "
                   "trong dịp Tết Nguyên đán 2025.")
    assert kinds(r) == ["plan"]
    # gifts given at the meeting itself, no agreement: no act
    r = rec(LEAD + "Nhân dịp này, Cụm đã trao quà cho 10 hộ nghèo của xã Hải Đông.")
    assert "plan" not in kinds(r)
    # a keepsake agreed for the host: a gift alone, no programme
    r = rec(LEAD + "Các đơn vị thống nhất tặng quà lưu niệm cho đơn vị đăng cai hội nghị.")
    assert "plan" not in kinds(r)


def test_a_draft_plan_for_a_contest_passed_is_approve_report(rec):
    r = rec(MID + "Hội nghị thông qua dự thảo Kế hoạch tổ chức hội thao của Khối năm 2024.")
    assert kinds(r) == ["approve_report"]
    r = rec(MID + "Hội nghị thống nhất dự thảo kế hoạch tổ chức giải bóng đá của Khối.")
    assert kinds(r) == ["approve_report"]
    # the event agreed, no draft: a plan
    r = rec(MID + "Hội nghị thống nhất tổ chức hội thao của Khối vào tháng 9/2024.")
    assert kinds(r) == ["plan"]


def test_a_bare_proposal_after_dong_thoi_right_after_the_first_is_an_act_of_its_own(rec):
    r = rec(LEAD + "Hội nghị thống nhất suy tôn huyện Hải Hậu dẫn đầu Cụm, đề nghị UBND tỉnh tặng Cờ thi đua.\n"
                   "Đồng thời đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho huyện Giao Thủy và huyện Xuân Trường.")
    assert [k for k, _ in _acts(r)] == ["ranking", "award_proposal", "award_proposal"]
    assert _acts(r)[2][1].startswith("Đồng thời đề nghị tặng Bằng khen")
    # a guest's sentence between: the "Đồng thời" goes on with the guest's words, no act of the meeting
    r = rec(LEAD + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho huyện Hải Hậu. Phát biểu tại hội nghị, "
                   "ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh ghi nhận kết quả của Cụm. "
                   "Đồng thời đề nghị tặng Bằng khen cho huyện Giao Thủy.")
    assert kinds(r) == ["award_proposal"]
    # the recipients the subject of a passive, no agent stated: no act of its own (the known texts' convention)
    r = rec(LEAD + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho huyện Hải Hậu. "
                   "Huyện Giao Thủy được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert kinds(r) == ["award_proposal"]


def test_a_proposal_recipient_described_as_the_leader_is_no_ranking_act(rec):
    r = rec(LEAD + "Các đơn vị thống nhất đề nghị UBND tỉnh tặng Bằng khen cho huyện Giao Thủy; đề nghị tặng Cờ thi đua "
                   "cho huyện Hải Hậu là đơn vị dẫn đầu Cụm.")
    assert kinds(r) == ["award_proposal"]
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "huyện Hải Hậu")]
    # the choice told in the sentence: the ranking act stays
    r = rec(LEAD + "Qua bình xét, các đơn vị thống nhất đề nghị tặng Cờ thi đua cho huyện Hải Hậu là đơn vị dẫn đầu Cụm.")
    assert "ranking" in kinds(r)
