"""Thirty-sixth pass, people: a new plural subject of units after a reporter's clause, the topic after a contribution
("tham luận") with a rank before its author, the particle "thì" after a title, and a place's name ending in "Tiếng" before
the verb (examples written for these tests)."""

from record_views import people_by_name, people_rows

LEAD = "Ngày 12/1/2024, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2023. "
BLOC = "Ngày 22/12/2023, Khối thi đua các doanh nghiệp tỉnh tổ chức hội nghị tổng kết năm 2023. "


# --- R137-4: ", các <units> đã <verb>" opens a clause of its own: its verb is not the reporter's


def test_units_after_the_reporters_clause_are_a_new_subject(rec):
    r = rec(LEAD + "Theo báo cáo do ông Phạm Quốc Khánh, Trưởng phòng Nội vụ huyện trình bày, các huyện đã phát động "
                   "nhiều phong trào thi đua thiết thực.")
    assert people_by_name(r)["Phạm Quốc Khánh"]["roles"] == ["reported"]


def test_units_of_two_kinds_in_the_cluster_as_the_subject(rec):
    r = rec(LEAD + "Bà Lưu Thị Hằng, Chánh Văn phòng UBND thị xã trình bày báo cáo, các phường, xã trong cụm "
                   "đều phát động phong trào thi đua sôi nổi.")
    assert people_by_name(r)["Lưu Thị Hằng"]["roles"] == ["reported"]


def test_units_listed_after_a_title_without_a_verb_marker_keep_the_verb(rec):
    # (no tense or adverb after the units: the list goes on the person's clause, the verb after it is still hers)
    r = rec(LEAD + "Bà Lưu Thị Hằng, Chánh Văn phòng UBND thị xã, các phường trong cụm phát biểu tại hội nghị.")
    assert "spoke" in people_by_name(r)["Lưu Thị Hằng"]["roles"]


def test_the_persons_own_verb_before_the_units_stays(rec):
    r = rec(LEAD + "Ông Phạm Quốc Khánh, Trưởng phòng Nội vụ huyện phát biểu, các huyện đã thống nhất cao.")
    assert people_by_name(r)["Phạm Quốc Khánh"]["roles"] == ["spoke"]


# --- R135-1: "tham luận" is a contribution (spoke); its topic after "về" is no part of the author's title


def test_contribution_of_a_ranked_author_stops_at_its_topic(rec):
    r = rec(LEAD + "Hội nghị nghe tham luận của Thiếu tá Đinh Công Vũ, Đội trưởng Đội Cảnh sát giao thông huyện Mường Tè "
                   "về công tác bảo đảm trật tự an toàn giao thông.")
    assert people_rows(r) == [("Đinh Công Vũ", None, "Đội trưởng Đội Cảnh sát giao thông huyện Mường Tè", ["spoke"])]


def test_contribution_as_a_verb_is_spoke(rec):
    r = rec(LEAD + "Bà Hà Thị Nhàn, Phó Chủ tịch UBND huyện Bá Thước tham luận về xây dựng nông thôn mới.")
    assert people_rows(r) == [("Hà Thị Nhàn", "bà", "Phó Chủ tịch UBND huyện Bá Thước", ["spoke"])]


def test_a_contribution_presented_is_reported(rec):
    # (the presenting verb gives the role: "trình bày tham luận" is reported only)
    r = rec(LEAD + "Ông Vũ Đức Toàn, Phó Giám đốc Sở Tư pháp trình bày tham luận về cải cách hành chính.")
    assert people_by_name(r)["Vũ Đức Toàn"]["roles"] == ["reported"]


def test_a_body_named_with_ve_stays_in_the_title(rec):
    # (a body whose name holds "về": the title goes on)
    r = rec(LEAD + "Hội nghị nghe tham luận của Đại tá Lê Văn Quang, Phó Trưởng Ban Chỉ đạo về phòng, chống tội phạm tỉnh.")
    assert people_by_name(r)["Lê Văn Quang"]["title"] == "Phó Trưởng Ban Chỉ đạo về phòng, chống tội phạm tỉnh"


# --- R135-3: the particle "thì" between the title and the verb is no part of the title


def test_thi_before_the_verb_ends_the_title(rec):
    r = rec(BLOC + "Ông Tạ Minh Quý, Giám đốc Công ty CP Bao bì Hưng Phát thì cho rằng cần đẩy mạnh chuyển đổi số.")
    assert people_rows(r) == [("Tạ Minh Quý", "ông", "Giám đốc Công ty CP Bao bì Hưng Phát", ["spoke"])]


def test_capital_thi_inside_a_communes_name_stays(rec):
    r = rec(LEAD + "Ông Lò Văn Pâng, Chủ tịch UBND xã Ma Thì Hồ phát biểu tại hội nghị.")
    assert people_rows(r) == [("Lò Văn Pâng", "ông", "Chủ tịch UBND xã Ma Thì Hồ", ["spoke"])]


# --- R135-6: only the lower-case noun "tiếng" (tiếng nói) keeps a verb after it from being one


def test_a_place_name_ending_in_tieng_before_the_verb(rec):
    r = rec(BLOC + "Bà Trịnh Thu Hà, Phó Giám đốc Công ty Thủy lợi Dầu Tiếng phát biểu tại hội nghị.")
    assert people_rows(r) == [("Trịnh Thu Hà", "bà", "Phó Giám đốc Công ty Thủy lợi Dầu Tiếng", ["spoke"])]


def test_the_noun_tieng_noi_is_no_speech(rec):
    r = rec(BLOC + "Ông Tạ Minh Quý, Giám đốc Công ty CP Bao bì Hưng Phát dự hội nghị và lắng nghe tiếng nói của người lao động.")
    assert people_by_name(r)["Tạ Minh Quý"]["roles"] == ["attended"]


def test_the_noun_tieng_noi_opening_a_sentence_is_no_speech(rec):
    r = rec(BLOC + "Ông Tạ Minh Quý, Giám đốc Công ty CP Bao bì Hưng Phát dự hội nghị. Tiếng nói của doanh nghiệp được lắng nghe.")
    assert people_by_name(r)["Tạ Minh Quý"]["roles"] == ["attended"]


def test_without_a_verb_of_the_persons_own_the_units_end_nothing(rec):
    # (the person's clause has no verb before the units: the rule does not fire, the act after them stays his)
    r = rec(LEAD + "Ông Lâm Văn Lực, Giám đốc Sở Tài chính, các sở đã ký kết giao ước thi đua năm 2024.")
    assert people_by_name(r)["Lâm Văn Lực"]["roles"] == ["attended"]


def test_units_after_the_presiding_verb(rec):
    r = rec(LEAD + "Ông Đào Văn Hưng, Chủ tịch UBND thị xã Phú Thọ chủ trì hội nghị, các xã, phường trong cụm đều báo cáo "
                   "kết quả thi đua.")
    assert people_by_name(r)["Đào Văn Hưng"]["roles"] == ["presided"]
