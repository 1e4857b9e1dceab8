"""Guards on the people, author and decisions rules of the twenty-eighth pass (pe2), each on an invented example."""
import pytest


def _people(r):
    return [(p["name"], p["roles"]) for p in r["people"]]


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


_LEAD = "Ngày 19/12/2023, Khối thi đua số 7 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n\n"


def test_a_signer_under_the_signing_word_and_the_signed_mark_is_no_author(rec):
    r = rec(_LEAD + "TM. KHỐI THI ĐUA SỐ 7\nTRƯỞNG KHỐI\n(đã ký)\nĐinh Quang Lực")
    assert r["author"] is None
    assert _people(r) == [("Đinh Quang Lực", [])]


def test_the_two_signers_of_minutes_are_people_and_neither_is_the_author(rec):
    r = rec(_LEAD + "THƯ KÝ\nPhan Thị Ngọc Ánh\nCHỦ TRÌ\nTrịnh Minh Khôi")
    assert r["author"] is None
    assert _people(r) == [("Phan Thị Ngọc Ánh", []), ("Trịnh Minh Khôi", [])]


def test_signers_under_a_position_alone_on_its_line(rec):
    r = rec(_LEAD + "UBND HUYỆN KIM SƠN (TRƯỞNG KHỐI)\nChủ tịch\nĐỗ Hữu Tài\nUBND HUYỆN YÊN MÔ (PHÓ KHỐI)\nChủ tịch\nLã Văn Bình")
    assert r["author"] is None
    assert [p["name"] for p in r["people"]] == ["Đỗ Hữu Tài", "Lã Văn Bình"]


@pytest.mark.parametrize("block", ["TM. KHỐI THI ĐUA SỐ 7\nTRƯỞNG KHỐI\n(đã ký)\nGIÁM ĐỐC SỞ XÂY DỰNG\nĐinh Quang Lực",
                                   "TRƯỞNG KHỐI\nGIÁM ĐỐC SỞ XÂY DỰNG\nĐại tá Đinh Quang Lực"])
def test_a_signer_under_his_position_and_unit_line_is_no_author(rec, block):
    r = rec(_LEAD + block)
    assert r["author"] is None
    assert [p["name"] for p in r["people"]] == ["Đinh Quang Lực"]


def test_a_name_alone_at_the_end_is_still_the_byline(rec):
    r = rec(_LEAD + "Các đơn vị thống nhất ký kết giao ước thi đua năm 2024.\n\nĐinh Quang Lực")
    assert r["author"] == "Đinh Quang Lực"


def test_a_labelled_line_of_who_presided_after_a_bullet(rec):
    r = rec("Ngày 12/7/2024, Khối thi đua các cơ quan Mặt trận, đoàn thể tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024.\n"
            "- Chủ trì: Ông Hà Văn Quyết, Chủ tịch Liên đoàn Lao động tỉnh - Trưởng khối.\n")
    assert _people(r) == [("Hà Văn Quyết", ["presided"])]


@pytest.mark.parametrize("companions", ["Chủ tịch Công đoàn và Bí thư Chi đoàn nhà trường",
                                        "Phó Giám đốc, Chủ tịch Công đoàn và Trưởng phòng Tổ chức"])
def test_the_leader_of_a_delegation_with_a_long_list_of_companions_attended(rec, companions):
    r = rec(f"Đoàn công tác do bà Lò Thị Hạnh, Giám đốc Trung tâm dẫn đầu cùng {companions} đã tham dự hội nghị sơ kết "
            "Khối thi đua số 5.")
    assert _people(r) == [("Lò Thị Hạnh", ["attended"])]


def test_a_unit_abbreviation_and_its_province_as_byline_is_no_author(rec):
    r = rec("Ngày 08/01/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2023.\nPC Quảng Trị")
    assert r["author"] is None
    assert r["people"] == []


def test_a_two_word_pen_name_is_still_an_author(rec):
    r = rec("Ngày 08/01/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2023.\nMinh Quân")
    assert r["author"] == "Minh Quân"


_SK = "Ngày 08/7/2024, Cụm thi đua số 6 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. "


