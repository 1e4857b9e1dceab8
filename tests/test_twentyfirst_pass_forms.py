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
