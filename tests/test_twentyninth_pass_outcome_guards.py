"""Twenty-ninth pass, third round: the outcomes guards narrowed where they misfired on ordinary text. "nhận" ends the
last counted leader only as a verb, not inside its name; a figure word does not cancel leaders of the cluster's movement, of
a cluster named after a figure, or chosen by the meeting; a lower-case tail after "và" belongs to a unit's name, not a class;
"năm qua" is another year only at the review of part of a year; the year of the next step a review sets is no other
meeting's year."""

_KHOI_VX = "Ngày 15/1/2024, Khối thi đua các cơ quan văn hóa - xã hội tỉnh Phú Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _awards(r):
    return [(x["recipient"], x["award"], x["status"]) for x in r["awards"]]


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_counted_leaders_keep_a_name_with_nhan(rec):
    r = rec(_KHOI_VX + "Hội nghị đã bình xét, suy tôn 02 đơn vị dẫn đầu là Sở Nội vụ và Trung tâm Tiếp nhận hồ sơ hành chính tỉnh.")
    assert _ranks(r) == [(1, "Sở Nội vụ"), (1, "Trung tâm Tiếp nhận hồ sơ hành chính tỉnh")]
    r = rec(_KHOI_VX + "Hội nghị đã suy tôn 02 đơn vị dẫn đầu là Sở Nội vụ và Trung tâm Đo lường và chứng nhận sản phẩm.")
    assert _ranks(r) == [(1, "Sở Nội vụ"), (1, "Trung tâm Đo lường và chứng nhận sản phẩm")]
    r = rec(_KHOI_VX + "Hội nghị đã suy tôn 02 đơn vị dẫn đầu là Sở Nội vụ và Văn phòng công nhận chất lượng.")
    assert _ranks(r) == [(1, "Sở Nội vụ"), (1, "Văn phòng công nhận chất lượng")]
    # ("nhận" the verb still ends them)
    for verb in ("nhận Cờ luân lưu của Khối.", "vinh dự được nhận Cờ luân lưu.", "được nhận Bằng khen.", "tiếp nhận Cờ luân lưu."):
        r = rec(_KHOI_VX + "Hội nghị đã suy tôn 02 đơn vị dẫn đầu là Sở Nội vụ và Hội Chữ thập đỏ tỉnh " + verb)
        assert _ranks(r) == [(1, "Sở Nội vụ"), (1, "Hội Chữ thập đỏ tỉnh")], verb
