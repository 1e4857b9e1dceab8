"""Thirty-third pass, people and the chair's person: forms reviewers found misread (examples written for these tests)."""
from record_views import people_by_name, people_rows

_OPEN = "Ngày 14/12/2023, Cụm thi đua số 6 tỉnh Lào Cai tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
_BLOC = "Ngày 5/1/2024, Khối thi đua số 3 tỉnh Hà Giang tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"


def _roles(r, name):
    return people_by_name(r)[name]["roles"]


# ORD-2: the list of an attending lead ends at a ";" where the person after it has a verb of his own

def test_a_verb_of_his_own_after_the_semicolon_ends_the_attending_list(rec):
    r = rec(_OPEN + "Đến dự hội nghị có bà Hoàng Thị Mai, Phó Trưởng Ban Thi đua - Khen thưởng tỉnh; ông Vũ Đức Lâm, "
            "Chủ tịch UBND huyện Bát Xát, Cụm trưởng chủ trì hội nghị.")
    assert _roles(r, "Hoàng Thị Mai") == ["attended"]
    assert _roles(r, "Vũ Đức Lâm") == ["presided"]


def test_a_semicolon_list_without_a_verb_of_his_own_still_attends(rec):
    # (no verb of his own after the second person: both are the lead's)
    r = rec(_OPEN + "Đến dự hội nghị có bà Hoàng Thị Mai, Phó Trưởng Ban Thi đua - Khen thưởng tỉnh; ông Vũ Đức Lâm, "
            "Chủ tịch UBND huyện Bát Xát.")
    assert _roles(r, "Hoàng Thị Mai") == ["attended"]
    assert _roles(r, "Vũ Đức Lâm") == ["attended"]


def test_a_verb_after_a_comma_list_keeps_the_attending_lead(rec):
    # (no ";" between: the person stays one of those the lead lists)
    r = rec(_OPEN + "Dự hội nghị có ông Vũ Đức Lâm, Chủ tịch UBND huyện Bát Xát phát biểu chào mừng.")
    assert _roles(r, "Vũ Đức Lâm") == ["attended", "spoke"]


# PPL-2: a second person named bare after "và", the shared verb right after him, is one more of the subject

def test_a_bare_second_name_after_one_honorific_shares_the_verb(rec):
    r = rec(_OPEN + "Đồng chí Phạm Quốc Huy và Nông Thị Thoa đồng chủ trì hội nghị.")
    assert people_rows(r) == [("Phạm Quốc Huy", "đồng chí", None, ["presided"]), ("Nông Thị Thoa", None, None, ["presided"])]
    r = rec(_OPEN + "Các ông Phạm Quốc Huy và Đặng Văn Kiên phát biểu tại hội nghị.")
    assert [(n, p["roles"]) for n, p in people_by_name(r).items()] == [("Phạm Quốc Huy", ["spoke"]), ("Đặng Văn Kiên", ["spoke"])]


def test_a_thai_family_name_after_the_plural_honorific(rec):
    # ("Lang" opens a person's name before a middle name, as "Ma" and "Vàng" do; not the district "Lang Chánh")
    r = rec(_OPEN + "Các đồng chí Hà Thị Nguyệt và Lang Văn Tuấn tham dự hội nghị.")
    assert [(n, p["roles"]) for n, p in people_by_name(r).items()] == [("Hà Thị Nguyệt", ["attended"]), ("Lang Văn Tuấn", ["attended"])]
    r = rec(_OPEN + "Đoàn công tác của huyện Lang Chánh do ông Trần Văn Quý dẫn đầu đến dự hội nghị.")
    assert [p["name"] for p in r["people"]] == ["Trần Văn Quý"]


def test_no_bare_name_after_one_honorific_without_the_verb_right_after(rec):
    # (a unit after "và", and a name that a verb does not follow: no second person)
    r = rec(_OPEN + "Đồng chí Phạm Quốc Huy và Công ty Điện lực Lào Cai phát biểu tại hội nghị.")
    assert [p["name"] for p in r["people"]] == ["Phạm Quốc Huy"]
    r = rec(_OPEN + "Ông Phạm Quốc Huy và Hoàng Liên Sơn của tỉnh đã đến dự hội nghị.")
    assert [p["name"] for p in r["people"]] == ["Phạm Quốc Huy"]


# RK-4: those named among the ones a proposal of commendation is for are no speakers

def test_the_people_proposed_for_a_commendation_are_not_speakers(rec):
    r = rec(_OPEN + "Cụm đề nghị khen thưởng cho 03 cá nhân, trong đó có bà Lù Thị Dung, Phó Chủ tịch UBND huyện Mường Khương.")
    assert _roles(r, "Lù Thị Dung") == []
    r = rec(_OPEN + "Hội nghị đề xuất UBND tỉnh tặng Bằng khen cho 2 cá nhân, trong đó có ông Vàng Seo Pao, Chủ tịch UBND xã Y Tý.")
    assert _roles(r, "Vàng Seo Pao") == []


