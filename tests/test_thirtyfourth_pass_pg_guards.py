"""Guards of the thirty-fourth pass's page-reading rules (x34pg): a section's name that is also a digest's, before the page's
date, is still a date line; a digest's bullet with no time of its own carries on the cluster's item. Examples written for
these tests."""

HEAD = "Khối thi đua các cơ quan Đảng tổng kết năm 2024\n\n"
LEAD = ("Sáng 14/01/2025, Khối thi đua các cơ quan Đảng tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng "
        "năm 2024 tại Hội trường Tỉnh ủy.\n\nBà Phan Thị Lan, Trưởng ban Dân vận Tỉnh ủy, Khối trưởng chủ trì hội nghị.\n")


# pg-1: a bar between a digest's name and the day: the page's date line
def test_a_section_name_and_a_bar_before_the_date_is_a_date_line(rec):
    assert rec(HEAD + "Bản tin | 15/01/2025\n\n" + LEAD)["published"] == "2025-01-15"


# pg-2: a dash and a weekday between
def test_a_section_name_a_dash_and_a_weekday_before_the_date_is_a_date_line(rec):
    assert rec(HEAD + "Tin nhanh - Thứ Tư, 15/01/2025\n\n" + LEAD)["published"] == "2025-01-15"


# pg-3: nothing between, a name of three words
def test_a_three_word_section_name_right_before_the_date_is_a_date_line(rec):
    assert rec(HEAD + "Tin tổng hợp 15/01/2025\n\n" + LEAD)["published"] == "2025-01-15"


# pg-4: nothing between, a name of two words
def test_a_two_word_section_name_right_before_the_date_is_a_date_line(rec):
    assert rec(HEAD + "Bản tin 15/01/2025\n\n" + LEAD)["published"] == "2025-01-15"


# pg-5: above the headline, a bar and a weekday between
def test_a_section_date_line_above_the_headline(rec):
    assert rec("Tin vắn | Thứ Tư, 15/01/2025\n\n" + HEAD + LEAD)["published"] == "2025-01-15"


# pg-6: a dash between
def test_a_section_name_and_a_dash_before_the_date_is_a_date_line(rec):
    assert rec(HEAD + "Điểm báo - 15/01/2025\n\n" + LEAD)["published"] == "2025-01-15"


# pg-7: a digest's bullet that carries on the cluster's item ("- Tại hội nghị, ...") is the meeting's
def test_a_digests_bullet_carrying_on_the_clusters_item_is_kept(rec):
    r = rec("Bản tin thời sự tối 14/1/2025\n\n"
            "- Sáng 14/1, Khối thi đua các cơ quan Đảng tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2024. Bà Phan Thị Lan, "
            "Trưởng ban Dân vận Tỉnh ủy, Khối trưởng chủ trì.\n\n"
            "- Tại hội nghị, ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh cho Ban Dân vận Tỉnh ủy.\n\n"
            "- Chiều cùng ngày, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội thi cắm hoa.\n")
    assert "Nguyễn Văn Hùng" in [p["name"] for p in r["people"]]
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("Ban Dân vận Tỉnh ủy", "Cờ thi đua của UBND tỉnh")]


# pg-8: a list under the cluster's item (its guests, one a bullet) is the meeting's; the next numbered item, its own time
# first, is another event
def test_a_list_under_the_clusters_item_is_kept(rec):
    r = rec("Bản tin thời sự trưa 15/1/2025\n\n"
            "1. Sáng 14/1, Khối thi đua các cơ quan Đảng tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2024.\n"
            "Tham dự hội nghị có:\n"
            "- Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh;\n"
            "- Bà Trần Thị Thu, Phó Trưởng ban Thi đua - Khen thưởng tỉnh.\n\n"
            "2. Chiều 14/1, Sở Y tế tổ chức lễ trao giấy khen. Ông Lê Văn Sơn, Giám đốc Sở phát biểu.\n")
    names = [p["name"] for p in r["people"]]
    assert "Nguyễn Văn Hùng" in names and "Trần Thị Thu" in names
    assert "Lê Văn Sơn" not in names
