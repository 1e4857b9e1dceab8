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
