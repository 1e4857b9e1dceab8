"""Forms of the twenty-sixth pass, each on an invented example."""
import pytest


@pytest.mark.parametrize("leader", ["Công an xã Tân Phú, huyện Đồng Xuân", "Trường THCS Nguyễn Du, thị xã Ba Đồn"])
def test_a_leader_with_the_place_after_its_comma_is_ranked_whole(rec, leader):
    r = rec("Ngày 12/12/2025, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua năm 2025. "
            f"Kết quả, {leader} dẫn đầu Cụm.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, leader)]
    # (two units of one kind stay two leaders)
    r = rec("Ngày 12/12/2025, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua năm 2025. "
            "Kết quả, Công an xã Tân Phú, Công an xã Hòa Mỹ dẫn đầu Cụm.")
    assert [x["organization"] for x in r["rankings"]] == ["Công an xã Tân Phú", "Công an xã Hòa Mỹ"]


def test_a_person_closing_a_quote_with_noi_spoke_but_not_noi_chung(rec):
    lead = "Sáng 12/12/2025, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua năm 2025. "
    r = rec(lead + "“Các đơn vị cần giữ vững đoàn kết”, bà Phan Thị Lụa, Chủ tịch Hội Nông dân tỉnh nói.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Phan Thị Lụa", ["spoke"])]
    r = rec(lead + "Ông Đỗ Văn Khang, Trưởng ban Thi đua nói: “Năm tới cần làm tốt hơn”.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Đỗ Văn Khang", ["spoke"])]
    # (the word of another phrase: "nói chung", "nói riêng", "nói lên")
    for tail in ("nói chung các đơn vị đều cố gắng.", "nói riêng đã có nhiều cố gắng.", "nói lên quyết tâm của Cụm."):
        r = rec(lead + "Ông Đỗ Văn Khang " + tail)
        assert [p["roles"] for p in r["people"]] == [[]], tail


@pytest.mark.parametrize("verb", ["kiến nghị Sở Y tế sớm có cơ chế thu hút bác sĩ", "đề xuất tăng cường trao đổi kinh nghiệm",
                                  "góp ý cần có cơ chế thu hút bác sĩ", "bày tỏ mong muốn được học hỏi thêm",
                                  "nêu ý kiến về cách chấm điểm"])
def test_a_person_who_proposes_or_voices_a_view_spoke(rec, verb):
    r = rec("Chiều 9/10/2024, Khối thi đua Y tế tổ chức hội nghị sơ kết 9 tháng năm 2024. "
            f"Ông Hà Văn Lộc, Giám đốc Bệnh viện Lao {verb}.")
    assert [(p["title"], p["roles"]) for p in r["people"]] == [("Giám đốc Bệnh viện Lao", ["spoke"])]


def test_a_verb_after_a_determiner_is_a_noun_not_the_persons_act(rec):
    r = rec("Chiều 9/10/2024, Khối thi đua Y tế tổ chức hội nghị sơ kết 9 tháng năm 2024. Ông Hà Văn Lộc, Giám đốc Bệnh viện Lao "
            "đã báo cáo một số nội dung góp ý của các đơn vị.")
    assert r["people"][0]["roles"] == ["reported"]


LEAD26 = "Sáng 12/1/2024, Khối thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


@pytest.mark.parametrize("text, roles", [
    # (the verbs after a new subject are theirs, not the person's)
    ("Hội nghị do ông Đào Văn Kiên, Giám đốc Sở Xây dựng chủ trì, các đại biểu đã góp ý vào dự thảo.", ["presided"]),
    ("Dự thảo báo cáo do ông Đào Văn Kiên, Chánh Văn phòng trình bày đã được các đại biểu góp ý, bổ sung.", ["reported"]),
    ("Đồng chí Đào Văn Kiên chủ trì hội nghị, các đơn vị đã đề xuất nhiều giải pháp.", ["presided"]),
    # (a verb after "được" is done to the person; after "nhiều", "lời", "tiếng" it is a noun)
    ("Ông Đào Văn Kiên, Giám đốc Công ty Cấp nước được đề xuất tặng Bằng khen.", []),
    ("Bà Đào Thị Kim, Chủ tịch Hội LHPN xã, người có nhiều đề xuất, sáng kiến, được tặng Giấy khen.", []),
    # (a proposal of a number of things is an achievement)
    ("Trong năm, ông Đào Văn Kiên, Phó Giám đốc Công ty đã đề xuất 4 sáng kiến.", []),
    # (a longer verb over the window's edge is read in its shorter form)
    ("Ông Đào Văn Kiên, Giám đốc Sở Nội vụ thay mặt lãnh đạo Ủy ban nhân dân tỉnh Hà Nam đánh giá cao kết quả của Khối.",
     ["spoke"])])
