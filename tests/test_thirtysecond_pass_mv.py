"""Thirty-second pass (mv): a company's trades after a comma, a bank's branch after its brand in brackets, a bloc's own
description of its members in brackets, a place's last word "Đồng" before "chủ trì"."""


def _person(r, name):
    return next(p for p in r["people"] if p["name"] == name)


def test_company_trades_after_a_comma_stay_in_its_name(rec):
    # lower-case trades after the comma: venue, chair, title
    r = rec("Sáng 18/1/2024, tại Công ty TNHH MTV Quản lý, khai thác công trình thủy lợi Yên Bái, Cụm thi đua các doanh "
            "nghiệp tỉnh Yên Bái tổ chức hội nghị tổng kết năm 2023. Đồng chí Hà Văn Thịnh, Giám đốc Công ty TNHH MTV Quản lý, "
            "khai thác công trình thủy lợi Yên Bái, Cụm trưởng chủ trì hội nghị.")
    unit = "Công ty TNHH MTV Quản lý, khai thác công trình thủy lợi Yên Bái"
    assert r["meeting"]["venue"] == unit
    assert r["cluster"]["chair"] == {"organization": unit, "person": "Hà Văn Thịnh"}
    assert _person(r, "Hà Văn Thịnh")["title"] == "Giám đốc " + unit + ", Cụm trưởng"
    # capitalised trades joined by "và": one member
    r = rec("Cụm thi đua số 2 gồm 3 doanh nghiệp: Công ty CP Nước sạch Lào Cai, Công ty CP In, Phát hành sách và Thiết bị "
            "trường học Lào Cai, Công ty CP Thiết kế, Thi công và Xây lắp Sa Pa.")
    assert r["cluster"]["members"] == ["Công ty CP Nước sạch Lào Cai",
                                       "Công ty CP In, Phát hành sách và Thiết bị trường học Lào Cai",
                                       "Công ty CP Thiết kế, Thi công và Xây lắp Sa Pa"]


def test_company_list_still_splits_at_the_next_unit(rec):
    # the next item opens with a unit's head: two members, not one name
    r = rec("Cụm thi đua số 2 gồm 3 doanh nghiệp: Công ty CP Tư vấn, Viễn thông Lào Cai và Công ty CP Nước sạch Lào Cai.")
    assert r["cluster"]["members"] == ["Công ty CP Tư vấn", "Viễn thông Lào Cai", "Công ty CP Nước sạch Lào Cai"]


def test_bank_branch_after_brand_in_brackets_stays_in_venue(rec):
    r = rec("Ngày 10/7/2024, Khối thi đua các ngân hàng tỉnh Thanh Hóa tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 tại "
            "Ngân hàng TMCP Sài Gòn Thương Tín (Sacombank) Chi nhánh Thanh Hóa.")
    assert r["meeting"]["venue"] == "Ngân hàng TMCP Sài Gòn Thương Tín (Sacombank) Chi nhánh Thanh Hóa"
    # (a branch named by a unit after the bracket is the clause's subject: the place ends at the bracket)
    r = rec("Ngày 10/7/2024, tại Trung tâm Hội nghị Quốc tế (Ariyana) Chi nhánh Ngân hàng Chính sách xã hội tỉnh Quảng Nam "
            "tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 của Khối thi đua số 3.")
    assert r["meeting"]["venue"] == "Trung tâm Hội nghị Quốc tế"


def test_bloc_description_of_central_enterprises_in_brackets_places_it(rec):
    r = rec("Ngày 25/01/2024, tại Viễn thông Sóc Trăng, Khối thi đua 9 (Khối các doanh nghiệp Trung ương) đã tổ chức Hội nghị "
            "tổng kết công tác thi đua, khen thưởng năm 2023.")
    assert r["meeting"]["province"] == "Sóc Trăng"
    # (a central body named after the number is the cluster's parent: no province)
    r = rec("Ngày 25/01/2024, tại Viễn thông Sóc Trăng, Khối thi đua 9 (Ban Tuyên giáo Trung ương) đã tổ chức Hội nghị "
            "tổng kết công tác thi đua, khen thưởng năm 2023.")
    assert r["meeting"]["province"] is None


