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


def test_ha_tay_is_the_province_of_its_bloc_and_its_districts_until_it_joined_ha_noi(rec):
    r = rec("Ngày 18/1/2007, Khối thi đua các doanh nghiệp nhà nước tỉnh Hà Tây tổ chức hội nghị tổng kết công tác thi đua "
            "năm 2006.")
    assert (r["meeting"]["province"], r["cluster"]["name"]) == ("Hà Tây", "Khối thi đua các doanh nghiệp nhà nước")
    lead = ("Ngày 9/1/{y}, tại Hội trường UBND huyện Thường Tín, Cụm thi đua số 4 gồm các huyện Thường Tín, Phú Xuyên và "
            "Ứng Hòa tổ chức hội nghị tổng kết công tác thi đua năm {p}.")
    assert rec(lead.format(y=2007, p=2006))["meeting"]["province"] == "Hà Tây"
    # (after 2008-08-01 the same districts are Hà Nội's)
    assert rec(lead.format(y=2011, p=2010))["meeting"]["province"] == "Hà Nội"


def test_the_gazetteer_dates_ha_tay_and_the_districts_that_joined_ha_noi():
    from datetime import date

    from tdkt_extract import gazetteer
    assert gazetteer.in_force("tỉnh Hà Tây", date(2008, 7, 31)) == "Hà Tây"
    assert gazetteer.in_force("Hà Tây", date(2008, 8, 1)) == "Hà Nội"
    assert gazetteer.province_of("huyện Quốc Oai", on=date(2006, 3, 1)) == "Hà Tây"
    assert gazetteer.province_of("huyện Mê Linh", on=date(2006, 3, 1)) == "Vĩnh Phúc"
    assert gazetteer.province_of("huyện Quốc Oai", on=date(2010, 3, 1)) == "Hà Nội"
    assert gazetteer.province_of("huyện Quốc Oai") == "Hà Nội"
    # (a district of the same name elsewhere keeps its province: huyện Sơn Tây of Quảng Ngãi)
    assert gazetteer.province_of("huyện Sơn Tây", on=date(2006, 3, 1)) == "Quảng Ngãi"
    assert gazetteer.province_of("thị xã Sơn Tây", on=date(2006, 3, 1)) == "Hà Tây"
    assert [p.province for p in gazetteer.find_places("huyện Đan Phượng", on=date(2007, 1, 1))] == ["Hà Tây"]
