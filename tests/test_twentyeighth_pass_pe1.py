"""People forms of the twenty-eighth pass (pe1), each on an invented example."""
import pytest

LEAD = "Sáng 12/12/2024, Khối thi đua số 7 tỉnh Quảng Trị tổ chức hội nghị tổng kết năm 2024. "


def _people(r):
    return {p["name"]: (p["honorific"], p["title"], p["roles"]) for p in r["people"]}


def test_a_person_named_after_a_plain_noun_is_a_person_with_no_honorific(rec):
    r = rec(LEAD + "Vận động viên Trương Thị Mai giành huy chương bạc; cầu thủ Lâm Quốc Bảo ghi hai bàn thắng. "
                   "Cháu Hà Minh Khôi, học sinh lớp 4, và cụ Từ Văn Lịch, cựu chiến binh, nhận quà của Khối.")
    got = _people(r)
    assert list(got) == ["Trương Thị Mai", "Lâm Quốc Bảo", "Hà Minh Khôi", "Từ Văn Lịch"]
    assert all(h is None and t is None for h, t, _ in got.values())


def test_a_plain_noun_that_is_also_a_common_word_needs_a_full_name_and_a_bodys_name_is_no_noun(rec):
    # ("Bác Hồ" is no person of the meeting; "em Trang" too short; "Hội Cựu chiến binh" a body)
    r = rec(LEAD + "Các đơn vị thi đua học tập và làm theo tấm gương Bác Hồ. Em Trang nhận quà. "
                   "Chủ tịch Hội Cựu chiến binh tỉnh Phùng Văn Hải phát biểu.")
    assert _people(r) == {"Phùng Văn Hải": (None, "Chủ tịch Hội Cựu chiến binh tỉnh", ["spoke"])}


def test_the_title_noun_bao_cao_vien_is_a_title_not_the_verb(rec):
    r = rec(LEAD + "Dự hội nghị có bà Thái Thị Hằng, báo cáo viên Huyện ủy Cam Lộ.")
    assert _people(r) == {"Thái Thị Hằng": ("bà", "báo cáo viên Huyện ủy Cam Lộ", ["attended"])}
    # (the verb itself still gives reported)
    r = rec(LEAD + "Bà Thái Thị Hằng, Chánh Văn phòng Huyện ủy báo cáo kết quả thi đua năm 2024.")
    assert _people(r)["Thái Thị Hằng"][2] == ["reported"]


@pytest.mark.parametrize("sentence, name", [
    ("Anh Vì Văn Chiến nhận quà.", "Vì Văn Chiến"),
    ("Chị Cà Thị Nga nhận quà.", "Cà Thị Nga"),
    ("Anh Mè Văn Sinh nhận quà.", "Mè Văn Sinh"),
    ("Chị Alăng Thị Hoa nhận quà.", "Alăng Thị Hoa")])
def test_family_names_of_the_northwest_and_the_co_tu(rec, sentence, name):
    r = rec(LEAD + sentence)
    assert [p["name"] for p in r["people"]] == [name]


def test_a_guarded_family_name_is_no_place_or_word(rec):
    # ("Cà Mau" is a province, "Vì vậy" a word)
    r = rec(LEAD + "Vì vậy, Khối đề nghị tặng Bằng khen cho Bưu điện tỉnh Cà Mau Đông.")
    assert r["people"] == []


@pytest.mark.parametrize("sentence, name, title, roles", [
    ("Kiểm sát viên Đoàn Minh Trí trình bày báo cáo tổng kết.", "Đoàn Minh Trí", "Kiểm sát viên", ["reported"]),
    ("Thư ký Tòa án Đoàn Minh Trí trình bày báo cáo tổng kết.", "Đoàn Minh Trí", "Thư ký Tòa án", ["reported"]),
    ("Chấp hành viên Lại Thị Thu, Chi cục Thi hành án dân sự huyện Hải Lăng phát biểu.", "Lại Thị Thu", "Chấp hành viên", ["spoke"]),
    ("Kiểm toán trưởng KTNN khu vực II Đoàn Minh Trí chủ trì hội nghị.", "Đoàn Minh Trí", "Kiểm toán trưởng KTNN khu vực II", ["presided"]),
    ("Dự hội nghị có Thẩm phán Tòa án nhân dân cấp cao Đoàn Minh Trí.", "Đoàn Minh Trí", "Thẩm phán Tòa án nhân dân cấp cao", ["attended"])])
