"""Forms of the eighth pass's held-out sets, each on an invented example."""
from tdkt_extract import gazetteer
from record_views import roles


def person(r, name):
    return next(p for p in r["people"] if p["name"] == name)


def test_a_meeting_noun_after_cum_names_no_cluster(rec):
    # a run-on sentence: "Cụm" ends one clause, "hội nghị" opens the next
    r = rec("Ông Lê Văn An phát biểu nhân dịp tổng kết công tác thi đua Cụm hội nghị chúng ta thống nhất bầu Cụm trưởng năm 2021. "
            "Sở Xây dựng tỉnh Sơn La làm Cụm trưởng của Cụm thi đua Tây Bắc.")
    assert r["cluster"]["name"] == "Cụm thi đua Tây Bắc"


def test_a_person_acting_for_the_chair_gives_the_chair_unit(rec):
    r = rec("Ngày 10/1/2021, Cụm thi đua Tây Bắc tổng kết công tác thi đua năm 2020. Ông Trần Văn Bình - Phó Giám đốc Sở Xây dựng "
            "tỉnh Hòa Bình thay mặt Cụm trưởng trình bày báo cáo tổng kết.")
    assert r["cluster"]["chair"] == {"organization": "Sở Xây dựng tỉnh Hòa Bình", "person": "Trần Văn Bình"}
    r = rec("Ngày 10/1/2021, Cụm thi đua Tây Bắc tổng kết công tác thi đua năm 2020. Ông Trần Văn Bình, Phó Giám đốc Sở Xây dựng "
            "tỉnh Hòa Bình, thay mặt đơn vị Cụm phó phát biểu.")
    assert r["cluster"]["vice_chair"] == {"organization": "Sở Xây dựng tỉnh Hòa Bình", "person": "Trần Văn Bình"}


def test_the_vote_result_after_an_election_names_the_next_roles(rec):
    lead = "Hội nghị tổng kết công tác thi đua của Cụm thi đua Tây Bắc. Các đại biểu thống nhất bầu Cụm trưởng và Cụm phó năm 2021. "
    r = rec(lead + "Kết quả Sở Xây dựng tỉnh Sơn La làm Cụm trưởng; Sở Xây dựng tỉnh Lào Cai làm Cụm phó.")
    assert roles(r) == {"next_chair": "Sở Xây dựng tỉnh Sơn La", "next_vice_chair": "Sở Xây dựng tỉnh Lào Cai"}
    r = rec(lead.replace("thống nhất bầu", "tiến hành bỏ phiếu bầu") + "Kết quả: Sở Xây dựng tỉnh Sơn La làm Cụm trưởng.")
    assert roles(r) == {"next_chair": "Sở Xây dựng tỉnh Sơn La"}
    # "Kết quả" without a vote before it: no election
    r = rec("Hội nghị tổng kết công tác thi đua năm 2020 của Cụm thi đua Tây Bắc. Năm 2020, các đơn vị đạt nhiều thành tích. "
            "Kết quả, Sở Xây dựng tỉnh Sơn La làm Cụm trưởng đã hoàn thành tốt nhiệm vụ.")
    assert roles(r) == {"chair": "Sở Xây dựng tỉnh Sơn La"}


def test_within_the_cluster_is_no_venue(rec):
    r = rec("Ngày 5/1/2019, Cụm thi đua lĩnh vực y tế tổ chức hội nghị. Báo cáo tại hội nghị cho thấy công tác thi đua tại Cụm thi đua "
            "lĩnh vực y tế đã đi vào nề nếp.")
    assert r["meeting"]["venue"] is None


