"""Decision lists and proposal items: items opened by "Thứ nhất, / Thứ hai, ..." under an agreeing lead, a lead of
contents that is no act of its own, "+ Tặng ..." items under a proposal's lead, "A đề nghị tặng Bằng khen" with "được"
left out, the time of a ranking to come, and a covenant passed and signed."""

HEAD = "Khối thi đua số 5 tổng kết năm 2024\n\n"


def kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_ordinal_items_under_an_agreeing_lead_are_acts(rec):
    r = rec(HEAD + "Ngày 14/01/2025, Khối thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
            "Hội nghị thống nhất:\nThứ nhất, thông qua báo cáo tổng kết năm 2024;\n"
            "Thứ hai, tổ chức giao lưu bóng chuyền giữa các đơn vị trong Khối vào tháng 4/2025.")
    assert kinds(r) == ["approve_report", "plan"]
    assert r["decisions"][1]["text"].startswith("tổ chức giao lưu bóng chuyền")


def test_bulleted_ordinal_items_under_a_lead_of_contents(rec):
    r = rec(HEAD + "Ngày 11/7, Cụm thi đua số 9 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. "
            "Tại hội nghị, các đơn vị thống nhất một số nội dung:\n"
            "- Thứ nhất, tổ chức hội diễn văn nghệ chào mừng Quốc khánh vào tháng 9/2024;\n"
            "- Thứ hai, tổ chức tham quan, học tập kinh nghiệm tại tỉnh Quảng Bình trong quý IV.")
    # the lead agrees no document: only the items are acts
    assert kinds(r) == ["plan", "plan"]


def test_lead_of_contents_over_an_event_is_no_report(rec):
    r = rec(HEAD + "Ngày 11/7, Cụm thi đua số 9 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. "
            "Hội nghị đã thống nhất các nội dung sau:\n- Tổ chức hội thao chào mừng ngày thành lập ngành Kho bạc vào tháng 10/2024.")
    assert kinds(r) == ["plan"]


def test_lead_of_contents_over_bare_documents_stays_a_report(rec):
    # the items name documents, no verb of their own: the lead's verb agrees them
    r = rec(HEAD + "Ngày 14/01/2025, Khối thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
            "Hội nghị thống nhất các nội dung sau:\n- Báo cáo tổng kết công tác thi đua năm 2024 của Khối;\n"
            "- Bầu Sở Xây dựng làm Khối trưởng năm 2025.")
    assert kinds(r) == ["approve_report", "election"]
    # a lead of contents with no list after it is agreed as before
    r = rec(HEAD + "Ngày 14/01/2025, Khối thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
            "Hội nghị thống nhất các nội dung đã trình bày.")
    assert kinds(r) == ["approve_report"]


def test_weekday_is_no_ordinal_item(rec):
    # "Thứ Hai, 13/01/2025" is a weekday before a date, no item of the lead above
    r = rec("Hội nghị thống nhất các nội dung:\nThứ Hai, 13/01/2025 - 08:30\n"
            "Ngày 12/01/2025, Khối thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert "plan" not in kinds(r)


def test_award_items_under_a_proposal_lead_are_proposed(rec):
    r = rec(HEAD + "Ngày 24/7/2024, Cụm thi đua các trường trung cấp tổ chức hội nghị tổng kết năm học 2023 - 2024. "
            "Hội nghị thống nhất đề nghị:\n+ Tặng Cờ thi đua của UBND tỉnh cho Trường Trung cấp Kỹ thuật Nông nghiệp;\n"
            "+ Tặng Bằng khen của Chủ tịch UBND tỉnh cho Trường Trung cấp Văn hóa Nghệ thuật.")
    assert [(a["recipient"], a["status"]) for a in r["awards"]] == [
        ("Trường Trung cấp Kỹ thuật Nông nghiệp", "proposed"), ("Trường Trung cấp Văn hóa Nghệ thuật", "proposed")]
    assert "award_proposal" in kinds(r)


def test_award_items_under_a_handing_lead_stay_conferred(rec):
    r = rec(HEAD + "Ngày 24/7/2024, Cụm thi đua các trường trung cấp tổ chức hội nghị tổng kết năm học 2023 - 2024. "
            "Dịp này, hội nghị công bố quyết định khen thưởng:\n+ Tặng Bằng khen của Chủ tịch UBND tỉnh cho Trường Trung cấp Y tế.")
    assert [(a["recipient"], a["status"]) for a in r["awards"]] == [("Trường Trung cấp Y tế", "conferred")]


def test_bare_proposal_of_its_recipient(rec):
    r = rec(HEAD + "Ngày 9/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2024. Hội nghị đã suy tôn Công ty CP Dược phẩm "
            "Sông Lam là đơn vị dẫn đầu, đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua; Công ty CP Vận tải Bến Thủy đề nghị tặng Bằng khen.")
    got = {(a["recipient"], a["award"], a["status"]) for a in r["awards"]}
    assert ("Công ty CP Vận tải Bến Thủy", "Bằng khen", "proposed") in got


def test_proposer_of_a_bare_proposal_is_no_recipient(rec):
    base = HEAD + "Ngày 9/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2024. Hội nghị đã suy tôn Sở Tài chính là đơn vị dẫn đầu; "
    r = rec(base + "UBND tỉnh đề nghị tặng Bằng khen.")
    assert [a["recipient"] for a in r["awards"]] == []
    r = rec(base + "Sở Nội vụ đề nghị tặng Bằng khen cho Kho bạc Nhà nước tỉnh.")
    assert [a["recipient"] for a in r["awards"]] == ["Kho bạc Nhà nước tỉnh"]


def test_time_of_a_ranking_to_come_is_no_ranking(rec):
    r = rec("Ngày 18/10/2024, Cụm thi đua số 3 tổ chức hội nghị sơ kết công tác thi đua 9 tháng năm 2024. "
            "Hội nghị thống nhất thời điểm chấm điểm, bình xét thi đua năm 2024 vào cuối tháng 11.")
    assert "ranking" not in kinds(r)
    r = rec("Ngày 18/10/2024, Cụm thi đua số 3 tổ chức hội nghị sơ kết công tác thi đua 9 tháng năm 2024. "
            "Hội nghị thống nhất lịch ký kết giao ước thi đua năm 2025 vào tháng 2.")
    assert "covenant" not in kinds(r)
    # a unit's name ending in "Du lịch" is no time
    r = rec("Ngày 15/1/2025, Khối thi đua số 4 tổ chức hội nghị tổng kết năm 2024. "
            "Hội nghị đã suy tôn Sở Văn hóa, Thể thao và Du lịch là đơn vị dẫn đầu.")
    assert "ranking" in kinds(r)


def test_covenant_passed_and_signed(rec):
    r = rec("Sáng 8/1/2020, Cụm thi đua số 6 tổ chức lễ ký kết giao ước thi đua năm 2020.\n\n"
            "Tại buổi lễ, đại diện lãnh đạo 5 xã đã thông qua và ký kết giao ước thi đua năm 2020.")
    assert sorted(kinds(r)) == ["approve_report", "covenant"]
