"""Forms of the twentieth pass, each on an invented example."""

LEAD = "Ngày 12/12/2019, Cụm thi đua số 3 các huyện miền núi tổ chức hội nghị tổng kết công tác thi đua năm 2019. "


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def _awards(r):
    return [(a["recipient"], a["award"]) for a in r["awards"]]


def test_a_flag_given_with_no_other_word_and_counted_places_after_a_colon_split_by_semicolons(rec):
    r = rec(LEAD + "Hội nghị suy tôn, đề nghị Chủ tịch UBND tỉnh tặng cờ cho: Huyện Đông Hà; Bộ Tư lệnh tặng cờ cho Ban Chỉ huy Quân sự "
            "2 huyện: Tây Sơn; Bắc Sơn trong phong trào thi đua Quyết thắng năm 2019.")
    assert _awards(r) == [("Huyện Đông Hà", "cờ"), ("Tây Sơn", "cờ"), ("Bắc Sơn", "cờ")]
    # (a flag raised or hung is no award)
    r = rec(LEAD + "Các đơn vị treo cờ Tổ quốc tại trụ sở trong dịp lễ.")
    assert r["awards"] == []


def test_a_year_reported_at_the_meeting_is_the_year_reviewed(rec):
    r = rec("Hội nghị có sự tham dự của lãnh đạo các đơn vị thuộc Cụm thi đua số 3. Theo báo cáo tại hội nghị, trong năm 2021, các đơn "
            "vị trong Cụm đã hoàn thành tốt nhiệm vụ được giao.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2021, "span": "year"}


def test_a_member_list_ends_before_the_officials_who_came_with_the_units(rec):
    r = rec(LEAD + "Tham dự có lãnh đạo Sở Tư pháp các tỉnh: Nam Sơn, Bắc Hà, Tây Lâm và các đồng chí đại diện lãnh đạo Văn phòng của "
            "các Sở thuộc Cụm.")
    assert r["cluster"]["members"] == ["Nam Sơn", "Bắc Hà", "Tây Lâm"]


def test_the_bodies_a_bloc_answers_to_after_a_comma_are_no_part_of_its_name(rec):
    r = rec("Ngày 10/12/2018, Khối thi đua Văn xã, Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Nam Sơn tổ chức Hội nghị tổng kết năm 2018.")
    assert r["cluster"]["name"] == "Khối thi đua Văn xã"
    # (kinds of unit the name lists stay: "Khối thi đua Mặt trận, Hội, Đoàn thể"; so does a name that holds a unit itself)
    r = rec("Ngày 10/12/2018, Khối thi đua Mặt trận, Hội, Đoàn thể tổ chức Hội nghị tổng kết năm 2018.")
    assert r["cluster"]["name"] == "Khối thi đua Mặt trận, Hội, Đoàn thể"
    r = rec("Ngày 10/12/2018, Khối cơ quan Sở Tài chính, Cục Thuế các tỉnh miền núi tổ chức Hội nghị tổng kết năm 2018.")
    assert r["cluster"]["name"] == "Khối cơ quan Sở Tài chính, Cục Thuế các tỉnh miền núi"


def test_an_election_holds_for_the_second_role_after_the_clusters_name_of_words(rec):
    r = rec("Ngày 05/12/2018, Khối thi đua Văn xã tổ chức Hội nghị tổng kết năm 2018.\n\nThống nhất bầu Sở Y tế là đơn vị Khối "
            "trưởng Khối Văn xã và Sở Tư pháp là đơn vị Khối phó.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Y tế"
    assert r["cluster"]["next_vice_chair"]["organization"] == "Sở Tư pháp"
    assert r["cluster"]["vice_chair"] is None


def test_agreeing_one_view_on_the_rules_is_approving_them(rec):
    r = rec(LEAD + "Các đại biểu đã góp ý, thống nhất ý kiến chung về Giao ước thi đua và quy chế hoạt động của Cụm.")
    assert _kinds(r) == ["approve_report"]


def test_a_bare_position_with_a_role_note_gives_the_unit_it_heads(rec):
    r = rec("Chiều 05-01, Khối thi đua Kinh tế tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Giám đốc Ban Quản lý các khu công "
            "nghiệp tỉnh (Khối trưởng) và Giám đốc Sở Công Thương (Khối phó) chủ trì Hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Ban Quản lý các khu công nghiệp tỉnh"
    assert r["cluster"]["vice_chair"]["organization"] == "Sở Công Thương"
    # (a person's title after a comma is read with the person: the unit of the position, and the person)
    r = rec("Chiều 05-01, Khối thi đua Kinh tế tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Báo cáo do đồng chí Lê Văn Nam, "
            "Giám đốc Sở Công Thương (Khối trưởng) trình bày.")
    assert (r["cluster"]["chair"]["organization"], r["cluster"]["chair"]["person"]) == ("Sở Công Thương", "Lê Văn Nam")
