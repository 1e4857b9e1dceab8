"""Guards on the award rules of the thirtieth pass, from their regression review: each on an invented example."""
import pytest

LEAD = "Sáng 10/1/2024, Cụm thi đua số 3 tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "


def _awards(r):
    return [(a["recipient"], a["award"]) for a in r["awards"]]


@pytest.mark.parametrize("text,year", [
    ("Sáng 18/12, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Ông Đặng Quốc Hưng, Chủ "
     "tịch UBND huyện Hàm Yên được cụm bầu làm Cụm trưởng năm 2023, chủ trì hội nghị.", 2023),
    ("Sáng 9/7, Cụm thi đua số 6 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. Bà Ma Thị Huệ, Giám đốc Sở "
     "Xây dựng, đã được bầu làm Cụm trưởng năm 2024, chủ trì hội nghị.", 2024),
])
def test_elected_for_the_year_reviewed_is_this_periods_chair(rec, text, year):
    c = rec(text)["cluster"]
    assert c["next_chair"] is None
    assert (c["chair"] or {}).get("person") in ("Đặng Quốc Hưng", "Ma Thị Huệ")


def test_elected_for_the_year_after_is_still_the_next_chair(rec):
    c = rec("Sáng 18/12, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Ông Đặng Quốc Hưng, "
            "Chủ tịch UBND huyện Hàm Yên được cụm bầu làm Cụm trưởng năm 2024.")["cluster"]
    assert (c["next_chair"] or {}).get("person") == "Đặng Quốc Hưng" and c["chair"] is None


@pytest.mark.parametrize("listed,expected", [
    ("các trường: Mầm non và Tiểu học Kim Bình, THCS Hồng Thái", ["Mầm non và Tiểu học Kim Bình", "THCS Hồng Thái"]),
    ("các trường: THCS và THPT Đội Cấn", ["THCS và THPT Đội Cấn"]),
    ("các doanh nghiệp: Chè Mỹ Lâm, Giấy và Bột Sơn Dương", ["Chè Mỹ Lâm", "Giấy và Bột Sơn Dương"]),
    ("các ngành: Kinh tế và Hạ tầng, Văn hóa", ["Kinh tế và Hạ tầng", "Văn hóa"]),
    ("các ngành: Kinh tế và Hạ tầng", ["Kinh tế và Hạ tầng"]),
])
def test_va_inside_one_of_bare_names_after_a_colon_parts_nothing(rec, listed, expected):
    r = rec(LEAD + f"Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho {listed}.")
    assert [a["recipient"] for a in r["awards"]] == expected


@pytest.mark.parametrize("listed,expected", [
    ("các Sở: Tư pháp, Xây dựng và Nội vụ", ["Tư pháp", "Xây dựng", "Nội vụ"]),
    ("các trường: THPT Hàm Yên và THCS Tân Trào", ["THPT Hàm Yên", "THCS Tân Trào"]),
])
def test_va_between_complete_bare_names_still_parts_them(rec, listed, expected):
    r = rec(LEAD + f"Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho {listed}.")
    assert [a["recipient"] for a in r["awards"]] == expected


@pytest.mark.parametrize("first,second", [
    ("Cục Thuế tỉnh được Bộ Tài chính tặng Cờ thi đua.", "Cục Thuế tỉnh cũng vinh dự đón nhận Cờ thi đua của UBND tỉnh."),
    ("Bộ Quốc phòng tặng Bằng khen cho Bộ Chỉ huy Quân sự tỉnh.", "Bộ Chỉ huy Quân sự tỉnh cũng nhận Bằng khen của UBND tỉnh."),
])
def test_one_award_from_two_givers_stays_two(rec, first, second):
    r = rec(LEAD + first + " " + second)
    assert len(r["awards"]) == 2


def test_one_award_with_one_giver_told_twice_is_still_one(rec):
    r = rec(LEAD + "UBND tỉnh tặng Cờ thi đua cho Cục Thuế tỉnh. Cục Thuế tỉnh vinh dự đón nhận Cờ thi đua của Ủy ban nhân dân tỉnh.")
    assert len(r["awards"]) == 1


