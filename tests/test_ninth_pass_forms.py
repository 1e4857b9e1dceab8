"""Forms of the ninth pass (its blind banks and held-out sets), each on an invented example."""
from record_views import ranks, roles


def test_a_span_across_a_month_gives_its_first_day_in_the_last_days_year(rec):
    r = rec("Từ ngày 30/10 đến ngày 2/11/2024, tại thành phố Vinh, Cụm thi đua số 2 tổ chức Hội nghị tổng kết năm 2024.")
    assert r["meeting"]["date"] == "2024-10-30"
    r = rec("Từ ngày 30/12 đến 2/1/2025, tại thành phố Vinh, Cụm thi đua số 2 tổ chức Hội nghị tổng kết năm 2024.")
    assert r["meeting"]["date"] == "2024-12-30"


REVIEW = "Ngày 20/12/2024, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "


def test_the_meeting_appointing_a_unit_names_the_next_chair(rec):
    r = rec(REVIEW + "Hội nghị nhất trí cử Sở Tư pháp làm Trưởng Cụm năm 2025.")
    assert roles(r) == {"next_chair": "Sở Tư pháp"}
    r = rec(REVIEW + "Hội nghị nhất trí cử Sở Tư pháp làm Cụm trưởng.")
    assert roles(r) == {"next_chair": "Sở Tư pháp"}
    # (voters are no verb of appointing)
    r = rec(REVIEW + "Cử tri tin tưởng Sở Tư pháp làm tốt vai trò Cụm trưởng.")
    assert "next_chair" not in roles(r)


def test_the_role_then_the_unit_that_takes_it(rec):
    r = rec(REVIEW + "Cụm trưởng năm 2025 do Sở Tư pháp đảm nhiệm, Cụm phó do Sở Y tế đảm nhận.")
    assert roles(r) == {"next_chair": "Sở Tư pháp", "next_vice_chair": "Sở Y tế"}
    r = rec(REVIEW + "Năm tới, Cụm trưởng sẽ do Sở Tư pháp đảm nhận.")
    assert roles(r) == {"next_chair": "Sở Tư pháp"}
    r = rec(REVIEW + "Hội nghị thống nhất luân phiên Cụm trưởng năm 2025 cho Sở Tư pháp.")
    assert roles(r) == {"next_chair": "Sở Tư pháp"}
    r = rec("Ngày 10/7/2024, Cụm thi đua số 3 sơ kết công tác thi đua 6 tháng đầu năm 2024. Năm 2024, Cụm trưởng do Sở Tư pháp "
            "đảm nhiệm.")
    assert roles(r) == {"chair": "Sở Tư pháp"}
    # "do" needs its verb of taking the role: a report the chair's person presents is not the role's unit
    r = rec(REVIEW + "Báo cáo của Cụm trưởng do Sở Tư pháp trình bày nêu rõ kết quả.")
    assert "next_chair" not in roles(r) and "chair" not in roles(r)


def test_the_year_after_the_verb_that_agrees_dates_the_role(rec):
    r = rec(REVIEW + "Hội nghị thống nhất năm 2025 Sở Tư pháp làm Cụm trưởng.")
    assert roles(r) == {"next_chair": "Sở Tư pháp"}


