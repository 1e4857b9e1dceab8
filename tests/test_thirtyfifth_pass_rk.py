"""Rankings and their decisions of the thirty-fifth pass (x35rk), each rule on an invented example and a near form it must
not fire on."""
from record_views import kinds, ranks

LEAD = "Ngày 16/12/2025, Khối thi đua các sở, ngành tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2025.\n"


def _ranking_text(r):
    return next(d["text"] for d in r["decisions"] if d["kind"] == "ranking")


# --- a place labelled before a dash, as before a colon ---------------------------------------------------------------------

def test_rank_lines_with_a_hyphen_after_the_place(rec):
    r = rec(LEAD + "Kết quả bỏ phiếu như sau:\nHạng 1 - Sở Nội vụ (9 phiếu)\nHạng 2 - Sở Tài chính (8 phiếu)\n")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Tài chính")]
    assert "ranking" in kinds(r)


def test_rank_lines_with_an_en_dash_and_words(rec):
    r = rec(LEAD + "Kết quả suy tôn:\nThứ nhất – Sở Công Thương\nThứ nhì – Sở Giáo dục và Đào tạo\n")
    assert ranks(r) == [(1, "Sở Công Thương"), (2, "Sở Giáo dục và Đào tạo")]


def test_an_orders_classes_after_a_dash_are_no_ranks(rec):
    r = rec(LEAD + "Hội nghị đề nghị Chủ tịch nước tặng Huân chương Lao động:\nHạng Nhì - Công ty CP Thép Hà Tĩnh;\n"
                   "Hạng Ba - Công ty TNHH Kỳ Anh.\n")
    assert ranks(r) == []


def test_weekdays_after_a_dash_in_a_schedule_are_no_ranks(rec):
    r = rec(LEAD + "Hội nghị thống nhất lịch kiểm tra như sau:\nThứ hai - ngày 22/12: Sở Nội vụ.\nThứ ba - ngày 23/12: Sở Y tế.\n")
    assert ranks(r) == []


# --- a series of units with bare places --------------------------------------------------------------------------------------

def test_bare_places_after_the_units_after_a_leader(rec):
    r = rec(LEAD + "Hội nghị đã bình xét Sở Nội vụ dẫn đầu, Sở Tài chính nhì, Sở Y tế ba.")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Tài chính"), (3, "Sở Y tế")]


def test_bare_places_after_the_units_after_the_report_approved(rec):
    r = rec(LEAD + "Hội nghị đã thông qua báo cáo tổng kết, xếp hạng: huyện Kỳ Anh nhất, huyện Can Lộc nhì và huyện Hương Sơn ba.")
    assert ranks(r) == [(1, "huyện Kỳ Anh"), (2, "huyện Can Lộc"), (3, "huyện Hương Sơn")]
    assert kinds(r) == ["approve_report", "ranking"]


def test_bare_places_before_the_units(rec):
    r = rec(LEAD + "Kết quả bình xét: nhất Sở Nội vụ, nhì Sở Tài chính, ba Sở Y tế.")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Tài chính"), (3, "Sở Y tế")]


def test_a_leader_and_a_count_of_three_is_no_series(rec):
    r = rec(LEAD + "Sở Nội vụ dẫn đầu, Sở Tài chính có ba cá nhân được khen thưởng.")
    assert ranks(r) == [(1, "Sở Nội vụ")]


def test_an_adverb_nhat_is_no_place(rec):
    r = rec(LEAD + "Huyện Kỳ Anh làm tốt nhất, huyện Can Lộc nhì về số hộ thoát nghèo trong tỉnh.")
    assert ranks(r) == []


def test_bare_places_on_a_topic_the_sentence_opens_on_are_no_ranking(rec):
    r = rec(LEAD + "Về tăng trưởng, huyện Kỳ Anh dẫn đầu, huyện Can Lộc nhì, huyện Hương Sơn ba.")
    assert ranks(r) == []


def test_a_place_with_its_rank_word_is_not_cut_by_the_series(rec):
    r = rec(LEAD + "Kết quả bình xét: Sở Nội vụ hạng nhất, Sở Tài chính hạng nhì.")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Tài chính")]


def test_scoring_and_ranking_agreed_together_stay_one_act(rec):
    r = rec(LEAD + "Hội nghị đã thống nhất kết quả chấm điểm, xếp hạng: Sở Nội vụ xếp thứ nhất, Sở Y tế xếp thứ hai.")
    assert kinds(r) == ["ranking"]


