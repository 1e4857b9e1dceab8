"""Guards from the second regression review of the thirtieth pass's rules, each on an invented example."""

TK = ("Cụm thi đua số 6 tổng kết công tác thi đua năm 2023\n"
      "Ngày 12/1/2024, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n")


def _role(r, k):
    v = r["cluster"][k]
    return (v["organization"], v["person"]) if v else None


def test_a_person_acting_for_a_unit_is_no_aside_and_an_aside_after_agreeing_words_elects(rec):
    r = rec(TK + "Đồng chí Phạm Quốc Hưng, đại diện UBND huyện Tam Đảo, là đơn vị Cụm trưởng, phát biểu khai mạc hội nghị.")
    assert _role(r, "chair") == ("UBND huyện Tam Đảo", "Phạm Quốc Hưng")
    r = rec(TK + "Bà Đỗ Thị Lan, đại diện huyện Sông Lô, là Cụm phó, phát biểu tại hội nghị.")
    assert _role(r, "vice_chair") == ("huyện Sông Lô", "Đỗ Thị Lan")
    r = rec(TK + "Hội nghị thống nhất huyện Lập Thạch, đơn vị dẫn đầu phong trào thi đua, làm Cụm trưởng.")
    assert _role(r, "next_chair") == ("huyện Lập Thạch", None) and r["cluster"]["chair"] is None
    # (an aside about the unit itself still gives its role)
    r = rec(TK + "Huyện Lập Thạch, đơn vị mới được sáp nhập, là Cụm trưởng năm 2023.")
    assert _role(r, "chair") == ("Huyện Lập Thạch", None)


def test_a_role_taken_over_from_another_unit_at_the_years_review_is_the_next(rec):
    r = rec(TK + "Tại hội nghị, huyện Sông Lô tiếp quản nhiệm vụ Cụm trưởng từ huyện Tam Đảo.")
    assert _role(r, "next_chair") == ("huyện Sông Lô", None) and r["cluster"]["chair"] is None
    # (taken over since a date in the year reviewed: the one held)
    r = rec(TK + "Huyện Sông Lô tiếp quản nhiệm vụ Cụm trưởng từ tháng 3/2023.")
    assert _role(r, "chair") == ("Huyện Sông Lô", None)


def test_a_decision_quoted_after_a_sentence_on_the_next_years_roles_gives_the_next(rec):
    r = rec(TK + "Tại hội nghị, Ban Thi đua - Khen thưởng tỉnh công bố Quyết định của UBND tỉnh về việc phân công Cụm trưởng, "
            "Cụm phó năm 2024. Theo Quyết định của UBND tỉnh, huyện Sông Lô được giao làm Cụm trưởng, huyện Tam Đảo làm Cụm phó.")
    assert (_role(r, "next_chair"), _role(r, "next_vice_chair")) == (("huyện Sông Lô", None), ("huyện Tam Đảo", None))
    r = rec(TK + "Hội nghị đã bàn giao nhiệm vụ Cụm trưởng, Cụm phó cho năm tiếp theo. Theo Thông báo của Ban Thi đua - Khen "
            "thưởng tỉnh, huyện Sông Lô được giao làm Cụm trưởng, huyện Lập Thạch làm Cụm phó.")
    assert (_role(r, "next_chair"), _role(r, "next_vice_chair")) == (("huyện Sông Lô", None), ("huyện Lập Thạch", None))
    # (a sentence before on something else: the roles held, as before)
    r = rec(TK + "Hội nghị đã thảo luận nhiều nội dung quan trọng. Theo Quyết định của UBND tỉnh, huyện Sông Lô được giao làm "
            "Cụm trưởng, huyện Lập Thạch làm Cụm phó.")
    assert (_role(r, "chair"), _role(r, "vice_chair")) == (("huyện Sông Lô", None), ("huyện Lập Thạch", None))


def test_a_semicolon_list_part_opened_by_va_and_a_unit_is_an_item(rec):
    r = rec("Ngày 15/1/2024, Khối thi đua các cơ quan kinh tế tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2023. "
            "Hội nghị suy tôn 2 đơn vị dẫn đầu gồm: Sở Nông nghiệp, Phát triển nông thôn và Môi trường; và Sở Kế hoạch và Đầu tư.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [
        (1, "Sở Nông nghiệp, Phát triển nông thôn và Môi trường"), (1, "Sở Kế hoạch và Đầu tư")]


def test_a_provinces_count_of_communes_formed_is_not_the_clusters(rec):
    lead = ("Cụm thi đua số 4 sơ kết 6 tháng đầu năm 2025\nNgày 22/7/2025, Cụm thi đua số 4 tổ chức hội nghị sơ kết công tác "
            "thi đua 6 tháng đầu năm 2025.\n")
    r = rec(lead + "Sau sắp xếp, toàn tỉnh có 96 xã, phường được thành lập từ ngày 1/7/2025. Cụm thi đua số 4 gồm 7 xã, "
            "phường khu vực phía Nam.")
    assert r["cluster"]["member_count"] == 7
    r = rec(lead + "Sau sắp xếp, toàn tỉnh có 96 xã, phường được thành lập từ ngày 1/7/2025.")
    assert r["cluster"]["member_count"] is None
    # (the cluster the subject: its count)
    r = rec(lead + "Cụm thi đua số 4 có 7 xã, phường được thành lập sau sắp xếp.")
    assert r["cluster"]["member_count"] == 7


SK = "Cụm thi đua số 2 sơ kết {p} năm 2022\nVừa qua, Cụm thi đua số 2 tỉnh Thái Bình tổ chức hội nghị sơ kết công tác thi đua, " \
     "khen thưởng {p} năm 2022 tại UBND huyện Vũ Thư.\n"


def test_a_captions_day_only_from_a_caption_of_this_meetings_kind_and_span(rec):
    r = rec(SK.format(p="6 tháng đầu") + "Ảnh: Các đại biểu dự hội nghị ký kết giao ước thi đua sáng 25/02/2022.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == (None, None)
    r = rec(SK.format(p="9 tháng") + "Ảnh: Hội nghị sơ kết 6 tháng đầu năm 2022 của Cụm tổ chức ngày 14/7/2022 tại huyện Kiến Xương.")
    assert r["meeting"]["date"] is None
    # (a caption of this review, after its span ends: its day)
    r = rec(SK.format(p="6 tháng đầu") + "Ảnh: Quang cảnh hội nghị sơ kết 6 tháng đầu năm 2022 sáng 14/7/2022.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2022-07-14", "sang")


def test_awards_in_turn_each_with_its_giver_before_it(rec):
    r = rec("Ngày 18/01/2024, Khối thi đua các cơ quan huyện Quỳnh Lưu tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
            "Hội nghị đề nghị Chủ tịch UBND tỉnh tặng Bằng khen và Chủ tịch UBND huyện tặng Giấy khen lần lượt cho Phòng Văn "
            "hóa và Thông tin và Phòng Tư pháp.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [
        ("Phòng Văn hóa và Thông tin", "Bằng khen"), ("Phòng Tư pháp", "Giấy khen")]
