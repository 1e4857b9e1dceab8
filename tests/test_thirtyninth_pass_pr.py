"""Thirty-ninth pass (x39pr): pronoun subjects, story verbs, bylines with a source after a pipe, a writer's role note, names
split by a line break. Examples written for these tests."""
from tdkt_extract import extract

HEAD = "Ngày 12/12/2023, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2023"


def people(text):
    return {p.name: p for p in extract(text).people}


def roles(text, name):
    return sorted(people(text)[name].roles)


def test_pronoun_after_fronted_clause():
    t = HEAD + " dưới sự chủ trì của ông Lê Quang Vinh, Giám đốc Sở Xây dựng.\nPhát biểu bế mạc, ông đề nghị các sở nỗ lực hơn.\n"
    assert roles(t, "Lê Quang Vinh") == ["presided", "spoke"]


def test_pronoun_after_role_clause():
    t = HEAD + ". Ông Đinh Văn Khoa, Giám đốc Sở Công Thương, là người đứng đầu cụm.\nLà Cụm trưởng năm 2023, ông chủ trì hội nghị.\n"
    assert roles(t, "Đinh Văn Khoa") == ["presided"]


def test_pronoun_after_clause_other_gender_not_linked():
    t = HEAD + ". Ông Đinh Văn Khoa, Giám đốc Sở Công Thương dự hội nghị.\nPhát biểu tại hội nghị, bà đề nghị các đơn vị cố gắng.\n"
    assert roles(t, "Đinh Văn Khoa") == ["attended"]


def test_pronoun_after_semicolon():
    t = HEAD + ". Dự hội nghị có bà Hà Thị Lan, Phó Giám đốc Sở Nội vụ; bà phát biểu chúc mừng các đơn vị.\n"
    assert roles(t, "Hà Thị Lan") == ["attended", "spoke"]


def test_pronoun_after_semicolon_two_people_not_linked():
    t = HEAD + ". Dự hội nghị có bà Hà Thị Lan, Phó Giám đốc Sở Nội vụ, bà Vũ Thị Mai, Phó Giám đốc Sở Y tế; bà phát biểu chúc mừng.\n"
    assert roles(t, "Hà Thị Lan") == ["attended"]


def test_story_verb_with_topic_no_role():
    t = HEAD + ".\n\"Mỗi sáng chúng tôi họp nhanh 10 phút\", ông Lưu Văn Tiến, Giám đốc Trung tâm Y tế huyện Đông Sơn, kể về cách làm của đơn vị.\n"
    assert roles(t, "Lưu Văn Tiến") == []


def test_story_verb_before_meeting_sentence_no_role():
    t = ("Ở xã Tân Lập, tổ hợp tác mây tre có 40 thành viên. Bà Lò Thị Hằng, tổ trưởng, kể tổ mới thành lập năm ngoái.\n"
         + HEAD + " tại UBND huyện A.\n")
    assert roles(t, "Lò Thị Hằng") == []


def test_story_verb_at_meeting_keeps_role():
    t = HEAD + ".\nTại hội nghị, ông Lưu Văn Tiến, Giám đốc Trung tâm Y tế huyện Đông Sơn, kể về cách làm của đơn vị.\n"
    assert roles(t, "Lưu Văn Tiến") == ["spoke"]


def test_byline_with_source_after_pipe():
    r = extract(HEAD + ".\nTác giả: Minh Thư | Nguồn: Cổng TTĐT huyện Quỳnh Lưu\n")
    assert r.author == "Minh Thư"
    p = people(HEAD + ".\nTác giả: Minh Thư | Nguồn: Cổng TTĐT huyện Quỳnh Lưu\n")["Minh Thư"]
    assert p.roles == ["author"] and p.title is None


def test_byline_pipe_without_source_unchanged():
    r = extract(HEAD + ".\nTác giả: Minh Thư | Biên tập: Hoàng Lan\n")
    assert r.author != "Minh Thư | Biên tập: Hoàng Lan"


def test_byline_writer_role_note_no_title():
    p = people(HEAD + ".\nMinh Thư (CTV)\n")["Minh Thư"]
    assert p.roles == ["author"] and p.title is None


def test_byline_unit_in_brackets_kept():
    p = people(HEAD + ".\nMinh Thư (Phòng Tổ chức)\n")["Minh Thư"]
    assert p.title == "Phòng Tổ chức"


def test_name_split_before_two_words():
    t = HEAD + ".\nĐồng chí Trần Thị\nBích Ngọc, Phó Chủ tịch UBND huyện Yên Thành chủ trì hội nghị.\n"
    r = extract(t)
    ps = {p.name: p for p in r.people}
    assert ps["Trần Thị Bích Ngọc"].roles == ["presided"] and r.author is None


def test_name_break_before_unit_not_joined():
    t = HEAD + ".\nDự hội nghị có ông Lê Hùng\nCục Thuế, Kho bạc Nhà nước tỉnh cùng dự.\n"
    assert "Lê Hùng Cục Thuế" not in people(t)
