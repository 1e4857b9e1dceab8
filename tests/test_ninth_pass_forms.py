"""Forms of the ninth pass (its blind banks and held-out sets), each on an invented example."""


def test_a_span_across_a_month_gives_its_first_day_in_the_last_days_year(rec):
    r = rec("Từ ngày 30/10 đến ngày 2/11/2024, tại thành phố Vinh, Cụm thi đua số 2 tổ chức Hội nghị tổng kết năm 2024.")
    assert r["meeting"]["date"] == "2024-10-30"
    r = rec("Từ ngày 30/12 đến 2/1/2025, tại thành phố Vinh, Cụm thi đua số 2 tổ chức Hội nghị tổng kết năm 2024.")
    assert r["meeting"]["date"] == "2024-12-30"
