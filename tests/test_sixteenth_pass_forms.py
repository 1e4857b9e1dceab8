"""Forms of the sixteenth pass, each on an invented example."""

REVIEW = "Sáng 8/1/2021, Khối thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2020.\n\n"
MEMBERS = "Khối gồm 5 đơn vị: Sở Y tế (Khối trưởng), Sở Tư pháp (Khối phó), Sở Xây dựng, Sở Nội vụ và Sở Công Thương.\n\n"


def test_a_role_named_after_its_cluster_does_not_take_the_next_role_word_as_its_unit(rec):
    r = rec(REVIEW + MEMBERS + "Năm 2021, Sở Xây dựng là Khối trưởng Khối thi đua số 3, Sở Nội vụ là Khối phó.")
    c = r["cluster"]
    assert c["chair"]["organization"] == "Sở Y tế" and c["vice_chair"]["organization"] == "Sở Tư pháp"
    assert c["next_chair"]["organization"] == "Sở Xây dựng"
    assert c["next_vice_chair"]["organization"] == "Sở Nội vụ"
    # ("Khối trưởng ... là X" still reads X)
    r = rec(REVIEW + MEMBERS + "Hội nghị thống nhất Khối trưởng năm 2021 là Sở Xây dựng.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Xây dựng"


def test_a_person_holding_the_role_of_the_cluster_written_long_while_the_lead_writes_it_short(rec):
    r = rec("Bình xét thi đua\n\nNgày 23/11/2020, Cụm 2 Cụm thi đua Viện kiểm sát nhân dân tỉnh Phú Thọ tổ chức hội nghị bình xét thi đua năm 2020.\n\n"
            "Đồng chí Trần Văn Bình - Cụm trưởng Cụm thi đua số 2 phát biểu khai mạc hội nghị.")
    assert r["cluster"]["number"] == 2
    assert r["cluster"]["chair"] == {"organization": None, "person": "Trần Văn Bình"}
    # (the chair of another numbered cluster holds no role here)
    r = rec("Bình xét thi đua\n\nNgày 23/11/2020, Cụm 2 Cụm thi đua Viện kiểm sát nhân dân tỉnh Phú Thọ tổ chức hội nghị bình xét thi đua năm 2020.\n\n"
            "Đồng chí Trần Văn Bình - Cụm trưởng Cụm thi đua số 5 phát biểu tại hội nghị.")
    assert r["cluster"]["chair"] is None


def awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_units_chosen_counted_then_named_in_brackets_or_after_la(rec):
    lead = "Cụm thi đua số 3 tổng kết năm 2022\n\nNgày 25/11/2022, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2022. "
    r = rec(lead + "Các thành viên đã bình chọn 2 tập thể có thành tích xuất sắc (Sở Y tế và Sở Tư pháp) đề nghị UBND tỉnh tặng Bằng khen.")
    assert awards(r) == [("Sở Y tế", "Bằng khen", "proposed"), ("Sở Tư pháp", "Bằng khen", "proposed")]
    r = rec(lead + "Các thành viên đã suy tôn 02 đơn vị là Sở Y tế và Sở Tư pháp, đề nghị UBND tỉnh tặng Bằng khen.")
    assert awards(r) == [("Sở Y tế", "Bằng khen", "proposed"), ("Sở Tư pháp", "Bằng khen", "proposed")]
    # (a count that differs from the units named gives no recipient)
    r = rec(lead + "Các thành viên đã bình chọn 3 tập thể (Sở Y tế và Sở Tư pháp) đề nghị UBND tỉnh tặng Bằng khen.")
    assert awards(r) == []


def test_a_sentence_opened_by_cung_trong_dip_nay_does_not_state_the_meeting(rec):
    r = rec("Qua tổng kết, Sở Y tế được Khối đề nghị UBND tỉnh tặng Cờ thi đua.\n\n"
            + MEMBERS + "Năm 2020, các đơn vị trong Khối thi đua số 3 đã hoàn thành tốt nhiệm vụ.\n\n"
            "Tại hội nghị, các đơn vị đã bỏ phiếu bình xét Sở Y tế là đơn vị dẫn đầu.\n\n"
            "Cũng trong dịp này, các đơn vị trong Khối tiếp tục ký kết giao ước thi đua năm 2021.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2020, "span": "year"}


def test_the_first_half_reviewed_dated_by_the_second_half_ahead(rec):
    r = rec("Giao ban Cụm\n\nCụm thi đua số 2 vừa tổ chức hội nghị giao ban công tác Mặt trận 06 tháng đầu năm và triển khai "
            "phương hướng, nhiệm vụ 06 tháng cuối năm 2020.")
    assert r["meeting"]["kind"] == "so_ket"
    assert r["meeting"]["period"] == {"year": 2020, "span": "h1"}


def test_communes_named_without_their_tone_marks_or_without_their_kind(rec):
    from datetime import date
    from tdkt_extract import gazetteer
    # (Central Highlands communes written with a tone the gazetteer's spelling lacks)
    assert gazetteer.province_of_communes(["Ea M'dróh", "Quảng Hiệp"], date(2020, 7, 2)) == "Đắk Lắk"
    assert gazetteer.province_of_communes(["Ea M'dróh", "Quảng Hiệp"], date(2020, 7, 2)) \
        == gazetteer.province_of_communes(["Ea M'Droh", "Quảng Hiệp"], date(2020, 7, 2))
    r = rec("Giao ban Cụm\n\nNgày 20/11/2020, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2020. Cụm gồm 4 đơn vị: xã Quảng Hiệp, "
            "xã Ea M'dróh, Ea Kpam và xã Ea Tul.")
    assert r["meeting"]["province"] == "Đắk Lắk"
    # (most members bare: no commune table read for them)
    r = rec("Giao ban Cụm\n\nNgày 20/11/2020, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2020. Cụm gồm 4 đơn vị: Quảng Hiệp, "
            "Ea Kpam, Ea Tul và xã Ea M'dróh.")
    assert r["meeting"]["province"] is None


def test_a_giao_ban_assessing_the_covenant_contents_reviews_the_year(rec):
    r = rec("Giao ban Cụm\n\nNgày 26/11/2020, tại xã Ea Tul, Cụm thi đua số 1 tổ chức hội nghị giao ban Cụm đánh giá 5 nội dung "
            "giao ước thi đua năm 2020.\n\nCác đơn vị đạt nhiều kết quả trong các nội dung giao ước thi đua.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2020, "span": "year"}
    # (signing the contents counted is a covenant)
    r = rec("Ký kết\n\nNgày 6/3/2020, tại xã Ea Tul, Cụm thi đua số 1 tổ chức hội nghị ký kết 5 nội dung giao ước thi đua năm 2020.")
    assert r["meeting"]["kind"] == "giao_uoc"


def test_a_headline_cut_short_above_the_whole_one(rec):
    r = rec("Cập nhật lúc 09:46:42 18/04/2019\nKhối thi đua 7 ký kết giao ước t\n\nKhối thi đua 7 ký kết giao ước thi đua năm 2019\n\n"
            "Chiều ngày 16/4, tại Tỉnh đoàn, Khối thi đua 7 tổ chức ký kết giao ước thi đua năm 2019.")
    assert r["title"] == "Khối thi đua 7 ký kết giao ước thi đua năm 2019"


def test_a_bloc_owning_the_hall_is_no_cluster_and_ends_no_venue(rec):
    r = rec("Tổng kết\n\nChiều ngày 13/12/2019, tại Hội trường Khối Dân vận huyện Hàm Tân Cụm thi đua số 2 gồm các huyện Đức Linh, "
            "Tánh Linh và Hàm Tân tổ chức tổng kết thi đua năm 2019.")
    assert r["meeting"]["venue"] == "Hội trường Khối Dân vận huyện Hàm Tân"
    assert r["cluster"]["name"] == "Cụm thi đua số 2"
    # (a bloc at the venue's end, no cluster after it, still ends the venue)
    r = rec("Tổng kết\n\nChiều ngày 13/12/2019, tại huyện Hàm Tân Khối Dân vận tổ chức tổng kết thi đua năm 2019.")
    assert r["meeting"]["venue"] == "huyện Hàm Tân"


def test_an_abbreviation_in_brackets_inside_the_unit_before_a_role(rec):
    r = rec("Hội nghị điển hình tiên tiến\n\nChiều ngày 16/5/2025, Tòa án nhân dân (TAND) tỉnh Long An, Phó Trưởng cụm thi đua số IX tổ chức "
            "hội nghị điển hình tiên tiến Cụm thi đua số IX.\n\nPhát biểu tại hội nghị, đồng chí Lê Văn Tâm, Chánh án TAND tỉnh nhấn mạnh "
            "vai trò của thi đua.")
    vc = r["cluster"]["vice_chair"]
    assert vc["organization"] == "Tòa án nhân dân (TAND) tỉnh Long An"
    # (its head, named by the abbreviation with the province left implicit, acts for it)
    assert vc["person"] == "Lê Văn Tâm"


def test_the_page_date_in_a_line_of_labelled_meta_fields_and_the_month_written_th(rec):
    lead = "\n\nNgày 12/3/2020, tại huyện Tuy An, Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2020.\n"
    r = rec("Ký kết giao ước\n\nChuyên mục: Tin hoạt động | Đăng ngày: 18/03/2020" + lead)
    assert r["published"] == "2020-03-18"
    r = rec("Ký kết giao ước\n\nĐã đăng vào 15 Th3, 2020 lúc 15:31" + lead)
    assert r["published"] == "2020-03-15"
    # (a line of prose with a pipe is no date line)
    r = rec("Ký kết giao ước\n\nCác đơn vị thi đua sôi nổi | dự kiến ngày 18/03/2020 tổng kết" + lead)
    assert r["published"] is None


def test_the_last_kind_of_places_after_a_comma_keeps_its_kind_in_the_name(rec):
    r = rec("Tổng kết\n\nSáng 15/11/2019, Cụm thi đua 9 huyện, thành phố Cà Mau tổ chức hội nghị tổng kết năm 2019.")
    assert r["cluster"]["name"] == "Cụm thi đua 9 huyện, thành phố"
    assert r["meeting"]["province"] == "Cà Mau"
    r = rec("Tổng kết\n\nSáng 15/11/2019, Cụm thi đua các sở, ngành tỉnh Cà Mau tổ chức hội nghị tổng kết năm 2019.")
    assert r["cluster"]["name"] == "Cụm thi đua các sở, ngành"


def test_persons_counted_after_va_end_the_recipient(rec):
    r = rec("Tổng kết\n\nSáng 15/11/2019, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2019. Các đại biểu thống nhất đề nghị "
            "Thanh tra Chính phủ tặng bằng khen cho tập thể Thanh tra huyện Cái Nước và 1 cá nhân trong cụm.")
    assert awards(r) == [("Thanh tra huyện Cái Nước", "bằng khen", "proposed")]


def test_a_role_handed_over_by_its_place_and_an_election_joined_by_va(rec):
    r = rec("Tổng kết Cụm thi đua I\n\nNgày 20/12/2023, Cụm thi đua I tổ chức hội nghị tổng kết năm 2023. Đồng thời, huyện Long Phú "
            "đã trao lại vị trí cụm trưởng cho huyện Kế Sách và thông nhất bầu huyện Trần Đề vào vị trí cụm phó Cụm thi đua I năm 2024.")
    c = r["cluster"]
    assert c["chair"]["organization"] == "huyện Long Phú"
    assert c["next_chair"]["organization"] == "huyện Kế Sách"
    assert c["next_vice_chair"]["organization"] == "huyện Trần Đề"


def test_the_chairman_of_a_communes_peoples_committee_acts_for_the_commune(rec):
    r = rec("Ký kết\n\nChiều ngày 13/3/2023, tại UBND xã An Phú đã diễn ra Hội nghị ký kết giao ước thi đua năm 2023 của 05 xã do "
            "xã An Phú làm cụm trưởng.\n\nTại Hội nghị, đồng chí Lê Văn Lợi, Chủ tịch UBND xã An Phú đã thông qua kế hoạch năm 2023.")
    assert r["cluster"]["chair"] == {"organization": "xã An Phú", "person": "Lê Văn Lợi"}
    # (the party secretary of the commune does not)
    r = rec("Ký kết\n\nChiều ngày 13/3/2023, tại UBND xã An Phú đã diễn ra Hội nghị ký kết giao ước thi đua năm 2023 của 05 xã do "
            "xã An Phú làm cụm trưởng.\n\nTại Hội nghị, đồng chí Lê Văn Lợi, Bí thư Đảng ủy xã An Phú đã thông qua kế hoạch năm 2023.")
    assert r["cluster"]["chair"]["person"] is None


def test_a_title_ends_before_the_staff_who_came_with_the_person(rec):
    r = rec(REVIEW + "Đến dự có bà Trần Thị Hiền, Trưởng Phòng Nội vụ huyện và chuyên viên phụ trách thi đua Phòng Nội vụ huyện.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Trần Thị Hiền", "Trưởng Phòng Nội vụ huyện")]


def test_the_same_position_written_again_before_the_name_with_its_unit(rec):
    r = rec("Thứ trưởng Lê Thị Hoa dự Hội nghị sơ kết Khối thi đua\n\nNgày 20/7/2017, Khối thi đua các bộ, ngành tổ chức hội nghị sơ kết "
            "6 tháng đầu năm 2017. Dự hội nghị có Thứ trưởng Bộ Giáo dục và Đào tạo Lê Thị Hoa (Phó Trưởng Khối).")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Lê Thị Hoa", "Thứ trưởng Bộ Giáo dục và Đào tạo")]
    assert r["cluster"]["vice_chair"] == {"organization": "Bộ Giáo dục và Đào tạo", "person": "Lê Thị Hoa"}


def test_hopes_said_are_spoken(rec):
    r = rec(REVIEW + "Đồng chí Lê Thị Uyên, Phó Trưởng Ban Thi đua Tập đoàn hy vọng rằng các đơn vị sẽ tiếp tục thi đua.")
    assert [(p["name"], p["title"], p["roles"]) for p in r["people"]] == [("Lê Thị Uyên", "Phó Trưởng Ban Thi đua Tập đoàn", ["spoke"])]


def test_roles_dated_by_a_bare_year_after_the_role_word(rec):
    r = rec(REVIEW + MEMBERS + "Theo phân công, Sở Xây dựng sẽ là khối trưởng 2021 và Sở Nội vụ là khối phó 2021.")
    c = r["cluster"]
    assert c["next_chair"]["organization"] == "Sở Xây dựng"
    assert c["next_vice_chair"]["organization"] == "Sở Nội vụ"


def test_a_cluster_of_companies_is_not_placed_by_one_company_named_for_a_province(rec):
    r = rec("Sơ kết\n\nNgày 31/7/2023, Cụm thi đua số 1 tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. Cụm gồm: Công ty Cổ phần DAP, "
            "Công ty Cổ phần Hóa chất Việt Trì, Công ty TNHH Đạm Ninh Bình và Công ty Cổ phần Pin Hà Nội.")
    assert r["meeting"]["province"] is None
    # (most of them named for it place it)
    r = rec("Sơ kết\n\nNgày 31/7/2023, Cụm thi đua số 1 tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. Cụm gồm: Công ty Điện lực Ninh Bình, "
            "Công ty Cấp nước Ninh Bình và Công ty Môi trường đô thị Ninh Bình.")
    assert r["meeting"]["province"] == "Ninh Bình"


def test_a_venue_ending_with_a_numbered_district_and_the_organisations_second_kind(rec):
    r = rec("Tổng kết\n\nNgày 29 tháng 12 năm 2017, Khối Thi đua 1 đã tổ chức Hội nghị tổng kết năm 2017 tại Nhà khách Hương Sen, Quận 3.")
    assert r["meeting"]["venue"] == "Nhà khách Hương Sen, Quận 3"
    r = rec("Tổng kết\n\nNgày 25/3/2020, Khối thi đua các Tổ chức xã hội, xã hội - nghề nghiệp Tp. Đà Nẵng tổ chức Hội nghị tổng kết năm 2019.")
    assert r["cluster"]["name"] == "Khối thi đua các Tổ chức xã hội, xã hội - nghề nghiệp"
    assert r["meeting"]["province"] == "Đà Nẵng"


def test_a_launch_of_a_school_years_plan_with_its_signing(rec):
    r = rec("Triển khai kế hoạch\n\nNgày 06/12/2017, Khối thi đua các trường đại học, cao đẳng tỉnh Nghệ An đã tổ chức Hội nghị triển khai "
            "kế hoạch và ký cam kết thi đua năm học 2017 - 2018 tại Trường Đại học Vinh.")
    assert r["meeting"]["kind"] == "giao_uoc"
    assert r["meeting"]["period"] == {"year": 2018, "span": "term"}


def test_a_head_of_a_federation_of_surveys_is_a_position(rec):
    r = rec("Sơ kết\n\nChiều 25/7/2023, Khối thi đua các Viện tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.\n\nÔng Lê Quang Huy - Liên đoàn "
            "trưởng Liên đoàn Địa chất miền Trung - Đại diện Đơn vị Phó Khối thông qua báo cáo sơ kết của Khối.")
    assert r["cluster"]["vice_chair"] == {"organization": "Liên đoàn Địa chất miền Trung", "person": "Lê Quang Huy"}


def test_a_role_dated_after_a_cluster_named_by_its_region_and_a_unit_chosen_by_suy_ton(rec):
    lead = ("\n\nSáng 13/3/2024, tại TP Thái Bình, Cụm thi đua các tỉnh đồng bằng sông Hồng tổ chức hội nghị tổng kết công tác thi đua "
            "năm 2023, ký giao ước thi đua năm 2024.")
    r = rec("Hải Dương là Cụm phó Cụm thi đua các tỉnh đồng bằng sông Hồng năm 2024" + lead)
    assert r["cluster"]["next_vice_chair"]["organization"] == "Hải Dương"
    assert r["cluster"]["vice_chair"] is None
    r = rec("Tổng kết" + lead + " Hải Dương được suy tôn là Cụm phó Cụm thi đua năm 2024.")
    assert r["cluster"]["next_vice_chair"]["organization"] == "Hải Dương"


def test_a_descriptor_after_the_numbers_dash_keeps_the_body_its_units_belong_to(rec):
    r = rec("Tổng kết\n\nNgày 5/1/2021, Khối I - Khối Nghiên cứu các Viện trực thuộc Bộ Nông nghiệp và Phát triển nông thôn tổ chức "
            "hội nghị tổng kết năm 2020.")
    assert r["cluster"]["name"] == "Khối I - Khối Nghiên cứu các Viện trực thuộc Bộ Nông nghiệp và Phát triển nông thôn"
    assert r["cluster"]["number"] == 1


def test_associations_of_a_special_nature_stay_in_the_name(rec):
    r = rec("Sơ kết\n\nNgày 26/6/2020, tại Liên minh HTX tỉnh Yên Bái, Khối các Hội hoạt động có tính chất đặc thù tổ chức sơ kết công tác "
            "thi đua 6 tháng đầu năm 2020.")
    assert r["cluster"]["name"] == "Khối các Hội hoạt động có tính chất đặc thù"


def test_a_region_ending_with_bo_does_not_end_a_title_before_the_name(rec):
    r = rec("Triển khai\n\nNgày 5/3/2024, Cụm thi đua số 15 tổ chức hội nghị triển khai công tác thi đua năm 2024. Tham dự gồm: Chủ tịch "
            "Petrolimex Tây Nam Bộ ông Võ Văn Sơn; Giám đốc Petrolimex Bến Tre ông Lê Văn Ba.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Võ Văn Sơn", "Chủ tịch Petrolimex Tây Nam Bộ"),
                                                              ("Lê Văn Ba", "Giám đốc Petrolimex Bến Tre")]


def decisions(r):
    return [d["kind"] for d in r["decisions"]]


def test_acts_of_this_pass(rec):
    lead = "Sơ kết\n\nNgày 31/7/2023, Cụm thi đua số 1 tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. "
    assert decisions(rec(lead + "Các đại biểu cũng tiến hành bình xét, chấm điểm thi đua.")) == ["ranking"]
    assert decisions(rec(lead + "Hội nghị đã đề ra các nhiệm vụ cần thực hiện trong 6 tháng cuối năm 2023.")) == ["tasks"]
    # (the tasks set before, and a document that launches the emulation, are no acts of the meeting)
    assert decisions(rec(lead + "Các đơn vị cần hoàn thành các nhiệm vụ đề ra.")) == []
    assert decisions(rec(lead + "Các đơn vị đã bám sát các văn bản phát động thi đua của UBND tỉnh.")) == []


def test_tai_inside_a_word_is_no_venue_and_a_province_in_brackets_ends_one(rec):
    r = rec("Tổng kết\n\nCụm thi đua các Hội Nhà báo miền Đông Nam bộ vừa tổng kết hoạt động thi đua năm 2016. Các thành viên đã đánh giá "
            "những tồn tại hạn chế và hiện tại các hội đã hoàn thành nhiệm vụ.")
    assert r["meeting"]["venue"] is None
    r = rec("Hội nghị Cụm\n\nNgày 21/10/2018, tại TP. Đà Lạt (Lâm Đồng) Công đoàn Y tế Việt Nam và 10 LĐLĐ các tỉnh tổ chức Hội nghị Cụm "
            "thi đua 2018.")
    assert r["meeting"]["venue"] == "TP. Đà Lạt"
    # (a bare year after "Cụm thi đua" is no cluster's name)
    assert r["cluster"]["name"] is None


def test_the_next_name_of_a_roll_and_its_dash_end_a_title(rec):
    r = rec(REVIEW + "Các đồng chí: Phạm Văn Bình - Chủ tịch Công đoàn Y tế, Nguyễn Thị Hợp - Phó Chủ tịch Công đoàn Giáo dục - chủ trì hội nghị.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Phạm Văn Bình", "Chủ tịch Công đoàn Y tế"),
                                                              ("Nguyễn Thị Hợp", "Phó Chủ tịch Công đoàn Giáo dục")]


