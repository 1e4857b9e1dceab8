"""Cluster members and counts of the twenty-sixth pass, each on an invented example."""


def test_unit_kind_shared_by_districts_listed_without_colon(rec):
    # "gồm <unit> các huyện A, B, C và D": the districts are the members, as with the colon or "UBND các xã"
    r = rec("Sáng 3/4, Cụm thi đua số 6 gồm Phòng Nội vụ các huyện Lạc Minh, Vân Khê, Đồng Xuyên và Hạ Lũng "
            "tổ chức hội nghị sơ kết quý I năm 2024.")
    assert r["cluster"]["members"] == ["Lạc Minh", "Vân Khê", "Đồng Xuyên", "Hạ Lũng"]
    r = rec("Sáng 3/4, Cụm thi đua số 6 gồm Trung tâm Y tế các huyện Lạc Minh, Vân Khê và Hạ Lũng "
            "tổ chức hội nghị sơ kết quý I năm 2024.")
    assert r["cluster"]["members"] == ["Lạc Minh", "Vân Khê", "Hạ Lũng"]
    # (the next items units of their own: the first is named whole)
    r = rec("Sáng 3/4, Cụm thi đua số 6 gồm Trung tâm Y tế các huyện Lạc Minh, Bệnh viện Vân Khê và Trường Hạ Lũng "
            "tổ chức hội nghị sơ kết quý I năm 2024.")
    assert r["cluster"]["members"][0] == "Trung tâm Y tế các huyện Lạc Minh"


LEAD = "Ngày 9/8, Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. "


def test_count_after_gom_with_a_clause_on_how_the_units_came_to_be(rec):
    assert rec(LEAD + "Cụm thi đua số 3 gồm 9 phường được thành lập mới sau sáp nhập.")["cluster"]["member_count"] == 9
    assert rec(LEAD + "Cụm gồm 6 xã được hình thành từ việc sắp xếp đơn vị hành chính.")["cluster"]["member_count"] == 6
    assert rec(LEAD + "Cụm gồm bảy xã mới thành lập.")["cluster"]["member_count"] == 7
    # (units that achieved something are no count of the members)
    assert rec(LEAD + "Cụm gồm 4 đơn vị được khen thưởng.")["cluster"]["member_count"] is None


def test_count_of_youth_party_and_union_bodies_after_gom(rec):
    assert rec(LEAD + "Cụm gồm 09 cơ sở đoàn.")["cluster"]["member_count"] == 9
    assert rec(LEAD + "Cụm có 11 Đoàn cơ sở.")["cluster"]["member_count"] == 11
    assert rec(LEAD + "Khối gồm 14 Đảng bộ cơ sở.")["cluster"]["member_count"] == 14
    assert rec(LEAD + "Cụm gồm 12 chi đoàn.")["cluster"]["member_count"] == 12
    assert rec(LEAD + "Cụm gồm 5 Liên đoàn Lao động huyện.")["cluster"]["member_count"] == 5
    # (the unions that achieved something, their kind after the noun)
    assert rec(LEAD + "Cụm gồm 5 công đoàn cơ sở được công nhận vững mạnh.")["cluster"]["member_count"] is None


def _name(r):
    c = r["cluster"]
    return c["name"], c["number"], (c["chair"] or {}).get("organization")


def test_numbered_cluster_named_after_the_chair_role_of_the_organising_unit(rec):
    r = rec("Chiều 20/3, Sở Tài chính, Trưởng Khối thi đua số 8 đã tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert _name(r) == ("Khối thi đua số 8", 8, "Sở Tài chính")
    # (the cluster's descriptor in brackets after it is not its name)
    r = rec("Chiều 20/3, Ngân hàng Lúa Vàng chi nhánh Hạ Lũng - Trưởng Cụm thi đua số 4 (Cụm các chi nhánh vùng Tây Bắc) "
            "tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert _name(r) == ("Cụm thi đua số 4", 4, "Ngân hàng Lúa Vàng chi nhánh Hạ Lũng")
    # (a guest's title names no cluster of the meeting)
    r = rec("Chiều 20/3, Sở Tài chính tổ chức hội nghị tổng kết năm 2023. "
            "Dự hội nghị có ông Lê Văn Hòa, Giám đốc Sở Xây dựng, Trưởng Khối thi đua số 3.")
    assert r["cluster"]["name"] is None and r["cluster"]["number"] is None
