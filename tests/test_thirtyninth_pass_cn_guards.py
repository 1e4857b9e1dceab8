"""Guards on the thirty-ninth pass (cn): near forms of ordinary articles where the pass's rules misfired (examples written
for these tests)."""
from tdkt_extract import extract


# --- "cả N <noun>" counts the members only when it takes them up, not another group of N named or counted between
def test_all_n_after_another_count_of_n_is_no_member_count():
    r = extract("Ngày 5/1/2024, Cụm thi đua số 2 gồm các huyện Kim Sơn, Yên Khánh tổ chức tổng kết năm 2023. Toàn tỉnh có "
                "2 huyện đạt chuẩn nông thôn mới nâng cao; cả 2 huyện đều giáp biển.")
    assert r.cluster.member_count is None


def test_all_n_members_of_a_team_counted_before_is_no_member_count():
    r = extract("Ngày 5/1/2024, Cụm thi đua số 8 gồm xã Hòa Bình, xã Hòa Lợi và xã Hòa Thịnh tổ chức tổng kết năm 2023. "
                "Tổ chấm điểm có 3 cán bộ; cả 3 thành viên đều có kinh nghiệm.")
    assert r.cluster.member_count is None


def test_all_n_units_after_another_list_of_n_is_no_member_count():
    r = extract("Ngày 5/1/2024, Khối thi đua số 6 gồm Sở Công Thương, Sở Xây dựng và Sở Giao thông vận tải tổ chức tổng kết "
                "năm 2023. Khối bình xét Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh và Bảo hiểm xã hội tỉnh; cả 3 đơn vị được "
                "đề nghị tặng Cờ thi đua.")
    assert r.cluster.member_count is None


def test_all_n_members_after_a_time_count_and_two_people_still_counts():
    r = extract("Ngày 5/7/2024, Cụm thi đua số 4 gồm các xã Ea Hồ, Ea Tóh, Dliê Ya, Ea Sol và Ea Drông tổ chức sơ kết 6 "
                "tháng đầu năm. Năm qua, ông Lê Văn An và bà Trần Thị Bình chỉ đạo sát sao. Cả năm xã đều vượt chỉ tiêu.")
    assert r.cluster.member_count == 5


# --- the dash note on the whole list names the members' kind: not the rest of a name after a dash
def test_dash_and_plural_inside_the_last_members_name_stays():
    r = extract("Ngày 6/1/2025, Khối thi đua số 7 tổ chức hội nghị tổng kết năm 2024. Khối gồm Sở Tài chính, Sở Nội vụ và "
                "Ban Quản lý Khu kinh tế - các khu chế xuất thành phố.")
    assert r.cluster.members[-1] == "Ban Quản lý Khu kinh tế - các khu chế xuất thành phố"


# --- "khu vực" and a district gives the province only as the cluster's own area, not a unit's name inside the cluster's
def test_area_of_one_unit_named_in_the_cluster_places_nothing():
    r = extract("Ngày 4/1/2024, Cụm thi đua Kho bạc Nhà nước khu vực Biên Hòa tổ chức hội nghị tổng kết năm 2023. Cụm gồm "
                "Kho bạc Nhà nước khu vực Biên Hòa, Kho bạc Nhà nước Thủ Đức (TP. Hồ Chí Minh) và Kho bạc Nhà nước Dĩ An "
                "(tỉnh Bình Dương).")
    assert r.meeting.province is None


# --- a bare "trong khối ..." gives way only to the capitalised name of the meeting's own bloc, not a guest's
def test_bare_bloc_holding_the_meeting_keeps_its_name_beside_a_guests_bloc():
    r = extract("Chiều 15/1/2024, các đơn vị trong khối ngân hàng thương mại tỉnh Nghệ An tổ chức hội nghị tổng kết công tác "
                "thi đua năm 2023. Tham dự có lãnh đạo Khối thi đua các cơ quan tài chính tỉnh.")
    assert r.cluster.name is not None and r.cluster.name.lower().startswith("khối ngân hàng")


def test_all_n_members_after_the_word_year_still_counts():
    r = extract("Ngày 20/12/2025, Cụm thi đua số 3 gồm các xã An Hòa, An Lộc, An Phú, An Thạnh và An Tây tổ chức tổng kết năm "
                "2025. Năm 2025 là năm nhiều khó khăn; cả 5 xã đều hoàn thành chỉ tiêu.")
    assert r.cluster.member_count == 5


def test_dash_note_with_nhung_on_another_noun_is_still_cut():
    r = extract("Ngày 8/1/2025, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024. Cụm gồm các xã Cát Hải, Cát Bà và "
                "Long Châu - những địa bàn hải đảo của thành phố.")
    assert r.cluster.members[-1] == "Long Châu"
