"""Thirty-eighth pass, guards on the chair and election rules of x38ch (examples written for these tests)."""
from record_views import kinds

from tdkt_extract import extract

_LEAD = "Ngày 20/12/2023, Khối thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "


def _r(text):
    return extract(_LEAD + text).model_dump()


_ELECTED = "Hội nghị đã bầu Sở Y tế làm Trưởng khối năm 2024. "


# ch-1: "trao" of an award by the unit holding the other role is no handover of the role
def test_the_vice_presenting_certificates_is_no_second_election():
    r = _r(_ELECTED + "Sau đó, Sở Nông nghiệp, đơn vị Phó Trưởng khối năm 2024, đã trao Bằng khen cho các cá nhân tiêu biểu.")
    assert kinds(r) == ["election"]


# ch-2: "trao đổi" (to discuss) is no handover
def test_the_vice_discussing_is_no_second_election():
    r = _r(_ELECTED + "Sở Nông nghiệp, đơn vị Phó Trưởng khối năm 2024, trao đổi một số cách làm hay trong phong trào thi đua.")
    assert kinds(r) == ["election"]


# ch-3: "trao tặng" gifts is no handover
def test_the_vice_presenting_gifts_is_no_second_election():
    r = _r(_ELECTED + "Nhân dịp này, Sở Nông nghiệp - Phó Trưởng khối năm 2024 trao tặng 20 suất quà cho học sinh nghèo.")
    assert kinds(r) == ["election"]


# ch-11: the act form "bàn giao X cho B, đơn vị Phó Trưởng khối" read again from a later sentence: a thing handed to the
# holder of the role, the role word past "cho", is no second election
def test_papers_handed_to_the_vice_is_no_second_election():
    r = _r(_ELECTED + "Sở Giao thông vận tải bàn giao tài liệu cho Sở Nông nghiệp, đơn vị Phó Trưởng khối năm 2024.")
    assert kinds(r) == ["election"]


# ch-5: a verb of taking on in another clause of the sentence (an acceptance speech) is no giving of the role
def test_the_vices_acceptance_speech_is_no_second_election():
    r = _r(_ELECTED + "Phát biểu nhận nhiệm vụ, lãnh đạo Sở Nông nghiệp - Phó Trưởng khối năm 2024 hứa sẽ phối hợp chặt chẽ.")
    assert kinds(r) == ["election"]


# ch-6: an election of a past term told after this meeting's election
def test_a_vice_elected_for_an_earlier_year_is_no_second_election():
    r = _r(_ELECTED + "Năm 2022, Sở Nông nghiệp được bầu làm Phó Trưởng khối và đã hoàn thành tốt nhiệm vụ.")
    assert kinds(r) == ["election"]


# ch-7: the same, the past year at the start of the term ("đầu năm" of the reviewed year)
def test_a_vice_elected_early_in_the_reviewed_year_is_no_second_election():
    r = _r(_ELECTED + "Từ đầu năm 2023, Sở Nông nghiệp được các thành viên tín nhiệm bầu làm Phó Trưởng khối.")
    assert kinds(r) == ["election"]


# ch-8: a plan written before the verb after a rotation lead is no election
def test_a_take_planned_earlier_in_the_clause_after_a_rotation_lead_is_no_election():
    r = _r("Thực hiện luân phiên theo quy chế, Sở Y tế dự kiến được giới thiệu làm Trưởng khối năm 2024.")
    assert kinds(r) == []


# ch-9: a lead naming the rotation of another duty (hosting the meetings), then a bare copula, is no election
def test_a_rotation_of_hosting_then_the_unit_being_chair_is_no_election():
    r = _r("Thực hiện luân phiên tổ chức các hội nghị, Sở Y tế là Trưởng khối năm 2024 và chủ trì hội nghị sơ kết.")
    assert kinds(r) == []


# ch-10: the same with a verb of holding
def test_a_rotation_of_hosting_then_the_unit_holding_the_role_is_no_election():
    r = _r("Thực hiện luân phiên đăng cai hội nghị, Sở Y tế giữ vai trò Trưởng khối năm 2024 và tổ chức giao ban quý.")
    assert kinds(r) == []


# ch-4: a thing passed on by "chuyển giao" to the holder of the role, the role word past "cho", adds no election from the
# next vice-chair's sentence
def test_a_book_passed_on_to_the_vice_is_no_second_election():
    r = _r(_ELECTED + "Văn phòng Sở Giao thông vận tải chuyển giao sổ truyền thống cho Sở Nông nghiệp, đơn vị Phó Trưởng khối năm 2024.")
    assert kinds(r) == ["election"]
