"""Guards on the people, author and decisions rules of the twenty-eighth pass (pe2), each on an invented example."""
import pytest


def _people(r):
    return [(p["name"], p["roles"]) for p in r["people"]]


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


_LEAD = "Ngày 19/12/2023, Khối thi đua số 7 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n\n"


def test_a_signer_under_the_signing_word_and_the_signed_mark_is_no_author(rec):
    r = rec(_LEAD + "TM. KHỐI THI ĐUA SỐ 7\nTRƯỞNG KHỐI\n(đã ký)\nĐinh Quang Lực")
    assert r["author"] is None
    assert _people(r) == [("Đinh Quang Lực", [])]


def test_the_two_signers_of_minutes_are_people_and_neither_is_the_author(rec):
    r = rec(_LEAD + "THƯ KÝ\nPhan Thị Ngọc Ánh\nCHỦ TRÌ\nTrịnh Minh Khôi")
    assert r["author"] is None
    assert _people(r) == [("Phan Thị Ngọc Ánh", []), ("Trịnh Minh Khôi", [])]


def test_signers_under_a_position_alone_on_its_line(rec):
    r = rec(_LEAD + "UBND HUYỆN KIM SƠN (TRƯỞNG KHỐI)\nChủ tịch\nĐỗ Hữu Tài\nUBND HUYỆN YÊN MÔ (PHÓ KHỐI)\nChủ tịch\nLã Văn Bình")
    assert r["author"] is None
    assert [p["name"] for p in r["people"]] == ["Đỗ Hữu Tài", "Lã Văn Bình"]


def test_a_name_alone_at_the_end_is_still_the_byline(rec):
    r = rec(_LEAD + "Các đơn vị thống nhất ký kết giao ước thi đua năm 2024.\n\nĐinh Quang Lực")
    assert r["author"] == "Đinh Quang Lực"


def test_a_labelled_line_of_who_presided_after_a_bullet(rec):
    r = rec("Ngày 12/7/2024, Khối thi đua các cơ quan Mặt trận, đoàn thể tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024.\n"
            "- Chủ trì: Ông Hà Văn Quyết, Chủ tịch Liên đoàn Lao động tỉnh - Trưởng khối.\n")
    assert _people(r) == [("Hà Văn Quyết", ["presided"])]


@pytest.mark.parametrize("companions", ["Chủ tịch Công đoàn và Bí thư Chi đoàn nhà trường",
                                        "Phó Giám đốc, Chủ tịch Công đoàn và Trưởng phòng Tổ chức"])
def test_the_leader_of_a_delegation_with_a_long_list_of_companions_attended(rec, companions):
    r = rec(f"Đoàn công tác do bà Lò Thị Hạnh, Giám đốc Trung tâm dẫn đầu cùng {companions} đã tham dự hội nghị sơ kết "
            "Khối thi đua số 5.")
    assert _people(r) == [("Lò Thị Hạnh", ["attended"])]


def test_a_unit_abbreviation_and_its_province_as_byline_is_no_author(rec):
    r = rec("Ngày 08/01/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2023.\nPC Quảng Trị")
    assert r["author"] is None
    assert r["people"] == []


def test_a_two_word_pen_name_is_still_an_author(rec):
    r = rec("Ngày 08/01/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2023.\nMinh Quân")
    assert r["author"] == "Minh Quân"
