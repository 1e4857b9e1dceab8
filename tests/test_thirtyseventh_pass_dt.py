"""The thirty-seventh pass's date and cluster-name rules (R146-3, R146-4, R147-1, R147-2 of the reviews): a date's year in
two figures (dd/mm/yy) is read as 20yy in a date's place, in the meeting's sentence and on the page's date line; a month
in Roman numerals is read in a date's place only; a place right after a parent unit written after "thuộc" ends that
unit's name and stays in the cluster's name; a bare "tỉnh" after "Đảng" is the province's suffix as after any descriptor.
Examples written for these tests; each rule with a near form it must not fire on."""

HEAD = "Cụm thi đua số 5 tổng kết năm 2024\n"
TAIL = ", tại Sở Xây dựng, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2024."


# --- R146-3: a year in two figures -------------------------------------------------------------------------------------

def test_a_two_figure_year_dates_the_meeting(rec):
    assert rec(HEAD + "Ngày 18/12/24" + TAIL)["meeting"]["date"] == "2024-12-18"


def test_a_two_figure_year_after_dashes_dates_the_meeting(rec):
    assert rec(HEAD + "18-12-24" + TAIL)["meeting"]["date"] == "2024-12-18"


def test_a_two_figure_year_on_the_pages_date_line_dates_the_page(rec):
    r = rec(HEAD + "Cập nhật: 19/12/24\nNgày 18/12/24" + TAIL)
    assert r["published"] == "2024-12-19"
    assert r["meeting"]["date"] == "2024-12-18"


def test_a_two_figure_year_with_the_pages_clock_dates_the_page(rec):
    assert rec(HEAD + "19/12/24 09:40\nSáng 18/12" + TAIL)["published"] == "2024-12-19"


def test_a_fraction_or_a_numbers_figures_are_no_date(rec):
    r = rec(HEAD + "Hội nghị có 3/4 đơn vị thành viên tham dự, văn bản số 12/10/24 được gửi trước" + TAIL)
    assert r["meeting"]["date"] is None


def test_a_two_figure_year_mid_sentence_is_no_meeting_date(rec):
    r = rec(HEAD + "Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024 tại Sở Xây dựng, thực hiện mã hồ sơ 18/12/24.")
    assert r["meeting"]["date"] is None


def test_a_phone_number_on_a_line_dates_no_page(rec):
    r = rec(HEAD + "Đường dây nóng: 0912.18.12.24\nNgày 18/12/2024" + TAIL)
    assert r["published"] is None
    assert r["meeting"]["date"] == "2024-12-18"


# --- R146-4: a month in Roman numerals ---------------------------------------------------------------------------------

def test_a_roman_month_between_figures_dates_the_meeting(rec):
    assert rec(HEAD + "Ngày 18/XII/2024" + TAIL)["meeting"]["date"] == "2024-12-18"


def test_a_roman_month_in_words_dates_the_meeting(rec):
    assert rec(HEAD + "Ngày 18 tháng XII năm 2024" + TAIL)["meeting"]["date"] == "2024-12-18"


def test_a_roman_month_alone_dates_the_meeting_by_its_month(rec):
    r = rec(HEAD + "Trong tháng XII/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại Sở Xây dựng.")
    assert r["meeting"]["date"] == "2024-12"


def test_a_clusters_roman_number_is_no_month(rec):
    r = rec("Cụm thi đua XII tổng kết năm 2024\nSáng 18/12, Cụm thi đua XII/2024 tổ chức hội nghị tổng kết năm 2024 tại "
            "Sở Xây dựng.")
    assert r["meeting"]["date"] == "2024-12-18"
    assert r["cluster"]["number"] == 12


# --- R147-2: the place of a parent unit's own name ----------------------------------------------------------------------

def test_the_place_ending_a_parent_units_name_stays(rec):
    r = rec("Ngày 18/7/2025, Khối thi đua các trung tâm thuộc Sở Nông nghiệp và Môi trường Hà Giang tổ chức hội nghị sơ "
            "kết 6 tháng đầu năm 2025.")
    assert r["cluster"]["name"] == "Khối thi đua các trung tâm thuộc Sở Nông nghiệp và Môi trường Hà Giang"


def test_the_place_with_its_kind_ending_a_parent_units_name_stays(rec):
    r = rec("Ngày 18/7/2025, Khối thi đua các trường thuộc Sở Giáo dục và Đào tạo tỉnh Hà Giang tổ chức hội nghị sơ "
            "kết 6 tháng đầu năm 2025.")
    assert r["cluster"]["name"] == "Khối thi đua các trường thuộc Sở Giáo dục và Đào tạo tỉnh Hà Giang"


def test_the_clusters_own_province_after_a_parent_is_cut(rec):
    r = rec("Ngày 18/7/2025, Khối thi đua các trường thuộc Sở Giáo dục và Đào tạo của tỉnh Hà Giang tổ chức hội nghị sơ "
            "kết 6 tháng đầu năm 2025.")
    assert r["cluster"]["name"] == "Khối thi đua các trường thuộc Sở Giáo dục và Đào tạo"


def test_a_province_after_a_place_under_thuoc_is_still_the_suffix(rec):
    r = rec("Ngày 18/7/2025, Cụm thi đua các xã thuộc huyện Bắc Mê tỉnh Hà Giang tổ chức hội nghị sơ kết 6 tháng đầu "
            "năm 2025.")
    assert r["cluster"]["name"] == "Cụm thi đua các xã thuộc huyện Bắc Mê"


def test_a_bare_province_after_a_descriptor_is_still_cut(rec):
    r = rec("Ngày 18/7/2025, Cụm thi đua vùng cao Hà Giang tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.")
    assert r["cluster"]["name"] == "Cụm thi đua vùng cao"


# --- R147-1: a bare "tỉnh" after "Đảng" ---------------------------------------------------------------------------------

def test_a_bare_province_word_after_the_party_bodies_is_cut(rec):
    r = rec("Ngày 8/7, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các cơ quan Đảng"


def test_a_bare_province_word_after_the_party_boards_is_cut(rec):
    r = rec("Ngày 8/7, Khối thi đua các Ban Đảng tỉnh đã tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các Ban Đảng"


def test_a_provincial_body_named_in_capitals_keeps_its_province_word(rec):
    r = rec("Ngày 8/7, Khối thi đua các đơn vị thuộc UBND tỉnh tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các đơn vị thuộc UBND tỉnh"


def test_a_centrally_run_city_after_thuoc_is_still_the_suffix(rec):
    r = rec("Ngày 5/6/2024, Khối thi đua các phường thuộc TP. Hà Nội tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các phường"


def test_the_chair_before_the_party_bodies_bloc_and_its_bare_province_word(rec):
    r = rec("Ngày 8/7/2024, Ban Tổ chức Tỉnh ủy - Trưởng Khối thi đua các cơ quan Đảng tỉnh chủ trì hội nghị sơ kết công tác "
            "thi đua 6 tháng đầu năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các cơ quan Đảng"
