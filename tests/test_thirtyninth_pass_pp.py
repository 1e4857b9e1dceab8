"""Thirty-ninth pass (x39pp): names differing only in diacritics, 'đại diện' inside a position's name, verbs of feeling
ending a title."""
from tdkt_extract import extract


def _rec(text: str) -> dict:
    return extract(text).model_dump(mode="json")


def _people(r: dict) -> dict:
    return {p["name"]: p for p in r["people"]}


LEAD = "Sáng 5/1/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023.\n"


def test_names_differing_only_in_diacritics_are_two_people():
    r = _rec(LEAD + "Bà Trần Thị Thu, Phó Giám đốc Sở Tư pháp, Cụm trưởng chủ trì hội nghị. "
                    "Bà Trần Thị Thư, Phó Giám đốc Sở Xây dựng, Cụm phó trình bày báo cáo.\n"
                    "Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho bà Trần Thị Thu và bà Trần Thị Thư.")
    ps = _people(r)
    assert ps["Trần Thị Thu"]["roles"] == ["presided"]
    assert ps["Trần Thị Thư"]["roles"] == ["reported"]
    assert r["cluster"]["vice_chair"] == {"organization": "Sở Xây dựng", "person": "Trần Thị Thư"}
    assert sorted(a["recipient"] for a in r["awards"]) == ["Trần Thị Thu", "Trần Thị Thư"]


def test_a_mark_lost_with_the_same_position_is_the_same_person():
    # negative: one mention without a mark, the same position: one person
    r = _rec(LEAD + "Dự hội nghị có đồng chí Phan Văn Hung, Phó Giám đốc Sở Nội vụ.\n"
                    "Phát biểu tại hội nghị, đồng chí Phan Văn Hùng, Phó Giám đốc Sở Nội vụ đề nghị các đơn vị tiếp tục cố gắng.")
    assert len(r["people"]) == 1


def test_representative_board_is_part_of_the_title():
    r = _rec("Ngày 10/1/2024, Cụm thi đua số 3 Ngân hàng Chính sách xã hội tổ chức hội nghị tổng kết năm 2023.\n"
             "Dự hội nghị có ông Hồ Văn Nam, Trưởng ban đại diện HĐQT Ngân hàng Chính sách xã hội huyện Cờ Đỏ.")
    assert _people(r)["Hồ Văn Nam"]["title"] == "Trưởng ban đại diện HĐQT Ngân hàng Chính sách xã hội huyện Cờ Đỏ"
    r = _rec(LEAD + "Dự hội nghị có bà Vũ Thị Hạnh, Trưởng Văn phòng đại diện Công ty Bảo hiểm Hòa Bình tại Đà Nẵng.")
    assert _people(r)["Vũ Thị Hạnh"]["title"].startswith("Trưởng Văn phòng đại diện Công ty Bảo hiểm Hòa Bình")


def test_acting_for_a_unit_still_ends_the_title():
    # negative: "đại diện" after a unit's own name (not right after Ban / Văn phòng) still ends the title
    r = _rec(LEAD + "Ông Đỗ Văn Long, Phó Trưởng ban Ban Thi đua - Khen thưởng đại diện Sở Nội vụ phát biểu tại hội nghị.")
    assert _people(r)["Đỗ Văn Long"]["title"] == "Phó Trưởng ban Ban Thi đua - Khen thưởng"


def test_a_verb_of_feeling_ends_the_title():
    r = _rec("Điều bà Ngô Thị Hoa, Giám đốc Sở Công Thương trăn trở nhất là việc giữ chân cán bộ trẻ.\n" + LEAD)
    assert _people(r)["Ngô Thị Hoa"]["title"] == "Giám đốc Sở Công Thương"
    r = _rec(LEAD + "Ông Lưu Văn Bình, Giám đốc Kho bạc Nhà nước tỉnh tâm đắc với cách làm của các đơn vị.")
    assert _people(r)["Lưu Văn Bình"]["title"] == "Giám đốc Kho bạc Nhà nước tỉnh"


def test_a_feeling_word_inside_a_name_is_kept():
    # negative: the verbs end a title in lower case only; a capitalised one inside a unit's name stays
    r = _rec(LEAD + "Ông Đinh Văn Tuấn, Hiệu trưởng Trường Tiểu học Tự Hào phát biểu tại hội nghị.")
    assert _people(r)["Đinh Văn Tuấn"]["title"] == "Hiệu trưởng Trường Tiểu học Tự Hào"


def test_acting_for_people_after_ban_still_ends_the_title():
    # negative: "Trưởng ban đại diện cho ..." acts for someone; the title ends before it
    r = _rec(LEAD + "Ông Hồ Văn Sĩ, Trưởng ban đại diện cho các hộ dân phát biểu ý kiến.")
    assert _people(r)["Hồ Văn Sĩ"]["title"] == "Trưởng ban"


def test_a_unit_written_twice_with_a_mark_lost_is_one_recipient():
    # negative: the diacritics count for people's names only
    r = _rec(LEAD + "Hội nghị đề nghị tặng Bằng khen cho Công an huyện Lắk và Công an huyện Lăk.")
    assert len(r["awards"]) == 1
