"""Thirty-sixth pass, people, guards of the review of x36pp: near forms where its rules misfired on text read right before
(the noun "tiếng nói" in a unit's name, a contribution presented or reported as the report's object, a national body whose
name holds "về" after a degree). Examples written for these tests."""

from record_views import people_by_name

LEAD = "Ngày 18/1/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2023. "
PRESS = "Ngày 26/12/2023, Khối thi đua các cơ quan báo chí tổ chức hội nghị tổng kết năm 2023. "
CENTRAL = "Ngày 9/1/2024, Khối thi đua các cơ quan Trung ương tổ chức hội nghị tổng kết năm 2023. "


# --- pp-1: "tiếng nói" (voice) is a noun in any case: "Đài Tiếng nói Nhân dân" holds no verb "nói"


def test_voice_in_a_stations_name_is_no_speech(rec):
    r = rec(PRESS + "Bà Đinh Thị Yến, biên tập viên Đài Tiếng nói Nhân dân Thành phố Hồ Chí Minh tham dự hội nghị.")
    assert "spoke" not in people_by_name(r)["Đinh Thị Yến"]["roles"]


# --- pp-2 .. pp-7: a contribution presented or reported is the report's object: reported only


def test_a_contribution_report_heard_of_a_person_is_reported(rec):
    r = rec(LEAD + "Hội nghị nghe báo cáo tham luận của bà Hoàng Thị Vân, Phó Chủ tịch UBND huyện Yên Sơn về chuyển đổi số.")
    assert people_by_name(r)["Hoàng Thị Vân"]["roles"] == ["reported"]


def test_a_contribution_presented_with_its_classifier_is_reported(rec):
    r = rec(LEAD + "Ông Ma Văn Cường, Trưởng phòng Nội vụ huyện Chiêm Hóa trình bày bài tham luận về cải cách hành chính.")
    assert people_by_name(r)["Ma Văn Cường"]["roles"] == ["reported"]


def test_contributions_presented_with_their_number_are_reported(rec):
    r = rec(LEAD + "Bà Hoàng Thị Vân, Phó Chủ tịch UBND huyện Yên Sơn trình bày 3 tham luận của huyện về nông thôn mới.")
    assert people_by_name(r)["Hoàng Thị Vân"]["roles"] == ["reported"]


def test_a_contribution_presented_heard_of_a_person_is_reported(rec):
    r = rec(LEAD + "Hội nghị nghe trình bày tham luận của ông Ma Văn Cường, Trưởng phòng Nội vụ huyện Chiêm Hóa về khen thưởng.")
    assert people_by_name(r)["Ma Văn Cường"]["roles"] == ["reported"]


def test_a_contribution_presented_in_summary_is_reported(rec):
    r = rec(LEAD + "Ông Ma Văn Cường, Trưởng phòng Nội vụ huyện Chiêm Hóa trình bày tóm tắt tham luận của đơn vị.")
    assert people_by_name(r)["Ma Văn Cường"]["roles"] == ["reported"]


def test_a_report_made_by_a_contribution_is_reported(rec):
    r = rec(LEAD + "Bà Hoàng Thị Vân, Phó Chủ tịch UBND huyện Yên Sơn báo cáo bằng tham luận về công tác thi đua.")
    assert people_by_name(r)["Hoàng Thị Vân"]["roles"] == ["reported"]


# --- pp-8: a national body whose name holds "về" after its level ("Nhà nước", "Trung ương", "Quốc gia") stays in the title
# when a degree stands before the name


def test_a_national_body_named_with_ve_after_a_degree_stays_in_the_title(rec):
    r = rec(CENTRAL + "Hội nghị nghe ý kiến của PGS.TS Trần Quốc Việt, Phó Chủ tịch Ủy ban Quốc gia về người cao tuổi Việt Nam.")
    assert people_by_name(r)["Trần Quốc Việt"]["title"] == "Phó Chủ tịch Ủy ban Quốc gia về người cao tuổi Việt Nam"
