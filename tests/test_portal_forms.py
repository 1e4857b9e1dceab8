"""More forms of portals the library had not seen: headlines, names and lists (own examples, one per rule)."""

LEAD = "Ngày 12/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024."


# --- headline ------------------------------------------------------------------------------------
def test_a_first_line_in_capitals_with_a_full_stop_is_the_headline(rec):
    r = rec("CỤM THI ĐUA SỐ 5 TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM 2024.\n\nVừa qua, Cụm thi đua số 5 đã tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2024.")
    assert r["title"] == "CỤM THI ĐUA SỐ 5 TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM 2024"


def test_a_first_line_with_a_full_stop_above_a_dated_lead_is_the_headline(rec):
    r = rec("Cụm thi đua số 5 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 và triển khai "
            "nhiệm vụ năm 2025.\n\n" + LEAD)
    assert r["title"].startswith("Cụm thi đua số 5 tổ chức Hội nghị tổng kết")


def test_a_slogan_banner_is_no_headline(rec):
    r = rec("THI ĐUA HOÀN THÀNH THẮNG LỢI NHIỆM VỤ NĂM 2024!\n\nHỘI NGHỊ TỔNG KẾT CỤM THI ĐUA SỐ 5\n\n" + LEAD)
    assert r["title"] == "HỘI NGHỊ TỔNG KẾT CỤM THI ĐUA SỐ 5"


def test_a_lead_sentence_on_the_first_line_stays_no_headline(rec):
    # a lead that states its date is the body, even on the page's first line
    r = rec(LEAD + "\n\nTại hội nghị, các đơn vị đã thống nhất các nội dung thi đua năm 2025.")
    assert r["title"] is None


# --- cluster name --------------------------------------------------------------------------------
def test_a_cluster_renamed_in_parentheses_takes_its_current_name(rec):
    r = rec("Sáng 12/1/2024, Khối thi đua Giáo dục (nay được gọi là Khối thi đua số 4) đã tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2023.")
    assert (r["cluster"]["name"], r["cluster"]["number"]) == ("Khối thi đua số 4", 4)