def test_a_physicians_grade_with_its_full_stop_ends_no_sentence(rec):
    r = rec("Ký kết\n\nNgày 5/3/2019, Khối thi đua các bệnh viện tuyến tỉnh tổ chức Lễ ký kết giao ước thi đua năm 2019.\n\nChủ trì buổi Lễ "
            "ký kết có BSCKI. Nguyễn Lộc An – Giám đốc Trung tâm Kiểm soát bệnh tật, BSCKII. Đặng Minh Hà – Giám đốc Bệnh viện tỉnh.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Nguyễn Lộc An", ["presided"]), ("Đặng Minh Hà", ["presided"])]


def test_affiliated_units_then_va_stay_in_the_name(rec):
    r = rec("Ký kết\n\nNgày 5/3/2019, Khối thi đua các đơn vị trực thuộc và bệnh viện tuyến tỉnh tổ chức Lễ ký kết giao ước thi đua năm 2019.")
    assert r["cluster"]["name"] == "Khối thi đua các đơn vị trực thuộc và bệnh viện tuyến tỉnh"


def test_members_in_brackets_after_gom_and_national_bodies_named_quoc_gia(rec):
    r = rec("Sơ kết\n\nNgày 2/8/2016, tại Hà Nội, Khối thi đua các cơ quan của Đảng bao gồm (Tạp chí Cộng sản, Học viện Chính trị quốc gia "
            "Hồ Chí Minh, Đảng ủy khối các cơ quan Trung ương, Nhà Xuất bản Chính trị quốc gia Sự thật) tổ chức hội nghị sơ kết 6 tháng "
            "đầu năm 2016.")
    assert r["cluster"]["members"] == ["Tạp chí Cộng sản", "Học viện Chính trị quốc gia Hồ Chí Minh", "Đảng ủy khối các cơ quan Trung ương",
                                       "Nhà Xuất bản Chính trị quốc gia Sự thật"]
    assert r["meeting"]["province"] is None
    # (a national park lies in its province)
    r = rec("Sơ kết\n\nNgày 2/8/2016, tại huyện Tam Đảo, Cụm thi đua số 2 gồm: Vườn quốc gia Tam Đảo, Hạt Kiểm lâm Tam Đảo và UBND huyện "
            "Tam Đảo tỉnh Vĩnh Phúc tổ chức hội nghị sơ kết 6 tháng đầu năm 2016.")
    assert r["meeting"]["province"] == "Vĩnh Phúc"


