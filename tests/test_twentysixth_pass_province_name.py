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
