"""Meeting forms of the twenty-sixth pass (venue, province, date, published), each on an invented example."""
import pytest


@pytest.mark.parametrize("organiser", ["Huyện đoàn Krông Bông (Cụm trưởng)", "Huyện ủy Đức Cơ - Trưởng khối",
                                       "Tỉnh đoàn (Cụm trưởng)", "Quận đoàn Ninh Kiều, đơn vị Cụm trưởng đã",
                                       "Huyện Đoàn Krông Bông (Cụm trưởng)"])
def test_a_venue_ends_before_the_unit_named_by_its_level(rec, organiser):
    r = rec(f"Sáng 9-3, tại Nhà văn hóa xã Ea Trul, {organiser} tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["venue"] == "Nhà văn hóa xã Ea Trul"
    # (a district after the comma is still part of the place)
    r = rec("Sáng 9-3, tại xã Ea Trul, huyện Krông Bông, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["venue"] == "xã Ea Trul, huyện Krông Bông"
    # (nor a commune's or ward's name that opens on such a word)
    r = rec("Sáng 9-3, tại thôn 3, xã Đoàn Kết, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["venue"] == "thôn 3, xã Đoàn Kết"


@pytest.mark.parametrize("parent, province", [("Tỉnh đoàn Sóc Trăng", "Sóc Trăng"), ("Thành đoàn Hải Phòng", "Hải Phòng"),
                                              ("Hội Cựu chiến binh Bến Tre", "Bến Tre"), ("Hội Nông dân Bến Tre", "Bến Tre"),
                                              ("Hội Liên hiệp Phụ nữ Sóc Trăng", "Sóc Trăng")])
def test_a_parent_body_named_by_its_province_places_the_cluster(rec, parent, province):
    r = rec(f"Sáng 18/12, Cụm thi đua số 3 của {parent} tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["province"] == province
    # (a city that is no province, and the youth union's own name, place nothing)
    r = rec("Sáng 18/12, Cụm thi đua số 3 của Thành đoàn Bảo Lộc tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["province"] is None
    r = rec("Sáng 18/12, Cụm thi đua số 3 của Tỉnh đoàn tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
            "Tỉnh đoàn phát động các phong trào của Đoàn TNCS Hồ Chí Minh.")
    assert r["meeting"]["province"] is None


@pytest.mark.parametrize("days", ["Trong 3 ngày (24 - 26/2/2025)", "Trong hai ngày (24/2 - 25/2/2025)", "Trong 2 ngày (24 và 25/2/2025)"])
def test_the_days_of_a_meeting_in_brackets_after_their_count_date_it(rec, days):
    r = rec(f"{days}, tại Hà Giang, Khối thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["date"] == "2025-02-24"
    # (a named day's date in brackets is that day's, not the meeting's)
    r = rec("Nhân dịp Ngày Thầy thuốc Việt Nam (27/2/2025), Khối thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["date"] is None


@pytest.mark.parametrize("site", ["Báo Hà Nam điện tử", "Báo Bắc Giang online", "Báo Hà Nam"])
def test_a_date_line_after_the_newspapers_name_and_kind_is_published(rec, site):
    r = rec("Cụm thi đua số 6 tổng kết năm 2024\n"
            f"{site} - Chủ Nhật, ngày 12/01/2025\n"
            "Ngày 10-1, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại thành phố Phủ Lý.")
    assert r["published"] == "2025-01-12"


_FAR = ("Ngày 20/12/2024, Cụm thi đua số 8 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Cụm có 9 đơn vị thành viên. "
        "Các đơn vị đều hoàn thành nhiệm vụ được giao. Phong trào thi đua được triển khai sâu rộng. "
        "Công tác khen thưởng bảo đảm đúng người. Các đại biểu thống nhất với dự thảo báo cáo. ")


def test_the_meeting_placed_in_a_sentence_far_after_it(rec):
    r = rec(_FAR + "Buổi lễ được tổ chức tại hội trường Bệnh viện Đa khoa tỉnh.")
    assert r["meeting"]["venue"] == "hội trường Bệnh viện Đa khoa tỉnh"
    # (not a meeting to come, nor one of another kind)
    for tail in ("Hội nghị sơ kết năm 2025 sẽ được tổ chức tại hội trường Bệnh viện Đa khoa tỉnh.",
                 "Hội nghị sơ kết 6 tháng đầu năm được tổ chức tại hội trường Bệnh viện Đa khoa tỉnh."):
        r = rec(_FAR + tail)
        assert r["meeting"]["venue"] is None, tail