def test_a_chair_first_written_with_its_places_kind_alone_then_with_the_place_named(rec):
    r = rec("Tổng kết\n\nNgày 6/12/2023, tại huyện Tân Uyên, Hội Nông dân (HND) huyện - Cụm trưởng Cụm thi đua số 2 tổ chức Hội nghị "
            "tổng kết công tác thi đua năm 2023.\n\nNăm 2023, cụm thi đua số 2 do HND huyện Tân Uyên làm Cụm trưởng đã triển khai tốt nhiệm vụ.")
    assert r["cluster"]["chair"]["organization"] == "HND huyện Tân Uyên"


def test_one_member_whose_name_holds_va_takes_the_role(rec):
    r = rec(REVIEW + "Khối thi đua số 3 gồm 3 thành viên: Đài Phát thanh - Truyền hình và Báo Bình Phước, Sở Y tế, Sở Tư pháp. Năm 2020, "
            "Đài Phát thanh - Truyền hình và Báo Bình Phước là Khối trưởng.")
    assert r["cluster"]["chair"]["organization"] == "Đài Phát thanh - Truyền hình và Báo Bình Phước"


def test_the_party_committee_of_a_bloc_stays_in_the_venue(rec):
    r = rec("Triển khai\n\nNgày 24/02/2023, tại Hội trường Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh, Khối thi đua số 2 tổ chức Hội "
            "nghị triển khai hoạt động năm 2023.")
    assert r["meeting"]["venue"] == "Hội trường Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"


