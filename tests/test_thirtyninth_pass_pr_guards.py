"""Thirty-ninth pass, review of x39pr: the near forms where its rules misfired on ordinary text (the bare honorific after a
comma or a semicolon, the story verbs, the staff words of a byline, a name's line break). Examples written for these tests."""
from tdkt_extract import extract

HEAD = "Sáng 18/12/2023, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023."


def person(text, name):
    return {p.name: p for p in extract(text).people}[name]


def roles(text, name):
    return sorted(person(text, name).roles)


# pr-1..pr-5: a fronted clause of another time
def test_fronted_clause_other_year_gives_no_role():  # pr-1
    t = HEAD + " Bà Vũ Thị Hạnh, Giám đốc Sở Tài chính dự hội nghị.\nNăm 2021, bà chủ trì lễ ký kết giao ước thi đua của Cụm.\n"
    assert roles(t, "Vũ Thị Hạnh") == ["attended"]


def test_fronted_clause_other_meeting_year_gives_no_role():  # pr-2
    t = HEAD + " Ông Đỗ Minh Khôi, Giám đốc Sở Xây dựng dự hội nghị.\nDịp sơ kết năm 2020, ông chủ trì hội nghị tại huyện Yên Thành.\n"
    assert roles(t, "Đỗ Minh Khôi") == ["attended"]


def test_fronted_role_clause_other_year_gives_no_role():  # pr-3
    t = HEAD + " Ông Đỗ Minh Khôi, Giám đốc Sở Xây dựng dự hội nghị.\nLà Cụm trưởng năm 2019, ông chỉ đạo sửa đổi quy chế của Cụm.\n"
    assert roles(t, "Đỗ Minh Khôi") == ["attended"]


def test_fronted_clause_of_former_post_gives_no_role():  # pr-4
    t = HEAD + " Đồng chí Lương Văn Tâm, Giám đốc Sở Nội vụ dự hội nghị.\nKhi còn làm Bí thư huyện Anh Sơn, đồng chí chủ trì hội nghị cụm các huyện miền núi.\n"
    assert roles(t, "Lương Văn Tâm") == ["attended"]


def test_fronted_clause_earlier_gives_no_role():  # pr-5
    t = HEAD + " Ông Đỗ Minh Khôi, Giám đốc Sở Xây dựng dự hội nghị.\nTrước đó, ông chủ trì đoàn kiểm tra chéo các đơn vị trong Cụm.\n"
    assert roles(t, "Đỗ Minh Khôi") == ["attended"]


# pr-6..pr-10: the honorific opening another person's description
def test_fronted_clause_honorific_before_representative():  # pr-6
    t = HEAD + " Bà Vũ Thị Hạnh, Giám đốc Sở Tài chính dự hội nghị.\nMở đầu hội nghị, bà đại diện Sở Lao động trình bày dự thảo báo cáo.\n"
    assert roles(t, "Vũ Thị Hạnh") == ["attended"]


def test_fronted_clause_comrade_representative():  # pr-7
    t = HEAD + " Đồng chí Lương Văn Tâm, Giám đốc Sở Nội vụ, Cụm trưởng chủ trì.\nTheo chương trình, đồng chí đại diện Sở Giao thông thông qua dự thảo quy chế.\n"
    assert roles(t, "Lương Văn Tâm") == ["presided"]


def test_fronted_clause_comrade_in_charge():  # pr-8
    t = HEAD + " Đồng chí Lương Văn Tâm, Giám đốc Sở Nội vụ chủ trì.\nKết thúc phần thảo luận, đồng chí phụ trách thi đua của Sở Tư pháp báo cáo kết quả chấm điểm.\n"
    assert roles(t, "Lương Văn Tâm") == ["presided"]


def test_semicolon_honorific_before_noun():  # pr-9
    t = HEAD + " Dự hội nghị có bà Vũ Thị Hạnh, Giám đốc Sở Tài chính; bà chủ nhiệm hợp tác xã Đồng Tiến cũng phát biểu.\n"
    assert roles(t, "Vũ Thị Hạnh") == ["attended"]


def test_semicolon_honorific_before_post():  # pr-10
    t = HEAD + " Dự hội nghị có ông Đỗ Minh Khôi, Giám đốc Sở Xây dựng; ông trưởng phòng thi đua của Sở báo cáo tổng hợp.\n"
    assert roles(t, "Đỗ Minh Khôi") == ["attended"]


# pr-11..pr-13: the story verbs
def test_story_verb_at_the_ceremony_keeps_spoke():  # pr-11
    t = HEAD + "\nTại buổi lễ, bà Vũ Thị Hạnh, Giám đốc Sở Tài chính kể về cách đơn vị tiết kiệm chi thường xuyên.\n"
    assert roles(t, "Vũ Thị Hạnh") == ["spoke"]


def test_story_verb_at_the_signing_keeps_spoke():  # pr-12
    t = HEAD + "\nÔng Đỗ Minh Khôi, Giám đốc Sở Xây dựng kể lại về cách chấm điểm tại lễ ký kết giao ước thi đua năm 2024.\n"
    assert roles(t, "Đỗ Minh Khôi") == ["spoke"]


def test_story_verb_joined_to_a_speech_verb_keeps_spoke():  # pr-13
    t = HEAD + " Ông Đỗ Minh Khôi, Giám đốc Sở Xây dựng dự hội nghị.\nÔng Khôi kể về khó khăn của ngành và kiến nghị Cụm sớm sửa quy chế.\n"
    assert roles(t, "Đỗ Minh Khôi") == ["attended", "spoke"]


# pr-14: the board on a line of its own is the writer's unit
def test_byline_board_on_its_own_line_is_a_unit():  # pr-14
    p = person(HEAD + "\nMai Anh\nBan Biên tập\n", "Mai Anh")
    assert p.title == "Ban Biên tập"


# pr-15, pr-16: a line break after a name before two words of a place and a comma
def test_name_break_before_a_city_and_a_list():  # pr-15
    t = HEAD + " Lãnh đạo tỉnh tặng hoa chúc mừng bà Lê Thu\nĐà Lạt, Bảo Lộc là hai đơn vị dẫn đầu khối.\n"
    assert "Lê Thu" in {p.name for p in extract(t).people}


def test_name_break_before_a_list_of_towns():  # pr-16
    t = HEAD + " Dự hội nghị có đồng chí Hồ Lam\nHoàng Mai, Thái Hòa, Cửa Lò được biểu dương.\n"
    assert "Hồ Lam" in {p.name for p in extract(t).people}
