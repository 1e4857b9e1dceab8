"""Thirty-ninth pass (cn): a cluster's name closed by an area of bare districts, a bare locative before the verb's comma,
a lower-case "khối" referring back inside a quote, a summary line's members' label, a list describing the members' kinds,
a note on the whole list after its last member, and "cả N đơn vị" counting the listed members (examples written for
these tests)."""
from tdkt_extract import extract


# --- meeting.province: bare districts after "khu vực" closing the cluster's name
def test_area_of_a_bare_city_gives_its_province():
    r = extract("Sáng 20/5/2024, Cụm thi đua các trường tiểu học khu vực Cam Ranh tổ chức hội nghị sơ kết học kỳ II.")
    assert r.meeting.province == "Khánh Hòa"


def test_area_of_two_bare_districts_of_one_province():
    r = extract("Ngày 2/6/2023, Cụm thi đua các trạm y tế khu vực Đức Trọng - Lâm Hà tổ chức hội nghị tổng kết năm 2023.")
    assert r.meeting.province == "Lâm Đồng"


def test_area_of_a_region_places_nothing():
    r = extract("Ngày 2/6/2023, Cụm thi đua các trường cao đẳng khu vực Tây Nguyên tổ chức hội nghị tổng kết năm học.")
    assert r.meeting.province is None


def test_area_of_a_district_name_two_provinces_share_places_nothing():
    r = extract("Ngày 2/6/2023, Cụm thi đua các trường THCS khu vực Châu Thành tổ chức hội nghị tổng kết năm học 2022 - 2023.")
    assert r.meeting.province is None


# --- cluster.name: the bare locative "trên địa bàn tỉnh" before the comma ahead of the verb
def test_bare_locative_before_comma_is_cut_from_the_name():
    r = extract("Ngày 15/1/2024, Kho bạc Nhà nước tỉnh Hà Nam, Trưởng Khối thi đua các cơ quan Trung ương trên địa bàn "
                "tỉnh, tổ chức hội nghị tổng kết năm 2023.")
    assert r.cluster.name == "Khối thi đua các cơ quan Trung ương"


def test_locative_of_a_district_named_stays():
    r = extract("Ngày 15/1/2024, Khối thi đua các trường học trên địa bàn huyện Yên Mô tổ chức hội nghị tổng kết năm 2023.")
    assert r.cluster.name.startswith("Khối thi đua các trường học")
    assert "tỉnh" not in r.cluster.name


# --- cluster.name: "trong khối" inside a quote refers back to the cluster named in full later
def test_bare_khoi_after_preposition_gives_way_to_full_name():
    r = extract("\"Cả năm, không có cơ quan nào trong khối để xảy ra sai phạm\", ông Phạm Văn Hùng phát biểu tại hội nghị "
                "tổng kết năm 2024 của Khối thi đua các cơ quan kinh tế ngày 10/1/2025.")
    assert r.cluster.name == "Khối thi đua các cơ quan kinh tế"


def test_bare_khoi_alone_is_still_a_name():
    r = extract("Ngày 10/1/2025, khối doanh nghiệp tỉnh Bình Định tổ chức hội nghị tổng kết năm 2024.")
    assert r.cluster.name is not None and r.cluster.name.lower().startswith("khối doanh nghiệp")


def test_date_after_ngay_ends_the_name():
    r = extract("Hội nghị tổng kết năm 2024 của Cụm thi đua các huyện miền núi ngày 8/1/2025 diễn ra tại huyện Minh Hóa.")
    assert r.cluster.name == "Cụm thi đua các huyện miền núi"


# --- cluster.members: "Thành viên Khối:" labels a summary's line
def test_members_label_of_a_summary_line():
    r = extract("Ngày 12/1/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2023.\n"
                "- Chủ trì: Sở Tư pháp.\n- Thành viên Cụm: Sở Nội vụ, Sở Tài chính, Thanh tra tỉnh.")
    assert r.cluster.members == ["Sở Nội vụ", "Sở Tài chính", "Thanh tra tỉnh"]


def test_members_label_with_a_verb_before_colon_reads_nothing():
    r = extract("Ngày 12/1/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2023.\n"
                "- Thành viên Cụm tham gia đoàn kiểm tra: Sở Nội vụ, Sở Tài chính.")
    assert r.cluster.members == []


