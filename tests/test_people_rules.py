"""People rules: honorifics, ranks, guest lists, titles, roles, bylines (own examples)."""
import pytest

from tdkt_extract import extract
from record_views import people_by_name as people

LEAD = "Ngày 10/1/2024, tại Sở Nội vụ, Cụm thi đua số 5 tổ chức Hội nghị tổng kết năm 2023.\n\n"


def test_honorific_title_and_roles(rec):
    r = rec(LEAD + "Dự hội nghị có ông Đinh Công Lý, Phó Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ. "
                   "Đ/c Mạc Thị Hằng, Giám đốc Sở Tài chính, Cụm trưởng chủ trì hội nghị.")
    p = people(r)
    assert p["Đinh Công Lý"]["honorific"] == "ông"
    assert p["Đinh Công Lý"]["title"] == "Phó Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ"
    assert p["Đinh Công Lý"]["roles"] == ["attended"]
    assert p["Mạc Thị Hằng"]["honorific"] == "đồng chí"
    assert "presided" in p["Mạc Thị Hằng"]["roles"]


def test_rank_is_neither_honorific_nor_title(rec):
    r = rec(LEAD + "Đại tá Ngô Văn Bình, Chính ủy Bộ CHQS tỉnh phát biểu kết luận hội nghị.")
    p = people(r)["Ngô Văn Bình"]
    assert p["honorific"] is None
    assert p["title"] == "Chính ủy Bộ CHQS tỉnh"
    assert p["roles"] == ["spoke"]


def test_guest_list_after_cac_dong_chi(rec):
    r = rec(LEAD + "Dự hội nghị có các đồng chí: Trần Quang Vinh - Phó Chủ tịch UBND tỉnh; Lý Thị Mai - Giám đốc Sở Nội vụ, "
                   "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh; lãnh đạo các sở, ngành.")
    p = people(r)
    assert list(p) == ["Trần Quang Vinh", "Lý Thị Mai"]
    assert p["Trần Quang Vinh"]["honorific"] == "đồng chí"
    assert p["Lý Thị Mai"]["honorific"] is None
    assert p["Lý Thị Mai"]["title"] == "Giám đốc Sở Nội vụ, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh"
    assert all(x["roles"] == ["attended"] for x in p.values())


def test_title_with_commas_stops_at_the_next_guest(rec):
    r = rec(LEAD + "Về phía tỉnh có đồng chí Hà Văn Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Vương Đình Khôi, "
                   "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy.")
    p = people(r)
    assert p["Hà Văn Tuấn"]["title"] == "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"
    assert p["Vương Đình Khôi"]["title"] == "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy"
    assert p["Vương Đình Khôi"]["roles"] == ["attended"]


def test_roles_from_the_clause_lead_and_later_mentions(rec):
    r = rec(LEAD + "Tham dự hội nghị có bà Kiều Thị Nga, Phó Giám đốc Sở Nội vụ. Tại hội nghị, ông Quách Minh Tâm, "
                   "Chánh Văn phòng Cụm trình bày dự thảo báo cáo tổng kết. Phát biểu chỉ đạo hội nghị, bà Kiều Thị Nga "
                   "đề nghị các đơn vị tiếp tục đổi mới.")
    p = people(r)
    assert p["Kiều Thị Nga"]["roles"] == ["attended", "spoke"]
    assert p["Quách Minh Tâm"]["roles"] == ["reported"]


def test_title_written_before_the_name_on_a_later_mention(rec):
    r = rec(LEAD + "Dự hội nghị có ông Tạ Quang Huy - Trưởng Ban Thi đua - Khen thưởng tỉnh. Phát biểu tại hội nghị, "
                   "Trưởng Ban Thi đua - Khen thưởng tỉnh Tạ Quang Huy ghi nhận kết quả của Cụm.")
    p = people(r)["Tạ Quang Huy"]
    assert p["title"] == "Trưởng Ban Thi đua - Khen thưởng tỉnh"
    assert p["roles"] == ["attended", "spoke"]


