"""The normalizer's rewrites, each with its offsets traced back to the input."""
import pytest

from tdkt_extract.normalize import normalize


@pytest.mark.parametrize("raw,norm", [
    ("Hoà Bình", "Hòa Bình"),  # old-style tone placement at a word's end moves to the first vowel
    ("thuỷ lợi, khoẻ mạnh", "thủy lợi, khỏe mạnh"),
    ("hoá.", "hóa."),
    ("quý, Quỳ Hợp", "quý, Quỳ Hợp"),  # "qu": the u is part of the consonant, the tone stays
    ("hoàn thành, toàn", "hoàn thành, toàn"),  # inside a word: not the old placement
])
def test_old_style_tone_marks(raw, norm):
    n = normalize(raw)
    assert n.text == norm
    assert len(n.text) == len(raw) and n.to_original(0, len(n.text)) == (0, len(raw))


def test_a_hard_wrap_after_a_word_no_line_ends_with_is_a_space():
    from tdkt_extract.normalize import normalize
    n = normalize("Tổng kết năm\n\nHội nghị bầu cụm trưởng năm\n2025 là\nUBND huyện Lạc Sơn. Xong\nCâu mới")
    assert n.text == "Tổng kết năm\n\nHội nghị bầu cụm trưởng năm 2025 là UBND huyện Lạc Sơn. Xong\nCâu mới"


def test_a_hard_wrapped_text_joins_its_long_lines_before_capitals_too():
    from tdkt_extract.normalize import normalize
    line1 = "Hội nghị đã thống nhất đề nghị tặng cờ thi đua năm 2024 cho đơn vị Ủy ban MTTQ"
    text = ("TỔNG KẾT CÔNG TÁC THI ĐUA KHỐI CÁC CƠ QUAN ĐOÀN THỂ TỈNH NĂM 2024\n"
            "Ngày 10/1/2025, các đơn vị trong cụm đã tổ chức hội nghị tổng kết công tác\n"
            "thi đua năm 2024 tại hội trường của Ủy ban nhân dân huyện Lạc Sơn, với sự\n"
            "tham dự của lãnh đạo các đơn vị thành viên và đại biểu các sở, ngành của\n"
            "tỉnh. " + line1 + "\nViệt Nam huyện Tân Hà.\nBáo Lạc Sơn")
    n = normalize(text).text
    assert line1 + " Việt Nam huyện Tân Hà." in n
    assert n.startswith("TỔNG KẾT CÔNG TÁC THI ĐUA KHỐI CÁC CƠ QUAN ĐOÀN THỂ TỈNH NĂM 2024\nNgày")  # a heading in capitals stays a line
    assert n.endswith("Tân Hà.\nBáo Lạc Sơn")
    # a text not set in wrapped lines keeps its lines
    plain = "Cụm thi đua số 3 tổng kết năm 2024 và triển khai nhiệm vụ công tác năm 2025 của cụm\nNgày 10/1/2025, Cụm thi đua số 3 tổ chức hội nghị."
    assert normalize(plain).text == plain


# a text set at a width of about 80 characters whose lines go on in capitals (names), with few breaks before lower case
_SET_AT_WIDTH = (
    "Ngày 12/1/2024, tại Hội trường Sở Tư pháp, Khối thi đua Nội chính gồm các đơn vị:\n"
    "Sở Tư pháp, Thanh tra tỉnh, Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh, Cục\n"
    "Thi hành án dân sự tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2023 của Khối.\n"
    "Dự hội nghị có đồng chí Lê Văn Hòa, Phó Trưởng Ban Thi đua - Khen thưởng tỉnh, cùng\n"
    "Lãnh đạo các đơn vị thành viên, Trưởng khối năm 2023 là Giám đốc Sở Tư pháp Nguyễn\n"
    "Thị Lan, Phó Trưởng khối là Chánh Thanh tra tỉnh Trần Văn Bình đã điều hành Hội\n"
    "Nghị tổng kết theo chương trình đã được thống nhất từ trước giữa các đơn vị trong Khối\n"
    "Thi đua Nội chính của tỉnh cùng với đại diện Văn phòng Ủy ban nhân dân tỉnh và Ban\n"
    "Thi đua - Khen thưởng tỉnh.\n"
    "Năm 2023, các đơn vị đã hoàn thành tốt nhiệm vụ.\n"
)


