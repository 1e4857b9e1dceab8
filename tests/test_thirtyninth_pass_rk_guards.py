"""Thirty-ninth pass (x39rk) guards: near forms where the new ranking rules read places the older code rightly left alone
(examples written for these tests, one per regression of review rv39/rk)."""
from tdkt_extract import extract

_H1 = "Ngày 9/7/2024, Khối thi đua số 4 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. "
_YEAR = "Ngày 14/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "


def _ranks(record):
    return [(r.rank, r.organization) for r in record.rankings]


# rk-1, rk-2: a bare score after a word of the score ("có", "tổng số") is no part of the unit

def test_a_score_after_co_is_no_part_of_the_unit():
    r = extract(_H1 + "Kết quả chấm điểm, Ban Dân vận có 97 điểm, xếp thứ nhất; Ban Tuyên giáo có 95 điểm, xếp thứ hai.")
    assert all(not o.endswith(" có") for _r, o in _ranks(r))


def test_a_score_after_tong_so_is_no_part_of_the_unit():
    r = extract(_H1 + "Kết quả, Ban Dân vận đạt tổng 97 điểm, xếp thứ nhất; Ban Tuyên giáo tổng số 95 điểm, xếp thứ hai.")
    assert _ranks(r) == [(1, "Ban Dân vận"), (2, "Ban Tuyên giáo")]


# rk-3, rk-4: a later item past ";" in a list under an index named before it

def test_a_bare_scored_item_after_an_index_and_a_semicolon_is_no_place():
    r = extract(_H1 + "Chỉ số SIPAS năm 2023, Sở Nội vụ đạt 91 điểm, xếp thứ nhất; Sở Tài chính 89 điểm, xếp thứ hai.")
    assert _ranks(r) == []


def test_a_bare_scored_item_after_an_index_topic_is_no_place():
    r = extract(_H1 + "Về kết quả chấm chỉ số CCHC, phường An Lạc 93 điểm, xếp thứ nhất; phường Bình Trị 91 điểm, xếp thứ hai.")
    assert _ranks(r) == []


# rk-5, rk-6: judged the highest on a field the province assesses

def test_a_model_of_a_field_judged_the_highest_is_no_place():
    r = extract(_H1 + "Mô hình dân vận khéo của phường An Lạc được đánh giá cao nhất với 94 điểm.")
    assert _ranks(r) == []


def test_a_unit_judged_the_highest_in_a_fields_inspection_is_no_place():
    r = extract(_H1 + "Qua kiểm tra công tác chuyển đổi số, Sở Thông tin và Truyền thông được đánh giá cao nhất với 95 điểm.")
    assert _ranks(r) == []


# rk-7, rk-8: "khối" naming a group of units in lower case, not the bloc

def test_judged_the_highest_of_a_group_of_schools_is_no_place():
    r = extract(_H1 + "Trường Trung cấp Y tế được đánh giá cao nhất khối trường chuyên nghiệp với 92 điểm.")
    assert _ranks(r) == []


def test_judged_the_highest_of_the_companies_is_no_place():
    r = extract(_YEAR + "Công ty Cấp nước tỉnh được đánh giá cao nhất khối doanh nghiệp nhà nước với 95 điểm.")
    assert _ranks(r) == []


# rk-9..12: the next places after a leader

def test_equal_scores_after_the_leader_state_no_order():
    r = extract(_H1 + "Ban Dân vận dẫn đầu Khối với 97 điểm; tiếp theo là Ban Tuyên giáo 95 điểm và Ban Tổ chức 95 điểm.")
    assert _ranks(r) == [(1, "Ban Dân vận")]


def test_the_next_places_after_an_index_leader_are_no_places():
    r = extract(_H1 + "Về chỉ số PCI năm 2023 của tỉnh, huyện Tân Phước dẫn đầu với 70 điểm; tiếp theo là huyện Gò Công Tây "
                      "68 điểm và huyện Chợ Gạo 66 điểm.")
    assert _ranks(r) == []


def test_the_next_places_after_a_half_years_leader_at_the_years_review_are_no_places():
    r = extract(_YEAR + "Sau 6 tháng, Công ty Điện lực tỉnh dẫn đầu Cụm với 96 điểm; tiếp theo là Công ty Cấp nước tỉnh 94 điểm "
                        "và Công ty Môi trường đô thị 93 điểm.")
    assert _ranks(r) == []


def test_the_next_places_after_a_nine_months_leader_at_the_years_review_are_no_places():
    r = extract(_YEAR + "Qua 9 tháng năm 2024, Công ty Điện lực tỉnh dẫn đầu Cụm với 96 điểm; tiếp đến là Công ty Cấp nước tỉnh "
                        "94 điểm và Công ty Môi trường đô thị 93 điểm.")
    assert _ranks(r) == []


# rk-13: an interim leader set aside does not hide the year's leader in a later clause

def test_the_years_leader_after_an_interim_leader_set_aside():
    r = extract(_YEAR + "Sau 9 tháng, Công ty Cấp nước tỉnh tạm dẫn đầu; kết thúc năm 2024, Công ty Điện lực tỉnh dẫn đầu Cụm "
                        "với 97 điểm.")
    assert _ranks(r) == [(1, "Công ty Điện lực tỉnh")]
