"""Thirtieth pass: decisions of the meeting in more wordings, and look-alikes that are no act of this meeting (invented texts)."""

REVIEW = "Ngày 14/01/2025, Cụm thi đua số 5 tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
SIGNING = "Sáng 20/2/2025, Cụm thi đua số 2 tỉnh Bắc Giang tổ chức hội nghị ký kết giao ước thi đua năm 2025. "


def _kinds(r: dict) -> list[str]:
    return [d["kind"] for d in r["decisions"]]


def _texts(r: dict, kind: str) -> list[str]:
    return [d["text"] for d in r["decisions"] if d["kind"] == kind]


def test_a_second_document_approved_in_its_own_sentence_is_an_act_of_its_own(rec):
    r = rec(REVIEW + "Hội nghị đã thống nhất thông qua báo cáo tổng kết. "
            "Hội nghị cũng nhất trí thông qua dự thảo Quy chế hoạt động của Cụm năm 2025.")
    assert _texts(r, "approve_report") == ["Hội nghị đã thống nhất thông qua báo cáo tổng kết",
                                           "Hội nghị cũng nhất trí thông qua dự thảo Quy chế hoạt động của Cụm năm 2025"]
    # the same report told again is one act
    r = rec(REVIEW + "Hội nghị đã thống nhất thông qua báo cáo tổng kết. "
            "Báo cáo tổng kết công tác thi đua năm 2024 đã được hội nghị nhất trí thông qua.")
    assert len(_texts(r, "approve_report")) == 1
    # a scoring table agreed by vote after the report ("tán thành việc sửa đổi ...")
    r = rec(REVIEW + "Hội nghị thống nhất cao với báo cáo tổng kết. "
            "100% đại biểu biểu quyết tán thành việc sửa đổi, bổ sung bảng chấm điểm thi đua của Cụm.")
    assert len(_texts(r, "approve_report")) == 2
    # a unit's name is no document: "Sở Kế hoạch và Đầu tư" chosen as chair is an election, no plan approved
    r = rec("Ngày 9/01/2025, Khối thi đua các cơ quan tổng hợp tỉnh Thái Bình tổ chức hội nghị tổng kết năm 2024. "
            "Hội nghị nhất trí với báo cáo tổng kết. "
            "Các thành viên nhất trí giới thiệu Sở Kế hoạch và Đầu tư làm Trưởng khối năm 2025.")
    assert _kinds(r).count("approve_report") == 1 and "election" in _kinds(r)


def test_directions_the_report_sets_out_are_no_tasks_of_the_meeting(rec):
    r = rec(REVIEW + "Báo cáo đã chỉ ra những hạn chế và đề ra 4 nhiệm vụ trọng tâm năm 2025.")
    assert "tasks" not in _kinds(r)
    r = rec(REVIEW + "Báo cáo cũng đề ra phương hướng, nhiệm vụ năm 2025.")
    assert "tasks" not in _kinds(r)
    # the meeting sets them
    r = rec(REVIEW + "Hội nghị đã đề ra 4 nhiệm vụ trọng tâm năm 2025.")
    assert "tasks" in _kinds(r)


def test_a_covenant_signed_at_an_earlier_meeting_is_no_act_of_this_one(rec):
    r = rec(REVIEW + "Tại hội nghị giao ước đầu năm, các đơn vị đã ký kết giao ước thi đua năm 2024.")
    assert "covenant" not in _kinds(r)
    r = rec(REVIEW + "Trước đó, tháng 3/2024, các đơn vị đã ký giao ước thi đua tại huyện Hương Khê.")
    assert "covenant" not in _kinds(r)
    # signed at this meeting
    r = rec(REVIEW + "Tại hội nghị, các đơn vị đã ký kết giao ước thi đua năm 2025.")
    assert "covenant" in _kinds(r)


def test_an_approval_and_a_plan_in_one_sentence_are_two_acts(rec):
    r = rec(SIGNING + "Hội nghị đã thông qua Chương trình công tác năm 2025 của Cụm, trong đó thống nhất tổ chức "
            "giao lưu bóng chuyền vào quý III.")
    assert _texts(r, "approve_report") == ["Hội nghị đã thông qua Chương trình công tác năm 2025 của Cụm"]
    assert _texts(r, "plan") == ["thống nhất tổ chức giao lưu bóng chuyền vào quý III"]


