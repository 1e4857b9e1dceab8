"""Follow-up of the thirty-sixth pass (cr), from the review d36b (D36B-1..3): a role given by a passive verb of assignment
("được giao làm", "được phân công làm"; lexicons/cluster_roles.json "standing_assignment_verbs") is the role held now only
where the article places it in the period under review: at an interim review (sơ kết of 6 or 9 months, a quarter), or when
its sentence says the role is held now ("hiện", "hiện nay", "đang được", "năm nay", "từ đầu năm"; "standing_assignment_now_words"
and "standing_assignment_this_year_words"). At a year-end or term-end review with nothing saying "now", the assignment is
the next period's and an election, as before. Examples written for these tests."""
from record_views import kinds, roles

END = "Ngày 14/1/2025, Cụm thi đua số 4 các Chi cục Hải quan tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
END_DEC = "Ngày 20/12/2024, Cụm thi đua số 4 các Chi cục Hải quan tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
SIX = "Ngày 12/7/2024, Cụm thi đua số 4 các Chi cục Hải quan tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. "
QUARTER = "Ngày 8/4/2024, Cụm thi đua số 4 các Chi cục Hải quan tổ chức hội nghị sơ kết công tác thi đua quý I năm 2024. "
TERM = ("Ngày 22/11/2024, Cụm thi đua số 4 các Chi cục Hải quan tổ chức hội nghị tổng kết phong trào thi đua giai đoạn "
        "2020 - 2024. ")


# --- at a year-end review, an assignment with nothing saying "now" is the next period's ---------------------------------


def test_an_assignment_for_the_new_term_at_a_year_end_review_is_the_next(rec):
    r = rec(END + "Chi cục Hải quan Lào Cai được giao làm Cụm trưởng nhiệm kỳ mới.")
    assert roles(r) == {"next_chair": "Chi cục Hải quan Lào Cai"}
    assert "election" in kinds(r)


def test_an_assignment_replacing_the_chair_at_a_year_end_review_is_the_next(rec):
    r = rec(END + "Chi cục Hải quan Lào Cai được giao làm Cụm trưởng thay Chi cục Hải quan Hà Giang.")
    assert roles(r) == {"next_chair": "Chi cục Hải quan Lào Cai"}
    assert "election" in kinds(r)


def test_an_assignment_opened_by_a_link_word_at_a_year_end_review_is_the_next(rec):
    r = rec(END + "Tiếp đó, Chi cục Hải quan Lào Cai được giao làm Cụm trưởng, Chi cục Hải quan Hà Giang được giao làm Cụm phó.")
    assert roles(r) == {"next_chair": "Chi cục Hải quan Lào Cai", "next_vice_chair": "Chi cục Hải quan Hà Giang"}


def test_an_assignment_at_a_year_end_review_keeps_the_chair_named_elsewhere(rec):
    r = rec("Ngày 14/1/2025, Chi cục Hải quan Hà Giang, Cụm trưởng năm 2024, chủ trì hội nghị tổng kết công tác thi đua năm "
            "2024 của Cụm thi đua số 4. Chi cục Hải quan Lào Cai được giao làm Cụm trưởng.")
    assert roles(r) == {"chair": "Chi cục Hải quan Hà Giang", "next_chair": "Chi cục Hải quan Lào Cai"}


def test_an_assignment_at_a_term_end_review_is_the_next(rec):
    r = rec(TERM + "Chi cục Hải quan Lào Cai được giao làm Cụm trưởng.")
    assert roles(r) == {"next_chair": "Chi cục Hải quan Lào Cai"}


def test_the_province_does_not_follow_a_unit_assigned_for_the_next_period(rec):
    r = rec("Ngày 14/1/2025, Chi cục Hải quan tỉnh Lào Cai chủ trì hội nghị tổng kết năm 2024 của Cụm thi đua số 4. "
            "Chi cục Hải quan tỉnh Hà Giang được giao làm Cụm trưởng thay Chi cục Hải quan tỉnh Lào Cai.")
    assert roles(r) == {"next_chair": "Chi cục Hải quan tỉnh Hà Giang"}
    assert r["meeting"]["province"] != "Hà Giang"


# --- ... and one the sentence says is held now is the role of the period reviewed ----------------------------------------


def test_an_assignment_said_to_be_held_now_at_a_year_end_review_is_the_chair(rec):
    r = rec(END + "Chi cục Hải quan Lào Cai hiện được giao làm Cụm trưởng, Chi cục Hải quan Hà Giang là Cụm phó.")
    assert roles(r) == {"chair": "Chi cục Hải quan Lào Cai", "vice_chair": "Chi cục Hải quan Hà Giang"}
    assert "election" not in kinds(r)


def test_an_assignment_being_held_at_a_year_end_review_is_the_chair(rec):
    r = rec(END + "Chi cục Hải quan Lào Cai đang được phân công làm Cụm trưởng.")
    assert roles(r) == {"chair": "Chi cục Hải quan Lào Cai"}


