"""Rankings of the twenty-eighth pass (rank1), each on an invented example."""
import pytest

HEAD = "Khối thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


@pytest.mark.parametrize("body, ranks", [
    ("Hội nghị suy tôn thị xã Ba Đồn giữ vững vị trí dẫn đầu Khối; huyện Minh Hóa tiếp tục xếp thứ hai.",
     [(1, "thị xã Ba Đồn"), (2, "huyện Minh Hóa")]),
    ("Sở Công Thương tiếp tục dẫn đầu Khối.", [(1, "Sở Công Thương")]),
    ("Sở Công Thương giữ vị trí dẫn đầu.", [(1, "Sở Công Thương")]),
    ("Sở Công Thương năm nay xếp thứ hai.", [(2, "Sở Công Thương")]),
    ("Sở Công Thương đã vươn lên xếp thứ hai.", [(2, "Sở Công Thương")]),
    ("Sở Công Thương năm thứ tư liên tiếp dẫn đầu Khối.", [(1, "Sở Công Thương")]),
    ("Sở Công Thương 3 năm liên tiếp dẫn đầu Khối.", [(1, "Sở Công Thương")]),
    # (glued before: the unit is the name alone)
    ("Huyện Tuyên Hóa vươn lên đứng thứ hai; huyện Bố Trạch lần đầu tiên dẫn đầu Khối.",
     [(2, "Huyện Tuyên Hóa"), (1, "huyện Bố Trạch")]),
    ("Sở Công Thương một lần nữa được Khối suy tôn xếp hạng Nhất.", [(1, "Sở Công Thương")]),
    ("Tại hội nghị, huyện Quảng Ninh đã được Khối suy tôn dẫn đầu.", [(1, "huyện Quảng Ninh")]),
    # (a name that holds the words in capitals stays whole)
    ("Công ty Vươn Lên tiếp tục dẫn đầu Khối.", [(1, "Công ty Vươn Lên")]),
])
def test_the_words_between_a_unit_and_its_place_neither_stop_the_ranking_nor_join_the_unit(rec, body, ranks):
    assert _ranks(rec(HEAD + body)) == ranks


@pytest.mark.parametrize("body", [
    "Sở Công Thương phấn đấu giữ vững vị trí dẫn đầu Khối.",
    "Năm 2025, Sở Công Thương quyết tâm vươn lên dẫn đầu Khối.",
    "Sở Công Thương quyết tâm vươn lên xếp thứ hai.",
    "Sở Công Thương từng dẫn đầu Khối năm 2019.",
])
def test_a_place_aimed_at_or_held_once_is_no_ranking(rec, body):
    assert rec(HEAD + body)["rankings"] == []


def test_the_award_recipient_of_a_unit_that_keeps_its_place_is_the_unit_alone(rec):
    r = rec(HEAD + "Qua bình xét, Ban Quản lý các khu công nghiệp tỉnh tiếp tục giữ vững vị trí dẫn đầu, được đề nghị tặng Cờ thi đua của UBND tỉnh.")
    assert _ranks(r) == [(1, "Ban Quản lý các khu công nghiệp tỉnh")]
    assert [a["recipient"] for a in r["awards"]] == ["Ban Quản lý các khu công nghiệp tỉnh"]


@pytest.mark.parametrize("body, ranks", [
    ("Huyện Quảng Trạch được Khối thống nhất xếp thứ Nhất, huyện Lệ Thủy được Hội nghị nhất trí xếp thứ Nhì.",
     [(1, "Huyện Quảng Trạch"), (2, "huyện Lệ Thủy")]),
    ("Tại hội nghị, huyện Quảng Ninh được các đơn vị trong Khối bình chọn xếp hạng nhất.", [(1, "huyện Quảng Ninh")]),
])
def test_a_passive_place_with_an_agreeing_verb_or_a_long_agent_is_read(rec, body, ranks):
    assert _ranks(rec(HEAD + body)) == ranks


def test_xep_vi_thu_and_xep_hang_thu_rank(rec):
    r = rec(HEAD + "Sở Tài nguyên và Môi trường xếp vị thứ nhất, Kho bạc Nhà nước tỉnh xếp vị thứ nhì, Sở Nội vụ xếp hạng thứ ba.")
    assert _ranks(r) == [(1, "Sở Tài nguyên và Môi trường"), (2, "Kho bạc Nhà nước tỉnh"), (3, "Sở Nội vụ")]
    r = rec(HEAD + "Sở Nội vụ và Sở Tư pháp đồng xếp vị thứ ba.")
    assert _ranks(r) == [(3, "Sở Nội vụ"), (3, "Sở Tư pháp")]
    # (a place in the country is none of the cluster's)
    assert rec(HEAD + "Sở Nội vụ xếp vị thứ nhất toàn quốc.")["rankings"] == []


