"""Thirty-eighth pass: the lead's fixes of causes left by the last pass's reviewers (examples written for these tests)."""
from tdkt_extract import extract

_LEAD = "Ngày 10/12/2024, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


def _people(record):
    return {p.name: p for p in record.people}


def test_an_award_named_by_the_quoted_title_of_its_movement_without_merit_words_is_read():
    record = extract(_LEAD + "Cụm đề nghị Bộ Công an tặng Cờ thi đua “Vì an ninh Tổ quốc” cho Công an huyện Kỳ Sơn.")
    assert [(a.recipient, a.award) for a in record.awards] == [("Công an huyện Kỳ Sơn", "Cờ thi đua “Vì an ninh Tổ quốc”")]


def test_a_bare_flag_before_a_quoted_title_still_needs_merit_words():
    # "cờ" before a quoted name with no merit word is no award (a game, a host's banner)
    record = extract(_LEAD + "Xã Hưng Lộc nhận cờ “Đơn vị đăng cai” từ Ban Tổ chức hội thao.")
    assert record.awards == []


def test_a_ranking_keeps_its_place_beside_a_contest_the_cluster_plans_in_a_later_clause():
    record = extract(_LEAD + "Cụm suy tôn xã Hưng Lộc dẫn đầu và thống nhất tổ chức hội thi văn nghệ vào quý II năm 2025.")
    assert [(r.rank, r.organization) for r in record.rankings] == [(1, "xã Hưng Lộc")]
    assert sorted(d.kind for d in record.decisions) == ["plan", "ranking"]


def test_a_contest_told_before_the_ranking_still_makes_it_the_contests_result():
    record = extract(_LEAD + "Tại hội thi văn nghệ, xã Hưng Lộc dẫn đầu và thống nhất tổ chức hội thi năm sau.")
    assert record.rankings == []


def test_the_members_named_by_their_kind_after_a_presiding_clause_are_the_verbs_subject():
    record = extract(_LEAD + "Dưới sự chủ trì của bà Lê Thị Hạnh, các phường đã báo cáo kết quả thi đua.")
    assert _people(record)["Lê Thị Hạnh"].roles == ["presided"]


def test_a_cluster_role_with_the_clusters_name_before_a_dash_and_a_position_gives_the_chair_and_the_title():
    record = extract(_LEAD + "Cụm trưởng Cụm thi đua số 6 - Chủ tịch UBND phường Hưng Bình Nguyễn Văn Tài phát biểu khai mạc.")
    person = _people(record)["Nguyễn Văn Tài"]
    assert person.title == "Cụm trưởng Cụm thi đua số 6 - Chủ tịch UBND phường Hưng Bình"
    assert (record.cluster.chair.organization, record.cluster.chair.person) == ("UBND phường Hưng Bình", "Nguyễn Văn Tài")


def test_the_same_title_fronted_before_a_comma_and_an_honorific_is_the_persons():
    record = extract(_LEAD + "Cụm trưởng - Chủ tịch UBND phường Hưng Bình, ông Nguyễn Văn Tài phát biểu khai mạc.")
    assert _people(record)["Nguyễn Văn Tài"].title == "Cụm trưởng - Chủ tịch UBND phường Hưng Bình"
    assert record.cluster.chair.organization == "UBND phường Hưng Bình"


def test_a_cluster_role_alone_before_a_comma_and_an_honorific_is_no_title():
    record = extract(_LEAD + "Cụm trưởng, ông Nguyễn Văn Tài phát biểu khai mạc.")
    assert _people(record)["Nguyễn Văn Tài"].title is None


def test_members_named_by_their_kind_without_a_tense_after_them_go_on_the_persons_clause():
    # no "đã/đều/cũng ..." after "các phường ...": the verb is still the person's
    record = extract(_LEAD + "Ông Võ Minh Trí, Phó Chủ tịch UBND thị xã, các phường trong cụm phát biểu tại hội nghị.")
    assert "spoke" in _people(record)["Võ Minh Trí"].roles


_ONLINE = "Sáng 12/01/2022, Cụm thi đua số 6 tổng kết công tác thi đua năm 2021 theo hình thức trực tuyến.\n"


def test_where_the_chair_presides_the_meeting_places_it_when_the_meeting_sentence_has_no_tai():
    record = extract(_ONLINE + "Ông Lê Văn Tuấn, Chủ tịch UBND huyện Gia Viễn, Cụm trưởng chủ trì hội nghị tại điểm cầu UBND huyện Gia Viễn.")
    assert record.meeting.venue == "điểm cầu UBND huyện Gia Viễn"


def test_where_the_chair_will_preside_a_meeting_to_come_places_nothing():
    record = extract(_ONLINE + "Năm 2022, ông Lê Văn Tuấn sẽ chủ trì hội nghị tại UBND huyện Gia Viễn.")
    assert record.meeting.venue is None


def test_rows_numbered_under_a_lead_of_scores_alone_are_no_places():
    # "kết quả chấm điểm theo bảng sau:" lists scores; only a lead naming the ranking ("xếp hạng", "bình xét") makes the
    # rows' numbers places
    record = extract(_LEAD + "Kết quả chấm điểm thi đua năm 2024 như sau:\n| STT | Đơn vị | Điểm |\n| 1 | Phường Hưng Bình | 95,5 |\n"
                             "| 2 | Phường Lê Lợi | 93,0 |\n")
    assert record.rankings == []
    record = extract(_LEAD + "Kết quả bình xét, xếp hạng thi đua năm 2024 như sau:\n| STT | Đơn vị | Điểm |\n| 1 | Phường Hưng Bình | 95,5 |\n"
                             "| 2 | Phường Lê Lợi | 93,0 |\n")
    assert [(r.rank, r.organization) for r in record.rankings] == [(1, "Phường Hưng Bình"), (2, "Phường Lê Lợi")]
