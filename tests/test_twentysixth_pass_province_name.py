"""Forms of the twenty-sixth pass (province, published, cluster name, next chair), each on an invented example."""


def test_the_province_in_the_bracket_after_the_venue(rec):
    r = rec("Chiều nay (14/10), tại phường Tây Mỗ Bắc (Hà Nội), Cụm thi đua số 6 tổ chức hội nghị giao ban 9 tháng năm 2025.")
    assert r["meeting"]["venue"] == "phường Tây Mỗ Bắc"
    assert r["meeting"]["province"] == "Hà Nội"
    # (a role note in the bracket names no place)
    r = rec("Chiều nay (14/10), tại phường Tây Mỗ Bắc (đơn vị Cụm trưởng), Cụm thi đua số 6 tổ chức hội nghị giao ban 9 tháng năm 2025.")
    assert r["meeting"]["province"] is None


def test_a_portals_name_before_the_date_line(rec):
    r = rec("Cụm thi đua số 7 tổng kết năm 2025\nCổng Thông tin điện tử tỉnh Vĩnh Long - 12/01/2026\n"
            "Ngày 9/1/2026, Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2025.")
    assert r["published"] == "2026-01-12"
    # (the site's name is no source of the cluster's province)
    assert r["meeting"]["province"] is None
    r = rec("Cụm thi đua số 7 tổng kết năm 2025\nCổng TTĐT Sở Nội vụ tỉnh Vĩnh Long | 12/01/2026\n"
            "Ngày 9/1/2026, Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2025.")
    assert r["published"] == "2026-01-12"
    # (a sentence about the portal is not its date line)
    r = rec("Cụm thi đua số 7 tổng kết năm 2025\nNgày 9/1/2026, Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2025.\n"
            "Cổng thông tin điện tử tỉnh Vĩnh Long đã đăng tải ngày 12/01/2026 toàn văn báo cáo của Cụm.")
    assert r["published"] is None


def test_a_guests_title_does_not_place_the_cluster(rec):
    lead = "Sáng 20/12, Khối thi đua các cơ quan văn hóa - xã hội tổ chức hội nghị tổng kết năm 2024. "
    r = rec(lead + "Phó Chủ tịch UBND tỉnh Kiên Giang Trần Văn Khoa dự và phát biểu chỉ đạo.")
    assert r["meeting"]["province"] is None
    r = rec(lead + "Giám đốc Sở Tư pháp tỉnh Cà Mau Trần Văn Khoa dự hội nghị.")
    assert r["meeting"]["province"] is None
    # (the one presiding still does)
    r = rec(lead + "Giám đốc Sở Tư pháp tỉnh Cà Mau Trần Văn Khoa chủ trì hội nghị.")
    assert r["meeting"]["province"] == "Cà Mau"


def test_the_name_after_the_chairs_role_in_the_meeting_sentence(rec):
    r = rec("Khối Văn xã sơ kết 6 tháng đầu năm\nNgày 08/7/2024, Sở Y tế tỉnh Bạc Liêu - đơn vị Trưởng Khối thi đua Văn xã năm 2024 "
            "tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua Văn xã"
    # (a guest's title, not the subject of the meeting's verb, gives no name)
    r = rec("Khối Văn xã sơ kết 6 tháng đầu năm\nNgày 08/7/2024, Khối Văn xã tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024. "
            "Dự có ông Lê Văn Tám, Giám đốc Sở Y tế, Trưởng Khối thi đua Văn xã năm 2023.")
    assert r["cluster"]["name"] == "Khối Văn xã"


def test_the_next_chair_who_hosts_and_takes_the_role(rec):
    lead = "Ngày 14/1/2026, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2025. "
    r = rec(lead + "Hội nghị thống nhất phường Phú Mỹ Tây đăng cai và làm Cụm trưởng năm 2026.")
    assert r["cluster"]["next_chair"] == {"organization": "phường Phú Mỹ Tây", "person": None}
    r = rec(lead + "Xã Tân Hiệp Đông được giới thiệu đăng cai hội nghị tổng kết năm 2026 và làm Cụm trưởng năm 2026.")
    assert r["cluster"]["next_chair"] == {"organization": "Xã Tân Hiệp Đông", "person": None}
    # (a host and another unit taking the role: the role's own unit)
    r = rec(lead + "Xã Tân Hiệp Đông đăng cai hội nghị và xã Phú An làm Cụm trưởng năm 2026.")
    assert r["cluster"]["next_chair"] == {"organization": "xã Phú An", "person": None}