def test_members_label_before_people_reads_no_units():
    r = extract("Ngày 12/1/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2023. "
                "Thành viên Cụm: ông Lê Văn Nam, bà Hồ Thị Thu.")
    assert r.cluster.members == []


# --- cluster.members: "X, Y của các huyện" describes the members' kinds
def test_kinds_owned_by_plural_places_are_no_members():
    r = extract("Khối thi đua số 6 tổ chức hội nghị tổng kết năm 2023 tại huyện Tiền Hải. Khối gồm 9 đơn vị là Ban Tuyên "
                "giáo Huyện ủy, Ban Dân vận của các huyện, thành phố trong tỉnh.")
    assert r.cluster.members == []
    assert r.cluster.member_count == 9


def test_named_units_before_a_plain_list_stay():
    r = extract("Ngày 5/1/2024, Khối thi đua số 6 tổ chức hội nghị tổng kết năm 2023. Khối gồm Sở Nội vụ, Sở Tư pháp, "
                "Thanh tra tỉnh.")
    assert r.cluster.members == ["Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh"]


# --- cluster.members: a dash note on the whole list after its last member
def test_dash_note_on_the_whole_list_is_cut():
    r = extract("Ngày 8/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2024. Cụm gồm các xã Tà Xùa, Háng Đồng và "
                "Hua Nhàn - những xã vùng cao của huyện.")
    assert r.cluster.members[-1] == "Hua Nhàn"


def test_dash_inside_a_capitalised_name_stays():
    r = extract("Ngày 8/1/2025, Khối thi đua số 2 tổ chức hội nghị tổng kết năm 2024. Khối gồm Sở Nội vụ, Sở Tài chính và "
                "Sở Văn hóa - Thể thao.")
    assert r.cluster.members[-1] == "Sở Văn hóa - Thể thao"


# --- cluster.member_count: "cả N <unit noun>" counting as many as are listed
def test_all_n_units_counts_the_listed_members():
    r = extract("Ngày 20/12/2024, Cụm thi đua số 4 gồm các xã Ea Hồ, Ea Tóh và Dliê Ya tổ chức tổng kết năm 2024. "
                "Cả 3 xã đều về đích nông thôn mới.")
    assert r.cluster.member_count == 3


def test_all_n_units_of_another_number_is_no_count():
    r = extract("Ngày 20/12/2024, Cụm thi đua số 4 gồm các xã Ea Hồ, Ea Tóh và Dliê Ya tổ chức tổng kết năm 2024. "
                "Cả 2 xã Ea Hồ và Ea Tóh đều về đích nông thôn mới.")
    assert r.cluster.member_count is None


def test_whole_year_is_no_count():
    r = extract("Ngày 20/12/2024, Cụm thi đua số 4 gồm các xã Ea Hồ, Ea Tóh, Dliê Ya, Ea Sol và Ea Drông tổ chức tổng kết. "
                "Cả năm xã đã giải ngân 90% vốn; cả năm 2024 không xảy ra vụ việc phức tạp.")
    assert r.cluster.member_count == 5


# --- near forms the rules must leave alone
def test_named_units_before_a_kind_of_plural_places_stay():
    r = extract("Ngày 4/1/2024, Khối thi đua số 5 tổ chức hội nghị tổng kết. Khối gồm Văn phòng UBND tỉnh, Sở Nội vụ, "
                "Phòng Nội vụ của các huyện.")
    assert r.cluster.members[:2] == ["Văn phòng UBND tỉnh", "Sở Nội vụ"]


def test_cua_khoi_with_a_capitalised_name_stays_the_name():
    r = extract("Hội nghị tổng kết năm 2023 của khối Nội chính tỉnh diễn ra ngày 15/1/2024. Khối thi đua Nội chính gồm 6 cơ quan.")
    assert r.cluster.name == "khối Nội chính"


def test_all_n_localities_of_mixed_kinds_is_no_count():
    r = extract("Ngày 6/1/2024, Cụm thi đua số 3 gồm thị xã Ba Đồn, huyện Tuyên Hóa và huyện Minh Hóa tổ chức tổng kết năm "
                "2023. Năm qua, cả 3 địa phương đều hoàn thành các chỉ tiêu chủ yếu.")
    assert r.cluster.member_count is None
