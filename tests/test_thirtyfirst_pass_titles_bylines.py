"""Thirty-first pass: titles in a fronted phrase, bylines with a unit-like pen name, the cluster's bare word, role notes."""


def _person(r, name):
    return next(p for p in r["people"] if p["name"] == name)


def test_title_in_fronted_phrase_stops_before_main_subject(rec):
    # "Dưới sự chủ trì của A, <title>, <subject> đã tổ chức ...": the subject is the clause's, not the person's unit
    r = rec("Dưới sự chủ trì của đồng chí Phan Văn Khải, Giám đốc Sở Công Thương, Khối thi đua số 6 đã tổ chức "
            "hội nghị tổng kết năm 2022.")
    assert _person(r, "Phan Văn Khải")["title"] == "Giám đốc Sở Công Thương"
    r = rec("Với sự tham dự của bà Đỗ Thị Lan, Phó Giám đốc Sở Nội vụ, UBND huyện Tân Kỳ đã tổ chức hội nghị "
            "sơ kết 6 tháng đầu năm 2024 của Cụm thi đua số 4.")
    assert _person(r, "Đỗ Thị Lan")["title"] == "Phó Giám đốc Sở Nội vụ"
    # (the verb without "đã", the subject's place after its name)
    r = rec("Với sự tham dự của bà Đỗ Thị Lan, Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh, "
            "Cụm thi đua số 8 tỉnh Lâm Đồng tổ chức hội nghị tổng kết năm 2022.")
    assert _person(r, "Đỗ Thị Lan")["title"] == "Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh"


def test_title_not_fronted_keeps_its_parts(rec):
    # no fronted phrase: the person is the subject, the second position is the title's
    r = rec("Ngày 5/1/2023, Khối thi đua số 6 tổng kết năm 2022. Đồng chí Phan Văn Khải, Giám đốc Sở Công Thương, "
            "Trưởng Khối thi đua số 6 đã phát biểu khai mạc.")
    assert _person(r, "Phan Văn Khải")["title"] == "Giám đốc Sở Công Thương, Trưởng Khối thi đua số 6"


_LEAD = "Ngày 9/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n\n"


def test_unlabelled_last_line_pen_name_opened_by_unit_word(rec):
    # a pen name opened by a word that also heads a unit ("Trường", "Ban"), alone on the last line: the author
    for line, name in (("Trường Hải", "Trường Hải"), ("TRƯỜNG HẢI", "TRƯỜNG HẢI"), ("Trường Vinh - Cổng TTĐT huyện", "Trường Vinh"),
                       ("Ban Nhi", "Ban Nhi"), ("Tin, ảnh: Ban Nhi", "Ban Nhi")):
        r = rec(_LEAD + line)
        assert r["author"] == name, line
        assert any(p["name"] == name and p["roles"] == ["author"] for p in r["people"]), line


def test_unit_line_at_the_end_is_no_author(rec):
    for line in ("Trường THCS Quang Trung", "Ban Dân vận", "Tin: BAN DÂN VẬN", "TRƯỜNG THCS HÒA"):
        r = rec(_LEAD + line)
        assert r["author"] is None, line


