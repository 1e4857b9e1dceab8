"""Thirty-seventh pass, chair / vice-chair / next roles and unit names: a known unit acronym opening a unit's name, position
acronyms (CHT, BT, TP), "<Head>trưởng <Head> ...", "Trưởng Công an" + a bare level, an acronym gloss closing a unit,
and units listed before as many roles. Examples written for these tests."""
from tdkt_extract import extract
from record_views import people_by_name, ranks, roles

LEAD = "Ngày 12/1/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2023. "


def _rec(text: str) -> dict:
    return extract(text).model_dump()


# --- a unit acronym + (chi nhánh) + place read whole

def test_bank_acronym_with_branch_and_place_is_one_unit_in_rankings_and_awards():
    r = _rec(LEAD + "Hội nghị bình xét, suy tôn NHCSXH chi nhánh tỉnh Quảng Bình dẫn đầu Cụm, đề nghị tặng Cờ thi đua "
                    "của Chính phủ.")
    assert ranks(r) == [(1, "NHCSXH chi nhánh tỉnh Quảng Bình")]
    assert [a["recipient"] for a in r["awards"]] == ["NHCSXH chi nhánh tỉnh Quảng Bình"]


def test_acronym_units_each_take_their_role_in_an_election():
    r = _rec(LEAD + "Hội nghị thống nhất NHCSXH chi nhánh tỉnh Hà Tĩnh làm Cụm trưởng, NHCSXH chi nhánh tỉnh Quảng Trị "
                    "làm Cụm phó năm 2024.")
    assert roles(r) == {"next_chair": "NHCSXH chi nhánh tỉnh Hà Tĩnh", "next_vice_chair": "NHCSXH chi nhánh tỉnh Quảng Trị"}
    r = _rec(LEAD + "Hội nghị thống nhất bầu CAT Sơn La làm Cụm trưởng, CAT Điện Biên làm Cụm phó năm 2024.")
    assert roles(r) == {"next_chair": "CAT Sơn La", "next_vice_chair": "CAT Điện Biên"}


def test_bare_province_without_acronym_stays_the_province():
    # (negative: no acronym before it, the place is the unit as written)
    r = _rec(LEAD + "Hội nghị suy tôn tỉnh Quảng Bình dẫn đầu Cụm.")
    assert ranks(r) == [(1, "tỉnh Quảng Bình")]


# --- position acronyms

def test_commander_and_secretary_acronyms_give_the_chair_unit():
    r = _rec(LEAD + "Đồng chí Phan Văn Tài, CHT Ban CHQS huyện Nghi Lộc, Cụm trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Ban CHQS huyện Nghi Lộc", "person": "Phan Văn Tài"}
    r = _rec(LEAD + "Đ/c Trần Thị Mai, BT Huyện đoàn Hương Khê - Cụm trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Huyện đoàn Hương Khê", "person": "Trần Thị Mai"}


def test_head_of_department_acronym_gives_the_unit_after_it():
    r = _rec(LEAD + "Đồng chí Lê Quang Huy, TP Nội vụ huyện Kỳ Anh, Cụm trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Nội vụ huyện Kỳ Anh", "person": "Lê Quang Huy"}


