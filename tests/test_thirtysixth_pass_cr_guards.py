"""Guards for the thirty-sixth pass (cr), from its review (rv36/cr): near forms in ordinary articles where its rules fired on
text the code before them read right. A role given by a passive verb of assignment is the next period's when the meeting
gave it (its place or ways of choosing before the verb), when the sentence names the period to come, a plan, a rotation or
any year, or when the sentence before tells an election, a choice or a hand-over (lexicons/cluster_roles.json
"standing_assignment_*"); a part of a year named after a running term is the period only when it is over by the meeting's
month, its year written right with it and it is not the end of the stretch reviewed; a school year is not dated by the
meeting's year. One test per regression, examples written for these tests."""
from record_views import kinds, roles

Q3 = "Ngày 5/10/2023, Cụm thi đua số 2 thị xã Hoàng Mai tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 9 tháng năm 2023. "
END = "Ngày 12/1/2024, Cụm thi đua số 2 thị xã Hoàng Mai tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "


def _next(r, chair, vice=None):
    want = {"next_chair": chair} if vice is None else {"next_chair": chair, "next_vice_chair": vice}
    assert roles(r) == want


# --- cr-1 .. cr-20: a passive verb of assignment ----------------------------------------------------------------------


def test_cr1_a_vote_told_in_the_sentence_before_makes_the_role_the_next(rec):
    r = rec(Q3 + "Các đại biểu đã bầu Cụm trưởng, Cụm phó. Kết quả, phường Quỳnh Thiện được giao làm Cụm trưởng, "
                 "phường Quỳnh Dị làm Cụm phó.")
    _next(r, "phường Quỳnh Thiện", "phường Quỳnh Dị")


def test_cr2_a_ballot_before_the_verb_makes_the_role_the_next(rec):
    r = rec(END + "Sau khi các thành viên bỏ phiếu kín, phường Quỳnh Thiện được giao làm Cụm trưởng.")
    _next(r, "phường Quỳnh Thiện")


def test_cr3_a_consultation_before_the_verb_makes_the_role_the_next(rec):
    r = rec(END + "Thông qua hiệp thương, phường Quỳnh Thiện được giao làm Cụm trưởng.")
    _next(r, "phường Quỳnh Thiện")


def test_cr4_the_meeting_as_here_makes_the_role_the_next(rec):
    r = rec(Q3 + "Cũng tại đây, phường Quỳnh Thiện được giao làm Cụm trưởng.")
    _next(r, "phường Quỳnh Thiện")


def test_cr5_the_meeting_as_a_session_makes_the_role_the_next(rec):
    r = rec(END + "Tại buổi sơ kết, phường Quỳnh Thiện được giao làm Cụm trưởng.")
    _next(r, "phường Quỳnh Thiện")


def test_cr6_the_next_year_in_words_before_the_unit_makes_the_role_the_next(rec):
    r = rec(END + "Trong năm tới, phường Quỳnh Thiện được giao làm Cụm trưởng.")
    _next(r, "phường Quỳnh Thiện")


def test_cr7_the_months_left_of_the_year_make_the_role_the_next(rec):
    r = rec(Q3 + "Phường Quỳnh Thiện được giao làm Cụm trưởng những tháng cuối năm.")
    _next(r, "Phường Quỳnh Thiện")


def test_cr8_the_stage_to_come_makes_the_role_the_next(rec):
    r = rec(END + "Phường Quỳnh Thiện được giao làm Cụm trưởng giai đoạn tiếp theo.")
    _next(r, "Phường Quỳnh Thiện")


def test_cr9_the_rotating_flag_handed_over_before_makes_the_role_the_next(rec):
    r = rec(END + "Phường Quỳnh Dị trao Cờ luân lưu cho phường Quỳnh Thiện. Phường Quỳnh Thiện được giao làm Cụm trưởng.")
    _next(r, "Phường Quỳnh Thiện")


def test_cr10_a_rotation_in_the_sentence_makes_the_role_the_next(rec):
    r = rec(END + "Phường Quỳnh Thiện được giao làm Cụm trưởng theo nguyên tắc luân phiên.")
    _next(r, "Phường Quỳnh Thiện")


def test_cr11_a_planned_role_is_the_next(rec):
    r = rec(Q3 + "Theo dự kiến, phường Quỳnh Thiện được giao làm Cụm trưởng.")
    _next(r, "phường Quỳnh Thiện")


def test_cr12_a_year_later_in_the_sentence_makes_the_role_the_next(rec):
    r = rec(END + "Phường Quỳnh Thiện được giao làm Cụm trưởng, tổ chức hội nghị giao ban của Cụm năm 2024.")
    _next(r, "Phường Quỳnh Thiện")


def test_cr13_a_choice_in_the_sentence_before_makes_the_role_the_next(rec):
    r = rec(END + "Các thành viên đã lựa chọn phường Quỳnh Thiện. Phường Quỳnh Thiện được giao làm Cụm trưởng.")
    _next(r, "Phường Quỳnh Thiện")


def test_cr14_the_meeting_as_a_working_session_makes_the_role_the_next(rec):
    r = rec(END + "Cuối buổi làm việc, phường Quỳnh Thiện được giao làm Cụm trưởng, phường Quỳnh Dị làm Cụm phó.")
    _next(r, "phường Quỳnh Thiện", "phường Quỳnh Dị")


