"""Thirty-second pass (tm): lists and tables laid out one item or one cell per line (linetable), the end of a list."""

HEAD = "Ngày 12/3/2024, Khối thi đua số 6 tỉnh Nam Định tổ chức hội nghị sơ kết quý I năm 2024.\n"


def test_vertical_list_ends_at_a_line_that_is_no_unit(rec):
    for bullet in ("- ", "+ ", "1. ", ""):
        text = HEAD + f"Khối gồm:\n{bullet}Sở Nội vụ;\n{bullet}Sở Giáo dục và Đào tạo.\nQuý I, tổng thu đạt 512 tỷ đồng.\n"
        assert rec(text)["cluster"]["members"] == ["Sở Nội vụ", "Sở Giáo dục và Đào tạo"], bullet
    # (a unit written with a comma in its name is still one: capitals after the comma)
    text = HEAD + "Khối gồm:\nSở Nội vụ;\nSở Văn hóa, Thể thao và Du lịch.\n"
    assert rec(text)["cluster"]["members"] == ["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"]


def test_member_table_one_cell_per_line(rec):
    text = HEAD + "Khối thi đua số 6 gồm 3 đơn vị, cụ thể:\nSTT\nTên đơn vị\n1\nSở Nội vụ\n2\nSở Tài nguyên và Môi trường\n3\nSở Lao động - Thương binh và Xã hội\n"
    assert rec(text)["cluster"]["members"] == ["Sở Nội vụ", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội"]


def test_member_tables_tab_markdown_and_count_intros(rec):
    rows = [("Sở Nội vụ", "Trưởng khối"), ("Sở Ngoại vụ", "Phó trưởng khối"), ("Ban Dân tộc", "Thành viên")]
    tab = "STT\tĐơn vị\tChức danh trong Khối\n" + "".join(f"{k}\t{u}\t{r}\n" for k, (u, r) in enumerate(rows, 1))
    md = "| STT | Đơn vị | Ghi chú |\n|---|---|---|\n" + "".join(f"| {k} | {u} | {r} |\n" for k, (u, r) in enumerate(rows, 1))
    for intro in ("Khối thi đua số 6 có 3 đơn vị thành viên:\n", "Khối thi đua số 6 gồm 3 đơn vị, cụ thể:\n"):
        for table in (tab, md):
            r = rec(HEAD + intro + table)
            assert r["cluster"]["members"] == ["Sở Nội vụ", "Sở Ngoại vụ", "Ban Dân tộc"], (intro, table)
            # the role column gives the chair and the vice chair
            assert r["cluster"]["chair"]["organization"] == "Sở Nội vụ"
            assert r["cluster"]["vice_chair"]["organization"] == "Sở Ngoại vụ"
    # a heading after the count sentence, the list on its lines
    text = HEAD + "Khối thi đua số 6 có 3 đơn vị thành viên. Danh sách cụ thể như sau:\n1. Sở Nội vụ\n2. Sở Ngoại vụ\n3. Ban Dân tộc\n"
    assert rec(text)["cluster"]["members"] == ["Sở Nội vụ", "Sở Ngoại vụ", "Ban Dân tộc"]
    # not a table of scores
    text = HEAD + "Khối thi đua số 6 gồm 3 đơn vị, cụ thể:\n| STT | Đơn vị | Điểm |\n| 1 | Sở Nội vụ | 98 |\n| 2 | Sở Ngoại vụ | 97 |\n"
    assert "Điểm" not in rec(text)["cluster"]["members"]


def test_tab_is_a_cell_boundary_for_people(rec):
    text = ("Khối thi đua số 6 tổng kết năm 2023. Đại biểu dự hội nghị:\n"
            "1\tSở Nội vụ tỉnh\tBà Lò Thị Mai, Giám đốc\n2\tBan Dân tộc tỉnh\tÔng Vi Văn Sáng, Trưởng ban\n")
    people = {p["name"]: p["honorific"] for p in rec(text)["people"]}
    assert people == {"Lò Thị Mai": "bà", "Vi Văn Sáng": "ông"}
    # a tab after an enumerator is no cell boundary
    text = HEAD + "Khối gồm:\n1.\tSở Nội vụ\n2.\tSở Ngoại vụ\n"
    assert rec(text)["cluster"]["members"] == ["Sở Nội vụ", "Sở Ngoại vụ"]


def test_last_item_kept_at_the_end_of_the_input(rec):
    text = HEAD + "Khối thống nhất đề nghị khen thưởng:\n- Cờ thi đua của UBND tỉnh: Sở Nội vụ, Ban Dân tộc"
    assert [a["recipient"] for a in rec(text)["awards"]] == ["Sở Nội vụ", "Ban Dân tộc"]
    text = HEAD + "Khối gồm: Sở Nội vụ, Sở Ngoại vụ, Ban Dân tộc"
    assert rec(text)["cluster"]["members"] == ["Sở Nội vụ", "Sở Ngoại vụ", "Ban Dân tộc"]
    # a word cut at the end of the text is still dropped ("Ban Dân t", "Sở Ngoại" then "Sở Ngoạ")
    text = HEAD + "Khối gồm: Sở Nội vụ, Sở Ngoại vụ, Ban Dân t"
    assert rec(text)["cluster"]["members"] == ["Sở Nội vụ", "Sở Ngoại vụ"]
