"""Thirty-second pass (ta): ranking and award tables and lists in other shapes (tables.py reads a header's columns:
unit, score, rank, award, ... in any order, cells parted by "|", markdown pipes, tabs, dashes, slashes or one a line);
"A: award" items; "Các huyện A và B"; recipients one a line after "cho:"."""

_HEAD = "Cụm thi đua số 4 tổng kết năm 2023. "


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _awards(r):
    return [(x["recipient"], x["award"], x["status"]) for x in r["awards"]]


def test_ranking_table_without_number_column(rec):
    r = rec(_HEAD + "Kết quả xếp hạng:\nĐơn vị | Điểm | Thứ hạng\nPhòng Hậu cần | 96,5 | Nhất\nPhòng Kỹ thuật | 95,0 | Nhì\n")
    assert _ranks(r) == [(1, "Phòng Hậu cần"), (2, "Phòng Kỹ thuật")]


def test_ranking_table_rank_column_first(rec):
    r = rec(_HEAD + "Các đơn vị xếp hạng như sau:\nXếp hạng | Đơn vị | Điểm đạt\n1 | UBND huyện Tân Lạc | 1.120,5\n"
            "2 | UBND huyện Lạc Sơn | 1.101,0\n")
    assert _ranks(r) == [(1, "UBND huyện Tân Lạc"), (2, "UBND huyện Lạc Sơn")]


def test_ranking_table_rank_first_tabs(rec):
    r = rec(_HEAD + "Kết quả bình xét:\nHạng\tĐơn vị\tSố phiếu\n1\tSở Công Thương\t7\n2\tSở Nội vụ\t6\n")
    assert _ranks(r) == [(1, "Sở Công Thương"), (2, "Sở Nội vụ")]


def test_ranking_table_class_column_before_rank(rec):
    r = rec(_HEAD + "Cụm thống nhất xếp loại như sau:\nSTT | Đơn vị | Điểm | Xếp loại | Thứ hạng\n"
            "1 | Điện lực Hòa Bình | 97,5 | Hoàn thành xuất sắc | 1\n2 | Viễn thông Hòa Bình | 96,0 | Hoàn thành tốt | 2\n")
    assert _ranks(r) == [(1, "Điện lực Hòa Bình"), (2, "Viễn thông Hòa Bình")]


def test_ranking_table_role_note_in_unit_cell(rec):
    r = rec(_HEAD + "Kết quả xếp hạng:\nSTT | Đơn vị | Tổng điểm | Xếp hạng\n1 | Sở Giáo dục và Đào tạo (Cụm trưởng) | 97 | 1\n"
            "2 | Sở Văn hóa | 96 | 2\n")
    assert _ranks(r) == [(1, "Sở Giáo dục và Đào tạo"), (2, "Sở Văn hóa")]


def test_ranking_table_one_cell_a_line(rec):
    r = rec(_HEAD + "Kết quả xếp hạng thi đua năm 2023:\nSTT\nĐơn vị\nTổng điểm\nXếp hạng\n1\nKho bạc Nhà nước tỉnh\n98,0\n1\n"
            "2\nBảo hiểm xã hội tỉnh\n97,5\n2\n")
    assert _ranks(r) == [(1, "Kho bạc Nhà nước tỉnh"), (2, "Bảo hiểm xã hội tỉnh")]


def test_ranking_table_markdown(rec):
    r = rec(_HEAD + "Kết quả xếp hạng thi đua năm 2023:\n| STT | Đơn vị | Tổng điểm | Xếp hạng |\n|---|---|---|---|\n"
            "| 1 | Kho bạc Nhà nước tỉnh | 98,0 | 1 |\n| 2 | Bảo hiểm xã hội tỉnh | 97,5 | 2 |\n")
    assert _ranks(r) == [(1, "Kho bạc Nhà nước tỉnh"), (2, "Bảo hiểm xã hội tỉnh")]


def test_ranking_table_slashes(rec):
    r = rec(_HEAD + "Kết quả bình xét:\nĐơn vị / Số phiếu / Xếp hạng\nSở Tài chính / 6 / 1\nSở Tư pháp / 5 / 2\n")
    assert _ranks(r) == [(1, "Sở Tài chính"), (2, "Sở Tư pháp")]


def test_table_without_rank_column_gives_no_ranking(rec):
    # (a score table with no rank's column ranks no one)
    r = rec(_HEAD + "Kết quả chấm điểm:\nĐơn vị | Điểm | Xếp loại\nSở Tài chính | 96 | Xuất sắc\nSở Tư pháp | 95 | Tốt\n")
    assert _ranks(r) == []


def test_award_table_tabs(rec):
    r = rec(_HEAD + "Cụm thống nhất đề nghị khen thưởng:\nSTT\tTên tập thể\tHình thức đề nghị\n1\tSở Nông nghiệp\tCờ thi đua của Chính phủ\n"
            "2\tSở Giao thông vận tải\tBằng khen của Thủ tướng Chính phủ\n")
    assert _awards(r) == [("Sở Nông nghiệp", "Cờ thi đua của Chính phủ", "proposed"),
                          ("Sở Giao thông vận tải", "Bằng khen của Thủ tướng Chính phủ", "proposed")]


