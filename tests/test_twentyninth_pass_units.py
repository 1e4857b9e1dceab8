"""Forms of the twenty-ninth pass (the cluster's name, members and count; unit names with a comma inside), each on an
invented example."""

LEAD = "Ngày 20/12/2024, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "


def test_members_written_with_their_kind_of_place_one_after_another(rec):
    r = rec(LEAD + "Cụm thi đua gồm 3 địa phương: tỉnh Nghệ An, tỉnh Thanh Hóa và tỉnh Hà Tĩnh.")
    assert r["cluster"]["members"] == ["tỉnh Nghệ An", "tỉnh Thanh Hóa", "tỉnh Hà Tĩnh"]
    assert r["cluster"]["member_count"] == 3
    # (a city of its own province, then a province)
    r = rec(LEAD + "Cụm gồm 4 tỉnh, thành phố: thành phố Cần Thơ, thành phố Hải Phòng, tỉnh An Giang và tỉnh Cà Mau.")
    assert r["cluster"]["members"] == ["thành phố Cần Thơ", "thành phố Hải Phòng", "tỉnh An Giang", "tỉnh Cà Mau"]
    # (a town, then the province it lies in, is an address: no list of four)
    r = rec(LEAD + "Cụm gồm: thị xã Kỳ Anh, tỉnh Hà Tĩnh và huyện Sơn Hà, tỉnh Quảng Ngãi.")
    assert "tỉnh Hà Tĩnh" not in r["cluster"]["members"]


def test_a_kind_of_unit_in_the_plural_names_no_member(rec):
    r = rec(LEAD + "Cụm gồm 10 đơn vị là Ban Chỉ huy Quân sự các huyện, thị xã, thành phố.")
    assert r["cluster"]["members"] == []
    assert r["cluster"]["member_count"] == 10
    r = rec(LEAD + "Cụm có 8 thành viên, trong đó 6 đơn vị là Công đoàn các bộ, ngành và 2 đơn vị là Công đoàn các "
            "tổng công ty.")
    assert r["cluster"]["members"] == []
    # (the places named after the kind are members)
    r = rec(LEAD + "Cụm gồm 3 đơn vị là Công an các huyện Nam Đàn, Hưng Nguyên và Thanh Chương.")
    assert r["cluster"]["members"] == ["Nam Đàn", "Hưng Nguyên", "Thanh Chương"]


def test_the_total_before_its_breakdown_is_the_count(rec):
    r = rec(LEAD + "Cụm có 11 thành viên, gồm 6 sở và 5 doanh nghiệp.")
    assert r["cluster"]["member_count"] == 11
    r = rec(LEAD + "Cụm có 11 đơn vị thành viên gồm 6 sở, 5 công ty.")
    assert r["cluster"]["member_count"] == 11
    # (no total before it: the count "gồm" states)
    r = rec(LEAD + "Cụm gồm 6 sở, ngành.")
    assert r["cluster"]["member_count"] == 6


def test_the_count_the_members_came_to(rec):
    r = rec(LEAD + "Số thành viên của Cụm tăng từ 5 lên 9 đơn vị.")
    assert r["cluster"]["member_count"] == 9
    r = rec(LEAD + "Năm 2024, Khối kết nạp thêm 3 đơn vị, nâng tổng số thành viên lên 11 đơn vị.")
    assert r["cluster"]["member_count"] == 11
    r = rec(LEAD + "Sau khi hợp nhất, Cụm còn 6 đơn vị.")
    assert r["cluster"]["member_count"] == 6
    # (the units left that did not do something are a part of them)
    r = rec(LEAD + "Cụm còn 2 đơn vị chưa hoàn thành chỉ tiêu.")
    assert r["cluster"]["member_count"] is None
    r = rec(LEAD + "Sản lượng của Cụm tăng từ 5 lên 9 tấn.")
    assert r["cluster"]["member_count"] is None