def test_a_description_after_a_dash_is_no_part_of_the_unit(rec):
    r = rec(REVIEW + "Hội nghị đã trao Cờ luân lưu cho Sở Tư pháp - đơn vị dẫn đầu phong trào thi đua năm 2024.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("Sở Tư pháp", "Cờ luân lưu")]
    # (a role note after a dash is still read as the role)
    r = rec(REVIEW + "Ông Lê Văn Tâm, Giám đốc Sở Tư pháp - đơn vị Cụm trưởng, chủ trì hội nghị.")
    assert roles(r) == {"chair": "Sở Tư pháp"}


def test_recipients_after_their_count_and_la(rec):
    r = rec(REVIEW + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho 02 đơn vị xuất sắc là Sở Tư pháp và Sở Y tế.")
    assert [(a["recipient"], a["status"]) for a in r["awards"]] == [("Sở Tư pháp", "proposed"), ("Sở Y tế", "proposed")]


def test_classes_labelled_before_their_units(rec):
    r = rec(REVIEW + "Kết quả xếp loại: hạng Nhất - Sở Tư pháp; hạng Nhì - Sở Y tế; hạng Ba - Sở Xây dựng.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (3, "Sở Xây dựng")]
    # (a medal's class is no rank)
    r = rec(REVIEW + "Sở Tư pháp đón nhận Huân chương Lao động hạng Nhất - phần thưởng cao quý.")
    assert r["rankings"] == []


def test_a_person_holding_the_role_with_no_unit_named(rec):
    r = rec("Ngày 9/2/2023, Cụm thi đua số 1 tổ chức Lễ ký kết giao ước thi đua năm 2023. Đồng chí Trần Văn Hải – Cụm trưởng "
            "Cụm thi đua số 1 phát biểu khai mạc. Đồng chí Lê Thị Mai – Cụm phó thông qua bản đăng ký thi đua.")
    assert r["cluster"]["chair"] == {"organization": None, "person": "Trần Văn Hải"}
    assert r["cluster"]["vice_chair"] == {"organization": None, "person": "Lê Thị Mai"}
    # (a unit named for the role keeps it, and takes the person)
    r = rec("Ngày 9/2/2023, Cụm thi đua số 1 tổ chức Lễ ký kết giao ước thi đua năm 2023. Sở Tư pháp là đơn vị Cụm trưởng. "
            "Đồng chí Trần Văn Hải – Cụm trưởng Cụm thi đua số 1 phát biểu khai mạc.")
    assert r["cluster"]["chair"]["organization"] == "Sở Tư pháp"


def test_a_span_glued_after_an_ellipsis_is_a_sentence(rec):
    r = rec("Ngày 25/5/2018, Cụm thi đua số 4 tổng kết năm học 2017-2018. Trong năm học vừa qua, các đơn vị đã làm tốt nhiệm vụ "
            "năm học 2017-2018…Tại hội nghị, cụm thi đua đã bình chọn và đề nghị UBND tỉnh tặng Cờ thi đua cho Trường THPT Lê Lợi.")
    assert sorted(d["kind"] for d in r["decisions"]) == ["award_proposal", "ranking"]


def test_a_handover_to_a_unit_after_ve(rec):
    r = rec(REVIEW + "Dịp này, Sở Y tế bàn giao đơn vị Cụm trưởng năm 2025 về Sở Tư pháp.")
    assert roles(r) == {"chair": "Sở Y tế", "next_chair": "Sở Tư pháp"}


def test_two_bare_places_before_the_last_pair_of_a_semicolon_list(rec):
    r = rec("Ngày 5/1/2024, Cụm thi đua phía Nam tổng kết năm 2023. Cụm gồm Ban CHQS các huyện: Tân Phú (Cụm trưởng); Định Quán; "
            "Long Thành; Nhơn Trạch, Vĩnh Cửu và Xuân Lộc.")
    assert r["cluster"]["members"] == ["Tân Phú", "Định Quán", "Long Thành", "Nhơn Trạch", "Vĩnh Cửu", "Xuân Lộc"]


def test_informing_the_meeting_is_speaking(rec):
    r = rec(REVIEW + "Tại hội nghị, đồng chí Phạm Văn Long - Bí thư Huyện ủy đã thông tin tới các đại biểu tình hình của huyện.")
    assert next(p for p in r["people"] if p["name"] == "Phạm Văn Long")["roles"] == ["spoke"]


def test_a_rank_in_brackets_after_its_unit(rec):
    r = rec(REVIEW + "Các thành viên suy tôn 3 đơn vị dẫn đầu, gồm: Sở Tư pháp (xếp thứ nhất), Sở Y tế (xếp thứ hai) và Sở Xây dựng "
            "(xếp thứ ba).")
    assert ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (3, "Sở Xây dựng")]
    r = rec(REVIEW + "Kết quả, ba đơn vị dẫn đầu gồm:\n- Sở Tư pháp (thứ nhất);\n- Sở Y tế (hạng Nhì);\n- Sở Xây dựng (thứ ba).")
    assert ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (3, "Sở Xây dựng")]


def test_a_rank_after_the_units_score_or_a_place(rec):
    r = rec(REVIEW + "Hội nghị thống nhất kết quả bình xét: Sở Tư pháp đạt 968 điểm, xếp thứ nhất; Sở Y tế (952 điểm) xếp thứ nhì.")
    assert ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Y tế")]
    r = rec(REVIEW + "Qua bỏ phiếu bình xét, Sở Tư pháp đạt vị trí thứ nhất, Sở Y tế đạt vị trí thứ hai.")
    assert ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Y tế")]


def test_the_ranks_after_the_first_with_no_verb(rec):
    r = rec(REVIEW + "Hội nghị thống nhất xếp hạng: Sở Tư pháp xếp hạng nhất, Sở Y tế hạng nhì, Sở Xây dựng hạng ba.")
    assert ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (3, "Sở Xây dựng")]
    # (a medal's class after its name is no rank)
    r = rec(REVIEW + "Sở Tư pháp xếp thứ nhất; Sở Y tế đón nhận Huân chương Lao động hạng ba.")
    assert ranks(r) == [(1, "Sở Tư pháp")]