def test_city_abbreviation_is_never_a_position():
    # (negative: "TP" before a place the gazetteer knows, or with the city's full stop, is the city)
    r = _rec(LEAD + "Đồng chí Lê Quang Huy, Chủ tịch UBND TP Hà Tĩnh, Cụm trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "UBND TP Hà Tĩnh", "person": "Lê Quang Huy"}
    r = _rec(LEAD + "Đồng chí Lê Quang Huy, TP Hà Tĩnh, Cụm trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "TP Hà Tĩnh"
    r = _rec(LEAD + "Đồng chí Lê Quang Huy, TP. Vinh, Cụm trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "TP. Vinh"


# --- "<Head>trưởng <Head> ..."

def test_forest_ranger_station_head_gives_the_station():
    text = ("Ngày 5/7/2024, Cụm thi đua các Hạt Kiểm lâm tỉnh Nghệ An tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\n"
            "Ông Vi Văn Sơn, Hạt trưởng Hạt Kiểm lâm huyện Con Cuông (Cụm trưởng) chủ trì hội nghị.")
    assert _rec(text)["cluster"]["chair"] == {"organization": "Hạt Kiểm lâm huyện Con Cuông", "person": "Vi Văn Sơn"}
    text = text.replace("Ông Vi Văn Sơn, Hạt trưởng Hạt Kiểm lâm huyện Con Cuông (Cụm trưởng)",
                        "Ông Vi Văn Sơn, Phó Hạt trưởng Hạt Kiểm lâm huyện Tương Dương, Cụm phó")
    assert _rec(text)["cluster"]["vice_chair"] == {"organization": "Hạt Kiểm lâm huyện Tương Dương", "person": "Vi Văn Sơn"}


# --- "Trưởng Công an" + a bare level

def test_police_head_of_a_bare_district_keeps_the_head():
    text = ("Ngày 20/12/2023, Khối thi đua Nội chính quận Hải Châu tổ chức hội nghị tổng kết năm 2023. "
            "Đồng chí Trần Đình Phúc, Trưởng Công an quận - Trưởng khối chủ trì hội nghị.")
    assert _rec(text)["cluster"]["chair"] == {"organization": "Công an quận", "person": "Trần Đình Phúc"}


def test_police_head_with_a_named_district_is_unchanged():
    # (negative: with its place's name the unit runs on as before)
    text = ("Ngày 20/12/2023, Khối thi đua Nội chính quận Hải Châu tổ chức hội nghị tổng kết năm 2023. "
            "Đồng chí Trần Đình Phúc, Trưởng Công an quận Hải Châu, Trưởng khối chủ trì hội nghị.")
    assert _rec(text)["cluster"]["chair"] == {"organization": "Công an quận Hải Châu", "person": "Trần Đình Phúc"}


# --- an acronym gloss closing a unit

def test_acronym_gloss_after_a_role_first_unit_is_cut():
    text = ("Ngày 16/1/2024, Khối thi đua các cơ quan Đảng tổ chức hội nghị tổng kết năm 2023. Trưởng khối năm 2023 là "
            "Ban Dân vận Tỉnh ủy (BDVTU); Khối phó là Ủy ban Kiểm tra Tỉnh ủy (UBKTTU).")
    assert roles(_rec(text)) == {"chair": "Ban Dân vận Tỉnh ủy", "vice_chair": "Ủy ban Kiểm tra Tỉnh ủy"}


def test_acronym_inside_a_name_stays():
    # (negative: the abbreviation in brackets inside the name, the name going on after it)
    text = ("Ngày 16/1/2024, Khối thi đua các cơ quan kinh tế tổ chức hội nghị tổng kết năm 2023. Trưởng khối năm 2023 là "
            "Ban Quản lý các khu công nghiệp (KCN) tỉnh Bắc Giang.")
    assert roles(_rec(text)) == {"chair": "Ban Quản lý các khu công nghiệp (KCN) tỉnh Bắc Giang"}


# --- units listed, then as many roles

def test_units_joined_by_comma_take_the_roles_listed_after_in_order():
    text = ("Cụm thi đua số 4 các Bảo tàng tổng kết năm 2023.\n"
            "Bảo tàng Lịch sử quốc gia, Bảo tàng Hồ Chí Minh được bầu làm Cụm trưởng, Cụm phó năm 2024.")
    assert roles(_rec(text)) == {"next_chair": "Bảo tàng Lịch sử quốc gia", "next_vice_chair": "Bảo tàng Hồ Chí Minh"}
    text = ("Cụm thi đua số 4 các Bảo tàng tổng kết năm 2023.\n"
            "Hội nghị bầu Bảo tàng Lịch sử quốc gia, Bảo tàng Hồ Chí Minh làm Trưởng cụm, Phó Trưởng cụm năm 2024.")
    assert roles(_rec(text)) == {"next_chair": "Bảo tàng Lịch sử quốc gia", "next_vice_chair": "Bảo tàng Hồ Chí Minh"}


def test_more_units_than_roles_are_not_paired():
    # (negative: three units before two roles is no pairing; the unit next to the role keeps the old reading)
    text = ("Cụm thi đua số 4 các Bảo tàng tổng kết năm 2023.\n"
            "Bảo tàng Lịch sử quốc gia, Bảo tàng Hồ Chí Minh, Bảo tàng Phụ nữ Việt Nam được bầu làm Cụm trưởng, Cụm phó năm 2024.")
    r = roles(_rec(text))
    assert r.get("next_chair") != "Bảo tàng Lịch sử quốc gia" and r.get("next_vice_chair") != "Bảo tàng Hồ Chí Minh"


def test_one_role_after_a_comma_list_is_not_paired():
    # (negative: one role only)
    text = ("Cụm thi đua số 4 các Bảo tàng tổng kết năm 2023.\n"
            "Hội nghị ghi nhận Bảo tàng Lịch sử quốc gia, Bảo tàng Hồ Chí Minh làm Cụm trưởng năm 2024.")
    assert "next_vice_chair" not in roles(_rec(text))


# --- near forms (negatives)

def test_guest_units_listed_by_comma_before_an_election_take_no_role():
    text = LEAD + ("Dự hội nghị có Sở Nội vụ, Ban Thi đua - Khen thưởng tỉnh, Sở Tài chính. Sở Y tế được bầu làm Cụm trưởng "
                   "năm 2024.")
    assert roles(_rec(text)) == {"next_chair": "Sở Y tế"}


def test_city_after_a_position_acronym_stays_in_the_unit():
    r = _rec(LEAD + "Đồng chí Nguyễn Thị Hà, PCT UBND TP Vinh, Cụm trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "UBND TP Vinh", "person": "Nguyễn Thị Hà"}
    assert people_by_name(r)["Nguyễn Thị Hà"]["title"] == "PCT UBND TP Vinh, Cụm trưởng"
