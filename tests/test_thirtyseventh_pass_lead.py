"""Thirty-seventh pass: the lead's own narrowings after the merges (examples written for these tests)."""
from tdkt_extract import extract

_LEAD = "Ngày 12/12/2025, Khối thi đua số 3 tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác thi đua năm 2025.\n"


def test_a_make_up_heading_with_the_clusters_number_or_year_opens_the_member_list():
    record = extract(_LEAD + "Thành phần Khối năm 2025:\n1. Sở Công Thương\n2. Sở Xây dựng\n3. Thanh tra tỉnh")
    assert record.cluster.members == ["Sở Công Thương", "Sở Xây dựng", "Thanh tra tỉnh"]


def test_a_team_drawn_from_the_members_under_a_make_up_heading_is_no_member_list():
    # "Thành phần của Khối" followed by what the units did (a cross-inspection team), not the cluster's name or number
    record = extract(_LEAD + "Thành phần của Khối tham gia đoàn kiểm tra chéo: Sở Công Thương, Sở Xây dựng.")
    assert record.cluster.members == []