def test_the_chosen_leader_of_a_passive_with_its_agent(rec):
    r = rec(REVIEW + "Sở Tư pháp được các thành viên thống nhất suy tôn dẫn đầu Cụm, Sở Y tế đứng thứ hai.")
    assert ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Y tế")]
    r = rec(REVIEW + "Theo đó Sở Tư pháp xếp thứ nhất, Sở Y tế xếp thứ nhì.")
    assert ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Y tế")]


def test_ranks_given_in_order(rec):
    r = rec(REVIEW + "Kết quả, thứ tự từ 1 đến 3 lần lượt là: Sở Tư pháp, Sở Y tế, Sở Xây dựng.")
    assert ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (3, "Sở Xây dựng")]


def test_a_breadcrumb_is_page_chrome_and_a_headline_may_name_only_the_cluster(rec):
    r = rec("Tin tức > Thi đua - Khen thưởng\n\nCụm thi đua số 5: Sở Tư pháp xếp hạng Nhất năm 2025\n\nNgày 5/12/2025, Cụm thi đua "
            "số 5 tổ chức hội nghị tổng kết năm 2025.")
    assert r["title"] == "Cụm thi đua số 5: Sở Tư pháp xếp hạng Nhất năm 2025"
    # (a lead's first line is no headline)
    r = rec("Ngày 21/11/2024, Cụm thi đua 1 (Hội Chữ thập đỏ các phường) tổ chức họp mặt\nkỷ niệm ngày thành lập Hội.")
    assert r["title"] is None


def test_the_covenants_targets_name_no_signing(rec):
    r = rec("6 tháng đầu năm 2017, Công an các tỉnh trong Cụm thi đua số 2 đã thực hiện có hiệu quả các chỉ tiêu giao ước thi đua "
            "đã đề ra. Tại hội nghị, các đại biểu đã góp ý vào phương hướng 6 tháng cuối năm 2017.")
    assert r["meeting"]["kind"] == "so_ket" and r["meeting"]["period"] == {"year": 2017, "span": "h1"}


def test_handing_over_the_roles_flag(rec):
    r = rec(REVIEW + "Lãnh đạo Sở Y tế trao cờ Cụm trưởng Cụm thi đua số 3 năm 2025 cho lãnh đạo Sở Tư pháp.")
    assert roles(r) == {"chair": "Sở Y tế", "next_chair": "Sở Tư pháp"}
    # (a flag given to the leader is an award, no role)
    r = rec(REVIEW + "Sở Y tế trao cờ thi đua cho Sở Tư pháp.")
    assert roles(r) == {}


