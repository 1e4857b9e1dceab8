"""Thirty-eighth pass, decisions and rankings (x38dc): subject-less proposals each an act, inline "(1) ...; (2) ..." items
after an agreeing lead, a guest's request to units named by their kind, rank labels with a digit and a dash; each on an
invented example, with a near form the rule must not fire on."""
from record_views import decision_texts, kinds, ranks

LEAD = "Ngày 14/12/2023, Cụm thi đua số 2 tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "


# R159-1: a proposal that opens its own sentence or list item is an act of its own
def test_successive_proposal_items_are_each_a_decision(rec):
    r = rec(LEAD + "Hội nghị đã thống nhất:\n1. Đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Nga Sơn.\n"
            "2. Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho UBND huyện Hậu Lộc.")
    assert decision_texts(r, "award_proposal") == ["Đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Nga Sơn",
                                                   "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho UBND huyện Hậu Lộc"]


def test_successive_proposal_sentences_are_each_a_decision(rec):
    r = rec(LEAD + "Đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Nga Sơn. Đề xuất Chủ tịch UBND tỉnh tặng Bằng khen cho "
            "UBND huyện Hậu Lộc và UBND huyện Hoằng Hóa.")
    assert kinds(r) == ["award_proposal", "award_proposal"]


def test_two_proposals_in_one_sentence_stay_one_decision(rec):
    r = rec(LEAD + "Đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Nga Sơn; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho "
            "UBND huyện Hậu Lộc.")
    assert kinds(r) == ["award_proposal"]


def test_a_later_subjectless_request_with_no_award_named_is_no_further_proposal(rec):
    r = rec(LEAD + "Đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Nga Sơn. Đề nghị Ban Thi đua - Khen thưởng tỉnh sớm "
            "ban hành hướng dẫn về việc tặng Bằng khen.")
    assert kinds(r) == ["award_proposal"]


def test_a_later_proposal_with_a_subject_of_its_own_is_no_further_act(rec):
    r = rec(LEAD + "Đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Nga Sơn. Ông Lê Văn Nam, Phó Giám đốc Sở Nội vụ đề nghị "
            "UBND tỉnh tặng Bằng khen cho các tập thể tiêu biểu.")
    assert kinds(r) == ["award_proposal"]


# R159-2: inline numbered items after an agreeing lead
def test_inline_parenthesised_items_after_an_agreeing_lead_are_each_read(rec):
    r = rec(LEAD + "Hội nghị đã thống nhất các nội dung sau: (1) thông qua báo cáo tổng kết năm 2023; (2) tổ chức hội thao "
            "giữa các đơn vị trong quý II/2024.")
    assert kinds(r) == ["approve_report", "plan"]
    assert decision_texts(r, "plan") == ["tổ chức hội thao giữa các đơn vị trong quý II/2024"]
    r = rec(LEAD + "Hội nghị nhất trí: 1) thông qua báo cáo tổng kết năm 2023; 2) tổ chức giao lưu văn nghệ vào tháng 3/2024.")
    assert kinds(r) == ["approve_report", "plan"]


def test_inline_items_under_a_lead_that_does_not_agree_give_no_plan(rec):
    # (a review of the year's work, numbered: what was done, no act of this meeting)
    r = rec(LEAD + "Năm 2023, các đơn vị đã thực hiện tốt các nội dung: (1) tuyên truyền pháp luật; (2) tổ chức hội thao "
            "chào mừng ngày thành lập ngành.")
    assert "plan" not in kinds(r)


# R158-2: a guest's request to the units, named by their kind, is advice
def test_a_guests_request_to_the_districts_about_launching_is_no_decision(rec):
    r = rec(LEAD + "Bà Trần Thị Hoa, Phó Trưởng ban Thi đua - Khen thưởng tỉnh đề nghị các huyện tiếp tục đổi mới hình thức "
            "phát động thi đua.")
    assert r["decisions"] == []
    r = rec(LEAD + "Phát biểu tại hội nghị, ông Lê Văn Nam ghi nhận kết quả đạt được, đồng thời đề nghị các sở, ngành đổi mới "
            "nội dung, hình thức phát động thi đua.")
    assert r["decisions"] == []


def test_the_meetings_own_launch_after_a_guests_request_is_still_read(rec):
    r = rec(LEAD + "Bà Trần Thị Hoa đề nghị các huyện tiếp tục đổi mới công tác khen thưởng. Dịp này, Cụm đã phát động phong "
            "trào thi đua năm 2024.")
    assert kinds(r) == ["other"]


# R157-2: a rank label with a digit and a dash before the unit
def test_rank_labels_with_a_digit_and_a_dash_are_read(rec):
    r = rec(LEAD + "Kết quả xếp hạng thi đua năm 2023 của Cụm: hạng 1 - Sở Tài chính; hạng 2 - Sở Xây dựng; hạng 3 - Sở Y tế.")
    assert ranks(r) == [(1, "Sở Tài chính"), (2, "Sở Xây dựng"), (3, "Sở Y tế")]
    assert "ranking" in kinds(r)


def test_digit_labels_of_a_contest_or_out_of_order_give_no_ranking(rec):
    r = rec(LEAD + "Sau hội nghị, các đơn vị tham gia giao lưu bóng chuyền. Kết quả xếp hạng: hạng 1 - Sở Tài chính; hạng 2 - "
            "Sở Xây dựng.")
    assert ranks(r) == []
    r = rec(LEAD + "Kết quả xếp hạng thi đua của Cụm: hạng 2 - Sở Tài chính; hạng 3 - Sở Xây dựng.")
    assert ranks(r) == []


def test_items_spelling_out_a_leads_own_proposal_stay_one_act(rec):
    r = rec(LEAD + "Hội nghị đã bình xét và thống nhất đề nghị khen thưởng:\n- Đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện "
            "Nga Sơn.\n- Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho UBND huyện Hậu Lộc.")
    assert "award_proposal" in kinds(r) and kinds(r).count("award_proposal") == 1


def test_a_speakers_subjectless_item_after_the_meetings_proposal_is_no_further_act(rec):
    r = rec(LEAD + "Hội nghị đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Nga Sơn.\nPhát biểu tại hội nghị, ông Lê Văn Nam, "
            "Phó Trưởng ban Thi đua - Khen thưởng tỉnh nêu rõ:\n- Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho các cá nhân có "
            "thành tích xuất sắc.")
    assert kinds(r) == ["award_proposal"]