def test_place_and_school_names_are_not_people(rec):
    r = rec(LEAD + "Các đơn vị học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Trường Cao đẳng Nguyễn Trãi, "
                   "Công ty TNHH Lê Gia phát biểu tham luận.")
    assert r["people"] == []


def test_byline_with_prefix_and_unit_line(rec):
    r = rec(LEAD + "Hội nghị thành công tốt đẹp.\n\nTin, ảnh: LÊ HOÀI NAM")
    assert r["author"] == "LÊ HOÀI NAM"
    assert r["people"][-1] == {"name": "LÊ HOÀI NAM", "honorific": None, "title": None, "roles": ["author"]}
    r = rec(LEAD + "Hội nghị thành công tốt đẹp.\n\nPhan Thị Yến\nBan Thi đua - Khen thưởng\n\nTin mới hơn:")
    assert r["author"] == "Phan Thị Yến"
    assert r["people"][-1]["title"] == "Ban Thi đua - Khen thưởng"


def test_unit_byline_is_not_an_author(rec):
    r = rec(LEAD + "Hội nghị thành công tốt đẹp.\n\nPHÒNG TỔ CHỨC CÁN BỘ")
    assert r["author"] is None
    assert r["people"] == []


def test_title_before_the_name_without_honorific(rec):
    r = rec(LEAD + "Phó Chủ tịch UBND tỉnh Nghiêm Xuân Thành phát biểu chỉ đạo hội nghị. Hội nghị được tổ chức tại tỉnh Lâm Đồng.")
    p = people(r)
    assert list(p) == ["Nghiêm Xuân Thành"]
    assert p["Nghiêm Xuân Thành"]["title"] == "Phó Chủ tịch UBND tỉnh"
    assert p["Nghiêm Xuân Thành"]["roles"] == ["spoke"]


def test_a_name_that_closes_a_named_unit_is_not_a_person(rec):
    # "Đồng Bành" reads like a family name and a given name, but it ends the member company's name
    r = rec("Ngày 5/7/2024, tại Công ty Cổ phần Than Hà Lâm, Cụm thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\n"
            "Cụm thi đua số 2 gồm: Công ty Cổ phần Than Hà Lâm, Công ty Cổ phần Gạch Đồng Bành, Công ty TNHH Hải Long.\n"
            "Ông Trần Văn Khải, Giám đốc Công ty Cổ phần Gạch Đồng Bành, Cụm trưởng chủ trì hội nghị.")
    assert [p["name"] for p in r["people"]] == ["Trần Văn Khải"]
    assert r["people"][0]["title"] == "Giám đốc Công ty Cổ phần Gạch Đồng Bành, Cụm trưởng"


def test_a_person_named_after_a_unit_is_still_a_person(rec):
    r = rec("Ngày 5/7/2024, tại Sở Nội vụ, Cụm thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\n"
            "Phó Giám đốc Sở Nội vụ Lê Thị Hồng Hạnh phát biểu chỉ đạo hội nghị.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Lê Thị Hồng Hạnh", ["spoke"])]


@pytest.fixture
def ner_calls(monkeypatch):
    """underthesea's NER replaced by a recorder: which sentences the fallback asks about."""
    import sys
    import types
    calls = []
    fake = types.ModuleType("underthesea")
    fake.ner = lambda sentence: calls.append(sentence) or []
    monkeypatch.setitem(sys.modules, "underthesea", fake)
    return calls


@pytest.mark.parametrize("sentence", [
    "Phát biểu tại hội nghị, đồng chí Thiếu tướng Nguyễn Văn Hải, Phó Cục trưởng ghi nhận kết quả của Cụm.",  # a rank
    "Phát biểu kết luận, ông Ông Văn Sơn, Giám đốc Sở Nội vụ đề nghị các đơn vị hoàn thành chỉ tiêu.",  # Ông, a family name
])
def test_no_ner_for_an_honorific_whose_name_the_rules_read(ner_calls, sentence):
    r = extract(LEAD + sentence).model_dump(mode="json")
    assert ner_calls == []
    assert len(r["people"]) == 1 and "spoke" in r["people"][0]["roles"]


