"""Forms of the nineteenth pass, each on an invented example."""

LEAD = "Ngày 8/1/2024, Cụm thi đua số 4 các trường tiểu học huyện Đông Sơn tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_agreeing_with_the_contents_of_the_report_and_the_core_tasks(rec):
    r = rec(LEAD + "Các đại biểu nhất trí với nội dung báo cáo và nhiệm vụ trọng tâm năm 2024.")
    assert _kinds(r) == ["approve_report", "tasks"]
    # (the report alone agrees no directions)
    r = rec(LEAD + "Các đại biểu nhất trí với nội dung báo cáo của Cụm trưởng.")
    assert _kinds(r) == ["approve_report"]


def test_the_purpose_a_cluster_was_set_up_for_holds_no_act(rec):
    r = rec(LEAD + "Cụm được thành lập với mục đích thống nhất về quy chế hoạt động, đề ra phương hướng thi đua hằng năm.")
    assert r["decisions"] == []
    # (a main clause after the purpose is the meeting's act)
    r = rec(LEAD + "Với mục đích đó, Hội nghị đã thống nhất thông qua quy chế hoạt động của Cụm.")
    assert _kinds(r) == ["approve_report"]


def _members(text, rec):
    return rec("Hội nghị tổng kết Cụm thi đua số 4\nSáng ngày 09/01/2015, tại Hội trường A đã diễn ra Hội nghị tổng kết Cụm "
               "thi đua số 4, " + text + ".\n")["cluster"]["members"]


def test_a_count_then_the_unit_the_places_share(rec):
    # (the count before the unit, as "Công an 5 tỉnh A, B": the places are the members)
    assert _members("gồm 4 Liên đoàn Lao động thành phố Hòa Bình, Sơn La, Điện Biên và thành phố Lai Châu", rec) == [
        "Hòa Bình", "Sơn La", "Điện Biên", "thành phố Lai Châu"]
    assert _members("gồm 3 Tỉnh hội Nam Định, Thái Bình và Ninh Bình", rec) == ["Nam Định", "Thái Bình", "Ninh Bình"]
    # (each item a unit of its own: the names whole)
    assert _members("gồm 3 Sở Y tế tỉnh Nam Định, Sở Tài chính tỉnh Thái Bình và Sở Nội vụ tỉnh Ninh Bình", rec) == [
        "Sở Y tế tỉnh Nam Định", "Sở Tài chính tỉnh Thái Bình", "Sở Nội vụ tỉnh Ninh Bình"]


def test_a_group_of_places_inside_a_list_after_the_unit_they_share(rec):
    assert _members("gồm 4 đơn vị: Công an thị xã Bỉm Sơn và Công an các huyện: Nga Sơn, Hà Trung, Thạch Thành", rec) == [
        "Công an thị xã Bỉm Sơn", "Nga Sơn", "Hà Trung", "Thạch Thành"]


def test_the_places_in_brackets_after_their_plural_kind(rec):
    assert _members("gồm các tỉnh (Kon Tum, Gia Lai và Đắk Nông)", rec) == ["Kon Tum", "Gia Lai", "Đắk Nông"]


