"""Guards on the thirty-seventh pass's member-list rules (x37mb), from the review rv37/mb: the culture, sport and media
heads split no name that runs a facility besides the one before "và"; the "HEAD A, B và C" comma name is no name after the
head's plural nor for a school of a general level. Examples written for these tests."""

SPORT = "Ngày 5/1/2025, Khối thi đua Văn hóa - Thể thao tỉnh Phú Hưng tổ chức hội nghị tổng kết năm 2024.\n"
GEN = "Ngày 22/12/2024, Khối thi đua các cơ quan kinh tế tỉnh Hòa Lạc tổ chức hội nghị tổng kết năm 2024.\n"
SCHOOL = "Chiều 3/6/2025, Cụm thi đua các trường học huyện Tân Phước tổ chức hội nghị tổng kết năm học 2024 - 2025.\n"


def members(r: dict) -> list:
    return r["cluster"]["members"]


# mb-1: a board running a stadium and a sports hall is one unit
def test_board_of_two_facilities_is_one_member(rec):
    r = rec(SPORT + "Khối gồm: Bảo tàng tỉnh, Thư viện tỉnh, Ban Quản lý Nhà thi đấu và Sân vận động tỉnh.\n")
    assert members(r) == ["Bảo tàng tỉnh", "Thư viện tỉnh", "Ban Quản lý Nhà thi đấu và Sân vận động tỉnh"]


# mb-2: the same name as an award's recipient
def test_board_of_two_facilities_is_one_recipient(rec):
    r = rec(SPORT + "Khối thống nhất đề nghị tặng Bằng khen của UBND tỉnh cho Ban Quản lý Nhà thi đấu và Sân vận động tỉnh.\n")
    assert [a["recipient"] for a in r["awards"]] == ["Ban Quản lý Nhà thi đấu và Sân vận động tỉnh"]


# mb-3: a centre whose field comes before "và" and a cinema after it, the place closing the whole name
def test_centre_field_and_cinema_is_one_member(rec):
    r = rec(SPORT + "Khối gồm: Nhà hát tỉnh, Bảo tàng tỉnh, Trung tâm Điện ảnh và Rạp Chiếu phim tỉnh.\n")
    assert members(r) == ["Nhà hát tỉnh", "Bảo tàng tỉnh", "Trung tâm Điện ảnh và Rạp Chiếu phim tỉnh"]


# mb-4: the head's plural lists the units sharing it
def test_plural_head_lists_its_units(rec):
    r = rec(GEN + "Khối gồm các Sở Công thương, Nông nghiệp và Xây dựng.\n")
    assert members(r) == ["Sở Công thương", "Nông nghiệp", "Xây dựng"]


# mb-5: kindergartens named after flowers, written in lower case after their first word
def test_schools_named_after_flowers_are_a_list(rec):
    r = rec(SCHOOL + "Cụm gồm: Trường Mầm non Hướng dương, Hoa sen và Sơn ca.\n")
    assert members(r) == ["Trường Mầm non Hướng dương", "Hoa sen", "Sơn ca"]


# mb-6: a school of a general level named by one word after the comma
def test_school_names_of_one_word_are_a_list(rec):
    r = rec(SCHOOL + "Cụm gồm: Trường Tiểu học Thạnh Mỹ, Phú và Hưng.\n")
    assert members(r) == ["Trường Tiểu học Thạnh Mỹ", "Phú", "Hưng"]


def test_the_rules_still_read_their_own_forms(rec):
    # (a portal after a closed name, and a field's comma name without plural or school, as the pass reads them)
    r = rec(SPORT + "Khối gồm: Báo Phú Hưng, Bảo tàng tỉnh và Cổng Thông tin điện tử tỉnh.\n")
    assert members(r) == ["Báo Phú Hưng", "Bảo tàng tỉnh", "Cổng Thông tin điện tử tỉnh"]
    r = rec(GEN + "Khối gồm: Chi cục Thủy lợi, Chi cục Chăn nuôi, Thú y và Thủy sản, Trung tâm Khuyến nông.\n")
    assert members(r) == ["Chi cục Thủy lợi", "Chi cục Chăn nuôi, Thú y và Thủy sản", "Trung tâm Khuyến nông"]
