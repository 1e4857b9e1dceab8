"""Thirty-first pass: decisions of the meeting in more wordings (the period reviewed opening a clause, the passive
directions, "Kết quả," before an agreed list, a vote after the discussion, "cùng" joining two objects, a two-word list
lead, an opening "Nhằm ...," and the verbs "tán thành" / "đồng ý"), with look-alikes that must stay as they are
(invented texts)."""

HALF = "Sáng 12/7/2024, Cụm thi đua số 6 ngành Kho bạc Nhà nước tỉnh Hải Dương tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.\n"
YEAR = "Ngày 10/01/2025, Khối thi đua các cơ quan Nội chính tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


def _kinds(r: dict) -> list[str]:
    return [d["kind"] for d in r["decisions"]]


def test_the_period_reviewed_opening_a_sentence_tells_past_acts(rec):
    r = rec(HALF + "6 tháng đầu năm, Cụm đã tổ chức ký kết giao ước thi đua, phát động phong trào thi đua \"Kỷ cương, minh bạch\".")
    assert _kinds(r) == []
    r = rec(HALF + "9 tháng qua, các đơn vị trong Cụm đã phát động đợt thi đua cao điểm.")
    assert _kinds(r) == []
    r = rec(HALF + "Quý I vừa qua, Cụm đã ký kết giao ước thi đua.")
    assert _kinds(r) == []
    # the period ahead opening the sentence is no review: the act agreed stands
    r = rec(HALF + "6 tháng cuối năm, Cụm thống nhất tổ chức giải bóng chuyền của Cụm.")
    assert _kinds(r) == ["plan"]


def test_directions_agreed_in_the_passive(rec):
    r = rec(YEAR + "Phương hướng, nhiệm vụ năm 2025 được hội nghị thông qua.")
    assert _kinds(r) == ["tasks"]
    r = rec(YEAR + "Nhiệm vụ trọng tâm năm 2025 đã được hội nghị thảo luận, thống nhất.")
    assert _kinds(r) == ["tasks"]
    r = rec(YEAR + "Phương hướng năm 2025 được các đơn vị thống nhất với 4 nội dung trọng tâm.")
    assert _kinds(r) == ["tasks"]
    # directions carried out, agreed before: no act of this meeting
    r = rec(YEAR + "Các đơn vị tiếp tục thực hiện phương hướng đã được thống nhất.")
    assert "tasks" not in _kinds(r)


def test_results_connective_before_an_agreed_list(rec):
    r = rec(HALF + "Kết quả, Hội nghị đã thống nhất:\n- Tổ chức giải bóng chuyền của Cụm vào dịp 2/9.")
    assert _kinds(r) == ["plan"]
    # a lead that tells the results done is none
    r = rec(HALF + "Kết quả thực hiện các nội dung đã thống nhất như sau:\n- Tổ chức giải bóng chuyền của Cụm vào dịp 2/9.")
    assert "plan" not in _kinds(r)


def test_a_vote_after_the_discussion_approves(rec):
    r = rec(HALF + "Các đại biểu đã góp ý và biểu quyết thông qua dự thảo báo cáo.")
    assert _kinds(r) == ["approve_report"]
    r = rec(HALF + "Hội nghị đã thảo luận, đóng góp ý kiến vào báo cáo và biểu quyết nhất trí 100% với dự thảo báo cáo sơ kết.")
    assert _kinds(r) == ["approve_report"]
    r = rec(HALF + "Hội nghị góp ý, biểu quyết thông qua dự thảo báo cáo.")
    assert _kinds(r) == ["approve_report"]
    # only discussed: no approval
    r = rec(HALF + "Các đại biểu góp ý vào dự thảo báo cáo sơ kết.")
    assert "approve_report" not in _kinds(r)


def test_cung_joins_the_report_and_the_directions(rec):
    r = rec(YEAR + "Hội nghị biểu quyết thông qua báo cáo tổng kết cùng với phương hướng nhiệm vụ năm 2025.")
    assert sorted(_kinds(r)) == ["approve_report", "tasks"]
    # "cùng với" a body, no directions
    r = rec(YEAR + "Hội nghị thông qua báo cáo tổng kết cùng với các đơn vị.")
    assert _kinds(r) == ["approve_report"]


def test_a_two_word_list_lead_is_no_approval(rec):
    r = rec(YEAR + "Hội nghị đã thống nhất một số nội dung chính như sau:\n- Tổ chức giải cầu lông của khối;\n"
            "- Tổ chức tham quan học tập tại tỉnh Thừa Thiên Huế.")
    assert _kinds(r) == ["plan", "plan"]
    r = rec(YEAR + "Các đơn vị thống nhất những nội dung cụ thể như sau:\n- Tổ chức giao lưu văn nghệ của khối.")
    assert _kinds(r) == ["plan"]
    # a list with a document in it is still agreed
    r = rec(YEAR + "Hội nghị đã thống nhất một số nội dung chính như sau:\n- Quy chế hoạt động của Khối năm 2025;\n"
            "- Tổ chức giải cầu lông của khối.")
    assert "approve_report" in _kinds(r)


def test_an_opening_purpose_then_the_meeting_acts(rec):
    r = rec(YEAR + "Nhằm tăng cường đoàn kết, hội nghị nhất trí tổ chức giải quần vợt của khối.")
    assert _kinds(r) == ["plan"]
    r = rec(YEAR + "Nhằm nâng cao hiệu quả, các thành viên thống nhất các nhiệm vụ trọng tâm năm 2025.")
    assert _kinds(r) == ["tasks"]
    # the act inside the purpose itself, no main clause: none
    r = rec(YEAR + "Nhằm đánh giá kết quả và thống nhất các nhiệm vụ trọng tâm năm 2025, Khối tổ chức hội nghị.")
    assert "tasks" not in _kinds(r)


def test_tan_thanh_and_dong_y_agree(rec):
    r = rec(YEAR + "Các đại biểu biểu quyết 100% tán thành phương hướng, nhiệm vụ trọng tâm năm 2025.")
    assert _kinds(r) == ["tasks"]
    r = rec(YEAR + "Các thành viên tán thành báo cáo tổng kết.")
    assert _kinds(r) == ["approve_report"]
    r = rec(YEAR + "Hội nghị đồng ý với phương hướng, nhiệm vụ năm 2025.")
    assert _kinds(r) == ["tasks"]
    # another body's consent is no act of the meeting
    r = rec(YEAR + "Sở Nội vụ đã đồng ý với kế hoạch của Khối.")
    assert "approve_report" not in _kinds(r)
