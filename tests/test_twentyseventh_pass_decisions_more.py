"""Decisions of the twenty-seventh pass: whose act it is, and a further act told in its own sentence; invented examples."""

LEAD = "Ngày 18/12/2024, Khối thi đua các sở, ngành tỉnh Hà Nam tổ chức hội nghị tổng kết công tác thi đua năm 2024. "


def _acts(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def test_a_guest_named_again_short_of_the_full_name_gives_advice_not_an_act(rec):
    guest = "Dự hội nghị có đồng chí Lê Văn Tâm, Phó Giám đốc Sở Nội vụ. "
    # the honorific alone, opening the sentence
    r = rec(LEAD + "Ông Khoa ghi nhận kết quả của Khối. Ông cũng lưu ý các đơn vị chuẩn bị hồ sơ đề nghị khen thưởng cuối năm.")
    assert _acts(r) == []
    # the honorific and the given name of the person named before
    r = rec(LEAD + guest + "Đồng chí Tâm đề nghị các sở chuẩn bị hồ sơ đề nghị khen thưởng tổng kết năm.")
    assert _acts(r) == []
    # the title of the person named before, with the honorific or without it
    r = rec(LEAD + guest + "Đồng chí Phó Giám đốc Sở Nội vụ đề nghị các sở sớm hoàn thiện hồ sơ đề nghị khen thưởng.")
    assert _acts(r) == []
    r = rec(LEAD + guest + "Phó Giám đốc Sở Nội vụ lưu ý các sở hoàn thiện hồ sơ đề nghị khen thưởng đúng hạn.")
    assert _acts(r) == []
    # (the meeting's own proposal, after a person heard, stays)
    r = rec(LEAD + "Tại hội nghị, ông Khoa trình bày báo cáo; Hội nghị đã thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Y tế.")
    assert _acts(r) == [("award_proposal", "Hội nghị đã thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Y tế")]


def test_a_person_named_by_the_given_name_presenting_a_draft_is_no_approval(rec):
    r = rec(LEAD + "Bà Mai thông qua dự thảo báo cáo tổng kết năm 2024 và phương hướng, nhiệm vụ năm 2025 của Khối.")
    assert _acts(r) == []
    # (the meeting's approval after it is one)
    r = rec(LEAD + "Bà Mai thông qua dự thảo báo cáo tổng kết năm 2024. Hội nghị nhất trí thông qua báo cáo.")
    assert _acts(r) == [("approve_report", "Hội nghị nhất trí thông qua báo cáo")]
    # (the meeting heard her: its act after her clause)
    r = rec(LEAD + "Hội nghị đã nghe bà Mai trình bày dự thảo báo cáo tổng kết; thống nhất thông qua báo cáo tổng kết năm 2024.")
    assert [k for k, _ in _acts(r)] == ["approve_report"]


def test_a_guest_who_witnesses_the_members_signing_leaves_the_covenant_theirs(rec):
    lead = "Cụm thi đua số 3 tỉnh Nghệ An tổ chức hội nghị tổng kết năm 2023. "
    r = rec(lead + "Giám đốc Sở Nội vụ Trần Quốc Bảo chứng kiến các huyện ký kết giao ước thi đua năm 2024.")
    assert _acts(r) == [("covenant", "các huyện ký kết giao ước thi đua năm 2024")]
    r = rec(lead + "Ông Bảo chứng kiến đại diện các huyện ký kết giao ước thi đua năm 2024.")
    assert _acts(r) == [("covenant", "đại diện các huyện ký kết giao ước thi đua năm 2024")]
    r = rec(lead + "Dưới sự chứng kiến của ông Trần Quốc Bảo, Giám đốc Sở Nội vụ, các huyện đã ký kết giao ước thi đua năm 2024.")
    assert _acts(r) == [("covenant", "các huyện đã ký kết giao ước thi đua năm 2024")]
    # (not what a guest said of a signing, nor a person named signing)
    r = rec(lead + "Ông Trần Quốc Bảo, Giám đốc Sở Nội vụ cho biết năm 2023 các huyện đã ký kết giao ước thi đua.")
    assert _acts(r) == []
    r = rec(lead + "Ông Trần Quốc Bảo chứng kiến ông Lê Văn Nam, Chủ tịch UBND huyện ký kết giao ước thi đua năm 2024.")
    assert _acts(r) == []


def test_a_further_award_proposal_in_its_own_sentence_is_an_act_of_its_own(rec):
    first = "Hội nghị thống nhất suy tôn Sở Tài chính dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua. "
    r = rec(LEAD + first + "Hội nghị cũng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Xây dựng.")
    assert _acts(r) == [("ranking", "Hội nghị thống nhất suy tôn Sở Tài chính dẫn đầu"),
                        ("award_proposal", "đề nghị UBND tỉnh tặng Cờ thi đua"),
                        ("award_proposal", "Hội nghị cũng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Xây dựng")]
    r = rec(LEAD + first + "Ngoài ra, các đơn vị trong Khối đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Công Thương.")
    assert [k for k, _ in _acts(r)] == ["ranking", "award_proposal", "award_proposal"]
    # (a later clause of the same sentence is one act with the first; a duty, or a guest's advice, is none)
    r = rec(LEAD + "Hội nghị thống nhất suy tôn Sở Tài chính dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua; đề nghị Chủ tịch "
            "UBND tỉnh tặng Bằng khen cho Sở Xây dựng.")
    assert [k for k, _ in _acts(r)] == ["ranking", "award_proposal"]
    r = rec(LEAD + first + "Các đơn vị cũng cần đề xuất khen thưởng kịp thời cho các tập thể.")
    assert [k for k, _ in _acts(r)] == ["ranking", "award_proposal"]
    r = rec(LEAD + first + "Ông Hòa cũng đề nghị các đơn vị hoàn thiện hồ sơ đề nghị khen thưởng.")
    assert [k for k, _ in _acts(r)] == ["ranking", "award_proposal"]
