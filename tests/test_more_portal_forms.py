"""Forms of further portals: counted member lists, launch meetings of a school year, a venue named in a
line above the lead, and more (own examples, one per rule)."""
from record_views import kinds

LEAD = "Ngày 12/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024."


# --- members -------------------------------------------------------------------------------------
def test_a_counted_list_of_the_units_in_a_named_bloc(rec):
    r = rec("Sáng 8/7/2024, Khối thi đua Văn xã tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. Dự hội "
            "nghị có đại diện 4 cơ quan trong Khối thi đua Văn xã: Sở Y tế, Sở Giáo dục và Đào tạo, Đài Phát thanh, "
            "Báo tỉnh.")
    assert r["cluster"]["members"] == ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Đài Phát thanh", "Báo tỉnh"]
    assert r["cluster"]["member_count"] == 4


def test_units_of_a_bloc_without_a_count_open_no_list_of_people(rec):
    r = rec("Sáng 8/7/2024, Khối thi đua Văn xã tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. Về phía "
            "các đơn vị trong Khối thi đua Văn xã: ông Lê Văn An, Giám đốc Sở Y tế; bà Trần Thị Bình, Giám đốc Sở Tài chính.")
    assert r["cluster"]["members"] == []


# --- kind and period -----------------------------------------------------------------------------
def test_a_meeting_launching_a_school_years_plan_is_a_covenant_of_that_term(rec):
    r = rec("Ngày 20/10/2023, Trường Cao đẳng Kỹ thuật tổ chức Hội nghị triển khai kế hoạch hoạt động Khối thi đua các "
            "trường cao đẳng - đại học trên địa bàn tỉnh (Khối thi đua) năm học 2023 - 2024.")
    assert r["meeting"]["kind"] == "giao_uoc"
    assert r["meeting"]["period"] == {"year": 2024, "span": "term"}


def test_a_launch_whose_year_is_a_months_date_is_not_read(rec):
    # "tháng" between the plan and the year: the year is a date's, not the plan's
    r = rec("Hội nghị triển khai kế hoạch hoạt động của Khối thi đua các trường học diễn ra ngày 20 tháng 10 năm 2023.")
    assert r["meeting"]["period"] is None


# --- venue ---------------------------------------------------------------------------------------
def test_a_line_above_the_lead_naming_the_meeting_and_its_place_gives_the_venue(rec):
    r = rec("HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH KHỐI THI ĐUA CÁC TRƯỜNG CAO ĐẲNG\n\nKhối thi đua các trường cao đẳng năm học "
            "2023 - 2024. Hội nghị triển khai kế hoạch năm học 2023 - 2024 tại Trường Cao đẳng Y tế\n\nSáng ngày 20/10/2023, Trường Cao đẳng Y tế đã tổ chức Hội nghị triển khai kế hoạch "
            "hoạt động Khối thi đua năm học 2023 - 2024.")
    assert r["meeting"]["venue"] == "Trường Cao đẳng Y tế"


