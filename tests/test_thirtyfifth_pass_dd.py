"""Rankings of the thirty-fifth pass's differential review (x35dd), each rule on an invented example and a near form it must
not fire on: the cluster's own score or votes after "về" are its ranking, no business figure (DD-1); a series of bare places
parts at "và" only where a unit or a place follows or its place closes, and ranks no name's tail (DD-2)."""
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


# --- DD-2: a series of bare places keeps a unit's "và" --------------------------------------------------------------------

def test_a_series_keeps_a_protected_name_with_commas_and_va(rec):
    r = rec(LEAD + "Qua bình xét, Sở Văn hóa, Thể thao và Du lịch dẫn đầu, Sở Nội vụ nhì, Sở Y tế ba.")
    assert ranks(r) == [(1, "Sở Văn hóa, Thể thao và Du lịch"), (2, "Sở Nội vụ"), (3, "Sở Y tế")]


def test_a_series_keeps_a_protected_name_with_va_before_nhat(rec):
    r = rec(LEAD + "Qua bình xét, Sở Lao động, Thương binh và Xã hội nhất, Sở Tài chính nhì, Sở Y tế ba.")
    assert ranks(r) == [(1, "Sở Lao động, Thương binh và Xã hội"), (2, "Sở Tài chính"), (3, "Sở Y tế")]


def test_a_series_keeps_a_companys_name_with_va(rec):
    r = rec(LEAD + "Hội nghị bình xét Công ty CP Xây dựng và Thương mại Hòa Bình dẫn đầu, Công ty Điện lực Hòa Bình nhì, "
                   "Công ty CP Cấp nước Hòa Bình ba.")
    assert ranks(r) == [(1, "Công ty CP Xây dựng và Thương mại Hòa Bình"), (2, "Công ty Điện lực Hòa Bình"),
                        (3, "Công ty CP Cấp nước Hòa Bình")]


def test_a_series_after_a_colon_keeps_a_companys_name_with_va(rec):
    r = rec(LEAD + "Kết quả bình chọn: Công ty CP Vật tư và Thiết bị Hòa Bình nhất, Công ty CP Sông Đà nhì, "
                   "Công ty Điện lực Hòa Bình ba.")
    assert ranks(r)[0] == (1, "Công ty CP Vật tư và Thiết bị Hòa Bình")


def test_a_series_still_parts_at_the_last_va_before_a_unit_whose_name_holds_one(rec):
    r = rec(LEAD + "Qua bình xét, Sở Nội vụ dẫn đầu, Sở Tài chính nhì và Sở Kế hoạch và Đầu tư ba.")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Tài chính"), (3, "Sở Kế hoạch và Đầu tư")]


def test_a_series_still_parts_at_the_last_va_before_a_bare_place(rec):
    r = rec(LEAD + "Hội nghị xếp hạng: nhất huyện Lạc Sơn, nhì huyện Kim Bôi và ba thành phố Hòa Bình.")
    assert ranks(r) == [(1, "huyện Lạc Sơn"), (2, "huyện Kim Bôi"), (3, "thành phố Hòa Bình")]


def test_a_series_still_parts_at_the_last_va_after_a_place(rec):
    r = rec(LEAD + "Qua bình xét, Sở Nội vụ dẫn đầu, Sở Tài chính nhì và Thanh tra tỉnh ba.")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Tài chính"), (3, "Thanh tra tỉnh")]


def test_a_lower_case_tail_is_no_ranked_unit(rec):
    r = rec(LEAD + "Qua bình xét, sản xuất và kinh doanh dịch vụ du lịch dẫn đầu, Sở Nội vụ nhì, Sở Y tế ba.")
    assert ranks(r) == []
