"""Thirty-third pass, guards on the people rules of x33pp: near forms on ordinary text where the new rules misfired
(examples written for these tests)."""
from record_views import people_by_name

_OPEN = "Ngày 18/12/2023, Cụm thi đua số 2 tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
_SCHOOL = "Ngày 25/5/2024, Cụm thi đua số 3 các trường THPT tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm học 2023 - 2024.\n"


def _p(r, name):
    return people_by_name(r)[name]


# ORD-2's rule: a verb inside an appositive telling of the person (", người đã ...", ", đơn vị đã ...") is not his own verb;
# the attending lead stays his, and the appositive's verb gives no role at this meeting (annotation.md §10)

def test_an_appositive_verb_after_the_semicolon_keeps_the_attending_lead(rec):
    r = rec(_OPEN + "Đến dự hội nghị có bà Hoàng Thị Mai, Phó Chủ tịch UBND tỉnh; ông Vũ Đức Lâm, Giám đốc Sở Xây dựng, "
            "người đã trực tiếp chỉ đạo phong trào thi đua của ngành năm qua.")
    assert _p(r, "Vũ Đức Lâm")["roles"] == ["attended"]
    r = rec(_OPEN + "Dự hội nghị có bà Hoàng Thị Mai, Phó Chủ tịch UBND tỉnh; ông Vũ Đức Lâm, Giám đốc Sở Y tế, "
            "đơn vị đã chủ trì giải bóng đá của Cụm năm 2022.")
    assert _p(r, "Vũ Đức Lâm")["roles"] == ["attended"]


# RK-4's rule: a commendation is the proposal's object only when it is proposed for those counted after it; the work or
# the rules of commendation as the proposal's topic leave the plural's speech

def test_a_proposal_about_the_work_of_commendation_is_still_speech(rec):
    r = rec(_OPEN + "Các đại biểu đã kiến nghị nhiều giải pháp đổi mới công tác thi đua, khen thưởng, trong đó có "
            "ông Lò Văn Xuân, Chủ tịch UBND huyện Mường Lát.")
    assert _p(r, "Lò Văn Xuân")["roles"] == ["spoke"]
    r = rec(_OPEN + "Nhiều đại biểu phát biểu, đề nghị sửa đổi tiêu chí xét tặng danh hiệu Tập thể lao động xuất sắc, trong đó có "
            "bà Cầm Thị Lan, Giám đốc Sở Nội vụ.")
    assert _p(r, "Cầm Thị Lan")["roles"] == ["spoke"]


# PPL-5's rule: a teacher's word inside a unit's or a place's name ("Trường Tiểu học Cô Bắc") names no one again

def test_a_teacher_word_inside_a_schools_name_is_no_mention(rec):
    r = rec(_SCHOOL + "Dự có bà Trịnh Thị Bắc, Phó Giám đốc Sở Giáo dục và Đào tạo. Trường Mầm non Cô Bắc trình bày tham luận "
            "về công tác bán trú.")
    assert _p(r, "Trịnh Thị Bắc")["roles"] == ["attended"]
    r = rec(_SCHOOL + "Dự có bà Trịnh Thị Bắc, Phó Giám đốc Sở Giáo dục và Đào tạo. Em Đỗ Văn Tùng, học sinh Trường THCS "
            "Cô Bắc, phát biểu cảm tưởng.")
    assert _p(r, "Trịnh Thị Bắc")["roles"] == ["attended"]


# PPL-7's rule: a place's name ending in "Bà" / "Ông" before a comma is no honorific pair

def test_a_place_ending_in_the_honorific_word_leaves_the_next_honorific(rec):
    r = rec(_OPEN + "Dự hội nghị có đại diện Ban Quản lý rừng phòng hộ Núi Ông, bà Lê Thị Thu, Phó Trưởng ban.")
    assert _p(r, "Lê Thị Thu")["honorific"] == "bà"
    r = rec(_OPEN + "Tham dự có đại diện phường Bãi Bà, ông Đỗ Văn Thịnh, Chủ tịch UBND phường.")
    assert _p(r, "Đỗ Văn Thịnh")["honorific"] == "ông"


# PPL-2's rule: the second of a coordinated subject named bare takes the honorific written before his name at the next mention

def test_a_bare_coordinated_name_takes_the_honorific_of_its_next_mention(rec):
    r = rec(_OPEN + "Bà Lê Thị Thu và Quách Văn Tiến đã phát biểu tại hội nghị. Ông Quách Văn Tiến, Giám đốc Sở Tư pháp "
            "đề nghị các đơn vị tăng cường phối hợp.")
    assert _p(r, "Quách Văn Tiến")["honorific"] == "ông"
    assert _p(r, "Lê Thị Thu")["honorific"] == "bà"
