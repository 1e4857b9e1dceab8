"""Thirty-second pass (mv), guards: the new rules narrowed where ordinary text read wrong ("Đồng chủ trì" after a place not
ending in Đồng, a national cluster's bracket of central bodies, the cluster's other or habitual meetings placed, a dated lead
whose cluster is named by the host's role only)."""


def _person(r, name):
    return next(p for p in r["people"] if p["name"] == name)


def test_dong_chu_tri_after_a_place_not_ending_in_dong_is_the_verb(rec):
    r = rec("Khối thi đua các sở, ngành tỉnh Thái Bình tổ chức hội nghị tổng kết năm 2024. Ông Phạm Quốc Toản, Giám đốc Sở "
            "Tài chính tỉnh Thái Bình Đồng chủ trì hội nghị.")
    assert _person(r, "Phạm Quốc Toản")["title"] == "Giám đốc Sở Tài chính tỉnh Thái Bình"
    # (a province named "... Đồng" before the plain verb keeps its last word)
    r = rec("Khối thi đua doanh nghiệp tỉnh Lâm Đồng tổ chức hội nghị tổng kết năm 2024. Bà Đinh Thị Hoa, Giám đốc Bưu điện "
            "tỉnh Lâm Đồng chủ trì hội nghị.")
    assert _person(r, "Đinh Thị Hoa")["title"] == "Giám đốc Bưu điện tỉnh Lâm Đồng"


def test_bracket_of_central_party_bodies_keeps_the_cluster_national(rec):
    r = rec("Ngày 18/12/2024, Khối thi đua số 3 (Các Ban Đảng Trung ương) tổ chức hội nghị tổng kết công tác thi đua, khen "
            "thưởng năm 2024 tại thành phố Cần Thơ.")
    assert r["meeting"]["province"] is None
    # (the centre's enterprises in a province still place it)
    r = rec("Ngày 18/12/2024, tại Điện lực Bến Tre, Khối thi đua 7 (Khối các doanh nghiệp Trung ương) đã tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["province"] == "Bến Tre"


def test_clusters_meeting_of_another_kind_or_time_places_no_venue(rec):
    lead = "Sáng 18/12/2024, Cụm thi đua số 5 tỉnh Nghệ An tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
    r = rec(lead + "Cụm đã tổ chức hội nghị ký kết giao ước thi đua tại UBND huyện Nam Đàn.")
    assert r["meeting"]["venue"] is None
    r = rec(lead + "Cụm đã tổ chức hội nghị tổng kết năm 2024 tại UBND huyện Nam Đàn vào tháng 3.")
    assert r["meeting"]["venue"] is None
    # (a habit of the bloc is no place of this meeting)
    r = rec("Sáng 18/12/2024, Khối thi đua các cơ quan tỉnh Hà Giang tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
            "Khối gồm 9 đơn vị, hằng năm luân phiên tổ chức hội nghị tổng kết tại trụ sở đơn vị Trưởng khối.")
    assert r["meeting"]["venue"] is None


def test_venue_ends_before_vao_thang(rec):
    r = rec("Cụm thi đua số 6 tổ chức hội nghị ký kết giao ước thi đua năm 2024 tại UBND huyện Yên Thành vào tháng 3/2024.")
    assert r["meeting"]["venue"] == "UBND huyện Yên Thành"


def test_dated_lead_of_the_kind_with_the_hosts_role_stays_the_meeting(rec):
    r = rec("Cụm thi đua số 3 tổng kết năm 2024\nHội nghị tổng kết công tác thi đua năm 2024 được tổ chức tại UBND huyện "
            "Thanh Chương, đơn vị Cụm trưởng, vào chiều 19/12/2024. Trong năm, các đơn vị đã hoàn thành tốt nhiệm vụ. Ngày "
            "10/7/2024, Cụm đã sơ kết 6 tháng đầu năm tại huyện Đô Lương.")
    m = r["meeting"]
    assert (m["kind"], m["date"], m["time_of_day"], m["venue"]) == ("tong_ket", "2024-12-19", "chieu", "UBND huyện Thanh Chương")
