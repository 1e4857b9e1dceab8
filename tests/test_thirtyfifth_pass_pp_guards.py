"""Thirty-fifth pass, people, guards: near forms the branch's new rules misread (a title glued to a name's last word by a
hyphen, an honorary title's stop at a sentence's end, a clause about the meeting set between commas); examples written for
these tests."""

from record_views import people_by_name, people_rows

LEAD = "Ngày 26/12/2024, Cụm thi đua số 6 tỉnh Sơn La tổ chức hội nghị tổng kết năm 2024."
SCHOOL = "Ngày 27/12/2024, Khối thi đua các trường THPT tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2024."


# --- a hyphen glues a title to the name's last word, no Hmong syllable after a middle name (pp-1 ... pp-5)


def test_a_former_position_glued_by_a_hyphen_is_the_title(rec):
    r = rec(LEAD + " Bà Đinh Thị Hoa-Nguyên Phó Giám đốc Sở Y tế dự hội nghị.")
    assert people_rows(r) == [("Đinh Thị Hoa", "bà", "Nguyên Phó Giám đốc Sở Y tế", ["attended"])]


def test_an_acting_position_glued_by_a_hyphen_is_the_title(rec):
    r = rec(LEAD + " Ông Cầm Văn Tuấn-Quyền Chủ tịch UBND huyện Mai Sơn chủ trì hội nghị.")
    p = people_by_name(r)["Cầm Văn Tuấn"]
    assert p["title"] == "Quyền Chủ tịch UBND huyện Mai Sơn" and p["roles"] == ["presided"]


def test_a_head_word_and_its_lower_case_word_glued_by_a_hyphen_is_the_title(rec):
    r = rec(LEAD + " Tham dự có ông Quàng Văn Thắng-Thủ trưởng đơn vị Ban Chỉ huy Quân sự huyện.")
    assert [p["name"] for p in r["people"]] == ["Quàng Văn Thắng"]
    assert people_by_name(r)["Quàng Văn Thắng"]["title"].startswith("Thủ trưởng")


def test_phu_trach_glued_by_a_hyphen_is_the_title(rec):
    r = rec(LEAD + " Bà Lường Thị Xuân-Phụ trách Phòng Nội vụ huyện trình bày báo cáo.")
    assert people_rows(r) == [("Lường Thị Xuân", "bà", "Phụ trách Phòng Nội vụ huyện", ["reported"])]


def test_can_bo_glued_by_a_hyphen_is_the_title(rec):
    r = rec(LEAD + " Ông Hà Văn Nam-Cán bộ Văn phòng UBND huyện trình bày báo cáo tổng kết.")
    assert [p["name"] for p in r["people"]] == ["Hà Văn Nam"]
    assert people_by_name(r)["Hà Văn Nam"]["roles"] == ["reported"]


# --- an honorary title's stop at a sentence's end, no name after it (pp-6, pp-7)


def test_a_count_of_honorary_titles_ends_its_sentence(rec):
    r = rec(SCHOOL + " Đến nay toàn Khối có 3 NGND và 41 NGƯT. Hội nghị thống nhất bầu Trường THPT Chuyên Hà Tĩnh làm "
            "Khối trưởng năm 2025.")
    assert [d["text"] for d in r["decisions"]] == [
        "Hội nghị thống nhất bầu Trường THPT Chuyên Hà Tĩnh làm Khối trưởng năm 2025"]


def test_a_title_honoured_at_a_sentences_end_ends_it(rec):
    r = rec(SCHOOL + " Năm qua, Trường THPT Hồng Lĩnh có 2 thầy giáo được tôn vinh NSƯT. Hội nghị đã bình xét, suy tôn "
            "Trường THPT Can Lộc dẫn đầu Khối.")
    assert [d["text"] for d in r["decisions"]] == ["Hội nghị đã bình xét, suy tôn Trường THPT Can Lộc dẫn đầu Khối"]


# --- a clause about the meeting set between commas, the person's verb after it (pp-8)


def test_a_clause_about_the_meeting_between_commas_leaves_the_persons_verb(rec):
    r = rec(LEAD + " Bà Lò Thị Ngọc, Giám đốc Sở Tư pháp, Cụm trưởng, hội nghị lần này do Sở đăng cai, phát biểu khai mạc.")
    assert people_by_name(r)["Lò Thị Ngọc"]["roles"] == ["spoke"]