# --- a follow-up place on the same business figure -----------------------------------------------------------------------------

BLOC = "Ngày 10/1/2025, Khối thi đua các doanh nghiệp tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2024.\n"


def test_a_second_place_after_one_on_a_budget_figure_is_no_ranking(rec):
    r = rec(BLOC + "Công ty CP Thép Hà Tĩnh đứng thứ nhất về nộp ngân sách với 900 tỷ đồng, Công ty Điện lực Hà Tĩnh đứng thứ hai.")
    assert ranks(r) == []


def test_later_places_after_a_revenue_leader_are_no_ranking(rec):
    r = rec(BLOC + "Công ty Điện lực Hà Tĩnh dẫn đầu về doanh thu, Viettel Hà Tĩnh đứng thứ hai, VNPT Hà Tĩnh đứng thứ ba.")
    assert ranks(r) == []


def test_a_second_place_after_the_most_of_a_figure_is_no_ranking(rec):
    r = rec(BLOC + "Nộp ngân sách nhiều nhất là Công ty CP Thép Hà Tĩnh, Công ty Điện lực Hà Tĩnh đứng thứ hai.")
    assert ranks(r) == []


def test_the_clusters_own_place_after_a_figures_stands(rec):
    r = rec(BLOC + "Công ty Điện lực Hà Tĩnh dẫn đầu về doanh thu, Viettel Hà Tĩnh đứng thứ nhất Khối về thành tích thi đua.")
    assert ranks(r) == [(1, "Viettel Hà Tĩnh")]


def test_a_second_place_after_the_clusters_leader_on_its_emulation_stands(rec):
    r = rec(BLOC + "Viettel Hà Tĩnh dẫn đầu Khối về thành tích thi đua, VNPT Hà Tĩnh đứng thứ hai.")
    assert ranks(r) == [(1, "Viettel Hà Tĩnh"), (2, "VNPT Hà Tĩnh")]


# --- the vote's results opening the proposal ----------------------------------------------------------------------------------

def test_the_vote_results_opening_a_proposal_rank(rec):
    r = rec(LEAD + "Kết quả bình xét, Khối thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Nội vụ.")
    assert kinds(r) == ["award_proposal", "ranking"]


def test_the_vote_results_leading_a_list_of_proposals_rank(rec):
    r = rec(LEAD + "Kết quả bỏ phiếu, Khối thống nhất:\n- Đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Nội vụ.\n"
                   "- Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Y tế.\n")
    assert "ranking" in kinds(r) and _ranking_text(r) == "Kết quả bỏ phiếu, Khối thống nhất"


def test_results_a_proposal_follows_are_no_ranking(rec):
    r = rec(LEAD + "Theo kết quả bình xét năm trước, Khối đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Nội vụ.")
    assert kinds(r) == ["award_proposal"]


def test_the_vote_results_leading_other_matters_are_no_ranking(rec):
    r = rec(LEAD + "Kết quả bình xét, Khối thống nhất:\n- Tiếp tục thực hiện 5 nhiệm vụ trọng tâm năm 2026.\n")
    assert "ranking" not in kinds(r)


# --- a list's ranking act is stated by its lead ----------------------------------------------------------------------------------

def test_a_numbered_lists_ranking_text_is_its_lead(rec):
    r = rec(LEAD + "Kết quả chấm điểm thi đua năm 2025 như sau:\n1. Sở Nội vụ: 97 điểm\n2. Sở Y tế: 95,5 điểm\n")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Y tế")]
    assert _ranking_text(r) == "Kết quả chấm điểm thi đua năm 2025 như sau"


def test_labelled_rows_ranking_text_is_their_lead(rec):
    r = rec(LEAD + "Kết quả bình xét như sau:\nXếp thứ nhất: Sở Nội vụ (97 điểm)\nXếp thứ nhì: Sở Y tế (95 điểm)\n")
    assert _ranking_text(r) == "Kết quả bình xét như sau"


def test_a_sentences_own_ranking_keeps_its_clause(rec):
    r = rec(LEAD + "Kết quả bình xét: Sở Nội vụ xếp thứ nhất, Sở Y tế xếp thứ hai.")
    assert _ranking_text(r).startswith("Kết quả bình xét")
