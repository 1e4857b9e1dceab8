"""Meeting forms of the twenty-sixth pass (venue, province, date, published), each on an invented example."""
import pytest


@pytest.mark.parametrize("organiser", ["Huyện đoàn Krông Bông (Cụm trưởng)", "Huyện ủy Đức Cơ - Trưởng khối",
                                       "Tỉnh đoàn (Cụm trưởng)", "Quận đoàn Ninh Kiều, đơn vị Cụm trưởng đã"])
def test_a_venue_ends_before_the_unit_named_by_its_level(rec, organiser):
    r = rec(f"Sáng 9-3, tại Nhà văn hóa xã Ea Trul, {organiser} tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["venue"] == "Nhà văn hóa xã Ea Trul"
    # (a district after the comma is still part of the place)
    r = rec("Sáng 9-3, tại xã Ea Trul, huyện Krông Bông, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["venue"] == "xã Ea Trul, huyện Krông Bông"