def test_a_year_reviewed_after_the_words_that_report_it(rec):
    r = rec("Ông Nguyễn Văn Minh, Chủ tịch Hiệp hội Dược, Cụm trưởng Cụm thi đua ngành y cho biết, năm 2018, phong trào thi đua "
            "trong toàn Cụm đã có sức lan tỏa.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2018, "span": "year"})
    # (not what is to come)
    r = rec("Ông Nguyễn Văn Minh, Cụm trưởng Cụm thi đua ngành y cho biết, năm 2019, Cụm sẽ tổ chức hội thao.")
    assert r["meeting"]["kind"] != "tong_ket"


def test_a_caption_of_the_signing_gives_way_to_the_review_told_after_it(rec):
    lead = ("Ngày 5/1/2021, Cụm thi đua Tây Nam sông Hậu tổ chức hội nghị tại tỉnh Sóc Trăng, với sự tham dự của lãnh đạo Liên minh "
            "HTX các tỉnh, thành trong Cụm.\n\nQuang cảnh buổi ký kết giao ước thi đua năm 2021\n\n")
    r = rec(lead + "Ông Lê Văn Đáng, Chủ tịch Liên minh HTX tỉnh Sóc Trăng phát biểu nhân dịp tổng kết công tác thi đua của Cụm.")
    assert r["meeting"]["kind"] == "tong_ket"
    # the practice of reviewing, a covenant's content, is no review
    r = rec(lead + "Theo nội dung giao ước, các đơn vị của Cụm tăng cường kiểm tra, thực hiện sơ kết, tổng kết các phong trào thi đua.")
    assert r["meeting"]["kind"] == "giao_uoc"


def test_the_highest_score_of_the_cluster_ranks_first(rec):
    r = rec("Hội nghị tổng kết năm học 2019-2020 của Cụm thi đua số 2. Theo kết quả bình xét, Trường THPT Sông Lô đạt điểm cao nhất "
            "cụm thi đua, thứ nhì là Trường THPT Hòa An.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Trường THPT Sông Lô"), (2, "Trường THPT Hòa An")]


