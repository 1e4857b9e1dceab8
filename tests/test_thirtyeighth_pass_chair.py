"""Thirty-eighth pass, chair roles and elections (examples written for these tests)."""
from record_views import kinds, roles

from tdkt_extract import extract

_LEAD = "Ngày 12/12/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "


def _r(text):
    return extract(_LEAD + text).model_dump()


# R157-1: a post noun after the verb of taking, "luân phiên" before the verb, "là đơn vị" before a verb of holding
def test_a_post_noun_after_dam_nhan_gives_the_role():
    r = _r("Năm 2025, Sở Nội vụ đảm nhận vị trí Cụm trưởng.")
    assert roles(r) == {"next_chair": "Sở Nội vụ"}
    assert kinds(r) == ["election"]


def test_a_unit_named_as_the_one_holding_the_post():
    assert roles(_r("Sở Nội vụ là đơn vị giữ chức Cụm trưởng năm 2024.")) == {"chair": "Sở Nội vụ"}


def test_a_turn_adverb_before_lam_gives_the_role():
    r = _r("Theo quy chế, năm 2025 Sở Nội vụ luân phiên làm Cụm trưởng, Sở Tư pháp làm Cụm phó.")
    assert roles(r) == {"next_chair": "Sở Nội vụ", "next_vice_chair": "Sở Tư pháp"}


def test_the_post_noun_without_a_role_word_gives_nothing():
    assert roles(_r("Sở Nội vụ đảm nhận vị trí quan trọng trong công tác tham mưu năm 2025.")) == {}


# a rotation named in the opening adverbial, then the unit taking the role for a year in the active: the roles, but no
# election (the turn is the rotation's, no act of the meeting, as the twenty-ninth pass settled)
def test_a_rotation_lead_then_an_active_take_for_a_year_gives_the_roles_and_no_election():
    r = _r("Thực hiện luân phiên theo quy chế, Sở Nội vụ đảm nhận Cụm trưởng năm 2025, Sở Tư pháp là Cụm phó.")
    assert roles(r) == {"next_chair": "Sở Nội vụ", "next_vice_chair": "Sở Tư pháp"}
    assert kinds(r) == []


def test_a_rotation_told_as_a_plan_is_no_election():
    r = _r("Theo luân phiên, Sở Nội vụ sẽ làm Cụm trưởng năm 2025.")
    assert roles(r) == {"next_chair": "Sở Nội vụ"}
    assert kinds(r) == []


# R156-2: one election per sentence that gives a role no earlier act named
def test_chair_and_vice_chosen_in_two_sentences_are_two_elections():
    r = _r("Hội nghị đã bầu Sở Nội vụ làm Cụm trưởng năm 2025. Hội nghị thống nhất Sở Tư pháp làm Phó Trưởng cụm năm 2025.")
    assert kinds(r) == ["election", "election"]


def test_a_handover_then_the_vice_agreed_are_two_elections():
    r = _r("Sở Xây dựng đã trao quyền Cụm trưởng năm 2025 cho Sở Nội vụ. Hội nghị thống nhất Sở Tư pháp làm Cụm phó năm 2025.")
    assert kinds(r) == ["election", "election"]


def test_two_roles_in_one_sentence_stay_one_election():
    r = _r("Hội nghị đã bầu Sở Nội vụ làm Cụm trưởng, Sở Tư pháp làm Cụm phó năm 2025.")
    assert kinds(r) == ["election"]


def test_the_roles_chosen_then_their_result_told_is_one_election():
    r = _r("Hội nghị đã tiến hành bầu Cụm trưởng, Cụm phó năm 2025. Kết quả, Sở Nội vụ được bầu làm Cụm trưởng, "
           "Sở Tư pháp được bầu làm Cụm phó.")
    assert kinds(r) == ["election"]


def test_a_bare_statement_of_the_vice_after_a_handover_is_no_second_election():
    r = _r("Dịp này, Sở Xây dựng đã bàn giao nhiệm vụ Cụm trưởng cho Sở Nội vụ. Năm 2025, Sở Tư pháp là Cụm phó.")
    assert kinds(r) == ["election"]


# R159-4: a role note in a member list is no act of the meeting
def test_a_role_note_in_a_member_list_is_no_election():
    r = _r("Các đơn vị thành viên: Sở Xây dựng (Cụm trưởng năm 2024); Sở Nội vụ (Cụm trưởng năm 2025); Sở Tư pháp.")
    assert roles(r)["next_chair"] == "Sở Nội vụ"
    assert kinds(r) == []


def test_a_role_noted_after_an_agreeing_verb_stays_an_election():
    r = _r("Hội nghị thống nhất: Sở Nội vụ (Cụm trưởng năm 2025), Sở Tư pháp (Cụm phó năm 2025).")
    assert kinds(r) == ["election"]


# R153-2: the rotating flag by its other name
def test_the_rotating_flag_called_co_luan_phien_is_an_award():
    r = _r("Sở Xây dựng trao cờ luân phiên cho Sở Nội vụ.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [("Sở Nội vụ", "cờ luân phiên", "conferred")]


def test_a_flag_carried_in_turn_is_no_award():
    assert _r("Các đơn vị luân phiên cầm cờ trong lễ diễu hành.")["awards"] == []


def test_a_rotation_given_by_a_document_above_is_no_election():
    r = _r("Thực hiện Quyết định số 12/QĐ-UBND về luân phiên, Sở Nội vụ đảm nhận Cụm trưởng năm 2025.")
    assert roles(r) == {"next_chair": "Sở Nội vụ"}
    assert kinds(r) == []


def test_a_rotating_flag_named_as_the_clusters_own_is_still_the_award():
    r = _r("Sở Xây dựng trao cờ luân phiên của Cụm cho Sở Nội vụ, đơn vị Cụm trưởng năm 2025.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Nội vụ"]
