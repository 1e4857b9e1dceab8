"""Thirty-ninth pass (aw) guards: near forms the aw rules must leave as the code before them read them: a branch that names
its own parent after its place ("Chi nhánh B của/thuộc C"), a capitalised phrase with "được" between the proposal and its
verb (the recipient, not the giver), and a function in lower case after an office's comma that takes an object (a verb)."""
from tdkt_extract import extract

from record_views import ranks

_LEAD = "Ngày 15/1/2024, Khối thi đua các doanh nghiệp tỉnh Thái Bình tổ chức hội nghị tổng kết năm 2023. "


def _r(text: str) -> dict:
    return extract(text).model_dump()


def _recipients(r: dict) -> list:
    return [a["recipient"] for a in r["awards"]]


def test_branch_naming_its_own_parent_after_a_member_is_a_member_of_its_own():
    r = _r(_LEAD + "Khối có các đơn vị thành viên: Công ty Thủy lợi Thái Bình, Chi nhánh Hưng Hà của Công ty Giống cây trồng, "
           "Công ty Bia Thái Bình.")
    assert r["cluster"]["members"] == ["Công ty Thủy lợi Thái Bình", "Chi nhánh Hưng Hà của Công ty Giống cây trồng",
                                       "Công ty Bia Thái Bình"]


def test_branch_under_another_bank_after_a_recipient_is_a_recipient_of_its_own():
    r = _r(_LEAD + "Hội nghị đề nghị tặng Bằng khen cho Công ty Cấp nước Thái Bình, Chi nhánh Kiến Xương thuộc Ngân hàng "
           "Vietcombank và Sở Tài chính.")
    assert _recipients(r)[0] == "Công ty Cấp nước Thái Bình"
    assert "Công ty Cấp nước Thái Bình, Chi nhánh Kiến Xương thuộc Ngân hàng Vietcombank" not in _recipients(r)


def test_branch_of_another_corporation_in_a_ranking_stays_apart():
    r = _r(_LEAD + "Hội nghị suy tôn Công ty Bia Thái Bình dẫn đầu Khối; Công ty May Thái Bình, Chi nhánh Thái Thụy của "
           "Tổng công ty Viglacera xếp thứ hai.")
    assert (2, "Công ty May Thái Bình, Chi nhánh Thái Thụy của Tổng công ty Viglacera") not in ranks(r)


def test_recipient_with_duoc_between_proposal_and_verb_is_no_giver():
    r = _r(_LEAD + "Công ty Bia Thái Bình được suy tôn dẫn đầu Khối. Hội nghị đề nghị Sở Tài chính được Bộ Tài chính tặng "
           "Bằng khen và đề nghị tặng Cờ thi đua cho đơn vị này.")
    assert ("Công ty Bia Thái Bình", "Cờ thi đua") not in [(a["recipient"], a["award"]) for a in r["awards"]]


def test_lower_case_function_taking_an_object_after_an_office_comma_is_a_verb():
    r = _r(_LEAD + "Hội nghị đề nghị tặng Giấy khen cho Phòng Kỹ thuật, kiểm tra chất lượng công trình và Công ty Bia Thái Bình.")
    assert not any(x.startswith("Phòng Kỹ thuật, kiểm tra") for x in _recipients(r))
