"""Twenty-seventh pass: cluster members and chairs (lists after "thành viên Khối:", a dash note naming bare places
members, lower-case heads after "và", one acting "thay mặt" the chair, unit names in quotes)."""

HEAD = "Hội nghị tổng kết công tác thi đua năm 2023\n"


def test_members_after_member_units_of_the_bloc_colon(rec):
    # "các đơn vị thành viên Khối:" opens the list as "các đơn vị thành viên:" does
    r = rec(HEAD + "Ngày 12/1/2024, Khối thi đua số 9 tổ chức hội nghị tổng kết năm 2023. Tham dự có đại diện các đơn vị thành viên "
            "Khối: Tổng công ty Lương thực miền Bắc, Tổng công ty Thép Việt Nam, Viện Nghiên cứu Cơ khí.")
    assert r["cluster"]["members"] == ["Tổng công ty Lương thực miền Bắc", "Tổng công ty Thép Việt Nam", "Viện Nghiên cứu Cơ khí"]


def test_bare_places_named_members_after_a_dash(rec):
    # the places need not be known to the gazetteer when a dash note names them members
    r = rec(HEAD + "Ngày 10/7/2024, Cụm thi đua số 5 tỉnh Nghệ An tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Tham dự có lãnh đạo "
            "các huyện Tân Phong, Minh Lạc Đông, Hưng Sơn - các đơn vị thành viên Cụm.")
    assert r["cluster"]["members"] == ["Tân Phong", "Minh Lạc Đông", "Hưng Sơn"]


def test_unknown_places_of_the_cluster_without_a_member_note_stay_out(rec):
    # "thuộc Cụm" alone still asks the gazetteer: unknown names are no members
    r = rec(HEAD + "Ngày 10/7/2024, Cụm thi đua số 5 tỉnh Nghệ An tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Tham dự có lãnh đạo "
            "các huyện Tân Phong, Minh Lạc Đông, Hưng Sơn thuộc Cụm.")
    assert r["cluster"]["members"] == []


def test_acting_for_the_chair_does_not_take_the_chair(rec):
    r = rec(HEAD + "Ngày 20/12/2024, Cụm thi đua các tỉnh Bắc Trung Bộ tổ chức hội nghị tổng kết công tác thi đua năm 2024. Dự hội nghị "
            "có đồng chí Lê Minh Tâm, Phó Chủ tịch UBND tỉnh Hà Tĩnh, Cụm trưởng. Thay mặt Cụm trưởng, ông Phạm Quốc Hưng, Giám đốc "
            "Sở Nội vụ tỉnh Hà Tĩnh trình bày báo cáo tổng kết.")
    assert r["cluster"]["chair"] == {"organization": "UBND tỉnh Hà Tĩnh", "person": "Lê Minh Tâm"}


def test_acting_for_the_chair_alone_reads_as_before(rec):
    # no chair stated elsewhere: the one acting for it gives the chair, as before
    r = rec(HEAD + "Ngày 20/12/2024, Cụm thi đua các tỉnh Bắc Trung Bộ tổ chức hội nghị tổng kết công tác thi đua năm 2024. Thay mặt "
            "Cụm trưởng, ông Phạm Quốc Hưng, Giám đốc Sở Nội vụ tỉnh Hà Tĩnh trình bày báo cáo tổng kết.")
    assert r["cluster"]["chair"] == {"organization": "Sở Nội vụ tỉnh Hà Tĩnh", "person": "Phạm Quốc Hưng"}


def test_lower_case_head_after_and_opens_a_member(rec):
    r = rec(HEAD + "Ngày 15/1/2024, Cụm thi đua số 6 tổ chức hội nghị tổng kết. Cụm gồm 3 đơn vị: ubnd huyện Kim Sơn, ubnd huyện "
            "Yên Mô và ubnd thành phố Ninh Bình.")
    assert r["cluster"]["members"] == ["ubnd huyện Kim Sơn", "ubnd huyện Yên Mô", "ubnd thành phố Ninh Bình"]
    r = rec(HEAD + "Ngày 15/1/2024, Khối thi đua số 6 tổ chức hội nghị tổng kết. Khối gồm 3 đơn vị: Sở Xây dựng, Sở Công Thương "
            "và sở giao thông vận tải.")
    assert r["cluster"]["members"] == ["Sở Xây dựng", "Sở Công Thương", "sở giao thông vận tải"]


def test_lower_case_words_after_and_inside_a_name_stay(rec):
    # "và xã hội" opens no unit (a common word), and "và thể thao" no head at all
    r = rec(HEAD + "Ngày 15/1/2024, Khối thi đua số 6 tổ chức hội nghị tổng kết. Khối gồm 3 đơn vị: Sở Xây dựng, Sở Y tế "
            "và Sở Lao động - Thương binh và xã hội.")
    assert r["cluster"]["members"] == ["Sở Xây dựng", "Sở Y tế", "Sở Lao động - Thương binh và xã hội"]


def test_unit_names_in_quotes(rec):
    r = rec(HEAD + "Ngày 9/01/2024, Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2023. Cụm gồm 3 đơn vị: “Sở Xây dựng”, "
            "“Sở Công Thương” và “Sở Giao thông vận tải”.")
    assert r["cluster"]["members"] == ["Sở Xây dựng", "Sở Công Thương", "Sở Giao thông vận tải"]
    r = rec(HEAD + "Ngày 9/01/2024, Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2023. Hội nghị suy tôn \"Sở Xây dựng\" dẫn đầu "
            "Cụm, bầu “Sở Công Thương” làm Cụm trưởng năm 2024, đề nghị UBND tỉnh tặng Cờ thi đua cho “Trường Cao đẳng Y tế”.")
    assert r["rankings"] == [{"rank": 1, "organization": "Sở Xây dựng"}]
    assert r["cluster"]["next_chair"] == {"organization": "Sở Công Thương", "person": None}
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [("Trường Cao đẳng Y tế", "Cờ thi đua", "proposed")]


def test_quoted_movement_or_title_is_no_unit(rec):
    # a quoted name that opens with no unit's head (a movement, a title) is read as before
    r = rec(HEAD + "Ngày 9/01/2024, Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2023. UBND tỉnh tặng danh hiệu “Tập thể lao "
            "động xuất sắc” cho Sở Xây dựng. Sở Công Thương dẫn đầu phong trào thi đua “Vì người nghèo”.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("Sở Xây dựng", "Tập thể lao động xuất sắc")]
    assert r["rankings"] == [{"rank": 1, "organization": "Sở Công Thương"}]
