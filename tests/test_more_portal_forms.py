"""Forms of further portals: counted member lists, launch meetings of a school year, a venue named in a
line above the lead, and more (own examples, one per rule)."""

LEAD = "Ngày 12/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024."


# --- members -------------------------------------------------------------------------------------
def test_a_counted_list_of_the_units_in_a_named_bloc(rec):
    r = rec("Sáng 8/7/2024, Khối thi đua Văn xã tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. Dự hội "
            "nghị có đại diện 4 cơ quan trong Khối thi đua Văn xã: Sở Y tế, Sở Giáo dục và Đào tạo, Đài Phát thanh, "
            "Báo tỉnh.")
    assert r["cluster"]["members"] == ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Đài Phát thanh", "Báo tỉnh"]
    assert r["cluster"]["member_count"] == 4


def test_units_of_a_bloc_without_a_count_open_no_list_of_people(rec):
    r = rec("Sáng 8/7/2024, Khối thi đua Văn xã tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. Về phía "
            "các đơn vị trong Khối thi đua Văn xã: ông Lê Văn An, Giám đốc Sở Y tế; bà Trần Thị Bình, Giám đốc Sở Tài chính.")
    assert r["cluster"]["members"] == []


# --- kind and period -----------------------------------------------------------------------------
def test_a_meeting_launching_a_school_years_plan_is_a_covenant_of_that_term(rec):
    r = rec("Ngày 20/10/2023, Trường Cao đẳng Kỹ thuật tổ chức Hội nghị triển khai kế hoạch hoạt động Khối thi đua các "
            "trường cao đẳng - đại học trên địa bàn tỉnh (Khối thi đua) năm học 2023 - 2024.")
    assert r["meeting"]["kind"] == "giao_uoc"
    assert r["meeting"]["period"] == {"year": 2024, "span": "term"}


def test_a_launch_whose_year_is_a_months_date_is_not_read(rec):
    # "tháng" between the plan and the year: the year is a date's, not the plan's
    r = rec("Hội nghị triển khai kế hoạch hoạt động của Khối thi đua các trường học diễn ra ngày 20 tháng 10 năm 2023.")
    assert r["meeting"]["period"] is None


# --- venue ---------------------------------------------------------------------------------------
def test_a_line_above_the_lead_naming_the_meeting_and_its_place_gives_the_venue(rec):
    r = rec("HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH KHỐI THI ĐUA CÁC TRƯỜNG CAO ĐẲNG\n\nKhối thi đua các trường cao đẳng năm học "
            "2023 - 2024. Hội nghị triển khai kế hoạch năm học 2023 - 2024 tại Trường Cao đẳng Y tế\n\nSáng ngày 20/10/2023, Trường Cao đẳng Y tế đã tổ chức Hội nghị triển khai kế hoạch "
            "hoạt động Khối thi đua năm học 2023 - 2024.")
    assert r["meeting"]["venue"] == "Trường Cao đẳng Y tế"


# --- unit names ----------------------------------------------------------------------------------
def test_an_official_name_with_a_comma_before_a_role_note_stays_whole(rec):
    # the masked inside of a protected name is no whitespace: trimming the shadow text kept "Sở V"
    r = rec(LEAD + " Sở Văn hóa, Thể thao và Du lịch, Cụm trưởng Cụm thi đua số 5 đăng cai tổ chức hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Sở Văn hóa, Thể thao và Du lịch"


def test_xa_hoi_after_va_is_no_commune(rec):
    r = rec(LEAD + " Sở Lao động - Thương binh và Xã hội (Cụm trưởng) đăng cai tổ chức hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Sở Lao động - Thương binh và Xã hội"


def test_a_comma_inside_a_name_before_lower_case_words_and_its_province(rec):
    r = rec(LEAD + " Ban quản lý Khu kinh tế, công nghiệp tỉnh Quảng Trị, Cụm trưởng Cụm thi đua số 5 đăng cai tổ chức.")
    assert r["cluster"]["chair"]["organization"] == "Ban quản lý Khu kinh tế, công nghiệp tỉnh Quảng Trị"


def test_a_comma_before_don_vi_still_ends_the_unit(rec):
    r = rec(LEAD + " Sở Y tế, đơn vị tỉnh Quảng Trị, Cụm trưởng Cụm thi đua số 5 đăng cai tổ chức.")
    assert r["cluster"]["chair"] is None or "," not in r["cluster"]["chair"]["organization"]


def test_kinds_each_with_its_abbreviation_stay_in_the_cluster_name(rec):
    r = rec("Ngày 27/12/2019, Khối thi đua Ban Quản lý khu công nghiệp (KCN), khu kinh tế (KKT) các tỉnh miền Trung đã tổ "
            "chức Hội nghị tổng kết công tác thi đua năm 2019.")
    assert r["cluster"]["name"] == "Khối thi đua Ban Quản lý khu công nghiệp (KCN), khu kinh tế (KKT) các tỉnh miền Trung"
    assert r["meeting"]["province"] is None
