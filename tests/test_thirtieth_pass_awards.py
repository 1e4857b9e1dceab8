"""Award forms of the thirtieth pass (and the roles they touch), each on an invented example."""
import pytest

LEAD = "Ngày 9/1/2025, Khối thi đua số 6 tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2024.\n"


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


@pytest.mark.parametrize("adverb", ["cũng", "đều", "cũng đã"])
def test_an_adverb_before_duoc_is_no_part_of_the_award(rec, adverb):
    r = rec(LEAD + f"Bằng khen của Thủ tướng Chính phủ {adverb} được trao cho Kho bạc Nhà nước tỉnh.")
    assert _awards(r) == [("Kho bạc Nhà nước tỉnh", "Bằng khen của Thủ tướng Chính phủ", "conferred")]


def test_awards_joined_before_lan_luot_cho_are_paired_in_turn(rec):
    r = rec(LEAD + "Hội nghị đề nghị tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh lần lượt "
            "cho Sở Giáo dục và Đào tạo và Sở Tài chính.")
    assert _awards(r) == [("Sở Giáo dục và Đào tạo", "Cờ thi đua của UBND tỉnh", "proposed"),
                          ("Sở Tài chính", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]
    r = rec(LEAD + "Hội nghị đề nghị tặng Cờ thi đua và Bằng khen lần lượt cho Sở Công Thương và Sở Nội vụ.")
    assert _awards(r) == [("Sở Công Thương", "Cờ thi đua", "proposed"), ("Sở Nội vụ", "Bằng khen", "proposed")]


def test_the_unit_whose_representative_or_leaders_take_the_award(rec):
    r = rec(LEAD + "Đại diện Sở Nội vụ lên nhận Cờ thi đua của UBND tỉnh. Lãnh đạo Thanh tra tỉnh đón nhận Bằng khen của "
            "Thủ tướng Chính phủ. Sở Công Thương lên nhận Bằng khen của Chủ tịch UBND tỉnh.")
    assert _awards(r) == [("Sở Nội vụ", "Cờ thi đua của UBND tỉnh", "conferred"),
                          ("Thanh tra tỉnh", "Bằng khen của Thủ tướng Chính phủ", "conferred"),
                          ("Sở Công Thương", "Bằng khen của Chủ tịch UBND tỉnh", "conferred")]


@pytest.mark.parametrize("act", ["đã bàn giao Cờ luân lưu cho Sở Nội vụ", "bàn giao nhiệm vụ Trưởng khối cho Sở Nội vụ"])
def test_handing_over_the_flag_or_the_chair_shows_the_person_here(rec, act):
    r = rec(LEAD + f"Ông Hà Quang Minh, Giám đốc Sở Giao thông vận tải {act}.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Hà Quang Minh", ["attended"])]


def test_handing_over_something_else_is_no_act_at_the_meeting(rec):
    r = rec(LEAD + "Ông Hà Quang Minh, Giám đốc Sở Giao thông vận tải đã bàn giao 12 căn nhà cho hộ nghèo.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Hà Quang Minh", [])]


def test_one_award_announced_then_received_is_one_entry(rec):
    r = rec(LEAD + "Tại hội nghị đã công bố Quyết định của Chủ tịch UBND tỉnh về việc tặng Bằng khen năm 2024 cho Sở Nội vụ. "
            "Sở Nội vụ vinh dự đón nhận Bằng khen của Chủ tịch UBND tỉnh.")
    assert [(a["recipient"], a["award"], a["year"]) for a in r["awards"]] == [("Sở Nội vụ", "Bằng khen của Chủ tịch UBND tỉnh", 2024)]


def test_two_years_of_one_award_stay_two(rec):
    r = rec(LEAD + "Sở Nội vụ được trao Cờ thi đua năm 2024 và đón nhận Cờ thi đua của UBND tỉnh năm 2023.")
    assert len(r["awards"]) != 1 or r["awards"][0]["year"] in (2023, 2024)


@pytest.mark.parametrize("plural", ["các đồng chí", "các cá nhân"])
def test_persons_listed_bare_after_their_plural(rec, plural):
    r = rec(LEAD + f"Tại hội nghị, ông Lương Văn Tú đã trao Bằng khen của Chủ tịch UBND tỉnh cho {plural}: Hoàng Thị Lan, "
            "Chánh Văn phòng HĐND và UBND huyện Cao Lộc; Lý Văn Sơn, Phó Giám đốc Sở Kế hoạch và Đầu tư và Đinh Thị Mai, "
            "Trưởng phòng Nội vụ huyện Văn Lãng.")
    assert [a["recipient"] for a in r["awards"]] == ["Hoàng Thị Lan", "Lý Văn Sơn", "Đinh Thị Mai"]


