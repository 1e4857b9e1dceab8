"""Rankings: forms read in the twenty-sixth pass (numbered lists after the words that announce the ranking, a lead
reached through "được công nhận là" / "đạt danh hiệu", an agent between "được" and the choosing verb, a list item's
bullet before the leading unit)."""

HEAD = "Hội nghị tổng kết công tác thi đua năm 2023 của Cụm thi đua số 7.\n"


def ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


# --- a numbered list after the words that announce the ranking's result ----------------------------------------------
def test_ranks_listed_one_unit_a_line_after_the_announcement(rec):
    r = rec(HEAD + "Kết quả xếp hạng thi đua của Cụm năm 2023 như sau:\n1. Sở Nội vụ\n2. Sở Tư pháp\n3. Sở Y tế")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Tư pháp"), (3, "Sở Y tế")]


def test_ranks_listed_inline_between_full_stops(rec):
    r = rec(HEAD + "Kết quả bình xét, xếp hạng thi đua năm 2023 như sau: 1. Kho bạc Nhà nước Lào Cai. 2. Kho bạc Nhà nước Yên Bái.")
    assert ranks(r) == [(1, "Kho bạc Nhà nước Lào Cai"), (2, "Kho bạc Nhà nước Yên Bái")]


def test_ranks_listed_as_ordinal_labels_with_scores(rec):
    r = rec(HEAD + "Kết quả chấm điểm, xếp hạng năm 2023 như sau:\nThứ nhất: Sở Xây dựng (98,5 điểm)\n"
            "Thứ hai: Sở Công Thương (97 điểm)\nThứ ba: Sở Giao thông vận tải (95 điểm)")
    assert ranks(r) == [(1, "Sở Xây dựng"), (2, "Sở Công Thương"), (3, "Sở Giao thông vận tải")]


def test_numbered_list_of_tasks_or_award_recipients_is_no_ranking(rec):
    r = rec(HEAD + "Kết quả xếp hạng thi đua năm 2023 như sau:\n1. Tiếp tục đẩy mạnh phong trào thi đua\n2. Tổ chức tốt công tác khen thưởng")
    assert ranks(r) == []
    r = rec(HEAD + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho các đơn vị có kết quả xếp hạng cao:\n1. Sở Nội vụ\n2. Sở Tư pháp")
    assert ranks(r) == []
    r = rec(HEAD + "Thứ tự luân phiên Cụm trưởng như sau:\n1. Sở Nội vụ\n2. Sở Tư pháp")
    assert ranks(r) == []


def test_numbered_list_out_of_order_is_no_ranking(rec):
    r = rec(HEAD + "Kết quả xếp hạng thi đua năm 2023 như sau:\n1. Sở Nội vụ\n3. Sở Tư pháp")
    assert ranks(r) == []


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
