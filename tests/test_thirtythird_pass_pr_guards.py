"""Guards on the thirty-third pass's decision rules (a leader in apposition to a conferral, the scores that lead into the
choice): near forms where the old reading was right and must stay; invented examples, one per regression."""

from record_views import kinds, ranks

LEAD = "Ngày 19/12/2024, Cụm thi đua số 2 tỉnh Hà Nam tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
LEAD_K = ("Sáng 17/12/2024, Khối thi đua các cơ quan văn hóa - xã hội tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác "
          "thi đua, khen thưởng năm 2024. ")


def _acts(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def test_a_rules_or_criteria_document_on_scoring_and_ranking_is_still_a_document_approved(rec):
    # RVPR-1: the exception reads only the results ("kết quả chấm điểm, suy tôn ..."), not a document named for them
    r = rec(LEAD_K + "Hội nghị đã nhất trí thông qua Quy chế chấm điểm, bình xét thi đua của Khối năm 2025.")
    assert kinds(r) == ["approve_report"]
    r = rec(LEAD + "Các đại biểu đã thống nhất bộ tiêu chí chấm điểm và xếp hạng thi đua năm 2025 của Cụm.")
    assert kinds(r) == ["approve_report"]


def test_the_scores_whose_ranking_word_chooses_no_unit_stay_an_approval(rec):
    # RVPR-2: "xếp hạng / bình bầu" only names the results, no unit chosen after it: the scores approved
    r = rec(LEAD_K + "Tại hội nghị, các đại biểu nhất trí thông qua kết quả tự chấm điểm, xếp hạng của các cơ quan trong "
                     "Khối năm 2024.")
    assert kinds(r) == ["approve_report"]
    r = rec(LEAD + "Hội nghị đã thông qua kết quả chấm điểm và bình bầu thi đua năm 2024 của các huyện, thành phố.")
    assert kinds(r) == ["approve_report"]


def test_the_places_stated_after_a_leader_in_apposition_are_the_ranking_act(rec):
    # RVPR-3: the first ranking is only told of the recipient; the places stated elsewhere are the ranking
    r = rec(LEAD + "Bà Lê Thị Lan, Chủ tịch UBND tỉnh trao Cờ thi đua cho thành phố Phủ Lý - đơn vị dẫn đầu Cụm năm 2024. "
                   "Huyện Duy Tiên xếp thứ hai, huyện Thanh Liêm xếp thứ ba.")
    assert _acts(r) == [("ranking", "Huyện Duy Tiên xếp thứ hai, huyện Thanh Liêm xếp thứ ba")]
    # the meeting agreeing the places it tells after a colon
    r = rec(LEAD + "Bà Lê Thị Lan trao Cờ thi đua cho thành phố Phủ Lý - đơn vị dẫn đầu Cụm năm 2024. Hội nghị nhất trí "
                   "xếp hạng: huyện Duy Tiên thứ hai, huyện Thanh Liêm thứ ba.")
    assert _acts(r) == [("ranking", "Hội nghị nhất trí xếp hạng: huyện Duy Tiên thứ hai, huyện Thanh Liêm thứ ba")]


def test_a_place_stated_as_the_units_own_predicate_beside_its_award_is_the_ranking(rec):
    # RVPR-4: "B đứng đầu ... và được tặng Cờ": the unit is the subject, no apposition after a recipient of "cho"
    r = rec(LEAD + "Huyện Duy Tiên đứng đầu Cụm với 97 điểm và được Chủ tịch UBND tỉnh tặng Cờ thi đua.")
    assert [(a["recipient"], a["status"]) for a in r["awards"]] == [("Huyện Duy Tiên", "conferred")]
    assert _acts(r) == [("ranking", "Huyện Duy Tiên đứng đầu Cụm với 97 điểm và được Chủ tịch UBND tỉnh tặng Cờ thi đua")]
    r = rec(LEAD + "Thành phố Phủ Lý vinh dự dẫn đầu Cụm và được Chủ tịch UBND tỉnh trao Cờ thi đua.")
    assert ranks(r) == [(1, "Thành phố Phủ Lý")]
    assert kinds(r) == ["ranking"]


def test_a_choice_told_in_other_words_beside_the_conferral_keeps_the_ranking(rec):
    # RVPR-5: the choice stated as the results of a vote, or the meeting agreeing the place, in the handover's sentence
    r = rec(LEAD + "Căn cứ kết quả bỏ phiếu, bà Lê Thị Lan trao Cờ thi đua cho thành phố Phủ Lý - đơn vị dẫn đầu Cụm năm 2024.")
    assert kinds(r) == ["ranking"]
    r = rec(LEAD + "Bà Lê Thị Lan trao Cờ thi đua cho thành phố Phủ Lý - đơn vị được Hội nghị nhất trí xếp thứ nhất Cụm "
                   "năm 2024.")
    assert kinds(r) == ["ranking"]
