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
