"""Thirty-ninth pass (aw): a firm's branch after its parent's comma, an office named by functions joined by a comma, a person
joined by "và cá nhân" or after a back-reference, and the adverbs before a recipient's "được"."""
from tdkt_extract import extract

from record_views import ranks, roles

_LEAD = "Ngày 10/1/2024, Khối thi đua số 4 tỉnh Ninh Bình tổ chức hội nghị tổng kết năm 2023. "


def _r(text: str) -> dict:
    return extract(text).model_dump()


def _awards(r: dict) -> list:
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


# --- a bank's or a company's branch after its parent's name and a comma ---

def test_branch_after_comma_in_venue_ranking_award_and_next_chair():
    r = _r("Sáng 9/1/2024, tại Ngân hàng TMCP Á Châu, Chi nhánh tỉnh Ninh Bình, Khối thi đua các Ngân hàng tỉnh Ninh Bình "
           "tổ chức hội nghị tổng kết năm 2023.\n"
           "Hội nghị suy tôn Ngân hàng TMCP Sài Gòn Thương Tín, Chi nhánh Ninh Bình dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua.\n"
           "Hội nghị bầu Ngân hàng TMCP Kỹ Thương Việt Nam, Chi nhánh Ninh Bình làm Trưởng khối năm 2024.")
    assert r["meeting"]["venue"] == "Ngân hàng TMCP Á Châu, Chi nhánh tỉnh Ninh Bình"
    assert ranks(r) == [(1, "Ngân hàng TMCP Sài Gòn Thương Tín, Chi nhánh Ninh Bình")]
    assert _awards(r) == [("Ngân hàng TMCP Sài Gòn Thương Tín, Chi nhánh Ninh Bình", "Cờ thi đua", "proposed")]
    assert roles(r)["next_chair"] == "Ngân hàng TMCP Kỹ Thương Việt Nam, Chi nhánh Ninh Bình"


def test_branch_after_comma_in_a_chairs_title_keeps_the_person():
    r = _r(_LEAD + "Bà Lê Thị Hằng, Giám đốc Ngân hàng Nhà nước Việt Nam, Chi nhánh tỉnh Ninh Bình, Trưởng Khối chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Ngân hàng Nhà nước Việt Nam, Chi nhánh tỉnh Ninh Bình", "person": "Lê Thị Hằng"}


def test_branch_after_a_corporation_with_a_dash_is_one_recipient():
    r = _r(_LEAD + "Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho Tổng công ty Khoáng sản - TKV, Chi nhánh Ninh Bình.")
    assert _awards(r) == [("Tổng công ty Khoáng sản - TKV, Chi nhánh Ninh Bình", "Bằng khen", "proposed")]


def test_branch_named_by_its_trade_or_its_own_bank_stays_a_unit_of_its_own():
    r = _r(_LEAD + "Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho Công ty Xi măng Việt Nam, Chi nhánh Xăng dầu Tam Điệp.")
    assert [a[0] for a in _awards(r)] == ["Công ty Xi măng Việt Nam", "Chi nhánh Xăng dầu Tam Điệp"]
    r = _r(_LEAD + "Hội nghị suy tôn Công ty Điện lực Ninh Bình, Chi nhánh Ngân hàng Phát triển Ninh Bình dẫn đầu Khối.")
    assert ranks(r) == [(1, "Công ty Điện lực Ninh Bình"), (1, "Chi nhánh Ngân hàng Phát triển Ninh Bình")]


# --- an office named by its functions joined by a comma ---

def test_office_named_by_functions_joined_by_a_comma_is_one_recipient():
    r = _r(_LEAD + "Hội nghị thống nhất đề xuất Bộ trưởng tặng Bằng khen cho tập thể Phòng Kế hoạch, tài chính - Cục Thủy sản.")
    assert _awards(r) == [("Phòng Kế hoạch, tài chính - Cục Thủy sản", "Bằng khen", "proposed")]
    r = _r(_LEAD + "Hội nghị đề nghị Giám đốc Công an tỉnh tặng Giấy khen cho Phòng Tham mưu, Hậu cần và Phòng Kỹ thuật.")
    assert [a[0] for a in _awards(r)] == ["Phòng Tham mưu, Hậu cần", "Phòng Kỹ thuật"]


