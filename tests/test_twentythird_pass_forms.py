"""Forms of the twenty-third pass, each on an invented example."""

LEAD = "Ngày 12/01/2023, Khối thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2022. "


def _acts(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def test_a_vote_opens_an_act_of_its_own_after_an_agreed_report(rec):
    r = rec(LEAD + "Hội nghị thống nhất dự thảo báo cáo năm 2022 và biểu quyết kết quả đề xuất khen thưởng năm 2022.")
    assert _acts(r) == [("approve_report", "Hội nghị thống nhất dự thảo báo cáo năm 2022"),
                        ("award_proposal", "biểu quyết kết quả đề xuất khen thưởng năm 2022")]


def test_choosing_units_by_vote_is_a_ranking(rec):
    r = rec(LEAD + "Hội nghị đã bình chọn 3 đơn vị xuất sắc.")
    assert _acts(r) == [("ranking", "Hội nghị đã bình chọn 3 đơn vị xuất sắc")]
    r = rec(LEAD + "Các đại biểu bỏ phiếu lựa chọn 01 tập thể dẫn đầu phong trào thi đua.")
    assert [k for k, _ in _acts(r)] == ["ranking"]
    # (the method of choosing, a draft rule's content, is no ranking)
    r = rec(LEAD + "Hội nghị góp ý dự thảo Tiêu chuẩn, phương pháp bình chọn đơn vị dẫn đầu của Khối.")
    assert [k for k, _ in _acts(r)] == []


def test_a_rank_with_the_cluster_named_after_it_and_the_next_places_bare(rec):
    r = rec(LEAD + "Theo kết quả chấm điểm, đơn vị xếp hạng nhất khối thi đua là Sở Tài chính, nhì khối là Sở Xây dựng, "
            "ba khối là Sở Y tế.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Tài chính"), (2, "Sở Xây dựng"), (3, "Sở Y tế")]
    # (no bare place without a ranked unit before it)
    r = rec(LEAD + "Hội nghị ghi nhận Sở Tài chính, nhì khối là Sở Xây dựng.")
    assert r["rankings"] == []


def test_cooperatives_abbreviated_are_units_and_counted(rec):
    r = rec("Ngày 10/12/2022, HTX nông nghiệp Tân Phú, xã Tân Lợi, Khối trưởng Khối thi đua số 5 tổ chức họp tổng kết công tác "
            "thi đua năm 2022. Tham dự có 9/11 HTX thành viên Khối thi đua số 5.")
    assert r["cluster"]["chair"]["organization"] == "HTX nông nghiệp Tân Phú"
    assert r["cluster"]["member_count"] == 11


def test_the_place_after_a_unit_s_comma_is_where_the_unit_is_not_the_chair(rec):
    r = rec("Ngày 10/12/2022, Trường THCS Lê Lợi, xã Tân Hòa, Cụm trưởng Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác "
            "thi đua năm 2022.")
    assert r["cluster"]["chair"]["organization"] == "Trường THCS Lê Lợi"
    # (a commune named first is the chair itself)
    r = rec("Ngày 10/12/2022, xã Tân Hòa, Cụm trưởng Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2022.")
    assert r["cluster"]["chair"]["organization"] == "xã Tân Hòa"


def test_any_unit_in_general_is_no_venue(rec):
    r = rec("Cụm thi đua số 2 tổ chức lễ ký kết giao ước thi đua năm 2023 nhằm thực hiện thắng lợi nhiệm vụ chính trị tại cơ quan, "
            "đơn vị.")
    assert r["meeting"]["venue"] is None
    r = rec("Cụm thi đua số 2 tổ chức lễ ký kết giao ước thi đua năm 2023 tại Sở Tư pháp.")
    assert r["meeting"]["venue"] == "Sở Tư pháp"


