"""Cluster roles and members of the twenty-seventh pass, each on an invented example."""
import pytest


def _org(role):
    return role["organization"] if role else None


@pytest.mark.parametrize("lead, items", [
    ("Hội nghị đã bầu Khối trưởng, Khối phó năm 2026, cụ thể:", "- Khối trưởng: Sở Công Thương;\n- Khối phó: Sở Xây dựng."),
    ("Về Trưởng khối, Phó Trưởng khối năm 2026, hội nghị nhất trí như sau:",
     "- Trưởng khối: Sở Công Thương;\n- Phó Trưởng khối: Sở Xây dựng."),
    ("Hội nghị đã bầu Khối trưởng, Khối phó năm 2026:", "+ Đơn vị Khối trưởng: Sở Công Thương;\n+ Đơn vị Khối phó: Sở Xây dựng.")])
def test_list_items_under_a_lead_that_elects_the_next_years_roles_are_the_next_ones(rec, lead, items):
    r = rec("Ngày 12/1/2026, Khối thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua năm 2025. Ông Trần Minh Khang, "
            "Giám đốc Sở Giao thông vận tải, Khối trưởng, chủ trì hội nghị.\n" + lead + "\n" + items + "\nTrần Hà")
    c = r["cluster"]
    assert (_org(c["next_chair"]), _org(c["next_vice_chair"])) == ("Sở Công Thương", "Sở Xây dựng")
    assert c["chair"] == {"organization": "Sở Giao thông vận tải", "person": "Trần Minh Khang"}
    assert c["vice_chair"] is None


def test_list_items_under_a_lead_of_the_year_reviewed_stay_the_present_roles(rec):
    r = rec("Ngày 12/1/2026, Khối thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua năm 2025.\n"
            "Khối trưởng, Khối phó năm 2025 như sau:\n- Khối trưởng: Sở Công Thương;\n- Khối phó: Sở Xây dựng.\nTrần Hà")
    c = r["cluster"]
    assert (_org(c["chair"]), _org(c["vice_chair"])) == ("Sở Công Thương", "Sở Xây dựng")
    assert c["next_chair"] is None


@pytest.mark.parametrize("said", ["Năm học 2025-2026, trường THCS Quang Phục làm Cụm trưởng, trường THCS Tiên Tiến làm Cụm phó.",
                                  "Năm học 2025 - 2026, trường THCS Quang Phục làm Cụm trưởng, trường THCS Tiên Tiến làm Cụm phó."])
def test_a_school_year_after_the_one_reviewed_names_the_next_roles(rec, said):
    r = rec("Sáng ngày 28/5/2025, Cụm thi đua số 2 các trường THCS tổ chức hội nghị tổng kết năm học 2024-2025 tại "
            "trường THCS Đoàn Lập.\n\nThầy Phạm Văn Quý, Hiệu trưởng trường THCS Đoàn Lập, Cụm trưởng, trình bày báo cáo tổng kết.\n\n"
            + said)
    c = r["cluster"]
    assert _org(c["next_chair"]).endswith("THCS Quang Phục") and _org(c["next_vice_chair"]).endswith("THCS Tiên Tiến")
    assert c["chair"] == {"organization": "trường THCS Đoàn Lập", "person": "Phạm Văn Quý"}


def test_the_school_year_reviewed_names_the_present_roles(rec):
    r = rec("Sáng ngày 28/5/2025, Cụm thi đua số 2 các trường THCS tổ chức hội nghị tổng kết năm học 2024-2025.\n\n"
            "Năm học 2024-2025, trường THCS Quang Phục làm Cụm trưởng.")
    assert _org(r["cluster"]["chair"]) == "trường THCS Quang Phục" and r["cluster"]["next_chair"] is None


@pytest.mark.parametrize("lead, members", [
    ("Ngày 15/1/2024, tại huyện Anh Sơn, các huyện Anh Sơn, Con Cuông, Tương Dương và Kỳ Sơn - thành viên Cụm thi đua số 6 đã tổ "
     "chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.", ["Anh Sơn", "Con Cuông", "Tương Dương", "Kỳ Sơn"]),
    ("Ngày 15/1/2024, các đơn vị trong Cụm thi đua số 6 là huyện Anh Sơn, huyện Con Cuông, huyện Tương Dương và huyện Kỳ Sơn "
     "đã tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.",
     ["huyện Anh Sơn", "huyện Con Cuông", "huyện Tương Dương", "huyện Kỳ Sơn"]),
    ("Ngày 15/1/2024, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Các đơn vị thành viên "
     "của cụm là huyện Anh Sơn, huyện Con Cuông và huyện Kỳ Sơn.", ["huyện Anh Sơn", "huyện Con Cuông", "huyện Kỳ Sơn"])])
