"""Thirty-second pass (ta), guards: the new table, item and plural-lead rules narrowed where a review found them misreading
ordinary text (an award's giver labelling an item, a table scoring another field or an earlier year, a region after
"các tỉnh")."""

_HEAD = "Cụm thi đua số 2 tổng kết năm 2023. "


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _awards(r):
    return [(x["recipient"], x["award"]) for x in r["awards"]]


def test_giver_labelled_items_go_to_the_lead_recipient(rec):
    r = rec(_HEAD + "Hội nghị thống nhất đề nghị khen thưởng cho Sở Lao động, Thương binh và Xã hội, cụ thể:\n"
            "- UBND tỉnh: Cờ thi đua;\n- Bộ Nội vụ: Bằng khen của Bộ trưởng.\n")
    recipients = {a[0] for a in _awards(r)}
    assert "UBND tỉnh" not in recipients and "Bộ Nội vụ" not in recipients
    assert ("Sở Lao động, Thương binh và Xã hội", "Cờ thi đua") in _awards(r)


def test_giver_labelled_items_lead_ends_with_nhu_sau(rec):
    r = rec(_HEAD + "Cụm thống nhất đề nghị cấp trên khen thưởng cho Công ty Điện lực Lào Cai như sau:\n"
            "- UBND tỉnh: Cờ thi đua;\n")
    assert _awards(r) == [("Công ty Điện lực Lào Cai", "Cờ thi đua")]


def test_unit_labelled_items_still_recipients(rec):
    # (a lead that names no recipient: the labels are the units)
    r = rec(_HEAD + "Hội nghị thống nhất đề nghị khen thưởng như sau:\n- Sở Khoa học và Công nghệ: Cờ thi đua của UBND tỉnh;\n"
            "- Sở Ngoại vụ: Bằng khen của Chủ tịch UBND tỉnh.\n")
    assert ("Sở Khoa học và Công nghệ", "Cờ thi đua của UBND tỉnh") in _awards(r)


def test_table_of_another_field_is_no_cluster_ranking(rec):
    r = rec(_HEAD + "Hội nghị suy tôn Sở Ngoại vụ dẫn đầu Cụm.\n"
            "Kết quả chấm điểm công tác dân vận chính quyền năm 2023 của các đơn vị:\n"
            "Đơn vị | Điểm | Thứ hạng\nSở Khoa học và Công nghệ | 97,0 | Nhất\nSở Ngoại vụ | 96,0 | Nhì\n")
    assert _ranks(r) == [(1, "Sở Ngoại vụ")]


def test_table_of_civil_service_culture_tabs_is_no_cluster_ranking(rec):
    r = rec(_HEAD + "Hội nghị suy tôn Sở Ngoại vụ dẫn đầu Cụm.\nKết quả đánh giá văn hóa công vụ năm 2023:\n"
            "Đơn vị\tĐiểm\tXếp hạng\nSở Khoa học và Công nghệ\t97,0\t1\nSở Ngoại vụ\t96,0\t2\n")
    assert _ranks(r) == [(1, "Sở Ngoại vụ")]


def test_table_of_an_earlier_year_is_no_ranking_of_the_year(rec):
    r = rec("Cụm thi đua số 2 tổng kết năm 2024. Năm 2022, các đơn vị trong Cụm được xếp hạng như sau:\n"
            "Đơn vị | Điểm | Thứ hạng\nBan Dân tộc | 95,0 | Nhất\nThanh tra tỉnh | 94,0 | Nhì\n"
            "Năm 2024, hội nghị suy tôn Sở Ngoại vụ dẫn đầu Cụm.\n")
    assert _ranks(r) == [(1, "Sở Ngoại vụ")]
    r = rec("Cụm thi đua số 2 tổng kết năm 2024. Hội nghị suy tôn Sở Ngoại vụ dẫn đầu Cụm năm 2024. Trước đó, năm 2022, "
            "kết quả xếp hạng của Cụm như sau:\nĐơn vị\tĐiểm\tXếp hạng\nBan Dân tộc\t95,0\t1\nThanh tra tỉnh\t94,0\t2\n")
    assert _ranks(r) == [(1, "Sở Ngoại vụ")]


def test_table_of_the_year_reviewed_still_read(rec):
    r = rec("Cụm thi đua số 2 tổng kết năm 2024. Kết quả xếp hạng thi đua năm 2024 như sau:\n"
            "Đơn vị | Điểm | Thứ hạng\nBan Dân tộc | 95,0 | Nhất\nThanh tra tỉnh | 94,0 | Nhì\n")
    assert _ranks(r) == [(1, "Ban Dân tộc"), (2, "Thanh tra tỉnh")]


def test_region_after_cac_tinh_is_no_recipient(rec):
    r = rec("Cụm thi đua các tỉnh Đông Nam Bộ tổng kết năm 2023. Dịp này, các tỉnh Đông Nam Bộ được Thủ tướng Chính phủ "
            "tặng Bằng khen.")
    assert _awards(r) == []
    r = rec(_HEAD + "Các tỉnh Tây Bắc được đề nghị tặng Cờ thi đua của Chính phủ.")
    assert _awards(r) == []


def test_named_provinces_after_hai_tinh_still_recipients(rec):
    r = rec(_HEAD + "Hai tỉnh Sơn La và Điện Biên được đề nghị tặng Cờ thi đua của Chính phủ.")
    assert [a[0] for a in _awards(r)] == ["Sơn La", "Điện Biên"]


def test_table_under_a_sports_events_lead_is_no_cluster_ranking(rec):
    # a tournament held beside the meeting: its standings are the contest's, not the cluster's places
    base = ("Ngày 09/01/2025, Khối thi đua số 4 tổ chức hội nghị tổng kết năm 2024. Hội nghị suy tôn Sở Nội vụ dẫn đầu Khối. "
            "Dịp này, Khối tổ chức giải bóng chuyền hơi. {lead}\n"
            "Xếp hạng | Đơn vị\n1 | Sở Công Thương\n2 | Sở Tư pháp\n")
    r = rec(base.format(lead="Kết quả giải bóng chuyền hơi như sau:"))
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Nội vụ")]
    # the same table under the cluster's own ranking lead is read
    r = rec(base.format(lead="Kết quả xếp hạng thi đua của Khối như sau:"))
    assert (2, "Sở Tư pháp") in [(x["rank"], x["organization"]) for x in r["rankings"]]