def test_place_ending_in_dong_before_chu_tri(rec):
    r = rec("Khối thi đua doanh nghiệp tỉnh Lâm Đồng tổ chức hội nghị tổng kết năm 2023. Ông Trịnh Quốc Huy, Giám đốc Viễn "
            "thông Lâm Đồng chủ trì hội nghị.")
    p = _person(r, "Trịnh Quốc Huy")
    assert p["title"] == "Giám đốc Viễn thông Lâm Đồng"
    assert p["roles"] == ["presided"]
    # (a capitalised "Đồng chủ trì" after a lower-case word is the verb)
    r = rec("Khối thi đua doanh nghiệp tỉnh Lâm Đồng tổ chức hội nghị tổng kết năm 2023. Ông Trịnh Quốc Huy, Trưởng khối thi "
            "đua Đồng chủ trì hội nghị.")
    assert _person(r, "Trịnh Quốc Huy")["title"] == "Trưởng khối thi đua"


def test_district_named_by_its_party_committee_places_the_bloc(rec):
    for body, prov in (("Huyện ủy Thạch Hà", "Hà Tĩnh"), ("Thị ủy Kỳ Anh", "Hà Tĩnh"), ("Thành ủy Tam Kỳ", "Quảng Nam"),
                       ("Huyện uỷ Hậu Lộc", "Thanh Hóa")):
        r = rec(f"Chiều 27/12/2023, Khối thi đua các Ban Đảng, Văn phòng {body} tổ chức hội nghị tổng kết công tác thi đua "
                "năm 2023.")
        assert r["meeting"]["province"] == prov, body
    # (a district name two provinces share: none)
    r = rec("Chiều 27/12/2023, Khối thi đua các Ban Đảng, Văn phòng Huyện ủy Châu Thành tổ chức hội nghị tổng kết công tác "
            "thi đua năm 2023.")
    assert r["meeting"]["province"] is None


def test_venue_from_the_clusters_meeting_sentence_after_a_dated_lead(rec):
    r = rec("Sáng nay 15/12/2023, Cụm thi đua số 4 tổng kết năm 2023\nCụm thi đua số 4 gồm Đồn Biên phòng Cửa Việt, "
            "Đồn Biên phòng Vĩnh Thái và Hải đội Biên phòng 1 đã tổ chức hội nghị tổng kết năm 2023 tại Đồn Biên phòng Cửa Việt.")
    assert r["meeting"]["venue"] == "Đồn Biên phòng Cửa Việt"
    # (another kind of meeting held there is not this one's place)
    r = rec("Sáng nay 15/12/2023, Cụm thi đua số 4 tổng kết năm 2023\nCụm thi đua số 4 đã tổ chức hội nghị sơ kết 6 tháng "
            "tại Đồn Biên phòng Cửa Việt.")
    assert r["meeting"]["venue"] is None


def test_today_lead_keeps_its_part_of_day_before_the_hosts_role(rec):
    r = rec("Sáng nay, Khối thi đua các cơ quan Đảng tỉnh Quảng Bình tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu "
            "năm 2024. Hội nghị được tổ chức tại Ban Dân vận Tỉnh ủy, đơn vị Trưởng khối.")
    assert r["meeting"]["time_of_day"] == "sang"
    assert r["meeting"]["venue"] == "Ban Dân vận Tỉnh ủy"
    assert r["cluster"]["chair"]["organization"] == "Ban Dân vận Tỉnh ủy"


def test_transcript_turn_marker_before_the_venue_sentence(rec):
    r = rec("Ngày 21/12/2023, Cụm thi đua số 6 tỉnh Quảng Trị tổ chức hội nghị tổng kết năm 2023.\n"
            "PV: Hội nghị diễn ra tại hội trường UBND huyện Gio Linh.")
    assert r["meeting"]["venue"] == "hội trường UBND huyện Gio Linh"


def test_venue_ends_before_and_of_a_second_meeting(rec):
    r = rec("Cụm thi đua số 2 sơ kết 6 tháng ngày 10/7/2024 tại huyện Kim Động và tổng kết năm ngày 18/12/2024 tại huyện Ân Thi.")
    assert r["meeting"]["venue"] == "huyện Kim Động"
    r = rec("Cụm thi đua số 2 tổ chức sơ kết 6 tháng ngày 10/7/2024 tại huyện Kim Động và hội nghị tổng kết năm ngày 18/12/2024 "
            "tại huyện Ân Thi.")
    assert r["meeting"]["venue"] == "huyện Kim Động"


def test_phong_dien_before_2025_is_two_provinces_district(rec):
    r = rec("Ngày 19/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024 tại huyện Phong Điền.")
    assert r["meeting"]["province"] is None
    r = rec("Ngày 19/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024 tại huyện Phong Điền, tỉnh Thừa Thiên Huế.")
    assert r["meeting"]["province"] == "Thừa Thiên Huế"
    r = rec("Ngày 19/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024 tại huyện Thới Lai.")
    assert r["meeting"]["province"] == "Cần Thơ"
