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