def test_award_table_one_cell_a_line(rec):
    r = rec(_HEAD + "Cụm thống nhất đề nghị khen thưởng:\nSTT\nTên tập thể\nHình thức đề nghị\n1\nSở Nông nghiệp\n"
            "Cờ thi đua của Chính phủ\n2\nSở Giao thông vận tải\nBằng khen của Thủ tướng Chính phủ\n")
    assert _awards(r) == [("Sở Nông nghiệp", "Cờ thi đua của Chính phủ", "proposed"),
                          ("Sở Giao thông vận tải", "Bằng khen của Thủ tướng Chính phủ", "proposed")]


def test_award_table_dashes(rec):
    r = rec(_HEAD + "Các đơn vị thống nhất đề nghị khen thưởng cho các tập thể sau:\nTT - Tên tập thể - Hình thức khen thưởng\n"
            "1 - Trường Trung cấp Nông nghiệp - Cờ thi đua của UBND tỉnh\n2 - Trường Cao đẳng Sư phạm - Bằng khen của Chủ tịch UBND tỉnh\n")
    assert _awards(r) == [("Trường Trung cấp Nông nghiệp", "Cờ thi đua của UBND tỉnh", "proposed"),
                          ("Trường Cao đẳng Sư phạm", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]


def test_award_table_of_people(rec):
    r = rec(_HEAD + "Hội nghị thống nhất đề nghị tặng Bằng khen cho 2 cá nhân:\nTT | Họ và tên | Hình thức\n"
            "1 | Ông Lò Văn Khánh | Bằng khen của Chủ tịch UBND tỉnh\n2 | Bà Hà Thị Lụa | Bằng khen của Chủ tịch UBND tỉnh\n")
    assert _awards(r) == [("Lò Văn Khánh", "Bằng khen của Chủ tịch UBND tỉnh", "proposed"),
                          ("Hà Thị Lụa", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]


def test_award_items_unit_then_award(rec):
    r = rec(_HEAD + "Cụm thống nhất đề nghị khen thưởng:\n1. Sở Ngoại vụ: Cờ thi đua của UBND tỉnh;\n"
            "2. Sở Khoa học và Công nghệ: Bằng khen của Chủ tịch UBND tỉnh.\n")
    assert _awards(r) == [("Sở Ngoại vụ", "Cờ thi đua của UBND tỉnh", "proposed"),
                          ("Sở Khoa học và Công nghệ", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]


def test_award_items_votes_then_proposal(rec):
    r = rec(_HEAD + "Kết quả bỏ phiếu suy tôn:\n1. Sở Ngoại vụ: 7/7 phiếu - đề nghị tặng Cờ thi đua của UBND tỉnh;\n"
            "2. Sở Khoa học và Công nghệ: 6/7 phiếu - đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.\n")
    assert _awards(r) == [("Sở Ngoại vụ", "Cờ thi đua của UBND tỉnh", "proposed"),
                          ("Sở Khoa học và Công nghệ", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]


def test_award_items_under_a_lead_that_proposes_nothing(rec):
    # (a lead that tells past results: "A: AWARD" is no proposal of this meeting)
    r = rec(_HEAD + "Năm qua, các đơn vị đã đạt nhiều thành tích:\n1. Sở Ngoại vụ: Cờ thi đua của UBND tỉnh;\n"
            "2. Sở Khoa học và Công nghệ: Bằng khen của Chủ tịch UBND tỉnh.\n")
    assert all(a[2] != "proposed" for a in _awards(r))


def test_plural_district_lead_names_each(rec):
    r = rec(_HEAD + "Các huyện Quế Sơn và Nông Sơn được đề nghị tặng Bằng khen của UBND tỉnh.")
    assert _awards(r) == [("Quế Sơn", "Bằng khen của UBND tỉnh", "proposed"), ("Nông Sơn", "Bằng khen của UBND tỉnh", "proposed")]
    r = rec(_HEAD + "Hai huyện Quế Sơn, Nông Sơn được đề nghị tặng Bằng khen của UBND tỉnh.")
    assert _awards(r) == [("Quế Sơn", "Bằng khen của UBND tỉnh", "proposed"), ("Nông Sơn", "Bằng khen của UBND tỉnh", "proposed")]


_LIST_HEAD = "Ngày 18/12/2024, Cụm thi đua số 6 tỉnh Ninh Bình tổ chức hội nghị tổng kết năm 2024.\n"


def test_recipients_one_a_line_after_bare_cho(rec):
    r = rec(_LIST_HEAD + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho:\n• Sở Tài chính;\n• Sở Nội vụ.\n")
    assert _awards(r) == [("Sở Tài chính", "Cờ thi đua", "proposed"), ("Sở Nội vụ", "Cờ thi đua", "proposed")]


def test_recipients_one_a_line_counted_no_end_marks(rec):
    r = rec(_LIST_HEAD + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho 02 đơn vị:\n+ Sở Tài chính\n+ Sở Nội vụ")
    assert _awards(r) == [("Sở Tài chính", "Cờ thi đua", "proposed"), ("Sở Nội vụ", "Cờ thi đua", "proposed")]


def test_recipients_one_a_line_no_bullets(rec):
    r = rec(_LIST_HEAD + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho các đơn vị:\nSở Tài chính;\nSở Nội vụ.\n"
            "Sáu tháng đầu năm, thu ngân sách đạt 1.200 tỷ đồng.\n")
    assert _awards(r) == [("Sở Tài chính", "Cờ thi đua", "proposed"), ("Sở Nội vụ", "Cờ thi đua", "proposed")]
