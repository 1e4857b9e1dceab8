"""Forms of the twelfth pass, each on an invented example."""

REVIEW = "Sáng 5/3/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023. "


def kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_an_event_in_a_clause_of_its_own_after_another_agreed_act_is_a_plan(rec):
    r = rec(REVIEW + "Hội nghị thống nhất bầu Sở Tư pháp làm Cụm trưởng năm 2024 và tổ chức giải cầu lông của Cụm vào tháng 5.")
    assert kinds(r) == ["election", "plan"]
    plan = r["decisions"][1]["text"]
    assert plan == "tổ chức giải cầu lông của Cụm vào tháng 5"
    # (the election's clause ends where the plan's begins)
    assert r["decisions"][0]["text"].endswith("năm 2024")


def test_each_agreed_event_is_a_plan_of_its_own(rec):
    r = rec(REVIEW + "Cụm thống nhất tổ chức hội thao vào quý II. Các đơn vị còn nhất trí tổ chức cho đoàn viên, hội viên "
            "về nguồn. Hội nghị cũng thống nhất tổ chức ngày hội văn hóa các dân tộc vào tháng 9.")
    assert kinds(r) == ["plan", "plan", "plan"]


def test_an_item_of_a_list_led_by_an_agreement_is_an_act(rec):
    r = rec(REVIEW + "Hội nghị đã thống nhất các nội dung sau:\n1. Thông qua báo cáo tổng kết năm 2023 của Cụm.\n"
            "2. Phối hợp tổ chức liên hoan văn nghệ quần chúng vào tháng 6/2024.")
    assert kinds(r) == ["approve_report", "plan"]
    assert r["decisions"][1]["text"].startswith("Phối hợp tổ chức liên hoan")


def test_an_event_held_is_no_plan(rec):
    # (what the units did over the year: no agreeing word before it)
    r = rec(REVIEW + "Năm qua, các đơn vị trong Cụm đã tổ chức hội thao và giao lưu văn nghệ.")
    assert "plan" not in kinds(r)
    # (an agreement about results, then the events held)
    r = rec(REVIEW + "Hội nghị thống nhất đánh giá: các đơn vị đã chủ động, tổ chức nhiều hội thao.")
    assert "plan" not in kinds(r)
    # (a list item under a lead that agrees to nothing)
    r = rec(REVIEW + "Kết quả nổi bật của Cụm:\n- Tổ chức giao lưu thể thao giữa các xã.")
    assert "plan" not in kinds(r)


def test_an_event_announced_for_the_future_is_a_plan(rec):
    r = rec(REVIEW + "Dự kiến, Cụm sẽ tổ chức giải bóng đá giữa các đơn vị thành viên trong tháng 4/2024.")
    assert kinds(r) == ["plan"]


def test_a_named_programme_agreed_is_a_plan(rec):
    r = rec(REVIEW + "Các đơn vị thống nhất tổ chức chương trình “Xuân yêu thương” tặng quà hộ nghèo trước Tết.")
    assert kinds(r) == ["plan"]


def test_co_quan_opens_a_unit_of_a_list(rec):
    r = rec(REVIEW + "Cụm gồm Thanh tra Sở Tư pháp, Thanh tra Sở Nội vụ và Cơ quan Thanh tra, giám sát ngân hàng Lâm Sơn.")
    assert r["cluster"]["members"] == ["Thanh tra Sở Tư pháp", "Thanh tra Sở Nội vụ", "Cơ quan Thanh tra, giám sát ngân hàng Lâm Sơn"]


