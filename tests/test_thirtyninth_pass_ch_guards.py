"""Guards on the thirty-ninth pass's chair rules (tests/test_thirtyninth_pass_ch.py): near forms in ordinary articles where
they misread. Examples written for these tests."""

from record_views import kinds, roles

REVIEW = "Ngày 22/12/2023, Cụm thi đua số 4 các huyện miền núi tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
BLOC = "Ngày 26/12/2023, Khối thi đua các cơ quan văn hóa - xã hội tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"


# ch-1: the turns told as a history, to a list of units
def test_history_of_turns_names_no_next_chair(rec):
    r = rec(REVIEW + "Giai đoạn 2019 - 2023, vai trò Cụm trưởng được luân phiên giao cho huyện Sơn Động, huyện Lục Ngạn và "
                     "huyện Yên Thế.")
    assert "next_chair" not in roles(r)
    assert "election" not in kinds(r)


# ch-2: a turn of a year before the one reviewed
def test_past_years_turn_names_no_next_chair(rec):
    r = rec(REVIEW + "Năm 2022, nhiệm vụ Cụm trưởng được luân phiên cho huyện Lục Ngạn; năm nay là huyện Sơn Động.")
    assert "next_chair" not in roles(r)
    assert "election" not in kinds(r)


# ch-3: an undated turn
def test_undated_turn_is_no_election(rec):
    r = rec(REVIEW + "Huyện Sơn Động giữ vai trò Cụm trưởng năm 2023. Vai trò Cụm phó được luân phiên giao cho huyện Yên Thế.")
    assert "next_vice_chair" not in roles(r)
    assert "election" not in kinds(r)


# ch-4: a bridge point noted with another bloc's role
def test_bridge_point_with_another_blocs_role_is_no_chair(rec):
    r = rec(BLOC + "Hội nghị kết nối tới điểm cầu Sở Tư pháp (Trưởng Khối thi đua các cơ quan nội chính) và các sở, ngành.")
    assert "chair" not in roles(r)


# ch-5: a passive's agent noted with another cluster's role, by its number
def test_passive_agent_with_another_clusters_role_is_no_chair(rec):
    r = rec(REVIEW + "Mô hình được Hội Cựu chiến binh tỉnh, Cụm trưởng Cụm thi đua số 7, giới thiệu tại hội nghị.")
    assert "chair" not in roles(r)


# ch-6 / ch-7: a position after "là", its unit noted with another bloc's role
def test_position_after_la_with_another_blocs_role_is_no_chair(rec):
    r = rec(BLOC + "Chủ trì phần thảo luận là Phó Giám đốc Sở Nội vụ, đơn vị Trưởng Khối thi đua các cơ quan tổng hợp.")
    assert "chair" not in roles(r)
    r = rec(BLOC + "Ông Lò Văn Thắng là Giám đốc Sở Xây dựng (Khối trưởng khối kinh tế) dự hội nghị.")
    assert "chair" not in roles(r)


# ch-8: a passive's agent in apposition with the next year's role: the next chair, no election
def test_passive_agent_with_next_years_role_is_no_election(rec):
    r = rec(REVIEW + "Hội thao sẽ được UBND huyện Lục Ngạn, đơn vị Cụm trưởng năm 2024, tổ chức vào tháng 3.")
    assert roles(r).get("next_chair") == "UBND huyện Lục Ngạn"
    assert "election" not in kinds(r)


# ch-9: a position after "là", its unit in apposition with the next year's role
def test_position_after_la_with_next_years_role_is_no_election(rec):
    r = rec(BLOC + "Bà Vi Thị Hạnh là Giám đốc Sở Y tế, đơn vị Trưởng khối năm 2024, cảm ơn các đơn vị.")
    assert roles(r).get("next_chair") == "Sở Y tế"
    assert "election" not in kinds(r)


# the narrowed rules still read their own forms
def test_turn_dated_ahead_with_the_other_role_after_it_still_reads(rec):
    r = rec(REVIEW + "Hội nghị thống nhất: năm 2024, Cụm phó được luân phiên cho huyện Yên Thế, Cụm trưởng là huyện Lục Ngạn.")
    assert roles(r).get("next_vice_chair") == "huyện Yên Thế"


def test_role_naming_the_meetings_own_bloc_still_reads(rec):
    r = rec(BLOC + "Hội nghị kết nối từ điểm cầu Sở Văn hóa, Thể thao và Du lịch (Trưởng Khối thi đua các cơ quan văn hóa - xã "
                   "hội tỉnh) tới các đơn vị.")
    assert roles(r).get("chair") == "Sở Văn hóa, Thể thao và Du lịch"


# the fixer's near form n04: a bridge point noted with the next year's role, the sentence ending on it: no election
def test_bridge_point_with_next_years_role_ending_the_sentence_is_no_election(rec):
    r = rec(BLOC + "Hội nghị diễn ra trực tuyến, điểm cầu chính đặt tại Sở Y tế, đơn vị Trưởng khối năm 2024.")
    assert roles(r).get("next_chair") == "Sở Y tế"
    assert "election" not in kinds(r)


def test_role_naming_the_meetings_own_cluster_with_a_comma_in_its_name_still_reads(rec):
    r = rec("Ngày 15/12/2023, Cụm thi đua các sở, ngành nội chính tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
            "Hội nghị được kết nối từ điểm cầu Sở Tư pháp (Cụm trưởng Cụm thi đua các sở, ngành nội chính của tỉnh) tới các "
            "đơn vị.")
    assert roles(r).get("chair") == "Sở Tư pháp"
