"""Guards on the thirtieth pass's new rules, each on an invented example: a short place kind's full stop ("TP.", "H.") ends a
value where a new sentence follows it (a position, a unit, a sentence opener, a person), and keeps it where a place's name
follows; a list of units opening with a proposer's body proposes; "nội dung" blocks a ranking only where it names the review;
"BK" is a Bằng khen only with its giver or after a verb of giving."""

LEAD = "Ngày 15/01/2024, Cụm thi đua số 4 thuộc thành phố Đà Nẵng tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _people(r):
    return [(p["name"], p["title"], p["roles"]) for p in r["people"]]


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_a_position_after_a_bare_city_abbreviation_opens_a_new_sentence(rec):
    r = rec(LEAD + "Dự hội nghị có bà Trần Thị Mai, Phó Trưởng Ban Thi đua - Khen thưởng TP. Phó Chủ tịch UBND quận Sơn Trà "
            "Đỗ Văn Khải, Cụm trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "UBND quận Sơn Trà", "person": "Đỗ Văn Khải"}
    assert ("Trần Thị Mai", "Phó Trưởng Ban Thi đua - Khen thưởng TP", ["attended"]) in _people(r)
    assert [p[0] for p in _people(r) if "presided" in p[2]] == ["Đỗ Văn Khải"]


def test_a_unit_after_a_bare_city_abbreviation_opens_a_new_sentence(rec):
    r = rec(LEAD + "Dự hội nghị có bà Trần Thị Mai, Phó Chủ tịch UBND TP. Sở Tư pháp đánh giá cao kết quả của Cụm.")
    assert _people(r) == [("Trần Thị Mai", "Phó Chủ tịch UBND TP", ["attended"])]


def test_an_elected_unit_and_a_recipient_end_at_a_bare_city_abbreviation(rec):
    r = rec(LEAD + "Hội nghị thống nhất bầu Cụm trưởng năm 2024 là Cục Thuế TP. Phó Giám đốc Sở Tư pháp Đỗ Văn Khải phát biểu "
            "chỉ đạo.")
    assert r["cluster"]["next_chair"] == {"organization": "Cục Thuế TP", "person": None}
    assert _people(r) == [("Đỗ Văn Khải", "Phó Giám đốc Sở Tư pháp", ["spoke"])]
    r = rec(LEAD + "Hội nghị suy tôn Cục Thuế TP dẫn đầu Cụm và đề nghị UBND thành phố tặng Cờ thi đua cho Cục Thuế TP. Phó "
            "Giám đốc Sở Tư pháp Đỗ Văn Khải phát biểu chỉ đạo.")
    assert [a[0] for a in _awards(r)] == ["Cục Thuế TP"]


def test_a_cluster_name_and_a_venue_end_at_a_short_kind_before_a_title(rec):
    r = rec("Ngày 15/01/2024, UBND quận Liên Chiểu tổ chức hội nghị tổng kết công tác thi đua năm 2023 của Cụm thi đua các "
            "quận, huyện TP. Phó Chủ tịch UBND TP Đỗ Văn Khải dự và phát biểu chỉ đạo.")
    assert r["cluster"]["name"] == "Cụm thi đua các quận, huyện TP"
    r = rec("Ngày 15/01/2024, Khối thi đua các trường cao đẳng tổ chức hội nghị tổng kết năm 2023 tại phòng họp khu nhà X. "
            "Phó Chủ tịch UBND tỉnh Đỗ Văn Khải dự và phát biểu chỉ đạo.")
    assert r["meeting"]["venue"] == "phòng họp khu nhà X"


def test_a_person_or_a_sentence_opener_after_a_bare_city_abbreviation(rec):
    # (a person's name with a verb a few words on, and "Tại Hội nghị", open the next sentence)
    r = rec(LEAD + "Dự hội nghị có bà Trần Thị Mai, Phó Chủ tịch UBND TP. Đỗ Văn Khải phát biểu chỉ đạo.")
    assert _people(r) == [("Trần Thị Mai", "Phó Chủ tịch UBND TP", ["attended"])]
    # (or with a position after its comma)
    r = rec(LEAD + "Dự hội nghị có bà Trần Thị Mai, Phó Chủ tịch UBND TP. Đỗ Văn Khải, Giám đốc Sở Tư pháp phát biểu chỉ đạo.")
    assert _people(r) == [("Trần Thị Mai", "Phó Chủ tịch UBND TP", ["attended"]),
                          ("Đỗ Văn Khải", "Giám đốc Sở Tư pháp", ["attended", "spoke"])]
    r = rec(LEAD + "Hội nghị thống nhất bầu Cụm trưởng năm 2024 là Cục Thuế TP. Tại Hội nghị, các đơn vị đã ký giao ước "
            "thi đua năm 2024.")
    assert r["cluster"]["next_chair"] == {"organization": "Cục Thuế TP", "person": None}


def test_a_place_after_a_short_kind_still_keeps_the_stop(rec):
    # (a place the gazetteer knows, a verb after it; a ward's number after "P."; an unknown name of two capitalised words)
    r = rec(LEAD + "Hội nghị thống nhất bầu Cụm trưởng năm 2024 là UBND Q. Hải Châu.")
    assert r["cluster"]["next_chair"] == {"organization": "UBND Q. Hải Châu", "person": None}
    r = rec(LEAD + "Ông Đỗ Văn Khải, Chủ tịch UBND TX. Điện Bàn chủ trì hội nghị.")
    assert _people(r) == [("Đỗ Văn Khải", "Chủ tịch UBND TX. Điện Bàn", ["presided"])]
    r = rec(LEAD + "Hội nghị đề nghị UBND thành phố tặng Cờ thi đua cho UBND P. 7.")
    assert [a[0] for a in _awards(r)] == ["UBND P. 7"]
    r = rec(LEAD + "Hội nghị đề nghị UBND thành phố tặng Cờ thi đua cho UBND P. Thanh Khê Đông.")
    assert [a[0] for a in _awards(r)] == ["UBND P. Thanh Khê Đông"]


def test_a_list_opening_with_a_proposers_body_proposes(rec):
    r = rec(LEAD + "Hội nghị suy tôn UBND quận Hải Châu dẫn đầu Cụm. Sở Nội vụ, Ban Thi đua - Khen thưởng thành phố đề nghị "
            "tặng Cờ thi đua của UBND thành phố.")
    assert _awards(r) == []
    r = rec(LEAD + "Hội nghị suy tôn UBND quận Hải Châu dẫn đầu Cụm. UBND thành phố, Sở Nội vụ đề nghị tặng Cờ thi đua.")
    assert _awards(r) == []
    # (units of the cluster listed stay its recipients)
    r = rec(LEAD + "Hội nghị suy tôn UBND quận Hải Châu dẫn đầu Cụm. UBND quận Sơn Trà, UBND quận Cẩm Lệ đề nghị tặng "
            "Bằng khen của UBND thành phố.")
    assert [a[0] for a in _awards(r)] == ["UBND quận Sơn Trà", "UBND quận Cẩm Lệ"]


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_noi_dung_blocks_a_ranking_only_where_it_names_the_review(rec):
    r = rec(LEAD + "Ngoài các nội dung nêu trên, hội nghị đã tiến hành bình xét thi đua năm 2023.")
    assert "ranking" in _kinds(r)
    r = rec(LEAD + "Theo nội dung của chương trình, các thành viên đã bình xét thi đua năm 2023.")
    assert "ranking" in _kinds(r)
    r = rec(LEAD + "Hội nghị đã thống nhất các nội dung nêu trên và tiến hành bình xét thi đua năm 2023.")
    assert "ranking" in _kinds(r)
    # (the rules' content for a review to come stays no ranking)
    r = rec(LEAD + "Hội nghị thống nhất nội dung chấm điểm, xếp loại, bình xét thi đua cuối năm 2024.")
    assert "ranking" not in _kinds(r)


def test_bk_inside_a_companys_name_is_no_award(rec):
    r = rec(LEAD + "Hội nghị suy tôn Công ty TNHH Xây dựng BK dẫn đầu Cụm.")
    assert _awards(r) == []
    r = rec(LEAD + "Hội nghị suy tôn Công ty CP BK Hòa Phát dẫn đầu Cụm.")
    assert _awards(r) == []
    # (with its giver, or after a verb of giving, it is one)
    r = rec(LEAD + "Hội nghị đề nghị tặng BK cho Sở Tư pháp.")
    assert _awards(r) == [("Sở Tư pháp", "BK", "proposed")]
    r = rec(LEAD + "Sở Tư pháp được tặng BK của Chủ tịch UBND thành phố.")
    assert _awards(r) == [("Sở Tư pháp", "BK của Chủ tịch UBND thành phố", "conferred")]
