"""Forms of the twenty-fifth pass, each on an invented example."""
import pytest


@pytest.mark.parametrize("lead, tod", [("Chiều thứ Tư, ngày 17 tháng 7 năm 2024", "chieu"),
                                       ("Sáng thứ Tư (17 tháng 7)", "sang"),
                                       ("Sáng nay (ngày 17 tháng 7)", "sang")])
def test_a_date_in_words_after_the_days_name_keeps_its_time_of_day(rec, lead, tod):
    r = rec(f"{lead}, tại huyện Cam Lộ, Cụm thi đua số 4 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2024-07-17", tod)