def test_the_leading_place_held_by_a_unit(rec):
    r = rec(HEAD + "Vị trí dẫn đầu thuộc về Sở Tư pháp, xếp thứ hai là Sở Nội vụ.")
    assert _ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Nội vụ")]
    # (a place on one topic is not the cluster's ranking)
    assert rec(HEAD + "Vị trí dẫn đầu trong phong trào chuyển đổi số thuộc về Sở Tư pháp.")["rankings"] == []


# --- second round: narrowings ----------------------------------------------------------------------------------------
LEAD = "Hội nghị suy tôn Sở Xây dựng là đơn vị dẫn đầu Khối. "


@pytest.mark.parametrize("body, ranks", [
    # (a pledge or an aim for next year before the modifiers: no place held now)
    (LEAD + "Năm 2025, Sở Xây dựng cam kết tiếp tục giữ vững vị trí dẫn đầu.", [(1, "Sở Xây dựng")]),
    (LEAD + "Năm 2025, Sở Xây dựng hướng đến tiếp tục giữ vững vị trí dẫn đầu.", [(1, "Sở Xây dựng")]),
    (LEAD + "Năm 2025, Sở Xây dựng mong muốn tiếp tục giữ vững vị trí dẫn đầu.", [(1, "Sở Xây dựng")]),
    ("Năm 2025, Sở Tài chính đặt mục tiêu tiếp tục giữ vững vị trí dẫn đầu Khối.", []),
    ("Năm 2025, Sở Tài chính cần tiếp tục giữ vững vị trí dẫn đầu Khối.", []),
    ("Năm 2025, Sở Tài chính dự kiến tiếp tục xếp thứ hai.", []),
    ("Năm 2025, Sở Tài chính cam kết đạt danh hiệu đơn vị dẫn đầu Khối.", []),
    # (held now, the same modifiers without an aim: read)
    ("Kết quả, Sở Tài chính tiếp tục giữ vững vị trí dẫn đầu Khối.", [(1, "Sở Tài chính")]),
])
def test_a_pledge_or_aim_before_the_modifiers_is_no_ranking(rec, body, ranks):
    assert _ranks(rec(HEAD + body)) == ranks


CORP = "Cụm thi đua số 3 Tổng công ty Cấp nước Duyên Hải tổ chức hội nghị tổng kết công tác thi đua năm 2024. "


@pytest.mark.parametrize("body, ranks", [
    ("Kết quả, Công ty Cấp nước Hòa Bình tiếp tục giữ vững vị trí dẫn đầu Tổng công ty về chỉ số thất thoát.", []),
    ("Kết quả, Công ty Cấp nước Hòa Bình dẫn đầu Tổng công ty Cấp nước Duyên Hải về chỉ số thất thoát.", []),
    ("Kết quả, Công ty Cấp nước Hòa Bình tiếp tục giữ vững vị trí dẫn đầu toàn tỉnh về cải cách hành chính.", []),
    # (the cluster's own lead: read)
    ("Kết quả, Công ty Cấp nước Hòa Bình tiếp tục giữ vững vị trí dẫn đầu Cụm.", [(1, "Công ty Cấp nước Hòa Bình")]),
])
def test_a_lead_of_a_corporation_on_an_index_is_no_cluster_ranking(rec, body, ranks):
    assert _ranks(rec(CORP + body)) == ranks


@pytest.mark.parametrize("body, ranks", [
    (LEAD + "Sở Xây dựng cũng xếp hạng thứ 3/21 về chỉ số PAR INDEX.", [(1, "Sở Xây dựng")]),
    (LEAD + "Sở Xây dựng cũng xếp vị thứ 4 / 21 sở, ngành.", [(1, "Sở Xây dựng")]),
    # (a place with no count: read)
    ("Kết quả, Sở Tài chính xếp hạng thứ 2.", [(2, "Sở Tài chính")]),
])
def test_xep_hang_thu_out_of_a_count_is_no_ranking(rec, body, ranks):
    assert _ranks(rec(HEAD + body)) == ranks