def test_those_among_the_ones_who_proposed_a_task_still_spoke(rec):
    # (the proposal's object is no commendation: those among the ones who proposed spoke)
    r = rec(_OPEN + "Các đại biểu đề nghị Cụm tăng cường trao đổi kinh nghiệm, trong đó có bà Lù Thị Dung, Phó Chủ tịch UBND "
            "huyện Mường Khương.")
    assert _roles(r, "Lù Thị Dung") == ["spoke"]


# PPL-5: a teacher's word and the given name name again a person named before in full

def test_a_teacher_named_again_by_the_given_name(rec):
    r = rec("Ngày 20/5/2024, Cụm thi đua số 4 các trường THPT tổ chức hội nghị tổng kết năm học 2023 - 2024. Dự có TS Phan Văn Khôi, "
            "Hiệu trưởng Trường THPT Số 1. Thầy Khôi phát biểu về đổi mới phương pháp dạy học.")
    assert people_rows(r) == [("Phan Văn Khôi", None, "Hiệu trưởng Trường THPT Số 1", ["attended", "spoke"])]
    r = rec("Ngày 20/5/2024, Cụm thi đua số 4 các trường THPT tổ chức hội nghị tổng kết năm học 2023 - 2024. Dự có bà Mai Thị Huệ, "
            "Hiệu trưởng Trường THPT Số 2. Cô Huệ phát biểu về công tác chủ nhiệm.")
    assert people_rows(r) == [("Mai Thị Huệ", "bà", "Hiệu trưởng Trường THPT Số 2", ["attended", "spoke"])]


def test_a_teacher_word_of_the_other_gender_is_another_person(rec):
    # (a man's "ông" is no woman's "cô")
    r = rec("Ngày 20/5/2024, Cụm thi đua số 4 các trường THPT tổ chức hội nghị tổng kết năm học 2023 - 2024. Dự có ông Mai Văn Huệ, "
            "Hiệu trưởng Trường THPT Số 2. Cô Huệ phát biểu về công tác chủ nhiệm.")
    assert _roles(r, "Mai Văn Huệ") == ["attended"]


# ORD-4: a title's unit without the province names the chair unit written with it

def test_the_presider_heads_the_chair_unit_written_without_its_province(rec):
    r = rec("Ngày 22/12/2023, Sở Tài chính tỉnh Tuyên Quang - đơn vị Trưởng Khối thi đua số 1 năm 2023 tổ chức hội nghị tổng kết "
            "công tác thi đua, khen thưởng năm 2023.\nBà Ma Thị Hạnh, Giám đốc Sở Tài chính chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Sở Tài chính tỉnh Tuyên Quang", "person": "Ma Thị Hạnh"}


def test_the_presider_of_another_unit_is_not_the_chairs_person(rec):
    # (another unit, or the same kind of unit of another province: no person for the chair)
    r = rec("Ngày 22/12/2023, Sở Tài chính tỉnh Tuyên Quang - đơn vị Trưởng Khối thi đua số 1 năm 2023 tổ chức hội nghị tổng kết "
            "công tác thi đua, khen thưởng năm 2023.\nBà Ma Thị Hạnh, Giám đốc Sở Tư pháp chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Sở Tài chính tỉnh Tuyên Quang", "person": None}
    r = rec("Ngày 22/12/2023, Sở Tài chính tỉnh Tuyên Quang - đơn vị Trưởng Khối thi đua số 1 năm 2023 tổ chức hội nghị tổng kết "
            "công tác thi đua, khen thưởng năm 2023.\nBà Ma Thị Hạnh, Giám đốc Sở Tài chính tỉnh Hà Giang chủ trì hội nghị.")
    assert r["cluster"]["chair"]["person"] is None


# PPL-7: an honorific pair before a list names no one's gender

def test_an_honorific_pair_gives_no_honorific(rec):
    r = rec(_BLOC + "Tham dự có các ông, bà: Triệu Văn Long - Phó Chủ tịch UBND tỉnh; Hầu Thị Mai - Giám đốc Sở Nội vụ.")
    assert [(p["name"], p["honorific"]) for p in r["people"]] == [("Triệu Văn Long", None), ("Hầu Thị Mai", None)]


def test_an_honorific_of_its_own_is_kept(rec):
    r = rec(_BLOC + "Tham dự có ông Triệu Văn Long - Phó Chủ tịch UBND tỉnh; bà Hầu Thị Mai - Giám đốc Sở Nội vụ.")
    assert [(p["name"], p["honorific"]) for p in r["people"]] == [("Triệu Văn Long", "ông"), ("Hầu Thị Mai", "bà")]
