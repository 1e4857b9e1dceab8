"""Guards on the twenty-sixth pass's outcome forms: a contest's standings, a list of grades and an index's ranking are no
cluster ranking; the adverbs before "được công nhận / đạt" are no part of the leader, a place once held or aimed at is
none; a unit chosen for a role is no award's recipient; the election agreed with "nhất trí" takes a unit with its role
right after it; an award given at an earlier meeting is none of this one."""

HEAD = "Ngày 18/12/2023, Khối thi đua số 4 tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "
HEAD_PROV = "Ngày 15/01/2024, Cụm thi đua các tỉnh Đông Nam Bộ tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "


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


# --- 5. a unit chosen for a role -------------------------------------------------------------------------------------
def test_province_chosen_as_chair_is_no_award_recipient(rec):
    r = rec(HEAD_PROV + "Hội nghị đã lựa chọn tỉnh Bình Dương làm Cụm trưởng năm 2024, đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ.")
    assert r["awards"] == []
    assert r["cluster"]["next_chair"]["organization"] == "tỉnh Bình Dương"
    r = rec(HEAD_PROV + "Hội nghị bình chọn tỉnh Tây Ninh làm Cụm phó năm 2024, đề nghị Chính phủ tặng Cờ thi đua năm 2023.")
    assert r["awards"] == []


def test_province_chosen_for_the_award_is_still_its_recipient(rec):
    r = rec(HEAD_PROV + "Hội nghị đã suy tôn tỉnh Bình Dương để đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ.")
    assert [(a["recipient"], a["status"]) for a in r["awards"]] == [("tỉnh Bình Dương", "proposed")]


# --- 6. the election agreed with "nhất trí" ---------------------------------------------------------------------------
def test_agreed_report_presented_by_the_chair_is_no_election(rec):
    r = rec(HEAD + "Hội nghị nhất trí Báo cáo kết quả thực hiện phong trào thi đua năm 2023 do Sở Công Thương là Khối trưởng trình bày.")
    assert kinds(r) == ["approve_report"]
    assert r["cluster"]["next_chair"] is None
    r = rec(HEAD + "Hội nghị nhất trí Quy chế hoạt động của Khối do Sở Công Thương là Khối trưởng soạn thảo.")
    assert "election" not in kinds(r)
    assert r["cluster"]["next_chair"] is None


def test_praise_of_the_chair_in_its_role_is_no_election(rec):
    r = rec(HEAD + "Các đơn vị nhất trí Sở Công Thương với vai trò là Khối trưởng đã điều hành hiệu quả hoạt động của Khối.")
    assert "election" not in kinds(r)
    assert r["cluster"]["next_chair"] is None


def test_unit_agreed_for_the_role_is_still_elected(rec):
    r = rec(HEAD + "Hội nghị nhất trí Sở Công Thương làm Khối trưởng năm 2024.")
    assert "election" in kinds(r)
    assert r["cluster"]["next_chair"]["organization"] == "Sở Công Thương"


# --- 7. an award given at an earlier meeting -------------------------------------------------------------------------
def test_award_given_at_last_years_meeting_is_none(rec):
    r = rec(HEAD + "Cờ thi đua của UBND tỉnh năm 2022 đã được trao cho Sở Xây dựng tại hội nghị tổng kết năm ngoái.")
    assert r["awards"] == []


def test_award_given_at_this_meeting_is_still_read(rec):
    r = rec(HEAD + "Cờ thi đua của UBND tỉnh năm 2023 đã được trao cho Sở Xây dựng tại hội nghị.")
    assert [(a["recipient"], a["status"]) for a in r["awards"]] == [("Sở Xây dựng", "conferred")]