def test_a_long_list_after_the_noun_of_attending(rec):
    r = rec(REVIEW + "Hội nghị với sự tham dự của đồng chí Phạm Thị Chung – Phó Trưởng ban Dân vận Tỉnh ủy, Thành viên Hội đồng Thi "
            "đua – Khen thưởng tỉnh, đồng chí Lê Văn Kiên – Bí thư Tỉnh đoàn, đại diện Cụm trưởng Cụm thi đua số 3, đồng chí Đỗ "
            "Hiếu Trung – Phó Bí thư Tỉnh đoàn, đồng chí Bùi Thị Thủy – Phó Chủ tịch Liên đoàn lao động tỉnh.")
    assert {p["name"]: p["roles"] for p in r["people"]} == {
        "Phạm Thị Chung": ["attended"], "Lê Văn Kiên": ["attended"], "Đỗ Hiếu Trung": ["attended"], "Bùi Thị Thủy": ["attended"]}
    # the person before the note acts for the role (the province's youth union is a unit), not the next one
    assert r["cluster"]["chair"] == {"organization": "Tỉnh đoàn", "person": "Lê Văn Kiên"}
    # (a person with a verb of his own after the noun's list keeps his own)
    r = rec(REVIEW + "Sau phần trình bày dự thảo báo cáo của đ/c Bùi Minh Tâm, Trưởng phòng Tổng hợp, Văn phòng Sở Tư pháp, "
            "đ/c Đinh Văn Hùng phát biểu, đánh giá cao các đơn vị.")
    assert next(p for p in r["people"] if p["name"] == "Đinh Văn Hùng")["roles"] == ["spoke"]


def test_more_ways_to_give_the_next_roles(rec):
    r = rec(REVIEW + "Tại hội nghị, Sở Y tế tiếp nhận Cờ luân lưu, chính thức đảm nhận vai trò Cụm trưởng, Sở Tư pháp làm Cụm phó "
            "năm 2025.")
    assert roles(r) == {"next_chair": "Sở Y tế", "next_vice_chair": "Sở Tư pháp"}
    assert [a["recipient"] for a in r["awards"]] == ["Sở Y tế"]
    r = rec(REVIEW + "Hội nghị cũng thống nhất, Khối trưởng năm 2025 được giao cho Sở Y tế, Khối phó là Sở Tư pháp.")
    assert roles(r) == {"next_chair": "Sở Y tế", "next_vice_chair": "Sở Tư pháp"}
    r = rec(REVIEW + "Các thành viên nhất trí để Sở Y tế làm Trưởng khối, Sở Tư pháp làm Phó trưởng khối năm 2025.")
    assert roles(r) == {"next_chair": "Sở Y tế", "next_vice_chair": "Sở Tư pháp"}
    r = rec(REVIEW + "Cũng tại hội nghị, các đơn vị biểu quyết suy tôn Sở Y tế làm Trưởng Cụm, Sở Tư pháp làm Phó Trưởng Cụm "
            "thi đua số 3 năm 2025.")
    assert roles(r) == {"next_chair": "Sở Y tế", "next_vice_chair": "Sở Tư pháp"}


def test_a_school_years_role_is_dated_by_its_last_year(rec):
    r = rec("Ngày 4/8/2023, Khối thi đua các trường tổ chức hội nghị tổng kết năm học 2022 - 2023. Khối trưởng năm học 2023 - 2024 "
            "được giao cho Trường Cao đẳng Cơ điện Tây Bắc, Khối phó là Trường Cao đẳng Lâm nghiệp.")
    assert roles(r) == {"next_chair": "Trường Cao đẳng Cơ điện Tây Bắc", "next_vice_chair": "Trường Cao đẳng Lâm nghiệp"}


def test_acting_for_the_chair_with_a_degree_before_the_name(rec):
    r = rec("Ngày 4/8/2023, Khối thi đua các trường tổ chức hội nghị tổng kết năm học 2022 - 2023. Thay mặt đơn vị Thường trực Khối, "
            "PGS.TS Đinh Văn Hiển, Hiệu trưởng Trường Đại học Nông Lâm phát biểu khai mạc.")
    assert r["cluster"]["chair"] == {"organization": "Trường Đại học Nông Lâm", "person": "Đinh Văn Hiển"}


