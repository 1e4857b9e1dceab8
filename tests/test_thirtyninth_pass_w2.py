"""Thirty-ninth pass, x39w2: passive agreement / trust before "giữ chức" as an election, "đăng cai Cụm trưởng", "tiếp nhận
Cụm trưởng" ending the unit, a bloc's descriptor under a corporation, an association's central body linked to its officer's
title, units listed before a passive lead with an agent (examples written for these tests)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from record_views import decision_texts, ranks, roles

from tdkt_extract import extract

CUM = "Ngày 8/1/2024, Cụm thi đua số 2 tỉnh Sóc Trăng tổ chức tổng kết công tác thi đua năm 2023.\n"
KHOI_CTXH = "Ngày 18/12/2023, Khối thi đua các tổ chức chính trị - xã hội Trung ương tổng kết năm 2023. "
KHOI_TRUONG = "Ngày 15/8/2024, Khối thi đua các trường cao đẳng kỹ thuật tổng kết năm học 2023 - 2024. "


def rec(text: str) -> dict:
    return extract(text).model_dump()


def name(text: str) -> str:
    return rec(text)["cluster"]["name"]


# --- R176-1: "X được (các đơn vị) thống nhất / tín nhiệm / nhất trí giữ chức Cụm trưởng năm N+1" -----------------------

def test_agreed_with_agent_holds_office_next_year():
    r = rec(CUM + "Phòng Văn hóa huyện Mỹ Tú được các đơn vị thống nhất giữ chức Cụm trưởng năm 2024.")
    assert roles(r) == {"next_chair": "Phòng Văn hóa huyện Mỹ Tú"}
    assert decision_texts(r, "election") == ["Phòng Văn hóa huyện Mỹ Tú được các đơn vị thống nhất giữ chức Cụm trưởng năm 2024"]


def test_trusted_holds_office_next_year():
    r = rec(CUM + "Huyện Mỹ Xuyên được tín nhiệm giữ chức Cụm trưởng năm 2024.")
    assert roles(r) == {"next_chair": "Huyện Mỹ Xuyên"}
    assert len(decision_texts(r, "election")) == 1


def test_agreed_holds_office_and_agreed_with_agent_makes_vice():
    r = rec(CUM + "Huyện Mỹ Xuyên được nhất trí giữ chức Cụm trưởng năm 2024, huyện Thạnh Trị được các đơn vị thống nhất làm Cụm phó.")
    assert roles(r) == {"next_chair": "Huyện Mỹ Xuyên", "next_vice_chair": "huyện Thạnh Trị"}


def test_trusted_holds_office_in_year_reviewed_is_the_chair():
    r = rec(CUM + "Năm 2023, huyện Mỹ Xuyên được các đơn vị tín nhiệm giữ chức Cụm trưởng, đã tổ chức tốt các phong trào.")
    assert roles(r) == {"chair": "huyện Mỹ Xuyên"}


def test_person_agreed_to_hold_an_office_is_no_role():
    r = rec(CUM + "Ông Lâm Văn Quý được các đại biểu thống nhất giữ chức Trưởng ban Thi đua của huyện.")
    assert roles(r) == {}
    assert decision_texts(r, "election") == []


def test_unit_agreed_on_for_praise_is_no_role():
    r = rec(CUM + "Huyện Mỹ Xuyên được các đơn vị thống nhất đánh giá cao trong năm 2023.")
    assert roles(r) == {}


# --- R176-2: "X (sẽ) đăng cai Cụm trưởng" -------------------------------------------------------------------------------

def test_hosts_the_chair_next_year():
    r = rec(CUM + "Năm 2024, huyện Kế Sách đăng cai Cụm trưởng.")
    assert roles(r) == {"next_chair": "huyện Kế Sách"}
    assert decision_texts(r, "election") == ["Năm 2024, huyện Kế Sách đăng cai Cụm trưởng"]


def test_agreed_to_host_chair_and_vice():
    r = rec(CUM + "Hội nghị thống nhất huyện Kế Sách đăng cai Cụm trưởng năm 2024, huyện Cù Lao Dung sẽ đăng cai Cụm phó.")
    assert roles(r) == {"next_chair": "huyện Kế Sách", "next_vice_chair": "huyện Cù Lao Dung"}


def test_hosted_the_chair_in_year_reviewed():
    r = rec(CUM + "Năm 2023, huyện Kế Sách đăng cai Cụm trưởng, đã phối hợp tốt với các đơn vị.")
    assert roles(r) == {"chair": "huyện Kế Sách"}


def test_hosting_a_meeting_is_no_role():
    r = rec(CUM + "Huyện Kế Sách đăng cai tổ chức hội nghị tổng kết năm 2023.")
    assert roles(r) == {}


def test_hosting_an_event_named_after_the_chair_is_no_role():
    r = rec(CUM + "Huyện Cù Lao Dung sẽ đăng cai Hội thao Cụm trưởng và các đơn vị năm 2024.")
    assert roles(r) == {}


# --- R176-3: "X tiếp nhận Cụm trưởng" ends the unit before "tiếp" ----------------------------------------------------

def test_takes_over_chair_without_task_word():
    r = rec(CUM + "Tại hội nghị, xã Đại Hải tiếp nhận Cụm trưởng năm 2024.")
    assert roles(r) == {"next_chair": "xã Đại Hải"}


def test_receiving_a_flag_from_the_chair_is_no_role():
    r = rec(CUM + "Tại hội nghị, xã Đại Hải tiếp nhận Cờ thi đua của Cụm trưởng năm 2023.")
    assert "next_chair" not in roles(r)


def test_receiving_opinions_of_the_chair_is_no_role():
    r = rec(CUM + "Xã Đại Hải tiếp nhận ý kiến của Cụm trưởng và các đơn vị.")
    assert roles(r) == {}


# --- R177-1: a bloc's descriptor through "(trực) thuộc" a corporation, a group, the Tổng Liên đoàn ---------------------

def test_units_under_a_corporation():
    assert name("Ngày 2/3/2024, Khối thi đua các đơn vị trực thuộc Tổng công ty Cảng hàng không Việt Nam tổ chức hội nghị "
                "tổng kết năm 2023.") == "Khối thi đua các đơn vị trực thuộc Tổng công ty Cảng hàng không Việt Nam"


def test_boards_under_a_group():
    assert name("Ngày 2/3/2024, Khối thi đua các Ban chuyên môn thuộc Tập đoàn Dầu khí Việt Nam tổ chức hội nghị tổng kết năm "
                "2023.") == "Khối thi đua các Ban chuyên môn thuộc Tập đoàn Dầu khí Việt Nam"


def test_unions_under_the_confederation():
    assert name("Ngày 10/1/2024, Khối thi đua các Công đoàn ngành trực thuộc Tổng Liên đoàn tổ chức hội nghị tổng kết năm "
                "2023.") == "Khối thi đua các Công đoàn ngành trực thuộc Tổng Liên đoàn"


def test_provinces_under_a_group_stay_a_region():
    assert name("Ngày 2/3/2024, Khối thi đua các tỉnh Tây Nguyên thuộc Tập đoàn Dầu khí Việt Nam tổ chức hội nghị tổng kết "
                "năm 2023.") == "Khối thi đua các tỉnh Tây Nguyên"


def test_venue_at_a_corporation_is_no_descriptor():
    n = name("Ngày 2/3/2024, Khối thi đua các doanh nghiệp nhà nước tỉnh Nghệ An tổ chức hội nghị tổng kết năm 2023 tại trụ "
             "sở Tổng công ty Xây dựng Nghệ An.")
    assert "Tổng công ty" not in n


# --- R177-2: "Trung ương Hội X" chair, "Phó Chủ tịch Hội X" presiding -------------------------------------------------

def test_central_association_linked_to_officer_of_association():
    r = rec(KHOI_CTXH + "Trung ương Hội Cựu chiến binh Việt Nam là Trưởng khối năm 2023. Đồng chí Đỗ Văn Khánh, Phó Chủ "
            "tịch Hội Cựu chiến binh Việt Nam chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Trung ương Hội Cựu chiến binh Việt Nam", "person": "Đỗ Văn Khánh"}


def test_central_association_linked_to_officer_by_abbreviation():
    r = rec(KHOI_CTXH + "Trung ương Hội Liên hiệp Phụ nữ Việt Nam là Trưởng khối năm 2023. Đồng chí Hà Thị Mai, Phó Chủ "
            "tịch Hội LHPN Việt Nam chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "person": "Hà Thị Mai"}


def test_officer_of_another_association_not_linked():
    r = rec(KHOI_CTXH + "Trung ương Hội Cựu chiến binh Việt Nam là Trưởng khối năm 2023. Đồng chí Đỗ Thị Lan, Phó Chủ "
            "tịch Hội Nông dân Việt Nam phát biểu.")
    assert r["cluster"]["chair"]["person"] is None


def test_officer_of_a_provincial_association_not_linked():
    r = rec(KHOI_CTXH + "Trung ương Hội Chữ thập đỏ Việt Nam là Trưởng khối năm 2023. Đồng chí Đỗ Văn Toàn, Phó Chủ tịch "
            "Hội Chữ thập đỏ tỉnh Nghệ An phát biểu tham luận.")
    assert r["cluster"]["chair"]["person"] is None


# --- R177-3: "A và B được Khối suy tôn dẫn đầu" -------------------------------------------------------------------------

def test_two_units_led_agent_between():
    r = rec(KHOI_TRUONG + "Trường Cao đẳng Kỹ thuật Cao Thắng và Trường Cao đẳng Công nghệ Thủ Đức được Khối suy tôn dẫn đầu.")
    assert ranks(r) == [(1, "Trường Cao đẳng Kỹ thuật Cao Thắng"), (1, "Trường Cao đẳng Công nghệ Thủ Đức")]


def test_three_units_led_agent_and_agreement_between():
    r = rec(KHOI_TRUONG + "Trường Cao đẳng A, Trường Cao đẳng B và Trường Cao đẳng Công nghệ Thủ Đức được các đơn vị thống "
            "nhất bình chọn dẫn đầu.")
    assert ranks(r) == [(1, "Trường Cao đẳng A"), (1, "Trường Cao đẳng B"), (1, "Trường Cao đẳng Công nghệ Thủ Đức")]


def test_one_unit_led_agent_between():
    r = rec(KHOI_TRUONG + "Trường Cao đẳng Công nghệ Thủ Đức được Khối suy tôn dẫn đầu.")
    assert ranks(r) == [(1, "Trường Cao đẳng Công nghệ Thủ Đức")]


def test_person_and_unit_before_agent_only_unit_led():
    r = rec(KHOI_TRUONG + "Ông Nguyễn Văn An và Trường Cao đẳng Công nghệ Thủ Đức được Khối suy tôn dẫn đầu.")
    assert ranks(r) == [(1, "Trường Cao đẳng Công nghệ Thủ Đức")]


def test_units_proposed_for_award_are_not_ranked():
    r = rec(KHOI_TRUONG + "Trường Cao đẳng Kỹ thuật Cao Thắng và Trường Cao đẳng Công nghệ Thủ Đức được Khối đề nghị Bộ "
            "tặng Bằng khen.")
    assert ranks(r) == []
