"""Fixes from the code review of the thirty-ninth pass (cr39): an interim span's count of months read apart from a quarter's
number, and a word after 'Cụm trưởng cụm' that names no other cluster. Examples written for these tests."""

from record_views import ranks, roles

H1 = ("Ngày 10/7/2024, Cụm thi đua số 4 tỉnh Bình Phước tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu "
      "năm 2024.\nCụm gồm các huyện Bù Đăng, Bù Gia Mập, Phú Riềng và Lộc Ninh.\n")
Q3 = ("Ngày 8/10/2024, Cụm thi đua số 4 tỉnh Bình Phước tổ chức hội nghị sơ kết công tác thi đua 9 tháng năm 2024.\n"
      "Cụm gồm các huyện Bù Đăng, Bù Gia Mập, Phú Riềng và Lộc Ninh.\n")
YEAR = ("Ngày 18/12/2024, Cụm thi đua số 6 tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"
        "Cụm gồm UBND các huyện Cam Lộ, Gio Linh, Vĩnh Linh và Triệu Phong.\n")


# H1: "Sau N tháng" counts N months (not quarter N): a lead after 1-4 months is an interim one at a review of 6 or 9 months
def test_a_count_of_one_to_four_months_is_months_not_a_quarter(rec):
    r = rec(H1 + "Sau 3 tháng đầu năm, huyện Phú Riềng dẫn đầu Cụm; kết thúc 6 tháng, huyện Lộc Ninh dẫn đầu Cụm với 95 điểm.")
    assert ranks(r)[:1] == [(1, "huyện Lộc Ninh")]
    r = rec(H1 + "Sau 2 tháng, huyện Bù Đăng tạm dẫn đầu Cụm; kết thúc 6 tháng, huyện Phú Riềng dẫn đầu Cụm.")
    assert ranks(r)[:1] == [(1, "huyện Phú Riềng")]
    r = rec(Q3 + "Qua 4 tháng, huyện Bù Gia Mập dẫn đầu Cụm; hết 9 tháng, huyện Bù Đăng dẫn đầu Cụm với 97 điểm.")
    assert ranks(r)[:1] == [(1, "huyện Bù Đăng")]


# (near form: a quarter that ends with the span reviewed is no interim result, "Hết quý II" at a review of 6 months; nor a
# count of months that reaches it)
def test_a_quarter_or_a_count_that_reaches_the_period_is_no_interim_span(rec):
    r = rec(H1 + "Hết quý II, huyện Bù Gia Mập dẫn đầu Cụm với 96 điểm.")
    assert ranks(r)[:1] == [(1, "huyện Bù Gia Mập")]
    r = rec(H1 + "Sau 6 tháng đầu năm, huyện Bù Đăng dẫn đầu Cụm với 94 điểm.")
    assert ranks(r)[:1] == [(1, "huyện Bù Đăng")]
    r = rec(Q3 + "Kết thúc quý III, huyện Lộc Ninh dẫn đầu Cụm.")
    assert ranks(r)[:1] == [(1, "huyện Lộc Ninh")]


# M1: a demonstrative, a preposition or a word of time after 'Cụm trưởng cụm' names no other cluster: the role stays
def test_a_demonstrative_or_preposition_after_the_role_keeps_it(rec):
    r = rec(YEAR + "UBND huyện Gio Linh là Cụm trưởng cụm này trong năm 2024.")
    assert roles(r).get("chair") == "UBND huyện Gio Linh"
    r = rec(YEAR + "UBND huyện Cam Lộ là Cụm trưởng cụm trong năm 2024, UBND huyện Vĩnh Linh là Cụm phó.")
    assert roles(r).get("chair") == "UBND huyện Cam Lộ"
    r = rec(YEAR + "UBND huyện Triệu Phong, Cụm trưởng cụm năm 2024, chủ trì hội nghị.")
    assert roles(r).get("chair") == "UBND huyện Triệu Phong"


# (near form: a descriptor that names another kind of cluster still sets the note aside)
def test_another_clusters_descriptor_after_the_role_still_names_another_cluster(rec):
    r = rec(YEAR + "Dự hội nghị có ông Lê Văn Tâm, Giám đốc Sở Công Thương (Khối trưởng khối kinh tế tổng hợp).")
    assert roles(r).get("chair") != "Sở Công Thương"
    r = rec(YEAR + "Tham dự có UBND huyện Hướng Hóa, đơn vị Cụm trưởng cụm miền núi.")
    assert "chair" not in roles(r)


# L5: the name-break join reads positions and ranks as one pattern (same results): a title after the comma joins the name,
# a place after it keeps the break
def test_name_break_join_reads_positions_once(rec):
    from tdkt_extract.normalize import normalize
    assert normalize("Đồng chí Nguyễn Thị\nHồng Nhung, Phó Chủ tịch UBND tỉnh dự.").text.startswith("Đồng chí Nguyễn Thị Hồng Nhung,")
    assert "\n" in normalize("bà Trần Thị\nSơn Tịnh, Bình Sơn là hai huyện").text