def test_unanimous_share_before_the_leading_unit(rec):
    # "thống nhất 100% <unit> là đơn vị dẫn đầu": the share of votes opens no unit; the unit leads and its award follows
    r = rec("Ngày 15/12/2022, Khối thi đua số 9 tổ chức hội nghị tổng kết năm 2022. Hội nghị thống nhất 100% Sở Xây dựng "
            "là đơn vị dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert r["rankings"] == [{"rank": 1, "organization": "Sở Xây dựng"}]
    assert any(a["recipient"] == "Sở Xây dựng" and a["award"] == "Cờ thi đua" and a["status"] == "proposed" for a in r["awards"])
    assert any(d["kind"] == "ranking" for d in r["decisions"])
    # (the share of what was agreed, no unit after it: no ranking)
    r = rec("Ngày 15/12/2022, Khối thi đua số 9 tổ chức hội nghị tổng kết năm 2022. Hội nghị thống nhất 100% các nội dung, "
            "Sở Xây dựng tiếp tục dẫn đầu về giải ngân.")
    assert r["rankings"] == []


def test_bare_head_then_verb_is_no_cluster_name(rec):
    # the lead says only "Cụm"; a later "trong Cụm <verb phrase>" names nothing: the headline's name stands
    for tail in ("bước vào năm mới với nhiều kỳ vọng", "vào cuộc quyết liệt", "ra quân thực hiện kế hoạch", "nhìn chung hoàn thành tốt"):
        r = rec("Cụm thi đua số 8 sơ kết 6 tháng đầu năm 2024\nSáng 9-7, Cụm tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\n\n"
                "Các xã trong Cụm " + tail + ".")
        assert r["cluster"]["name"] == "Cụm thi đua số 8", tail


def test_chair_title_names_the_cluster_its_bare_head_holds(rec):
    # "..., Trưởng Khối thi đua số 7, Khối đã tổ chức": the bare head is the subject, the chair's title names the bloc
    r = rec("Sáng 3-1, dưới sự chủ trì của đồng chí Hà Văn Tâm, Giám đốc Sở Tài chính - Trưởng Khối thi đua số 7, Khối đã "
            "tổ chức hội nghị tổng kết năm 2023.\n\nCác đơn vị trong Khối vào cuộc quyết liệt.")
    assert r["cluster"]["name"] == "Khối thi đua số 7"
    assert _person(r, "Hà Văn Tâm")["title"] == "Giám đốc Sở Tài chính - Trưởng Khối thi đua số 7"
    # (a lower-case descriptor that is a name stays one)
    r = rec("Ngày 3/1/2024, Khối doanh nghiệp tỉnh tổ chức hội nghị tổng kết năm 2023.")
    assert r["cluster"]["name"] == "Khối doanh nghiệp"


def test_next_year_note_on_one_member_leaves_the_others_present(rec):
    # a next-year role note on one member: the other notes, no year of their own, give the present roles
    lead = "Ngày 20/12/2022, Khối thi đua số 3 tổ chức hội nghị tổng kết năm 2022. Khối gồm: "
    r = rec(lead + "Sở Tài chính (Khối trưởng), Sở Công Thương (Khối phó), Sở Xây dựng (Khối trưởng năm 2023) và Sở Du lịch.")
    c = r["cluster"]
    assert c["chair"]["organization"] == "Sở Tài chính" and c["vice_chair"]["organization"] == "Sở Công Thương"
    assert c["next_chair"]["organization"] == "Sở Xây dựng" and c["next_vice_chair"] is None
    r = rec(lead + "Sở Tài chính (Khối trưởng), Sở Công Thương (Khối phó), Sở Xây dựng (Phó khối năm 2023) và Sở Du lịch.")
    c = r["cluster"]
    assert c["chair"]["organization"] == "Sở Tài chính" and c["next_chair"] is None
    assert c["next_vice_chair"]["organization"] == "Sở Xây dựng"
    # (both next roles noted: each its own)
    r = rec(lead + "Sở Tài chính (Khối trưởng), Sở Công Thương (Khối phó năm 2023), Sở Xây dựng (Khối trưởng năm 2023).")
    c = r["cluster"]
    assert c["next_chair"]["organization"] == "Sở Xây dựng" and c["next_vice_chair"]["organization"] == "Sở Công Thương"
    # (the dated note first: the undated one after it is still the present role)
    r = rec(lead + "Sở Tài chính (Khối trưởng năm 2023), Sở Công Thương (Khối phó), Sở Xây dựng và Sở Du lịch.")
    c = r["cluster"]
    assert c["next_chair"]["organization"] == "Sở Tài chính" and c["vice_chair"]["organization"] == "Sở Công Thương"
    assert c["next_vice_chair"] is None
    # (a year opening the line dates every note of it)
    r = rec("Ngày 20/12/2022, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2022. Luân phiên các năm tới như sau:\n"
            "Năm 2023: UBND xã An Phú (Cụm trưởng), UBND xã Bình Minh (Cụm phó).")
    c = r["cluster"]
    assert c["next_chair"]["organization"] == "UBND xã An Phú" and c["next_vice_chair"]["organization"] == "UBND xã Bình Minh"