@pytest.mark.parametrize("obj", ["các chỉ tiêu thi đua 6 tháng cuối năm", "các nhiệm vụ trọng tâm 6 tháng cuối năm"])
def test_a_report_passed_and_the_plural_targets_or_tasks_after_it(rec, obj):
    r = rec(_SK + f"Hội nghị đã nhất trí thông qua báo cáo và {obj}.")
    assert _kinds(r) == ["approve_report", "tasks"]


def test_a_report_of_how_the_targets_were_met_sets_no_tasks(rec):
    r = rec(_SK + "Hội nghị đã thông qua báo cáo kết quả thực hiện các chỉ tiêu thi đua 6 tháng đầu năm.")
    assert _kinds(r) == ["approve_report"]


@pytest.mark.parametrize("act", ["kiểm tra chéo", "chấm điểm chéo", "thẩm định chéo"])
def test_a_cross_inspection_agreed_is_a_plan(rec, act):
    r = rec(_SK + f"Hội nghị thống nhất tổ chức {act} giữa các đơn vị trong Cụm vào tháng 10/2024.")
    assert _kinds(r) == ["plan"]


@pytest.mark.parametrize("said", ["Trong 6 tháng qua, các đơn vị đã tổ chức kiểm tra chéo việc thực hiện giao ước thi đua.",
                                  "Các đại biểu thảo luận về kế hoạch chấm điểm chéo giữa các đơn vị."])
def test_a_cross_inspection_told_as_done_or_only_discussed_is_no_plan(rec, said):
    r = rec(_SK + said)
    assert "plan" not in _kinds(r)


def test_chosen_then_agreed_proposal_is_ranking_and_award_proposal(rec):
    r = rec("Ngày 09/01/2024, Khối thi đua số 2 tổ chức hội nghị tổng kết năm 2023. Hội nghị đã bình xét, thống nhất đề nghị "
            "UBND tỉnh tặng Cờ thi đua cho Sở Tư pháp.")
    assert _kinds(r) == ["ranking", "award_proposal"]


def test_an_item_assigning_a_unit_to_hold_an_event_under_an_agreeing_lead_is_a_plan(rec):
    r = rec(_SK + "Hội nghị thống nhất:\n- Thông qua Báo cáo sơ kết 6 tháng đầu năm 2024 của Cụm.\n"
            "- Giao Công an huyện chủ trì tổ chức Giải cầu lông giao lưu các đơn vị trong Cụm vào tháng 9/2024.")
    assert _kinds(r) == ["approve_report", "plan"]


def test_an_item_assigning_a_unit_under_a_lead_that_does_not_agree_is_no_plan(rec):
    r = rec(_SK + "Một số hạn chế được chỉ ra:\n- Giao Công an huyện chủ trì tổ chức Giải cầu lông nhưng chưa thực hiện.\n"
            "- Một số đơn vị gửi báo cáo chậm.")
    assert "plan" not in _kinds(r)


def test_the_bullets_under_a_numbered_agreeing_lead_hold_a_plan(rec):
    r = rec(_SK + "\n1. Đánh giá chung: các đơn vị hoàn thành tốt nhiệm vụ.\n2. Hội nghị thống nhất:\n"
            "- Thông qua báo cáo sơ kết 6 tháng đầu năm 2024;\n- Tổ chức chuyến tham quan, học tập kinh nghiệm tại tỉnh Ninh Bình "
            "trong tháng 10/2024;\n- Phát động đợt thi đua cao điểm chào mừng Ngày Quốc khánh.")
    assert "plan" in _kinds(r)


def test_the_members_taking_part_in_an_event_as_an_ordinal_item_of_an_agreed_list(rec):
    r = rec("Ngày 12/01/2025, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024. Hội nghị thống nhất các nội dung sau:\n"
            "Thứ nhất, nhất trí thông qua báo cáo tổng kết năm 2024.\n"
            "Thứ hai, các đơn vị tham gia Hội thao Cụm thi đua tổ chức tại huyện Thạch Thành trong tháng 5/2025.")
    assert _kinds(r) == ["approve_report", "plan"]