def test_the_verbs_of_a_person_are_his_own_acts(rec, text, roles):
    r = rec(LEAD26 + text)
    assert r["people"][0]["roles"] == roles


@pytest.mark.parametrize("text", ["Hội nghị đề nghị tặng Cờ thi đua cho Công ty CP XNK TS Lê Gia.",
                                  "Hội nghị đề nghị tặng Bằng khen cho Công ty CP Chế biến TS Bạch Long.",
                                  "Đội ngũ y, bác sĩ Trạm Y tế các xã đã khám bệnh miễn phí cho người dân."])
def test_a_degree_that_is_also_an_abbreviation_or_a_profession_opens_no_person(rec, text):
    assert rec(LEAD26 + text)["people"] == []


def test_a_degree_before_a_full_name_opens_it(rec):
    r = rec(LEAD26 + "Dự hội nghị có TS Lê Văn Hải, Giám đốc Sở Y tế và bác sĩ Tạ Thị Vân, Giám đốc Bệnh viện Phổi.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Lê Văn Hải", "Giám đốc Sở Y tế"),
                                                              ("Tạ Thị Vân", "Giám đốc Bệnh viện Phổi")]


@pytest.mark.parametrize("said", ["Liên đoàn Lao động tỉnh tặng Bằng khen cho 15 tập thể gồm 9 công đoàn cơ sở vững mạnh.",
                                  "Đảng bộ Khối có 40 tổ chức cơ sở đảng, gồm 18 đảng bộ cơ sở và 22 chi bộ cơ sở.",
                                  "Huyện đoàn Tân Lạc hiện có 1.300 đoàn viên, gồm 30 chi đoàn trực thuộc."])
def test_bodies_counted_of_something_else_than_the_cluster_count_no_members(rec, said):
    assert rec(LEAD26 + said)["cluster"]["member_count"] is None


def test_a_cluster_that_counts_its_youth_bodies_still_counts_them(rec):
    assert rec(LEAD26 + "Khối gồm 07 cơ sở đoàn trực thuộc Tỉnh đoàn.")["cluster"]["member_count"] == 7


def test_a_capitalised_word_of_a_units_name_is_no_verb_that_ends_it(rec):
    r = rec(LEAD26 + "Hội nghị thống nhất Cụm trưởng năm 2024 là Trung tâm Điều hành đô thị thông minh tỉnh.")
    assert r["cluster"]["next_chair"]["organization"] == "Trung tâm Điều hành đô thị thông minh tỉnh"


def test_a_rotation_told_for_the_year_reviewed_gives_the_present_roles(rec):
    r = rec(LEAD26 + "Thực hiện nguyên tắc luân phiên, năm 2023 các đơn vị được phân công như sau: Sở Tư pháp làm Trưởng khối; "
            "Sở Nội vụ làm Phó trưởng khối.")
    c = r["cluster"]
    assert (c["chair"]["organization"], c["vice_chair"]["organization"], c["next_chair"]) == ("Sở Tư pháp", "Sở Nội vụ", None)


@pytest.mark.parametrize("text", [
    # (the lines tell the time and place of another act the sentence goes on to, or of a campaign)
    "Khối thi đua số 3 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024 và thống nhất tổ chức Hội thao.\n"
    "- Thời gian: ngày 20/8/2024.\n- Địa điểm: tại Nhà thi đấu tỉnh.",
    "Vừa qua, Khối thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2024.\n"
    "- Thời gian: Từ ngày 15/3/2024 đến ngày 31/12/2024.\n- Nội dung: Thi đua hoàn thành xuất sắc nhiệm vụ.",
    # (the days of an event agreed later in the sentence)
    "Khối thi đua số 3 vừa tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 và thống nhất tổ chức Hội thao trong 3 ngày (20 - 22/8/2024)."])
def test_the_time_of_another_act_dates_no_meeting(rec, text):
    r = rec(text)
    assert (r["meeting"]["date"], r["meeting"]["venue"]) == (None, None)