def test_offices_listed_after_a_plural_or_before_a_unit_of_a_place_are_several():
    r = _r(_LEAD + "Hội nghị đề nghị tặng Giấy khen cho Phòng Tổ chức, Thanh tra tỉnh và Sở Nội vụ.")
    assert [a[0] for a in _awards(r)] == ["Phòng Tổ chức", "Thanh tra tỉnh", "Sở Nội vụ"]


# --- a person joined by "và cá nhân", or after a back-reference ---

def test_person_joined_by_va_ca_nhan_is_a_recipient_of_its_own():
    r = _r(_LEAD + "Hội nghị đề nghị Ban Thường vụ Tỉnh ủy tặng Bằng khen cho Ban Tuyên giáo Huyện ủy Kim Sơn và cá nhân đ/c Đinh Văn Lực.")
    assert _awards(r) == [("Ban Tuyên giáo Huyện ủy Kim Sơn", "Bằng khen", "proposed"), ("Đinh Văn Lực", "Bằng khen", "proposed")]


def test_ca_nhan_as_a_class_names_no_person():
    r = _r(_LEAD + "Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho 3 tập thể và cá nhân có thành tích xuất sắc.")
    assert _awards(r) == []


def test_back_reference_then_a_person():
    r = _r(_LEAD + "Hội nghị nhất trí suy tôn Hội Cựu chiến binh huyện Yên Mô dẫn đầu Khối và đề nghị UBND tỉnh tặng Bằng khen "
           "cho đơn vị và ông Phạm Văn Toàn.")
    assert _awards(r) == [("Hội Cựu chiến binh huyện Yên Mô", "Bằng khen", "proposed"), ("Phạm Văn Toàn", "Bằng khen", "proposed")]


def test_back_reference_then_a_class_of_persons_gives_nothing():
    r = _r(_LEAD + "Hội nghị nhất trí suy tôn Hội Cựu chiến binh huyện Yên Mô dẫn đầu Khối và đề nghị UBND tỉnh tặng Bằng khen "
           "cho đơn vị và cá nhân có thành tích xuất sắc.")
    assert _awards(r) == []


# --- the adverbs between a recipient and its "được" ---

def test_adverb_before_duoc_is_no_part_of_the_recipient():
    r = _r(_LEAD + "Theo kết quả bình xét, Công ty CP Nước sạch Ninh Bình tiếp tục được suy tôn dẫn đầu Khối, đề nghị Chủ tịch "
           "UBND tỉnh tặng Cờ thi đua.")
    assert _awards(r) == [("Công ty CP Nước sạch Ninh Bình", "Cờ thi đua", "proposed")]


def test_capitalised_words_like_an_adverb_stay_in_the_name():
    r = _r(_LEAD + "Theo kết quả bình xét, Công ty TNHH Tiếp Tục Phát Triển được suy tôn dẫn đầu Khối, đề nghị Chủ tịch "
           "UBND tỉnh tặng Cờ thi đua.")
    assert _awards(r) == [("Công ty TNHH Tiếp Tục Phát Triển", "Cờ thi đua", "proposed")]


def test_back_reference_past_a_giver_named_with_a_units_head():
    r = _r(_LEAD + "Hội nghị nhất trí suy tôn Ủy ban Kiểm tra Huyện ủy Kim Sơn dẫn đầu Khối và đề nghị Ban Thường vụ Tỉnh ủy tặng "
           "Bằng khen cho đơn vị.")
    assert _awards(r) == [("Ủy ban Kiểm tra Huyện ủy Kim Sơn", "Bằng khen", "proposed")]


def test_back_reference_after_another_unit_named_points_to_none():
    r = _r(_LEAD + "Hội nghị nhất trí suy tôn Ủy ban Kiểm tra Huyện ủy Kim Sơn dẫn đầu Khối, Ban Tuyên giáo Huyện ủy Yên Mô đề nghị "
           "Ban Thường vụ Tỉnh ủy tặng Bằng khen cho đơn vị.")
    assert _awards(r) == []
