"""Forms of the thirty-eighth pass, people in narrative articles: a quote credited with a storytelling verb, by a sentence
pointing back at it or by a bare honorific after it; "Theo <rank> X"; one acting for the chair after his title does not make
his office the chair. Each on an invented example, with a near form the rule must not fire on."""

from record_views import people_by_name

LEAD = "Hội nghị tổng kết năm 2023 của Cụm thi đua số 4 diễn ra ngày 18/12/2023 tại UBND huyện Yên Lạc.\n"


def _roles_of(r, name):
    return people_by_name(r)[name]["roles"]


def test_storytelling_verbs_credit_a_quote(rec):
    for verb in ("kể", "kể lại", "nhớ lại", "tâm sự", "mở đầu câu chuyện như thế"):
        r = rec(LEAD + f"“Có năm cả cụm chỉ lo chạy số liệu”, ông Phạm Quốc Hưng, Phó Chủ tịch UBND huyện Yên Lạc, {verb}.")
        assert _roles_of(r, "Phạm Quốc Hưng") == ["spoke"], verb


def test_ke_in_another_sense_is_no_speech(rec):
    # "đáng kể" (significant), "kể từ" (since), "kể cả" (including), "Hội thi kể chuyện" (a contest)
    r = rec(LEAD + "Ông Phạm Quốc Hưng, Phó Chủ tịch UBND huyện Yên Lạc, có nhiều đóng góp đáng kể cho phong trào.")
    assert _roles_of(r, "Phạm Quốc Hưng") == []
    r = rec(LEAD + "Bà Lê Thị Vân, Phó Trưởng phòng Văn hóa huyện, kể từ năm 2020 phụ trách công tác thi đua.")
    assert _roles_of(r, "Lê Thị Vân") == []
    r = rec(LEAD + "Em Trần Thị Mai Anh, học sinh Trường THCS Yên Lạc, đạt giải nhất Hội thi kể chuyện về Bác Hồ.")
    assert _roles_of(r, "Trần Thị Mai Anh") == []


def test_a_sentence_pointing_back_at_the_quote_names_its_speaker(rec):
    r = rec(LEAD + "“Thi đua không phải để lấy thành tích”. Đó là lời ông Phạm Quốc Hưng, Phó Chủ tịch UBND huyện Yên Lạc, "
            "tại hội nghị.")
    assert _roles_of(r, "Phạm Quốc Hưng") == ["spoke"]
    r = rec(LEAD + "“Thi đua không phải để lấy thành tích”. Đây là chia sẻ của bà Lê Thị Vân, Trưởng phòng Nội vụ huyện.")
    assert _roles_of(r, "Lê Thị Vân") == ["spoke"]


def test_a_sentence_naming_a_person_as_a_predicate_is_no_quote_credit(rec):
    # ("Đó là ông X": who someone is; "Đó là lời dặn của ông X": an instruction handed down, no quote of the meeting)
    r = rec(LEAD + "Người gắn bó lâu nhất với phong trào của Cụm? Đó là ông Phạm Quốc Hưng, Phó Chủ tịch UBND huyện Yên Lạc.")
    assert _roles_of(r, "Phạm Quốc Hưng") == []
    r = rec(LEAD + "“Làm thật, báo cáo thật”. Đó là lời dặn của ông Phạm Quốc Hưng, nguyên Chủ tịch UBND huyện Yên Lạc, năm nào.")
    assert _roles_of(r, "Phạm Quốc Hưng") == []


def test_a_bare_honorific_after_a_quote_is_the_person_named_just_before(rec):
    r = rec(LEAD + "Bà Lê Thị Vân, Trưởng phòng Nội vụ huyện Yên Lạc, đã theo dõi phong trào suốt 10 năm. "
            "“Con số phải đi cùng con người”, bà nói.")
    assert _roles_of(r, "Lê Thị Vân") == ["spoke"]


