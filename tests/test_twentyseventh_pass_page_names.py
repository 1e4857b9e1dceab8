"""Forms of the twenty-seventh pass (page, a title's end, a cluster's name), each on an invented example."""

import pytest


@pytest.mark.parametrize("line", ["14/11/2022 - 15:40", "14/11/2022 | 15:40", "14/11/2022 | 03:40 PM"])
def test_a_bare_date_line_under_a_headline_ending_on_a_month_word(rec, line):
    r = rec("Cụm thi đua số 7 sơ kết 6 tháng\n" + line + "\n"
            "Ngày 10/11/2022, Cụm thi đua số 7 tổ chức Hội nghị sơ kết công tác thi đua 6 tháng cuối năm 2022.\n")
    assert r["title"] == "Cụm thi đua số 7 sơ kết 6 tháng"
    assert r["published"] == "2022-11-14"


def test_a_year_word_wrapped_before_its_figure_still_joins(rec):
    r = rec("Khối thi đua số 3 tổng kết\n"
            "Ngày 8/1/2023, Khối thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua năm\n2022 tại tỉnh Hà Nam.\n")
    assert r["meeting"]["period"] == {"year": 2022, "span": "year"}


def test_drupal_submitted_line_day_first(rec):
    lead = "Ngày 15/12/2022, Cụm thi đua số 8 tổ chức Hội nghị tổng kết công tác thi đua năm 2022.\n"
    r = rec("Cụm thi đua số 8 tổng kết năm 2022\nSubmitted by bientap on T5, 16/12/2022 - 08:20\n" + lead)
    assert r["published"] == "2022-12-16"
    # (month first, as Drupal writes it in English, still read so)
    r = rec("Cụm thi đua số 8 tổng kết năm 2022\nSubmitted by bientap on Fri, 12/16/2022 - 08:20\n" + lead)
    assert r["published"] == "2022-12-16"


LEAD = "Ngày 9/1/2024, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"


def _titles(r):
    return {p["name"]: p["title"] for p in r["people"]}


def test_a_title_ends_before_its_reason(rec):
    r = rec("Cụm thi đua số 6 tổng kết năm 2023\n" + LEAD + "Dịp này, Chủ tịch UBND tỉnh trao Bằng khen cho bà Đỗ Thị Hạnh, "
            "Giám đốc Công ty Cổ phần Xi măng Bút Sơn vì đã có thành tích xuất sắc trong công tác.")
    assert _titles(r)["Đỗ Thị Hạnh"] == "Giám đốc Công ty Cổ phần Xi măng Bút Sơn"
    r = rec("Cụm thi đua số 6 tổng kết năm 2023\n" + LEAD + "Ông Phan Quốc Bảo, Giám đốc Sở Công Thương do bận công tác nên "
            "không tham dự hội nghị.")
    assert _titles(r)["Phan Quốc Bảo"] == "Giám đốc Sở Công Thương"


def test_a_capitalised_vi_of_a_name_stays_in_the_title(rec):
    r = rec("Cụm thi đua số 6 tổng kết năm 2023\n" + LEAD + "Bà Đỗ Thị Hạnh, Giám đốc Quỹ Vì người nghèo tỉnh phát biểu tại hội nghị.")
    assert _titles(r)["Đỗ Thị Hạnh"] == "Giám đốc Quỹ Vì người nghèo tỉnh"


def test_a_bloc_of_units_under_a_central_board_keeps_its_name(rec):
    r = rec("Tổng kết Khối thi đua\nNgày 19/12/2023, Khối thi đua các trường, trung tâm thuộc Ban Tổ chức Trung ương tổ chức "
            "Hội nghị tổng kết công tác thi đua năm 2023.\n")
    assert r["cluster"]["name"] == "Khối thi đua các trường, trung tâm thuộc Ban Tổ chức Trung ương"