def test_a_text_set_at_a_width_joins_its_lines_before_capitals():
    n = normalize(_SET_AT_WIDTH).text
    assert "Cục Thi hành án dân sự tỉnh" in n and "Nguyễn Thị Lan" in n
    # (a colon at a line's end opens a list that runs on in the sentence)
    assert "gồm các đơn vị: Sở Tư pháp, Thanh tra tỉnh" in n
    assert n.endswith("Khen thưởng tỉnh.\nNăm 2023, các đơn vị đã hoàn thành tốt nhiệm vụ.\n")
    # (a numbered item after the colon stays on its line)
    numbered = _SET_AT_WIDTH.replace("gồm các đơn vị:\nSở Tư pháp,", "gồm các đơn vị:\n1. Sở Tư pháp,")
    assert "gồm các đơn vị:\n1. Sở Tư pháp" in normalize(numbered).text
    # a text whose paragraphs run on one line is not set at a width: a caption and the next paragraph stay apart
    plain = ("Đồng chí Lê Văn Hòa, Phó Trưởng Ban Thi đua - Khen thưởng tỉnh phát biểu tại hội nghị\n"
             + "Hội nghị đã thống nhất " + "các nội dung của năm 2024, " * 8 + "và ký kết giao ước thi đua.\n") * 4
    assert normalize(plain).text == plain


def test_a_wrapped_headline_after_its_comma_and_a_first_line_that_opens_as_a_lead():
    text = ("Khối thi đua các cơ quan Nội chính tổng kết công tác thi đua, khen thưởng năm 2023,\n"
            "triển khai nhiệm vụ năm 2024\n" + _SET_AT_WIDTH)
    assert normalize(text).text.startswith("Khối thi đua các cơ quan Nội chính tổng kết công tác thi đua, khen thưởng năm 2023, "
                                           "triển khai nhiệm vụ năm 2024\nNgày 12/1/2024")
    assert normalize(_SET_AT_WIDTH).text.startswith("Ngày 12/1/2024, tại Hội trường Sở Tư pháp, Khối thi đua Nội chính gồm các đơn vị: "
                                                    "Sở Tư pháp")


def test_in_a_text_set_at_a_width_a_semicolon_a_name_s_dash_a_note_or_a_quote_go_on():
    text = ("Cụm thi đua số 2 tổng kết năm 2023\n"
            "Ngày 12/1/2024, Cụm thi đua số 2 gồm 8 Đài Phát thanh - Truyền hình các tỉnh tổ chức hội\n"
            "nghị tổng kết công tác thi đua, khen thưởng năm 2023 của các đơn vị trong cụm thi đua\n"
            "Trung du và miền núi phía Bắc với sự chủ trì của đơn vị Cụm trưởng năm 2023 là Đài\n"
            "Phát thanh - Truyền hình tỉnh Thái Nguyên và đơn vị Cụm phó năm 2023 là Đài Phát thanh\n"
            "Truyền hình tỉnh Bắc Kạn; tham dự có đại diện Lãnh đạo các Sở: Lao động, Thương binh và Xã hội\n"
            "(Khối trưởng), Giáo dục và Đào tạo (Khối phó) và các đơn vị thành viên trong cụm;\n"
            "Công ty A, Công ty B cùng các đơn vị khác trong cụm tham gia phong trào Đài Phát thanh\n"
            "- Truyền hình các tỉnh với chủ đề của năm là phong trào thi đua được phát động là\n"
            "“Đoàn kết, sáng tạo” cùng nhiều nội dung khác đã được các đơn vị thống nhất thực hiện\n"
            "với quyết tâm cao trong cả năm.\n"
            "(Báo Lạc Sơn) - Sáng 12/1, một hội nghị khác.\n")
    n = normalize(text).text
    assert "Xã hội (Khối trưởng)" in n
    # (a line that ends on ";" goes on when the next line is no item; a dash between two lines of prose goes on a name)
    assert "trong cụm; Công ty A" in n and "Phát thanh - Truyền hình" in n
    assert "là “Đoàn kết" in n
    # (a source in brackets before a dash opens a lead: its line stays)
    assert "năm.\n(Báo Lạc Sơn)" in n


def test_in_a_text_set_at_a_width_a_byline_stays_on_its_line():
    text = _SET_AT_WIDTH + ("Đồng chí Lê Văn Hòa, Phó Trưởng Ban Thi đua - Khen thưởng tỉnh phát biểu kết luận hội nghị\n"
                            "Lê Mạnh - Ban Nội chính\n")
    assert normalize(text).text.endswith("phát biểu kết luận hội nghị\nLê Mạnh - Ban Nội chính\n")


_WIDTH_LEAD = ("Khối thi đua các doanh nghiệp tỉnh tổng kết năm 2023\n"
               "Ngày 12/1/2024, tại Hội trường Công ty Cổ phần Cấp nước Lạc Sơn, Khối thi đua các\n"
               "doanh nghiệp tỉnh Lạc Sơn tổ chức hội nghị tổng kết công tác thi đua, khen thưởng\n"
               "năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đồng chí Lê Văn Hòa, Phó\n"
               "Trưởng Ban Thi đua - Khen thưởng tỉnh và lãnh đạo các đơn vị thành viên trong khối.\n")


