"""Thirty-first pass, guards: the rules of the pass narrowed where they misread a look-alike (the directions agreed
before, a past award's meeting, a verb before "vị trí", a results lead of done work, a look-back opener with a later clause,
a consent as a condition, a department with its parent body), each with the form the rule was written for (invented texts)."""

HALF = "Sáng 15/7/2023, Cụm thi đua số 3 các cơ quan Đảng tỉnh Phú Yên tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2023.\n"
YEAR = "Ngày 12/01/2024, Khối thi đua các sở ngành tỉnh Bình Định tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
LEAD = "Ngày 8/1/2023, Khối thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2022. "


def _kinds(r: dict) -> list[str]:
    return [d["kind"] for d in r["decisions"]]


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_directions_agreed_before_are_no_tasks_of_this_meeting(rec):
    # (the object of an earlier word, agreed at a meeting of a year before)
    r = rec(YEAR + "Căn cứ vào phương hướng, nhiệm vụ đã được thống nhất tại Hội nghị tổng kết năm 2022, các sở đã xây dựng kế hoạch.")
    assert "tasks" not in _kinds(r)
    # (the reviewed year's directions carried out: "thống nhất" a manner)
    r = rec(YEAR + "Nhiệm vụ trọng tâm năm 2023 được các sở trong Khối thống nhất triển khai, thực hiện nghiêm túc.")
    assert "tasks" not in _kinds(r)
    # (listed after an earlier verb)
    r = rec(YEAR + "Các sở đã bám sát kế hoạch công tác, phương hướng, nhiệm vụ đã được thống nhất để tổ chức thực hiện.")
    assert "tasks" not in _kinds(r)
    # (at a year's meeting before the one reviewed, the clause's subject all the same)
    r = rec(YEAR + "Phương hướng, nhiệm vụ đã được thống nhất tại Hội nghị tổng kết năm 2022 của Khối.")
    assert "tasks" not in _kinds(r)
    # the wrong one no longer pushes out the right one
    r = rec(YEAR + "Căn cứ vào phương hướng, nhiệm vụ đã được thống nhất tại Hội nghị tổng kết năm 2022, các sở đã xây dựng kế hoạch. "
            "Hội nghị đã biểu quyết thông qua báo cáo tổng kết và phương hướng, nhiệm vụ năm 2024.")
    tasks = [d["text"] for d in r["decisions"] if d["kind"] == "tasks"]
    assert len(tasks) == 1 and "2024" in tasks[0]
    # the form the rule was written for still reads
    r = rec(YEAR + "Phương hướng, nhiệm vụ năm 2024 được hội nghị thông qua.")
    assert _kinds(r) == ["tasks"]
    r = rec(YEAR + "Nhiệm vụ trọng tâm đã được hội nghị thảo luận, thống nhất.")
    assert _kinds(r) == ["tasks"]
    r = rec(HALF + "Nhiệm vụ trọng tâm 6 tháng cuối năm 2023 được các thành viên thống nhất cao.")
    assert _kinds(r) == ["tasks"]


def test_a_past_award_named_with_its_meeting_keeps_its_year(rec):
    r = rec(LEAD + "Trước đó, Sở Công Thương được tặng Cờ thi đua của UBND tỉnh tại hội nghị tổng kết năm 2021.")
    assert _awards(r) == []
    r = rec(LEAD + "Sở Công Thương được tặng Bằng khen của Bộ Nội vụ tại hội nghị tổng kết năm 2021 của Khối.")
    assert _awards(r) == []
    r = rec(LEAD + "Trước đó, Sở Công Thương đã được tặng Bằng khen của Bộ Công Thương.")
    assert _awards(r) == []
    # this meeting's award, its place named, still reads
    r = rec(LEAD + "Sở Công Thương vinh dự đón nhận Cờ thi đua của UBND tỉnh tại hội nghị.")
    assert _awards(r) == [("Sở Công Thương", "Cờ thi đua của UBND tỉnh", "conferred")]


def test_the_verb_before_vi_tri_is_no_part_of_the_unit(rec):
    r = rec(LEAD + "Kết quả, Chi cục Thuế khu vực Nam Sơn xếp thứ nhất, Chi cục Thuế khu vực Bắc Hà giành vị trí thứ hai, "
            "Chi cục Thuế khu vực Tây Giang vươn lên vị trí thứ ba.")
    assert _ranks(r) == [(1, "Chi cục Thuế khu vực Nam Sơn"), (2, "Chi cục Thuế khu vực Bắc Hà"), (3, "Chi cục Thuế khu vực Tây Giang")]
    r = rec(LEAD + "Kết quả, Chi cục Thuế khu vực Nam Sơn xếp thứ nhất, Chi cục Thuế khu vực Bắc Hà ở vị trí thứ hai.")
    assert _ranks(r) == [(1, "Chi cục Thuế khu vực Nam Sơn"), (2, "Chi cục Thuế khu vực Bắc Hà")]
    # a bare "vị trí" still reads
    r = rec(LEAD + "Qua bình xét, Sở Xây dựng đứng vị trí thứ nhất; Sở Tài chính vị trí thứ hai.")
    assert _ranks(r) == [(1, "Sở Xây dựng"), (2, "Sở Tài chính")]


def test_a_results_lead_of_done_work_agrees_no_plan(rec):
    r = rec(YEAR + "Kết quả, các sở đã thống nhất và phối hợp tổ chức thành công các hoạt động sau:\n"
            "- Hội thao chào mừng ngày Quốc khánh;\n- Tổ chức giao lưu văn nghệ tại thành phố Quy Nhơn.")
    assert "plan" not in _kinds(r)
    # the connective before an agreed list still agrees
    r = rec(YEAR + "Kết quả, Hội nghị đã thống nhất:\n- Tổ chức giao lưu văn nghệ của Khối vào tháng 3.")
    assert _kinds(r) == ["plan"]