def test_members_named_the_clusters_after_a_dash_or_by_the_units_of_the_cluster(rec, lead, members):
    c = rec(lead)["cluster"]
    assert c["members"] == members
    assert c["member_count"] is None  # (no count is written; "số 6" is the cluster's number)


def test_places_listed_before_another_numbered_clusters_name_are_not_members(rec):
    r = rec("Ngày 15/1/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2023, có sự tham dự của các huyện "
            "Anh Sơn, Con Cuông và Kỳ Sơn - thành viên Cụm thi đua số 6.")
    assert r["cluster"]["members"] == []


def test_a_unit_the_places_share_is_no_part_of_the_first_place_before_a_place_written_with_its_kind(rec):
    # (a place two provinces share a name with, which the gazetteer leaves open)
    r = rec("Ngày 12/01/2024, Cụm thi đua số 2 gồm Phòng Nội vụ các huyện Anh Sơn, Con Cuông, Tương Dương và thị xã Hoàng Mai "
            "tổ chức hội nghị sơ kết.")
    assert r["cluster"]["members"] == ["Anh Sơn", "Con Cuông", "Tương Dương", "thị xã Hoàng Mai"]


@pytest.mark.parametrize("n", ["3", "4"])
def test_the_clusters_number_in_the_lead_of_its_members_is_no_count(rec, n):
    r = rec(f"Ngày 15/1/2024, Cụm thi đua số {n} tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n\n"
            f"Thành viên Cụm thi đua số {n} gồm: huyện Anh Sơn, huyện Con Cuông và huyện Kỳ Sơn.")
    assert r["cluster"]["member_count"] is None and len(r["cluster"]["members"]) == 3


def test_a_count_in_the_lead_of_the_members_still_counts(rec):
    r = rec("Ngày 15/1/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n\n"
            "Cụm thi đua số 3 gồm 3 huyện: Anh Sơn, Con Cuông và Kỳ Sơn.")
    assert r["cluster"]["member_count"] == 3


@pytest.mark.parametrize("header, rows", [("STT | Tên đơn vị", "1 | Sở Y tế\n2 | Bảo hiểm xã hội tỉnh\n3 | Sở Văn hóa và Thể thao"),
                                          ("TT | Đơn vị | Ghi chú", "1 | Sở Y tế | \n2 | Bảo hiểm xã hội tỉnh | \n3 | Sở Văn hóa và Thể thao | "),
                                          ("STT\tĐơn vị", "1\tSở Y tế\n2\tBảo hiểm xã hội tỉnh\n3\tSở Văn hóa và Thể thao")])
def test_members_given_as_a_table_under_the_lead_that_names_them(rec, header, rows):
    r = rec("Ngày 16/01/2025, Khối thi đua số 9 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Khối thi đua số 9 có 3 đơn vị "
            f"thành viên, gồm:\n{header}\n{rows}\nLê Vân")
    assert r["cluster"]["members"] == ["Sở Y tế", "Bảo hiểm xã hội tỉnh", "Sở Văn hóa và Thể thao"]


def test_a_table_of_scores_is_no_member_list(rec):
    r = rec("Ngày 16/01/2025, Khối thi đua số 9 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Kết quả chấm điểm của các "
            "đơn vị trong Khối:\nSTT | Đơn vị | Điểm | Xếp hạng\n1 | Sở Y tế | 98 | Nhất\n2 | Bảo hiểm xã hội tỉnh | 96 | Nhì\n"
            "3 | Sở Văn hóa và Thể thao | 95 | Ba\nLê Vân")
    assert r["cluster"]["members"] == []


def test_the_side_a_unit_speaks_for_names_it_before_its_role_note(rec):
    r = rec("Khối thi đua các cơ quan Trung ương ký kết giao ước\nChiều 5/3/2025, Khối thi đua các cơ quan Trung ương tổ chức Lễ "
            "ký kết giao ước thi đua năm 2025. Về phía Bộ Tài nguyên và Môi trường - đơn vị Trưởng khối năm 2025, có Thứ trưởng "
            "Lê Công Thành.")
    assert r["cluster"]["chair"]["organization"] == "Bộ Tài nguyên và Môi trường"


@pytest.mark.parametrize("short", ["VCB Nam Định", "VietinBank Nam Định"])
def test_the_chairs_head_named_by_the_short_name_in_brackets_after_it_acts_for_it(rec, short):
    r = rec("Khối thi đua các Ngân hàng sơ kết 6 tháng\nNgày 8/7/2024, Khối thi đua các Ngân hàng thương mại tỉnh Nam Định tổ chức "
            "Hội nghị sơ kết 6 tháng đầu năm 2024 tại Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Nam Định "
            f"({short}), đơn vị Trưởng khối. Ông Hoàng Quốc Bảo - Giám đốc {short}, Trưởng khối điều hành hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Nam Định",
                                     "person": "Hoàng Quốc Bảo"}