@pytest.mark.parametrize("items", [
    "1. Công ty TNHH Một thành viên Khai thác công trình thủy lợi tỉnh Lạc Sơn;\n2. Công ty Cổ phần Cấp nước Lạc Sơn;\n"
    "3. Công ty Cổ phần Môi trường và Dịch vụ đô thị thành phố Lạc Sơn tỉnh Lạc Sơn;\n4. Công ty TNHH Xổ số kiến thiết.",
    "a) Công ty TNHH Một thành viên Khai thác công trình thủy lợi tỉnh Lạc Sơn;\nb) Công ty Cổ phần Cấp nước Lạc Sơn;\n"
    "c) Công ty Cổ phần Môi trường và Dịch vụ đô thị thành phố Lạc Sơn tỉnh Lạc Sơn;\nd) Công ty TNHH Xổ số kiến thiết.",
    "- Công ty TNHH Một thành viên Khai thác công trình thủy lợi tỉnh Lạc Sơn\n- Công ty Cổ phần Cấp nước Lạc Sơn\n"
    "- Công ty Cổ phần Môi trường và Dịch vụ đô thị thành phố Lạc Sơn tỉnh Lạc Sơn\n- Công ty TNHH Xổ số kiến thiết.",
])
def test_in_a_text_set_at_a_width_the_items_of_a_list_keep_their_lines(items):
    text = _WIDTH_LEAD + "Khối thi đua gồm 4 doanh nghiệp thành viên:\n" + items + "\n"
    assert normalize(text).text.endswith("thành viên:\n" + items + "\n")


def test_in_a_text_set_at_a_width_a_source_before_a_lead_s_word_opens_the_lead_and_a_last_word_is_no_byline():
    text = ("(HBĐT) Ngày 12/1/2024, tại Hội trường Sở Tư pháp, Khối thi đua Nội chính tỉnh Lạc\n"
            "Sơn tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai\n"
            "nhiệm vụ năm 2024. Dự hội nghị có đồng chí Lê Văn Hòa, Phó Trưởng Ban Thi đua - Khen\n"
            "thưởng tỉnh; lãnh đạo các đơn vị thành viên trong khối. Hội nghị đã bầu Khối trưởng năm\n"
            "2024 là Thanh tra tỉnh, Khối phó năm 2024 là Cục Thi hành án dân sự tỉnh Lạc\nSơn.\n"
            "LÊ MẠNH\n")
    n = normalize(text).text
    assert "tỉnh Lạc Sơn tổ chức" in n and n.endswith("Cục Thi hành án dân sự tỉnh Lạc Sơn.\nLÊ MẠNH\n")


def test_a_text_set_in_narrow_lines_joins_them_as_a_wide_one():
    # (a newspaper's column or a PDF's: 40-60 characters to a line, its long lines below 60)
    import textwrap
    paragraphs = _SET_AT_WIDTH.replace("\n", " ").replace("  ", " ").split("Năm 2023,")
    for width in (40, 50, 60):
        narrow = "\n".join(textwrap.wrap(paragraphs[0], width)) + "\nNăm 2023," + paragraphs[1].rstrip() + "\n"
        n = normalize(narrow).text
        assert "Cục Thi hành án dân sự tỉnh" in n and "Nguyễn Thị Lan" in n, width
        assert n.count("\n") == 2, width  # (the first paragraph on one line, then the second)
    # short lines that are not set at a width keep them: a list of units, one a line, under a lead
    listed = ("Ngày 12/1/2024, Khối thi đua Nội chính tổng kết năm 2023.\nKhối gồm các đơn vị sau đây\n"
              + "".join(f"Phòng Tư pháp huyện Tân Phú số {i}\n" for i in range(10)))
    assert normalize(listed).text == listed


def test_a_wrapped_first_line_after_a_crawlers_date_goes_on_as_a_lead():
    # (the crawler's date glued before the page's first line is no headline's end)
    body = _SET_AT_WIDTH.split("\n", 1)[1]
    text = ("date 2024-01-12 Sáng 12/1, tại Hội trường Sở Tư pháp, Khối thi đua Nội chính gồm Sở\n"
            "Tư pháp, Thanh tra tỉnh và Tòa án nhân dân tỉnh tổ chức hội nghị tổng kết năm 2023 của\n" + body)
    assert "gồm Sở Tư pháp, Thanh tra tỉnh" in normalize(text).text


