"""Rankings: forms read in the twenty-sixth pass (numbered lists after the words that announce the ranking, a lead
reached through "được công nhận là" / "đạt danh hiệu", an agent between "được" and the choosing verb, a list item's
bullet before the leading unit)."""

HEAD = "Hội nghị tổng kết công tác thi đua năm 2023 của Cụm thi đua số 7.\n"


def ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


# --- a lead reached through "được công nhận là" or "đạt danh hiệu" -----------------------------------------------------
def test_lead_recognised_as_the_leading_unit(rec):
    r = rec(HEAD + "Qua bình xét, Công ty Điện lực Lai Châu được công nhận là đơn vị dẫn đầu Cụm.")
    assert ranks(r) == [(1, "Công ty Điện lực Lai Châu")]


def test_lead_attained_as_a_title_and_its_award(rec):
    r = rec(HEAD + "Kết quả: Công ty Điện lực Lai Châu đạt danh hiệu đơn vị dẫn đầu Cụm, được đề nghị tặng Cờ thi đua của EVN.")
    assert ranks(r) == [(1, "Công ty Điện lực Lai Châu")]
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == \
        [("Công ty Điện lực Lai Châu", "Cờ thi đua của EVN", "proposed")]


def test_lead_aimed_at_is_no_ranking(rec):
    r = rec(HEAD + "Công ty Điện lực Lai Châu quyết tâm phấn đấu đạt danh hiệu đơn vị dẫn đầu Cụm.")
    assert ranks(r) == []


# --- an agent between "được" and the verb that chose the rank ----------------------------------------------------------
def test_rank_chosen_by_an_agent_in_lower_case(rec):
    r = rec("Qua bình xét, Trường THCS Mỹ Hòa được cụm suy tôn xếp hạng nhất.")
    assert ranks(r) == [(1, "Trường THCS Mỹ Hòa")]


def test_rank_chosen_by_an_agent_of_several_words(rec):
    r = rec("Qua bình xét, Trường THCS Mỹ Hòa được Ban chỉ đạo cụm bình chọn xếp thứ nhì.")
    assert ranks(r) == [(2, "Trường THCS Mỹ Hòa")]


# --- a list item's bullet before the leading unit ----------------------------------------------------------------------
def test_lead_after_a_bullet_and_its_award(rec):
    for bullet in ("-", "+", "•", "✅"):
        r = rec("Khối thi đua số 4 tổ chức hội nghị tổng kết năm 2023. Hội nghị suy tôn:\n"
                f"{bullet} Sở Kế hoạch và Đầu tư dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua.")
        assert ranks(r) == [(1, "Sở Kế hoạch và Đầu tư")], bullet
        assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == \
            [("Sở Kế hoạch và Đầu tư", "Cờ thi đua", "proposed")], bullet