def test_the_unit_the_meeting_agrees_to_put_forward_for_chair_is_elected(rec):
    r = rec(REVIEW + "Hội nghị thống nhất đề nghị huyện Hương Sơn làm Cụm trưởng năm 2025.")
    assert r["cluster"]["next_chair"] == {"organization": "huyện Hương Sơn", "person": None}
    assert "election" in _kinds(r)
    r = rec(REVIEW + "Hội nghị nhất trí đề xuất huyện Hương Sơn làm Cụm trưởng, huyện Đức Thọ làm Cụm phó năm 2025.")
    assert r["cluster"]["next_chair"] == {"organization": "huyện Hương Sơn", "person": None}
    assert r["cluster"]["next_vice_chair"] == {"organization": "huyện Đức Thọ", "person": None}
    # a unit asked to do a task is no role given
    r = rec(REVIEW + "Hội nghị thống nhất đề nghị huyện Hương Sơn làm tốt công tác tổng hợp.")
    assert r["cluster"]["next_chair"] is None and "election" not in _kinds(r)


def test_an_election_recalled_from_an_earlier_meeting(rec):
    # the units elected there for the period of this meeting hold the roles now; none is elected here
    r = rec(SIGNING + "Trước đó, tại Hội nghị tổng kết năm 2024 ngày 12/1, Cụm đã bầu huyện Lục Nam làm Cụm trưởng, "
            "huyện Yên Thế làm Cụm phó năm 2025.")
    c = r["cluster"]
    assert "election" not in _kinds(r)
    assert c["next_chair"] is None and c["next_vice_chair"] is None
    assert c["chair"] == {"organization": "huyện Lục Nam", "person": None}
    assert c["vice_chair"] == {"organization": "huyện Yên Thế", "person": None}
    # elected at the half-year review for the year after the one this meeting reviews: no role of this meeting
    r = rec(REVIEW + "Tại hội nghị sơ kết 6 tháng đầu năm, Cụm đã bầu huyện Hương Sơn làm Cụm trưởng năm 2025.")
    assert "election" not in _kinds(r)
    assert r["cluster"]["next_chair"] is None and r["cluster"]["chair"] is None


def test_agreeing_with_a_units_proposal_to_hold_an_event_is_a_plan(rec):
    r = rec(REVIEW + "Hội nghị đồng ý với đề xuất của huyện Kỳ Anh về việc tổ chức giải cầu lông giữa các đơn vị trong Cụm.")
    assert _kinds(r) == ["plan"]
    r = rec(REVIEW + "Hội nghị thống nhất đề xuất của huyện Kỳ Anh về việc tổ chức giao lưu văn nghệ giữa các đơn vị.")
    assert _kinds(r) == ["plan"]
    # a unit's proposal alone is no act of the meeting
    r = rec(REVIEW + "Huyện Kỳ Anh đề xuất về việc tổ chức giao lưu văn nghệ giữa các đơn vị.")
    assert "plan" not in _kinds(r)


def test_another_bodys_plan_is_no_plan_of_the_meeting(rec):
    r = rec(REVIEW + "Theo kế hoạch của UBND tỉnh, trong tháng 4/2025 sẽ tổ chức Hội thao các Cụm, Khối thi đua toàn tỉnh.")
    assert "plan" not in _kinds(r)
    r = rec(REVIEW + "UBND tỉnh đã ban hành kế hoạch tổ chức Hội thao các Cụm, Khối thi đua năm 2025.")
    assert "plan" not in _kinds(r)
    # the cluster's own plan is one
    r = rec(REVIEW + "Theo kế hoạch của Cụm, trong tháng 4/2025 sẽ tổ chức giao lưu bóng đá giữa các đơn vị.")
    assert "plan" in _kinds(r)
    r = rec(REVIEW + "Hội nghị thống nhất kế hoạch tổ chức hội thao vào tháng 5/2025.")
    assert "plan" in _kinds(r)
