"""Forms of the twenty-seventh pass on the meeting's date, its venue and province, each on an invented example."""
import pytest

_ONLINE = "Ngày 14/12/2022, Cụm thi đua số 5 tổ chức hội nghị trực tuyến tổng kết công tác thi đua năm 2022. "


@pytest.mark.parametrize("placed, venue", [
    ("Điểm cầu chính tại Hội trường UBND huyện Yên Thành.", "Hội trường UBND huyện Yên Thành"),
    ("Điểm cầu chính đặt tại Hội trường Sở Xây dựng.", "Hội trường Sở Xây dựng"),
    ("Điểm cầu chủ trì đặt tại Trung tâm Hội nghị huyện Diễn Châu.", "Trung tâm Hội nghị huyện Diễn Châu"),
    ("Hội nghị được kết nối từ điểm cầu chính tại UBND thị xã Hoàng Mai đến các điểm cầu của 4 huyện.", "UBND thị xã Hoàng Mai"),
    # (a site that is not the main one places no meeting)
    ("Các điểm cầu tại UBND các xã theo dõi hội nghị.", None)])
def test_the_main_site_of_an_online_meeting_in_the_next_sentence_is_its_venue(rec, placed, venue):
    r = rec(_ONLINE + placed)
    assert r["meeting"]["venue"] == venue


_LEAD = "Sáng 20/12, Khối thi đua các phòng chuyên môn huyện Gia Lâm tổ chức hội nghị tổng kết công tác thi đua năm 2019."


@pytest.mark.parametrize("stamp", ["21/12/2019 - ", "Thứ Bảy, 21/12/2019 - ", "Cập nhật: 21/12/2019 - ", "Ngày 21/12/2019 – "])
def test_a_date_stamp_run_into_the_lead_is_the_pages_date_not_the_meetings(rec, stamp):
    r = rec("Khối thi đua tổng kết năm 2019\n\n" + stamp + _LEAD)
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"], r["published"]) == ("2019-12-20", "sang", "2019-12-21")


def test_a_dated_lead_without_a_day_of_its_own_keeps_its_date(rec):
    # (no other day after the dash: the date is the meeting's, and no page's date)
    r = rec("Khối thi đua tổng kết năm 2019\n\nNgày 20/12/2019 - Khối thi đua các phòng chuyên môn huyện Gia Lâm tổ chức hội "
            "nghị tổng kết công tác thi đua năm 2019.")
    assert (r["meeting"]["date"], r["published"]) == ("2019-12-20", None)
