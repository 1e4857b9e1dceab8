"""Forms of the fifteenth pass, each on an invented example."""

REVIEW = "Sáng 12/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n\n"


def test_places_counted_in_words_after_the_unit_they_share(rec):
    r = rec(REVIEW + "Cụm thi đua số 4 gồm Hội Nông dân bảy tỉnh Sơn La, Điện Biên, Lai Châu, Hòa Bình, Lào Cai, Yên Bái và Hà Giang.")
    assert r["cluster"]["members"] == ["Sơn La", "Điện Biên", "Lai Châu", "Hòa Bình", "Lào Cai", "Yên Bái", "Hà Giang"]
    assert r["cluster"]["member_count"] == 7
    # ("năm" before a place kind is left alone: as often the year as five)
    r = rec(REVIEW + "Cụm thi đua số 4 gồm các đơn vị năm tỉnh Sơn La và Điện Biên cùng tham gia.")
    assert r["cluster"]["member_count"] is None


def test_members_after_la_then_the_shared_unit_and_the_kinds_of_places(rec):
    r = rec(REVIEW + "Các đơn vị thành viên của Cụm là Hội Cựu chiến binh các tỉnh, thành phố: Sơn La, Điện Biên và Lai Châu.")
    assert r["cluster"]["members"] == ["Sơn La", "Điện Biên", "Lai Châu"]
    # (without the colon the list is read as written)
    r = rec(REVIEW + "Các đơn vị thành viên của Cụm là Sở Tư pháp, Sở Nội vụ và Thanh tra tỉnh.")
    assert r["cluster"]["members"] == ["Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh"]


def people(r):
    return [(p["name"], p["title"]) for p in r["people"]]


def test_two_positions_before_the_honorific_make_one_title(rec):
    r = rec(REVIEW + "Phó Chủ tịch UBND huyện Tân Lạc, Cụm trưởng Cụm thi đua số 4, ông Đinh Công Sứ chủ trì hội nghị.")
    assert people(r) == [("Đinh Công Sứ", "Phó Chủ tịch UBND huyện Tân Lạc, Cụm trưởng Cụm thi đua số 4")]
    assert r["cluster"]["chair"]["organization"] == "UBND huyện Tân Lạc"
    r = rec(REVIEW + "Phát biểu chỉ đạo, Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh, bà Hà Thị Mai đề nghị Cụm đổi mới.")
    assert people(r) == [("Hà Thị Mai", "Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh")]
    # (a person named before the title keeps it; the next person gets none)
    r = rec(REVIEW + "Dự hội nghị có ông Bùi Văn Khánh, Giám đốc Sở Nội vụ, ông Đinh Công Sứ và các thành viên.")
    assert people(r)[0] == ("Bùi Văn Khánh", "Giám đốc Sở Nội vụ")
