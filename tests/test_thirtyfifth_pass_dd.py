"""Rankings of the thirty-fifth pass's differential review (x35dd), each rule on an invented example and a near form it must
not fire on: the cluster's own score or votes after "về" are its ranking, no business figure (DD-1)."""
from record_views import kinds, ranks

LEAD = "Ngày 20/12/2025, Khối thi đua các sở, ngành tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác thi đua năm 2025.\n"


# --- DD-1: a first place on the cluster's own score or votes ---------------------------------------------------------------

def test_a_lead_on_the_total_score_keeps_its_places(rec):
    r = rec(LEAD + "Kết quả chấm điểm, Sở Công Thương dẫn đầu về tổng điểm với 97,5 điểm, Sở Tài chính đứng thứ hai với "
                   "96,8 điểm, Sở Xây dựng đứng thứ ba với 95,2 điểm.")
    assert ranks(r) == [(1, "Sở Công Thương"), (2, "Sở Tài chính"), (3, "Sở Xây dựng")]
    assert "ranking" in kinds(r)


def test_a_first_place_on_the_votes_keeps_its_places(rec):
    r = rec(LEAD + "Qua bỏ phiếu bình xét, Sở Nội vụ đứng thứ nhất về số phiếu, Sở Y tế đứng thứ hai, Thanh tra tỉnh đứng "
                   "thứ ba.")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Y tế"), (3, "Thanh tra tỉnh")]


def test_a_lead_on_the_ballots(rec):
    r = rec(LEAD + "Kết quả bỏ phiếu, Sở Tư pháp dẫn đầu về phiếu bầu với 11 phiếu, Sở Nội vụ xếp thứ hai với 9 phiếu.")
    assert ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Nội vụ")]
    assert "ranking" in kinds(r)


def test_a_lead_on_a_business_figure_still_drops_the_places_after_it(rec):
    r = rec(LEAD + "Qua chấm điểm, Sở Công Thương dẫn đầu về doanh thu dịch vụ, Sở Tài chính đứng thứ hai, Sở Xây dựng "
                   "đứng thứ ba.")
    assert ranks(r) == []


def test_a_first_place_on_an_indexs_score_is_no_ranking(rec):
    r = rec(LEAD + "Qua chấm điểm, Sở Nội vụ đứng thứ nhất về điểm số chỉ số cải cách hành chính, Sở Y tế đứng thứ hai, "
                   "Thanh tra tỉnh đứng thứ ba.")
    assert ranks(r) == []
