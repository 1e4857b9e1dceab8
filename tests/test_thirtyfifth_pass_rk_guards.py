"""Guards for the thirty-fifth pass rankings (x35rk): ordinary text the branch's new rules misread, each narrowed in general
terms (review rv35/rk)."""
from record_views import kinds, ranks

LEAD = "Ngày 20/12/2025, Cụm thi đua các huyện, thị xã tỉnh Bình Định tổ chức hội nghị tổng kết công tác thi đua năm 2025.\n"
BLOC = "Ngày 12/1/2026, Khối thi đua các doanh nghiệp tỉnh Bình Định tổ chức hội nghị tổng kết năm 2025.\n"


def _ranking_text(r):
    return next(d["text"] for d in r["decisions"] if d["kind"] == "ranking")


# rk-1: a row's place given to a person, the unit after the name the person's own
def test_rank_rows_of_people_after_a_dash_are_no_units_ranked(rec):
    r = rec(LEAD + "Kết quả bình chọn tuyên truyền viên giỏi như sau:\nHạng 1 - bà Trần Thị Lan, huyện Tuy Phước\n"
                   "Hạng 2 - ông Phạm Văn Đức, thị xã An Nhơn\n")
    assert ranks(r) == []


# rk-2: bare places on an index's board
def test_bare_places_on_an_index_board_are_no_ranking(rec):
    r = rec(LEAD + "Theo bảng xếp hạng chỉ số PAR Index năm 2024, huyện Tuy Phước nhất, thị xã An Nhơn nhì, huyện Phù Cát ba.")
    assert ranks(r) == []


# rk-3: bare places in a field, no ranking act stated
def test_bare_places_in_a_field_without_the_act_add_no_places(rec):
    r = rec(LEAD + "Ở lĩnh vực xây dựng nông thôn mới, huyện Phù Mỹ dẫn đầu, huyện Tây Sơn nhì, huyện Hoài Ân ba.")
    assert (2, "huyện Tây Sơn") not in ranks(r) and (3, "huyện Hoài Ân") not in ranks(r)


# rk-4: a first place agreed by the meeting after a figure's clause begins another ranking
def test_a_first_place_agreed_after_a_figures_clause_stands(rec):
    r = rec(BLOC + "Với thành tích dẫn đầu về nộp ngân sách, Công ty CP Cảng Quy Nhơn được các đơn vị thống nhất xếp thứ nhất, "
                   "Công ty Điện lực Bình Định xếp thứ hai.")
    assert ranks(r) == [(1, "Công ty CP Cảng Quy Nhơn"), (2, "Công ty Điện lực Bình Định")]


# rk-5: the ranking's own noun after a figure's place
def test_the_ranking_named_after_a_figures_place_stands(rec):
    r = rec(BLOC + "Công ty CP Cảng Quy Nhơn dẫn đầu về doanh thu với 2.100 tỷ đồng, kết quả xếp hạng chung: Viettel Bình Định "
                   "xếp thứ nhất, VNPT Bình Định xếp thứ hai.")
    assert ranks(r) == [(1, "Viettel Bình Định"), (2, "VNPT Bình Định")]


# rk-6: a lead on the emulation itself is no business figure
def test_later_places_after_a_lead_on_emulation_points_stand(rec):
    r = rec(LEAD + "Thị xã An Nhơn dẫn đầu về tổng điểm thi đua, huyện Tuy Phước xếp thứ hai, huyện Phù Cát xếp thứ ba.")
    assert (2, "huyện Tuy Phước") in ranks(r) and (3, "huyện Phù Cát") in ranks(r)


# rk-7: the same with "đứng thứ nhất về" the emulation's criteria
def test_a_second_place_after_a_first_on_the_emulation_criteria_stands(rec):
    r = rec(LEAD + "Huyện Tây Sơn đứng thứ nhất về kết quả thực hiện tiêu chí thi đua với 97 điểm, huyện Hoài Nhơn đứng thứ hai "
                   "với 95 điểm.")
    assert (2, "huyện Hoài Nhơn") in ranks(r)


# rk-8: the vote's results of another year opening a proposal
def test_an_earlier_years_vote_results_opening_a_proposal_are_no_ranking(rec):
    r = rec(LEAD + "Kết quả bình xét năm 2022, Cụm đã đề nghị UBND tỉnh tặng Cờ thi đua cho huyện Phù Mỹ.")
    assert "ranking" not in kinds(r)


# rk-9: a guest's words leading the rows are no statement of the act
def test_a_guests_sentence_leading_the_rows_is_not_the_rankings_text(rec):
    r = rec(LEAD + "Ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh ghi nhận kết quả chấm điểm của Cụm, cụ thể:\n"
                   "1. Thị xã An Nhơn: 96 điểm\n2. Huyện Tuy Phước: 94,5 điểm\n")
    assert "ranking" in kinds(r) and not _ranking_text(r).startswith("Ông Nguyễn Văn Hải")