def test_a_title_before_the_name_whose_unit_holds_a_comma(rec):
    r = rec(LEAD + "\nGiám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Sơn Lê Thị Hòa phát biểu tại hội nghị\nHội nghị kết thúc lúc 11 giờ.")
    assert [(p["name"], p["title"], p["roles"]) for p in r["people"]] == [
        ("Lê Thị Hòa", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Sơn", ["spoke"])]


def test_a_cut_off_last_sentence_is_no_byline(rec):
    r = rec(LEAD + "\nCác trường đã hoàn thành tốt nhiệm vụ được giao.\n\nTại Đông Sơn, tỷ lệ học sinh lên lớp là 99,5%. Tổng số học si")
    assert r["author"] is None
    # (a name with its unit after a comma stays a byline)
    r = rec(LEAD + "\nCác trường đã hoàn thành tốt nhiệm vụ được giao.\n\nLê Thu Hà, Trường Tiểu học Đông Sơn")
    assert r["author"] == "Lê Thu Hà"


def test_a_signing_named_with_the_meeting_a_guest_attends(rec):
    r = rec("Cụm thi đua các tỉnh Đông Bắc\nSáng 01/4/2022, tại thành phố Hạ Long, Phó Chủ tịch nước Trần Văn Bình đã tham dự Hội nghị "
            "tổng kết công tác thi đua năm 2021 và ký kết giao ước thi đua năm 2022 của Cụm thi đua các tỉnh Đông Bắc.")
    assert _kinds(r) == ["covenant"]


def test_a_province_s_own_launch_is_another_event(rec):
    r = rec(LEAD + "Cùng ngày, Phó Chủ tịch nước Trần Văn Bình đã dự lễ phát động thi đua năm 2024 của tỉnh Nam Sơn.")
    assert r["decisions"] == []
    # (the cluster's own launch stays one)
    r = rec(LEAD + "Hội nghị đã phát động thi đua năm 2024 của Cụm.")
    assert _kinds(r) == ["other"]


def _people(r):
    return [(p["name"], p["title"], p["roles"]) for p in r["people"]]


def test_those_who_preside_listed_after_the_plural_and_the_verb(rec):
    r = rec(LEAD + "\nCác đồng chí chủ trì hội nghị: Lê Văn Dũng, Hiệu trưởng Trường Tiểu học A - đơn vị Cụm trưởng; Trần Thu Hà, "
            "Hiệu trưởng Trường Tiểu học B - đơn vị Cụm phó.")
    assert [(n, roles) for n, _t, roles in _people(r)] == [("Lê Văn Dũng", ["presided"]), ("Trần Thu Hà", ["presided"])]


def test_a_cut_off_caption_on_the_last_line_is_no_byline(rec):
    r = rec(LEAD + "\nCác trường đã hoàn thành tốt nhiệm vụ được giao.\n\nLê Văn Dũng - Hiệu trưởng Trường Tiểu học A phát biểu khai mạc hội ngh")
    assert r["author"] is None


def test_a_caption_line_of_a_title_and_a_name(rec):
    r = rec(LEAD + "\n\tHiệu trưởng Trường Tiểu học A, Trưởng cụm thi đua số 4 Lê Thị Hoa\nẢnh: Minh Anh\nHội nghị kết thúc lúc 11 giờ.")
    assert [(n, t) for n, t, _r in _people(r)] == [("Lê Thị Hoa", "Hiệu trưởng Trường Tiểu học A, Trưởng cụm thi đua số 4")]
    # (a unit at a line's end after words that open no caption is no person: "Cụm phó 2 là Trường Y Dược Thái Bình")
    r = rec(LEAD + "\n- Cụm phó 2 là Công đoàn Trường Đại học Y Dược Thái Bình\nHội nghị kết thúc lúc 11 giờ.")
    assert r["people"] == []


def test_the_place_ends_before_the_meeting_s_own_act(rec):
    r = rec("Cụm thi đua các tỉnh miền Tây\nTrong 2 ngày 23, 24/11/2017, Cụm thi đua các tỉnh miền Tây họp tại TP. Vị Thanh, tỉnh Hậu "
            "Giang chấm điểm và tổng kết công tác thi đua năm 2017.")
    assert r["meeting"]["venue"] == "TP. Vị Thanh, tỉnh Hậu Giang"


def test_a_flag_for_outstanding_work_its_recipient_abbreviated_with_a_glued_comma(rec):
    r = rec(LEAD + "Sở VH,TT&DL được Hội nghị thống nhất đề nghị Bộ VH,TT&DL tặng cờ thi đua hoàn thành xuất sắc nhiệm vụ năm 2023.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
        ("Sở VH,TT&DL", "cờ thi đua hoàn thành xuất sắc nhiệm vụ", "proposed")]


def test_the_member_organisations_counted(rec):
    r = rec("Cụm thi đua các hội đặc thù\nNgày 13/12/2025, Cụm thi đua các hội đặc thù tổ chức hội nghị tổng kết năm 2025. Năm 2025, "
            "Cụm thi đua các hội đặc thù với 7 tổ chức thành viên đã triển khai các hoạt động bài bản.")
    assert r["cluster"]["member_count"] == 7


def test_a_unit_holds_the_post_of_chair(rec):
    r = rec(LEAD + "Trường Tiểu học Kim Đồng giữ vị trí Cụm trưởng Cụm thi đua số 4. Trường Tiểu học Lê Lợi giữ vị trí Cụm phó "
            "Cụm thi đua số 4.")
    c = r["cluster"]
    assert (c["chair"]["organization"], c["vice_chair"]["organization"]) == ("Trường Tiểu học Kim Đồng", "Trường Tiểu học Lê Lợi")


def test_what_the_units_go_on_doing_is_no_act_of_the_meeting(rec):
    r = rec(LEAD + "Phát huy kết quả đạt được, các trường trong Cụm tiếp tục phát động phong trào thi đua đợt 2 trong năm.")
    assert r["decisions"] == []
    # (at this meeting, the next act: it stays one)
    r = rec(LEAD + "Cũng trong dịp này, các trường trong Cụm tiếp tục ký kết giao ước thi đua năm 2024.")
    assert _kinds(r) == ["covenant"]


def test_a_launch_each_unit_makes_to_its_own_staff(rec):
    r = rec(LEAD + "Các trường đã phát động phong trào thi đua “Dạy tốt, học tốt” năm 2023 cho cán bộ, giáo viên.")
    assert r["decisions"] == []


def test_a_role_note_in_brackets_that_goes_on_to_list_the_members(rec):
    r = rec("Công an các tỉnh miền Tây tổng kết\nVừa qua, Công an tỉnh Cà Mau (đơn vị Cụm trưởng Cụm thi đua số 10, gồm các tỉnh: "
            "Trà Vinh, Vĩnh Long và Cà Mau) tổng kết phong trào thi đua năm 2011.")
    assert r["cluster"]["chair"]["organization"] == "Công an tỉnh Cà Mau"
    assert r["cluster"]["members"] == ["Trà Vinh", "Vĩnh Long", "Cà Mau"]


def test_the_date_opening_the_paragraph_of_the_meeting(rec):
    r = rec("Viện A tổ chức hội nghị bầu Cụm trưởng, Cụm phó Cụm thi đua số 1 năm 2024\n\nNgày 19/3/2024, thực hiện Hướng dẫn "
            "số 09/HD ngày 01/3/2024 của Ban Thi đua về tổ chức và hoạt động của các Cụm thi đua. Cụm thi đua số 1 gồm có 03 thành "
            "viên: Viện Kiểm sát nhân dân cấp cao tại thành phố Hà Nội (Viện cấp cao 1), Sở B và Sở C. Do năm 2023 Sở C là Cụm phó "
            "Cụm thi đua số 1 nên được giao nhiệm vụ tổ chức Hội nghị năm 2024, Hội nghị được thực hiện bằng hình thức trực tuyến "
            "tại 03 điểm cầu: Viện cấp cao 1, Sở B và Sở C với thành phần tham dự là lãnh đạo các đơn vị.")
    assert r["meeting"]["date"] == "2024-03-19"


def test_a_title_after_a_name_ends_before_the_next_persons_own_title(rec):
    r = rec("Cụm thi đua Mặt trận các tỉnh miền Trung tổng kết năm 2019\nSáng 10/12/2019, tại thành phố Hội An, Cụm thi đua Mặt trận các "
            "tỉnh miền Trung tổ chức hội nghị tổng kết năm 2019. Ông Hầu Văn Lềnh – Phó Chủ tịch, Tổng thư ký Ủy ban Trung ương "
            "MTTQ Việt Nam, Phó Bí thư Thường trực Tỉnh ủy Quảng Nam Lê Văn Dũng, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch UBMTTQ "
            "tỉnh Võ Xuân Ca đồng chủ trì hội nghị.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [
        ("Hầu Văn Lềnh", "Phó Chủ tịch, Tổng thư ký Ủy ban Trung ương MTTQ Việt Nam"),
        ("Lê Văn Dũng", "Phó Bí thư Thường trực Tỉnh ủy Quảng Nam"),
        ("Võ Xuân Ca", "Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch UBMTTQ tỉnh")]
    assert all("presided" in p["roles"] for p in r["people"])


def test_a_cut_off_caption_opening_on_a_position_is_no_byline(rec):
    r = rec(LEAD + "\nCác trường đã hoàn thành tốt nhiệm vụ được giao.\n\nPhó Ch")
    assert r["author"] is None


def test_an_inspection_teams_visit_reviews_no_period(rec):
    r = rec("Ngày 24/11/2020, Đoàn kiểm tra công tác Mặt trận năm 2020 Cụm thi đua các tỉnh Nam sông Hậu do Phó Chủ tịch Ủy ban MTTQ "
            "Việt Nam tỉnh Sóc Trăng Lâm Văn Liêm làm Trưởng đoàn đã có buổi làm việc tại tỉnh Bạc Liêu. Năm 2020, Ủy ban MTTQ tỉnh Bạc "
            "Liêu đã hoàn thành tốt các nhiệm vụ.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("other", None)


def test_the_contents_signed_before_are_no_signing(rec):
    r = rec(LEAD + "Dù còn khó khăn, các nội dung thi đua của Cụm đã ký giao ước đều được các trường thực hiện đầy đủ.")
    assert r["decisions"] == []


def test_the_health_care_board_of_officials_is_one_name(rec):
    r = rec("Cụm thi đua các Ban Đảng tổng kết\nChiều 10/1/2014, tại Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh (Đơn vị Cụm trưởng), Cụm "
            "thi đua các Ban Đảng thuộc Tỉnh ủy tổ chức hội nghị tổng kết công tác thi đua năm 2013.")
    assert r["meeting"]["venue"] == "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh"
    assert r["cluster"]["chair"]["organization"] == "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh"


def test_the_event_dated_and_placed_in_a_sentence_of_its_own(rec):
    r = rec("Khối thi đua 9 tổng kết năm 2019\n\nĐây là nhận định của đồng chí Lê Văn Hải - Phó Chủ tịch Tổng Liên đoàn tại Hội nghị tổng "
            "kết công tác thi đua năm 2019 của Khối thi đua 9. Sự kiện diễn ra ngày 28/02/2020, tại trụ sở Tập đoàn Điện lực Việt Nam.")
    assert (r["meeting"]["date"], r["meeting"]["venue"]) == ("2020-02-28", "trụ sở Tập đoàn Điện lực Việt Nam")
    # (the meeting stated with its cluster, the date in the sentence after it)
    r = rec("Cụm thi đua số 4 tổng kết\n\nCụm thi đua số 4 tổ chức Hội nghị tổng kết công tác thi đua năm 2023 tại Hội trường UBND huyện. "
            "Hội nghị được tổ chức vào sáng 12/1/2024 với sự tham dự của lãnh đạo các xã.")
    assert r["meeting"]["date"] == "2024-01-12"


def test_the_staff_after_a_title_the_people_it_is_for_a_count_in_words_and_a_time_after_a_bare_head(rec):
    r = rec(LEAD + "Tham dự có ông Lê Minh Hùng, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Sơn và viên chức trong cơ "
            "quan Liên hiệp Hội.")
    assert r["people"][0]["title"] == "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nam Sơn"
    r = rec("Cụm thi đua số 1 giao ban\nNgày 09/3/2023, Cụm thi đua số 1 tổ chức giao ban năm 2023 tại thành phố Phan Thiết - tỉnh Bình "
            "Thuận cho 45 cán bộ Hội.")
    assert r["meeting"]["venue"] == "thành phố Phan Thiết - tỉnh Bình Thuận"
    assert _members("gồm có năm tỉnh An Giang, Đồng Tháp, Kiên Giang, Vĩnh Long và thành phố Cần Thơ", rec) == [
        "An Giang", "Đồng Tháp", "Kiên Giang", "Vĩnh Long", "thành phố Cần Thơ"]
    r = rec("Hội Khuyến học\nNgày 10/10/2022, các cụm thi đua của Hội Khuyến học tổ chức hội nghị báo cáo hoạt động của cụm thời "
            "gian qua.")
    assert r["cluster"]["name"] is None


def test_training_schools_named_with_a_comma_listed_in_brackets_after_a_long_kind(rec):
    r = rec(LEAD + "Cụm thi đua số 4 gồm 3 trường cán bộ của các bộ, ngành Trung ương (Học viện Tư pháp, Trường Đào tạo, bồi dưỡng cán bộ "
            "Công thương Trung ương, Trường Bồi dưỡng cán bộ Tài chính) đã ký giao ước thi đua năm 2024.")
    assert r["cluster"]["members"] == ["Học viện Tư pháp", "Trường Đào tạo, bồi dưỡng cán bộ Công thương Trung ương",
                                       "Trường Bồi dưỡng cán bộ Tài chính"]


def test_several_clusters_counted_are_no_name(rec):
    r = rec("Hội Khuyến học tỉnh sơ kết\nNgày 10/10/2022, Hội Khuyến học tỉnh tổ chức sơ kết hoạt động 6 tháng đầu năm 2022. 6 cụm "
            "khuyến học có 76 cơ sở trực thuộc.")
    assert r["cluster"]["name"] is None


def test_a_launch_to_all_of_a_units_staff_or_within_its_own_body(rec):
    r = rec(LEAD + "Các trường trong Cụm đã phát động phong trào thi đua đến 100% cán bộ, giáo viên, nhân viên.")
    assert r["decisions"] == []
    r = rec(LEAD + "Hội phát động phong trào thi đua trong toàn Hội, nổi bật là phong trào khám bệnh tình nguyện.")
    assert r["decisions"] == []
    # (the meeting's launch to everyone, and one within the whole cluster, stay)
    assert _kinds(rec(LEAD + "Hội nghị đã phát động thi đua năm 2024 đến toàn thể cán bộ, giáo viên.")) == ["other"]
    assert _kinds(rec(LEAD + "Hội nghị đã phát động phong trào thi đua trong toàn Cụm.")) == ["other"]