@pytest.mark.parametrize("placed", ["Hội nghị tập huấn nghiệp vụ cho cán bộ các đơn vị trong Khối được tổ chức tại Trường Chính trị tỉnh.",
                                    "Buổi lễ bàn giao nhà gần nhất được tổ chức tại xã Tân Tiến."])
def test_another_event_placed_far_from_the_meeting_places_it_not(rec, placed):
    body = ("Năm 2023, các đơn vị đã hoàn thành tốt nhiệm vụ. Các phong trào được triển khai sâu rộng. Công tác khen thưởng kịp "
            "thời. Nhiều mô hình hay được nhân rộng. ")
    assert rec(LEAD26 + body + placed)["meeting"]["venue"] is None
    # (the meeting itself placed there is read)
    assert rec(LEAD26 + body + "Hội nghị được tổ chức tại Hội trường Sở Nội vụ.")["meeting"]["venue"] == "Hội trường Sở Nội vụ"


@pytest.mark.parametrize("unit", ["PHÒNG NỘI VỤ", "BAN TUYÊN GIÁO", "Hội Nông Dân"])
def test_a_unit_after_an_authors_label_is_no_pen_name(rec, unit):
    assert rec(LEAD26 + f"\nTin, ảnh: {unit}")["author"] is None


@pytest.mark.parametrize("told", [
    # (a past act told in the review, another body's vote: no act of this meeting)
    "Khối trưởng đã xây dựng Kế hoạch hoạt động năm 2023, gửi các thành viên góp ý và thống nhất thông qua.",
    "Sở Nội vụ đã chủ trì thẩm định 40 dự thảo văn bản, sau đó HĐND tỉnh biểu quyết thông qua.",
    # ("thông qua" as "through")
    "Phong trào được cụ thể hóa thông qua các kế hoạch, chương trình và nhiệm vụ trọng tâm của từng đơn vị."])
def test_agreements_told_of_another_time_or_body_are_no_decision(rec, told):
    # (neither directions agreed nor a document agreed with no object after the verb)
    ds = rec(LEAD26 + told)["decisions"]
    assert not [d for d in ds if d["kind"] == "tasks" or d["text"].endswith("thông qua")], ds


def test_the_meetings_own_launch_in_the_years_paragraph_is_read(rec):
    r = rec(LEAD26 + "\nNăm 2023, các đơn vị trong Khối đã hoàn thành tốt nhiệm vụ. Phát huy kết quả đó, các đơn vị trong Khối "
            "thống nhất phát động phong trào thi đua năm 2024.")
    assert [d["kind"] for d in r["decisions"]] == ["other"]