def test_a_look_back_opener_covers_its_own_clause_only(rec):
    r = rec(YEAR + "Năm ngoái, Sở Xây dựng dẫn đầu Khối; năm 2023, các thành viên thống nhất suy tôn Sở Tài chính dẫn đầu Khối.")
    assert _kinds(r) == ["ranking"]
    r = rec(HALF + "6 tháng đầu năm, các cơ quan đã hoàn thành tốt nhiệm vụ; các thành viên thống nhất tổ chức hội thao của Cụm vào tháng 10.")
    assert _kinds(r) == ["plan"]
    # the opener alone, or with a later clause of the same past work, stays a look-back
    r = rec(HALF + "6 tháng đầu năm, Cụm đã tổ chức ký kết giao ước thi đua; các cơ quan đã phát động thi đua chào mừng Đại hội.")
    assert _kinds(r) == []
    r = rec(YEAR + "Năm ngoái, Sở Xây dựng được Khối suy tôn dẫn đầu.")
    assert _kinds(r) == []


def test_a_consent_made_a_condition_is_no_approval(rec):
    r = rec(YEAR + "Đại diện Ban Thi đua đề nghị Khối trưởng nghiên cứu, nếu các sở đồng ý thì sửa đổi thang điểm chấm thi đua.")
    assert _kinds(r) == []
    r = rec(YEAR + "Nếu các thành viên tán thành thì phương hướng năm 2024 sẽ được bổ sung.")
    assert "tasks" not in _kinds(r)
    # the members' consent still approves
    r = rec(YEAR + "Các thành viên đồng ý với dự thảo Quy chế hoạt động của Khối.")
    assert _kinds(r) == ["approve_report"]


def test_a_department_and_its_parent_body_are_one_leader(rec):
    r = rec(LEAD + "Hội nghị suy tôn Phòng Cảnh sát cơ động, Công an tỉnh dẫn đầu Khối.")
    assert _ranks(r) == [(1, "Phòng Cảnh sát cơ động, Công an tỉnh")]
    r = rec(LEAD + "Hội nghị suy tôn Đồn Biên phòng Cửa khẩu Lệ Thanh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh dẫn đầu Khối.")
    assert _ranks(r) == [(1, "Đồn Biên phòng Cửa khẩu Lệ Thanh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh")]
    # two units of their own, each with its head, are still two
    r = rec(LEAD + "Hội nghị suy tôn Sở Xây dựng, Đài Phát thanh và Truyền hình tỉnh dẫn đầu Khối.")
    assert _ranks(r) == [(1, "Sở Xây dựng"), (1, "Đài Phát thanh và Truyền hình tỉnh")]
    r = rec(LEAD + "Hội nghị suy tôn Ban Dân tộc, Sở Tư pháp dẫn đầu Khối.")
    assert _ranks(r) == [(1, "Ban Dân tộc"), (1, "Sở Tư pháp")]


def test_a_branch_and_the_body_it_belongs_to_are_one_leader(rec):
    lead = "Ngày 9/1/2025, Khối thi đua số 4 tổ chức hội nghị tổng kết năm 2024. "
    for unit in ("Chi cục Thuế khu vực Đông Sơn - Hà Trung, Cục Thuế tỉnh Yên Hòa",
                 "Chi nhánh Ngân hàng Chính sách xã hội huyện Mỹ Lâm, Ngân hàng Chính sách xã hội tỉnh Yên Hòa",
                 "Trại giam Suối Mây, Cục C10, Bộ Công an"):
        r = rec(lead + f"Hội nghị đã suy tôn {unit} là đơn vị dẫn đầu Khối.")
        assert [x["organization"] for x in r["rankings"]] == [unit], unit
    # (two units of their own, neither a branch of the other, stay two)
    r = rec(lead + "Hội nghị đã suy tôn Bệnh viện Đa khoa tỉnh, Trường Cao đẳng Y tế là hai đơn vị dẫn đầu Khối.")
    assert [x["organization"] for x in r["rankings"]] == ["Bệnh viện Đa khoa tỉnh", "Trường Cao đẳng Y tế"]


def test_the_meeting_acting_after_the_period_it_reviews_is_still_read(rec):
    lead = "Sáng 2/10/2025, Cụm thi đua số 5 tổ chức hội nghị sơ kết công tác thi đua 9 tháng năm 2025. "
    r = rec(lead + "9 tháng qua, trên cơ sở kết quả chấm điểm, Hội nghị đã thống nhất suy tôn UBND xã Tân Mỹ dẫn đầu Cụm.")
    assert [x["organization"] for x in r["rankings"]] == ["UBND xã Tân Mỹ"]
    assert [d["kind"] for d in r["decisions"]] == ["ranking"]
    # (the units' own past work in that clause stays no act)
    r = rec(lead + "9 tháng qua, các xã trong Cụm đã phát động nhiều đợt thi đua cao điểm.")
    assert r["decisions"] == []


def test_directions_agreed_in_the_passive_by_the_members_are_this_meetings(rec):
    lead = "Ngày 8/1/2025, Khối thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
    for by in ("các đại biểu", "các thành viên", "hội nghị"):
        r = rec(lead + f"Nhiệm vụ trọng tâm được {by} thảo luận, thống nhất.")
        assert [d["kind"] for d in r["decisions"]] == ["tasks"], by
