"""The thirty-fifth pass (cv): the rotating flag handed over. A flag handed over ("trao / bàn giao / chuyển giao Cờ luân
lưu") is no election, even where a note names the role of the one who gives or takes it; only a note dating the role after
the year reviewed makes the taker the next chair, and the giver's own note ("A, Cụm trưởng năm N, bàn giao Cờ luân lưu
cho B") gives the taker no role. "chuyển giao" hands the flag as "bàn giao" does, and a colon that opens the telling of
the handover ("bàn giao Cờ luân lưu: đại diện A trao Cờ luân lưu cho B") lists no recipient. Examples written for these
tests."""
from record_views import kinds, roles

REVIEW = "Ngày 12/1/2025, Cụm thi đua số 4 tỉnh Nam Định tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
MIDYEAR = "Ngày 20/7/2025, Cụm thi đua số 5 tỉnh Lào Cai tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. "


def _awards(r: dict) -> list:
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


# --- a flag handed over is no election ----------------------------------------------------------------------------------


def test_a_flag_handed_to_the_unit_noted_as_next_years_chair_is_no_election(rec):
    r = rec(REVIEW + "Ông Đỗ Văn Hải, Giám đốc Sở Xây dựng đã trao Cờ luân lưu cho Sở Công Thương, đơn vị Cụm trưởng năm 2025.")
    assert roles(r).get("next_chair") == "Sở Công Thương"
    assert "election" not in kinds(r)


def test_a_flag_handed_over_after_a_colon_with_the_givers_role_noted_is_no_election(rec):
    r = rec(MIDYEAR + "Nhân dịp này, Cụm đã tổ chức bàn giao Cờ luân lưu: đại diện UBND huyện Bảo Thắng, Cụm trưởng năm 2024, "
            "trao Cờ luân lưu cho UBND huyện Bát Xát.")
    assert "election" not in kinds(r)


def test_the_role_handed_over_is_still_an_election(rec):
    # (negative: the role itself handed over, not a flag)
    r = rec(REVIEW + "Sở Xây dựng đã bàn giao nhiệm vụ Cụm trưởng năm 2025 cho Sở Công Thương.")
    assert roles(r).get("next_chair") == "Sở Công Thương"
    assert "election" in kinds(r)


def test_a_flag_handed_to_the_unit_noted_as_taking_the_role_on_is_still_an_election(rec):
    # (negative: the note tells the unit taking the role on)
    r = rec(REVIEW + "Ông Đỗ Văn Hải, Giám đốc Sở Xây dựng trao Cờ luân lưu cho Sở Công Thương, đơn vị nhận nhiệm vụ Cụm "
            "trưởng năm 2025.")
    assert roles(r).get("next_chair") == "Sở Công Thương"
    assert "election" in kinds(r)


def test_an_election_in_its_own_sentence_beside_the_flag_stays(rec):
    r = rec(REVIEW + "Hội nghị đã bầu Sở Công Thương làm Cụm trưởng năm 2025. Sở Xây dựng đã bàn giao Cờ luân lưu cho Sở "
            "Công Thương.")
    assert roles(r).get("next_chair") == "Sở Công Thương"
    assert "election" in kinds(r)


# --- the giver's own role note gives the taker no role ------------------------------------------------------------------


def test_the_givers_role_of_the_year_reviewed_makes_the_taker_no_next_chair(rec):
    r = rec(MIDYEAR + "Nhân dịp này, Cụm đã tổ chức bàn giao Cờ luân lưu: đại diện UBND huyện Bảo Thắng, Cụm trưởng năm 2024, "
            "trao Cờ luân lưu cho UBND huyện Bát Xát.")
    assert "next_chair" not in roles(r)


def test_the_givers_role_noted_before_chuyen_giao_makes_the_taker_no_next_chair(rec):
    r = rec(REVIEW + "Sở Xây dựng, đơn vị Cụm trưởng năm 2024, đã chuyển giao cờ luân lưu cho Sở Công Thương.")
    assert roles(r).get("chair") == "Sở Xây dựng"
    assert "next_chair" not in roles(r)


def test_the_takers_own_note_of_the_next_year_still_makes_it_next_chair(rec):
    r = rec(REVIEW + "Sở Xây dựng, đơn vị Cụm trưởng năm 2024, đã chuyển giao cờ luân lưu cho Sở Công Thương, đơn vị Cụm "
            "trưởng năm 2025.")
    assert roles(r).get("chair") == "Sở Xây dựng"
    assert roles(r).get("next_chair") == "Sở Công Thương"


def test_the_roles_flag_handed_over_still_names_the_next_chair(rec):
    # (negative: the role word right after the flag, the role's own flag)
    r = rec(REVIEW + "Sở Xây dựng đã bàn giao cờ Cụm trưởng cho Sở Công Thương.")
    assert roles(r).get("next_chair") == "Sở Công Thương"


