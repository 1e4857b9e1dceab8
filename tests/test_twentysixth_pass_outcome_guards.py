"""Guards on the twenty-sixth pass's outcome forms: a contest's standings, a list of grades and an index's ranking are no
cluster ranking; the adverbs before "được công nhận / đạt" are no part of the leader, a place once held or aimed at is
none."""

HEAD = "Ngày 18/12/2023, Khối thi đua số 4 tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "


def ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def kinds(r):
    return [d["kind"] for d in r["decisions"]]


# --- 1. a contest's standings ----------------------------------------------------------------------------------------
def test_standings_of_a_sports_exchange_told_before_are_no_ranking(rec):
    r = rec(HEAD + "Chiều cùng ngày, các đơn vị tổ chức giao lưu bóng đá mini. Kết quả xếp hạng:\n1. Sở Công Thương\n"
            "2. Sở Xây dựng\n3. Sở Khoa học và Công nghệ")
    assert ranks(r) == []
    assert "ranking" not in kinds(r)


def test_final_standings_are_no_ranking(rec):
    r = rec(HEAD + "Kết quả xếp hạng chung cuộc: 1. Sở Công Thương; 2. Sở Xây dựng; 3. Sở Khoa học và Công nghệ.")
    assert ranks(r) == []


def test_ranking_after_an_exchange_of_experience_is_still_read(rec):
    # (a meeting that is a chance to share experience holds no contest)
    r = rec(HEAD + "Hội nghị là dịp để các đơn vị giao lưu, học hỏi kinh nghiệm. Kết quả xếp hạng năm 2023 như sau:\n"
            "1. Sở Công Thương\n2. Sở Xây dựng")
    assert ranks(r) == [(1, "Sở Công Thương"), (2, "Sở Xây dựng")]
    # (nor does a contest planned for next year, before the emulation's ranking named as such)
    r = rec(HEAD + "Năm 2024, Khối sẽ tổ chức hội thao. Kết quả xếp hạng thi đua năm 2023 như sau:\n1. Sở Công Thương\n2. Sở Xây dựng")
    assert ranks(r) == [(1, "Sở Công Thương"), (2, "Sở Xây dựng")]


# --- 2. a list of grades -----------------------------------------------------------------------------------------------
def test_list_of_grades_is_no_ranking(rec):
    r = rec(HEAD + "Kết quả xếp loại thi đua năm 2023 như sau:\n1. Sở Công Thương (Hoàn thành xuất sắc nhiệm vụ)\n"
            "2. Sở Xây dựng (Hoàn thành tốt nhiệm vụ)\n3. Sở Khoa học và Công nghệ (Hoàn thành tốt nhiệm vụ)")
    assert ranks(r) == []
    assert "ranking" not in kinds(r)


def test_ranking_list_with_a_grade_in_brackets_is_no_ranking(rec):
    r = rec(HEAD + "Kết quả chấm điểm thi đua năm 2023 như sau:\n1. Sở Công Thương (xuất sắc)\n2. Sở Xây dựng (tốt)")
    assert ranks(r) == []


def test_ranking_list_with_scores_in_brackets_is_still_read(rec):
    r = rec(HEAD + "Kết quả chấm điểm thi đua năm 2023 như sau:\n1. Sở Công Thương (98 điểm)\n2. Sở Xây dựng (96 điểm)")
    assert ranks(r) == [(1, "Sở Công Thương"), (2, "Sở Xây dựng")]


# --- 3. an index's ranking -------------------------------------------------------------------------------------------
def test_ranking_on_an_index_is_no_cluster_ranking(rec):
    r = rec(HEAD + "Kết quả xếp hạng mức độ chuyển đổi số năm 2023: 1. Sở Công Thương; 2. Sở Xây dựng; 3. Sở Nông nghiệp.")
    assert ranks(r) == []
    r = rec(HEAD + "Kết quả xếp hạng DTI năm 2023 như sau: 1. Sở Công Thương; 2. Sở Xây dựng; 3. Sở Nông nghiệp.")
    assert ranks(r) == []


# --- 4. adverbs, a place once held, a place aimed at -----------------------------------------------------------------
def test_streak_adverbs_are_no_part_of_the_leader(rec):
    for adv in ("lần thứ hai liên tiếp", "lần thứ ba", "liên tục"):
        r = rec(HEAD + f"Sở Xây dựng {adv} được công nhận là đơn vị dẫn đầu Khối.")
        assert ranks(r) == [(1, "Sở Xây dựng")], adv
    r = rec(HEAD + "Sở Xây dựng luôn đạt danh hiệu đơn vị dẫn đầu Khối.")
    assert ranks(r) == [(1, "Sở Xây dựng")]


def test_place_once_held_or_aimed_at_is_no_rank(rec):
    r = rec(HEAD + "Sở Xây dựng từng được công nhận là đơn vị dẫn đầu Khối năm 2020.")
    assert ranks(r) == []
    for aim in ("cố gắng", "nỗ lực", "quyết tâm"):
        r = rec(HEAD + f"Sở Xây dựng {aim} đạt danh hiệu đơn vị dẫn đầu Khối năm 2024.")
        assert ranks(r) == [], aim