def test_a_headline_wrapped_once_goes_on_to_its_tail():
    import textwrap
    lead = ("Ngày 12/1/2024, tại Hội trường Sở Tư pháp, Khối thi đua các cơ quan Nội chính tỉnh tổ chức hội nghị tổng kết "
            "công tác thi đua, khen thưởng năm 2023 và triển khai nhiệm vụ năm 2024 với sự tham dự của lãnh đạo các đơn vị "
            "trong Khối, đại diện lãnh đạo Ban Thi đua - Khen thưởng tỉnh và các phòng, ban chuyên môn của các đơn vị.")
    body = "\n".join(textwrap.wrap(lead, 60)) + "\n"
    head = "Khối thi đua các cơ quan Nội chính tỉnh tổng kết năm tại Sở Tư\n"
    n = normalize(head + "Pháp tỉnh Quảng Nam\n\n" + body).text
    assert n.startswith("Khối thi đua các cơ quan Nội chính tỉnh tổng kết năm tại Sở Tư Pháp tỉnh Quảng Nam\n")
    # (not into the page's date under it, a label's line or a breadcrumb's, nor into the lead's first line when no blank
    # line parts them)
    for tail in ("Thứ Năm, 12/01/2024 10:20", "Tác giả: Minh Châu", "Tin tức > Hoạt động"):
        assert normalize(head + tail + "\n\n" + body).text.startswith(head + tail), tail
    assert normalize(head + body).text.startswith(head + "Ngày 12/1/2024")


def test_markdown_marks_are_dropped_and_the_words_keep_their_offsets():
    text = ("# Cụm thi đua số 3 tổng kết năm 2023\n\n![Ảnh hội nghị](https://baotinh.vn/anh/1.jpg)\n\n"
            "**Ngày 12/1/2024**, tại [Sở Tư pháp](https://stp.vn/gioi-thieu \"Sở Tư pháp\"), Cụm thi đua số 3 tổ chức hội nghị.\n\n"
            "> Hội nghị thành công tốt đẹp.\n\n**Minh Anh**")
    n = normalize(text)
    assert n.text == ("Cụm thi đua số 3 tổng kết năm 2023\n\nNgày 12/1/2024, tại Sở Tư pháp, Cụm thi đua số 3 tổ chức hội nghị.\n\n"
                      "Hội nghị thành công tốt đẹp.\n\nMinh Anh")
    for word in ("Sở Tư pháp", "Ngày 12/1/2024", "Minh Anh", "Cụm thi đua số 3 tổng kết"):
        i = n.text.find(word)
        a, b = n.to_original(i, i + len(word))
        assert text[a:b] == word
    # (a text with no Markdown keeps its marks: a hashtag, brackets, an underscore in a name)
    plain = "#HoiNghi [Ảnh] Sở_A và (B)\nNgày 12/1/2024, Cụm thi đua số 3 tổ chức hội nghị."
    assert normalize(plain).text == plain


def test_a_markdown_page_reads_as_the_article(rec):
    r = rec("# Cụm thi đua số 3 tổng kết công tác thi đua năm 2023\n\n![Ảnh](https://baotinh.vn/anh/1.jpg)\n\n"
            "Ngày 12/1/2024, tại [Sở Tư pháp](https://stp.vn/), Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua "
            "năm 2023.\n\n**Minh Anh**")
    assert r["title"] == "Cụm thi đua số 3 tổng kết công tác thi đua năm 2023"
    assert r["meeting"]["venue"] == "Sở Tư pháp"
    assert r["author"] == "Minh Anh"


def test_a_crawlers_date_opens_its_line_after_a_page_line():
    # (its word is in lower case: no sentence goes on there)
    text = "Trang chủ > Tin tức > Thi đua khen thưởng\ndate 2023-11 Chiều 22-11, tại Công an tỉnh, Cụm thi đua số 6 tổ chức hội nghị."
    assert normalize(text).text == text


@pytest.mark.parametrize("indent", ["   ", "  ", "\t"])
def test_a_text_indented_and_set_at_a_width_joins_its_lines_before_capitals(indent):
    # (a text browser's dump of a page indents every line of a paragraph: the width is read on the lines without it)
    import textwrap
    paragraphs = _SET_AT_WIDTH.replace("\n", " ").replace("  ", " ").split("Năm 2023,")
    dumped = "\n".join(textwrap.wrap(paragraphs[0], 72, initial_indent=indent, subsequent_indent=indent))
    n = normalize(dumped + "\n").text
    assert "Cục Thi hành án dân sự tỉnh" in n and "Nguyễn Thị Lan" in n
    assert n.count("\n") == 1