def test_a_bare_honorific_after_a_quote_with_two_people_before_names_no_one(rec):
    # (two women named in the sentence before: which one spoke is not said)
    r = rec(LEAD + "Bà Lê Thị Vân, Trưởng phòng Nội vụ huyện Yên Lạc, và bà Đào Thị Hằng, Chánh Văn phòng UBND huyện, đã theo "
            "dõi phong trào suốt 10 năm. “Con số phải đi cùng con người”, bà nói.")
    assert _roles_of(r, "Lê Thị Vân") == [] and _roles_of(r, "Đào Thị Hằng") == []
    # (nor a man, the pronoun another's honorific)
    r = rec(LEAD + "Ông Phạm Quốc Hưng, Phó Chủ tịch UBND huyện Yên Lạc, đã theo dõi phong trào suốt 10 năm. "
            "“Con số phải đi cùng con người”, bà nói.")
    assert _roles_of(r, "Phạm Quốc Hưng") == []


def test_according_to_a_rank_before_the_name(rec):
    lead = "Hội nghị tổng kết năm 2023 của Cụm thi đua số 2 Quân khu 3 diễn ra ngày 20/12/2023 tại Bộ CHQS tỉnh Hải Dương.\n"
    r = rec(lead + "Theo thượng tá Vũ Đình Khang, Phó Chỉ huy trưởng Bộ CHQS tỉnh Hải Dương, các đơn vị đã hoàn thành chỉ tiêu.")
    assert _roles_of(r, "Vũ Đình Khang") == ["spoke"]
    # (near form: what the rank-holder directed earlier, carried out by the units, is no speech of his at the meeting)
    r = rec(lead + "Thực hiện theo chỉ đạo của Đại tá Vũ Đình Khang, Chỉ huy trưởng Bộ CHQS tỉnh Hải Dương, các đơn vị đã hoàn "
            "thành chỉ tiêu.")
    assert _roles_of(r, "Vũ Đình Khang") == []


def test_one_acting_for_the_chair_after_his_title_does_not_make_his_office_the_chair(rec):
    r = rec("Hội nghị tổng kết năm 2024 của Cụm thi đua số 5 diễn ra ngày 17/12/2024 tại UBND huyện Tam Đảo.\n"
            "Ông Lại Văn Tuấn, Trưởng phòng Nội vụ huyện Tam Đảo, thay mặt đơn vị Cụm trưởng trình bày báo cáo tổng kết.\n"
            "Hội nghị do ông Hà Minh Trí, Chủ tịch UBND huyện Tam Đảo, Cụm trưởng, chủ trì.")
    assert r["cluster"]["chair"] == {"organization": "UBND huyện Tam Đảo", "person": "Hà Minh Trí"}


def test_one_acting_for_the_chair_keeps_it_when_no_holder_is_named(rec):
    # (the presiding person holds no role in his title: the one who acts for the chair's unit still names it)
    r = rec("Hội nghị tổng kết năm 2024 của Cụm thi đua số 5 diễn ra ngày 17/12/2024 tại UBND huyện Tam Đảo.\n"
            "Ông Lại Văn Tuấn, Trưởng phòng Nội vụ huyện Tam Đảo, thay mặt đơn vị Cụm trưởng trình bày báo cáo tổng kết.\n"
            "Hội nghị do ông Hà Minh Trí, Phó Chủ tịch UBND tỉnh, chủ trì.")
    assert r["cluster"]["chair"]["person"] == "Lại Văn Tuấn"


def test_recalling_a_past_event_is_no_speech(rec):
    # ("nhớ lại" with a past time or event after it is a memory, no quote credited; a former holder's recollection)
    r = rec(LEAD + "Ông Trần Quang Huy, nguyên Chủ tịch UBND huyện, nhớ lại hội nghị tổng kết năm 2015 của Cụm từng diễn ra tại "
            "xã Đông Hợp.")
    assert _roles_of(r, "Trần Quang Huy") == []