def test_results_chosen_in_a_school_year_are_its_year_end_review(rec):
    r = rec("Theo kết quả bình xét, Trường THPT Sông Lô dẫn đầu Cụm thi đua số 2. Các phong trào thi đua năm học 2019-2020 "
            "được các trường thực hiện nghiêm túc.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2020, "span": "term"})


def test_an_abbreviation_in_brackets_stays_in_a_title_before_the_name(rec):
    r = rec("Hội nghị tổng kết của Cụm thi đua số 2. Phó Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Hồ Hải Vân dự và chỉ đạo hội nghị.")
    assert person(r, "Hồ Hải Vân")["title"] == "Phó Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh"
    # (a bracket that is no abbreviation still ends it: no person read across a note)
    r = rec("Hội nghị tổng kết của Cụm thi đua số 2. Phó Giám đốc Sở Giáo dục và Đào tạo (đơn vị mới thành lập) Hồ Hải Vân dự hội nghị.")
    assert all(p["title"] is None or "(" not in p["title"] for p in r["people"])


def test_places_listed_bare_then_the_cluster_they_belong_to(rec):
    r = rec("Hội nghị tổng kết năm 2023 của Cụm thi đua số 3. Dự hội nghị có đại diện Văn phòng Huyện ủy các huyện Văn Yên, Trạm Tấu, "
            "Văn Chấn và Lục Yên thuộc Cụm thi đua số 3 của tỉnh.")
    assert r["cluster"]["members"] == ["Văn Yên", "Trạm Tấu", "Văn Chấn", "Lục Yên"]
    # (names the gazetteer does not know as places are no such list)
    r = rec("Hội nghị tổng kết năm 2023 của Cụm thi đua số 3. Đại diện các huyện Đoàn Kết, Thắng Lợi và Tiến Bộ thuộc Cụm thi đua số 3 dự.")
    assert r["cluster"]["members"] == []


def test_a_list_after_the_cluster_named_in_words_and_a_colon(rec):
    r = rec("Hội nghị tổng kết năm 2023 của Cụm thi đua vùng cao. Năm 2023, các huyện thuộc Cụm thi đua vùng cao: Văn Yên, Trạm Tấu, "
            "Văn Chấn và Lục Yên đã tập trung đổi mới công tác thi đua.")
    assert r["cluster"]["members"] == ["Văn Yên", "Trạm Tấu", "Văn Chấn", "Lục Yên"]


def test_a_minority_name_with_d_for_its_d_with_stroke():
    assert gazetteer.province_of("M'Drắk") == gazetteer.province_of("M’Đrắk") == "Đắk Lắk"


def test_a_page_that_prints_its_headline_twice(rec):
    head = "Sở Tư pháp tỉnh Hà Nam ký kết giao ước thi đua Khối nội chính năm 2021."
    r = rec("Skip Ribbon Commands\nSkip to main content\n\n" + head + "\n\nTin hoạt động\n" + head + "\n"
            "Ngày 26/3/2021, tại Sở Tư pháp, Khối thi đua nội chính tổ chức hội nghị ký kết giao ước thi đua năm 2021.")
    assert r["title"] == head.rstrip(".")  # (the headline's full stop is no part of it)


def test_choosing_named_at_the_end_of_a_document_adopted_is_no_ranking(rec):
    r = rec("Ngày 2/3/2021, Khối thi đua Văn hóa - Xã hội tổ chức hội nghị ký kết giao ước thi đua năm 2021. Hội nghị đã thông qua "
            "các nội dung: Chương trình hoạt động của Khối năm 2021; Tiêu chí thi đua, phương thức chấm điểm, xếp loại và bình xét "
            "khen thưởng các khối thi đua năm 2021.")
    assert "ranking" not in [d["kind"] for d in r["decisions"]]
    r = rec("Ngày 12/1/2022, Khối thi đua Văn hóa - Xã hội tổng kết năm 2021. Hội nghị đã tiến hành chấm điểm, xếp loại và bình xét "
            "khen thưởng năm 2021.")
    assert "ranking" in [d["kind"] for d in r["decisions"]]


def test_a_preposition_after_khoi_names_no_bloc(rec):
    r = rec("Giai đoạn 2015-2020, các đơn vị trong Khối thi đua các hội nghề nghiệp đã tích cực xây dựng kế hoạch hoạt động. "
            "Phát biểu tại hội nghị, ông Lê Văn An ghi nhận đóng góp của Khối thi đua đối với tỉnh và yêu cầu các hội trong khối "
            "tăng cường xây dựng tổ chức.")
    assert r["cluster"]["name"] == "Khối thi đua các hội nghề nghiệp"


def test_a_past_term_opening_a_sentence_is_the_term_reviewed(rec):
    r = rec("Giai đoạn 2015-2020, các đơn vị trong Khối thi đua các hội nghề nghiệp đã tích cực xây dựng kế hoạch hoạt động. "
            "Giai đoạn 2020-2025, Khối sẽ tiếp tục đổi mới phương thức hoạt động.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2020, "span": "term"})
    r = rec("Giai đoạn 2020-2025, Khối thi đua các hội nghề nghiệp sẽ tiếp tục đổi mới phương thức hoạt động.")
    assert r["meeting"]["kind"] != "tong_ket"


def test_units_named_by_their_field_and_a_unit_at_a_place_in_a_semicolon_list(rec):
    r = rec("Chiều ngày 05/3/2013, tại Cảng vụ Hải Phòng, Khối các cơ quan, đơn vị hoạt động trong lĩnh vực giao thông thủy trên "
            "địa bàn Hải Phòng gồm 3 đơn vị: Cảng vụ Hải Phòng; Chi cục Hàng hải tại Hải Phòng; Ban Quản lý Dự án Hàng hải II tổ chức "
            "hội nghị ký kết giao ước thi đua năm 2013.")
    assert r["cluster"]["name"] == "Khối các cơ quan, đơn vị hoạt động trong lĩnh vực giao thông thủy"
    assert r["cluster"]["members"] == ["Cảng vụ Hải Phòng", "Chi cục Hàng hải tại Hải Phòng", "Ban Quản lý Dự án Hàng hải II"]


def test_a_headline_with_a_full_stop_before_a_lead_dated_in_words(rec):
    r = rec("Hội nghị sơ kết công tác thi đua Khối các sở, ngành tỉnh.\n\nNgày 10 tháng 7 năm 2013, tại Sở Tài chính, Khối các sở, "
            "ngành tỉnh tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2013.")
    assert r["title"] == "Hội nghị sơ kết công tác thi đua Khối các sở, ngành tỉnh"


def test_the_agent_of_a_passive_and_acts_named_as_nouns(rec):
    r = rec("Hội nghị tổng kết của Khối thi đua số 3. Hội nghị được chủ trì bởi Đ/c Lê Thị Thúy Hà - Khối trưởng, Chủ tịch Công đoàn "
            "Trường Đại học Y. Hội nghị có sự góp mặt của Đ/c Huỳnh Văn Sáu - Trưởng Ban Tài chính.")
    assert person(r, "Lê Thị Thúy Hà")["roles"] == ["presided"]
    assert person(r, "Huỳnh Văn Sáu")["roles"] == ["attended"]


def test_a_room_then_the_unit_that_ends_the_sentence(rec):
    r = rec("Sáng ngày 27/7/2022, Khối thi đua số 3 tổ chức hội nghị tổng kết năm học 2021 - 2022 tại phòng họp A.905, Trường Đại học "
            "Luật cơ sở Nguyễn Tất Thành.")
    assert r["meeting"]["venue"] == "phòng họp A.905, Trường Đại học Luật cơ sở Nguyễn Tất Thành"


def test_a_cluster_number_before_a_dated_part_of_the_day_is_no_document(rec):
    r = rec("Nhằm bình xét thi đua cho các công đoàn thuộc Khối Thi đua số 03, sáng ngày 27/7/2022 vừa qua đã diễn ra hội nghị tổng kết "
            "năm học 2021 - 2022 của Khối.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2022-07-27", "sang")
    # (a document's number before its date still is one)
    r = rec("Thực hiện Kế hoạch số 03, ngày 27/7/2022 của Khối thi đua số 3 về tổng kết năm học 2021 - 2022, các đơn vị đã họp.")
    assert r["meeting"]["date"] is None


def test_the_items_listed_under_a_review_are_the_periods_work(rec):
    r = rec("Ngày 27/7/2022, Khối thi đua số 3 tổ chức hội nghị bình xét thi đua năm học 2021 - 2022.\n"
            "Theo báo cáo, trong năm học 2021-2022, Khối đã thực hiện các hoạt động sau:\n"
            "- Xây dựng kế hoạch, đã tổ chức phát động phong trào thi đua và ký kết giao ước thi đua giữa các đơn vị.\n"
            "- Theo dõi, đôn đốc các đơn vị.")
    assert [d["kind"] for d in r["decisions"] if d["kind"] in ("other", "covenant")] == []


def test_the_way_of_choosing_in_a_rule_is_no_ranking(rec):
    r = rec("Sáng 17-7-2020, Khối các cơ quan tổng hợp tổ chức sơ kết 6 tháng đầu năm 2020. Hội nghị thống nhất sửa đổi quy chế, "
            "trong đó có tiêu chí chấm điểm thưởng, trừ điểm, hình thức bình bầu đơn vị dẫn đầu.")
    assert "ranking" not in [d["kind"] for d in r["decisions"]]


def test_recipients_in_brackets_after_their_count(rec):
    r = rec("Sáng 17-7-2020, khối các cơ quan tổng hợp tổ chức sơ kết phong trào thi đua 6 tháng đầu năm 2020. Nhân dịp này, "
            "3 cơ quan hoàn thành xuất sắc nhiệm vụ năm 2019 (Ban Dân tộc, Văn phòng HĐND tỉnh, Cục Thống kê) được nhận bằng khen "
            "của UBND tỉnh.")
    assert [a["recipient"] for a in r["awards"]] == ["Ban Dân tộc", "Văn phòng HĐND tỉnh", "Cục Thống kê"]


def test_a_grassroots_union_and_its_own_predicate_before_the_proposal(rec):
    r = rec("Ngày 5/7/2023, Khối thi đua số 3 tổ chức hội nghị tổng kết năm học 2022-2023. CĐCS Trường Đại học Y xếp loại hoàn "
            "thành xuất sắc nhiệm vụ, được đề nghị khen thưởng Cờ thi đua của Liên đoàn Lao động Thành phố.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [
        ("CĐCS Trường Đại học Y", "Cờ thi đua của Liên đoàn Lao động Thành phố")]
    # (not a plural subject)
    r = rec("Ngày 5/7/2023, Khối thi đua số 3 tổ chức hội nghị tổng kết năm học 2022-2023. Các đơn vị hoàn thành xuất sắc nhiệm vụ, "
            "được đề nghị khen thưởng Bằng khen.")
    assert r["awards"] == []


def test_a_unit_appointed_to_a_role(rec):
    r = rec("Cụm thi đua số 1 gồm VKSND các huyện: Đồng Phú, Lộc Ninh, Chơn Thành và Hớn Quản. Trong đó VKSND huyện Hớn Quản được "
            "chỉ định là Cụm trưởng, VKSND huyện Lộc Ninh là Cụm phó.")
    assert roles(r) == {"chair": "VKSND huyện Hớn Quản", "vice_chair": "VKSND huyện Lộc Ninh"}


def test_a_role_note_whose_bracket_was_left_open(rec):
    r = rec("Ngày 08/01/2016, Cụm thi đua số 3 huyện Giồng Trôm tổ chức họp xét thi đua năm 2015. Đến dự có chủ tịch 4 xã gồm: "
            "Mỹ Thạnh (cụm trưởng, Phước Long (cụm phó), Lương Hòa, Hưng Phong.")
    assert r["cluster"]["members"] == ["Mỹ Thạnh", "Phước Long", "Lương Hòa", "Hưng Phong"]
    assert roles(r) == {"chair": "Mỹ Thạnh", "vice_chair": "Phước Long"}
    # (the list still ends at its full stop, and a later sentence can name its last member)
    r = rec("Ngày 08/01/2016, Cụm thi đua số 3 tổ chức họp xét thi đua năm 2015. Đến dự có chủ tịch 4 xã gồm: Mỹ Thạnh (cụm trưởng, "
            "Phước Long (cụm phó), Lương Hòa, Hưng Phong. Đồng thời bầu xã Phước Long làm cụm trưởng và Hưng Phong làm cụm phó "
            "năm 2016.")
    assert r["cluster"]["members"][-1] == "Hưng Phong" and roles(r)["next_vice_chair"] == "Hưng Phong"


def test_a_meeting_that_weighs_a_years_emulation_reviews_it(rec):
    r = rec("Ngày 08/01/2016, Cụm thi đua số 3 huyện Giồng Trôm tổ chức họp xét thi đua năm 2015.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2015, "span": "year"})


def test_the_staff_of_a_department_list_members_not_sports(rec):
    r = rec("Ngày 26-12, tại phường Bến Cát, Cụm Thi đua số 10 tổng kết công tác thi đua năm 2025. Hội nghị có sự tham dự của lãnh "
            "đạo UBND, phòng chuyên môn 5 phường thành viên trong cụm, gồm: Bến Cát, Thới Hòa, Hòa Lợi, Chánh Phú Hòa và Long Nguyên.")
    assert r["cluster"]["members"] == ["Bến Cát", "Thới Hòa", "Hòa Lợi", "Chánh Phú Hòa", "Long Nguyên"]
    # (the events of a sports day are no members)
    r = rec("Ngày 26-12, Cụm Thi đua số 10 tổ chức hội thao năm 2025 với 3 môn thi đấu gồm: Bóng đá, Cầu lông và Kéo co.")
    assert r["cluster"]["members"] == []


def test_the_second_of_two_roles_given_to_a_listed_member(rec):
    r = rec("Ngày 08/01/2016, Cụm thi đua số 3 tổ chức họp xét thi đua năm 2015. Cụm có 4 xã gồm: Mỹ Thạnh, Phước Long, Lương Hòa, "
            "Hưng Phong. Đồng thời bầu xã Phước Long làm cụm trưởng và Hưng Phong làm cụm phó năm 2016.")
    assert roles(r) == {"next_chair": "xã Phước Long", "next_vice_chair": "Hưng Phong"}


def test_a_role_held_with_the_units_own_work(rec):
    r = rec("Ngày 15/12/2020, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị tổng kết năm 2020. Tham dự có lãnh đạo 3 đơn vị "
            "trong khối: Ban Dân vận Tỉnh ủy, Trường Chính trị tỉnh và Báo Ninh Thuận kiêm Trưởng Khối thi đua các cơ quan Đảng tỉnh "
            "năm 2020.")
    assert r["cluster"]["members"] == ["Ban Dân vận Tỉnh ủy", "Trường Chính trị tỉnh", "Báo Ninh Thuận"]
    assert roles(r) == {"chair": "Báo Ninh Thuận"}


def test_scoring_named_in_the_rules_adopted_is_no_review(rec):
    r = rec("Cụm thi đua số 6 thống nhất nội dung giao ước thi đua cụ thể.\n\nCác đơn vị trong Cụm thi đua số 6 ký kết giao ước "
            "thi đua năm 2017.\n\nHội nghị cũng thông qua quy chế hoạt động, chấm điểm thi đua của cụm.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("giao_uoc", {"year": 2017, "span": "year"})


def test_a_guest_who_presents_flowers_attended(rec):
    r = rec("Ngày 5/3/2023, Cụm thi đua số 13 tổ chức hội nghị ký kết giao ước thi đua năm 2023. Thiếu tướng Hoàng Tiến Minh, "
            "Phó Chánh Văn phòng Bộ tặng hoa Ban Chấp hành Hội Phụ nữ các đơn vị.")
    assert person(r, "Hoàng Tiến Minh")["roles"] == ["attended"]


def test_according_to_a_position_and_name_after_the_papers_tag(rec):
    r = rec("(TBTC) - Theo Phó Chủ tịch Công đoàn Tập đoàn Dầu khí Việt Nam (Petrovietnam) Nguyễn Mạnh Hà, mô hình công đoàn ngành "
            "là lựa chọn phù hợp.\n\nNgày 5/12, tại Hà Nội, Khối thi đua số 3 tổ chức hội nghị tổng kết năm 2025.")
    assert person(r, "Nguyễn Mạnh Hà") == {"name": "Nguyễn Mạnh Hà", "honorific": None,
                                          "title": "Phó Chủ tịch Công đoàn Tập đoàn Dầu khí Việt Nam", "roles": ["spoke"]}


def test_a_part_of_a_year_without_its_year_is_the_meetings_year(rec):
    r = rec("Sáng 17-7-2020, Khối các cơ quan tổng hợp tổ chức sơ kết phong trào thi đua 6 tháng đầu năm.")
    assert r["meeting"]["period"] == {"year": 2020, "span": "h1"}
    # (a year written with it stays: "6 tháng đầu năm 2019" at a meeting held in 2020)
    r = rec("Sáng 17-1-2020, Khối các cơ quan tổng hợp tổ chức sơ kết phong trào thi đua 6 tháng đầu năm 2019.")
    assert r["meeting"]["period"] == {"year": 2019, "span": "h1"}
    # (no date, no year: null)
    r = rec("Khối các cơ quan tổng hợp tổ chức sơ kết phong trào thi đua 6 tháng đầu năm.")
    assert r["meeting"]["period"] is None


def test_one_who_runs_the_meeting_presides(rec):
    r = rec("Ngày 5/12/2023, Cụm thi đua số 7 huyện Cai Lậy họp bình xét thi đua năm 2023. Đồng chí Trần Văn Nghĩa, Bí thư Đảng ủy "
            "xã Phú Lộc, điều hành cuộc họp.")
    assert person(r, "Trần Văn Nghĩa")["roles"] == ["presided"]


def test_a_span_of_days_gives_its_first(rec):
    for lead in ("Từ ngày 14 đến 16/11/2022", "Từ ngày 14 đến ngày 16/11/2022"):
        r = rec(lead + ", Cụm thi đua số 6 tổ chức kiểm tra chéo giữa các đơn vị trong Cụm.")
        assert r["meeting"]["date"] == "2022-11-14"


def test_agreeing_rules_and_signing_in_one_clause_are_two_acts(rec):
    r = rec("Ngày 23/4/2021, tại lễ ký kết thi đua năm 2021 do Công ty Cây xanh - Trưởng Khối thi đua 17 tổ chức, các đơn vị trong "
            "khối đã cùng thông qua các dự thảo Quy chế hoạt động; Kế hoạch thực hiện phong trào thi đua.")
    assert sorted(d["kind"] for d in r["decisions"]) == ["approve_report", "covenant"]


def test_regulations_adopted(rec):
    r = rec("Ngày 5/3/2023, Khối thi đua số 2 tổ chức lễ ký kết giao ước năm 2023. Buổi lễ đã thông qua quy định về tổ chức hoạt "
            "động và bình xét thi đua của khối.")
    assert sorted(d["kind"] for d in r["decisions"]) == ["approve_report", "covenant"]


def test_a_full_name_elsewhere_outweighs_an_earlier_lower_case_mention(rec):
    r = rec("Hội nghị tổng kết phong trào thi đua yêu nước khối Mặt trận Tổ quốc và các đoàn thể tỉnh năm 2016. Năm qua, Khối thi "
            "đua 10 đã có nhiều nỗ lực, sáng tạo.")
    assert (r["cluster"]["name"], r["cluster"]["number"]) == ("Khối thi đua 10", 10)
    # (with no full name elsewhere the lower-case mention is the name)
    r = rec("Hội nghị tổng kết công tác thi đua năm 2018 của cụm Đông Nam bộ diễn ra tại tỉnh Bình Dương.")
    assert r["cluster"]["name"] == "cụm Đông Nam bộ"


def test_agreeing_the_grading_results_is_the_ranking(rec):
    r = rec("Ngày 5/7/2023, Khối thi đua số 3 tổ chức hội nghị tổng kết năm học 2022-2023. Tại Hội nghị, các công đoàn thành viên "
            "thảo luận, thống nhất điểm, kết quả xếp loại, bình xét thành tích thi đua.")
    assert [d["kind"] for d in r["decisions"]] == ["ranking"]
    # (the scores alone, or the results beside a report, stay an approval)
    r = rec("Ngày 5/7/2023, Cụm thi đua số 3 họp trù bị. Tại cuộc họp, các đại biểu đã thông qua kết quả chấm điểm thi đua năm 2023.")
    assert [d["kind"] for d in r["decisions"]] == ["approve_report"]


def test_a_bloc_named_by_its_kind_only_and_a_school_year_reviewed(rec):
    r = rec("Khen thưởng các đơn vị có thành tích xuất sắc trong phong trào thi đua.\n\nNăm học 2022-2023, 12 trường trong Khối thi đua "
            "đã tuyển sinh trên 16.300 học sinh, đạt gần 89% kế hoạch. Năm học 2023-2024, các trường phấn đấu về đích sớm.")
    assert (r["cluster"]["name"], r["cluster"]["kind"]) == (None, "khoi")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2023, "span": "term"})


def test_a_part_of_a_year_opening_a_sentence_with_its_results(rec):
    r = rec("6 tháng đầu năm 2023, công tác thi đua khen thưởng đã được các đơn vị trong cụm tổ chức triển khai thực hiện toàn diện.\n\n"
            "Quang cảnh hội nghị.")
    assert (r["cluster"]["kind"], r["meeting"]["kind"], r["meeting"]["period"]) == ("cum", "so_ket", {"year": 2023, "span": "h1"})
    # (what is to be done in a part of a year reviews nothing)
    r = rec("6 tháng cuối năm 2023, các đơn vị trong cụm sẽ tiếp tục đẩy mạnh phong trào thi đua.")
    assert r["meeting"]["kind"] != "so_ket"


def test_units_nominated_for_an_award(rec):
    r = rec("Ngày 5/1/2021, khối An ninh nhân dân Công an tỉnh tổ chức hội nghị tổng kết năm 2020. Hội nghị đề cử Phòng An ninh chính "
            "trị nội bộ nhận Cờ thi đua của Bộ Công an; đề cử Phòng An ninh đối ngoại và Phòng An ninh đối nội đạt danh hiệu Quyết "
            "thắng của Công an tỉnh.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
        ("Phòng An ninh chính trị nội bộ", "Cờ thi đua của Bộ Công an", "proposed"),
        ("Phòng An ninh đối ngoại", "danh hiệu Quyết thắng của Công an tỉnh", "proposed"),
        ("Phòng An ninh đối nội", "danh hiệu Quyết thắng của Công an tỉnh", "proposed")]


def test_the_leaders_of_a_kind_of_unit_in_counted_places(rec):
    r = rec("Ngày 13/7/2023, tại Công an tỉnh Kon Tum, Cụm thi đua số 6 - Bộ Công an tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023. "
            "Tham dự có lãnh đạo Công an 4 tỉnh Kon Tum, Gia Lai, Đắk Nông, Lâm Đồng.")
    assert r["cluster"]["members"] == ["Kon Tum", "Gia Lai", "Đắk Nông", "Lâm Đồng"]


def test_the_next_persons_rank_after_a_comma_ends_a_title(rec):
    r = rec("Ngày 13/7/2023, Cụm thi đua số 6 tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023. Tham dự có Thiếu tướng Lê Hồng Hà – Phó Cục "
            "trưởng Cục Công tác đảng và công tác chính trị, Thiếu tướng Cao Đăng Minh – Phó Chánh văn phòng Bộ Công an.")
    assert person(r, "Lê Hồng Hà")["title"] == "Phó Cục trưởng Cục Công tác đảng và công tác chính trị"
    assert person(r, "Cao Đăng Minh")["title"] == "Phó Chánh văn phòng Bộ Công an"


def test_a_unit_chosen_before_its_proposal_and_a_town_beside_a_district(rec):
    r = rec("Ngày 20/11/2020, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2020. Với thành tích nổi bật, Công an huyện Krông Bông "
            "đã được Hội nghị thống nhất suy tôn là đơn vị dẫn đầu Cụm, được đề nghị Bộ Công an tặng Cờ thi đua năm 2020.")
    assert [(a["recipient"], a["status"]) for a in r["awards"]] == [("Công an huyện Krông Bông", "proposed")]
    r = rec("Ngày 3/1/2014, Khối thi đua các huyện tổ chức hội nghị tổng kết năm 2013. Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho "
            "thị xã Vĩnh Châu, huyện Kế Sách.")
    assert [a["recipient"] for a in r["awards"]] == ["thị xã Vĩnh Châu", "huyện Kế Sách"]