# --- the recipient of the flag ------------------------------------------------------------------------------------------


def test_a_flag_passed_with_chuyen_giao_goes_to_the_unit_after_cho(rec):
    r = rec(REVIEW + "Sở Xây dựng đã chuyển giao cờ luân lưu cho Sở Công Thương.")
    assert _awards(r) == [("Sở Công Thương", "cờ luân lưu", "conferred")]


def test_the_one_who_gives_after_the_colon_is_no_recipient(rec):
    r = rec(MIDYEAR + "Nhân dịp này, Cụm đã tổ chức bàn giao Cờ luân lưu: đại diện UBND huyện Bảo Thắng trao Cờ luân lưu cho "
            "UBND huyện Bát Xát.")
    assert _awards(r) == [("UBND huyện Bát Xát", "Cờ luân lưu", "conferred")]


def test_a_list_of_recipients_after_a_colon_stays(rec):
    # (negative: the colon lists the recipients, no verb of giving after it)
    r = rec(REVIEW + "Hội nghị đã trao Cờ thi đua của UBND tỉnh: Sở Xây dựng, Sở Công Thương.")
    assert [a[0] for a in _awards(r)] == ["Sở Xây dựng", "Sở Công Thương"]


def test_a_technology_transferred_gives_no_award(rec):
    # (negative: "chuyển giao" of something else, no award named)
    r = rec(REVIEW + "Sở Khoa học và Công nghệ đã chuyển giao công nghệ cho Sở Nông nghiệp và Phát triển nông thôn.")
    assert r["awards"] == []


def test_the_flag_handed_with_the_roles_duty_is_still_the_role_handed_over(rec):
    # (negative: the duty of the role joined to the flag)
    r = rec(REVIEW + "Sở Xây dựng đã bàn giao cờ luân lưu và nhiệm vụ Cụm trưởng năm 2025 cho Sở Công Thương.")
    assert roles(r).get("chair") == "Sở Xây dựng"
    assert roles(r).get("next_chair") == "Sở Công Thương"
    assert "election" in kinds(r)


def test_the_takers_note_of_the_year_reviewed_at_a_midyear_review_is_the_chair(rec):
    r = rec(MIDYEAR + "Cụm tổ chức bàn giao Cờ luân lưu: UBND huyện Bảo Thắng (Cụm trưởng năm 2024) bàn giao Cờ luân lưu cho "
            "UBND huyện Bát Xát (Cụm trưởng năm 2025).")
    assert roles(r) == {"chair": "UBND huyện Bát Xát"}
    assert "election" not in kinds(r)


def test_a_colon_list_before_another_awards_clause_keeps_its_recipients(rec):
    # (negative: the award after the colon list is another one, in a clause of its own)
    r = rec(REVIEW + "Hội nghị đề nghị tặng Bằng khen: Sở Xây dựng, Sở Y tế; đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Công "
            "Thương.")
    assert [a[0] for a in _awards(r)] == ["Sở Xây dựng", "Sở Y tế", "Sở Công Thương"]


def test_the_giver_named_after_the_colon_of_another_award_is_no_recipient(rec):
    r = rec(REVIEW + "Dịp này, Cụm đã trao Giấy khen: bà Nguyễn Thị Mai, Cụm trưởng, trao Giấy khen cho Sở Y tế và Sở Xây dựng.")
    assert [a[0] for a in _awards(r)] == ["Sở Y tế", "Sở Xây dựng"]


# --- the handover is an act of kind other -------------------------------------------------------------------------------


def test_the_flag_handed_over_is_an_act_of_kind_other(rec):
    r = rec(MIDYEAR + "Nhân dịp này, Cụm đã tổ chức bàn giao Cờ luân lưu: đại diện UBND huyện Bảo Thắng trao Cờ luân lưu cho "
            "UBND huyện Bát Xát.")
    assert kinds(r) == ["other"]


def test_another_clusters_handover_in_a_caption_is_no_act(rec):
    # (negative: a caption of another numbered cluster's event)
    r = rec(REVIEW + "Ảnh: Cụm thi đua số 9 bàn giao Cờ luân lưu cho Sở Y tế.\nHội nghị thống nhất bầu Sở Công Thương làm Cụm "
            "trưởng năm 2025.")
    assert kinds(r) == ["election"]


def test_a_guests_advice_to_hand_over_the_flag_is_no_act(rec):
    # (negative: asked of the cluster by a guest)
    r = rec(REVIEW + "Phát biểu chỉ đạo, ông Trần Phong, Phó Chủ tịch UBND tỉnh đề nghị Cụm sớm bàn giao cờ luân lưu và hồ sơ cho "
            "đơn vị Cụm trưởng mới.")
    assert r["decisions"] == []