@pytest.mark.parametrize("taking", ["lên nhận Cờ thi đua", "nhận Cờ thi đua", "đón nhận Cờ thi đua"])
def test_a_representative_named_after_his_unit_takes_it_for_the_unit(rec, taking):
    r = rec(LEAD + "Thừa ủy quyền, ông Mai Đức Thịnh, Phó Giám đốc Sở Nội vụ trao Cờ thi đua của UBND tỉnh cho huyện Chiêm Hóa. "
            f"Đại diện huyện Chiêm Hóa, bà Quan Thị Yến {taking}.")
    assert _awards(r) == [("huyện Chiêm Hóa", "Cờ thi đua của UBND tỉnh")]


def test_a_representative_named_before_his_unit_takes_it_for_the_unit(rec):
    r = rec(LEAD + "Ông Nông Văn Phúc, đại diện Sở Công Thương lên nhận Bằng khen của Chủ tịch UBND tỉnh.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Công Thương"]


def test_a_person_receiving_for_himself_is_still_the_recipient(rec):
    r = rec(LEAD + "Dịp này, bà Quan Thị Yến được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert [a["recipient"] for a in r["awards"]] == ["Quan Thị Yến"]


@pytest.mark.parametrize("sentence", [
    "Trước đó, ông Phạm Văn Khang, nguyên Giám đốc Sở Y tế đã nghỉ hưu từ tháng 8 và bàn giao nhiệm vụ cho bà Lý Thị Hoa.",
    "Ông Phạm Văn Khang, nguyên Chủ tịch UBND huyện Na Hang đã bàn giao nhiệm vụ cho bà Lý Thị Hoa.",
    "Ông Phạm Văn Khang, Giám đốc Sở Y tế sẽ bàn giao nhiệm vụ Cụm trưởng vào tháng 2/2024.",
])
def test_a_handover_of_duties_at_another_time_shows_no_one_here(rec, sentence):
    r = rec(LEAD + sentence)
    assert [p["roles"] for p in r["people"] if p["name"] == "Phạm Văn Khang"] == [[]]


def test_a_handover_of_duties_by_a_head_of_a_natural_resources_office_is_here(rec):
    r = rec(LEAD + "Ông Phạm Văn Khang, Giám đốc Sở Tài nguyên và Môi trường bàn giao nhiệm vụ Cụm trưởng cho Sở Y tế.")
    assert [p["roles"] for p in r["people"] if p["name"] == "Phạm Văn Khang"] == [["attended"]]


@pytest.mark.parametrize("listed,expected", [
    ("các huyện Sơn Dương, Yên Sơn và Công an tỉnh", ["Sơn Dương", "Yên Sơn", "Công an tỉnh"]),
    ("các huyện Cư M'gar, Krông Búk", ["Cư M'gar", "Krông Búk"]),
    ("các xã Phúc Ninh, Thái Bình và thị trấn Sơn Dương", []),
])
def test_places_listed_after_their_kind_end_at_whole_names(rec, listed, expected):
    r = rec(LEAD + f"Dịp này, UBND tỉnh tặng Bằng khen cho {listed}.")
    assert [a["recipient"] for a in r["awards"]] == expected


def test_awards_in_turn_with_more_recipients_than_awards_pair_nothing(rec):
    r = rec(LEAD + "Dịp này, Bộ Công an tặng Cờ thi đua và Bằng khen lần lượt cho Công an tỉnh Tuyên Quang, Phòng Tham mưu và "
            "Phòng Hậu cần.")
    assert r["awards"] == []


def test_awards_in_turn_with_as_many_recipients_are_paired(rec):
    r = rec(LEAD + "Dịp này, Bộ Công an tặng Cờ thi đua, Bằng khen và Giấy khen lần lượt cho Công an tỉnh Tuyên Quang, Phòng "
            "Tham mưu và Phòng Hậu cần.")
    assert _awards(r) == [("Công an tỉnh Tuyên Quang", "Cờ thi đua"), ("Phòng Tham mưu", "Bằng khen"), ("Phòng Hậu cần", "Giấy khen")]