def test_abbreviations_joined_by_a_comma_stay_in_the_name(rec):
    r = rec("Sáng 12/1/2024, Sở Xây dựng - Khối trưởng Khối thi đua Ban Quản lý KCN, KKT các tỉnh miền Trung năm 2023 "
            "đã tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["cluster"]["name"] == "Khối thi đua Ban Quản lý KCN, KKT các tỉnh miền Trung"
    assert r["meeting"]["province"] is None  # "các tỉnh": a cluster of several provinces


# --- member lists --------------------------------------------------------------------------------
MEMBERS = LEAD + "\n\nCụm thi đua số 5 gồm {n} cơ quan: {items}."


def test_the_members_after_the_role_holders_go_on_the_list(rec):
    r = rec(LEAD + "\n\nCụm thi đua số 5 gồm 5 đơn vị, gồm: Sở Tài chính (Cụm trưởng), Sở Xây dựng (Cụm phó) cùng "
            "các đơn vị thành viên: Sở Nội vụ; Sở Tư pháp; Kho bạc Nhà nước, Chi nhánh Nam Định.")
    assert r["cluster"]["members"] == ["Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ", "Sở Tư pháp",
                                       "Kho bạc Nhà nước, Chi nhánh Nam Định"]
    assert r["cluster"]["chair"]["organization"] == "Sở Tài chính"


def test_a_name_ending_in_viec_lam_does_not_end_the_list(rec):
    r = rec(MEMBERS.format(n=3, items="Trung tâm Dịch vụ việc làm, Sở Nội vụ, Sở Tư pháp"))
    assert r["cluster"]["members"] == ["Trung tâm Dịch vụ việc làm", "Sở Nội vụ", "Sở Tư pháp"]


def test_plain_words_after_an_inner_comma_go_on_the_unit_before(rec):
    r = rec(MEMBERS.format(n=3, items="Sở Nội vụ, Trung tâm Kiểm định chất lượng, giống cây trồng và vật tư "
                                      "nông nghiệp, Sở Tư pháp"))
    assert r["cluster"]["members"] == ["Sở Nội vụ", "Trung tâm Kiểm định chất lượng, giống cây trồng và vật tư "
                                       "nông nghiệp", "Sở Tư pháp"]


def test_a_clause_after_a_comma_still_ends_the_list(rec):
    r = rec(MEMBERS.format(n=2, items="Sở Nội vụ, Sở Tư pháp, các đơn vị đều hoàn thành nhiệm vụ"))
    assert r["cluster"]["members"] == ["Sở Nội vụ", "Sở Tư pháp"]


def test_a_long_official_name_opened_by_a_unit_head_is_one_member(rec):
    r = rec(MEMBERS.format(n=3, items="Sở Nội vụ, Sở Tư pháp, Ban quản lý dự án đầu tư xây dựng các công trình "
                                      "dân dụng và công nghiệp"))
    assert r["cluster"]["members"][-1] == "Ban quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp"


# --- decisions -----------------------------------------------------------------------------------
def test_two_approvals_in_two_clauses_of_one_sentence_are_two_decisions(rec):
    r = rec(LEAD + "\n\nTại Hội nghị, các thành viên đã thảo luận, thông qua Quy chế hoạt động của Cụm; đồng thời "
            "thông qua dự thảo các tiêu chí thi đua năm 2025 của Cụm.")
    assert [d["kind"] for d in r["decisions"]].count("approve_report") == 2


def test_one_approval_is_read_once(rec):
    r = rec(LEAD + "\n\nTại Hội nghị, các thành viên đã thông qua Quy chế hoạt động của Cụm.")
    assert [d["kind"] for d in r["decisions"]].count("approve_report") == 1


# --- province ------------------------------------------------------------------------------------
def test_a_cluster_named_for_two_provinces_has_no_province(rec):
    r = rec("Chiều 10/1/2025, tại tỉnh Hà Nam, Khối thi đua các Chi cục Thi hành án dân sự Hà Nam - Nam Định tổ chức "
            "hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["province"] is None


def test_units_of_a_number_of_provinces_before_the_cluster_give_no_province(rec):
    r = rec("Công an 4 tỉnh Cụm thi đua số 9 ký giao ước thi đua năm 2024.\n\nNăm 2024, Công an tỉnh Hà Nam là "
            "đơn vị Cụm trưởng Cụm thi đua số 9.")
    assert r["meeting"]["province"] is None


def test_a_descriptor_of_several_provinces_on_another_mention_gives_no_province(rec):
    r = rec("Sơ kết Cụm thi đua số 2 Đài Phát thanh và Truyền hình các tỉnh miền núi phía Bắc\n\nNgày 04/7/2024, "
            "Đài Phát thanh và Truyền hình Lào Cai - Cụm phó Cụm thi đua số 2 đã tổ chức hội nghị sơ kết 6 tháng "
            "đầu năm 2024.")
    assert r["meeting"]["province"] is None


# --- names of classes of units ------------------------------------------------------------------
def test_a_class_of_units_keeps_the_body_it_belongs_to(rec):
    r = rec("Ngày 10/3/2024, Khối thi đua các Cục, Tổng cục thuộc Bộ Tài chính đã tổ chức hội nghị triển khai "
            "công tác thi đua năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các Cục, Tổng cục thuộc Bộ Tài chính"
    assert r["meeting"]["province"] is None


def test_school_levels_listed_in_a_name_stay_in_it(rec):
    r = rec("Ngày 16/11/2024, Hội nghị tổng kết công tác thi đua khối các trường Cao đẳng, Trung cấp thuộc Bộ Y tế "
            "được diễn ra tại Trường Cao đẳng Y tế Hà Nội.")
    assert r["cluster"]["name"] == "khối các trường Cao đẳng, Trung cấp thuộc Bộ Y tế"


def test_a_numbered_cluster_still_ends_at_its_number(rec):
    r = rec("Ngày 10/3/2024, Cụm thi đua số 3 thuộc Bộ Tài chính đã tổ chức hội nghị triển khai công tác thi đua "
            "năm 2024.")
    assert r["cluster"]["name"] == "Cụm thi đua số 3"


# --- awards and rankings -------------------------------------------------------------------------
def test_recipients_listed_with_semicolons_each_get_the_award(rec):
    r = rec(LEAD + "\n\nCác đơn vị được đề nghị tặng Cờ thi đua của Bộ Y tế: Trường Cao đẳng Y tế Hà Nam; "
            "Trường Cao đẳng Y tế Nam Định; Trường Cao đẳng Y tế Thái Bình.")
    assert [a["recipient"] for a in r["awards"]] == ["Trường Cao đẳng Y tế Hà Nam", "Trường Cao đẳng Y tế Nam Định",
                                                    "Trường Cao đẳng Y tế Thái Bình"]


def test_the_giver_of_the_next_clause_is_no_recipient(rec):
    r = rec(LEAD + "\n\nCác đơn vị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Y tế; UBND tỉnh tặng "
            "Bằng khen cho Sở Tư pháp.")
    assert ("UBND tỉnh", "Cờ thi đua") not in [(a["recipient"], a["award"]) for a in r["awards"]]
    assert ("Sở Y tế", "Cờ thi đua") in [(a["recipient"], a["award"]) for a in r["awards"]]


def test_a_praise_between_the_unit_and_its_lead_keeps_the_ranking(rec):
    r = rec(LEAD + "\n\nCụm đã thống nhất suy tôn Trường Cao đẳng Y tế Hà Nam, tiêu biểu, dẫn đầu phong trào thi đua "
            "năm 2024, đề nghị tặng Cờ thi đua của Chính phủ.")
    assert r["rankings"] == [{"rank": 1, "organization": "Trường Cao đẳng Y tế Hà Nam"}]
    assert [a["recipient"] for a in r["awards"]] == ["Trường Cao đẳng Y tế Hà Nam"]


# --- roles ---------------------------------------------------------------------------------------
def test_people_listed_a_line_each_after_a_verb_and_colon_take_its_role(rec):
    r = rec(LEAD + " Hội nghị vinh dự được đón tiếp:\n\nPGS.TS. Lê Văn An – Phó Vụ trưởng Vụ Thi đua, Bộ Y tế\n\n"
            "TS. Trần Thị Bình – Phó Vụ trưởng Vụ Đào tạo, Bộ Y tế\n\nCác đơn vị đã hoàn thành nhiệm vụ.")
    assert {p["name"]: p["roles"] for p in r["people"]} == {"Lê Văn An": ["attended"], "Trần Thị Bình": ["attended"]}


def test_a_later_mention_with_the_unit_gives_the_fuller_title(rec):
    r = rec(LEAD + "\n\nDự hội nghị có TS. Lê Văn Dũng – Phó Hiệu trưởng cùng đại diện các trường.\n\nBáo cáo tổng kết "
            "đã được TS. Lê Văn Dũng – Phó Hiệu trưởng Trường Đại học Huế trình bày tại Hội nghị.")
    assert r["people"][0]["title"] == "Phó Hiệu trưởng Trường Đại học Huế"


def test_a_unit_elected_ends_before_the_next_role_word(rec):
    r = rec(LEAD + " Hội nghị đã giới thiệu Trưởng cụm thi đua năm 2025 là Bệnh viện Phổi tỉnh và Phó trưởng cụm "
            "thi đua là Trung tâm Pháp y tỉnh.")
    assert r["cluster"]["next_chair"]["organization"] == "Bệnh viện Phổi tỉnh"
    assert r["cluster"]["next_vice_chair"]["organization"] == "Trung tâm Pháp y tỉnh"


def test_a_role_assigned_by_a_named_body_gives_the_chair(rec):
    r = rec("Ngày 12/3/2024, Cụm thi đua số 7 tổ chức hội nghị ký kết giao ước thi đua năm 2024.\n\nNăm 2024, "
            "Công an tỉnh Hà Nam được Bộ Công an phân công là đơn vị Cụm trưởng Cụm thi đua số 7.")
    assert r["cluster"]["chair"]["organization"] == "Công an tỉnh Hà Nam"


def test_the_unit_that_presides_with_a_role_note_is_the_chair(rec):
    r = rec("Chiều 26/8/2024, Hội nghị tổng kết năm học 2023-2024 của Cụm thi đua số 6 đã diễn ra với sự chủ trì "
            "Trường Đại học Huế – Cụm trưởng Cụm thi đua số 6.")
    assert r["cluster"]["chair"]["organization"] == "Trường Đại học Huế"


def test_members_in_brackets_after_a_count_are_the_list(rec):
    r = rec("Ngày 12/12/2024, Cụm thi đua số 8 gồm 3 trường chính trị các tỉnh miền Trung (Trường Chính trị Quảng "
            "Nam, Trường Chính trị Quảng Ngãi, Trường Chính trị Bình Định) đã tổ chức hội nghị tổng kết năm 2024.")
    assert r["cluster"]["members"] == ["Trường Chính trị Quảng Nam", "Trường Chính trị Quảng Ngãi",
                                       "Trường Chính trị Bình Định"]


# --- dates ---------------------------------------------------------------------------------------
def test_a_half_year_review_in_summer_is_dated_in_its_year(rec):
    r = rec("Sơ kết Cụm thi đua số 1\n\n22/04/2024, 23:29\n\nNgày 04/7, Cụm thi đua số 1 đã tổ chức Hội nghị sơ kết "
            "công tác thi đua 6 tháng đầu năm 2024.")
    assert r["meeting"]["date"] == "2024-07-04"
    assert r["published"] is None  # a page date before the meeting dates no report of it


def test_a_school_year_review_in_august_is_dated_at_its_end(rec):
    r = rec("Ngày 23/8, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm học 2023-2024.")
    assert r["meeting"]["date"] == "2024-08-23"


def test_a_year_written_after_the_page_date_is_a_slip(rec):
    r = rec("Cụm thi đua số 2 tổng kết năm 2024\n\n26/12/2024\n\nNgày 21 tháng 12 năm 2204, Cụm thi đua số 2 tổ chức "
            "tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["date"] == "2024-12-21"
    assert any(w["code"] == "year_inferred" for w in r["warnings"])


# --- roles written as nouns before "của" -----------------------------------------------------------
def test_the_act_named_just_before_cua_is_the_persons_and_the_next_listed_shares_it(rec):
    r = rec(LEAD + " Đơn vị chủ trì Hội nghị có sự tham dự của PGS.TS Lê Văn Trào – Hiệu trưởng Trường Đại học Huế; "
            "TS. Trần Tiến Dũng – Phó Hiệu trưởng cùng đại diện các phòng.")
    assert {p["name"]: p["roles"] for p in r["people"]} == {"Lê Văn Trào": ["attended"], "Trần Tiến Dũng": ["attended"]}


def test_acts_joined_before_cua_are_all_the_persons(rec):
    r = rec(LEAD + " Hội nghị diễn ra dưới sự chủ trì và chỉ đạo của ông Lê Văn Trào – Hiệu trưởng Trường Đại học Huế.")
    assert r["people"][0]["roles"] == ["presided", "spoke"]


# --- awards named with a sector, chosen by the meeting ---------------------------------------------
def test_a_sector_flag_chosen_by_vote_is_a_proposed_award_and_its_decision(rec):
    r = rec(LEAD + " Hội nghị đã bỏ phiếu thống nhất Chi cục Thi hành án dân sự huyện Tân Hà được suy tôn danh hiệu "
            "“Cờ thi đua ngành Tư pháp” năm 2024.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
        ("Chi cục Thi hành án dân sự huyện Tân Hà", "Cờ thi đua ngành Tư pháp", "proposed")]
    assert "award_proposal" in [d["kind"] for d in r["decisions"]]


# --- another event of the same day -----------------------------------------------------------------
def test_another_cluster_on_the_same_day_is_kept_out(rec):
    r = rec("Ngày 10/1/2025, Cụm thi đua các cơ quan Bộ CHQS tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
            "Hội nghị đã thống nhất nội dung giao ước thi đua năm 2025.\n\nCùng ngày, Cụm thi đua các đơn vị trực "
            "thuộc gồm: Trung đoàn 1, Đội K7 và Trường Quân sự tỉnh tổ chức ký kết giao ước thi đua năm 2025.")
    assert r["cluster"]["name"] == "Cụm thi đua các cơ quan Bộ CHQS tỉnh"
    assert r["cluster"]["members"] == []
    assert "covenant" not in [d["kind"] for d in r["decisions"]]


def test_the_same_cluster_on_the_same_day_stays_in(rec):
    r = rec("Sáng 10/1/2025, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n\nChiều cùng ngày, "
            "Cụm thi đua số 4 tổ chức ký kết giao ước thi đua năm 2025.")
    assert "covenant" in [d["kind"] for d in r["decisions"]]


def test_capitalised_school_levels_listed_in_a_name_stay_in_it(rec):
    r = rec("Ngày 10/3/2024, Cụm các trường Trung cấp, Cao đẳng tổ chức hội nghị sơ kết công tác thi đua 6 tháng "
            "đầu năm 2024.")
    assert r["cluster"]["name"] == "Cụm các trường Trung cấp, Cao đẳng"


# --- the chair read from people and notes ----------------------------------------------------------
def test_a_unit_word_and_role_after_a_position_stay_in_the_title_and_give_the_chair(rec):
    r = rec(LEAD + " Tại buổi lễ, Đại tá Lê Văn Phúc - Phó Hiệu trưởng Trường Đại học Y, đơn vị Cụm trưởng Cụm thi đua "
            "số 5 nhấn mạnh ý nghĩa của lễ ký.")
    assert r["people"][0]["title"] == "Phó Hiệu trưởng Trường Đại học Y, đơn vị Cụm trưởng Cụm thi đua số 5"
    assert r["cluster"]["chair"] == {"organization": "Trường Đại học Y", "person": "Lê Văn Phúc"}


def test_a_role_held_first_without_a_unit_takes_the_unit_of_a_later_title(rec):
    r = rec(LEAD + "\n\nĐ/c Lê Hồng Minh – Cụm trưởng Cụm thi đua tuyên bố khai mạc cuộc họp.\n\nDưới sự điều hành của "
            "đồng chí Lê Hồng Minh – Viện trưởng Viện kiểm sát nhân dân huyện Tân Sơn - Cụm trưởng cụm thi đua, các "
            "đơn vị đã báo cáo kết quả.")
    assert r["cluster"]["chair"] == {"organization": "Viện kiểm sát nhân dân huyện Tân Sơn", "person": "Lê Hồng Minh"}
    assert r["people"][0]["title"] == "Viện trưởng Viện kiểm sát nhân dân huyện Tân Sơn - Cụm trưởng cụm thi đua"


def test_a_role_then_its_unit_in_brackets_gives_the_chair(rec):
    r = rec(LEAD + " Kết thúc Hội nghị, đơn vị Trưởng khối Thi đua, khen thưởng năm 2024 (Sở Xây dựng) tổng hợp các ý kiến.")
    assert r["cluster"]["chair"]["organization"] == "Sở Xây dựng"


def test_a_fronted_role_with_lam_gives_the_unit_after_the_comma(rec):
    r = rec(LEAD + " Với vai trò làm Cụm trưởng năm 2024, Công ty Cổ phần Cấp nước Tân Hòa đã phối hợp tốt với các đơn vị.")
    assert r["cluster"]["chair"]["organization"] == "Công ty Cổ phần Cấp nước Tân Hòa"


def test_a_lower_case_role_right_after_a_unit_gives_the_chair(rec):
    r = rec(LEAD + " Sở Tài nguyên và Môi trường Nam Định cụm trưởng cụm thi đua số 5 năm 2024 chủ trì Hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Sở Tài nguyên và Môi trường Nam Định"


def test_roles_written_bare_after_listed_units(rec):
    r = rec(LEAD + " Cụm thi đua số 5 gồm 5 đơn vị: Ngân hàng Chính sách xã hội tỉnh Trưởng cụm, Ngân hàng Phát triển "
            "tỉnh Phó cụm và 3 đơn vị thành viên là: Ngân hàng A, Ngân hàng B, Ngân hàng C.")
    c = r["cluster"]
    assert c["chair"]["organization"] == "Ngân hàng Chính sách xã hội tỉnh"
    assert c["vice_chair"]["organization"] == "Ngân hàng Phát triển tỉnh"
    assert c["member_count"] == 5  # the 3 "đơn vị thành viên" are part of the 5
    assert len(c["members"]) == 5


def test_a_unit_handing_over_ends_before_tien_hanh(rec):
    r = rec(LEAD + " Bộ CHQS tỉnh Bến Tre tiến hành bàn giao cụm trưởng cụm thi đua năm 2025 cho Bộ CHQS tỉnh Cà Mau.")
    assert r["cluster"]["chair"]["organization"] == "Bộ CHQS tỉnh Bến Tre"
    assert r["cluster"]["next_chair"]["organization"] == "Bộ CHQS tỉnh Cà Mau"


# --- member lists introduced by a longer descriptor --------------------------------------------------
def test_a_list_after_a_long_kind_of_places(rec):
    r = rec(LEAD + " Cụm thi đua số 5 gồm 4 tỉnh, thành phố khu vực Đồng bằng sông Hồng: Hà Nội, Hà Nam, Hải Phòng và "
            "Nam Định.")
    assert r["cluster"]["members"] == ["Hà Nội", "Hà Nam", "Hải Phòng", "Nam Định"]


def test_a_list_after_n_units_that_are_members_of_the_bloc(rec):
    r = rec(LEAD + " Dự hội nghị có đại diện lãnh đạo của 3 Tổng công ty thành viên Khối thi đua 12: Tổng Công ty Cấp nước "
            "Sài Gòn, Tổng Công ty Công nghiệp Sài Gòn, Tổng Công ty Địa ốc Sài Gòn.")
    assert r["cluster"]["members"] == ["Tổng Công ty Cấp nước Sài Gòn", "Tổng Công ty Công nghiệp Sài Gòn",
                                       "Tổng Công ty Địa ốc Sài Gòn"]


# --- bylines -------------------------------------------------------------------------------------
def test_a_label_line_after_the_byline_is_no_author(rec):
    r = rec(LEAD + "\n\nCác đơn vị đã ký giao ước thi đua năm 2025.\n\nTác giả: Đặng Minh Thông\nNguồn")
    assert r["author"] == "Đặng Minh Thông"


def test_a_cut_sentence_start_on_the_last_line_is_no_author(rec):
    r = rec(LEAD + "\n\nCác đơn vị đã ký giao ước thi đua năm 2025.\n\nCũng ")
    assert r["author"] is None


def test_a_one_word_pen_name_after_the_end_mark(rec):
    r = rec(LEAD + "\n\nCác đơn vị đã ký giao ước thi đua năm 2025./.\n\nHoàng")
    assert r["author"] == "Hoàng"


def test_two_pen_names_before_the_share_buttons(rec):
    r = rec(LEAD + "\n\nCác đơn vị đã ký giao ước thi đua năm 2025.\n\n        Bình - Trí\n\nChia sẻ bài viết\n\n"
            "ĐỒNG HÀNH CÙNG DOANH NGHIỆP")
    assert r["author"] == "Bình - Trí"
    assert [p["name"] for p in r["people"] if "author" in p["roles"]] == ["Bình", "Trí"]


# --- page dates ----------------------------------------------------------------------------------
def test_an_iso_date_line_with_its_clock_is_the_page_date(rec):
    r = rec("Khối thi đua Kinh tế sơ kết 6 tháng đầu năm 2024\n\n2024-07-10 08:07:56\n\nNgày 6/7/2024 Khối thi đua Kinh tế "
            "đã tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.")
    assert r["published"] == "2024-07-10"


def test_a_crawler_date_is_still_no_page_date(rec):
    r = rec("date 2025-12-13 Khối thi đua Kinh tế sơ kết 6 tháng đầu năm 2024\n\nNgày 6/7/2024 Khối thi đua Kinh tế "
            "đã tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.")
    assert r["published"] is None


def test_a_date_with_an_english_clock_is_month_first(rec):
    r = rec("Cụm thi đua số 4 tổng kết năm 2024\n\nNgày cập nhật:  12/9/2024 2:35:50 AM\n\nNgày 06/12/2024, Cụm thi đua "
            "số 4 tổ chức Hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["published"] == "2024-12-09"


def test_a_date_line_with_its_counter_after_it(rec):
    r = rec("Cụm thi đua số 1 tổng kết năm 2024\n\n05:12 - Thứ Sáu, 10/11/2024 Lượt xem: 1655 In bài viết\n\nSáng 10/11, "
            "Cụm thi đua số 1 tổ chức hội nghị tổng kết phong trào thi đua năm 2024.")
    assert r["published"] == "2024-11-10"


# --- a cluster's two names ---------------------------------------------------------------------------
def test_a_numbered_cluster_keeps_its_other_name_after_a_dash(rec):
    r = rec("Sáng ngày 24/6/2024, cuộc họp tổng kết Khối 8 – Khối thi đua cơ sở giáo dục đại học năm học 2023 - 2024 "
            "đã diễn ra tại Trường Đại học Kinh tế.")
    assert (r["cluster"]["name"], r["cluster"]["number"]) == ("Khối 8 - Khối thi đua cơ sở giáo dục đại học", 8)


def test_of_two_forms_in_the_meeting_sentence_the_one_the_meeting_names(rec):
    r = rec("Ngày 23/11/2024, đại biểu của 9 đơn vị thuộc Khối 1-Khối thi đua các viện trực thuộc Bộ Y tế đã về dự Hội "
            "nghị tổng kết thi đua năm 2024 của Khối 1 được tổ chức tại Viện Pasteur Nha Trang.")
    assert r["cluster"]["name"] == "Khối 1"
    assert r["meeting"]["province"] is None  # a bloc of a ministry's institutes


def test_a_city_and_the_provinces_listed_after_gom(rec):
    r = rec("Sáng 1-12-2024, tại Đà Nẵng, Cụm Thi đua số 8 Hội Cựu chiến binh Việt Nam, gồm thành phố Đà Nẵng và các "
            "tỉnh Quảng Nam, Quảng Ngãi tổ chức hội nghị tổng kết phong trào thi đua năm 2024.")
    assert r["cluster"]["members"] == ["thành phố Đà Nẵng", "Quảng Nam", "Quảng Ngãi"]
    assert r["meeting"]["province"] is None


# --- people in long attendance lists --------------------------------------------------------------
def test_a_list_cut_by_a_stray_full_stop_keeps_its_role(rec):
    r = rec(LEAD + " Dự hội nghị có thủ trưởng các Quân khu: Thiếu tướng Trương Văn Dũng, Tư lệnh Quân khu 1; Thiếu tướng "
            "Dương Văn Quang, Phó Chính ủy Quân khu 1. Thiếu tướng Lương Văn Kiểm, Tư lệnh Quân khu 3; Trung tướng "
            "Nguyễn Đức Hưng, Chính ủy Quân khu 3.")
    assert all(p["roles"] == ["attended"] for p in r["people"]) and len(r["people"]) == 4


def test_a_position_before_the_name_does_not_cross_a_colon(rec):
    r = rec(LEAD + " Dự hội nghị có thủ trưởng Bộ Tư lệnh Thủ đô Hà Nội: Thiếu tướng Trương Văn Dũng, Tư lệnh Quân khu 1.")
    assert r["people"][0]["title"] == "Tư lệnh Quân khu 1"


def test_a_title_cut_by_the_end_of_the_excerpt_is_dropped(rec):
    r = rec(LEAD + " Dự hội nghị có Thiếu tướng Hồ Văn Thái, Chính ủy Quân khu 9; Thiếu tướng Chiêm Văn Nhất, Ph")
    assert {p["name"]: p["title"] for p in r["people"]}["Chiêm Văn Nhất"] is None


def test_the_lead_before_a_position_written_before_the_name(rec):
    r = rec(LEAD + " Hội nghị diễn ra với sự tham dự của Thứ trưởng Bộ Y tế Ngô Thị Minh, các vụ, cục thuộc Bộ.")
    assert r["people"][0]["roles"] == ["attended"]


def test_a_verb_of_another_subject_after_a_persons_title_is_not_his(rec):
    r = rec(LEAD + " Tại cuộc họp, dưới sự điều hành của đồng chí Lê Hồng Minh – Viện trưởng Viện kiểm sát nhân dân huyện "
            "Tân Sơn, các đơn vị đã báo cáo kết quả công tác năm 2024.")
    assert r["people"][0]["roles"] == ["presided"]


def test_the_direction_of_someone_praised_is_no_act_of_the_speaker(rec):
    r = rec(LEAD + " Phát biểu tại hội nghị, đồng chí Lê Thị Hồng, Phó Chủ tịch Tổng Liên đoàn đánh giá cao về sự điều "
            "hành rất thành công của Khối trưởng.")
    assert r["people"][0]["roles"] == ["spoke"]


def test_a_count_of_units_with_their_abbreviation_in_the_cluster(rec):
    r = rec(LEAD + " Dự hội nghị có lãnh đạo các phòng thuộc 5 Sở GD&ĐT trong cụm thi đua.")
    assert r["cluster"]["member_count"] == 5


# --- h10 forms ------------------------------------------------------------------------------------
def test_a_full_stop_without_its_space_ends_the_list_and_the_sentence(rec):
    r = rec("Ngày 5/1/2025, Công an tỉnh tổ chức hội nghị tổng kết năm 2024 của khối thi đua các huyện miền núi, gồm: "
            "Đông Giang, Tây Giang, Nam Giang và Nông Sơn.Theo đó, các đơn vị đã hoàn thành nhiệm vụ.")
    assert r["cluster"]["members"] == ["Đông Giang", "Tây Giang", "Nam Giang", "Nông Sơn"]


def test_places_of_one_kind_split_at_commas_and_semicolons_alike(rec):
    r = rec(LEAD + " Dự hội nghị có Chủ tịch Hội Cựu chiến binh 6 phường của Cụm thi đua số 5 gồm: phường Tân Sơn; "
            "Phường Tây Thạnh, phường Tân Phú; phường An Lạc, phường Bình Tân, phường Tân Tạo; Các đồng chí trong Ban "
            "Thường vụ, Ban chấp hành.")
    assert r["cluster"]["members"] == ["phường Tân Sơn", "Phường Tây Thạnh", "phường Tân Phú", "phường An Lạc",
                                       "phường Bình Tân", "phường Tân Tạo"]


def test_a_persons_positions_are_no_unit_and_the_chair_is_the_unit_he_heads(rec):
    r = rec(LEAD + " Hội nghị đã nghe đồng chí Đặng Thế Điều, Đảng ủy viên- phó Chủ tịch UBMTTQ phường – Chủ tịch Hội Cựu "
            "chiến binh phường Tân Sơn, Cụm trưởng Cụm thi đua số 5 phát động phong trào thi đua.")
    assert r["cluster"]["chair"] == {"organization": "Hội Cựu chiến binh phường Tân Sơn", "person": "Đặng Thế Điều"}


def test_a_role_note_with_lam_in_brackets(rec):
    r = rec(LEAD + " Dự có lãnh đạo 3 Hội trong khối, gồm: Hội Nạn nhân chất độc da cam tỉnh (làm trưởng khối), Hội Bảo "
            "trợ người tàn tật tỉnh (làm phó khối), Hội Người cao tuổi tỉnh.")
    assert r["cluster"]["chair"]["organization"] == "Hội Nạn nhân chất độc da cam tỉnh"
    assert r["cluster"]["vice_chair"]["organization"] == "Hội Bảo trợ người tàn tật tỉnh"


def test_a_unit_then_don_vi_and_its_role_and_a_government_parent(rec):
    r = rec("Ngày 16/11/2024, Thanh tra tỉnh Bắc Giang đơn vị Cụm trưởng Cụm thi đua số V - Thanh tra Chính phủ đã tổ "
            "chức Hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["cluster"]["chair"]["organization"] == "Thanh tra tỉnh Bắc Giang"
    assert r["meeting"]["province"] is None


def test_a_planning_meeting_that_reviews_the_year_before_in_the_next_sentences(rec):
    r = rec("Ngày 4-1-2025, Khối thi đua Mặt trận tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2025.\nNăm 2024, Khối thi "
            "đua Mặt trận tỉnh tiếp tục tập trung hướng về cơ sở. Các đơn vị trong khối hoàn thành tốt nhiệm vụ được "
            "giao.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2024, "span": "year"})


# --- awards -------------------------------------------------------------------------------------
def test_a_giver_outside_the_government_list_and_the_recipient_after_tap_the(rec):
    r = rec(LEAD + " Hội nghị đề nghị tặng Cờ Thi đua xuất sắc của Thanh tra Chính phủ cho tập thể Thanh tra tỉnh Bắc Giang.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [
        ("Thanh tra tỉnh Bắc Giang", "Cờ Thi đua xuất sắc của Thanh tra Chính phủ")]


def test_a_recipient_with_its_province_after_a_comma(rec):
    r = rec(LEAD + " Hội nghị đã bỏ phiếu thống nhất Chi cục Thi hành án dân sự huyện Tân Hà, tỉnh Long An được suy tôn "
            "danh hiệu “Cờ thi đua ngành Tư pháp” năm 2024.")
    assert r["awards"][0]["recipient"] == "Chi cục Thi hành án dân sự huyện Tân Hà, tỉnh Long An"


def test_quoted_awards_with_their_giver_after_the_quote_and_titles_of_units(rec):
    r = rec(LEAD + ' Các đại biểu đề nghị tặng "Cờ thi đua" của Bộ Công an cho Công an huyện Hiệp Đức; cùng danh hiệu '
            '“Đơn vị quyết thắng” cho Công an huyện Phước Sơn, Tiên Phước và danh hiệu “Đơn vị tiên tiến” cho lực lượng '
            'công an các huyện Tây Giang, Nam Giang.')
    got = [(a["recipient"], a["award"]) for a in r["awards"]]
    assert got == [("Công an huyện Hiệp Đức", "Cờ thi đua"), ("Công an huyện Phước Sơn", "Đơn vị quyết thắng"),
                   ("Tiên Phước", "Đơn vị quyết thắng"), ("Tây Giang", "Đơn vị tiên tiến"), ("Nam Giang", "Đơn vị tiên tiến")]


def test_a_flag_named_for_leading_the_bloc(rec):
    r = rec(LEAD + " Hội nghị đã biểu quyết, suy tôn đề nghị UBND tỉnh tặng cờ dẫn đầu khối mầm non năm học 2023-2024 cho "
            "trường Mầm non Chiềng Xôm.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("trường Mầm non Chiềng Xôm", "cờ dẫn đầu khối mầm non")]


def test_a_flag_leading_the_bloc_conferred_on_a_unit(rec):
    r = rec(LEAD + " Kết quả năm 2024, đơn vị VKSND thị xã Sông Cầu vinh dự được VKSND tối cao tặng Cờ thi đua dẫn đầu Khối, các "
            "đơn vị còn lại đều hoàn thành nhiệm vụ.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
        ("VKSND thị xã Sông Cầu", "Cờ thi đua dẫn đầu Khối", "conferred")]


# --- h11 forms ------------------------------------------------------------------------------------
def test_kinds_of_organisation_in_a_name_are_no_verb(rec):
    r = rec("Ngày 10/1/2024, Khối Thi đua các tổ chức Hội đặc thù tỉnh tổ chức Hội nghị tổng kết công tác thi đua năm "
            "2023.\n\nKhối gồm: Hội Người cao tuổi; Hội Khuyến học; Hội Liên hiệp các tổ chức hữu nghị.")
    assert r["cluster"]["name"] == "Khối Thi đua các tổ chức Hội đặc thù"
    assert r["cluster"]["members"][-1] == "Hội Liên hiệp các tổ chức hữu nghị"


def test_a_counted_list_of_organisations_taking_part(rec):
    r = rec("Ngày 10/1/2024, Hội nghị tổng kết năm 2023 của Khối thi đua các tổ chức chính trị - xã hội và các tổ chức "
            "liên hiệp, với sự tham gia của 03 tổ chức: Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Trung ương Hội Cựu "
            "chiến binh Việt Nam, Tổng Liên đoàn Lao động Việt Nam.")
    assert r["cluster"]["name"] == "Khối thi đua các tổ chức chính trị - xã hội và các tổ chức liên hiệp"
    assert len(r["cluster"]["members"]) == 3 and r["cluster"]["member_count"] == 3


def test_the_unit_a_person_heads_before_a_deputy_position(rec):
    r = rec(LEAD + " Tới dự có đồng chí Trần Văn Mẫn, Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh, Phó Chủ tịch Hội đồng Thi "
            "đua - Khen thưởng tỉnh, Cụm trưởng Cụm thi đua số 5.")
    assert r["cluster"]["chair"]["organization"] == "Ủy ban Mặt trận Tổ quốc tỉnh"


def test_the_clusters_other_name_in_brackets_is_no_unit(rec):
    r = rec("Chiều ngày 27/02/2024, tại Trại giam Đắk Tân – Khối trưởng Khối thi đua số 3 (Khối nội chính), đã tổ chức "
            "Lễ Ký giao ước thi đua năm 2024.")
    assert r["cluster"]["chair"]["organization"] != "Khối nội chính"


def test_a_military_units_parent_after_its_comma(rec):
    r = rec(LEAD + " Cụm thi đua số 5 gồm: Sở Tư pháp, Trại giam Đắk Trung, Trung đoàn Cảnh sát cơ động Tây Nguyên và Lữ "
            "đoàn 198, Bộ Tư lệnh Đặc công.")
    assert r["cluster"]["members"][-2:] == ["Trung đoàn Cảnh sát cơ động Tây Nguyên", "Lữ đoàn 198, Bộ Tư lệnh Đặc công"]


def test_carrying_out_the_covenant_over_a_half_year_is_no_signing(rec):
    r = rec("Hội nghị sơ kết 6 tháng đầu năm 2024 cụm thi đua các tỉnh Tây Nam bộ\n\nNgày 31/7/2024, UBND tỉnh Đồng Tháp "
            "đăng cai tổ chức hội nghị thực hiện giao ước thi đua 6 tháng đầu năm 2024 Cụm thi đua các tỉnh Tây Nam bộ.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("so_ket", {"year": 2024, "span": "h1"})


def test_members_listed_after_the_cluster_and_a_colon_and_the_guests_after_them(rec):
    r = rec(LEAD + " Tham dự có đại diện lãnh đạo các đơn vị thành viên trong Cụm: Quỹ Bảo vệ rừng tỉnh Kon Tum; Quỹ Bảo vệ "
            "rừng tỉnh Lâm Đồng; Quỹ Bảo vệ rừng tỉnh Đăk Nông và đơn vị khách mời là Quỹ Bảo vệ rừng tỉnh Quảng Nam.")
    assert r["cluster"]["members"] == ["Quỹ Bảo vệ rừng tỉnh Kon Tum", "Quỹ Bảo vệ rừng tỉnh Lâm Đồng",
                                       "Quỹ Bảo vệ rừng tỉnh Đăk Nông"]


def test_a_dash_unit_after_the_byline_name(rec):
    r = rec(LEAD + "\n\nCác đơn vị đã ký giao ước thi đua năm 2025.\n\nTrương Văn Phong - Phòng QLNS")
    assert r["author"] == "Trương Văn Phong"


def test_a_representative_of_the_chair_past_a_photo_note(rec):
    r = rec(LEAD + "\n\nSở Y tế (Cụm trưởng) đã báo cáo kết quả năm 2024.\n\nÔng Trương Văn Ly – Giám đốc Sở Y tế (thứ nhất từ "
            "trái sang) đại diện cụm trưởng trao tặng cờ thi đua cho các thành viên.")
    assert r["cluster"]["chair"] == {"organization": "Sở Y tế", "person": "Trương Văn Ly"}


def test_a_unit_written_with_its_abbreviation_is_the_same_unit(rec):
    r = rec(LEAD + " Cụm gồm: Hội LHPN tỉnh (Cụm phó), Hội Nông dân tỉnh, Tỉnh đoàn.\n\nBà Trần Lan Phương - Phó Chủ tịch "
            "Thường trực Hội Liên hiệp Phụ nữ tỉnh - đơn vị Cụm phó - chủ trì Hội nghị.")
    assert r["cluster"]["vice_chair"]["person"] == "Trần Lan Phương"


# --- decisions: who presents, what the meeting chose ---------------------------------------------------
def test_the_chair_presenting_a_report_is_no_approval(rec):
    r = rec(LEAD + " Tại hội nghị, Cụm trưởng thay mặt Cụm thi đua số 5 đã thông qua báo cáo tổng kết công tác năm 2024.")
    assert "approve_report" not in [d["kind"] for d in r["decisions"]]


def test_the_meeting_approving_after_hearing_is_an_approval(rec):
    r = rec(LEAD + " Sau khi nghe báo cáo, các đại biểu đã thảo luận, nhất trí thông qua báo cáo tổng kết năm 2024.")
    assert "approve_report" in [d["kind"] for d in r["decisions"]]


def test_a_vote_that_proposes_an_award_ranks_too(rec):
    r = rec(LEAD + " Hội nghị đã tiến hành biểu quyết, suy tôn đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Y tế.")
    assert {"ranking", "award_proposal"} <= {d["kind"] for d in r["decisions"]}


def test_a_proposal_following_the_results_of_a_ranking_is_no_ranking(rec):
    r = rec(LEAD + " Căn cứ kết quả bình xét thi đua năm 2024, Cụm thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Y tế.")
    kinds = [d["kind"] for d in r["decisions"]]
    assert "award_proposal" in kinds and "ranking" not in kinds


# --- h12 forms ------------------------------------------------------------------------------------
def test_a_cluster_numbered_one_before_its_sector(rec):
    r = rec("Ngày 28/2/2024, Cụm thi đua 1 ngành Tuyên giáo thành phố gồm các quận: 1, 3, 5, Tân Bình tổ chức hội nghị "
            "ký kết giao ước thi đua năm 2024.")
    assert (r["cluster"]["name"], r["cluster"]["number"]) == ("Cụm thi đua 1", 1)
    assert r["cluster"]["members"] == ["1", "3", "5", "Tân Bình"]


def test_a_role_held_as_a_duty_after_the_position(rec):
    r = rec(LEAD + " Theo ông Trần Phương, Hiệu trưởng trường Trung cấp Việt Giao giữ nhiệm vụ Khối trưởng chia sẻ: "
            "các đơn vị đã hoàn thành nhiệm vụ.")
    assert r["people"][0]["title"] == "Hiệu trưởng trường Trung cấp Việt Giao"
    assert r["cluster"]["chair"] == {"organization": "trường Trung cấp Việt Giao", "person": "Trần Phương"}


def test_a_list_item_ends_before_and_the_representatives(rec):
    r = rec(LEAD + " Khối gồm: Sở Nội vụ, Thanh tra tỉnh, Văn phòng Đoàn Đại biểu Quốc hội tỉnh và đại diện Ban Thi đua "
            "khen thưởng tỉnh.")
    assert r["cluster"]["members"][-1] == "Văn phòng Đoàn Đại biểu Quốc hội tỉnh"


def test_the_ranks_after_the_first_written_short(rec):
    r = rec(LEAD + " Hội nghị đã thống nhất suy tôn huyện Bắc Sơn đứng thứ nhất cụm, thứ nhì huyện Hữu Lũng, ba là thành phố "
            "Lạng Sơn.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [
        (1, "huyện Bắc Sơn"), (2, "huyện Hữu Lũng"), (3, "thành phố Lạng Sơn")]


def test_agreeing_the_contents_put_to_the_meeting_is_an_approval(rec):
    r = rec(LEAD + " Tại hội nghị, các trường thành viên đã thống nhất một số nội dung như: tổ chức các phong trào thi đua "
            "thiết thực.")
    assert "approve_report" in [d["kind"] for d in r["decisions"]]


def test_agreeing_the_core_contents_of_the_movement_sets_the_tasks(rec):
    r = rec(LEAD + " Cụm thi đua số 5 đã thảo luận và thống nhất các nội dung trọng tâm trong thực hiện phong trào thi đua "
            "năm 2025. Hội nghị cũng thống nhất kế hoạch hoạt động của Cụm.")
    assert sorted(d["kind"] for d in r["decisions"]) == ["approve_report", "tasks"]


def test_a_count_of_provinces_and_cities_stays_in_the_name_and_is_no_number(rec):
    r = rec("Ngày 10/1/2025, cụm thi đua Bộ CHQS 12 tỉnh, thành phố tổ chức hội nghị tổng kết công tác thi đua năm 2024 "
            "tại Bộ CHQS tỉnh Cà Mau.")
    assert (r["cluster"]["name"], r["cluster"]["number"]) == ("cụm thi đua Bộ CHQS 12 tỉnh, thành phố", None)
    assert r["meeting"]["province"] is None


# --- h13 forms ------------------------------------------------------------------------------------
def test_ranks_shared_by_counted_places_and_places_ranked_by_their_kind_word(rec):
    r = rec(LEAD + " Kết quả, tỉnh Long An xếp hạng Nhất; hạng Nhì thuộc về 2 tỉnh: An Giang và Tiền Giang; tỉnh Bạc Liêu "
            "xếp hạng Sáu.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [
        (1, "tỉnh Long An"), (2, "An Giang"), (2, "Tiền Giang"), (6, "tỉnh Bạc Liêu")]


def test_a_province_standing_for_its_unit_takes_the_next_role(rec):
    r = rec(LEAD + "\n\nNăm 2025, Bạc Liêu được chọn làm Cụm trưởng Cụm thi đua số 5.")
    assert r["cluster"]["next_chair"]["organization"] == "Bạc Liêu"


def test_a_place_inside_a_units_name_is_not_the_unit(rec):
    r = rec(LEAD + " Hội khuyến học quận Bình Thạnh làm Cụm trưởng năm 2024.")
    assert r["cluster"]["chair"]["organization"] == "Hội khuyến học quận Bình Thạnh"


def test_a_city_written_tp_dot_name_stays_one_member(rec):
    r = rec(LEAD + " Cụm thi đua gồm Văn phòng Đoàn Đại biểu Quốc hội các tỉnh: Đồng Nai, Bình Dương, Bình Thuận và "
            "TP.Hồ Chí Minh.")
    assert r["cluster"]["members"][-1] == "TP.Hồ Chí Minh"


def test_vua_after_the_last_member_opens_the_clause(rec):
    r = rec("Ngày 10/1/2024, Cụm thi đua 4 tỉnh gồm Đắk Lắk, Gia Lai, Kon Tum và Lâm Đồng vừa tổ chức hội nghị giao ban "
            "năm 2024.")
    assert r["cluster"]["members"] == ["Đắk Lắk", "Gia Lai", "Kon Tum", "Lâm Đồng"]


def test_a_list_after_a_counted_kind_and_la(rec):
    r = rec(LEAD + " Cụm thi đua số 5 - Bộ Công an gồm Công an 04 tỉnh khu vực Bắc Trung Bộ, là Nghệ An, Thanh Hóa, Hà Tĩnh, "
            "Quảng Bình.")
    assert r["cluster"]["members"] == ["Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Quảng Bình"]


def test_the_council_of_a_unit_stands_for_the_unit(rec):
    r = rec(LEAD + " PGS.TS. Đào Văn Phượng - Hiệu trưởng, Chủ tịch Hội đồng Thi đua - Khen thưởng Trường Đại học Vinh, đơn "
            "vị Cụm trưởng Cụm thi đua số 5 báo cáo tổng kết năm 2024.")
    assert r["cluster"]["chair"] == {"organization": "Trường Đại học Vinh", "person": "Đào Văn Phượng"}
