"""Guards on the thirty-third pass's page rules (PAGE-2, a name in capitals between the page's date line and the lead;
PAGE-3, a short byline with the page's date on its line): near forms of ordinary pages where they must not fire, each on an
invented example."""
from record_views import people_by_name

HEAD = "Khối thi đua các cơ quan Đảng, đoàn thể tỉnh Lào Cai tổng kết năm 2024\n"
DATE = "Thứ Sáu, 20/12/2024 - 10:05\n"
LEAD = ("Chiều 19/12, Khối thi đua các cơ quan Đảng, đoàn thể tỉnh Lào Cai tổ chức hội nghị tổng kết công tác thi đua, "
        "khen thưởng năm 2024.\n")
BODY = ("Năm 2024, các đơn vị trong Khối đã hoàn thành tốt các chỉ tiêu được giao.\n"
        "Hội nghị đã thống nhất suy tôn Ban Tuyên giáo Tỉnh ủy dẫn đầu phong trào thi đua của Khối.\n")


def _no_author(r, line):
    assert r["author"] is None, line
    assert all("author" not in p["roles"] for p in r["people"]), line


# RVPG-1: a section's label or a kicker in capitals, no family name opening it, is no pen name

def test_a_section_label_in_capitals_under_the_date_line_is_no_byline(rec):
    for line in ("NHỊP SỐNG CƠ SỞ", "GÓC NHÌN MỚI", "HƯỚNG VỀ BIÊN GIỚI"):
        r = rec(HEAD + DATE + line + "\n" + LEAD + BODY)
        _no_author(r, line)
        assert r["published"] == "2024-12-20", line
    # (a pen name of two given names, a middle name first, is still the byline there)
    r = rec(HEAD + DATE + "MINH TÂM\n" + LEAD + BODY)
    assert r["author"] == "MINH TÂM"


# RVPG-2: a label that opens with a word that is also a family name

def test_a_label_opening_with_a_family_name_word_is_no_byline(rec):
    # (three words or more: no middle name nor second family name after the first word)
    for line in ("ĐOÀN KẾT VÙNG CAO", "QUAN TÂM CƠ SỞ"):
        r = rec(HEAD + DATE + line + "\n" + LEAD + BODY)
        _no_author(r, line)
    # (two words, the first written in lower case in the article, "suy tôn": a word, not the family name)
    r = rec(HEAD + DATE + "TÔN VINH\n" + LEAD + BODY)
    _no_author(r, "TÔN VINH")
    # (a full name, the family name first, and a middle name after it, is still the byline)
    r = rec(HEAD + DATE + "ĐOÀN THỊ THANH\n" + LEAD + BODY)
    assert r["author"] == "ĐOÀN THỊ THANH"
    assert people_by_name(r)["ĐOÀN THỊ THANH"]["roles"] == ["author"]


# RVPG-3: the reporter's word before a paper or a desk is no person

def test_a_staff_word_before_a_paper_or_a_desk_is_no_byline(rec):
    for line in ("PV ĐÀI PHÁT THANH TRUYỀN HÌNH", "PHÓNG VIÊN BAN THỜI SỰ", "CTV THƯỜNG TRÚ"):
        r = rec(HEAD + DATE + line + "\n" + LEAD + BODY)
        _no_author(r, line)


# RVPG-4: the site's account with the page's date on the last line is nobody

def test_a_site_account_with_the_date_on_the_last_line_is_no_byline(rec):
    for line in ("Admin (21/12/2024)", "Webmaster - 21/12/2024"):
        r = rec(HEAD + LEAD + BODY + "Hội nghị kết thúc cùng ngày./.\n" + line + "\n")
        _no_author(r, line)
        assert r["published"] == "2024-12-21", line  # (the date beside the account is still the page's)
    # (initials with the date there are still the byline)
    r = rec(HEAD + LEAD + BODY + "Hội nghị kết thúc cùng ngày./.\n" + "H.V - 21/12/2024\n")
    assert r["author"] == "H.V"