def test_the_same_bloc_named_without_its_field_word_after_an_opener_is_this_one(rec):
    r = rec("Sáng 12/1/2024, Khối thi đua Kinh tế tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
            "Cùng dịp, Khối Kinh tế tổ chức ký kết giao ước thi đua năm 2024 và thống nhất bầu Sở Xây dựng làm Trưởng khối năm 2024.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Xây dựng"


@pytest.mark.parametrize("head", ["Khối thi đua số 3 sơ kết 6 tháng, thi đua chào mừng Đại hội Thi đua yêu nước ngày 20/8",
                                  "Khối thi đua số 3 sơ kết 6 tháng đầu năm, Hội thao của Khối sẽ diễn ra ngày 20/8"])
def test_a_headline_closing_on_another_events_day_dates_no_meeting(rec, head):
    r = rec(head + "\n\nVừa qua, Khối thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert r["meeting"]["date"] is None


def test_a_lunar_month_in_words_dates_no_meeting(rec):
    r = rec("Sáng ngày 8 tháng Giêng năm Giáp Thìn, Khối thi đua số 3 tổ chức lễ ký kết giao ước thi đua năm 2024.")
    assert r["meeting"]["date"] is None


def test_a_province_before_the_merger_in_a_bracket_places_no_cluster(rec):
    r = rec("Ngày 15/8/2025, Cụm thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 tại xã Tân Lập (tỉnh Bình Phước cũ).")
    assert r["meeting"]["province"] != "Bình Phước"


def test_the_meetings_own_name_with_its_next_tasks_keeps_its_notice_lines(rec):
    r = rec("Khối thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024.\n"
            "- Thời gian: 8h00 ngày 12/7/2024.\n- Địa điểm: tại Hội trường UBND huyện.")
    assert (r["meeting"]["date"], r["meeting"]["venue"]) == ("2024-07-12", "Hội trường UBND huyện")


def test_the_days_a_meeting_lasts_after_its_verb_date_it(rec):
    r = rec("Khối thi đua số 3 tổ chức hội nghị tổng kết năm 2023. Hội nghị diễn ra trong 2 ngày (11 - 12/1/2024) tại huyện Quế Sơn.")
    assert r["meeting"]["date"] == "2024-01-11"


def test_this_meeting_placed_far_from_its_sentence_before_another_event(rec):
    body = ("Năm 2023, các đơn vị đã hoàn thành tốt nhiệm vụ. Các phong trào được triển khai sâu rộng. Công tác khen thưởng kịp "
            "thời. Nhiều mô hình hay được nhân rộng. ")
    r = rec(LEAD26 + body + "Hội nghị lần này được tổ chức tại Khu di tích Đồi A1. Buổi lễ trao nhà được tổ chức tại xã Tân Hòa.")
    assert r["meeting"]["venue"] == "Khu di tích Đồi A1"


@pytest.mark.parametrize("text, roles", [
    ("Phát biểu bế mạc, bà Ngô Thị Hà, Giám đốc Sở Y tế kêu gọi các đơn vị thành viên tích cực hưởng ứng phong trào.", ["spoke"]),
    ("Bà Ngô Thị Hà, Phó Trưởng Ban Thi đua tỉnh đề xuất 3 nhóm giải pháp nâng cao chất lượng bình xét.", ["spoke"]),
    ("Ông Lê Minh Sang, Giám đốc Sở Tài chính đề xuất nhiều giải pháp tháo gỡ khó khăn.", ["spoke"]),
    ("Đồng chí Lê Minh Sang, Giám đốc Sở Y tế, Cụm trưởng có lời phát biểu khai mạc hội nghị.", ["spoke"]),
    ("Ông Lê Minh Sang trao Cờ thi đua cho các đơn vị, các tập thể và phát biểu chúc mừng.", ["spoke"]),
    ("Ông Lê Minh Sang, Trưởng Ban Thi đua tỉnh cùng lãnh đạo các sở, các đơn vị thành viên đã đến dự.", ["attended"]),
    ("Ông Lê Minh Sang, Giám đốc Sở Tài chính nhận hoa chúc mừng và phát biểu nhận nhiệm vụ Trưởng khối năm 2024.", ["spoke"]),
    # (what a person did in the year, or is: no act at the meeting)
    ("Năm qua, ông Lê Minh Sang, Chủ tịch Hội Chữ thập đỏ huyện đã vận động, kêu gọi các nhà hảo tâm ủng hộ 2 tỷ đồng.", [])])
def test_speech_verbs_of_a_person_at_the_meeting(rec, text, roles):
    assert rec(LEAD26 + text)["people"][0]["roles"] == roles


@pytest.mark.parametrize("sentence, roles", [("Ông đề nghị các đơn vị báo cáo kết quả đúng hạn.", ["attended", "spoke"]),
                                             ("Ông sẽ chủ trì hội nghị sơ kết 6 tháng đầu năm 2024.", ["attended"]),
                                             ("Ông là người trực tiếp chỉ đạo công tác thi đua tại đơn vị.", ["attended"])])
def test_a_bare_honorific_subject_gives_the_verb_right_after_it(rec, sentence, roles):
    r = rec(LEAD26 + "Dự hội nghị có ông Phạm Quốc Hưng, Trưởng Ban Thi đua - Khen thưởng tỉnh. " + sentence)
    assert r["people"][0]["roles"] == roles


@pytest.mark.parametrize("name", ["Phạm Lê Minh Trí", "Nguyễn Hoàng Minh Tuấn"])
def test_a_name_of_two_family_names_after_a_units_proper_name_is_whole(rec, name):
    r = rec(LEAD26 + f"Giám đốc Công ty Điện lực Long An {name} phát biểu tại hội nghị.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [(name, "Giám đốc Công ty Điện lực Long An")]


def test_a_degree_after_a_mark_opens_a_name_of_two_words(rec):
    r = rec(LEAD26 + "Giám đốc Sở Y tế, BS Trần Minh phát biểu chỉ đạo hội nghị.")
    assert [p["name"] for p in r["people"]] == ["Trần Minh"]


@pytest.mark.parametrize("text, name, title", [
    ("Giám đốc Công ty Xăng dầu Bắc Ninh Lê Văn Hải chủ trì hội nghị.", "Lê Văn Hải", "Giám đốc Công ty Xăng dầu Bắc Ninh"),
    ("Hiệu trưởng Trường Cao đẳng Y tế Tiền Giang Huỳnh Văn Bé phát biểu.", "Huỳnh Văn Bé",
     "Hiệu trưởng Trường Cao đẳng Y tế Tiền Giang")])
def test_a_provinces_last_word_before_a_name_is_no_family_name_of_it(rec, text, name, title):
    r = rec(LEAD26 + text)
    assert [(p["name"], p["title"]) for p in r["people"]] == [(name, title)]


@pytest.mark.parametrize("sentence, roles", [
    ("Ông thay mặt lãnh đạo tỉnh ghi nhận kết quả của Khối.", ["attended", "spoke"]),
    ("Ông trình bày báo cáo tổng kết và phát biểu nhận nhiệm vụ Trưởng khối năm 2024.", ["attended", "reported", "spoke"])])
def test_a_bare_honorific_subject_with_its_aside_or_joined_verbs(rec, sentence, roles):
    r = rec(LEAD26 + "Dự hội nghị có ông Phạm Quốc Hưng, Giám đốc Sở Tài chính. " + sentence)
    assert r["people"][0]["roles"] == roles


@pytest.mark.parametrize("text, roles", [
    ("Ông Lê Minh Sang, Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các đơn vị được Khối suy tôn, đề nghị UBND tỉnh tặng Cờ.",
     ["attended"]),
    ("Ông Lê Minh Sang, Giám đốc Sở Nội vụ đánh giá cao nhiều tham luận tại hội nghị.", ["spoke"]),
    ("Năm qua, ông Lê Minh Sang, Chủ tịch Công đoàn ngành đã kêu gọi được hơn 2 tỷ đồng ủng hộ.", [])])
def test_verbs_that_are_no_act_of_the_person_at_the_meeting(rec, text, roles):
    assert rec(LEAD26 + text)["people"][0]["roles"] == roles


@pytest.mark.parametrize("said", ["Các đơn vị thành viên đã thảo luận, góp ý vào dự thảo báo cáo tổng kết và thống nhất thông qua.",
                                  "Sau khi nghe dự thảo báo cáo tổng kết, các đại biểu đã thảo luận và thống nhất thông qua."])
def test_members_agreeing_the_draft_named_before_approve_it(rec, said):
    assert "approve_report" in [d["kind"] for d in rec(LEAD26 + said)["decisions"]]


def test_a_plan_and_the_directions_agreed_together_are_both_decisions(rec):
    r = rec(LEAD26 + "Hội nghị đã thông qua Kế hoạch hoạt động năm 2024 và phương hướng năm 2024.")
    assert [d["kind"] for d in r["decisions"]] == ["approve_report", "tasks"]


def test_unification_in_a_holidays_name_is_no_agreement_to_launch(rec):
    r = rec(LEAD26 + "\nNăm 2023, các đơn vị đã hoàn thành tốt nhiệm vụ. Công an tỉnh phát động đợt thi đua chào mừng 50 năm Ngày "
            "giải phóng miền Nam, thống nhất đất nước.")
    assert r["decisions"] == []


@pytest.mark.parametrize("head", ["Khối thi đua số 3 tổng kết công tác thi đua, khen thưởng năm 2023 ngày 15/1/2024",
                                  "Khối thi đua Văn hóa - Xã hội tổng kết năm 2023 ngày 15/1/2024"])
def test_a_headline_closing_on_the_meetings_date_with_a_comma_or_dash_in_it(rec, head):
    r = rec(head + "\n\nVừa qua, Khối tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["meeting"]["date"] == "2024-01-15"


def test_the_days_of_an_event_to_come_date_no_meeting(rec):
    r = rec("Vừa qua, Khối thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Hội nghị thống nhất tổ chức Hội thao, dự kiến "
            "diễn ra trong 2 ngày (20 - 21/8/2024) tại huyện Nga Sơn.")
    assert (r["meeting"]["date"], r["meeting"]["venue"]) == (None, None)
