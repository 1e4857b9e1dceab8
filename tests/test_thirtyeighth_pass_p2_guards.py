"""Thirty-eighth pass, guards on x38p2's rules: near forms in ordinary articles where they misread (a site's header naming
the figure a school or ward is named after, a guest named in the body, an unnamed teacher of a school, a unit opened by
"Anh" in a list). Examples written for these tests."""
from tdkt_extract import extract

HEAD = "Cụm thi đua số 4 tổng kết năm 2024\nSáng 20/12/2024, Cụm thi đua số 4 tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2024."


def rec(text: str) -> dict:
    return extract(text).model_dump()


# p2-1: the name the unit after the dash carries is the school's or ward's own header, not a byline
def test_first_line_namesake_school_is_no_byline():
    r = rec("Nguyễn Thị Minh Khai - Trường THPT Nguyễn Thị Minh Khai\n" + HEAD)
    assert r["author"] is None and r["people"] == []
    r = rec("Trần Phú - Phường Trần Phú\n" + HEAD)
    assert r["author"] is None and r["people"] == []


# p2-2: a national figure's name (lexicons/eponyms.txt) before a unit with no name of its own
def test_first_line_eponym_before_unnamed_school_is_no_byline():
    r = rec("Lê Hồng Phong - Trường THPT chuyên\n" + HEAD)
    assert r["author"] is None and r["people"] == []


# p2-3: a person the article names again (a position before the name, or "thầy") is a guest, not the writer
def test_first_line_person_named_again_in_body_is_no_byline():
    r = rec("Đặng Văn Lực - Bệnh viện Đa khoa tỉnh\n" + HEAD + "\nGiám đốc Bệnh viện Đa khoa tỉnh Đặng Văn Lực, Cụm trưởng chủ trì hội nghị.")
    assert r["author"] is None
    assert [p["roles"] for p in r["people"]] == [["presided"]]
    r = rec("Đặng Văn Lực - Trường THPT Hồng Lĩnh\n" + HEAD + "\nThầy Đặng Văn Lực, Hiệu trưởng phát biểu khai mạc.")
    assert r["author"] is None


def test_first_line_writer_not_named_again_stays_byline():
    # (negative: the fixer's case, the writer named only on the first line)
    r = rec("Đặng Thị Lựu - Trường THCS Thạch Hà\n" + HEAD)
    assert r["author"] == "Đặng Thị Lựu"


# p2-4: "cô giáo"/"thầy" before a unit's name: an unnamed teacher, no named recipient
def test_award_to_teacher_of_a_school_names_no_person():
    r = rec(HEAD + "\nNhân dịp này, Cụm trao Giấy khen cho thầy giáo Trường Tiểu Học Thạch Kim.")
    assert all(a["recipient"] != "Trường Tiểu Học Thạch Kim" for a in r["awards"])
    r = rec(HEAD + "\nNhân dịp này, Cụm trao Giấy khen cho thầy giáo Đặng Văn Lực, Trường Tiểu học Thạch Kim.")
    assert [a["recipient"] for a in r["awards"]] == ["Đặng Văn Lực"]


# p2-5: "Anh" after a comma opens a unit of the list, not a person
def test_unit_opened_by_anh_after_comma_keeps_its_name():
    r = rec("Ngày 20/12/2024, Cụm thi đua số 2 các trung tâm ngoại ngữ tổ chức hội nghị tổng kết năm 2024.\n"
            "Năm nay, Trung tâm Ngoại ngữ Hoàng Gia, Anh Ngữ Quốc Tế Hà Tĩnh được tặng Giấy khen của Sở GD&ĐT.")
    assert "Anh Ngữ Quốc Tế Hà Tĩnh" in [a["recipient"] for a in r["awards"]]