def test_an_act_the_year_s_work_stressed_is_no_act_of_the_meeting(rec):
    r = rec(LEAD + "Các phong trào thi đua gắn với nhiệm vụ của từng đơn vị, đặc biệt chú trọng phát động thi đua chào mừng Đại hội "
            "Đảng các cấp.")
    assert [k for k, _ in _acts(r)] == []
    # (what the meeting agreed to stress is its act)
    r = rec(LEAD + "Hội nghị thống nhất tập trung phát động thi đua chào mừng Đại hội Đảng các cấp.")
    assert [k for k, _ in _acts(r)] == ["other"]


def test_two_kinds_of_local_government_with_their_comma_lost(rec):
    r = rec("Sáng 4/1/2023, cụm thi đua các huyện thành phố tổ chức tổng kết phong trào thi đua năm 2022.")
    assert r["cluster"]["name"] == "cụm thi đua các huyện thành phố"
    # (the wards of a city keep the suffix cut)
    r = rec("Sáng 4/1/2023, cụm thi đua các phường thành phố tổ chức tổng kết phong trào thi đua năm 2022.")
    assert r["cluster"]["name"] == "cụm thi đua các phường"


def test_a_byline_of_who_compiled_the_report(rec):
    for prefix in ("T/h: ", "Tổng hợp: "):
        r = rec("Khối thi đua Nội chính tổng kết năm 2022\n\n" + LEAD + "\n\n" + prefix + "Diệu Linh\n")
        assert r["author"] == "Diệu Linh", prefix


def test_the_unit_that_leads_the_bloc_this_year_and_the_bodies_of_one_place(rec):
    r = rec("Ngày 28/02/2023, Khối thi đua Mặt trận các xã tổ chức hội nghị ký kết giao ước thi đua năm 2023. Dự hội nghị có lãnh đạo "
            "Đảng ủy, HĐND, UBND xã Tân Lập (đơn vị chủ trì Khối thi đua năm 2023) và đại diện các xã.")
    assert r["cluster"]["chair"]["organization"] == "xã Tân Lập"
    # (one body of the place: that body)
    r = rec("Ngày 28/02/2023, Khối thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2023 tại UBND xã Tân Lập (đơn vị chủ trì "
            "Khối).")
    assert r["cluster"]["chair"]["organization"] == "UBND xã Tân Lập"


def test_veterans_abbreviated_open_a_unit_after_và_and_the_communes_place_the_cluster(rec):
    r = rec("Ngày 10/12/2023, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2023. Cụm thi đua số 2 gồm: Hội CCB xã "
            "Yang Tao, xã Buôn Triết, xã Buôn Tría và CCB khối cơ quan hành chính sự nghiệp.")
    assert r["cluster"]["members"] == ["Hội CCB xã Yang Tao", "xã Buôn Triết", "xã Buôn Tría", "CCB khối cơ quan hành chính sự nghiệp"]
    assert r["meeting"]["province"] == "Đắk Lắk"


def test_the_content_of_a_launch_carried_out_is_no_launch(rec):
    r = rec(LEAD + "Đồng chí Phó Giám đốc yêu cầu các đơn vị trong Khối tiếp tục thực hiện có hiệu quả kế hoạch công tác năm 2023 và "
            "nội dung phát động phong trào thi đua “Vì An ninh Tổ quốc” năm 2023.")
    assert r["decisions"] == []
    # (the item done at the meeting, told after "Sau", is one)
    r = rec(LEAD + "Sau nội dung phát động phong trào thi đua năm 2023, các đơn vị ký kết giao ước thi đua.")
    assert sorted(d["kind"] for d in r["decisions"]) == ["covenant", "other"]


def test_the_reviewed_year_of_the_headline_stands_when_a_covenant_of_that_year_is_told_in_the_body(rec):
    r = rec("Hội nghị bình xét thi đua, khen thưởng năm 2022 của Khối thi đua quản lý nhà nước về xây dựng\n"
            "Sáng ngày 06/01/2023, tại Hội trường Sở Xây dựng tỉnh Lạc Sơn tổ chức Hội nghị bình xét thi đua khen thưởng cho Khối "
            "thi đua quản lý nhà nước về xây dựng.\nNgay từ đầu năm 2022, các phòng Quản lý đô thị đã thống nhất ký kết Bản giao "
            "ước thi đua.\n")
    assert r["meeting"]["kind"] == "tong_ket" and r["meeting"]["period"] == {"year": 2022, "span": "year"}


