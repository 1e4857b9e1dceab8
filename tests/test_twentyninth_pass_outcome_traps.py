"""Rankings, awards and decisions of the twenty-ninth pass (outcome traps), each on an invented example: a place on
another board, a past award, another meeting's results, a leader named with "và"."""
import pytest

HEAD = "Ngày 8/1/2025, Cụm thi đua số 3 tỉnh Yên Bái tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


@pytest.mark.parametrize("body", [
    # (out of the country's provinces, on an index)
    "Tỉnh Yên Bái xếp thứ 15/63 về Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI).",
    "Quý IV, Yên Bái xếp thứ 12/63 về Chỉ số chuyển đổi số.",
    # (the province's board, the board of the districts, on a topic)
    "Huyện Văn Chấn đứng thứ nhất tỉnh về Chỉ số DDCI năm 2023.",
    "Huyện Mù Cang Chải dẫn đầu khối huyện về Chỉ số cải cách hành chính.",
    # (the index named before the places, another body's decision publishing it)
    "Theo Quyết định số 456/QĐ-UBND công bố Chỉ số chuyển đổi số năm 2023, thị xã Nghĩa Lộ xếp thứ nhất, "
    "huyện Trạm Tấu xếp thứ 3 trong khối cấp huyện.",
    # (another body's movement)
    "Công an tỉnh dẫn đầu phong trào thi đua Vì an ninh Tổ quốc của Bộ Công an.",
])
def test_a_place_on_another_board_is_no_ranking_of_the_cluster_nor_a_ranking_decision(rec, body):
    r = rec(HEAD + body)
    assert _ranks(r) == []
    assert "ranking" not in _kinds(r)


@pytest.mark.parametrize("body, ranks", [
    ("Kết quả bình xét, huyện Văn Chấn xếp thứ Nhất Cụm thi đua.", [(1, "huyện Văn Chấn")]),
    ("Hội nghị suy tôn huyện Văn Chấn dẫn đầu Cụm về thành tích thi đua.", [(1, "huyện Văn Chấn")]),
    ("Kết quả, huyện Văn Chấn dẫn đầu phong trào thi đua của Cụm.", [(1, "huyện Văn Chấn")]),
    # (the cluster's place beside a place on an index, in either order)
    ("Kết quả bình xét, huyện Văn Chấn xếp thứ nhất; huyện Trạm Tấu đứng thứ nhất tỉnh về Chỉ số DDCI.", [(1, "huyện Văn Chấn")]),
    ("Về Chỉ số DDCI, huyện Trạm Tấu đứng đầu; kết quả bình xét, huyện Văn Chấn xếp thứ nhất cụm.", [(1, "huyện Văn Chấn")]),
])
def test_the_clusters_own_place_beside_those_words_stays(rec, body, ranks):
    assert _ranks(rec(HEAD + body)) == ranks


_TONG_KET = "Ngày 15/1/2025, Khối thi đua các sở, ngành nội chính tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
_GIAO_UOC = "Ngày 25/2/2025, Khối thi đua các sở, ngành nội chính tổ chức Lễ ký kết giao ước thi đua năm 2025. "
_SO_KET = ("Ngày 20/7/2024, Cụm thi đua các tỉnh đồng bằng sông Hồng tổ chức hội nghị sơ kết công tác thi đua, khen thưởng "
           "6 tháng đầu năm 2024. ")
_BINH_XET = "Vừa qua, tại UBND huyện Tam Nông, Cụm thi đua số 2 đã tổ chức hội nghị bình xét thi đua năm 2024. "


