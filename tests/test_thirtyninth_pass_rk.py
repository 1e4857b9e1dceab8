"""Thirty-ninth pass (x39rk): rankings written in forms the reviewers found unread (examples written for these tests)."""
from tdkt_extract import extract

_H1 = "Ngày 8/7/2024, Cụm thi đua số 5 sơ kết công tác thi đua 6 tháng đầu năm 2024. "
_9M = "Ngày 3/10/2024, Khối thi đua số 2 sơ kết công tác thi đua 9 tháng năm 2024. "
_YEAR = "Ngày 12/1/2025, Cụm thi đua số 5 tổng kết công tác thi đua năm 2024. "


def _ranks(record):
    return [(r.rank, r.organization) for r in record.rankings]


def _kinds(record):
    return sorted(d.kind for d in record.decisions)


# R173-1: a later item of a scored list, its score bare with no verb

def test_a_list_item_with_a_bare_score_before_its_place_is_ranked():
    r = extract(_H1 + "Kết quả chấm điểm, phường Đông Xuyên đạt 97,5 điểm, xếp thứ nhất; phường Mỹ Hòa 95 điểm, xếp thứ hai; "
                      "phường Long Sơn 94 điểm, xếp thứ ba.")
    assert _ranks(r) == [(1, "phường Đông Xuyên"), (2, "phường Mỹ Hòa"), (3, "phường Long Sơn")]


def test_a_bare_score_after_the_first_place_in_the_comma_form():
    r = extract(_H1 + "Trường THPT Lê Lợi xếp thứ nhất với 96 điểm, Trường THPT Chu Văn An 94,5 điểm, xếp thứ hai.")
    assert _ranks(r) == [(1, "Trường THPT Lê Lợi"), (2, "Trường THPT Chu Văn An")]


def test_a_bare_score_before_a_grade_is_no_place():
    r = extract(_H1 + "Kết quả kiểm tra, xã Thạnh Phú đạt 98 điểm, xếp loại xuất sắc; xã Hòa Lạc 96 điểm, xếp loại tốt.")
    assert _ranks(r) == []


def test_bare_scores_on_a_national_index_are_no_places():
    r = extract(_H1 + "Trong chỉ số PAPI, tỉnh Kon Tum đạt 45 điểm, xếp thứ nhất; tỉnh Gia Lai 43 điểm, xếp thứ hai cả nước.")
    assert _ranks(r) == []


# R173-3: an interim review's span opening the clause with no comma

def test_a_leader_after_an_interim_span_with_no_comma():
    r = extract(_9M + "Qua 9 tháng Ngân hàng Nông nghiệp tỉnh dẫn đầu Khối với 190 điểm; xếp thứ hai là Kho bạc Nhà nước tỉnh.")
    assert _ranks(r) == [(1, "Ngân hàng Nông nghiệp tỉnh"), (2, "Kho bạc Nhà nước tỉnh")]
    assert "ranking" in _kinds(r)


def test_a_leader_after_a_quarter_with_no_comma():
    r = extract("Ngày 5/4/2024, Cụm thi đua số 3 giao ban công tác thi đua quý I năm 2024. "
                "Hết quý I Sở Xây dựng dẫn đầu Cụm với 99 điểm.")
    assert _ranks(r) == [(1, "Sở Xây dựng")]


def test_an_interim_leader_at_the_year_review_is_not_the_years_leader():
    r = extract(_YEAR + "Sau 6 tháng năm 2024 Công ty Xăng dầu Hà Giang dẫn đầu Cụm.")
    assert _ranks(r) == []


def test_an_interim_span_before_an_aim_is_no_place():
    r = extract(_9M + "Sau 9 tháng Công ty Điện lực Sơn La phấn đấu giữ vững vị trí dẫn đầu Khối trong quý IV.")
    assert _ranks(r) == []


# R173-5: "ở vị trí thứ N" with no verb

def test_a_place_at_a_position_with_no_verb():
    r = extract(_H1 + "Sở Công Thương xếp vị trí thứ nhất với 97 điểm; Sở Nông nghiệp và Phát triển nông thôn xếp vị trí thứ hai "
                      "với 96 điểm; Sở Khoa học và Công nghệ ở vị trí thứ ba với 95 điểm.")
    assert _ranks(r) == [(1, "Sở Công Thương"), (2, "Sở Nông nghiệp và Phát triển nông thôn"), (3, "Sở Khoa học và Công nghệ")]


def test_a_photo_position_is_no_place():
    r = extract(_H1 + "Đồng chí Lê Văn Hùng, Giám đốc Sở Công Thương (ở vị trí thứ hai từ trái sang) phát biểu tại hội nghị.")
    assert _ranks(r) == []


def test_a_position_on_the_provinces_index_is_no_place():
    r = extract(_H1 + "Trong bảng xếp hạng chỉ số cải cách hành chính của tỉnh, huyện Mỹ Tú ở vị trí thứ ba.")
    assert _ranks(r) == []


# R173-8: the highest judged, then the next ones in turn with their scores

def test_the_highest_judged_then_the_next_with_scores():
    r = extract(_H1 + "Công ty CP Thủy sản Bến Tre được đánh giá cao nhất với 98 điểm; tiếp theo là Công ty CP Dược Sao Mai "
                      "96,5 điểm và Công ty TNHH May Phú Hòa 95 điểm.")
    assert _ranks(r) == [(1, "Công ty CP Thủy sản Bến Tre"), (2, "Công ty CP Dược Sao Mai"), (3, "Công ty TNHH May Phú Hòa")]
    assert "ranking" in _kinds(r)


def test_a_person_judged_the_highest_is_no_place():
    r = extract(_H1 + "Ông Phạm Văn Long được đánh giá cao nhất với 97 điểm trong kỳ thi nâng ngạch; tiếp theo là ông Lê Văn Hải 96 điểm.")
    assert _ranks(r) == []


def test_the_next_items_without_scores_or_units_are_no_places():
    r = extract(_H1 + "Sở Tư pháp dẫn đầu Khối với 98 điểm; tiếp theo là các nội dung về công tác khen thưởng.")
    assert _ranks(r) == [(1, "Sở Tư pháp")]


def test_a_performance_judged_the_highest_is_no_place():
    r = extract(_H1 + "Tại hội thi tuyên truyền, đội thi của xã Tân Hòa được ban giám khảo đánh giá cao nhất với 97 điểm; "
                      "tiếp theo là xã Phú Lộc 96 điểm.")
    assert _ranks(r) == []