def test_ner_is_asked_about_a_name_the_rules_cannot_read(ner_calls):
    # one word after the honorific: no rule reads it as a name, so the sentence goes to NER
    extract(LEAD + "Phát biểu tại hội nghị, ông Moan đề nghị các đơn vị hoàn thành chỉ tiêu.")
    assert len(ner_calls) == 1 and "ông Moan" in ner_calls[0]


def test_family_names_are_capitalised():
    # the title-before-name pattern checks for a capital before it tries the family names
    from tdkt_extract import lexicon
    assert all(s[:1].isupper() for s in lexicon.words("surnames.txt"))


def test_the_ner_fallback_is_logged(ner_calls, caplog):
    """A service sees in its logs when the slow NER fallback ran (INFO on the "tdkt_extract" logger)."""
    import logging
    caplog.set_level(logging.INFO, logger="tdkt_extract")
    extract(LEAD + "Phát biểu tại hội nghị, ông Moan đề nghị các đơn vị hoàn thành chỉ tiêu.")
    assert [r.getMessage() for r in caplog.records if "NER" in r.getMessage()] != []
    caplog.clear()
    extract(LEAD + "Phát biểu tại hội nghị, ông Nguyễn Văn Hải đề nghị các đơn vị hoàn thành chỉ tiêu.")
    assert not [r for r in caplog.records if "NER" in r.getMessage()]


def test_an_act_written_as_a_noun_before_its_doer_and_theo_before_a_speaker(rec):
    r = rec("Ngày 8/1/2024, Cụm thi đua số 6 tổ chức Hội nghị tổng kết năm 2023 dưới sự chủ trì của ông Hà Văn Tâm, "
            "Giám đốc Sở Tư pháp. Hội nghị mở đầu với phát biểu khai mạc của bà Đinh Thị Lan, Phó Giám đốc Sở Công Thương. "
            "Theo ông Vi Văn Kiên, Chánh Văn phòng Sở, năm 2023 các đơn vị trong cụm đều hoàn thành nhiệm vụ. "
            "Thực hiện sự chỉ đạo của ông Lưu Văn Hòa, Chủ tịch UBND tỉnh, các đơn vị đã triển khai kế hoạch.")
    p = {x["name"]: x["roles"] for x in r["people"]}
    assert p["Hà Văn Tâm"] == ["presided"]
    assert p["Đinh Thị Lan"] == ["spoke"]
    assert p["Vi Văn Kiên"] == ["spoke"]
    assert p["Lưu Văn Hòa"] == []


def test_giving_views_and_a_souvenir_photo_are_roles(rec):
    r = rec("Ngày 8/1/2024, Cụm thi đua số 6 tổ chức Hội nghị tổng kết năm 2023.\n\nÔng Lò Văn Sáng - Chủ tịch Hội Luật gia "
            "tỉnh, đóng góp ý kiến tại hội nghị.\n\nBà Mùa Thị Dung - Phó Giám đốc Quỹ cùng đại diện các đơn vị chụp ảnh lưu niệm")
    p = {x["name"]: x["roles"] for x in r["people"]}
    assert p["Lò Văn Sáng"] == ["spoke"]
    assert p["Mùa Thị Dung"] == ["attended"]


def test_du_khuyet_is_part_of_a_position_not_the_verb_du(rec):
    r = rec("Ngày 8/1/2024, Cụm thi đua số 6 tổ chức Hội nghị tổng kết năm 2023. Dự hội nghị có đồng chí Hà Văn Tâm - "
            "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy.")
    p = {x["name"]: x for x in r["people"]}
    assert p["Hà Văn Tâm"]["title"] == "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy"
    assert p["Hà Văn Tâm"]["roles"] == ["attended"]
