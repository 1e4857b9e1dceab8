"""The thirty-sixth pass's member-list rules (R137-3, R139-3, R140-1, R140-2 of the reviews): a place written with its kind
in lower case before "và các <kind>:" is the list's first member; a bloc's Party body named in capitals without "các"
("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh") keeps its "và"; a place's kind ending a line names no place on the next
line (the honorific there opens a person); a list ending its paragraph without a stop keeps its last item.
Examples written for these tests; each rule with a near form it must not fire on."""

from record_views import people_rows, roles

LEAD = "Ngày 12/1/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"


def members(r: dict) -> list:
    return r["cluster"]["members"]


def warned(r: dict, code: str) -> bool:
    return any(w["code"] == code for w in r["warnings"])


# R137-3: "gồm <kind> X và các <kind>: A, B"
def test_lower_case_place_before_plural_group_is_a_member(rec):
    r = rec(LEAD + "Cụm gồm thị xã Hòa Bình và các huyện: Tân Lạc, Mai Châu, Đà Bắc.\n")
    assert members(r) == ["thị xã Hòa Bình", "Tân Lạc", "Mai Châu", "Đà Bắc"]


def test_lower_case_city_before_plural_group_is_a_member(rec):
    r = rec(LEAD + "Cụm thi đua gồm thành phố Sơn La và các huyện: Mường La, Thuận Châu.\n")
    assert members(r) == ["thành phố Sơn La", "Mường La", "Thuận Châu"]


def test_lower_case_words_no_place_before_plural_group_are_no_member(rec):
    # (the words before "và các huyện:" are no place with its name: no lead member)
    r = rec(LEAD + "Cụm gồm các đơn vị miền núi và các huyện: Tân Lạc, Mai Châu, Đà Bắc.\n")
    assert "các đơn vị miền núi" not in members(r)
    assert members(r)[-3:] == ["Tân Lạc", "Mai Châu", "Đà Bắc"]


# R139-3: a bloc's Party body named in capitals, its "và" its own
def test_bloc_party_body_in_capitals_last_in_list_is_one_member(rec):
    r = rec("Ngày 5/1/2024, Khối thi đua các cơ quan Đảng tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2023. "
            "Khối gồm: Ban Dân vận Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh.\n")
    assert members(r) == ["Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh"]


def test_union_of_bloc_in_capitals_last_in_list_is_one_member(rec):
    r = rec("Ngày 5/1/2024, Khối thi đua các đoàn thể tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2023. "
            "Khối gồm: Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh, Đoàn Khối Cơ quan và Doanh nghiệp tỉnh.\n")
    assert members(r)[-1] == "Đoàn Khối Cơ quan và Doanh nghiệp tỉnh"
    assert len(members(r)) == 3


def test_capitalised_unit_after_a_bloc_body_still_splits(rec):
    # (a "và" after the bloc body's name, before another unit, still joins two members)
    r = rec("Ngày 5/1/2024, Khối thi đua các cơ quan Đảng tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2023. "
            "Khối gồm: Ban Dân vận Tỉnh ủy, Đảng ủy Khối Cơ quan tỉnh và Ban Tuyên giáo Tỉnh ủy.\n")
    assert members(r) == ["Ban Dân vận Tỉnh ủy", "Đảng ủy Khối Cơ quan tỉnh", "Ban Tuyên giáo Tỉnh ủy"]


# R140-1: a place's kind ending a line (a list without its stop) names no place on the next line
def test_caps_person_after_unstopped_list_line_is_read(rec):
    r = rec(LEAD + "\nCụm gồm: Hội Cựu chiến binh huyện, Hội Nông dân huyện và Hội Phụ nữ huyện\n\n"
                   "Bà NGUYỄN THỊ HẠNH - Chủ tịch Hội Phụ nữ huyện, Cụm trưởng chủ trì hội nghị.\n")
    assert people_rows(r) == [("NGUYỄN THỊ HẠNH", "bà", "Chủ tịch Hội Phụ nữ huyện, Cụm trưởng", ["presided"])]
    assert r["cluster"]["chair"] == {"organization": "Hội Phụ nữ huyện", "person": "NGUYỄN THỊ HẠNH"}


def test_mixed_case_person_after_unstopped_list_line_keeps_honorific(rec):
    r = rec(LEAD + "\nCụm gồm: Hội Cựu chiến binh huyện, Hội Nông dân huyện và Hội Phụ nữ huyện\n\n"
                   "Ông Lò Văn Tâm - Chủ tịch Hội Nông dân huyện phát biểu.\n")
    assert people_rows(r) == [("Lò Văn Tâm", "ông", "Chủ tịch Hội Nông dân huyện", ["spoke"])]


def test_place_named_ba_after_kind_on_the_same_line_is_no_person(rec):
    # (on one line, "xã Bà Điểm" is still a place)
    r = rec(LEAD + "Cụm gồm: xã Tân Xuân, xã Bà Điểm, xã Xuân Thới Thượng.\n")
    assert people_rows(r) == []
    assert members(r) == ["xã Tân Xuân", "xã Bà Điểm", "xã Xuân Thới Thượng"]


# R140-2: a list ending its paragraph without a stop, then a blank line, is whole
def test_comma_list_ending_its_paragraph_keeps_last_item(rec):
    r = rec(LEAD + "\nCụm gồm Sở Nội vụ, Sở Tư pháp, Thanh tra tỉnh, Báo Sơn Hà\n\nHội nghị thông qua báo cáo tổng kết.\n")
    assert members(r) == ["Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh", "Báo Sơn Hà"]
    assert not warned(r, "list_truncated")


def test_list_cut_inside_a_word_before_a_blank_line_drops_it(rec):
    # (the last word stops inside a syllable: the line was cut, the item dropped)
    r = rec(LEAD + "\nCụm gồm Sở Nội vụ, Sở Tư pháp, Thanh tra tỉnh, Báo Sơn Hà, Đài Phát th\n\n"
                   "Hội nghị thông qua báo cáo tổng kết.\n")
    assert members(r) == ["Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh", "Báo Sơn Hà"]
    assert warned(r, "list_truncated")


def test_chair_unchanged_by_the_rules(rec):
    r = rec(LEAD + "Cụm gồm thị xã Hòa Bình và các huyện: Tân Lạc, Mai Châu. Thị xã Hòa Bình là Cụm trưởng.\n")
    assert roles(r).get("chair") == "Thị xã Hòa Bình"


def test_place_before_plural_group_without_gom_is_no_lead_member(rec):
    # (no "gồm": the place and the districts are what a clause tells of, not a member list's lead)
    r = rec(LEAD + "Năm 2023, thị xã Hòa Bình và các huyện: Tân Lạc, Mai Châu được tặng Cờ thi đua của UBND tỉnh.\n")
    assert "thị xã Hòa Bình" not in members(r)
