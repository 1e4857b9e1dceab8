"""Forms of the thirty-seventh pass, awards: a recipient written as a back-reference to the units just ranked, each on an
invented example, with a near form the rule must not fire on."""

LEAD = "Ngày 15/12/2023, Cụm thi đua số 6 tỉnh Phú Yên tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_a_counted_class_noun_with_a_demonstrative_stands_for_the_units_ranked_before(rec):
    text = (LEAD + "Trường THPT Lê Lợi xếp thứ nhất, Trường THPT Ngô Gia Tự xếp thứ nhì; hai trường này được đề nghị tặng "
            "Bằng khen của UBND tỉnh.")
    r = rec(text)
    assert _awards(r) == [("Trường THPT Lê Lợi", "Bằng khen của UBND tỉnh", "proposed"),
                          ("Trường THPT Ngô Gia Tự", "Bằng khen của UBND tỉnh", "proposed")]
    # (the evidence is on the unit's own name, where the ranking wrote it)
    assert [text[a:b] for a, b in r["evidence"]["awards[1].recipient"]] == ["Trường THPT Ngô Gia Tự"]


def test_a_plural_back_reference_in_the_next_sentence(rec):
    r = rec(LEAD + "Cụm suy tôn Sở Nội vụ và Sở Tư pháp là hai đơn vị dẫn đầu. Các đơn vị trên được đề nghị tặng Cờ thi đua "
            "của UBND tỉnh.")
    assert [a[0] for a in _awards(r)] == ["Sở Nội vụ", "Sở Tư pháp"]
    r = rec(LEAD + "Cụm suy tôn Sở Nội vụ, Sở Tư pháp và Sở Xây dựng là các đơn vị dẫn đầu; 03 đơn vị nói trên được đề nghị "
            "UBND tỉnh tặng Cờ thi đua.")
    assert [a[0] for a in _awards(r)] == ["Sở Nội vụ", "Sở Tư pháp", "Sở Xây dựng"]


def test_a_back_reference_whose_count_or_kind_does_not_match_gives_nothing(rec):
    # (three counted, two ranked)
    r = rec(LEAD + "Sở Nội vụ xếp thứ nhất, Sở Tư pháp xếp thứ nhì. Ba đơn vị nói trên được đề nghị tặng Bằng khen.")
    assert r["awards"] == []
    # (schools pointed to, departments ranked)
    r = rec(LEAD + "Sở Nội vụ xếp thứ nhất, Sở Tư pháp xếp thứ nhì; hai trường này được đề nghị tặng Bằng khen.")
    assert r["awards"] == []
    # (plural, one unit ranked)
    r = rec(LEAD + "Hội nghị suy tôn Sở Nội vụ dẫn đầu Cụm. Đồng thời, các đơn vị này đều được đề nghị tặng Bằng khen.")
    assert r["awards"] == []


def test_no_ranking_before_or_another_unit_named_between_gives_nothing(rec):
    # ("trên" as a preposition: "các đơn vị trên địa bàn" points back to nothing)
    r = rec(LEAD + "Các đơn vị trên địa bàn tỉnh được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert r["awards"] == []
    # (a guest's unit named after the ranking)
    r = rec(LEAD + "Trường THPT Lê Lợi dẫn đầu Cụm; đại diện Sở Giáo dục và Đào tạo phát biểu chỉ đạo. Đơn vị này được đề nghị "
            "tặng Cờ thi đua.")
    assert r["awards"] == []


def test_a_definite_class_noun_after_cho_stands_for_the_unit_ranked_in_the_clause(rec):
    r = rec(LEAD + "Hội nghị suy tôn Trường THPT Lê Lợi dẫn đầu cụm và đề nghị UBND tỉnh tặng Cờ thi đua cho nhà trường.")
    assert _awards(r) == [("Trường THPT Lê Lợi", "Cờ thi đua", "proposed")]
    r = rec(LEAD + "Hội nghị suy tôn Sở Nội vụ dẫn đầu cụm và đề nghị UBND tỉnh tặng Cờ thi đua cho đơn vị.")
    assert _awards(r) == [("Sở Nội vụ", "Cờ thi đua", "proposed")]


def test_a_class_noun_with_words_after_it_or_of_another_kind_is_no_back_reference(rec):
    # (a class described, not pointed back to)
    r = rec(LEAD + "Hội nghị suy tôn Trường THPT Lê Lợi dẫn đầu cụm và đề nghị UBND tỉnh tặng Cờ thi đua cho đơn vị có thành "
            "tích xuất sắc.")
    assert r["awards"] == []
    # ("nhà trường" after a company: no school to stand for)
    r = rec(LEAD + "Hội nghị suy tôn Công ty CP Lâm sản Phú Yên dẫn đầu Khối và đề nghị tặng Cờ thi đua cho nhà trường.")
    assert r["awards"] == []
    # (singular after two units ranked: which one is not said)
    r = rec(LEAD + "Trường THPT Lê Lợi xếp thứ nhất, Trường THPT Ngô Gia Tự xếp thứ nhì. Hội nghị đề nghị tặng Bằng khen cho "
            "trường này.")
    assert r["awards"] == []


def test_a_definite_noun_in_a_list_of_classes_or_after_another_unit_is_no_back_reference(rec):
    # ("đơn vị, cá nhân có thành tích": classes of recipients, not the unit ranked)
    r = rec(LEAD + "Hội nghị suy tôn Sở Nội vụ dẫn đầu cụm và đề nghị UBND tỉnh tặng Bằng khen cho đơn vị, cá nhân có thành tích "
            "xuất sắc.")
    assert r["awards"] == []
    # (another unit named after the ranking: "đơn vị này" may be either)
    r = rec(LEAD + "Hội nghị suy tôn Sở Nội vụ dẫn đầu cụm. Sở Tư pháp cũng có nhiều đổi mới; đề nghị UBND tỉnh tặng Bằng khen "
            "cho đơn vị này.")
    assert r["awards"] == []
