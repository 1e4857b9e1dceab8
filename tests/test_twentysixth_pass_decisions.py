"""Decisions: the forms read in the twenty-sixth pass (examples written for these tests)."""

_HEAD = "Ngày 12/01/2025, Cụm thi đua số 7 tỉnh Lâm Hà tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
_HEAD_MID = "Chiều 15/7/2025, Khối thi đua các sở ngành văn hóa tỉnh Lâm Hà tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. "


def _kinds(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def test_agreed_with_no_object_after_the_verb_the_document_named_before(rec):
    # the draft named earlier in the sentence, then "và thống nhất thông qua" / "nhất trí thông qua" ending the clause
    r = rec(_HEAD + "Hội nghị đã nghe dự thảo kế hoạch hoạt động năm 2025, các đơn vị thảo luận và thống nhất thông qua.")
    assert ("approve_report", "thống nhất thông qua") in _kinds(r)
    r = rec(_HEAD + "Các thành viên đã đóng góp vào dự thảo quy chế hoạt động của Cụm và nhất trí thông qua.")
    assert ("approve_report", "nhất trí thông qua") in _kinds(r)
    r = rec(_HEAD + "Hội nghị đã thảo luận dự thảo báo cáo tổng kết; 100% thành viên biểu quyết thông qua.")
    assert ("approve_report", "100% thành viên biểu quyết thông qua") in _kinds(r)


def test_agreed_with_no_object_not_read_without_a_document_or_when_asked(rec):
    # only opinions named before: no document agreed
    r = rec(_HEAD + "Các đại biểu đã phát biểu ý kiến và thống nhất thông qua.")
    assert [d for d in r["decisions"] if d["kind"] == "approve_report"] == []
    # a presenter asking the meeting to agree: no act yet
    r = rec(_HEAD + "Ông Trịnh Quốc Hưng trình bày dự thảo báo cáo và đề nghị hội nghị nhất trí thông qua.")
    assert [d for d in r["decisions"] if d["kind"] == "approve_report"] == []
    # the document agreed with its object: one act, not two
    r = rec(_HEAD + "Hội nghị thông qua dự thảo báo cáo tổng kết, các đại biểu góp ý và nhất trí thông qua.")
    assert len([d for d in r["decisions"] if d["kind"] == "approve_report"]) == 1


def test_document_and_the_directions_agreed_in_one_clause(rec):
    r = rec(_HEAD_MID + "Hội nghị thống nhất bảng chấm điểm thi đua năm 2025 và các nhiệm vụ trọng tâm 6 tháng cuối năm.")
    kinds = [k for k, _ in _kinds(r)]
    assert "approve_report" in kinds and "tasks" in kinds
    # a rule's own duties are no directions of a period
    r = rec(_HEAD_MID + "Hội nghị thống nhất quy chế hoạt động của Khối và nhiệm vụ của Khối trưởng.")
    assert "tasks" not in [k for k, _ in _kinds(r)]


def test_launching_a_round_of_emulation_is_other(rec):
    r = rec(_HEAD + "Hội nghị đã phát động đợt thi đua đặc biệt chào mừng kỷ niệm 50 năm ngày thống nhất đất nước.")
    assert [k for k, _ in _kinds(r)] == ["other"]
    r = rec(_HEAD + "Tại hội nghị, Cụm đã phát động cuộc thi đua lập thành tích chào mừng Đại hội.")
    assert [k for k, _ in _kinds(r)] == ["other"]
    # another body's round, carried out by the units: no act of the meeting
    r = rec(_HEAD + "Các đơn vị đã thực hiện tốt đợt thi đua do UBND tỉnh phát động.")
    assert [k for k, _ in _kinds(r)] == []


def test_a_units_launch_in_the_paragraph_of_the_reviewed_year_is_no_act(rec):
    # a later sentence of a paragraph opening on the reviewed year: a unit's own work of the year, not the meeting's launch
    text = ("Ngày 10/01/2025, Khối thi đua các cơ quan tư pháp tỉnh Lâm Hà tổ chức Hội nghị tổng kết công tác thi đua, "
            "khen thưởng năm 2024.\nNăm 2024, các đơn vị trong Khối đã triển khai nhiều phong trào thi đua gắn với nhiệm vụ "
            "chính trị. Sở Tư pháp phát động phong trào thi đua cao điểm về cải cách thủ tục hành chính; Cục Hải quan tỉnh "
            "đẩy mạnh chuyển đổi số.\nHội nghị đã phát động đợt thi đua chào mừng kỷ niệm 80 năm thành lập ngành.")
    r = rec(text)
    assert [d["text"] for d in r["decisions"] if d["kind"] == "other"] == [
        "Hội nghị đã phát động đợt thi đua chào mừng kỷ niệm 80 năm thành lập ngành"]
