"""Twenty-sixth pass: the leaders named as an award's recipients before "là N đơn vị dẫn đầu", and the recipient of a
proposal after "suy tôn A dẫn đầu" when A was ranked in an earlier sentence."""

_HEAD = "Ngày 12/01/2024, Khối thi đua các cơ quan nội chính tỉnh Bình Định tổ chức hội nghị tổng kết năm 2023.\n"


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _awards(r):
    return [(x["recipient"], x["award"], x["status"]) for x in r["awards"]]


def test_leaders_listed_after_the_awards_cho(rec):
    r = rec(_HEAD + "Hội nghị nhất trí đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Tư pháp và Thanh tra tỉnh là 02 đơn vị "
                    "dẫn đầu phong trào thi đua năm 2023 của Khối.")
    assert _ranks(r) == [(1, "Sở Tư pháp"), (1, "Thanh tra tỉnh")]
    assert ("Sở Tư pháp", "Cờ thi đua", "proposed") in _awards(r)


def test_leaders_counted_with_two_praise_words(rec):
    r = rec(_HEAD + "Hội nghị nhất trí đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Tư pháp và Thanh tra tỉnh là 02 đơn vị "
                    "tiêu biểu xuất sắc dẫn đầu phong trào thi đua năm 2023 của Khối.")
    assert _ranks(r) == [(1, "Sở Tư pháp"), (1, "Thanh tra tỉnh")]


def test_leaders_before_la_without_an_award_unchanged(rec):
    # (no award verb: the list opens the clause, as before)
    r = rec(_HEAD + "Sở Tư pháp và Thanh tra tỉnh là 02 đơn vị dẫn đầu phong trào thi đua năm 2023 của Khối.")
    assert _ranks(r) == [(1, "Sở Tư pháp"), (1, "Thanh tra tỉnh")]


def test_recipient_chosen_to_lead_after_an_earlier_rank(rec):
    r = rec(_HEAD + "Thanh tra tỉnh đứng thứ nhất. Hội nghị suy tôn Thanh tra tỉnh dẫn đầu Khối, đề nghị UBND tỉnh tặng "
                    "Cờ thi đua.")
    assert _awards(r) == [("Thanh tra tỉnh", "Cờ thi đua", "proposed")]
    assert _ranks(r) == [(1, "Thanh tra tỉnh")]