def test_the_giver_asked_is_no_recipient_of_the_next_award(rec):
    r = rec("Tổng kết\n\nNgày 20/12/2022, Khối thi đua số 2 tổ chức hội nghị tổng kết năm 2022. Các đại biểu đã bỏ phiếu lựa chọn 01 đơn "
            "vị dẫn đầu phong trào thi đua đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua và 03 đơn vị đề nghị tặng Bằng khen.")
    assert r["awards"] == []


def test_the_most_excellent_unit_of_the_cluster_ranks_first(rec):
    r = rec("Tổng kết\n\nNgày 8/4/2015, Khối thi đua các doanh nghiệp tổ chức Hội nghị tổng kết công tác thi đua năm 2014. Công ty Cổ phần "
            "Thủy điện Đa Nhim là đơn vị xuất sắc nhất của Khối năm 2014.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Công ty Cổ phần Thủy điện Đa Nhim")]
    # (the most excellent of the province ranks nothing in the cluster)
    r = rec("Tổng kết\n\nNgày 8/4/2015, Khối thi đua các doanh nghiệp tổ chức Hội nghị tổng kết công tác thi đua năm 2014. Công ty Cổ phần "
            "Thủy điện Đa Nhim là đơn vị xuất sắc nhất tỉnh năm 2014.")
    assert r["rankings"] == []