def test_sector_positions_before_a_bare_name(rec, sentence, name, title, roles):
    r = rec(LEAD + sentence)
    assert _people(r) == {name: (None, title, roles)}


@pytest.mark.parametrize("title", [
    "Vụ trưởng Vụ Giải quyết khiếu nại, tố cáo và thanh tra khu vực II, Thanh tra Chính phủ",
    "Trưởng phòng Tiếp công dân, xử lý đơn thư, Thanh tra tỉnh Quảng Trị"])
def test_a_unit_name_of_the_inspection_sector_with_a_comma_is_not_cut(rec, title):
    r = rec(LEAD + f"Tham dự có ông Lưu Văn Khang - {title}.")
    assert _people(r) == {"Lưu Văn Khang": ("ông", title, ["attended"])}


@pytest.mark.parametrize("giver, verb, person", [
    ("Giám đốc Công an tỉnh", "tặng Giấy khen cho", "Trung tá Kha Văn Lực"),
    ("Bộ trưởng Bộ Công an", "trao Bằng khen cho", "Kha Văn Lực")])
def test_the_giver_of_an_award_before_its_verb_is_no_title_of_the_recipient(rec, giver, verb, person):
    r = rec(LEAD + f"Hội nghị đề nghị {giver} {verb} {person}, Phó Trưởng Công an huyện Gio Linh.")
    got = _people(r)
    assert got["Kha Văn Lực"][1] == "Phó Trưởng Công an huyện Gio Linh"


@pytest.mark.parametrize("sentence", [
    # (a district's pupils, a place pair, a unit's team, a school's short name after a figure: no person)
    "Khối đã tặng 200 suất quà cho học sinh Hà Quảng có hoàn cảnh khó khăn.",
    "Các đơn vị thăm hỏi thương binh Triệu Phong và nhà hảo tâm Cam Lộ.",
    "Khối đã thăm hỏi, tặng quà các cựu chiến binh Thạch Hãn, Thành Cổ và gia đình chính sách.",
    "Tại hội thao, các vận động viên Đoàn Kho bạc Nhà nước tỉnh giành giải nhì môn cầu lông.",
    "Khối trao 30 suất học bổng cho học sinh Nguyễn Trãi đạt giải học sinh giỏi cấp tỉnh.",
    # ("bạn" after a unit noun: the partner unit)
    "Trường THPT Cồn Tiên đã giao lưu với trường bạn Chu Văn An và đơn vị bạn Lý Thường Kiệt.",
    "Trường THCS Gio Mai đã giao lưu với trường bạn Đặng Thai Mai ở huyện Vĩnh Linh."])
def test_a_plain_noun_before_a_place_a_unit_or_a_figure_gives_no_person(rec, sentence):
    r = rec(LEAD + sentence)
    assert r["people"] == []


def test_a_plain_noun_before_a_full_name_still_gives_the_person(rec):
    r = rec(LEAD + "Khối trao học bổng cho học sinh Đặng Thị Ngọc Ánh và sinh viên Quách Minh Tuấn.")
    assert list(_people(r)) == ["Đặng Thị Ngọc Ánh", "Quách Minh Tuấn"]


@pytest.mark.parametrize("giver, verb, title, name", [
    ("Chủ tịch UBND tỉnh", "tặng Bằng khen cho", "Phó Giám đốc Sở Xây dựng", "Hồ Văn Quang"),
    ("Phó Chủ tịch UBND tỉnh", "trao Cờ thi đua cho", "Trưởng Công an huyện", "Mạc Thị Lành")])
def test_the_recipients_own_title_after_the_award_verb_is_read(rec, giver, verb, title, name):
    r = rec(LEAD + f"Dịp này, {giver} {verb} {title} {name} vì đã có thành tích xuất sắc.")
    assert _people(r)[name][:2] == (None, title)


@pytest.mark.parametrize("title", [
    "Giám đốc Trung tâm Trao đổi dữ liệu tỉnh",
    "Giám đốc Công ty Quà tặng Miền Trung",
    "Chủ tịch Hội đồng xét tặng danh hiệu"])
def test_a_units_noun_trao_doi_qua_tang_xet_tang_is_no_award_verb(rec, title):
    r = rec(LEAD + f"Tại hội nghị, {title} Tôn Nữ Hạnh phát biểu tham luận.")
    assert _people(r) == {"Tôn Nữ Hạnh": (None, title, ["spoke"])}
