"""Forms of the twenty-first pass, each on an invented example."""

LEAD = "Ngày 12/12/2019, Cụm thi đua số 3 các huyện miền núi tổ chức hội nghị tổng kết công tác thi đua năm 2019. "


def test_the_counted_units_of_the_cluster_named_in_brackets_are_its_members(rec):
    r = rec(LEAD + "Tham dự có lãnh đạo của 4 đơn vị trong Cụm (Sở Tư pháp, Công an tỉnh, Tòa án nhân dân tỉnh và Viện kiểm sát "
            "nhân dân tỉnh). Hội nghị đã thông qua báo cáo tổng kết.")
    assert r["cluster"]["member_count"] == 4
    assert r["cluster"]["members"] == ["Sở Tư pháp", "Công an tỉnh", "Tòa án nhân dân tỉnh", "Viện kiểm sát nhân dân tỉnh"]
    # (names of another number in the brackets are something else)
    r = rec(LEAD + "Tham dự có lãnh đạo của 4 đơn vị trong Cụm (Sở Tư pháp, Công an tỉnh và Tòa án nhân dân tỉnh).")
    assert r["cluster"]["members"] == []


def test_the_last_place_of_a_list_ends_before_the_sentence_goes_on(rec):
    r = rec(LEAD + "Ban Chỉ đạo huyện kiểm tra công tác thi đua cụm 3 đối với các xã: Nam Sơn, Bắc Hà, Tây Lâm và thị trấn Đông Phú "
            "về tình hình thực hiện phong trào năm 2019.")
    assert r["cluster"]["members"] == ["Nam Sơn", "Bắc Hà", "Tây Lâm", "thị trấn Đông Phú"]
    # (a name's own word in lower case is no end: "Quỳnh lưu", written so)
    r = rec(LEAD + "Cụm thi đua số 3 gồm các huyện: Nam Sơn, Bắc Hà, Quỳnh lưu và Tây Lâm.")
    assert r["cluster"]["members"] == ["Nam Sơn", "Bắc Hà", "Quỳnh lưu", "Tây Lâm"]


def test_the_office_of_the_deputies_and_the_council_is_one_unit(rec):
    r = rec(LEAD + "Khối thi đua gồm: Sở Nội vụ, Văn phòng UBND tỉnh, Văn phòng Đoàn ĐBQH và HĐND tỉnh.")
    assert r["cluster"]["members"] == ["Sở Nội vụ", "Văn phòng UBND tỉnh", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"]


def test_a_unit_with_its_role_after_the_opening_date_and_no_comma(rec):
    r = rec("Chiều ngày 28/02/2022 Sở Nội vụ tỉnh, Trưởng Khối thi đua các cơ quan tổng hợp đã tổ chức Hội nghị ký kết giao ước "
            "thi đua năm 2022.")
    assert r["cluster"]["chair"]["organization"] == "Sở Nội vụ tỉnh"
