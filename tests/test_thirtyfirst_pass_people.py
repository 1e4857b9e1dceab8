"""People, titles, roles and a study trip of the thirty-first pass, each on an invented example."""
import pytest

_OPEN = "Ngày 12/1/2024, Khối thi đua số 4 tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023. "


def _people(r: dict) -> dict:
    return {p["name"]: (p["title"], p["roles"]) for p in r["people"]}


@pytest.mark.parametrize("mention, role", [
    ("Phát biểu tại hội nghị, Phó Giám đốc Khánh yêu cầu các đơn vị tiếp tục thi đua.", "spoke"),
    ("Kết luận hội nghị, Phó Giám đốc Sở Khánh yêu cầu các đơn vị tiếp tục thi đua.", "spoke"),
    ("Phó Giám đốc Sở Xây dựng Khánh trình bày báo cáo tổng kết.", "reported"),
])
def test_a_person_named_again_by_a_position_and_the_given_name_keeps_the_role(rec, mention, role):
    r = rec(_OPEN + "Dự hội nghị có bà Vàng Thị Khánh, Phó Giám đốc Sở Xây dựng. " + mention)
    assert _people(r)["Vàng Thị Khánh"] == ("Phó Giám đốc Sở Xây dựng", sorted(["attended", role]))


def test_a_position_and_given_name_picks_the_one_whose_title_opens_with_it(rec):
    r = rec(_OPEN + "Dự hội nghị có ông Sùng Văn Khánh, Trưởng ban Tuyên giáo Huyện ủy và bà Vàng Thị Khánh, Giám đốc Sở Xây "
            "dựng. Phát biểu tại hội nghị, Giám đốc Khánh yêu cầu các đơn vị tiếp tục thi đua.")
    p = _people(r)
    assert p["Vàng Thị Khánh"][1] == ["attended", "spoke"]
    assert p["Sùng Văn Khánh"][1] == ["attended"]


def test_a_position_the_person_does_not_hold_gives_no_role(rec):
    # (near form: "Giám đốc" is not the deputy's position, "Phó Giám đốc")
    r = rec(_OPEN + "Dự hội nghị có bà Vàng Thị Khánh, Phó Giám đốc Sở Xây dựng. Phát biểu tại hội nghị, Giám đốc Khánh yêu "
            "cầu các đơn vị tiếp tục thi đua.")
    assert _people(r)["Vàng Thị Khánh"][1] == ["attended"]


@pytest.mark.parametrize("head, unit, second, expected", [
    ("Bí thư", "Đảng ủy", "Tổng Giám đốc Tổng công ty Cà phê Tây Bắc", "Tổng công ty Cà phê Tây Bắc"),
    ("Phó Giám đốc", "Sở Y tế", "Chủ tịch Công đoàn ngành Y tế", "Sở Y tế"),
])
def test_the_chairs_unit_of_two_positions_joined_by_kiem_is_one_whole_unit(rec, head, unit, second, expected):
    r = rec(_OPEN + f"Ông Sùng Văn Khánh, {head} {unit} kiêm {second}, Khối trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"]["organization"] == expected


def test_a_position_kiem_a_cluster_role_still_names_its_unit(rec):
    # (near form: "kiêm" before the role, no second position)
    r = rec(_OPEN + "Ông Sùng Văn Khánh, Giám đốc Kho bạc Nhà nước tỉnh kiêm Khối trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Kho bạc Nhà nước tỉnh"


@pytest.mark.parametrize("lead", ["Tham dự có", "Dự hội nghị có"])
def test_a_position_before_the_honorific_after_co_is_the_title(rec, lead):
    r = rec(_OPEN + f"{lead} Chánh Văn phòng UBND tỉnh, bà Vàng Thị Khánh.")
    assert _people(r)["Vàng Thị Khánh"] == ("Chánh Văn phòng UBND tỉnh", ["attended"])


def test_the_title_of_the_person_named_before_is_not_the_next_ones(rec):
    # (near form: the position after the first name is that one's title, not a title written before the second)
    r = rec(_OPEN + "Tham dự có ông Sùng Văn Khánh, Chánh Văn phòng UBND tỉnh, bà Vàng Thị Hoa.")
    p = _people(r)
    assert p["Sùng Văn Khánh"][0] == "Chánh Văn phòng UBND tỉnh"
    assert p["Vàng Thị Hoa"][0] is None


@pytest.mark.parametrize("staff", ["cán bộ các xã", "cán bộ làm công tác văn phòng", "cán bộ, viên chức"])
def test_a_study_trip_for_the_staff_named_at_length_is_a_plan(rec, staff):
    r = rec(_OPEN + f"Hội nghị nhất trí tổ chức cho {staff} đi tham quan, học tập kinh nghiệm tại tỉnh Lào Cai.")
    assert [d["kind"] for d in r["decisions"]] == ["plan"]


def test_a_habit_of_sending_staff_on_a_trip_is_no_plan(rec):
    r = rec(_OPEN + "Hằng năm, các đơn vị thường tổ chức cho cán bộ các xã đi tham quan tại tỉnh Lào Cai.")
    assert r["decisions"] == []


def test_the_closing_verb_thong_qua_after_the_agent_is_not_in_the_title(rec):
    r = rec(_OPEN + "Báo cáo do ông Sùng Văn Khánh, Trưởng phòng Nội vụ huyện Mèo Vạc thông qua tại hội nghị đánh giá cao "
            "các đơn vị.")
    assert _people(r)["Sùng Văn Khánh"] == ("Trưởng phòng Nội vụ huyện Mèo Vạc", ["reported"])


@pytest.mark.parametrize("noun", ["ý kiến chỉ đạo", "ý kiến phát biểu", "ý kiến kết luận"])
def test_an_act_named_as_a_noun_with_its_doer_after_cua_is_not_the_reporters(rec, noun):
    r = rec(_OPEN + f"Hội nghị đã nghe bà Vàng Thị Khánh trình bày báo cáo và {noun} của ông Sùng Văn Hùng, Phó Chủ tịch "
            "UBND tỉnh.")
    p = _people(r)
    assert p["Vàng Thị Khánh"][1] == ["reported"]
    assert p["Sùng Văn Hùng"][1] == ["spoke"]


@pytest.mark.parametrize("given", ["Trưởng", "Ban", "Đảng", "Sở", "Phó", "Cục"])
def test_a_given_name_that_is_a_title_word_before_a_comma_and_position_stays_in_the_name(rec, given):
    r = rec(_OPEN + f"Tham dự có ông Sùng Văn {given}, Phó Giám đốc Sở Xây dựng và bà Vàng Thị Hoa.")
    assert _people(r)[f"Sùng Văn {given}"] == ("Phó Giám đốc Sở Xây dựng", ["attended"])


def test_a_position_word_after_a_full_name_still_ends_it(rec):
    # (near form: no comma, the position follows the name)
    r = rec(_OPEN + "Tham dự có bà Vàng Thị Hoa Trưởng ban Dân vận Huyện ủy.")
    assert "Vàng Thị Hoa" in _people(r)
