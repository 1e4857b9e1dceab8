"""Meeting kind, period, date and title forms of the twenty-sixth pass, each on an invented example."""
import pytest


@pytest.mark.parametrize("stated, after, span", [
    ("tổ chức giao ban quý II năm 2024", "Xã Tân Lập được giao đăng cai tổng kết năm.", "q2"),
    ("tổ chức hội nghị giao ban đánh giá kết quả công tác 9 tháng năm 2024",
     "Đồng chí Lê Minh Châu đề nghị các xã chuẩn bị chu đáo cho hội nghị tổng kết năm.", "9m"),
])
def test_a_giao_ban_of_part_of_a_year_keeps_its_span_over_a_later_tong_ket(rec, stated, after, span):
    r = rec(f"Ngày 8/7/2024, Cụm thi đua số 6 {stated}. {after}")
    assert r["meeting"]["kind"] == "so_ket"
    assert r["meeting"]["period"] == {"year": 2024, "span": span}
    # (a giao ban that states no part of a year still takes the review the body tells)
    r = rec("Ngày 18/12/2024, Cụm thi đua số 6 tổ chức hội nghị giao ban. Hội nghị đã tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2024, "span": "year"}


@pytest.mark.parametrize("opening", ["Ngày 21/12", "Ngày 21-12-2024", "Sáng 21/12", "Chiều 21/12/2024"])
def test_a_headline_opening_on_its_date_and_a_colon_is_the_title(rec, opening):
    head = f"{opening}: Khối thi đua các trường chuyên nghiệp tổng kết năm 2024"
    r = rec(head + "\nKhối thi đua các trường chuyên nghiệp vừa tổ chức Hội nghị tổng kết năm 2024 tại Hội trường Trường Cao "
            "đẳng Sư phạm Lạng Sơn.")
    assert r["title"] == head
    assert r["meeting"]["venue"] == "Hội trường Trường Cao đẳng Sư phạm Lạng Sơn"
    assert r["meeting"]["date"] == "2024-12-21"
    # (a lead that opens on its date and a comma stays the lead)
    r = rec(f"{opening}, Khối thi đua các trường chuyên nghiệp tổ chức Hội nghị tổng kết năm 2024 tại Hội trường Trường Cao "
            "đẳng Sư phạm Lạng Sơn.")
    assert r["title"] is None
    assert r["meeting"]["venue"] == "Hội trường Trường Cao đẳng Sư phạm Lạng Sơn"


@pytest.mark.parametrize("part, tod", [("Chiều nay", "chieu"), ("Sáng hôm nay", "sang"), ("Hôm nay", None)])
def test_a_news_agency_dateline_dates_the_lead_of_today(rec, part, tod):
    r = rec(f"Cần Thơ, 20/12 (VOV) - {part}, Cụm thi đua các trường đại học tổ chức Hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["date"] == "2024-12-20"
    assert r["meeting"]["time_of_day"] == tod
    # (a dateline over a lead that does not say the meeting is today dates nothing)
    r = rec("Cần Thơ, 20/12 (VOV) - Cụm thi đua các trường đại học vừa tổ chức Hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["date"] is None


@pytest.mark.parametrize("head", ["Khối thi đua số 4 tổng kết năm 2024 ngày 26/12", "Khối thi đua số 4 tổng kết năm 2024 (26/12)",
                                  "Khối thi đua số 4 tổng kết năm 2024 ngày 26/12/2024"])
def test_a_headline_closing_on_its_date_dates_a_body_that_tells_none(rec, head):
    r = rec(head + "\nKhối thi đua số 4 vừa tổ chức Hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["date"] == "2024-12-26"
    # (a body that dates the meeting keeps its own date)
    r = rec(head + "\nChiều 27/12, Khối thi đua số 4 tổ chức Hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["date"] == "2024-12-27"
    # (a day the headline looks to is not the meeting's)
    r = rec("Khối thi đua số 4 tổng kết năm 2024 chào mừng ngày 22/12\nKhối thi đua số 4 vừa tổ chức Hội nghị tổng kết công tác "
            "thi đua năm 2024.")
    assert r["meeting"]["date"] is None


# (not "tháng Giêng", "tháng Chạp": the lunar year's first and last months; a review found them read as January and December)
@pytest.mark.parametrize("month, iso", [("tháng Giêng", None), ("tháng Một", "2025-01-14"), ("tháng Hai", "2025-02-14"),
                                        ("tháng Tư", "2025-04-14"), ("tháng Mười", "2025-10-14"), ("tháng Mười Một", "2025-11-14"),
                                        ("tháng Mười Hai", "2025-12-14"), ("tháng Chạp", None), ("tháng Năm", "2025-05-14")])
def test_a_month_written_in_words_dates_the_meeting(rec, month, iso):
    r = rec(f"Ngày 14 {month} năm 2025, Cụm thi đua các huyện miền núi tổ chức Hội nghị sơ kết công tác thi đua.")
    assert r["meeting"]["date"] == iso
    # ("tháng năm 2025" names no month: six months of a year)
    r = rec("Ngày 14 tháng năm 2025, Cụm thi đua các huyện miền núi tổ chức Hội nghị sơ kết công tác thi đua.")
    assert r["meeting"]["date"] is None
