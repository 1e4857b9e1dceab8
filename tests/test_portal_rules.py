"""Rules added from the phrasing of portals the library had not seen (own examples, one per rule)."""


def people(r):
    return {p["name"]: p for p in r["people"]}


# --- cluster mentions ------------------------------------------------------------------------
def test_role_word_is_not_a_cluster_mention(rec):
    r = rec("Ngày 5/12/2024, Sở Xây dựng (đơn vị Trưởng khối) tổ chức hội nghị tổng kết công tác thi đua năm 2024 "
            "của Khối thi đua Kinh tế - Hạ tầng.")
    assert r["cluster"]["name"] == "Khối thi đua Kinh tế - Hạ tầng"


def test_descriptor_opening_with_a_function_word_names_no_cluster(rec):
    r = rec("Ngày 3/3/2024, các đơn vị góp ý cho dự thảo quy chế của khối như: chế độ họp, cách chấm điểm. "
            "Khối doanh nghiệp - thương mại dịch vụ được thành lập năm 2010 gồm 12 công ty.")
    assert r["cluster"]["name"] == "Khối doanh nghiệp - thương mại dịch vụ"


# --- people ----------------------------------------------------------------------------------
LEAD = "Ngày 10/1/2024, tại Sở Nội vụ, Cụm thi đua số 5 tổ chức Hội nghị tổng kết năm 2023.\n\n"


def test_coordinated_subject_shares_the_verb_and_titles_end_at_the_next_honorific(rec):
    r = rec(LEAD + "Ông Đặng Văn Khải - Giám đốc Sở Tài chính và ông Lò Minh Tú - Giám đốc Sở Tư pháp đồng chủ trì hội nghị.")
    p = people(r)
    assert p["Đặng Văn Khải"]["title"] == "Giám đốc Sở Tài chính"
    assert p["Đặng Văn Khải"]["roles"] == ["presided"]
    assert p["Lò Minh Tú"]["roles"] == ["presided"]


def test_unit_role_after_a_dash_stays_in_the_title_and_gives_the_chair(rec):
    r = rec(LEAD + "Phát biểu tại hội nghị, đồng chí Hà Văn Chánh, Chánh án TAND huyện Mỹ Lâm - đơn vị Cụm trưởng "
                   "nêu rõ kết quả năm qua.")
    p = people(r)["Hà Văn Chánh"]  # a given name that is also the first word of a position
    assert p["title"] == "Chánh án TAND huyện Mỹ Lâm - đơn vị Cụm trưởng"
    assert r["cluster"]["chair"] == {"organization": "TAND huyện Mỹ Lâm", "person": "Hà Văn Chánh"}


def test_passing_a_plan_is_reporting(rec):
    r = rec(LEAD + "Bà Vi Thị Nga, Chủ tịch Hội Nông dân huyện thông qua kế hoạch hoạt động của cụm năm 2024.")
    assert people(r)["Vi Thị Nga"]["roles"] == ["reported"]
