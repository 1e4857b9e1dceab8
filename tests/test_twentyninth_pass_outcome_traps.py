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


# the second round: the rules above narrowed where they read ordinary text as another board, another meeting, a past award

_TK_QN = "Ngày 9/1/2025, Cụm thi đua số 2 tỉnh Lai Châu tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "


@pytest.mark.parametrize("body, ranks", [
    # ("về" of a verb after the cluster's word is no topic)
    ("Qua bình xét, huyện Phong Thổ được suy tôn dẫn đầu Cụm và mang về Cờ thi đua của UBND tỉnh.", [(1, "huyện Phong Thổ")]),
    ("Năm 2024, huyện Sìn Hồ xếp thứ nhất Cụm; huyện Tam Đường xếp thứ nhì Cụm và giành về Bằng khen của Chủ tịch UBND tỉnh.",
     [(1, "huyện Sìn Hồ"), (2, "huyện Tam Đường")]),
    # (a "của" past the movement's name belongs to another phrase)
    ("Huyện Phong Thổ được suy tôn là đơn vị dẫn đầu phong trào thi đua với sự nhất trí của Hội nghị.", [(1, "Huyện Phong Thổ")]),
    ("Huyện Phong Thổ được suy tôn dẫn đầu phong trào thi đua và nhận Cờ của UBND tỉnh.", [(1, "Huyện Phong Thổ")]),
    ("Huyện Phong Thổ được suy tôn dẫn đầu phong trào thi đua theo kết quả chấm điểm của Tổ giúp việc.", [(1, "Huyện Phong Thổ")]),
    # (an index named as the reason or a criterion: the members' choice, or the cluster named after the place, is the cluster's)
    ("Với thành tích nổi bật trong chuyển đổi số và chỉ số hài lòng của người dân, huyện Sìn Hồ được các thành viên thống nhất "
     "xếp thứ nhất Cụm.", [(1, "huyện Sìn Hồ")]),
    ("Căn cứ bảng chấm điểm, trong đó có tiêu chí về chỉ số cải cách hành chính, Hội nghị thống nhất huyện Tam Đường dẫn đầu "
     "Cụm, huyện Sìn Hồ xếp thứ hai, huyện Phong Thổ xếp thứ ba.",
     [(1, "huyện Tam Đường"), (2, "huyện Sìn Hồ"), (3, "huyện Phong Thổ")]),
    ("Nhờ cải thiện chỉ số cải cách hành chính, huyện Tam Đường xếp thứ nhất Cụm.", [(1, "huyện Tam Đường")]),
])
def test_ordinary_words_after_a_place_keep_it(rec, body, ranks):
    assert _ranks(rec(_TK_QN + body)) == ranks


@pytest.mark.parametrize("body", [
    # (still another board: a topic after the cluster's word, an index's board after the place)
    "Huyện Phong Thổ dẫn đầu khối huyện về Chỉ số chuyển đổi số.",
    "Về chỉ số cải cách hành chính năm 2024, huyện Sìn Hồ xếp thứ nhất khối huyện.",
])
def test_a_place_on_another_board_is_still_dropped(rec, body):
    assert _ranks(rec(_TK_QN + body)) == []


_KY_KET = "Ngày 6/3/2025, Khối thi đua các cơ quan Đảng tỉnh Điện Biên tổ chức Hội nghị ký kết giao ước thi đua năm 2025. "
_SO_KET_LC = ("Ngày 15/7/2025, Cụm thi đua số 4 tỉnh Sơn La tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu "
              "năm 2025. ")


@pytest.mark.parametrize("text, ranks, awards", [
    # (this meeting acting: a verb after its noun, not a meeting named)
    (_KY_KET + "Hội nghị đã bình xét, suy tôn Ban Dân vận Tỉnh ủy là đơn vị dẫn đầu Khối năm 2024 và đề nghị UBND tỉnh "
               "tặng Cờ thi đua.",
     [(1, "Ban Dân vận Tỉnh ủy")], [("Ban Dân vận Tỉnh ủy", "Cờ thi đua", "proposed")]),
    (_SO_KET_LC + "Hội nghị tiến hành bình xét, thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho huyện Mộc Châu.",
     [], [("huyện Mộc Châu", "Cờ thi đua", "proposed")]),
    # (the year's review held in the first quarter named again with the year reviewed, or with the year of its tasks)
    ("Sáng ngày 14 tháng 01 năm 2025, tại Hội trường UBND huyện Mai Sơn, Cụm thi đua số 4 tỉnh Sơn La tổ chức Hội nghị "
     "tổng kết công tác thi đua, khen thưởng. Tại Hội nghị tổng kết năm 2024, các thành viên đã bình xét, suy tôn huyện "
     "Mai Sơn dẫn đầu Cụm.", [(1, "huyện Mai Sơn")], []),
    ("Ngày 14/1/2025, Cụm thi đua số 4 tỉnh Sơn La tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
     "Hội nghị tổng kết và triển khai nhiệm vụ năm 2025 đã thống nhất suy tôn huyện Mai Sơn dẫn đầu Cụm.",
     [(1, "huyện Mai Sơn")], []),
])
def test_this_meeting_acting_or_named_again_keeps_its_outcomes(rec, text, ranks, awards):
    r = rec(text)
    assert _ranks(r) == ranks
    assert _awards(r) == awards


@pytest.mark.parametrize("text", [
    # (a meeting named with what it reviewed, another kind than this one's; the review of an earlier year)
    _SO_KET_LC + "Hội nghị bình xét thi đua năm 2024 của Cụm, tổ chức ở huyện Yên Châu, đã suy tôn huyện Mộc Châu dẫn đầu Cụm.",
    "Ngày 14/1/2025, Cụm thi đua số 4 tỉnh Sơn La tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
    "Tại Hội nghị tổng kết năm 2022, các thành viên đã suy tôn huyện Mộc Châu dẫn đầu Cụm.",
])
def test_another_meeting_named_is_still_another(rec, text):
    assert _ranks(rec(text)) == []


@pytest.mark.parametrize("text, awards", [
    # (an award of last year handed over at this meeting)
    (_SO_KET_LC + "Tại Hội nghị lần này, huyện Mộc Châu vinh dự được nhận Cờ thi đua của Chính phủ năm 2024.",
     [("huyện Mộc Châu", "Cờ thi đua của Chính phủ", "conferred")]),
    (_SO_KET_LC + "Trong dịp này, huyện Yên Châu vinh dự được Thủ tướng Chính phủ tặng Cờ thi đua năm 2024.",
     [("huyện Yên Châu", "Cờ thi đua", "conferred")]),
    (_KY_KET + "Tại Lễ ký kết, Ban Dân vận Tỉnh ủy vinh dự được nhận Cờ thi đua của UBND tỉnh năm 2024.",
     [("Ban Dân vận Tỉnh ủy", "Cờ thi đua của UBND tỉnh", "conferred")]),
    (_SO_KET_LC + "Huyện Yên Châu vinh dự đón nhận Bằng khen của Thủ tướng Chính phủ năm 2024.",
     [("Huyện Yên Châu", "Bằng khen của Thủ tướng Chính phủ", "conferred")]),
    # (not at this meeting: a unit's record)
    (_SO_KET_LC + "Huyện Mộc Châu năm 2024 vinh dự được Chính phủ tặng Cờ thi đua.", []),
])
def test_an_award_handed_over_at_this_meeting_stays(rec, text, awards):
    assert _awards(rec(text)) == awards
