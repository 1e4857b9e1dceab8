"""Thirty-fifth pass, people: names of the northern mountains' peoples, a village elder before a name, honorary titles and
stacked degrees before a name, the meeting as the subject after "dưới sự chủ trì của", a hyphen inside a name (examples
written for these tests)."""

from record_views import people_by_name, people_rows

LEAD = "Ngày 18/12/2024, Cụm thi đua số 3 tỉnh Lai Châu tổ chức hội nghị tổng kết năm 2024. "
SCHOOL = "Ngày 20/12/2024, Khối thi đua các trường THPT tổ chức hội nghị tổng kết năm 2024. "


# --- MTN-1: the family and middle names of the Hmong, Dao and Hà Nhì with no honorific before them


def test_a_ha_nhi_family_name_after_a_teacher_word(rec):
    r = rec(LEAD + "Thầy Pờ Chứ Lừ, Hiệu trưởng Trường THCS xã Ka Lăng, Cụm trưởng chủ trì hội nghị.")
    p = people_by_name(r)["Pờ Chứ Lừ"]
    assert p["honorific"] is None and p["roles"] == ["presided"]
    assert r["cluster"]["chair"] == {"organization": "Trường THCS xã Ka Lăng", "person": "Pờ Chứ Lừ"}


def test_a_family_name_of_the_list_bare_in_an_attendance_list(rec):
    r = rec(LEAD + "Dự hội nghị có Lỳ Gạ Sừ, Chủ tịch UBND xã Dào San.")
    assert people_rows(r) == [("Lỳ Gạ Sừ", None, "Chủ tịch UBND xã Dào San", ["attended"])]


def test_a_guarded_family_name_before_a_hmong_middle_name(rec):
    r = rec(LEAD + "Dự hội nghị có Hạng Chúng Pó, Bí thư Đảng ủy xã Pa Ủ. Sa Mý Dính, Chủ tịch Hội Phụ nữ huyện cũng dự hội nghị.")
    names = [p["name"] for p in r["people"]]
    assert names == ["Hạng Chúng Pó", "Sa Mý Dính"]
    assert all(p["roles"] == ["attended"] for p in r["people"])


def test_vang_before_a_hmong_middle_name(rec):
    r = rec(LEAD + "Tham dự hội nghị có Vàng Dìn Páo, Phó Chủ tịch UBND huyện Sìn Hồ.")
    assert people_rows(r) == [("Vàng Dìn Páo", None, "Phó Chủ tịch UBND huyện Sìn Hồ", ["attended"])]


def test_places_opened_by_a_guarded_minority_family_name_are_no_people(rec):
    # (near forms: communes and a district opened by a guarded family name, a ranking word "Hạng Nhất")
    r = rec(LEAD + "Hội nghị được tổ chức tại xã Dền Thàng, huyện Bát Xát. Đại diện thị xã Sa Pa và huyện Cư Jút dự hội nghị. "
            "Huân chương Lao động Hạng Nhất Nguyễn Văn Long trao cho đơn vị.")
    names = [p["name"] for p in r["people"]]
    assert not any(n.split()[0] in ("Dền", "Sa", "Cư", "Hạng") for n in names)


def test_a_guarded_family_name_needs_a_middle_name(rec):
    # (a guarded opener before an ordinary word is no name: "Sa Pa", "Cư Kuin" after a position)
    r = rec(LEAD + "Dự hội nghị có Chủ tịch UBND huyện Cư Kuin, Giám đốc Sở Du lịch Sa Pa Tourist.")
    assert r["people"] == []


# --- MTN-3: a village elder's word before a name


def test_a_village_elder_opening_the_sentence(rec):
    r = rec(LEAD + "Già làng Thào A Chớ dự hội nghị và phát biểu.")
    assert people_rows(r) == [("Thào A Chớ", None, None, ["attended", "spoke"])]


def test_a_village_elder_in_an_attendance_list(rec):
    r = rec(LEAD + "Dự hội nghị có già làng Lầu Seo Dính.")
    assert people_rows(r) == [("Lầu Seo Dính", None, None, ["attended"])]


def test_a_village_name_after_its_word_is_still_no_person(rec):
    # (near form: "làng" is a village's word before its own name, no elder)
    r = rec(LEAD + "Hội nghị diễn ra tại nhà văn hóa làng Hoàng Văn Thụ.")
    assert r["people"] == []


# --- EDU-1: an honorary title written short with its stop before a name


