"""Guards on the people rules of the thirty-first pass: a unit's name read as a given name, a fronted title after "có" that
is another person's or a group's, a noun act that hid a later verb of the same role. Invented examples."""
import pytest

_OPEN = "Ngày 18/1/2024, Cụm thi đua số 2 tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023. "


def _people(r: dict) -> dict:
    return {p["name"]: (p["title"], p["roles"]) for p in r["people"]}


# A. a position, its unit's words and a capital word that opens a unit's name, not the given name of one named before
@pytest.mark.parametrize("name, title, mention", [
    ("Đỗ Thị Ngân", "Giám đốc Sở Tài chính", "Giám đốc Ngân hàng Chính sách xã hội tỉnh trình bày báo cáo tổng kết."),
    ("Phan Văn Hải", "Cục trưởng Cục Thống kê tỉnh", "Ông Mã Văn Đức, Cục trưởng Cục Hải quan Hà Giang trình bày báo cáo."),
    ("Phan Văn Công", "Phó Giám đốc Sở Tư pháp", "Phó Giám đốc Công an tỉnh phát biểu tại hội nghị."),
    ("Phan Văn Thành", "Phó Bí thư Huyện ủy Vị Xuyên", "Phó Bí thư Thành ủy Hà Giang phát biểu chỉ đạo."),
    ("Phan Văn Bảo", "Giám đốc Sở Tài chính", "Giám đốc Bảo hiểm xã hội huyện trình bày tham luận."),
    ("Phan Văn Trường", "Hiệu trưởng Trường Cao đẳng Kỹ thuật", "Hiệu trưởng Trường chính trị tỉnh trình bày tham luận."),
    ("Phan Văn Kho", "Giám đốc Sở Tài chính", "Giám đốc Kho bạc Nhà nước Hà Giang trình bày báo cáo."),
    ("Đỗ Thị Điện", "Giám đốc Sở Công Thương", "Giám đốc Điện lực Hà Giang phát biểu tham luận."),
    ("Đỗ Thị Liên", "Chủ tịch Hội Nông dân tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh phát biểu tham luận."),
    ("Phan Văn Tỉnh", "Bí thư Huyện ủy Bắc Mê", "Bí thư Tỉnh đoàn phát biểu về công tác thanh niên."),
])
def test_a_unit_opening_with_a_given_name_is_no_mention_of_the_person(rec, name, title, mention):
    r = rec(_OPEN + f"Dự hội nghị có {'bà' if ' Thị ' in name else 'ông'} {name}, {title}. {mention}")
    assert _people(r)[name] == (title, ["attended"])


@pytest.mark.parametrize("mention, role", [
    ("Phát biểu tại hội nghị, Giám đốc Ngân đề nghị các đơn vị tiếp tục thi đua.", "spoke"),
    ("Giám đốc Ngân, Cụm trưởng nhấn mạnh vai trò của thi đua.", "spoke"),
    ("Giám đốc Sở Ngân cũng đề nghị các đơn vị tiếp tục thi đua.", "spoke"),
])
def test_a_given_name_that_may_open_a_unit_still_names_the_person_before_a_verb(rec, mention, role):
    # (near form: "Ngân" as the given name, a verb or a comma after it, no "hàng")
    r = rec(_OPEN + f"Dự hội nghị có bà Đỗ Thị Ngân, Giám đốc Sở Tài chính. {mention}")
    assert _people(r)["Đỗ Thị Ngân"] == ("Giám đốc Sở Tài chính", ["attended", role])


# B. the words between "có" and the comma before the honorific: not a bare-named person's title, nor a group's, nor over the
# title written after the name
@pytest.mark.parametrize("roll, title", [
    ("Dự hội nghị có Giám đốc Sở Y tế Đỗ Minh Tuấn, bà Hà Thị Lan, Trưởng phòng Nội vụ huyện Bắc Mê.",
     "Trưởng phòng Nội vụ huyện Bắc Mê"),
    ("Tham dự có Thủ trưởng các cơ quan, đơn vị thành viên, bà Hà Thị Lan, Trưởng phòng Nội vụ huyện Bắc Mê.",
     "Trưởng phòng Nội vụ huyện Bắc Mê"),
    ("Dự hội nghị có Giám đốc Sở Y tế Đỗ Minh Tuấn, bà Hà Thị Lan.", None),
    ("Tham dự có Chủ tịch các hội đặc thù, bà Hà Thị Lan.", None),
])
def test_a_roll_after_co_gives_no_fronted_title_of_another_or_of_a_group(rec, roll, title):
    r = rec(_OPEN + roll)
    assert _people(r)["Hà Thị Lan"][0] == title


def test_a_single_position_after_co_is_still_the_fronted_title(rec):
    # (near form: one position and unit, no name, no plural, no title after the name)
    r = rec(_OPEN + "Dự hội nghị có Trưởng phòng Nội vụ huyện Bắc Mê, bà Hà Thị Lan.")
    assert _people(r)["Hà Thị Lan"][0] == "Trưởng phòng Nội vụ huyện Bắc Mê"


# C. a noun act with its doer after "của" skips that verb only: the same role's verb after it is read
@pytest.mark.parametrize("sentence", [
    "Ông Đinh Văn Quý, Chủ tịch UBND huyện Bắc Mê, Cụm trưởng tiếp thu ý kiến phát biểu của các đơn vị và kết luận hội nghị.",
    "Thay mặt Cụm trưởng, ông Đinh Văn Quý, Chủ tịch UBND huyện Bắc Mê tiếp thu ý kiến chỉ đạo của lãnh đạo Sở Nội vụ và "
    "phát biểu bế mạc hội nghị.",
])
def test_a_later_verb_of_the_role_after_a_noun_act_is_read(rec, sentence):
    r = rec(_OPEN + sentence)
    assert "spoke" in _people(r)["Đinh Văn Quý"][1]


def test_a_noun_act_alone_still_gives_no_role(rec):
    # (near form: no verb of the role after the noun act)
    r = rec(_OPEN + "Hội nghị đã nghe ông Đinh Văn Quý trình bày tham luận và ý kiến chỉ đạo của bà Hà Thị Lan, Giám đốc Sở "
            "Nội vụ.")
    assert _people(r)["Đinh Văn Quý"][1] == ["reported"]