def test_cr15_the_next_year_told_as_coming_makes_the_role_the_next(rec):
    r = rec(Q3 + "Sang năm, phường Quỳnh Thiện được giao làm Cụm trưởng, phường Quỳnh Dị làm Cụm phó.")
    _next(r, "phường Quỳnh Thiện", "phường Quỳnh Dị")


def test_cr16_the_next_term_of_office_makes_the_role_the_next(rec):
    r = rec(END + "Phường Quỳnh Thiện được giao làm Cụm trưởng nhiệm kỳ kế tiếp.")
    _next(r, "Phường Quỳnh Thiện")


def test_cr17_the_ceremony_named_without_its_noun_makes_the_role_the_next(rec):
    r = rec(END + "Tại lễ ký kết, phường Quỳnh Thiện được giao làm Cụm trưởng.")
    _next(r, "phường Quỳnh Thiện")


def test_cr18_the_result_of_the_scoring_makes_the_role_the_next(rec):
    r = rec(END + "Căn cứ kết quả bình xét, phường Quỳnh Thiện được giao làm Cụm trưởng.")
    _next(r, "phường Quỳnh Thiện")


def test_cr19_a_hand_over_in_the_sentence_before_makes_the_role_the_next(rec):
    r = rec(Q3 + "Phường Quỳnh Dị đã bàn giao nhiệm vụ cho phường Quỳnh Thiện. Phường Quỳnh Thiện được giao làm Cụm trưởng.")
    _next(r, "Phường Quỳnh Thiện")


def test_cr20_the_members_agreement_in_the_sentence_before_makes_the_role_the_next(rec):
    r = rec(END + "Các đơn vị nhất trí với đề xuất của phường Quỳnh Dị. Theo đó, phường Quỳnh Thiện được giao làm Cụm trưởng.")
    _next(r, "phường Quỳnh Thiện")
    assert "election" in kinds(r)


# --- cr-21 .. cr-27: a part of a year named after a running term --------------------------------------------------------


def _term_lead(date: str, rest: str) -> str:
    return (f"Ngày {date}, Khối thi đua các cơ quan Đảng tỉnh Hà Tĩnh tổ chức hội nghị sơ kết giữa nhiệm kỳ phong trào thi đua "
            f"giai đoạn 2020 - 2025{rest}")


TERM = {"year": 2025, "span": "term"}


def test_cr21_a_half_year_not_yet_begun_is_not_the_period(rec):
    r = rec(_term_lead("10/1/2023", ", thực hiện nhiệm vụ 6 tháng đầu năm 2023."))
    assert r["meeting"]["period"] == TERM


def test_cr22_nine_months_not_yet_over_are_not_the_period(rec):
    r = rec(_term_lead("20/5/2023", " và kết quả 9 tháng năm 2023."))
    assert r["meeting"]["period"] == TERM


def test_cr23_the_end_of_the_stretch_reviewed_is_not_the_period(rec):
    r = rec(_term_lead("18/7/2023", " (tính đến hết quý II năm 2023)."))
    assert r["meeting"]["period"] == TERM


def test_cr24_the_stretch_from_its_start_to_a_half_year_is_not_the_half_year(rec):
    r = rec(_term_lead("25/7/2023", ", từ năm 2020 đến 6 tháng đầu năm 2023."))
    assert r["meeting"]["period"] == TERM


def test_cr25_a_target_for_a_later_quarter_is_not_the_period(rec):
    r = rec(_term_lead("18/7/2023", ", phấn đấu hoàn thành kế hoạch trong quý IV năm 2023."))
    assert r["meeting"]["period"] == TERM


def test_cr26_a_covenant_for_the_quarter_ahead_is_not_the_period(rec):
    r = rec(_term_lead("5/10/2023", " và ký giao ước thi đua quý IV năm 2023."))
    assert r["meeting"]["period"] == TERM


def test_cr27_a_count_of_time_is_not_a_part_of_a_year(rec):
    r = rec(_term_lead("15/12/2023", ", qua 3 năm 9 tháng thực hiện từ năm 2020."))
    assert r["meeting"]["period"] == TERM


# --- cr-28 .. cr-30: a school year is not dated by the meeting's year ------------------------------------------------------


SCHOOL = "Ngày 28/12/2023, Cụm thi đua số 1 các trường THCS tổ chức hội nghị sơ kết học kỳ I năm học 2023 - 2024. "


def test_cr28_a_role_of_the_school_year_reviewed_is_held_now(rec):
    r = rec(SCHOOL + "Trường THCS Trần Phú là Cụm trưởng năm học 2023 - 2024.")
    assert roles(r) == {"chair": "Trường THCS Trần Phú"}
    assert "election" not in kinds(r)


def test_cr29_a_role_of_the_school_years_last_year_is_held_now(rec):
    r = rec(SCHOOL + "Trường THCS Trần Phú, Cụm trưởng năm 2024, phát biểu khai mạc hội nghị.")
    assert roles(r) == {"chair": "Trường THCS Trần Phú"}


def test_cr30_a_persons_role_of_the_school_year_reviewed_is_held_now(rec):
    r = rec(SCHOOL + "Ông Phan Văn Bình, Hiệu trưởng Trường THCS Trần Phú - Cụm trưởng năm học 2023 - 2024 chủ trì hội nghị.")
    assert roles(r) == {"chair": "Trường THCS Trần Phú"}
    assert r["cluster"]["chair"]["person"] == "Phan Văn Bình"