def test_a_count_of_members_in_words(rec):
    r = rec(REVIEW + "Cụm có sáu đơn vị thành viên.")
    assert r["cluster"]["member_count"] == 6
    r = rec(REVIEW + "Cụm gồm mười hai doanh nghiệp thành viên.")
    assert r["cluster"]["member_count"] == 12
    # (a count of units ranked is no count of members)
    r = rec(REVIEW + "Hội nghị suy tôn ba đơn vị dẫn đầu.")
    assert r["cluster"]["member_count"] is None


def test_official_names_holding_a_comma_and_brand_heads(rec):
    r = rec(REVIEW + "Cụm gồm: Văn phòng Tỉnh ủy, Trường Chính trị tỉnh, Báo và Phát thanh, Truyền hình Sơn La, Công ty CP Đầu tư, "
            "Xây dựng Tây Đô, Công ty Điện lực Sơn La, Thuế tỉnh Sơn La và Viettel Sơn La.")
    assert r["cluster"]["members"] == ["Văn phòng Tỉnh ủy", "Trường Chính trị tỉnh", "Báo và Phát thanh, Truyền hình Sơn La",
                                       "Công ty CP Đầu tư, Xây dựng Tây Đô", "Công ty Điện lực Sơn La", "Thuế tỉnh Sơn La",
                                       "Viettel Sơn La"]


def test_communes_named_like_a_province_name_no_province(rec):
    r = rec("Ngày 2/4/2024, Cụm thi đua số 3 (gồm 6 xã phía Nam huyện Kiến Xương, tỉnh Thái Bình) tổ chức hội nghị sơ kết quý I. "
            "Các xã trong cụm gồm Bình Thanh, Quang Trung, Bình Định, Hồng Tiến.")
    assert r["meeting"]["province"] == "Thái Bình"


def test_a_photos_view_of_the_hall_is_no_headline_and_speaking_in_discussion(rec):
    r = rec("Quang cảnh hội nghị tổng kết phong trào thi đua Cụm thi đua 2\nCông tác thi đua của Cụm thi đua 2 luôn bám sát chủ "
            "đề.\n\nTrung tá Trần Thanh Tùng, Trưởng Ban Tài chính phát biểu thảo luận\n")
    assert r["title"] is None
    assert r["people"][0]["roles"] == ["spoke"]
    # ("dự thảo" is a draft, not attending)
    r = rec(REVIEW + "Ông Lê Văn Tâm, Giám đốc Sở Tư pháp trình bày dự thảo báo cáo.")
    assert r["people"][0]["roles"] == ["reported"]


def test_a_unit_ends_before_the_verb_that_takes_the_role(rec):
    r = rec(REVIEW + "Hội nghị cũng đã thống nhất bàn giao Cụm trưởng năm 2025 cho Huyện ủy Krông Búk đảm nhận.")
    assert roles(r)["next_chair"] == "Huyện ủy Krông Búk"


def test_the_role_then_its_unit_after_a_dash(rec):
    r = rec("Sáng 30/1/2024, công đoàn trường dự Hội nghị sơ kết cụm thi đua 6 năm học 2023-2024 do Trưởng Cụm thi đua 6 - "
            "Trường THCS Trần Quốc Toản tổ chức.")
    assert roles(r) == {"chair": "Trường THCS Trần Quốc Toản"}


def test_a_byline_with_its_prefix_above_the_lead(rec):
    r = rec("Cụm thi đua số 5 tổng kết năm 2025\n\nBài, ảnh: Minh Khôi\n\nNgày 05/12/2025, tại trụ sở Công ty A, Cụm thi đua số 5 "
            "tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025. Cụm hiện có 12 doanh nghiệp thành viên.")
    assert r["author"] == "Minh Khôi"
    # (a photographer is no author)
    r = rec("Cụm thi đua số 5 tổng kết năm 2025\n\nẢnh: Minh Khôi\n\nNgày 05/12/2025, tại trụ sở Công ty A, Cụm thi đua số 5 "
            "tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025. Cụm hiện có 12 doanh nghiệp thành viên.")
    assert r["author"] is None