@pytest.mark.parametrize("text", [
    # (another kind of review than this meeting's, recalled)
    _TONG_KET + "Tại Hội nghị sơ kết 6 tháng tổ chức hồi tháng 7, Sở Tư pháp được tặng Cờ luân lưu của Khối.",
    _GIAO_UOC + "Hội nghị tổng kết năm 2024 của Khối được tổ chức ngày 12/1/2025 đã suy tôn Sở Xây dựng dẫn đầu khối.",
    _SO_KET + "Tại Hội nghị tổng kết năm 2023 tổ chức ở Ninh Bình, Cụm đã suy tôn tỉnh Ninh Bình dẫn đầu và đề nghị Chính phủ "
              "tặng Cờ thi đua.",
    # (told as before)
    _BINH_XET + "Trước đó, tại Hội nghị sơ kết 6 tháng đầu năm tổ chức ở huyện Thanh Thủy, Cụm đã thống nhất tổ chức giải bóng chuyền.",
])
def test_what_another_meeting_of_the_cluster_did_is_no_outcome_of_this_one(rec, text):
    r = rec(text)
    assert _ranks(r) == []
    assert r["awards"] == []
    assert [k for k in _kinds(r) if k != "covenant"] == []


def test_this_meeting_named_again_keeps_its_outcomes(rec):
    r = rec(_TONG_KET + "Tại hội nghị tổng kết, các đơn vị đã suy tôn Sở Tư pháp dẫn đầu Khối. "
                        "Tại hội nghị, Khối đã thống nhất tổ chức giải bóng chuyền.")
    assert _ranks(r) == [(1, "Sở Tư pháp")]
    assert _kinds(r) == ["ranking", "plan"]


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


@pytest.mark.parametrize("body", [
    # (received in a year before the meeting's period: written before the award, after it, or opening the sentence)
    "Huyện Văn Chấn năm 2023 được Chính phủ tặng Cờ thi đua.",
    "Huyện Trạm Tấu được Bộ Nội vụ tặng Bằng khen năm 2022.",
    "Năm 2023 vừa qua, Công an huyện Trạm Tấu được Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba.",
    # (received over years)
    "Huyện Văn Chấn đã 4 năm liên tục được UBND tỉnh tặng Cờ thi đua.",
])
def test_a_units_past_award_is_no_award_of_this_meeting(rec, body):
    assert rec(HEAD + body)["awards"] == []


@pytest.mark.parametrize("body, awards", [
    # (a year is no part of the recipient's name)
    ("Huyện Văn Chấn năm 2024 được đề nghị tặng Cờ thi đua của UBND tỉnh.",
     [("Huyện Văn Chấn", "Cờ thi đua của UBND tỉnh", "proposed")]),
    # (handed over, or given at this meeting, whatever year it is for)
    ("Chủ tịch UBND tỉnh trao Bằng khen của Thủ tướng Chính phủ năm 2023 cho huyện Trạm Tấu.",
     [("huyện Trạm Tấu", "Bằng khen của Thủ tướng Chính phủ", "conferred")]),
    ("Dịp này, huyện Trạm Tấu được Chủ tịch UBND tỉnh tặng Bằng khen năm 2023.",
     [("huyện Trạm Tấu", "Bằng khen", "conferred")]),
])
def test_an_award_of_this_meeting_stays(rec, body, awards):
    assert _awards(rec(HEAD + body)) == awards


_KHOI = "Sáng 12/1/2024, Khối thi đua các sở, ngành kinh tế tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "


@pytest.mark.parametrize("body, ranks", [
    # (the results named before the list's comma; a name holding "và" stays whole)
    ("Kết quả bình xét, Sở Tài nguyên và Môi trường và Kho bạc Nhà nước tỉnh được suy tôn dẫn đầu khối.",
     [(1, "Sở Tài nguyên và Môi trường"), (1, "Kho bạc Nhà nước tỉnh")]),
    ("Kết quả bình xét, Sở Tư pháp và Bảo hiểm xã hội tỉnh được suy tôn dẫn đầu khối.",
     [(1, "Sở Tư pháp"), (1, "Bảo hiểm xã hội tỉnh")]),
    # (one unit whose name holds "và" is one unit)
    ("Kết quả bình xét, Sở Tài nguyên và Môi trường được suy tôn dẫn đầu khối.", [(1, "Sở Tài nguyên và Môi trường")]),
])
def test_units_listed_after_the_results_named_all_lead(rec, body, ranks):
    assert _ranks(rec(_KHOI + body)) == ranks
