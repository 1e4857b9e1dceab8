"""Guards on the thirty-first pass's province, sites and award rules: the forms those rules were not written for read as
before, each on an invented example."""


def test_members_named_in_the_sites_clause_are_still_members(rec):
    # (the list named as the members, in the clause of the sites)
    r = rec("Sáng 14/1/2025, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Dự tại điểm cầu chính có "
            "lãnh đạo các đơn vị thành viên Cụm là Cục Hải quan các tỉnh Hà Giang, Tuyên Quang, Cao Bằng, Bắc Kạn.")
    assert r["cluster"]["members"] == ["Hà Giang", "Tuyên Quang", "Cao Bằng", "Bắc Kạn"]
    r = rec("Sáng 14/1/2025, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2024 trực tuyến từ điểm cầu "
            "Hà Giang đến các đơn vị thành viên là Cục Hải quan các tỉnh Tuyên Quang, Cao Bằng, Bắc Kạn.")
    assert r["cluster"]["members"] == ["Tuyên Quang", "Cao Bằng", "Bắc Kạn"]
    # (the list that is the sites themselves is still no member list)
    r = rec("Sáng 14/1/2025, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2024 theo hình thức trực "
            "tuyến. Điểm cầu chính tại Cục Hải quan tỉnh Hà Giang; điểm cầu phụ tại Cục Hải quan các tỉnh Tuyên Quang, "
            "Cao Bằng, Bắc Kạn.")
    assert r["cluster"]["members"] == []


def test_a_provinces_cities_in_the_cluster_keep_its_province(rec):
    # (the province in the cluster's name, its cities "trong cụm")
    r = rec("Ngày 9/1/2025, tại thành phố Long Xuyên, Cụm thi đua số 2 tỉnh An Giang tổ chức hội nghị tổng kết công tác thi "
            "đua năm 2024. Năm qua, UBND các thành phố trong cụm đã hoàn thành các chỉ tiêu được giao.")
    assert r["meeting"]["province"] == "An Giang"
    # (the venue's province, its cities "trong cụm")
    r = rec("Ngày 9/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại UBND thành phố Long "
            "Xuyên. Năm qua, UBND các thành phố trong cụm đã hoàn thành các chỉ tiêu được giao.")
    assert r["meeting"]["province"] == "An Giang"
    # (the units of several provinces in the cluster: none)
    r = rec("Ngày 9/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại UBND thành phố Long "
            "Xuyên. Năm qua, UBND các tỉnh, thành phố trong cụm đã hoàn thành các chỉ tiêu được giao.")
    assert r["meeting"]["province"] is None


def test_sites_that_are_no_provinces_of_the_cluster_keep_its_province(rec):
    # (one province's cities as the sites)
    r = rec("Ngày 9/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại Hội trường UBND thành "
            "phố Long Xuyên. Hội nghị được kết nối trực tuyến đến điểm cầu UBND các thành phố Châu Đốc và Tân Châu.")
    assert r["meeting"]["province"] == "An Giang"
    # (the sites of another, national meeting, the province in the cluster's name)
    r = rec("Ngày 9/1/2025, Khối thi đua các doanh nghiệp tỉnh Đồng Nai tổ chức hội nghị tổng kết năm 2024 tại Công ty "
            "Sonadezi. Hội nghị diễn ra ngay sau hội nghị trực tuyến của Bộ Tài chính với điểm cầu các tỉnh, thành phố.")
    assert r["meeting"]["province"] == "Đồng Nai"
    # (the sites in named provinces: none)
    r = rec("Ngày 9/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại Cục Thuế tỉnh An "
            "Giang. Điểm cầu phụ tại Cục Thuế các tỉnh Kiên Giang, Cà Mau và Bạc Liêu.")
    assert r["meeting"]["province"] is None


def test_a_provinces_districts_on_its_hills_or_border_keep_its_province(rec):
    r = rec("Ngày 8/1/2025, Cụm thi đua các huyện miền núi phía Bắc tổ chức hội nghị tổng kết công tác thi đua năm 2024 "
            "tại huyện Quế Phong. Cụm gồm các huyện Quế Phong, Quỳ Châu và Tương Dương.")
    assert r["meeting"]["province"] == "Nghệ An"
    r = rec("Ngày 8/1/2025, Cụm thi đua các xã biên giới phía Bắc tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại "
            "UBND xã Pà Vầy Sủ, huyện Xín Mần.")
    assert r["meeting"]["province"] == "Hà Giang"
    # (the region's own units stay a cluster of several provinces)
    r = rec("Ngày 8/1/2025, tại tỉnh Hà Giang, Cụm thi đua Đài Phát thanh các tỉnh miền núi phía Bắc tổ chức hội nghị tổng "
            "kết năm 2024.")
    assert r["meeting"]["province"] is None


def test_a_venue_named_for_a_region_is_no_region_of_the_cluster(rec):
    r = rec("Ngày 8/1/2025, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại Trường Cao đẳng Tây "
            "Bắc (Sơn La).")
    assert r["meeting"]["province"] == "Sơn La"
    # (a region after the cluster's name, no unit's: several provinces)
    r = rec("Ngày 8/1/2025, tại tỉnh Sơn La, Cụm thi đua số 4 các trường cao đẳng khu vực Tây Bắc tổ chức hội nghị tổng "
            "kết năm 2024.")
    assert r["meeting"]["province"] is None


def test_a_units_place_after_its_comma_is_no_recipient(rec):
    r = rec("Khối thi đua số 3 tổng kết năm 2024. Với thành tích đó, Bệnh viện Phục hồi chức năng, tỉnh Kon Tum được đề "
            "nghị Bộ Y tế tặng Bằng khen.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [
        ("Bệnh viện Phục hồi chức năng, tỉnh Kon Tum", "Bằng khen")]
    r = rec("Khối thi đua số 3 tổng kết năm 2024. Hội nghị suy tôn Sở Tài chính, tỉnh Đắk Lắk dẫn đầu khối; Ban Dân vận, "
            "tỉnh Đắk Nông được đề nghị tặng Cờ thi đua.")
    assert [a["recipient"] for a in r["awards"]] == ["Ban Dân vận, tỉnh Đắk Nông"]


def test_a_host_province_that_chairs_after_the_comma_places_no_region(rec):
    r = rec("Ngày 8/1/2025, Cụm thi đua Liên minh Hợp tác xã miền Bắc, tỉnh Nam Định chủ trì, tổ chức hội nghị tổng kết năm "
            "2024.")
    assert r["meeting"]["province"] is None
    # (a province's own western districts, with the province after the comma, stay its own)
    r = rec("Ngày 8/1/2025, Cụm thi đua các huyện miền Tây, tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["province"] == "Thanh Hóa"
