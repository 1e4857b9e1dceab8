"""Decisions of the thirty-third pass: a leader named only as the recipient of a conferred award is no ranking act, and
the scores that lead straight into the units' choice are no report approved; invented examples."""

from record_views import kinds, ranks

LEAD = "Ngày 20/12/2024, Cụm thi đua số 3 tỉnh Hà Nam tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "


def _acts(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def test_a_leader_described_after_the_recipient_of_a_conferral_is_no_ranking_act(rec):
    # the apposition after a dash or a comma tells who the recipient is: the place is kept, no act of choosing is stated
    r = rec(LEAD + "Bà Trần Thu Hà, Phó Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh cho huyện Kim Bảng - đơn vị dẫn "
                   "đầu Cụm năm 2024.")
    assert ranks(r) == [(1, "huyện Kim Bảng")]
    assert [(a["recipient"], a["status"]) for a in r["awards"]] == [("huyện Kim Bảng", "conferred")]
    assert _acts(r) == []
    r = rec(LEAD + "Tại hội nghị, ông Lê Minh Đức đã trao Bằng khen của Chủ tịch UBND tỉnh cho huyện Lý Nhân, đơn vị dẫn đầu "
                   "phong trào thi đua của Cụm năm 2024.")
    assert ranks(r) == [(1, "huyện Lý Nhân")]
    assert _acts(r) == []


def test_a_ranking_stated_or_chosen_stays_an_act_beside_a_conferral(rec):
    # (negative) the meeting's own choice, before the handover that names the leader again
    r = rec(LEAD + "Hội nghị đã bình chọn huyện Kim Bảng là đơn vị dẫn đầu Cụm; bà Trần Thu Hà trao Cờ thi đua của UBND "
                   "tỉnh cho huyện Kim Bảng - đơn vị dẫn đầu Cụm.")
    assert _acts(r) == [("ranking", "Hội nghị đã bình chọn huyện Kim Bảng là đơn vị dẫn đầu Cụm")]
    # (negative) the places stated with no conferral at all: the ranking's act as before
    r = rec(LEAD + "Huyện Kim Bảng dẫn đầu Cụm, huyện Lý Nhân xếp thứ hai, huyện Bình Lục xếp thứ ba.")
    assert kinds(r) == ["ranking"]
    # (negative) a choosing verb in the sentence of the handover: the choice is stated there
    r = rec(LEAD + "Ông Lê Minh Đức trao Cờ thi đua của UBND tỉnh cho huyện Bình Lục - đơn vị được hội nghị suy tôn dẫn đầu "
                   "Cụm năm 2024.")
    assert kinds(r) == ["ranking"]


def test_the_scores_that_lead_into_the_choice_are_the_ranking_not_a_report(rec):
    r = rec(LEAD + "Hội nghị đã thông qua kết quả chấm điểm, bình xét huyện Kim Bảng dẫn đầu Cụm.")
    assert kinds(r) == ["ranking"]
    r = rec(LEAD + "Các đại biểu thống nhất kết quả tự chấm điểm và suy tôn huyện Lý Nhân là đơn vị dẫn đầu Cụm.")
    assert kinds(r) == ["ranking"]
    assert ranks(r) == [(1, "huyện Lý Nhân")]


def test_the_scores_alone_or_with_a_report_stay_an_approval(rec):
    # (negative) the scores approved with no choice after them, and the scores named with a report
    r = rec(LEAD + "Hội nghị đã thông qua kết quả chấm điểm thi đua năm 2024 của các huyện trong Cụm.")
    assert kinds(r) == ["approve_report"]
    r = rec(LEAD + "Hội nghị đã thông qua kết quả chấm điểm, báo cáo tổng kết năm 2024.")
    assert kinds(r) == ["approve_report"]