def test_names_listed_after_a_plural_position_and_its_colon(rec):
    r = rec(LEAD + "Cùng tham dự có các Phó Giám đốc Sở: Nguyễn Văn An, Trần Thị Bình và Lê Văn Cường; thủ trưởng các phòng.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [
        ("Nguyễn Văn An", "Phó Giám đốc Sở"), ("Trần Thị Bình", "Phó Giám đốc Sở"), ("Lê Văn Cường", "Phó Giám đốc Sở")]
    # (units after it are no people)
    r = rec(LEAD + "Các Phó Giám đốc Sở gồm: Sở Tài chính, Sở Y tế.")
    assert r["people"] == []


def test_a_position_after_the_name_with_its_phó_in_lower_case(rec):
    r = rec(LEAD + "Đến dự hội nghị có đồng chí Nguyễn Mạnh Tuấn phó Giám đốc Sở Y tế.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Nguyễn Mạnh Tuấn", "phó Giám đốc Sở Y tế")]


def test_the_kinds_of_district_listed_after_trên_địa_bàn_leave_the_name(rec):
    r = rec("Ngày 6/1/2023, Sở Xây dựng tổ chức hội nghị tổng kết cho Khối thi đua quản lý nhà nước về xây dựng trên địa bàn "
            "huyện, thị xã, thành phố thuộc tỉnh Lạc Sơn.")
    assert r["cluster"]["name"] == "Khối thi đua quản lý nhà nước về xây dựng"


def test_the_units_counted_that_achieved_something_are_no_members(rec):
    r = rec("Ngày 10/7/2023, Khối thi đua các Trạm Y tế tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. Trong đó thành phố A có 04 "
            "đơn vị đạt (gồm: Tân Thuận Đông, Mỹ Ngãi, Phường 2, Tân Thuận Tây).")
    assert r["cluster"]["members"] == []


def test_the_host_unit_s_note_after_a_person_s_title_names_the_chair_and_is_no_verb(rec):
    head = "Ngày 12/01/2024, Khối thi đua Nội chính tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
    r = rec(head + "Đồng chí Nguyễn Thị Lan, Giám đốc Sở Tư pháp - đơn vị chủ trì Khối thi đua năm 2023 phát biểu khai mạc hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Sở Tư pháp", "person": "Nguyễn Thị Lan"}
    assert r["people"][0]["roles"] == ["spoke"]  # ("chủ trì" of the host unit's noun: no presiding)
    r = rec(head + "Đồng chí Nguyễn Thị Lan, Giám đốc Sở Tư pháp, đơn vị chủ trì Khối năm 2023 chủ trì hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Sở Tư pháp" and r["people"][0]["roles"] == ["presided"]


def test_units_that_receive_an_award_along_with_the_one_before_it(rec):
    head = "Ngày 20/4/2023, Khối thi đua Sở, ban, ngành tổ chức hội nghị tổng kết công tác thi đua năm 2022. "
    r = rec(head + "Tại hội nghị, Sở Tài chính được UBND thành phố tặng Cờ thi đua dẫn đầu cùng các đơn vị: Sở Nội vụ, Sở Giao "
            "thông vận tải (tại Quyết định số 12/QĐ-UBND).")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [
        ("Sở Tài chính", "Cờ thi đua dẫn đầu"), ("Sở Nội vụ", "Cờ thi đua dẫn đầu"), ("Sở Giao thông vận tải", "Cờ thi đua dẫn đầu")]
    r = rec(head + "Tại hội nghị, Sở Tài chính được UBND thành phố tặng Cờ thi đua cùng với Sở Nội vụ và Sở Y tế.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Tài chính", "Sở Nội vụ", "Sở Y tế"]
