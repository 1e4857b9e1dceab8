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