def test_a_guest_house_and_a_hotel_open_units(rec):
    r = rec(REVIEW + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Công ty CP Du lịch Lâm Sơn và Nhà khách Hồng Lam.")
    assert [a["recipient"] for a in r["awards"]] == ["Công ty CP Du lịch Lâm Sơn", "Nhà khách Hồng Lam"]


def test_a_youth_union_after_a_position_is_no_person(rec):
    r = rec(REVIEW + "Dự hội nghị có Chủ tịch Công đoàn, Bí thư Đoàn Thanh niên của các đơn vị thành viên.")
    assert r["people"] == []


def test_leading_on_a_business_figure_is_no_ranking(rec):
    r = rec(REVIEW + "Trong đó, Tổng công ty Vận tải Lâm Sơn đứng đầu với doanh thu 1.200 tỷ đồng.")
    assert r["rankings"] == []
    # (a score is a ranking)
    r = rec(REVIEW + "Qua chấm điểm, Tổng công ty Vận tải Lâm Sơn dẫn đầu Cụm với 98 điểm.")
    assert [x["organization"] for x in r["rankings"]] == ["Tổng công ty Vận tải Lâm Sơn"]


def test_agreeing_with_the_contents_and_passing_then_signing_the_covenant(rec):
    r = rec(REVIEW + "Các đại biểu đã đóng góp các ý kiến cho kế hoạch năm 2024 và đi đến sự thống nhất cao với các nội dung đã đề ra.")
    assert kinds(r) == ["approve_report"]
    r = rec(REVIEW + "Các đơn vị trong Cụm đã thống nhất thông qua và ký giao ước thi đua năm 2024.")
    assert sorted(kinds(r)) == ["approve_report", "covenant"]


def test_tai_doanh_nghiep_is_part_of_a_name_not_a_place(rec):
    r = rec("Chiều 3/12, Hội nghị tổng kết năm 2023 của Cụm thi đua số 1 - Ủy ban Quản lý vốn nhà nước tại doanh nghiệp đã "
            "diễn ra tại Hà Nội. Dự có ông Lê Văn Tâm, Phó Vụ trưởng Vụ Tổ chức cán bộ Ủy ban Quản lý vốn nhà nước tại doanh "
            "nghiệp.")
    assert r["meeting"]["venue"] == "Hà Nội"
    assert r["people"][0]["title"] == "Phó Vụ trưởng Vụ Tổ chức cán bộ Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"


def test_the_person_who_stands_for_the_chair_unit_is_its_person(rec):
    r = rec("Sáng 5/3/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023. Phó Tổng giám đốc LSC Trần Văn Hải, "
            "đại diện Tổng công ty Vận tải Lâm Sơn, Cụm trưởng Cụm thi đua số 2 chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Tổng công ty Vận tải Lâm Sơn", "person": "Trần Văn Hải"}


def test_a_fronted_report_makes_what_follows_its_content(rec):
    r = rec(REVIEW + "Báo cáo tổng kết công tác thi đua năm 2023 và phương hướng năm 2024 tại hội nghị, ông Lê Văn Tâm, "
            "Chánh Văn phòng Sở Nội vụ cho biết các đơn vị đã hoàn thành nhiệm vụ.")
    assert r["people"][0]["roles"] == ["reported"]


def test_a_unit_written_short_in_a_persons_note_is_the_chair(rec):
    r = rec("Sáng 5/3/2024, Cụm thi đua số 2 do Tổng công ty Xây dựng Giao thông LSC là Cụm trưởng tổ chức hội nghị tổng "
            "kết năm 2023. Báo cáo với hội nghị, đồng chí Lê Văn Tâm, Phó Tổng Giám đốc Tổng công ty LSC (đơn vị Cụm "
            "trưởng) cho biết năm qua các đơn vị đã hoàn thành nhiệm vụ.")
    assert r["cluster"]["chair"]["person"] == "Lê Văn Tâm"


def test_the_headline_under_a_crawlers_date_when_the_article_repeats_its_words(rec):
    body = ("Liên đoàn Lao động tỉnh Lâm Sơn vừa tổ chức hội nghị tổng kết Cụm thi đua các tỉnh duyên hải năm 2024. "
            "Cụm thi đua các tỉnh duyên hải gồm 5 tỉnh.")
    r = rec(" date 2024-12-10 Công đoàn các tỉnh duyên hải ghi dấu ấn đậm nét\n\n" + body)
    assert r["title"] == "Công đoàn các tỉnh duyên hải ghi dấu ấn đậm nét"
    # (a headline of another story: none of its words come again)
    r = rec(" date 2024-12-10 Giúp bà con vùng cao thu hoạch mùa màng\n\n" + body)
    assert r["title"] is None


def test_a_pages_section_before_the_headline_is_no_part_of_it(rec):
    r = rec("Tin trong nước - Hội nghị tổng kết công tác thi đua năm 2023 của Khối thi đua các sở\n\n"
            "Sáng 5/3/2024, Khối thi đua các sở tổ chức hội nghị tổng kết năm 2023.")
    assert r["title"] == "Hội nghị tổng kết công tác thi đua năm 2023 của Khối thi đua các sở"


def test_a_persons_caption_on_the_first_line_is_no_headline(rec):
    r = rec("Đại tá Trần Văn Hải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Cụm trưởng Cụm thi đua số 2 phát biểu tại Hội nghị\n\n"
            "Sáng 5/3/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023.")
    assert r["title"] is None


def test_the_meeting_as_the_acts_subject_after_the_presiding_people(rec):
    r = rec(REVIEW + "Tiếp đó, đồng chí Lê Văn Tâm, Giám đốc Sở Nội vụ, Trưởng khối đã điều hành Hội nghị thông qua dự thảo Quy "
            "chế hoạt động của Khối.")
    assert kinds(r) == ["approve_report"]


def test_a_launch_inside_a_speakers_words_is_no_act(rec):
    r = rec(REVIEW + "Phát biểu khai mạc, ông Lê Văn Tâm, Giám đốc Sở Nội vụ cho biết, năm 2023 là năm đầu tiên triển khai Chỉ "
            "thị 19, phát động phong trào thi đua thực hiện kế hoạch 5 năm.")
    assert "other" not in kinds(r)
    # (the meeting's own launch stands)
    r = rec(REVIEW + "Tại hội nghị, Cụm đã phát động phong trào thi đua năm 2024.")
    assert kinds(r) == ["other"]


def test_a_launch_listed_as_a_documents_content_is_no_act(rec):
    r = rec(REVIEW + "Hội nghị thảo luận Giao ước thi đua năm 2024, trong đó tập trung vào các nội dung chính: Phát động thi đua "
            "xây dựng cơ quan trong sạch, vững mạnh; tăng cường kỷ luật.")
    assert "other" not in kinds(r)


def test_a_title_stops_before_a_capitalised_va_lanh_dao(rec):
    r = rec(REVIEW + "Dự hội nghị có ông Lê Văn Tâm, Trưởng phòng Thi đua khen thưởng Sở Nội vụ và Lãnh đạo của 07 đơn vị trong Khối.")
    assert r["people"][0]["title"] == "Trưởng phòng Thi đua khen thưởng Sở Nội vụ"


def test_an_ellipsis_ends_an_enumeration_of_ranked_units(rec):
    r = rec(REVIEW + "Kết quả, tỉnh Lâm Sơn xếp hạng Nhất; hạng Nhì thuộc về 2 tỉnh: Hồng Lam và Sơn Hà… tỉnh Bắc Sơn xếp hạng Sáu.")
    assert ("Sơn Hà", 2) in [(x["organization"], x["rank"]) for x in r["rankings"]]
    assert r["cluster"]["members"] == []  # (the units given a rank are no member list)


def test_a_breadcrumb_of_double_angles_is_chrome_and_a_date_line_no_lead(rec):
    r = rec("Tin Hoạt động >> Chính trị\n\nHội nghị tổng kết công tác thi đua Khối các đoàn thể năm 2023.\n\n"
            "09/01/2024 10:36:21 Xem cỡ chữ\nChiều ngày 08/01/2024, tại Tỉnh đoàn, Khối thi đua các đoàn thể tổ chức hội nghị "
            "tổng kết năm 2023.")
    assert r["title"] == "Hội nghị tổng kết công tác thi đua Khối các đoàn thể năm 2023"


def test_a_vote_and_scoring_by_the_meeting_is_a_ranking_act(rec):
    r = rec(REVIEW + "Với kết quả đạt được, hội nghị đã bỏ phiếu, chấm điểm và đề nghị tặng Cờ thi đua cho Sở Y tế.")
    assert "ranking" in kinds(r)


def test_sự_chứng_kiến_của_after_degrees_is_attendance(rec):
    r = rec("Sáng 5/3/2024, Cụm thi đua số 2 tổ chức ký kết giao ước thi đua năm 2024, trước sự chứng kiến của Giáo sư, "
            "Tiến sĩ Lê Văn Tâm, Giám đốc Sở Nội vụ.")
    assert r["people"][0]["roles"] == ["attended"]


def test_a_clusters_number_from_its_numbered_name_in_brackets(rec):
    r = rec("Sáng 5/3/2024, Khối thi đua Văn hóa - Xã hội (Khối III) tổ chức hội nghị tổng kết năm 2023.")
    assert r["cluster"]["number"] == 3
    # (another kind's number in brackets is not this one's)
    r = rec("Sáng 5/3/2024, Khối thi đua Văn hóa - Xã hội (Cụm III) tổ chức hội nghị tổng kết năm 2023.")
    assert r["cluster"]["number"] is None


def test_an_office_of_two_fields_keeps_its_dash_in_a_title(rec):
    r = rec(REVIEW + "Dự có ông Lê Văn Tâm - Phó Trưởng Phòng Tổ chức -hành chính Ban Thi đua khen thưởng tỉnh.")
    assert r["people"][0]["title"] == "Phó Trưởng Phòng Tổ chức - hành chính Ban Thi đua khen thưởng tỉnh"


def test_an_official_name_with_commas_keeps_them_in_a_title(rec):
    r = rec(REVIEW + "Dự có đồng chí Lê Văn Tâm, Phó Cục trưởng Cục Thanh tra, giải quyết khiếu nại, tố cáo Khu vực 1.")
    assert r["people"][0]["title"] == "Phó Cục trưởng Cục Thanh tra, giải quyết khiếu nại, tố cáo Khu vực 1"


def test_a_role_note_in_brackets_naming_the_clusters_parent_is_the_unit_befores(rec):
    r = rec("Mới đây, Chi cục Dự trữ khu vực I (Cụm trưởng Cụm thi đua số 3 - Cục Dự trữ) tổ chức hội nghị tổng kết năm 2025.")
    assert r["cluster"]["chair"]["organization"] == "Chi cục Dự trữ khu vực I"


def test_a_report_by_a_person_after_theo(rec):
    r = rec(REVIEW + "Theo báo cáo tóm tắt kết quả năm 2023 do đồng chí Lê Văn Tâm, Giám đốc Sở Nội vụ trình bày, các đơn vị "
            "đã hoàn thành nhiệm vụ.")
    assert r["people"][0]["roles"] == ["reported"]


def test_a_count_by_a_descriptor_of_two_word_units(rec):
    r = rec("Sáng 13/4, Cụm các cơ quan thường trú khu vực phía Nam tổ chức ký giao ước thi đua năm 2024. Theo giao ước, "
            "5 cơ quan thường trú khu vực phía Nam sẽ thi đua hoàn thành nhiệm vụ.")
    assert r["cluster"]["member_count"] == 5


def test_people_parted_by_semicolons_opening_the_sentence_share_its_verb(rec):
    r = rec(REVIEW + "TS Lê Văn Tâm - Giám đốc Sở Y tế - đơn vị Cụm trưởng; bà Trần Thị Hoa - Giám đốc Sở Xây dựng - đơn vị Cụm "
            "phó - chủ trì Hội nghị.")
    assert [p["roles"] for p in r["people"]] == [["presided"], ["presided"]]
    # (after a lead of attendance, only a verb that says so is shared)
    r = rec(REVIEW + "Dự có ông Lê Văn Tâm - Giám đốc Sở Y tế; bà Trần Thị Hoa - Giám đốc Sở Xây dựng chủ trì Hội nghị.")
    assert "presided" not in r["people"][0]["roles"]


def test_a_crawlers_date_is_no_part_of_the_first_sentence(rec):
    r = rec(" date 2026-01-16 Hội Nông dân tỉnh được bầu làm Trưởng Cụm thi đua số 7 năm 2026\n\n"
            "Sáng 16/1, Cụm thi đua số 7 tổ chức tổng kết phong trào thi đua năm 2025.")
    assert r["cluster"]["next_chair"]["organization"] == "Hội Nông dân tỉnh"
    # (the headline that tells the choice states the election)
    assert [(d["kind"], d["text"]) for d in r["decisions"]] == [
        ("election", "Hội Nông dân tỉnh được bầu làm Trưởng Cụm thi đua số 7 năm 2026")]


def test_a_vote_and_agreement_to_give_an_award_proposes_it(rec):
    r = rec(REVIEW + "Các thành viên trong Cụm đã bỏ phiếu và nhất trí tặng Cờ thi đua cho Sở Y tế.")
    assert [(a["recipient"], a["status"]) for a in r["awards"]] == [("Sở Y tế", "proposed")]


def test_a_provinces_decision_announced_is_no_election(rec):
    r = rec(REVIEW + "Tại Hội nghị, UBND tỉnh đã công bố Quyết định công nhận Khối trưởng, Khối phó năm 2024.")
    assert "election" not in kinds(r)


def test_an_award_a_caption_told_first_is_recorded_once_with_the_bodys_words(rec):
    r = rec("Sáng 5/3/2024, Khối thi đua các trường tổ chức hội nghị tổng kết năm học 2023 - 2024.\n"
            "Trường Cao đẳng Y tế Lâm Sơn nhận cờ thi đua của UBND tỉnh Hà Tĩnh\n"
            "Hai đơn vị được tặng Cờ thi đua của Ủy ban Nhân dân tỉnh là Trường Cao đẳng Y tế Lâm Sơn và Trường Cao đẳng Xây "
            "dựng Lâm Sơn.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [
        ("Trường Cao đẳng Y tế Lâm Sơn", "Cờ thi đua của Ủy ban Nhân dân tỉnh"),
        ("Trường Cao đẳng Xây dựng Lâm Sơn", "Cờ thi đua của Ủy ban Nhân dân tỉnh")]


def test_a_page_date_in_brackets_after_the_headline(rec):
    r = rec("Liên kết\nHội nghị thi đua Cụm 1 – Đại học Lâm Sơn, Đại học Hồng Lam (29-12-2020 15:53)\nGóp ý\n\n"
            "Ngày 28/12/2020, tại Đại học Lâm Sơn đã diễn ra Hội nghị thi đua Cụm 1.")
    assert r["title"] == "Hội nghị thi đua Cụm 1 - Đại học Lâm Sơn, Đại học Hồng Lam"
    assert r["published"] == "2020-12-29"


def test_a_short_form_defined_in_brackets_is_no_part_of_the_clusters_name(rec):
    r = rec("Ngày 28/2/2014, Khối thi đua các Bộ, ngành Khoa học - Văn hóa (Khối) đã tổ chức Hội nghị tổng kết năm 2013.")
    assert r["cluster"]["name"] == "Khối thi đua các Bộ, ngành Khoa học - Văn hóa"


def test_cu_with_a_dash_after_agreement_elects_the_next_roles(rec):
    r = rec("Sáng 28/12/2020, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2020. Hội nghị nhất trí cử Sở Y tế - Trưởng Cụm "
            "thi đua năm 2021, Sở Xây dựng - Phó Trưởng Cụm thi đua năm 2021.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Y tế"
    assert r["cluster"]["next_vice_chair"]["organization"] == "Sở Xây dựng"
    # (a province's decision that "cử" the roles assigns this period's)
    r = rec("Sáng 5/7/2024, Khối thi đua số 1 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Thực hiện Quyết định của UBND tỉnh "
            "V/v cử Khối trưởng, Khối phó, theo đó Khối số 1 - Cử Khối trưởng: Hội Nông dân tỉnh.")
    assert r["cluster"]["next_chair"] is None


def test_a_rank_right_after_its_unit_naming_the_cluster(rec):
    r = rec(REVIEW + "Trong đó nổi bật là Ban Chỉ huy quân sự huyện Lâm Sơn hạng nhất Cụm thi đua số 2.")
    assert [(x["organization"], x["rank"]) for x in r["rankings"]] == [("Ban Chỉ huy quân sự huyện Lâm Sơn", 1)]


def test_a_school_named_bare_with_its_qualifier_after_va(rec):
    r = rec("Ngày 28/5/2018, Cụm thi đua số 2 gồm các Trường THPT: Nguyễn Du, Lê Lợi, Hùng Vương và chuyên Lê Quý Đôn tổ chức "
            "hội nghị tổng kết năm học 2017-2018.")
    assert r["cluster"]["members"][:3] == ["Nguyễn Du", "Lê Lợi", "Hùng Vương"]


def test_a_headlines_second_line_and_the_date_line_are_no_member_list(rec):
    r = rec(".\nCông an 6 tỉnh Cụm thi đua số 5:\n\nKý giao ước thi đua năm 2017\n\nThứ Tư, 01/03/2017, 14:03\n\n"
            "Ngày 1-3, Công an 6 tỉnh Cụm thi đua số 5 tổ chức hội nghị ký kết giao ước thi đua năm 2017.")
    assert r["cluster"]["members"] == []


def test_a_headline_ending_in_a_full_stop_above_the_pages_date_line(rec):
    r = rec("Cổng thông tin điện tử huyện Lâm Sơn\n\nKhối thi đua các cơ quan huyện tổng kết phong trào thi đua năm 2023.\n\n"
            "(16:10 | 14/02/2024)\n\nSáng ngày 30/01/2024, Khối thi đua các cơ quan huyện đã họp tổng kết năm 2023.")
    assert r["title"] == "Khối thi đua các cơ quan huyện tổng kết phong trào thi đua năm 2023"


def test_a_position_acting_for_the_chair_unit_names_it(rec):
    r = rec("Ngày 10/01/2024, Khối thi đua Nội chính tổng kết công tác thi đua năm 2023. Tại hội nghị, Cục trưởng Cục Thi "
            "hành án dân sự tỉnh đại diện đơn vị Trưởng khối đã thông qua báo cáo tổng kết.")
    assert r["cluster"]["chair"]["organization"] == "Cục Thi hành án dân sự tỉnh"


def test_a_member_list_whose_items_carry_their_roles_by_verb(rec):
    r = rec(REVIEW + "Cụm gồm Hội Nông dân xã Hải Sơn làm Cụm trưởng; Hội Nông dân xã Hòa Bình làm Cụm phó; Hội Nông dân xã "
            "Kiên Thành và Hội Nông dân thị trấn Lâm Sơn là thành viên.")
    assert r["cluster"]["members"] == ["Hội Nông dân xã Hải Sơn", "Hội Nông dân xã Hòa Bình", "Hội Nông dân xã Kiên Thành",
                                       "Hội Nông dân thị trấn Lâm Sơn"]
    assert r["cluster"]["chair"]["organization"] == "Hội Nông dân xã Hải Sơn"
    # (a count before an agent of the role is no list: "gồm 10 đơn vị do A làm trưởng khối")
    r = rec(REVIEW + "Khối gồm 10 đơn vị do Công an huyện Lâm Sơn làm trưởng khối và Công an huyện Hòa Bình làm phó khối.")
    assert r["cluster"]["members"] == []
    assert r["cluster"]["member_count"] == 10


def test_a_count_bounds_a_list_that_runs_into_a_role_note(rec):
    r = rec("Ngày 15/3/2024, tại UBND huyện Lâm Sơn, Cụm 3 gồm 04 huyện: Lâm Sơn, Hòa Bình, Kiên Thành, Hải Sơn, UBND huyện "
            "Lâm Sơn làm Cụm trưởng Cụm 3 đã chủ trì tổng kết giao ước thi đua năm 2023.")
    assert r["cluster"]["members"] == ["Lâm Sơn", "Hòa Bình", "Kiên Thành", "Hải Sơn"]


def test_a_portlets_name_above_the_headline_is_chrome(rec):
    r = rec("Agrégateur de contenus\n\nnull CỤM 3 TỔNG KẾT GIAO ƯỚC THI ĐUA NĂM 2023\n\n"
            "Ngày 15/3/2024, Cụm 3 tổ chức tổng kết giao ước thi đua năm 2023.")
    assert r["title"] == "CỤM 3 TỔNG KẾT GIAO ƯỚC THI ĐUA NĂM 2023"


def test_binh_chon_a_unit_as_the_roles_elects_the_next_ones(rec):
    r = rec("Mới đây, Khối thi đua doanh nghiệp tổ chức hội nghị tổng kết công tác thi đua năm 2016. Tại hội nghị, các thành "
            "viên đã thống nhất bình chọn Công ty A Lâm Sơn làm Khối trưởng và Công ty B Lâm Sơn làm Khối phó năm 2017.")
    assert r["cluster"]["next_chair"]["organization"] == "Công ty A Lâm Sơn"
    assert r["cluster"]["next_vice_chair"]["organization"] == "Công ty B Lâm Sơn"
    assert "election" in kinds(r)


def test_a_list_that_details_the_attendance_before_it(rec):
    r = rec(REVIEW + "Tham dự hội nghị có lãnh đạo của 3 trường trong Cụm. Cụ thể có TS. Lê Văn Tâm, Hiệu trưởng Trường A; "
            "ThS. Trần Thị Hoa, Phó Hiệu trưởng Trường B.")
    assert [p["roles"] for p in r["people"]] == [["attended"], ["attended"]]


def test_a_byline_with_the_pages_date_glued_after_it(rec):
    r = rec("Cụm thi đua tổng kết năm 2023\n\nHÀ VY - VĂN NAM 13/03/2024 15:45\n\n"
            "Sáng 13/3, Cụm thi đua các tỉnh duyên hải tổ chức hội nghị tổng kết năm 2023.")
    assert r["author"] == "HÀ VY - VĂN NAM"
    assert r["published"] == "2024-03-13"


def test_the_years_places_told_in_the_review_are_rankings_but_no_act(rec):
    r = rec("Mới đây, Khối thi đua doanh nghiệp tổ chức hội nghị tổng kết công tác thi đua năm 2016. Trong năm 2016, Công ty "
            "Điện lực Lâm Sơn dẫn đầu phong trào thi đua; Bưu điện Lâm Sơn đứng thứ nhì.")
    assert [(x["organization"], x["rank"]) for x in r["rankings"]] == [("Công ty Điện lực Lâm Sơn", 1), ("Bưu điện Lâm Sơn", 2)]
    assert "ranking" not in kinds(r)
    # (another year's places are not this review's; nor a lead of the province)
    r = rec("Mới đây, Khối thi đua doanh nghiệp tổ chức hội nghị tổng kết công tác thi đua năm 2016. Năm 2015, Công ty Điện "
            "lực Lâm Sơn dẫn đầu phong trào thi đua.")
    assert r["rankings"] == []
    r = rec("Mới đây, Khối thi đua doanh nghiệp tổ chức hội nghị tổng kết công tác thi đua năm 2016. Trong năm 2016, Công ty "
            "Điện lực Lâm Sơn dẫn đầu phong trào thi đua của tỉnh.")
    assert r["rankings"] == []
