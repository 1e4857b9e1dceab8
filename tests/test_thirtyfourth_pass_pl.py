"""Thirty-fourth pass (pl): the province of a bloc of the centre meeting in the capital, of a cluster of a national system's
numbered regional units, of a cluster met at one province's numbered unit, and of the special zones (đặc khu) of 2025."""
from tdkt_extract import extract


def province(text: str):
    return extract(text).model_dump(mode="json")["meeting"]["province"]


# --- a bloc of the centre's units or of the commercial banks, meeting in the capital: national ------------------------------

def test_a_bloc_of_central_press_bodies_meeting_in_the_capital_has_no_province():
    assert province("Chiều 9/1/2024, tại Hà Nội, Khối thi đua các cơ quan tuyên giáo Trung ương tổ chức Hội nghị tổng kết "
                    "năm 2023.") is None


def test_a_bloc_of_commercial_banks_meeting_at_a_capital_address_has_no_province():
    assert province("Ngày 15/1/2024, tại trụ sở ngân hàng, số 7 Láng Hạ, Hà Nội, Khối thi đua các Ngân hàng thương mại "
                    "tổ chức hội nghị tổng kết năm 2023.") is None


def test_a_bloc_of_central_units_meeting_in_a_province_is_that_provinces():
    # (the central units based in a province form that province's bloc)
    assert province("Ngày 11/1/2024, tại thành phố Cần Thơ, Khối thi đua các cơ quan Trung ương tổ chức hội nghị tổng kết "
                    "năm 2023.") == "Cần Thơ"


def test_a_capital_bloc_of_central_units_placed_by_its_clause_keeps_the_capital():
    assert province("Ngày 11/1/2024, tại Hà Nội, Khối thi đua các doanh nghiệp Trung ương trên địa bàn thành phố tổ chức "
                    "hội nghị tổng kết năm 2023.") == "Hà Nội"


def test_a_capital_bloc_of_other_units_keeps_the_capital():
    assert province("Ngày 11/1/2024, tại Hà Nội, Khối thi đua các quận, huyện tổ chức hội nghị tổng kết năm 2023.") == "Hà Nội"


def test_a_cluster_named_with_a_national_body_after_a_dash_has_no_province():
    assert province("Ngày 3/3/2026, tại Hà Nội, Khối thi đua các đơn vị phía Nam - Thông tấn xã Việt Nam tổ chức Hội nghị "
                    "ký kết giao ước thi đua năm 2026.") is None


def test_a_cluster_named_with_a_provincial_body_after_a_dash_keeps_its_province():
    assert province("Ngày 3/3/2026, tại tỉnh Thanh Hóa, Khối thi đua các doanh nghiệp - Liên minh Hợp tác xã Thanh Hóa tổ "
                    "chức Hội nghị ký kết giao ước thi đua năm 2026.") == "Thanh Hóa"


# --- a national system's numbered regional units: several provinces ----------------------------------------------------------

def test_members_that_are_numbered_treasury_regions_place_no_province():
    assert province("Ngày 18/12/2025, tại thành phố Đà Nẵng, Cụm thi đua số 6 tổ chức Hội nghị tổng kết năm 2025. Cụm gồm "
                    "Kho bạc Nhà nước khu vực XII, Kho bạc Nhà nước khu vực XIII và Kho bạc Nhà nước khu vực XIV.") is None


def test_members_that_are_numbered_central_bank_branches_place_no_province():
    assert province("Ngày 18/12/2025, tại tỉnh Nghệ An, Khối thi đua số 2 tổ chức Hội nghị tổng kết năm 2025. Khối gồm "
                    "Ngân hàng Nhà nước Chi nhánh Khu vực 7, Ngân hàng Nhà nước Chi nhánh Khu vực 8.") is None


def test_numbered_courts_of_one_province_keep_the_venues_province():
    # (a court's numbered regions lie inside one province)
    assert province("Ngày 18/12/2025, tại tỉnh Gia Lai, Cụm thi đua số 2 tổ chức Hội nghị tổng kết năm 2025. Cụm gồm "
                    "Tòa án nhân dân khu vực 4, Tòa án nhân dân khu vực 5 và Tòa án nhân dân khu vực 6.") == "Gia Lai"


def test_treasury_offices_named_by_their_towns_keep_the_venues_province():
    assert province("Ngày 18/12/2024, tại tỉnh Gia Lai, Cụm thi đua số 2 tổ chức Hội nghị tổng kết năm 2024. Cụm gồm "
                    "Kho bạc Nhà nước khu vực Ayun Pa, Kho bạc Nhà nước khu vực Chư Sê.") == "Gia Lai"


# --- a numbered unit of one province as the venue: no count of provinces ---------------------------------------------------

def test_a_venue_at_a_numbered_unit_of_a_province_does_not_cancel_the_province():
    assert province("Sáng 14/10/2025, tại Bảo hiểm xã hội cơ sở 3 tỉnh Gia Lai, Cụm thi đua số 1 của Bảo hiểm xã hội tỉnh Gia "
                    "Lai tổ chức hội nghị sơ kết 9 tháng năm 2025.") == "Gia Lai"


def test_a_venue_at_a_numbered_school_of_a_province_gives_its_province():
    assert province("Sáng 14/10/2025, tại Trường Tiểu học số 2 tỉnh Lào Cai, Cụm thi đua số 3 tổ chức hội nghị sơ kết 9 "
                    "tháng năm 2025.") == "Lào Cai"


def test_units_of_counted_provinces_before_the_name_still_place_none():
    assert province("Sáng 14/10/2025, tại tỉnh Lào Cai, Công an 6 tỉnh Cụm thi đua số 2 tổ chức hội nghị sơ kết 9 tháng năm "
                    "2025.") is None


# --- the special zones of 2025 --------------------------------------------------------------------------------------------

def test_a_special_zone_venue_gives_its_province():
    assert province("Ngày 20/12/2025, tại Trung tâm Chính trị đặc khu Lý Sơn, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm "
                    "2025.") == "Quảng Ngãi"


def test_a_special_zone_written_with_its_other_spelling_gives_its_province():
    assert province("Ngày 20/12/2025, tại UBND đặc khu Bạch Long Vỹ, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm "
                    "2025.") == "Hải Phòng"


def test_a_special_zone_whose_name_another_provinces_commune_bears_gives_its_own_province():
    assert province("Ngày 20/12/2025, tại đặc khu Cô Tô, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2025.") == "Quảng Ninh"


def test_a_commune_named_like_a_special_zone_is_no_special_zone():
    # (xã Cô Tô of An Giang and the special zone of Quảng Ninh: the commune's name alone does not tell)
    assert province("Ngày 20/12/2025, tại xã Cô Tô, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2025.") is None


def test_special_zones_listed_as_members_give_their_province():
    assert province("Ngày 20/12/2025, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2025. Cụm gồm đặc khu Côn Đảo, "
                    "phường Vũng Tàu và phường Bà Rịa.") == "Hồ Chí Minh"


def test_a_special_zone_name_without_its_kind_is_not_read_as_one():
    # (bare, "Trường Sa" is an archipelago or a person's street, not the special zone)
    assert province("Ngày 20/12/2025, tại Hội trường Trường Sa, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2025.") is None
