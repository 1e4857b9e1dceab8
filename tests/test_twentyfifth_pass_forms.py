"""Forms of the twenty-fifth pass, each on an invented example."""
import pytest


@pytest.mark.parametrize("lead, tod", [("Chiều thứ Tư, ngày 17 tháng 7 năm 2024", "chieu"),
                                       ("Sáng thứ Tư (17 tháng 7)", "sang"),
                                       ("Sáng nay (ngày 17 tháng 7)", "sang")])
def test_a_date_in_words_after_the_days_name_keeps_its_time_of_day(rec, lead, tod):
    r = rec(f"{lead}, tại huyện Cam Lộ, Cụm thi đua số 4 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2024-07-17", tod)


def test_a_counter_in_a_field_of_its_own_beside_the_pages_date_does_not_hide_it(rec):
    lead = "Sáng ngày 03/10/2025, Cụm thi đua số 6 tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 9 tháng năm 2025."
    for line in ("Lượt xem: 152 | Ngày 07/10/2025", "Số lượt đọc: 40 | 07/10/2025 09:12"):
        r = rec(f"Cụm thi đua số 6 sơ kết 9 tháng năm 2025\n\n{line}\n\n{lead}")
        assert r["published"] == "2025-10-07", line
    # (the counter's own date stays out)
    r = rec(f"Cụm thi đua số 6 sơ kết 9 tháng năm 2025\n\nLượt truy cập 15000 ngày 07/10/2025\n\n{lead}")
    assert r["published"] is None