# --- unit names ----------------------------------------------------------------------------------
def test_an_official_name_with_a_comma_before_a_role_note_stays_whole(rec):
    # the masked inside of a protected name is no whitespace: trimming the shadow text kept "Sở V"
    r = rec(LEAD + " Sở Văn hóa, Thể thao và Du lịch, Cụm trưởng Cụm thi đua số 5 đăng cai tổ chức hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Sở Văn hóa, Thể thao và Du lịch"


def test_xa_hoi_after_va_is_no_commune(rec):
    r = rec(LEAD + " Sở Lao động - Thương binh và Xã hội (Cụm trưởng) đăng cai tổ chức hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Sở Lao động - Thương binh và Xã hội"


def test_a_comma_inside_a_name_before_lower_case_words_and_its_province(rec):
    r = rec(LEAD + " Ban quản lý Khu kinh tế, công nghiệp tỉnh Quảng Trị, Cụm trưởng Cụm thi đua số 5 đăng cai tổ chức.")
    assert r["cluster"]["chair"]["organization"] == "Ban quản lý Khu kinh tế, công nghiệp tỉnh Quảng Trị"


def test_a_comma_before_don_vi_still_ends_the_unit(rec):
    r = rec(LEAD + " Sở Y tế, đơn vị tỉnh Quảng Trị, Cụm trưởng Cụm thi đua số 5 đăng cai tổ chức.")
    assert r["cluster"]["chair"] is None or "," not in r["cluster"]["chair"]["organization"]


def test_kinds_each_with_its_abbreviation_stay_in_the_cluster_name(rec):
    r = rec("Ngày 27/12/2019, Khối thi đua Ban Quản lý khu công nghiệp (KCN), khu kinh tế (KKT) các tỉnh miền Trung đã tổ "
            "chức Hội nghị tổng kết công tác thi đua năm 2019.")
    assert r["cluster"]["name"] == "Khối thi đua Ban Quản lý khu công nghiệp (KCN), khu kinh tế (KKT) các tỉnh miền Trung"
    assert r["meeting"]["province"] is None


def test_an_opening_quote_before_a_list_is_no_part_of_its_first_item(rec):
    r = rec(LEAD + " Cụm thi đua số 5 gồm có 3 đơn vị, bao gồm: “ Công ty CP Alpha (Cụm trưởng); Công ty CP Beta; Công ty "
            "TNHH Gamma.")
    assert r["cluster"]["members"] == ["Công ty CP Alpha", "Công ty CP Beta", "Công ty TNHH Gamma"]
    assert r["cluster"]["chair"]["organization"] == "Công ty CP Alpha"


def test_a_comma_between_two_units_of_the_same_head_splits_a_semicolon_list(rec):
    r = rec(LEAD + " Cụm thi đua số 5 gồm: Công ty CP Alpha; Công ty CP Beta, Công ty CP Delta; Công ty TNHH Gamma.")
    assert r["cluster"]["members"] == ["Công ty CP Alpha", "Công ty CP Beta", "Công ty CP Delta", "Công ty TNHH Gamma"]


def test_a_group_of_departments_named_by_their_fields_goes_on_the_list(rec):
    r = rec(LEAD + " Dự hội nghị có đại diện các đơn vị của Khối thi đua: Ban Dân tộc tỉnh, Văn phòng Điều phối nông thôn "
            "mới và các Sở: Xây dựng, Khoa học và Công nghệ, Thông tin và Truyền thông.")
    assert r["cluster"]["members"] == ["Ban Dân tộc tỉnh", "Văn phòng Điều phối nông thôn mới", "Xây dựng",
                                       "Khoa học và Công nghệ", "Thông tin và Truyền thông"]


def test_a_province_whose_name_opens_like_an_honorific_stays_a_member(rec):
    r = rec(LEAD + " Cụm thi đua số 5 gồm các tỉnh: Đồng Nai, Bà Rịa - Vũng Tàu, Bình Dương.")
    assert r["cluster"]["members"] == ["Đồng Nai", "Bà Rịa - Vũng Tàu", "Bình Dương"]
    assert all(p["name"] != "Rịa - Vũng Tàu" for p in r["people"])


# --- decisions -----------------------------------------------------------------------------------
def test_thong_qua_opening_another_subjects_clause_means_through(rec):
    r = rec(LEAD + " Thông qua báo cáo tại hội nghị, Cụm trưởng đã đánh giá kết quả thi đua của các đơn vị.")
    assert "approve_report" not in [d["kind"] for d in r["decisions"]]


def test_thong_qua_opening_a_list_of_documents_is_still_an_approval(rec):
    r = rec(LEAD + " Thông qua báo cáo tổng kết năm 2024, chương trình công tác năm 2025.")
    assert "approve_report" in [d["kind"] for d in r["decisions"]]


# --- province ------------------------------------------------------------------------------------
def test_a_city_that_became_a_province_later_gives_the_province_of_the_day(rec):
    r = rec("Ngày 2/12/2022, tại thành phố Huế, Khối thi đua các sở ngành kinh tế tổ chức hội nghị tổng kết công tác "
            "thi đua năm 2022.")
    assert r["meeting"]["province"] == "Thừa Thiên Huế"


def test_the_same_city_after_it_became_a_province_keeps_its_name(rec):
    r = rec("Ngày 2/12/2025, tại thành phố Huế, Khối thi đua các sở ngành kinh tế tổ chức hội nghị tổng kết công tác "
            "thi đua năm 2025.")
    assert r["meeting"]["province"] == "Huế"


def test_the_last_kind_of_places_listed_in_a_name_is_no_province_suffix(rec):
    r = rec("Ngày 2/12/2022, khối thi đua các huyện, thị xã và thành phố Huế tổ chức hội nghị tổng kết năm 2022.")
    assert r["cluster"]["name"] == "khối thi đua các huyện, thị xã và thành phố Huế"


# --- roles ---------------------------------------------------------------------------------------
def test_a_role_sentence_opened_by_nam_nay(rec):
    r = rec(LEAD + " Năm nay huyện Quế Sơn là đơn vị trưởng cụm thi đua.")
    assert r["cluster"]["chair"]["organization"] == "huyện Quế Sơn"


def test_a_role_note_after_a_name_whose_title_comes_first(rec):
    r = rec(LEAD + " Chủ tịch Ủy ban MTTQ xã An Phú Lê Thị Hoa (cụm trưởng cụm thi đua số 5) phát biểu khai mạc hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Ủy ban MTTQ xã An Phú", "person": "Lê Thị Hoa"}


def test_a_dash_role_note_after_a_name_whose_title_comes_first(rec):
    r = rec(LEAD + " Chủ tịch Ủy ban MTTQ xã An Phú Lê Thị Hoa - Cụm trưởng cụm thi đua số 5 phát biểu khai mạc hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Ủy ban MTTQ xã An Phú", "person": "Lê Thị Hoa"}


# --- people --------------------------------------------------------------------------------------
def test_a_captions_capitalised_act_after_a_comma_ends_the_title(rec):
    r = rec(LEAD + "\n\nÔng Trần Văn Hùng - Chủ tịch Hội Nông dân tỉnh, Chủ trì hội nghị\n\nHội nghị đã thống nhất các nội "
            "dung thi đua năm 2025.")
    p = next(p for p in r["people"] if p["name"] == "Trần Văn Hùng")
    assert p["title"] == "Chủ tịch Hội Nông dân tỉnh"
    assert "presided" in p["roles"]


def test_a_chairs_head_written_with_the_units_abbreviation_is_its_person(rec):
    r = rec("Ngày 26/5/2024, Hội Chữ thập đỏ tỉnh chủ trì Khối thi đua các tổ chức xã hội ký giao ước thi đua năm 2024. "
            "Khối thi đua do Hội Chữ thập đỏ tỉnh làm trưởng khối.\n\nÔng Lê Văn Nam - Chủ tịch Hội CTĐ tỉnh, Chủ trì hội nghị")
    assert r["cluster"]["chair"] == {"organization": "Hội Chữ thập đỏ tỉnh", "person": "Lê Văn Nam"}


def test_the_role_before_a_name_and_the_position_after_it_name_the_chair(rec):
    r = rec("Chiều 26/11/2024, Khối thi đua Văn hóa xã hội tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2024. Đồng "
            "chí Khối trưởng Trần Thị Lan, Ủy viên BCH Đảng bộ tỉnh, Giám đốc Sở Y tế chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Sở Y tế", "person": "Trần Thị Lan"}


def test_a_clause_after_a_handover_gives_the_next_period_its_other_role(rec):
    r = rec("Chiều 26/11/2024, Khối thi đua Văn hóa xã hội tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2024. Hội "
            "nghị bàn giao trách nhiệm trưởng khối cho Sở Y tế; Ban Dân tộc đảm nhận khối phó năm 2025.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Y tế"
    assert r["cluster"]["next_vice_chair"]["organization"] == "Ban Dân tộc"
    assert r["cluster"]["vice_chair"] is None


# --- awards --------------------------------------------------------------------------------------
def test_recipients_listed_after_trong_do(rec):
    r = rec("Chiều 26/11/2024, Khối thi đua Văn hóa xã hội tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2024. Khối "
            "đã suy tôn 5 đơn vị, trong đó Sở Y tế, Ban Dân tộc tỉnh được đề nghị UBND tỉnh tặng Cờ thi đua năm 2024.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Y tế", "Ban Dân tộc tỉnh"]


def test_an_act_named_as_a_noun_after_the_presiders_is_not_theirs(rec):
    r = rec("Chiều 27/3/2025, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024. Hội nghị do ông Lê Văn Tâm - Chủ tịch "
            "UBND huyện A Lưới đồng chủ trì, với sự tham dự của các thành viên trong cụm thi đua.")
    p = next(p for p in r["people"] if p["name"] == "Lê Văn Tâm")
    assert p["roles"] == ["presided"]


def test_a_bare_province_after_a_descriptive_cluster_name_is_its_suffix(rec):
    r = rec("Chiều 27/3/2025, Cụm thi đua miền núi Quảng Ngãi tổ chức hội nghị tổng kết năm 2024.")
    assert r["cluster"]["name"] == "Cụm thi đua miền núi"
    assert r["meeting"]["province"] == "Quảng Ngãi"


def test_a_province_in_a_units_proper_name_stays_in_the_cluster_name(rec):
    r = rec("Chiều 27/3/2025, Khối thi đua Báo Quảng Ngãi tổ chức hội nghị tổng kết năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua Báo Quảng Ngãi"


def test_leading_on_one_index_is_no_ranking(rec):
    r = rec(LEAD + " Công tác cải cách hành chính được đẩy mạnh, trong đó huyện Trà Bồng dẫn đầu chỉ số cải cách hành "
            "chính toàn cụm.")
    assert r["rankings"] == []


def test_kinds_listed_in_a_blocs_name_stay_in_a_title(rec):
    r = rec(LEAD + " Đồng chí Lê Văn Hải - Phó Giám đốc Sở Nội vụ, Trưởng khối các sở, ngành tổng hợp chủ trì Hội nghị.")
    p = next(p for p in r["people"] if p["name"] == "Lê Văn Hải")
    assert p["title"] == "Phó Giám đốc Sở Nội vụ, Trưởng khối các sở, ngành tổng hợp"


def test_a_covenant_meeting_with_its_year_after_two_acts_is_of_that_year(rec):
    r = rec("Chiều ngày 9/3/2024, Khối thi đua các sở, ngành tổng hợp tổ chức Hội nghị triển khai kế hoạch và ký kết giao "
            "ước thi đua năm 2024.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("giao_uoc", {"year": 2024, "span": "year"})


def test_a_count_of_units_named_by_two_nouns_before_the_bloc(rec):
    r = rec(LEAD + " Năm qua 9 cơ quan, đơn vị Khối Nội chính đã triển khai thực hiện nghiêm túc phong trào thi đua.")
    assert r["cluster"]["member_count"] == 9


# --- number, count and period --------------------------------------------------------------------
def test_a_numbered_short_form_in_brackets_gives_the_number(rec):
    r = rec("Chiều 16/7/2020, Khối thi đua MTTQ và các tổ chức chính trị - xã hội (Khối thi đua 6) tổ chức sơ kết công "
            "tác thi đua 6 tháng đầu năm 2020.")
    assert (r["cluster"]["name"], r["cluster"]["number"]) == ("Khối thi đua MTTQ và các tổ chức chính trị - xã hội", 6)


def test_a_sơ_kết_whose_next_step_is_the_second_half_reviews_the_first(rec):
    r = rec("Sơ kết cụm thi đua văn hóa khu vực miền Trung\n\nĐăng ngày 14/07/2024\n\nHội nghị đã thống nhất kế hoạch hoạt "
            "động; các tiêu chí thi đua phấn đấu hoàn thành tốt 8 chỉ tiêu, nhiệm vụ 6 tháng cuối năm 2024 của Cụm.")
    assert r["meeting"]["kind"] == "so_ket"
    assert r["meeting"]["period"] == {"year": 2024, "span": "h1"}


def test_the_provinces_of_a_region_in_the_clusters_name_count_its_members(rec):
    r = rec("Ngày 12/7/2024, cụm thi đua văn hóa, thể thao và du lịch khu vực 5 tỉnh Tây Nguyên tổ chức hội nghị sơ kết "
            "công tác thi đua 6 tháng đầu năm 2024.")
    assert r["cluster"]["member_count"] == 5


# --- decisions after a clause of their own -------------------------------------------------------

def test_acts_joined_by_cung_nhau_are_each_read(rec):
    r = rec("Ngày 10/1/2024, Khối thi đua các doanh nghiệp tổ chức hội nghị tổng kết năm 2023. Tại hội nghị tổng kết lần "
            "này, 12 doanh nghiệp trong Khối đã bầu ra khối trưởng mới, cùng nhau ký kết giao ước thi đua và phát động "
            "phong trào thi đua trong năm 2024.")
    assert kinds(r) == ["covenant", "election", "other"]


def test_a_sentence_opened_by_the_year_ahead_states_what_the_meeting_sets(rec):
    r = rec("Ngày 12/1/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2023. Trong năm 2024, Cụm "
            "thống nhất phát động phong trào thi đua với chủ đề “Đoàn kết, sáng tạo”.")
    assert kinds(r) == ["other"]


def test_a_sentence_opened_by_the_year_reviewed_is_no_act(rec):
    r = rec("Ngày 12/1/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2023. Trong năm 2023, Cụm "
            "đã phát động phong trào thi đua với chủ đề “Đoàn kết, sáng tạo”.")
    assert kinds(r) == []


def test_the_targets_a_bloc_sets_itself_are_its_tasks(rec):
    r = rec("Ngày 14/12/2023, Khối thi đua các cơ quan tổ chức hội nghị tổng kết công tác thi đua năm 2023. Năm 2024, Khối "
            "thi đua xác định thực hiện tốt mọi chỉ tiêu, kế hoạch được giao.")
    assert kinds(r) == ["tasks"]


def test_choosing_the_years_results_at_the_meeting_is_a_ranking(rec):
    r = rec("Ngày 5/12/2024, Cụm thi đua số 8 tổ chức hội nghị tổng kết hoạt động của cụm và bình xét thi đua khen thưởng "
            "năm 2024.")
    assert kinds(r) == ["ranking"]


def test_a_regulation_on_choosing_results_is_no_ranking(rec):
    r = rec(LEAD + " Hội nghị đã thông qua dự thảo quy định hoạt động và bình xét thi đua của Cụm năm 2025.")
    assert "ranking" not in kinds(r)


def test_what_a_bloc_did_from_the_start_of_the_year_is_no_act_of_the_meeting(rec):
    r = rec(LEAD + " Ngay từ đầu năm, Cụm thi đua đã phát động phong trào thi đua trong toàn ngành.")
    assert kinds(r) == []


# --- h16-style forms -----------------------------------------------------------------------------
def test_a_unit_named_with_tai_and_its_city_stays_one_list_item(rec):
    r = rec(LEAD + " Cụm thi đua số 5 gồm có 03 thành viên: Tòa án nhân dân cấp cao tại thành phố Đà Nẵng (Tòa cấp cao 2), "
            "Tòa án nhân dân cấp cao tại thành phố Hà Nội (Tòa cấp cao 1), Tòa án nhân dân thành phố Huế.")
    assert r["cluster"]["members"] == ["Tòa án nhân dân cấp cao tại thành phố Đà Nẵng",
                                       "Tòa án nhân dân cấp cao tại thành phố Hà Nội", "Tòa án nhân dân thành phố Huế"]


def test_places_in_brackets_before_the_cluster_they_belong_to(rec):
    r = rec("Ban Chỉ huy quân sự các huyện, thị xã (Quảng Điền, Phong Điền, Hương Trà) thuộc Cụm thi đua số 3 vừa tổ chức "
            "hội nghị tổng kết phong trào thi đua quyết thắng năm 2024.")
    assert r["cluster"]["members"] == ["Quảng Điền", "Phong Điền", "Hương Trà"]


def test_a_province_placing_the_venue_is_no_chair(rec):
    r = rec("Ngày 05/12/2024, tại Vườn quốc gia Chư Mom Ray, tỉnh Kon Tum, Cụm trưởng Cụm thi đua số 2 đã tổ chức Hội nghị "
            "tổng kết công tác thi đua năm 2024.")
    assert r["cluster"]["chair"] is None


def test_the_provinces_of_a_units_representatives_are_the_members(rec):
    r = rec("Ngày 5/7/2022, Cụm thi đua miền Đông Nam Bộ tổ chức hội nghị sơ kết 6 tháng đầu năm 2022. Tham dự Hội nghị có "
            "đại diện Hội Chữ thập đỏ các tỉnh Tây Ninh, Bình Dương, Đồng Nai và đại diện Hội Chữ thập đỏ các huyện.")
    assert r["cluster"]["members"] == ["Tây Ninh", "Bình Dương", "Đồng Nai"]


def test_a_list_of_regions_turned_down_leaves_no_truncation_warning(rec):
    r = rec("Họp chuẩn bị Hội nghị tổng kết Cụm thi đua các tỉnh Tây Nguyên\n\nChiều 4/1/2024, tại Sở Nội vụ tỉnh Gia Lai, "
            "các đơn vị thuộc Cụm thi đua các tỉnh Tây Nguyên tổ chức cuộc họp.")
    assert r["cluster"]["members"] == []
    assert not any(w["code"] == "list_truncated" for w in r["warnings"])


def test_a_multiword_act_with_a_capitalised_object_ends_a_title(rec):
    r = rec(LEAD + " Đồng chí Trần Thị Mai - Phó Hiệu trưởng Trường Chính trị tỉnh thông qua Dự thảo Kế hoạch thi đua năm 2025.")
    p = next(p for p in r["people"] if p["name"] == "Trần Thị Mai")
    assert p["title"] == "Phó Hiệu trưởng Trường Chính trị tỉnh"
    assert "reported" in p["roles"]


def test_every_person_of_a_semicolon_list_shares_the_leads_acts(rec):
    r = rec(LEAD + " Đến dự và chỉ đạo Hội nghị có ông Lê Văn An - Phó Giám đốc Sở Nội vụ; ông Trần Văn Bình - Phó Chủ tịch "
            "Liên đoàn Lao động tỉnh; bà Phạm Thị Cúc - Trưởng phòng Thi đua.")
    assert [p["roles"] for p in r["people"]] == [["attended", "spoke"]] * 3


# --- h17-style forms -----------------------------------------------------------------------------
def test_a_persons_unit_that_is_the_chair_after_la(rec):
    r = rec("Ngày 12/12/2023, Khối thi đua số VI tổ chức hội nghị tổng kết công tác thi đua năm 2023. Ông Trần Văn Long - "
            "Tổng Giám đốc Nhà xuất bản Bản đồ là Khối trưởng Khối thi đua số VI năm 2023.")
    assert r["cluster"]["chair"] == {"organization": "Nhà xuất bản Bản đồ", "person": "Trần Văn Long"}


def test_the_role_first_then_the_position_names_the_unit(rec):
    r = rec("Ngày 12/12/2023, Khối thi đua số VI tổ chức hội nghị tổng kết công tác thi đua năm 2023. Tại Hội nghị, đồng "
            "chí Lê Văn Sơn - Khối trưởng Khối thi đua số VI năm 2023, Chủ tịch Công ty TNHH MTV Đo đạc trình bày báo cáo.")
    assert r["cluster"]["chair"] == {"organization": "Công ty TNHH MTV Đo đạc", "person": "Lê Văn Sơn"}


def test_a_counted_bracket_list_cut_by_the_excerpt_keeps_what_it_names(rec):
    r = rec(LEAD + " Cụm thi đua số 5 gồm 4 đơn vị thuộc Bộ Tài chính (Viện Chiến lược tài chính, Báo Tài chính; Tạp chí Kinh "
            "tế; Trung tâ")
    assert r["cluster"]["members"] == ["Viện Chiến lược tài chính", "Báo Tài chính", "Tạp chí Kinh tế"]


def test_a_branch_after_a_comma_stays_with_its_unit_in_a_semicolon_list(rec):
    r = rec(LEAD + " Cụm thi đua số 5 gồm: Cục Thuế tỉnh; Ngân hàng Nhà nước, Chi nhánh tỉnh; Kho bạc Nhà nước tỉnh.")
    assert r["cluster"]["members"] == ["Cục Thuế tỉnh", "Ngân hàng Nhà nước, Chi nhánh tỉnh", "Kho bạc Nhà nước tỉnh"]


def test_trong_vai_tro_fronts_the_role_of_the_unit_after_it(rec):
    r = rec("Ngày 25/11/2021, trong vai trò Cụm trưởng Cụm thi đua số 2 (Tổng cục Lâm nghiệp), Vườn quốc gia Bạch Mã đã tổ "
            "chức Hội nghị tổng kết công tác thi đua năm 2021 của Cụm.")
    assert r["cluster"]["chair"]["organization"] == "Vườn quốc gia Bạch Mã"


def test_the_units_taking_part_in_the_clusters_meeting_count_its_members(rec):
    r = rec("Ngày 19/12/2012, Hội nghị tổng kết công tác thi đua năm 2012 của Cụm thi đua số 5 đã được tổ chức tại Báo Hà "
            "Nội Mới với sự tham gia của 16 đơn vị.")
    assert r["cluster"]["member_count"] == 16


def test_delegates_taking_part_are_no_count_of_members(rec):
    r = rec("Ngày 19/12/2012, Hội nghị tổng kết công tác thi đua năm 2012 của Cụm thi đua số 5 đã được tổ chức với sự tham "
            "gia của 60 đại biểu.")
    assert r["cluster"]["member_count"] is None


def test_a_note_after_a_dash_on_membership_is_cut_from_the_member(rec):
    r = rec(LEAD + " Cụm thi đua số 5 gồm: Bộ Y tế, Bộ Ngoại giao, Bảo hiểm Xã hội Việt Nam - đơn vị thành viên của Cụm từ năm "
            "2014.")
    assert r["cluster"]["members"][-1] == "Bảo hiểm Xã hội Việt Nam"


def test_a_bloc_of_ministries_meeting_in_a_province_has_no_province(rec):
    r = rec("Ngày 20/7/2017, tại thị trấn Sa Pa, tỉnh Lào Cai, Khối thi đua các bộ, ngành Khoa học - Văn hóa - Xã hội tổ "
            "chức Hội nghị sơ kết 6 tháng đầu năm 2017. Khối gồm 4 đơn vị: Bộ Y tế, Bộ Ngoại giao, Bộ Giáo dục và Đào tạo, "
            "Bộ Khoa học và Công nghệ.")
    assert r["meeting"]["province"] is None


def test_a_provinces_military_command_is_no_ministry(rec):
    r = rec("Ngày 20/7/2024, tại tỉnh An Giang, Cụm thi đua số 1 tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024. Cụm gồm: Bộ "
            "Chỉ huy quân sự tỉnh An Giang, Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang.")
    assert r["meeting"]["province"] == "An Giang"


def test_recipients_listed_after_a_colon_past_a_note_in_brackets(rec):
    r = rec(LEAD + " Hội nghị trao Cờ thi đua cho Hội Nông dân tỉnh; tặng Bằng khen cho các đơn vị: Hội Phụ nữ tỉnh (đơn vị "
            "Cụm phó năm 2025); Hội Cựu chiến binh tỉnh; Tỉnh đoàn.")
    assert [a["recipient"] for a in r["awards"] if a["award"] == "Bằng khen"] == ["Hội Phụ nữ tỉnh", "Hội Cựu chiến binh tỉnh",
                                                                                 "Tỉnh đoàn"]


def test_bare_places_after_a_unit_named_with_its_place_are_recipients_too(rec):
    r = rec(LEAD + " Hội nghị thống nhất đề nghị tặng bằng khen cho các Sở Nội vụ Quảng Bình, Quảng Trị.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Nội vụ Quảng Bình", "Quảng Trị"]


def test_a_unit_given_the_task_of_chairing(rec):
    r = rec("Ngày 12/1/2018, Khối thi đua các đơn vị sự nghiệp thuộc Sở tổ chức Hội nghị ký kết giao ước thi đua năm 2018. "
            "Khối gồm 09 đơn vị, trong đó Thư viện tỉnh được giao nhiệm vụ khối trưởng năm 2018.")
    assert r["cluster"]["chair"]["organization"] == "Thư viện tỉnh"


def test_an_approval_and_the_tasks_set_after_a_comma_are_two_acts(rec):
    r = rec(LEAD + " Hội nghị đã thảo luận và thông qua dự thảo Báo cáo tổng kết phong trào thi đua năm 2024, đề ra phương "
            "hướng, nhiệm vụ năm 2025 của Cụm.")
    assert kinds(r) == ["approve_report", "tasks"]


def test_the_units_of_a_roll_of_the_clusters_people_are_its_members(rec):
    r = rec(LEAD + " Về phía các đơn vị trong Cụm thi đua số 5: Ông Lê Văn An, Hiệu trưởng, Trường Cao đẳng Y tế, Cụm trưởng; "
            "Ông Trần Văn Bình, Hiệu trưởng Trường Cao đẳng Nghề; Bà Phạm Thị Cúc, Trưởng phòng Tổ chức, Trường Trung cấp "
            "Kỹ thuật.")
    assert r["cluster"]["members"] == ["Trường Cao đẳng Y tế", "Trường Cao đẳng Nghề", "Trường Trung cấp Kỹ thuật"]


def test_a_roll_of_people_without_units_gives_no_members(rec):
    r = rec(LEAD + " Về phía các đơn vị trong Cụm thi đua số 5: Ông Lê Văn An, Hiệu trưởng; Ông Trần Văn Bình, Phó Hiệu trưởng.")
    assert r["cluster"]["members"] == []
