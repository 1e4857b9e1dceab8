"""People's roles of the twenty-seventh pass, each on an invented example."""
import pytest

LEAD = "Ngày 12/1/2024, Cụm thi đua số 5 tỉnh Trà Vinh tổ chức hội nghị tổng kết năm 2023. "


def _people(r):
    return {p["name"]: p for p in r["people"]}


# 1. a person named again by the honorific and the title alone

@pytest.mark.parametrize("again", ["đồng chí Phó Chủ tịch UBND tỉnh", "ông Phó Chủ tịch UBND tỉnh"])
def test_a_speaker_named_again_by_the_title_alone_spoke(rec, again):
    r = rec(LEAD + "Dự hội nghị có ông Thạch Văn Phước, Phó Chủ tịch UBND tỉnh. "
            f"Phát biểu tại hội nghị, {again} tuyên dương các huyện trong Cụm.")
    assert _people(r)["Thạch Văn Phước"]["roles"] == ["attended", "spoke"]


def test_the_title_alone_stands_for_a_title_with_its_place_or_a_part_of_it(rec):
    r = rec(LEAD + "Dự hội nghị có đồng chí Kim Thị Sa Rươl, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy - "
            "Trưởng Khối thi đua và đồng chí Sơn Minh Tâm, Phó Chủ tịch UBND tỉnh Trà Vinh. Đồng chí Phó Chủ tịch UBND tỉnh "
            "đề nghị các huyện phát huy kết quả. Đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy nhấn mạnh vai trò của Cụm.")
    p = _people(r)
    assert p["Sơn Minh Tâm"]["roles"] == ["attended", "spoke"]
    assert p["Kim Thị Sa Rươl"]["roles"] == ["attended", "spoke"]


def test_a_title_two_people_hold_names_neither(rec):
    r = rec(LEAD + "Dự hội nghị có ông Thạch Văn Phước, Phó Chủ tịch UBND tỉnh và ông Lâm Quốc Khởi, Phó Chủ tịch UBND tỉnh. "
            "Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh tuyên dương các huyện trong Cụm.")
    p = _people(r)
    assert p["Thạch Văn Phước"]["roles"] == ["attended"]
    assert p["Lâm Quốc Khởi"]["roles"] == ["attended"]


def test_a_deputy_is_not_named_by_the_head_title(rec):
    r = rec(LEAD + "Dự hội nghị có bà Lý Thị Ngọc Hân, Phó Trưởng Ban Tuyên giáo Tỉnh ủy. "
            "Phát biểu tại hội nghị, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị các huyện phát huy kết quả.")
    assert _people(r)["Lý Thị Ngọc Hân"]["roles"] == ["attended"]


# 2. speech verbs: the title stops before them and they give spoke

@pytest.mark.parametrize("verb", ["khen ngợi", "tuyên dương", "động viên", "nhắc nhở", "chỉ rõ", "gợi mở", "tin tưởng",
                                  "thông tin về", "chúc", "hoan nghênh", "cảm ơn", "phân tích", "giải đáp", "trao đổi"])
def test_a_speech_verb_ends_the_title_and_gives_spoke(rec, verb):
    r = rec(LEAD + f"Đồng chí Kiên Thị Phương Thảo, Giám đốc Sở Tư pháp {verb} kết quả của các đơn vị trong Cụm.")
    p = _people(r)["Kiên Thị Phương Thảo"]
    assert (p["title"], p["roles"]) == ("Giám đốc Sở Tư pháp", ["spoke"])


def test_information_in_a_unit_name_is_no_speech(rec):
    r = rec(LEAD + "Ông Trầm Văn Lợi, Giám đốc Trung tâm Công nghệ thông tin và Truyền thông tỉnh dự hội nghị.")
    p = _people(r)["Trầm Văn Lợi"]
    assert (p["title"], p["roles"]) == ("Giám đốc Trung tâm Công nghệ thông tin và Truyền thông tỉnh", ["attended"])


def test_the_wish_of_a_gift_is_no_speech(rec):
    r = rec(LEAD + "Bà Huỳnh Thị Diễm, Chủ tịch Hội Nông dân tỉnh tặng hoa chúc các đơn vị trong Cụm.")
    assert _people(r)["Huỳnh Thị Diễm"]["roles"] == ["attended"]


# 3. people parted by ";" before a verb each one's in turn, or after the plural honorific

@pytest.mark.parametrize("lead, tail", [("bà Thạch Thị Đa, Phó Giám đốc Sở Tài chính; ông Kim Văn Sóc,", "lần lượt phát biểu tham luận"),
                                        ("các đồng chí Thạch Thị Đa, Phó Giám đốc Sở Tài chính; Kim Văn Sóc,", "phát biểu tham luận")])
def test_people_parted_by_semicolons_share_a_verb_in_turn(rec, lead, tail):
    r = rec(LEAD + f"Tại hội nghị, {lead} Phó Tổng Biên tập Báo Trà Vinh {tail}.")
    p = _people(r)
    assert p["Thạch Thị Đa"]["roles"] == ["spoke"]
    assert p["Kim Văn Sóc"]["roles"] == ["spoke"]


def test_without_in_turn_the_verb_is_the_last_ones(rec):
    r = rec(LEAD + "Tại hội nghị, bà Thạch Thị Đa, Phó Giám đốc Sở Tài chính; ông Kim Văn Sóc, Phó Tổng Biên tập Báo Trà Vinh "
            "phát biểu tham luận.")
    p = _people(r)
    assert p["Thạch Thị Đa"]["roles"] == []
    assert p["Kim Văn Sóc"]["roles"] == ["spoke"]


# 4. signing the covenant shows the person at the meeting

def test_signing_the_covenant_is_attended(rec):
    r = rec(LEAD + "Bà Dương Thị Kiều, Chủ tịch UBND huyện Cầu Kè ký giao ước thi đua năm 2024.")
    p = _people(r)["Dương Thị Kiều"]
    assert (p["title"], p["roles"]) == ("Chủ tịch UBND huyện Cầu Kè", ["attended"])


# 5. a Bahnar or Xơ Đăng name "A + given name": only between a title and a role verb

@pytest.mark.parametrize("title, verb, role", [("Chủ tịch UBND huyện Kon Plông", "phát biểu tại hội nghị", "spoke"),
                                               ("Bí thư Huyện ủy", "chủ trì hội nghị", "presided")])
def test_an_a_name_between_a_title_and_a_role_verb(rec, title, verb, role):
    r = rec(LEAD + f"{title} A Thanh {verb}.")
    p = _people(r)["A Thanh"]
    assert (p["title"], p["roles"]) == (title, [role])


@pytest.mark.parametrize("text", ["Chủ tịch UBND huyện A Lưới phát biểu tại hội nghị.",  # a district
                                  "Chủ tịch UBND xã A Thanh phát biểu tại hội nghị.",  # a commune, after its kind word
                                  "Giám đốc Sở A Thanh phát biểu tại hội nghị.",  # a placeholder unit
                                  "Chủ tịch UBND huyện Kon Plông A Thanh, Cụm trưởng."])  # no role verb after it
def test_an_a_name_without_that_context_is_no_person(rec, text):
    r = rec(LEAD + text)
    assert "A Thanh" not in _people(r) and "A Lưới" not in _people(r)