def test_a_title_holding_va_goes_on_to_the_next_person(rec):
    r = rec(LEAD + "Khối đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho ông Lý Văn Sơn, Phó Giám đốc Sở Kế hoạch và Đầu tư và "
            "bà Đinh Thị Mai, Chánh Văn phòng HĐND và UBND huyện Văn Lãng.")
    assert [a["recipient"] for a in r["awards"]] == ["Lý Văn Sơn", "Đinh Thị Mai"]


def test_a_person_elected_after_his_title_makes_his_unit_the_next_chair(rec):
    r = rec("Ngày 20/12/2024, Cụm thi đua số 4 tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2024. Ông Nông Văn Quý, Chủ tịch UBND "
            "huyện Bình Gia được giao làm Cụm trưởng năm 2025. Bà Vi Thị Hạnh, Chủ tịch UBND huyện Bắc Sơn được bầu làm Cụm phó năm 2025.")
    c = r["cluster"]
    assert (c["next_chair"] or {}).get("organization") == "UBND huyện Bình Gia"
    assert (c["next_vice_chair"] or {}).get("organization") == "UBND huyện Bắc Sơn"
    assert c["chair"] is None


def test_a_person_who_merely_holds_his_title_holds_no_role(rec):
    r = rec("Ngày 20/12/2024, Cụm thi đua số 4 tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2024. Ông Nông Văn Quý, Chủ tịch UBND "
            "huyện Bình Gia được giao làm Trưởng ban tổ chức hội thao.")
    assert r["cluster"]["next_chair"] is None and r["cluster"]["chair"] is None


def test_a_plural_kind_before_the_recipients_gives_one_award_each(rec):
    r = rec(LEAD + "Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho các huyện Tràng Định, Đình Lập. Các trường THPT Hữu Lũng, "
            "THPT Chi Lăng Mới được đề nghị tặng Giấy khen. Khối đề nghị tặng Cờ thi đua cho các Sở: Nội vụ, Công Thương và Tài chính.")
    assert _awards(r) == [("Tràng Định", "Bằng khen", "proposed"), ("Đình Lập", "Bằng khen", "proposed"),
                          ("THPT Hữu Lũng", "Giấy khen", "proposed"), ("THPT Chi Lăng Mới", "Giấy khen", "proposed"),
                          ("Nội vụ", "Cờ thi đua", "proposed"), ("Công Thương", "Cờ thi đua", "proposed"),
                          ("Tài chính", "Cờ thi đua", "proposed")]


def test_an_official_name_holding_va_in_a_colon_list_stays_one(rec):
    r = rec(LEAD + "Khối đề nghị tặng Cờ thi đua cho các Sở: Nội vụ, Giáo dục và Đào tạo.")
    assert [a["recipient"] for a in r["awards"]] == ["Nội vụ", "Giáo dục và Đào tạo"]


@pytest.mark.parametrize("lead,bullet", [("Kết quả bình xét:", "{n}. "), ("Hội nghị thống nhất đề nghị khen thưởng như sau:", "- ")])
def test_one_line_an_award_under_a_results_or_proposal_lead(rec, lead, bullet):
    r = rec(LEAD + lead + "\n" + bullet.format(n=1) + "Cờ thi đua của UBND tỉnh: huyện Văn Quan.\n" + bullet.format(n=2)
            + "Bằng khen của Chủ tịch UBND tỉnh: huyện Lộc Bình, huyện Cao Lộc.\n")
    assert _awards(r) == [("huyện Văn Quan", "Cờ thi đua của UBND tỉnh", "proposed"),
                          ("huyện Lộc Bình", "Bằng khen của Chủ tịch UBND tỉnh", "proposed"),
                          ("huyện Cao Lộc", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]


def test_award_lines_under_a_lead_of_other_matters_give_no_award(rec):
    r = rec(LEAD + "Tiêu chuẩn các hình thức khen thưởng:\n1. Cờ thi đua của UBND tỉnh: đơn vị dẫn đầu.\n")
    assert r["awards"] == []


def test_two_givers_proposed_in_one_sentence_stay_two(rec):
    r = rec(LEAD + "Hội nghị suy tôn Sở Nội vụ là đơn vị dẫn đầu, đề nghị Bộ Nội vụ tặng Cờ thi đua của Bộ Nội vụ và đề nghị "
            "Chính phủ tặng Cờ thi đua.")
    assert [a["award"] for a in r["awards"]] == ["Cờ thi đua của Bộ Nội vụ", "Cờ thi đua"]