def test_a_listed_guest_keeps_attending_beside_a_later_role(rec):
    r = rec(REVIEW + "\n\nTham dự hội nghị có:\n- Ông Phan Văn Định – Phó Trưởng Ban Thi đua – Khen thưởng tỉnh;\n- Bà Hồ Thị Nhung – "
            "Phó Chủ tịch UBND huyện A;\n\nÔng Phan Văn Định ghi nhận những nỗ lực của các địa phương.")
    assert {p["name"]: p["roles"] for p in r["people"]} == {"Phan Văn Định": ["attended", "spoke"], "Hồ Thị Nhung": ["attended"]}


def test_speaking_a_contribution_is_no_report(rec):
    r = rec(REVIEW + "Ông Lê Đức Thịnh, Giám đốc Sở Tư pháp phát biểu tham luận tại hội nghị.")
    assert r["people"][0]["roles"] == ["spoke"]
    # (the bare verb "tham luận" is a contribution too: spoke, annotation.md lists reported for báo cáo / trình bày only)
    r = rec(REVIEW + "Ông Lê Đức Thịnh, Giám đốc Sở Tư pháp tham luận về công tác khen thưởng.")
    assert r["people"][0]["roles"] == ["spoke"]


def test_the_role_then_its_unit_with_nothing_between(rec):
    r = rec("Chiều 29/2/2024, Khối thi đua các cơ quan văn hóa – xã hội tỉnh tổ chức Hội nghị tổng kết năm 2023. Năm 2023, Trưởng "
            "khối - Sở Thông tin và Truyền thông cùng các đơn vị trong Khối thi đua (Sở Y tế; Sở Lao động, Thương binh và Xã hội; "
            "Ban Dân tộc) đã triển khai có hiệu quả các phong trào thi đua.")
    assert roles(r) == {"chair": "Sở Thông tin và Truyền thông"}
    assert r["cluster"]["members"] == ["Sở Y tế", "Sở Lao động, Thương binh và Xã hội", "Ban Dân tộc"]
    r = rec("Sáng 14/2/2025, Cụm thi đua các xã tổ chức Hội nghị tổng kết năm 2024. Cụm trưởng xã Đắk Rơ Ông phối hợp với UBND xã "
            "Tu Mơ Rông (Phó cụm thi đua các xã) tổ chức Hội nghị.")
    assert roles(r) == {"chair": "xã Đắk Rơ Ông", "vice_chair": "UBND xã Tu Mơ Rông"}
    # (a person's position after the dash is no unit: "Cụm trưởng - Giám đốc Sở X" is read with the person)
    r = rec(REVIEW + "Đồng chí Lê Văn Tâm, Cụm trưởng - Giám đốc Sở Tư pháp chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Sở Tư pháp", "person": "Lê Văn Tâm"}


def test_a_faculty_is_a_unit_and_a_venue_ends_before_its_success(rec):
    r = rec("Ngày 22/6/2023, Hội nghị Tổng kết Cụm Thi đua số 2, năm học 2022 - 2023 được tổ chức tại Trường Đại học An Giang thành "
            "công tốt đẹp. Tại Hội nghị cũng đã tiến hành bầu cụm trưởng. Theo đó, Khoa Chính trị - Hành chính là Cụm Trưởng năm "
            "học 2023 - 2024.")
    assert r["meeting"]["venue"] == "Trường Đại học An Giang"
    assert roles(r) == {"next_chair": "Khoa Chính trị - Hành chính"}
    # ("Khoa học" is a field, no faculty)
    r = rec(REVIEW + "Cụm gồm: Sở Khoa học và Công nghệ, Sở Y tế.")
    assert r["cluster"]["members"] == ["Sở Khoa học và Công nghệ", "Sở Y tế"]


