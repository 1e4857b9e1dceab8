"""Final guards on the twenty-seventh pass rules of the outcomes (regressions found by a last review), each on an invented
example."""
import pytest

_HEAD = ("Ngày 18/12/2024, Khối thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n")


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


@pytest.mark.parametrize("attend", [
    "Dự hội nghị có ông Phan Quốc Bảo (Sở Xây dựng) và bà Đỗ Thị Mai (Sở Công Thương).",
    "Dự hội nghị có ông Phan Quốc Bảo - Sở Xây dựng; bà Đỗ Thị Mai - Sở Công Thương."])
def test_a_title_that_is_only_a_units_name_is_no_short_mention_of_the_person(rec, attend):
    r = rec(_HEAD + attend + " Cuối hội nghị, Sở Xây dựng và Sở Công Thương cùng các đơn vị thành viên đã ký kết giao ước "
            "thi đua năm 2025.")
    assert _kinds(r) == ["covenant"]


@pytest.mark.parametrize("lead", [
    "Sau khi đồng chí Khối trưởng đề nghị các đơn vị cho ý kiến, Hội nghị đã thống nhất các nội dung sau:",
    "Sở Xây dựng (Khối trưởng) đề nghị các đơn vị góp ý; kết quả, các đơn vị nhất trí các nội dung sau:"])
def test_a_request_in_an_earlier_clause_does_not_make_the_agreed_items_asked(rec, lead):
    r = rec(_HEAD + lead + "\n- Thông qua Quy chế hoạt động của Khối năm 2025;\n- Ký kết giao ước thi đua năm 2025.")
    assert _kinds(r) == ["approve_report", "covenant"]


def test_a_lead_that_asks_the_units_still_drops_its_items(rec):
    r = rec(_HEAD + "Đồng chí Khối trưởng đề nghị các đơn vị trong Khối thực hiện tốt các nội dung sau:\n"
            "- Ký kết giao ước thi đua năm 2025;\n- Tổ chức hội thao vào tháng 4/2025.")
    assert _kinds(r) == []


def test_a_later_clause_with_the_meeting_as_subject_is_not_dated_by_the_opening_day(rec):
    r = rec(_HEAD + "Ngày 12/12/2024, các đơn vị đã hoàn thành kiểm tra chéo, sau đó Hội nghị đã thông qua báo cáo tổng kết "
            "và ký kết giao ước thi đua năm 2025.")
    assert _kinds(r) == ["approve_report", "covenant"]


def test_an_act_of_an_earlier_meeting_after_the_opening_day_is_still_dated(rec):
    r = rec(_HEAD + "Ngày 12/6/2024, Khối tổ chức hội nghị sơ kết, Hội nghị đã ký kết giao ước thi đua năm 2024.")
    assert "covenant" not in _kinds(r)


_MID = "Ngày 16/7/2024, Khối thi đua số 7 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.\n"


def test_a_standing_while_the_period_runs_holds_for_the_places_after_it(rec):
    # (x36rk: the standing the mid-year scoring gives is the meeting's ranking, R136-1; none only where the sentence puts
    # the ranking itself ahead)
    r = rec(_MID + "Theo kết quả chấm điểm 6 tháng, Sở Xây dựng đang dẫn đầu Khối, Sở Công Thương xếp thứ hai.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Xây dựng"), (2, "Sở Công Thương")]
    r = rec(_MID + "Theo kết quả chấm điểm 6 tháng, Sở Xây dựng đang dẫn đầu Khối, Sở Công Thương xếp thứ hai; cuối năm Khối sẽ "
                   "bình xét chính thức.")
    assert r["rankings"] == [] and _kinds(r) == []


@pytest.mark.parametrize("aims", [
    "Năm 2025, Sở Xây dựng đăng ký phấn đấu dẫn đầu Khối, Sở Công Thương và Sở Ngoại vụ phấn đấu xếp thứ hai, thứ ba.",
    "Tại hội nghị, các đơn vị đã ký kết giao ước thi đua năm 2025, trong đó Sở Xây dựng đăng ký phấn đấu dẫn đầu Khối, "
    "Sở Công Thương xếp thứ hai."])
def test_an_aim_holds_for_the_places_listed_after_it(rec, aims):
    r = rec(_HEAD + "Hội nghị đã suy tôn Sở Giao thông vận tải dẫn đầu Khối năm 2024. " + aims)
    assert [x["organization"] for x in r["rankings"]] == ["Sở Giao thông vận tải"]


@pytest.mark.parametrize("spent", [
    "Các đơn vị đã giành thời gian ký kết giao ước thi đua năm 2025.",
    "Ban tổ chức bố trí thời gian cho lễ ký kết giao ước thi đua năm 2025 giữa các đơn vị thành viên.",
    "Hội nghị dành phần lớn thời gian còn lại ký kết giao ước thi đua năm 2025."])
def test_time_spent_on_an_act_is_no_time_set_for_it(rec, spent):
    assert _kinds(rec(_HEAD + spent)) == ["covenant"]


def test_a_time_set_for_an_act_is_still_no_act(rec):
    assert "covenant" not in _kinds(rec(_HEAD + "Hội nghị thống nhất thời gian ký kết giao ước thi đua năm 2025."))


@pytest.mark.parametrize("request_", [
    "Qua thảo luận, Hội nghị cũng đề nghị Sở Tài chính sớm ban hành hướng dẫn về việc tặng Giấy khen cho công nhân.",
    "Hội nghị cũng đề nghị UBND thành phố xem xét tăng chỉ tiêu tặng Cờ thi đua cho các Khối thi đua."])
def test_an_award_inside_the_object_of_another_verb_is_no_further_proposal(rec, request_):
    r = rec(_HEAD + "Hội nghị thống nhất đề nghị UBND thành phố tặng Cờ thi đua cho Sở Xây dựng. " + request_)
    assert _kinds(r) == ["award_proposal"]


def test_a_further_proposal_naming_its_giver_then_the_award_is_still_read(rec):
    r = rec(_HEAD + "Hội nghị thống nhất đề nghị UBND thành phố tặng Cờ thi đua cho Sở Xây dựng. Ngoài ra, Khối đã đề nghị "
            "Chủ tịch UBND thành phố tặng Bằng khen cho 9 tập thể có thành tích xuất sắc.")
    assert _kinds(r) == ["award_proposal", "award_proposal"]


@pytest.mark.parametrize("item", [
    "- Về Quy chế phối hợp: giữ nguyên như năm 2024;",
    "- Phương án chấm điểm, xếp hạng thi đua năm 2025 của Khối;",
    "- Việc sửa đổi, bổ sung Quy chế phối hợp của Khối;",
    "- Nội dung, tiêu chí thi đua năm 2025;"])
def test_a_listed_document_item_keeps_the_leads_approval(rec, item):
    r = rec("Khối thi đua số 7 tổng kết công tác thi đua năm 2024\n" + _HEAD + "Hội nghị đã thống nhất các nội dung sau:\n" + item + "\n- Tổ chức hội thao giữa các đơn vị trong Khối vào "
            "tháng 4/2025.")
    assert _kinds(r) == ["approve_report", "plan"]