def test_a_role_given_to_a_person_named_before_her_position_without_a_mark(rec):
    r = rec("Tổng kết\n\nSáng ngày 14/12/2022, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2022 do GS Nguyễn Mậu Bình, Chủ tịch Hội "
            "Cựu giáo chức Việt Nam - Cụm trưởng, chủ trì.\n\nGS Nguyễn Mậu Bình giao trách nhiệm Cụm trưởng cho Ông Trần Đức Cao Chủ tịch "
            "Hội Khoa học lịch sử Việt Nam.")
    c = r["cluster"]
    assert c["chair"]["organization"] == "Hội Cựu giáo chức Việt Nam"
    assert c["next_chair"]["organization"] == "Hội Khoa học lịch sử Việt Nam"


def test_a_list_closed_by_semicolons_ends_at_a_sentence_run_on_after_it(rec):
    r = rec(REVIEW + "Khối có 3 đơn vị, gồm: Hội Người cao tuổi; Hội Luật gia; Hội Nhà báo; Năm 2021, Hội Luật gia là Trưởng Khối thi đua.")
    assert r["cluster"]["members"] == ["Hội Người cao tuổi", "Hội Luật gia", "Hội Nhà báo"]


def test_abbreviated_positions_and_a_dash_without_spaces(rec):
    r = rec(REVIEW + "Đại diện đơn vị trưởng khối, bác sĩ Nguyễn Văn Cường-PGĐ Sở Y tế đã báo cáo hoạt động thi đua của khối.")
    assert [(p["name"], p["title"], p["roles"]) for p in r["people"]] == [("Nguyễn Văn Cường", "PGĐ Sở Y tế", ["reported"])]


