"""Thirty-second pass (tm), guards: the line-laid list and table rules narrowed where they read ordinary text wrong
(review rv32/rtm): a unit line with a comma in it, a last line that lost its bullet, the year of a role cell, headerless
number and name lines that are no units, and tabs between a name and its position or a unit and its note."""
import json

HEAD = "Ngày 20/6/2023, Khối thi đua số 4 tỉnh Hòa Bình tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.\n"
REVIEW = "Ngày 08/01/2024, Khối thi đua số 4 tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"


def test_unit_line_with_a_comma_goes_on_the_list(rec):
    # a branch or place after the comma, or an official name in lower case after it: still one unit a line
    units = ["Sở Công Thương", "Ngân hàng Nông nghiệp, chi nhánh tỉnh Hòa Bình", "Liên hiệp các Hội Văn học, nghệ thuật tỉnh",
             "Sở Văn hóa, thể thao và du lịch tỉnh Hòa Bình", "Trường Trung học phổ thông Lạc Sơn, huyện Lạc Sơn", "Sở Xây dựng"]
    text = HEAD + "Khối gồm:\n" + ";\n".join(units) + ".\n"
    assert rec(text)["cluster"]["members"] == units
    # (a clause after the list still ends it: no unit's head, or a unit then a figure)
    for clause in ("Năm qua, tổng thu đạt 300 tỷ đồng.", "UBND huyện Lạc Sơn, thu ngân sách đạt 120 tỷ đồng."):
        text = HEAD + f"Khối gồm:\nSở Công Thương;\nSở Xây dựng;\nSở Tài chính.\n{clause}\n"
        assert rec(text)["cluster"]["members"] == ["Sở Công Thương", "Sở Xây dựng", "Sở Tài chính"], clause


def test_last_unit_line_without_its_bullet_closes_the_list(rec):
    text = HEAD + "Khối gồm:\n• Sở Công Thương;\n• Sở Xây dựng;\nSở Tài chính.\n"
    assert rec(text)["cluster"]["members"] == ["Sở Công Thương", "Sở Xây dựng", "Sở Tài chính"]
    # (not a line that tells something after the list)
    text = HEAD + "Khối gồm:\n- Sở Công Thương;\n- Sở Xây dựng;\n- Sở Tài chính.\nNăm qua, tổng thu đạt 300 tỷ đồng.\n"
    assert rec(text)["cluster"]["members"] == ["Sở Công Thương", "Sở Xây dựng", "Sở Tài chính"]


def test_role_cell_read_with_its_year(rec):
    rows = [("Sở Công Thương", "Trưởng khối năm 2023"), ("Sở Xây dựng", "Trưởng khối năm 2024"),
            ("Sở Tài chính", "Phó trưởng khối năm 2024")]
    md = "| STT | Đơn vị | Ghi chú |\n|---|---|---|\n" + "".join(f"| {k} | {u} | {r} |\n" for k, (u, r) in enumerate(rows, 1))
    tab = "STT\tĐơn vị\tGhi chú\n" + "".join(f"{k}\t{u}\t{r}\n" for k, (u, r) in enumerate(rows, 1))
    for table in (md, tab):
        c = rec(REVIEW + "Khối thi đua số 4 có 3 đơn vị thành viên:\n" + table)["cluster"]
        assert c["members"] == ["Sở Công Thương", "Sở Xây dựng", "Sở Tài chính"]
        assert c["chair"]["organization"] == "Sở Công Thương"
        assert c["vice_chair"] is None, table
        assert c["next_chair"]["organization"] == "Sở Xây dựng"
        assert c["next_vice_chair"]["organization"] == "Sở Tài chính"


def test_headerless_number_lines_of_people_or_agenda_are_no_members(rec):
    text = HEAD + "Đoàn kiểm tra của Khối gồm:\n1\nÔng Đinh Văn Toàn, Phó Giám đốc Sở Xây dựng\n2\nBà Bùi Thị Lan, Phó Giám đốc Sở Tài chính\n"
    assert rec(text)["cluster"]["members"] == []
    text = HEAD + "Nội dung hội nghị gồm:\n1\nĐánh giá kết quả 6 tháng đầu năm\n2\nTrao đổi kinh nghiệm\n3\nBàn phương hướng 6 tháng cuối năm\n"
    assert rec(text)["cluster"]["members"] == []
    # (units so laid out still are)
    text = HEAD + "Khối gồm:\n1\nSở Công Thương\n2\nSở Xây dựng\n3\nSở Tài chính\n"
    assert rec(text)["cluster"]["members"] == ["Sở Công Thương", "Sở Xây dựng", "Sở Tài chính"]


def test_tab_between_name_and_position_keeps_the_title_and_adds_no_pipe(rec):
    text = (HEAD + "Thành phần dự hội nghị:\nĐồng chí Quách Văn Hùng\tPhó Chủ tịch UBND tỉnh\n"
            "Đồng chí Bùi Văn Khánh\tGiám đốc Sở Tài chính\nĐồng chí Đinh Thị Nga\tGiám đốc Sở Xây dựng, Trưởng khối\n"
            "Khối gồm 3 đơn vị: Sở Xây dựng, Sở Công Thương và Sở Tài chính.\n")
    r = rec(text)
    titles = {p["name"]: p["title"] for p in r["people"]}
    assert titles["Quách Văn Hùng"] == "Phó Chủ tịch UBND tỉnh"
    assert titles["Đinh Thị Nga"] == "Giám đốc Sở Xây dựng, Trưởng khối"
    assert r["cluster"]["chair"]["organization"] == "Sở Xây dựng"
    text = HEAD + "Tham dự hội nghị có:\nÔng Quách Văn Hùng,\tPhó Chủ tịch UBND tỉnh;\nBà Đinh Thị Nga,\tGiám đốc Sở Xây dựng.\n"
    r = rec(text)
    assert {p["name"]: p["title"] for p in r["people"]} == {"Quách Văn Hùng": "Phó Chủ tịch UBND tỉnh", "Đinh Thị Nga": "Giám đốc Sở Xây dựng"}
    text = HEAD + "Khối thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho các đơn vị:\n1.\tUBND huyện Lạc Sơn\tdẫn đầu Khối\n2.\tUBND huyện Mai Châu\txếp thứ hai\n"
    r = rec(text)
    assert [a["recipient"] for a in r["awards"]] == ["UBND huyện Lạc Sơn", "UBND huyện Mai Châu"]
    # no value holds a pipe the text did not have
    assert "|" not in json.dumps({k: v for k, v in r.items() if k != "evidence"}, ensure_ascii=False)