def test_acting_for_a_chair_named_by_its_place(rec):
    r = rec("Ngày 2/4/2024, Cụm thi đua số 3 tổ chức hội nghị sơ kết quý I năm 2024. Các xã trong cụm gồm Bình Thanh (Cụm "
            "trưởng), Quang Trung (Cụm phó), Hồng Tiến. Thay mặt Cụm trưởng, đ/c Nguyễn Thị Hằng, Chủ tịch UBND xã Bình Thanh chủ "
            "trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Bình Thanh", "person": "Nguyễn Thị Hằng"}
    # (another commune's head acts for no chair named elsewhere)
    r = rec("Ngày 2/4/2024, Cụm thi đua số 3 tổ chức hội nghị sơ kết quý I năm 2024. Các xã trong cụm gồm Bình Thanh (Cụm "
            "trưởng), Quang Trung (Cụm phó), Hồng Tiến. Đ/c Nguyễn Thị Hằng, Chủ tịch UBND xã Hồng Tiến phát biểu.")
    assert r["cluster"]["chair"] == {"organization": "Bình Thanh", "person": None}


def test_bch_opens_a_unit(rec):
    r = rec(REVIEW + "Hội nghị đã bình xét, suy tôn BCH Bộ đội Biên phòng tỉnh dẫn đầu Cụm năm 2024, đề nghị tặng Cờ thi đua của "
            "UBND tỉnh.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "BCH Bộ đội Biên phòng tỉnh")]
    assert [a["recipient"] for a in r["awards"]] == ["BCH Bộ đội Biên phòng tỉnh"]


def test_units_counted_in_a_rank(rec):
    r = rec(REVIEW + "Các đơn vị nhất trí bầu Sở Tư pháp là đơn vị dẫn đầu, 02 đơn vị nhì cụm là Sở Y tế và Sở Xây dựng đề nghị UBND "
            "tỉnh tặng Bằng khen.")
    assert ranks(r) == [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (2, "Sở Xây dựng")]
    assert [a["recipient"] for a in r["awards"]] == ["Sở Y tế", "Sở Xây dựng"]


def test_a_representative_office_in_a_title_and_a_venue_before_vua(rec):
    r = rec(REVIEW + "Dự hội nghị có ông Nguyễn Văn Tấn, Vụ trưởng - Giám đốc cơ quan đại diện Bộ Văn hóa, Thể thao và Du lịch "
            "tại TP.HCM.")
    assert r["people"][0]["title"].startswith("Vụ trưởng - Giám đốc cơ quan đại diện Bộ Văn hóa, Thể thao và Du lịch")
    r = rec("Cụm thi đua số 7 tại Ban chỉ huy quân sự thị xã Dĩ An vừa tổ chức hội nghị ký kết giao ước thi đua năm 2019.")
    assert r["meeting"]["venue"] == "Ban chỉ huy quân sự thị xã Dĩ An"


def test_a_documents_subject_is_no_launch(rec):
    r = rec(REVIEW + "Triển khai công tác thi đua năm 2025, các cơ quan trong Cụm thực hiện Chỉ thị số 08/CT-UBND ngày 06/02/2025 "
            "của UBND tỉnh về phát động phong trào thi đua yêu nước năm 2025.")
    assert "other" not in [d["kind"] for d in r["decisions"]]
    r = rec(REVIEW + "Tại hội nghị, các đơn vị đã phát động phong trào thi đua năm 2025.")
    assert "other" in [d["kind"] for d in r["decisions"]]


def test_recipients_opening_with_a_lower_case_head(rec):
    r = rec(REVIEW + "Hội nghị thống nhất đề xuất trường Đại học Kinh tế và Trường Đại học An Giang được nhận Bằng khen của Bộ Giáo "
            "dục và Đào tạo.")
    assert [a["recipient"] for a in r["awards"]] == ["trường Đại học Kinh tế", "Trường Đại học An Giang"]
