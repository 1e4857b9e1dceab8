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
