"""Thirty-ninth pass, guards for x39pp (review rv39/pp): a mark lost in a name is the same person (and one award), and
"đại diện" after a Ban or a Chánh Văn phòng still acts for someone."""
from tdkt_extract import extract


def _rec(text: str) -> dict:
    return extract(text).model_dump(mode="json")


def _people(r: dict) -> dict:
    return {p["name"]: p for p in r["people"]}


LEAD = "Sáng 8/1/2024, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"


def _title(text: str, name: str):
    return _people(_rec(LEAD + text))[name]["title"]


def test_pp1_a_bare_mention_without_a_mark_is_the_titled_person():
    r = _rec(LEAD + "Ông Lương Văn Đạt, Phó Giám đốc Sở Tư pháp, Khối phó báo cáo kết quả năm 2023.\n"
                    "Kết luận hội nghị, ông Lương Văn Dat đề nghị các đơn vị sớm đăng ký thi đua.")
    assert len(r["people"]) == 1
    assert r["people"][0]["roles"] == ["reported", "spoke"]


def test_pp2_a_shorter_position_with_a_mark_lost_is_the_same_person():
    r = _rec(LEAD + "Bà Kiều Thị Nguyệt, Phó Giám đốc Sở Lao động - Thương binh và Xã hội chủ trì hội nghị.\n"
                    "Bà Kiều Thị Nguyêt, Phó Giám đốc Sở nhấn mạnh yêu cầu đổi mới công tác khen thưởng.")
    assert len(r["people"]) == 1


def test_pp3_a_name_typed_without_marks_first_is_the_same_person():
    r = _rec(LEAD + "Tham dự hội nghị có ông Trinh Quoc Viet, Phó Chủ tịch UBND tỉnh.\n"
                    "Ông Trịnh Quốc Việt phát biểu chỉ đạo hội nghị.")
    assert len(r["people"]) == 1


def test_pp4_an_award_told_twice_with_a_mark_lost_is_one_award():
    r = _rec(LEAD + "Hội nghị trao Giấy khen của Khối cho bà Lạc Thị Hường. "
                    "Bà Lạc Thị Hương vinh dự đón nhận Giấy khen của Khối.")
    assert len(r["awards"]) == 1
    assert len(r["people"]) == 1


def test_pp5_a_province_named_like_a_person_is_one_recipient():
    r = _rec(LEAD + "Thay mặt Chính phủ, Phó Chủ tịch UBND tỉnh trao Cờ thi đua của Chính phủ cho tỉnh Lâm Đồng.\n"
                    "Lâm Đồng vinh dự đón nhận Cờ thi đua của Chính phủ.")
    assert len(r["awards"]) == 1


def test_pp6_chanh_van_phong_dai_dien_acts_for_a_body():
    assert _title("Ông Thạch Văn Toàn, Chánh Văn phòng đại diện Sở Xây dựng phát biểu chúc mừng.", "Thạch Văn Toàn") \
        == "Chánh Văn phòng"


def test_pp7_truong_ban_dai_dien_cac_acts_for_members():
    assert _title("Bà Âu Thị Ngọc, Trưởng ban đại diện các cơ quan trong Khối phát biểu.", "Âu Thị Ngọc") == "Trưởng ban"


def test_pp8_truong_ban_dai_dien_another_ban():
    assert _title("Ông Giáp Văn Tú, Phó Trưởng ban đại diện Ban Thường trực trao Giấy khen.", "Giáp Văn Tú") \
        == "Phó Trưởng ban"


def test_pp9_pho_chanh_van_phong_dai_dien():
    assert _title("Bà La Thị Duyên, Phó Chánh Văn phòng đại diện Ban Tuyên giáo Tỉnh ủy trao Giấy khen.", "La Thị Duyên") \
        == "Phó Chánh Văn phòng"


def test_pp10_chanh_van_phong_dai_dien_ubnd():
    assert _title("Ông Mạc Văn Hào, Chánh Văn phòng đại diện Ủy ban nhân dân huyện phát biểu.", "Mạc Văn Hào") \
        == "Chánh Văn phòng"


def test_pp11_truong_ban_dai_dien_tap_the():
    assert _title("Ông Văn Đình Lộc, Trưởng ban đại diện toàn thể hội viên phát biểu cảm ơn.", "Văn Đình Lộc") == "Trưởng ban"


def test_pp12_pho_truong_ban_dai_dien_lanh_dao():
    assert _title("Bà Ninh Thị Thoa, Phó Trưởng ban đại diện lãnh đạo Ban Dân vận phát biểu.", "Ninh Thị Thoa") \
        == "Phó Trưởng ban"
