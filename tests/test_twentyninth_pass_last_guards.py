"""Twenty-ninth pass, last round: the guards the fourth review found still misfiring on ordinary text. A cluster that grew
must say what it counts; a year told as a time ("Đầu năm 2023", "vào năm 2022", a unit's name then the year) makes an
honour taken an earlier one; "Thay mặt" puts no unit in a withdrawn one's place; a bare "Kết quả," reads the review told
before it, not a contest or an index written out; the cluster named right after "dẫn đầu" keeps the figure words of its
own name."""

_CUM_PT = "Ngày 12/1/2024, Cụm thi đua số 2 tỉnh Phú Thọ tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _roles(r, name):
    return next(p["roles"] for p in r["people"] if p["name"] == name)


def test_a_cluster_that_grew_says_what_it_counts(rec):
    r = rec(_CUM_PT + "Năm 2023, các đơn vị trong Cụm được tặng Bằng khen của Bộ; so với năm trước Cụm tăng từ 3 lên 6.")
    assert r["cluster"]["member_count"] is None
    r = rec(_CUM_PT + "Sau khi sắp xếp, Cụm tăng từ 6 lên 9 đơn vị.")
    assert r["cluster"]["member_count"] == 9


def test_an_honour_taken_at_a_time_told_is_an_earlier_one(rec):
    for lead in ("Đầu năm 2023, ông Hà Văn Tùng, Giám đốc Sở Xây dựng thay mặt đơn vị đón nhận Huân chương Lao động hạng Ba.",
                 "Cũng trong năm 2023, ông Hà Văn Tùng, Giám đốc Sở Xây dựng đón nhận Huân chương Lao động hạng Ba.",
                 "Ông Hà Văn Tùng, Giám đốc Sở Xây dựng, vào năm 2022 đã đón nhận Huân chương Lao động hạng Ba.",
                 "Ông Hà Văn Tùng, Giám đốc Sở Xây dựng năm 2022 đã đón nhận Huân chương Lao động hạng Ba."):
        assert _roles(rec(_CUM_PT + lead), "Hà Văn Tùng") == [], lead
    # (taken at this meeting: attended; a year in a cluster's role title is no time told)
    r = rec(_CUM_PT + "Tại hội nghị, ông Hà Văn Tùng, Giám đốc Sở Xây dựng đón nhận Cờ luân lưu của Cụm.")
    assert _roles(r, "Hà Văn Tùng") == ["attended"]
    r = rec(_CUM_PT + "Ông Hà Văn Tùng, Giám đốc Sở Xây dựng, đơn vị Cụm trưởng năm 2024 đón nhận Cờ luân lưu.")
    assert _roles(r, "Hà Văn Tùng") == ["attended"]


def test_speaking_on_behalf_of_a_unit_puts_none_in_a_withdrawn_ones_place(rec):
    r = rec(_CUM_PT + "Theo luân phiên, năm 2024 Sở Tài chính làm Cụm trưởng, Sở Công Thương xin rút khỏi vị trí Cụm phó do sắp "
                      "xếp bộ máy. Thay mặt Sở Tài chính, ông Đỗ Văn Hải phát biểu cảm ơn các đơn vị.")
    assert "election" not in [d["kind"] for d in r["decisions"]]


def test_a_bare_results_opener_reads_the_review_told_before_it(rec):
    r = rec(_CUM_PT + "Trong khuôn khổ hội nghị, Cụm tổ chức Hội thi tìm hiểu Luật Thi đua, khen thưởng giữa các huyện. "
                      "Kết quả, hai huyện dẫn đầu là Thanh Ba và Cẩm Khê.")
    assert _ranks(r) == []
    r = rec(_CUM_PT + "Đại diện Sở Nội vụ thông tin kết quả Chỉ số hài lòng về sự phục vụ hành chính năm 2023. "
                      "Kết quả, hai huyện dẫn đầu là Thanh Ba và Cẩm Khê.")
    assert _ranks(r) == []


def test_the_cluster_named_after_the_lead_keeps_its_own_figure_words(rec):
    r = rec("Ngày 10/1/2024, Khối thi đua các doanh nghiệp xuất khẩu tỉnh Bình Dương tổ chức Hội nghị tổng kết công tác thi "
            "đua năm 2023. Hội nghị đã bình xét, suy tôn 2 đơn vị dẫn đầu toàn Khối doanh nghiệp xuất khẩu là Công ty TNHH "
            "Phú Lợi và Công ty CP Bến Cát.")
    assert _ranks(r) == [(1, "Công ty TNHH Phú Lợi"), (1, "Công ty CP Bến Cát")]
    # (a figure the cluster led in, after its name and a year: no ranking)
    r = rec(_CUM_PT + "Hai huyện dẫn đầu Cụm năm 2023 về thu hút đầu tư là Thanh Ba và Cẩm Khê.")
    assert _ranks(r) == []
