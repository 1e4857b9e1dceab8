"""Thirty-third pass: member counts in words and their near forms, the count of a "gồm" clause before its roles, the
cluster's number before a province, a number word opening a place's name, and a year opening a sentence of roles. Each
rule on an invented example, with a near form it must not fire on."""

from record_views import roles

HALF = "Ngày 12/7/2025, Cụm thi đua số 5 huyện Diễn Châu tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. "
BLOC = "Ngày 12/7/2025, Khối thi đua số 5 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. "
YEAR = "Ngày 8/1/2025, Cụm thi đua số 3 tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác thi đua năm 2024. "


def _count(rec, text):
    return rec(text)["cluster"]["member_count"]


# --- a count in words where the figure is read: "<N> <unit> trong / thuộc / của Cụm" ------------------------------------

def test_a_count_in_words_opening_its_clause_before_the_units_of_the_cluster(rec):
    assert _count(rec, HALF + "Năm qua, sáu đơn vị trong Cụm đã hoàn thành các chỉ tiêu.") == 6
    assert _count(rec, HALF + "Bảy trường trong Cụm đã hoàn thành kế hoạch.") == 7


def test_a_count_in_words_after_la_naming_the_members_of_the_cluster(rec):
    assert _count(rec, HALF + "Trường A, Trường B, Trường C và Trường D là bốn thành viên của Cụm.") == 4


def test_a_count_in_words_after_a_verb_counts_no_members(rec):
    # (the units a verb acts on, not the cluster's: the figure is read there, a word is not)
    assert _count(rec, HALF + "Hội nghị khen ngợi hai đơn vị trong Cụm đã vượt kế hoạch.") is None


def test_a_count_in_words_that_goes_on_to_name_its_units_is_no_count_of_the_cluster(rec):
    # (some units named, and what they did: maybe only a part of the members)
    r = rec(HALF + "Năm qua, ba xã trong Cụm là Diễn Kỷ, Diễn Hoa và Diễn Xuân đã về đích nông thôn mới.")
    assert r["cluster"]["member_count"] is None
    assert r["cluster"]["members"] == []


def test_a_count_in_words_before_gom_and_the_list_counts_it(rec):
    r = rec(HALF + "Tại hội nghị, bốn địa phương trong Cụm gồm xã Diễn Kỷ, xã Diễn Hoa, xã Diễn Xuân và xã Diễn Liên đã suy tôn "
                   "xã Diễn Kỷ dẫn đầu.")
    assert r["cluster"]["member_count"] == 4


def test_dia_phuong_is_what_a_member_is_called_in_a_count(rec):
    assert _count(rec, HALF + "Hiện nay, 5 địa phương thuộc Cụm đã sáp nhập.") == 5
    assert _count(rec, HALF + "Năm địa phương trong Cụm đều hoàn thành kế hoạch.") == 5
    # (the local level as such, no count before it)
    assert _count(rec, HALF + "Các địa phương trong Cụm đều hoàn thành kế hoạch.") is None


# --- "gồm N <kind>; <unit of that kind> là Cụm trưởng ..." -----------------------------------------------------------------

def test_a_count_before_a_clause_of_roles_after_a_semicolon(rec):
    r = rec(HALF + "Cụm gồm 6 phường; phường Đông Hòa là Cụm trưởng, phường Tân Lập là Cụm phó.")
    assert r["cluster"]["member_count"] == 6
    assert roles(r) == {"chair": "phường Đông Hòa", "vice_chair": "phường Tân Lập"}


def test_a_count_before_units_of_its_kind_given_roles_after_a_comma(rec):
    r = rec(BLOC + "Khối gồm 6 trường, trường THPT Bắc Yên là Khối trưởng, trường THPT Mường La là Khối phó.")
    assert r["cluster"]["member_count"] == 6


def test_a_count_before_more_units_of_its_kind_is_still_a_part(rec):
    # (units of the kind counted named after it with no role: the count is of some of them)
    assert _count(rec, BLOC + "Khối gồm 6 trường, trường THPT Bắc Yên và trường THPT Mường La được khen.") is None


# --- the cluster's number before its province is no count ----------------------------------------------------------------

def test_the_number_of_the_cluster_before_a_province_and_a_list_is_no_count(rec):
    r = rec("Ngày 20/7/2024, Cụm thi đua số 3 huyện Yên Thành gồm các xã: Hợp Thành, Phúc Thành và Mỹ Thành tổ chức hội nghị "
            "sơ kết 6 tháng đầu năm 2024.")
    assert r["cluster"]["number"] == 3
    assert r["cluster"]["member_count"] is None


def test_a_count_before_the_list_still_counts_it(rec):
    r = rec("Ngày 20/7/2024, Cụm thi đua 3 xã huyện Yên Thành gồm các xã: Hợp Thành, Phúc Thành và Mỹ Thành tổ chức hội nghị "
            "sơ kết 6 tháng đầu năm 2024.")
    assert r["cluster"]["member_count"] == 3


# --- a number word opening a capitalised place name ---------------------------------------------------------------------

def test_a_number_word_opening_a_place_name_is_no_count(rec):
    r = rec(HALF + "Cụm gồm thị trấn Hai Trường, xã Tân Phú.")
    assert r["cluster"]["members"] == ["thị trấn Hai Trường", "xã Tân Phú"]
    assert r["cluster"]["member_count"] is None


def test_a_number_word_in_lower_case_after_gom_still_counts(rec):
    assert _count(rec, HALF + "Cụm gồm bảy trường, trong đó có hai trường mới.") == 7


# --- a year opening a sentence dates each of its role clauses ------------------------------------------------------------

def test_the_opening_year_dates_the_role_clause_after_a_semicolon(rec):
    r = rec(YEAR + "Năm 2025, Sở Y tế đảm nhận vai trò Cụm trưởng; Sở Nội vụ là Cụm phó.")
    assert roles(r) == {"next_chair": "Sở Y tế", "next_vice_chair": "Sở Nội vụ"}
    # (after an opener too)
    r = rec(YEAR + "Theo đó, năm 2025, Sở Y tế được giao làm Cụm trưởng; Sở Nội vụ là Cụm phó.")
    assert roles(r) == {"next_chair": "Sở Y tế", "next_vice_chair": "Sở Nội vụ"}


def test_the_opening_year_of_the_period_reviewed_gives_the_present_roles(rec):
    r = rec(YEAR + "Năm 2024, Sở Y tế giữ vai trò Cụm trưởng; Sở Nội vụ là Cụm phó.")
    assert roles(r) == {"chair": "Sở Y tế", "vice_chair": "Sở Nội vụ"}


def test_a_role_with_a_year_of_its_own_keeps_it(rec):
    r = rec(YEAR + "Năm 2025, Sở Y tế đảm nhận vai trò Cụm trưởng; Sở Nội vụ, Cụm phó năm 2024, phát biểu.")
    assert roles(r) == {"vice_chair": "Sở Nội vụ", "next_chair": "Sở Y tế"}
