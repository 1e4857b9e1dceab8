"""Rankings of the thirty-sixth pass (x36rk), each rule on an invented example and a near form it must not fire on."""
from record_views import kinds, ranks

MID = "Ngày 10/7/2025, Cụm thi đua số 5 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2025.\n"
YEAR = "Ngày 15/1/2025, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n"


def _recipients(r):
    return [a["recipient"] for a in r["awards"]]


# --- a plural subject before the verb that chose the units counted after them ----------------------------------------------

def test_a_plural_subject_before_the_choosing_verb_is_no_unit_ranked(rec):
    r = rec(YEAR + "Các phường đã bỏ phiếu và bình chọn phường Mỹ Lộc và phường Hưng Đạo là hai đơn vị dẫn đầu Cụm, đề nghị "
                   "UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == [(1, "phường Mỹ Lộc"), (1, "phường Hưng Đạo")]
    assert _recipients(r) == ["phường Mỹ Lộc", "phường Hưng Đạo"]


def test_units_before_a_passive_choosing_verb_all_lead(rec):
    r = rec(YEAR + "Phường Mỹ Lộc và phường Hưng Đạo được các thành viên bình chọn là hai đơn vị dẫn đầu Cụm.")
    assert ranks(r) == [(1, "Phường Mỹ Lộc"), (1, "phường Hưng Đạo")]


# --- a standing while the period runs, and the adverbs before the verb ------------------------------------------------------

def test_a_standing_while_the_period_runs_is_the_meetings_place(rec):
    r = rec(MID + "Qua chấm điểm 6 tháng, Sở Tư pháp hiện đang dẫn đầu Cụm, Sở Nội vụ đứng thứ hai.")
    assert ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Nội vụ")]
    assert "ranking" in kinds(r)


def test_a_standing_with_the_ranking_put_ahead_ranks_nothing(rec):
    r = rec(MID + "Qua chấm điểm 6 tháng, Sở Tư pháp đang dẫn đầu Cụm; cuối năm Cụm sẽ bình xét, suy tôn chính thức.")
    assert ranks(r) == []


def test_adverbs_before_the_lead_are_no_part_of_the_unit(rec):
    for adv in ("vẫn giữ vị trí", "tạm thời", "vẫn"):
        r = rec(MID + f"Kết quả chấm điểm, Sở Tư pháp {adv} dẫn đầu Cụm.")
        assert ranks(r) == [(1, "Sở Tư pháp")], adv


def test_a_habit_praised_is_still_no_place(rec):
    r = rec(MID + "Phát biểu tại hội nghị, lãnh đạo tỉnh ghi nhận Sở Tư pháp vẫn luôn là đơn vị dẫn đầu Cụm.")
    assert ranks(r) == []


# --- the kind of unit after "là" -----------------------------------------------------------------------------------------

def test_a_kind_of_unit_after_la_is_no_unit(rec):
    r = rec(MID + "Kết quả chấm điểm, phường Hưng Đạo là phường có tổng điểm cao nhất Cụm.")
    assert ranks(r) == [(1, "phường Hưng Đạo")]
    r = rec(MID + "Kết quả chấm điểm, xã Yên Ninh là địa phương dẫn đầu Cụm, xã Yên Thọ đứng thứ hai.")
    assert ranks(r) == [(1, "xã Yên Ninh"), (2, "xã Yên Thọ")]
    r = rec(MID + "Trường THCS Nguyễn Du là trường đạt điểm cao nhất Cụm.")
    assert ranks(r) == [(1, "Trường THCS Nguyễn Du")]


def test_a_highest_score_of_the_province_is_no_place(rec):
    r = rec(MID + "Phường Hưng Đạo là phường có tổng điểm cao nhất tỉnh về chỉ số hài lòng.")
    assert ranks(r) == []


# --- a score, a comma, then "cao nhất" -------------------------------------------------------------------------------------

def test_a_score_then_the_highest_after_a_comma_ranks_first(rec):
    r = rec(MID + "Kết quả chấm điểm: Ngân hàng Chính sách xã hội tỉnh đạt 97,5 điểm, cao nhất Cụm; Kho bạc Nhà nước tỉnh "
                  "đạt 96 điểm, xếp thứ hai.")
    assert ranks(r) == [(1, "Ngân hàng Chính sách xã hội tỉnh"), (2, "Kho bạc Nhà nước tỉnh")]


def test_an_amount_then_the_highest_is_no_place(rec):
    r = rec(MID + "Kho bạc Nhà nước tỉnh giải ngân đạt 96 tỷ đồng, cao nhất Cụm.")
    assert ranks(r) == []
    r = rec(MID + "Kho bạc Nhà nước tỉnh đạt 96 điểm, cao nhất tỉnh.")
    assert ranks(r) == []


# --- a line broken inside a place's name before the verb that ranks it ----------------------------------------------------

def test_a_place_name_broken_across_lines_before_its_rank_is_whole(rec):
    r = rec(YEAR + "Kết quả bình xét, huyện Thạch\nThành xếp thứ nhất, huyện Như Xuân xếp thứ nhì.")
    assert ranks(r) == [(1, "huyện Thạch Thành"), (2, "huyện Như Xuân")]


def test_a_line_ending_on_a_place_before_a_new_sentence_stays(rec):
    r = rec(YEAR + "Hội nghị được tổ chức tại huyện Thạch Thành\nSở Nội vụ xếp thứ nhất, Sở Tư pháp xếp thứ nhì.")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Tư pháp")]


def test_a_place_for_now_with_the_official_result_put_ahead_ranks_nothing(rec):
    r = rec(MID + "Theo kết quả chấm điểm 6 tháng, Sở Nội vụ tạm thời dẫn đầu Cụm; kết quả chính thức sẽ được công bố vào cuối năm.")
    assert ranks(r) == [] and "ranking" not in kinds(r)
    r = rec(MID + "Kết quả chấm điểm, Sở Nội vụ tạm xếp thứ nhất, Sở Y tế tạm xếp thứ hai.")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Y tế")]
