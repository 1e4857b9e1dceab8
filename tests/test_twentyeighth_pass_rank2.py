"""Twenty-eighth pass: what is no ranking (a person leading a delegation, a sport's event results) and ranking lists and
tables (a rank column read whole, a score after a dash, units parted by ";")."""

HEAD = "Hội nghị tổng kết công tác thi đua năm 2023\n"


def test_leading_a_delegation_is_no_ranking(rec):
    r = rec(HEAD + "Ngày 12/12/2023, Trung tá Phan Quốc Bảo, Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Cẩm Thủy dẫn đầu đoàn "
            "công tác tham dự Hội nghị tổng kết năm 2023 Cụm thi đua số 5.")
    assert r["rankings"] == []
    assert not [d for d in r["decisions"] if d["kind"] == "ranking"]


def test_a_delegation_led_by_a_person_is_no_ranking(rec):
    r = rec(HEAD + "Đoàn công tác của Sở Công Thương do ông Đinh Văn Lực, Phó Giám đốc Sở Công Thương tỉnh Hà Nam dẫn đầu đã "
            "tham dự hội nghị tổng kết năm 2023 Cụm thi đua số 6.")
    assert r["rankings"] == []


def test_a_unit_leading_the_cluster_still_ranks(rec):
    r = rec(HEAD + "Ngày 12/12/2023, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2023. Ban Chỉ huy Quân sự huyện Cẩm Thủy "
            "dẫn đầu Cụm thi đua số 5.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Ban Chỉ huy Quân sự huyện Cẩm Thủy")]


def test_a_sports_events_results_are_no_ranking(rec):
    r = rec(HEAD + "Sáng 15/1, Cụm thi đua số 4 tỉnh Kon Tum tổ chức hội thao và hội nghị tổng kết năm 2023. Ở nội dung cầu lông, "
            "Kho bạc Nhà nước tỉnh xếp thứ nhất, Sở Xây dựng xếp thứ hai.")
    assert r["rankings"] == []
    assert not [d for d in r["decisions"] if d["kind"] == "ranking"]
    r = rec(HEAD + "Sáng 15/1, Cụm thi đua số 4 tỉnh Kon Tum tổ chức hội thao và hội nghị tổng kết năm 2023. Ở môn bóng chuyền, "
            "Sở Xây dựng dẫn đầu.")
    assert r["rankings"] == []


def test_a_content_of_emulation_is_no_sport(rec):
    r = rec(HEAD + "Sáng 15/1, Cụm thi đua số 4 tỉnh Kon Tum tổ chức hội nghị tổng kết năm 2023. Qua bình xét các nội dung thi đua, "
            "Kho bạc Nhà nước tỉnh xếp thứ nhất, Sở Xây dựng xếp thứ hai.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Kho bạc Nhà nước tỉnh"), (2, "Sở Xây dựng")]


def test_a_pipe_tables_rank_column_reads_later_places_bare(rec):
    r = rec(HEAD + "Ngày 08/01/2024, Cụm thi đua số 6 tổ chức Hội nghị tổng kết năm 2023. Hội nghị thống nhất xếp hạng các đơn vị như sau:\n"
            "STT | Đơn vị | Xếp hạng\n1 | Huyện Kim Bôi | Nhất\n2 | Huyện Lạc Sơn | Nhì\n3 | Huyện Tân Lạc | Ba\n"
            "4 | Huyện Mai Châu | Tư\n5 | Huyện Đà Bắc | Năm\n")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [
        (1, "Huyện Kim Bôi"), (2, "Huyện Lạc Sơn"), (3, "Huyện Tân Lạc"), (4, "Huyện Mai Châu"), (5, "Huyện Đà Bắc")]


def test_a_table_pasted_as_text_its_place_last(rec):
    r = rec(HEAD + "Ngày 12/01/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2023, bình xét xếp hạng thi đua theo bảng sau:\n"
            "TT  Đơn vị               Điểm   Xếp hạng\n1   Huyện Lục Yên      93,4   1\n2   Huyện Văn Chấn       90,2   2\n")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Huyện Lục Yên"), (2, "Huyện Văn Chấn")]


def test_a_table_pasted_as_text_without_a_place_column_ranks_nothing(rec):
    r = rec(HEAD + "Ngày 12/01/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2023, kết quả chấm điểm theo bảng sau:\n"
            "TT  Đơn vị               Điểm   Số tiêu chí\n1   Huyện Lục Yên      93,4   1\n2   Huyện Văn Chấn       90,2   2\n")
    assert r["rankings"] == []


def test_a_score_after_a_dash_is_no_part_of_the_ranked_unit(rec):
    r = rec(HEAD + "Ngày 26/12/2023, Cụm thi đua số 8 họp tổng kết năm 2023. Kết quả chấm điểm, xếp hạng:\n"
            "Hạng 1: Sở Công Thương - 97,5 điểm.\nHạng 2: Sở Ngoại vụ - 95,0 điểm.\n")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Công Thương"), (2, "Sở Ngoại vụ")]