def test_this_year_at_a_review_held_in_the_year_reviewed_is_now(rec):
    r = rec(END_DEC + "Từ đầu năm, Chi cục Hải quan Lào Cai được giao làm Cụm trưởng.")
    assert roles(r) == {"chair": "Chi cục Hải quan Lào Cai"}


def test_this_year_at_a_review_held_in_the_next_year_is_not_now(rec):
    # (held in January, "từ đầu năm" is the new year's start, not the year reviewed)
    r = rec(END + "Từ đầu năm, Chi cục Hải quan Lào Cai được giao làm Cụm trưởng.")
    assert roles(r) == {"next_chair": "Chi cục Hải quan Lào Cai"}


def test_a_word_ending_in_hien_is_not_now(rec):
    # "thực hiện", "thể hiện" are not "hiện" (now)
    r = rec(END + "Để thực hiện tốt nhiệm vụ, Chi cục Hải quan Lào Cai được giao làm Cụm trưởng.")
    assert roles(r) == {"next_chair": "Chi cục Hải quan Lào Cai"}


def test_an_assignment_followed_by_a_later_years_holder_is_the_chair(rec):
    # (the next sentence gives the role for the year after the one reviewed: the assignment before it is the one held now)
    r = rec(END + "Chi cục Hải quan Lào Cai được giao làm Cụm trưởng. Năm 2025, Chi cục Hải quan Hà Giang sẽ là Cụm trưởng.")
    assert roles(r) == {"chair": "Chi cục Hải quan Lào Cai", "next_chair": "Chi cục Hải quan Hà Giang"}


def test_a_later_year_after_the_assignment_with_no_role_is_not_a_later_holder(rec):
    r = rec(END + "Chi cục Hải quan Lào Cai được giao làm Cụm trưởng. Năm 2025, Cụm phấn đấu hoàn thành các chỉ tiêu được giao.")
    assert roles(r) == {"next_chair": "Chi cục Hải quan Lào Cai"}


# --- at an interim review, an assignment is the role held now ------------------------------------------------------------


def test_an_assignment_at_a_half_year_review_is_the_chair(rec):
    r = rec(SIX + "Chi cục Hải quan Lào Cai được giao làm Cụm trưởng, Chi cục Hải quan Hà Giang là Cụm phó.")
    assert roles(r) == {"chair": "Chi cục Hải quan Lào Cai", "vice_chair": "Chi cục Hải quan Hà Giang"}
    assert "election" not in kinds(r)


def test_an_assignment_at_a_quarter_review_is_the_chair(rec):
    r = rec(QUARTER + "Chi cục Hải quan Lào Cai được phân công làm Cụm trưởng.")
    assert roles(r) == {"chair": "Chi cục Hải quan Lào Cai"}


def test_an_assignment_for_the_new_term_at_an_interim_review_is_the_next(rec):
    r = rec(SIX + "Chi cục Hải quan Lào Cai được giao làm Cụm trưởng nhiệm kỳ mới.")
    assert roles(r) == {"next_chair": "Chi cục Hải quan Lào Cai"}


def test_a_present_word_of_another_clause_is_not_now(rec):
    r = rec(END + "Trong khi các đơn vị đang được sắp xếp lại, Chi cục Hải quan Lào Cai được giao làm Cụm trưởng.")
    assert roles(r) == {"next_chair": "Chi cục Hải quan Lào Cai"}
    r = rec(END + "Công tác cải cách thủ tục đang là ưu tiên; Chi cục Hải quan Lào Cai được giao làm Cụm trưởng.")
    assert roles(r) == {"next_chair": "Chi cục Hải quan Lào Cai"}


def test_this_year_in_a_january_review_is_the_new_year(rec):
    r = rec(END + "Năm nay, Chi cục Hải quan Lào Cai được giao làm Cụm trưởng.")
    assert roles(r) == {"next_chair": "Chi cục Hải quan Lào Cai"}


def test_an_assignment_at_a_review_of_a_running_school_term_is_the_chair(rec):
    r = rec("Ngày 10/1/2025, Cụm thi đua các trường tiểu học tổ chức hội nghị sơ kết học kỳ I năm học 2024 - 2025. "
            "Trường Tiểu học Kim Đồng được giao làm Cụm trưởng.")
    assert roles(r) == {"chair": "Trường Tiểu học Kim Đồng"}


def test_an_assignment_at_the_signing_that_opens_a_year_is_the_chair(rec):
    r = rec("Ngày 20/2/2025, Cụm thi đua số 4 các Chi cục Hải quan tổ chức lễ ký kết giao ước thi đua năm 2025. "
            "Chi cục Hải quan Lào Cai được giao làm Cụm trưởng.")
    assert roles(r) == {"chair": "Chi cục Hải quan Lào Cai"}