def test_an_honorary_title_with_its_stop_keeps_the_attendance(rec):
    r = rec(SCHOOL + "Dự hội nghị có NGND. Đỗ Minh Châu, Hiệu trưởng Trường THPT Chuyên Hùng Vương.")
    assert people_rows(r) == [("Đỗ Minh Châu", None, "Hiệu trưởng Trường THPT Chuyên Hùng Vương", ["attended"])]


def test_an_honorary_title_and_a_degree_stacked_in_a_list(rec):
    r = rec(SCHOOL + "Tham dự hội nghị có TTND. PGS.TS. Ngô Quang Hiếu, Giám đốc Bệnh viện tỉnh và AHLĐ. Trịnh Văn Tài, "
            "Chủ tịch Công đoàn ngành.")
    by = people_by_name(r)
    assert by["Ngô Quang Hiếu"]["roles"] == ["attended"] and by["Ngô Quang Hiếu"]["title"] == "Giám đốc Bệnh viện tỉnh"
    assert by["Trịnh Văn Tài"]["roles"] == ["attended"]


def test_an_honorary_title_conferred_at_a_sentences_end_still_ends_it(rec):
    # (near form: the title named as what was conferred, the stop ends the sentence; the next one's subject is its own)
    r = rec(SCHOOL + "Năm 2024, Trường THPT Yên Lạc có hai thầy giáo được phong tặng danh hiệu NGƯT. Ông Đào Văn Hưng, "
            "Hiệu trưởng Trường THPT Yên Lạc phát biểu.")
    p = people_by_name(r)["Đào Văn Hưng"]
    assert p["honorific"] == "ông" and p["roles"] == ["spoke"]


# --- EDU-2: a stacked pharmacist's or physician's degree on the person after "và"


def test_a_stacked_degree_after_va_in_a_verb_first_list(rec):
    r = rec(SCHOOL + "Đồng chủ trì hội nghị có TS.BS. Mai Văn Thắng, Giám đốc Bệnh viện Sản Nhi và ThS.DS. Võ Thị Hạnh, "
            "Giám đốc Trung tâm Kiểm soát bệnh tật.")
    assert people_rows(r) == [("Mai Văn Thắng", None, "Giám đốc Bệnh viện Sản Nhi", ["presided"]),
                              ("Võ Thị Hạnh", None, "Giám đốc Trung tâm Kiểm soát bệnh tật", ["presided"])]


# --- DEP-6: the meeting as the subject of the verb after the chair's phrase


def test_the_meetings_verb_after_the_chairs_phrase_is_not_his(rec):
    r = rec(LEAD + "Dưới sự chủ trì của bà Tráng Thị Mai, Giám đốc Sở Nội vụ, hội nghị đã đánh giá kết quả thi đua năm 2024.")
    assert people_rows(r) == [("Tráng Thị Mai", "bà", "Giám đốc Sở Nội vụ", ["presided"])]


def test_the_chairs_own_verb_after_her_title_is_still_hers(rec):
    # (near form: no new subject after the title's comma, the verb is hers)
    r = rec(LEAD + "Bà Tráng Thị Mai, Giám đốc Sở Nội vụ, đánh giá cao kết quả thi đua của các đơn vị.")
    assert people_by_name(r)["Tráng Thị Mai"]["roles"] == ["spoke"]


# --- MTN-4: a hyphen inside a name


def test_a_hyphen_inside_a_hmong_name(rec):
    r = rec(LEAD + "Ông Giàng Seo-Chứ, Chủ tịch UBND huyện Phong Thổ chủ trì hội nghị.")
    assert people_rows(r) == [("Giàng Seo-Chứ", "ông", "Chủ tịch UBND huyện Phong Thổ", ["presided"])]


def test_a_title_glued_to_a_name_by_a_hyphen_stays_a_title(rec):
    # (near form: a position after the hyphen is the title)
    r = rec(LEAD + "Ông Hoàng Minh Đức-Giám đốc Sở Tài chính phát biểu.")
    assert people_rows(r) == [("Hoàng Minh Đức", "ông", "Giám đốc Sở Tài chính", ["spoke"])]


def test_a_rank_glued_to_a_name_by_a_hyphen_stays_out_of_the_name(rec):
    # (near form: a rank after the hyphen, then the position)
    r = rec(LEAD + "Dự có ông Phan Đức Nam-Thượng tá, Phó Giám đốc Công an tỉnh.")
    assert [p["name"] for p in r["people"]] == ["Phan Đức Nam"]


def test_communes_of_guarded_openers_in_a_recipients_list_are_no_people(rec):
    # (near form: communes and a township opened by guarded family names, a list of units, no people)
    r = rec(LEAD + "Hội nghị xét khen thưởng cho xã Dền Sáng, xã Cư Pui và thị trấn Sa Thầy.")
    assert r["people"] == []