def test_a_long_banner_in_capitals_above_the_headline_is_no_lead(rec):
    banner = ("CHÚC MỪNG NĂM MỚI 2022. CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG THỰC HIỆN NGHIÊM QUY ĐỊNH PHÒNG CHỐNG DỊCH COVID - 19 "
              "THEO KHUYẾN CÁO CỦA BỘ Y TẾ.")
    r = rec(banner + "\n\nCụm thi đua số 2 tổ chức tổng kết năm 2021\n\nCập nhật ngày : 25/11/2021 01:31\n\nNgày 25/11/2021, Cụm thi đua "
            "số 2 đã tổ chức Hội nghị tổng kết công tác thi đua năm 2021.")
    assert r["title"] == "Cụm thi đua số 2 tổ chức tổng kết năm 2021"


def test_a_lead_sentence_ending_with_an_ellipsis_is_no_headline(rec):
    r = rec("Báo cáo tổng kết phong trào thi đua cho biết, qua tổng hợp kết quả kiểm tra chéo, các đơn vị trong Cụm thi đua số 5 đã triển "
            "khai đầy đủ chỉ đạo, hướng dẫn của Bộ trong công tác thi đua, khen thưởng năm 2019…\n\nCác đơn vị trong Cụm đã bám sát, chủ "
            "động triển khai nhiều phong trào thi đua.")
    assert r["title"] is None
