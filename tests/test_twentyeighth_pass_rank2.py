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


def test_places_in_turn_to_units_parted_by_semicolons(rec):
    # a name holding a comma parts the list with ";"
    r = rec(HEAD + "Cụm thi đua Kinh tế - Tổng hợp tổng kết năm 2023. Cụm suy tôn các đơn vị lần lượt xếp thứ Nhất, Nhì, Ba là: "
            "Sở Tài chính; Sở Lao động, Thương binh và Xã hội; Sở Khoa học và Công nghệ.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [
        (1, "Sở Tài chính"), (2, "Sở Lao động, Thương binh và Xã hội"), (3, "Sở Khoa học và Công nghệ")]


def test_leaders_parted_by_semicolons_and_their_proposed_flags(rec):
    r = rec(HEAD + "Cụm thi đua số 3 tổng kết năm 2023. Các thành viên thống nhất suy tôn Sở Kế hoạch và Đầu tư; Sở Lao động, "
            "Thương binh và Xã hội là hai đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua năm 2023.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [
        (1, "Sở Kế hoạch và Đầu tư"), (1, "Sở Lao động, Thương binh và Xã hội")]
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
        ("Sở Kế hoạch và Đầu tư", "Cờ thi đua", "proposed"), ("Sở Lao động, Thương binh và Xã hội", "Cờ thi đua", "proposed")]


def test_semicolon_parts_that_are_no_units_rank_nothing_more(rec):
    # the part before ";" is a clause of its own, no unit chosen: the leaders are those after it only
    r = rec(HEAD + "Cụm thi đua số 3 tổng kết năm 2023. Các thành viên đã thảo luận sôi nổi; Sở Kế hoạch và Đầu tư và Sở Nội vụ "
            "là hai đơn vị dẫn đầu.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Kế hoạch và Đầu tư"), (1, "Sở Nội vụ")]


def test_the_office_of_two_councils_is_one_unit(rec):
    r = rec(HEAD + "Ngày 5/1/2024, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2023. Phòng Tài chính - Kế hoạch xếp thứ nhất, "
            "Văn phòng HĐND và UBND huyện Thanh Oai xếp thứ hai.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [
        (1, "Phòng Tài chính - Kế hoạch"), (2, "Văn phòng HĐND và UBND huyện Thanh Oai")]


def test_another_office_and_a_council_stay_two(rec):
    # (another office before "và": two units)
    r = rec(HEAD + "Ngày 5/1/2024, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2023. Hội nghị đề nghị tặng Giấy khen cho "
            "Văn phòng Huyện ủy và UBND xã Bình Minh.")
    assert [a["recipient"] for a in r["awards"]] == ["Văn phòng Huyện ủy", "UBND xã Bình Minh"]


def test_a_sport_named_in_a_plan_keeps_the_ranking_of_the_sentence(rec):
    # (a sport's event reads as results only opening its clause, a place after it: not "các môn ..." of a plan)
    r = rec(HEAD + "Ngày 20/12/2023, Khối thi đua các cơ quan Đảng tỉnh Lâm Đồng tổ chức hội nghị tổng kết năm 2023. Hội nghị đã "
            "suy tôn Ban Dân vận Tỉnh ủy dẫn đầu Khối thi đua năm 2023 và thống nhất tổ chức giao lưu thể thao các môn "
            "bóng bàn, kéo co trong quý I năm 2024.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Ban Dân vận Tỉnh ủy")]
    assert [d for d in r["decisions"] if d["kind"] == "ranking"]


def test_a_sport_named_before_the_results_keeps_them(rec):
    r = rec(HEAD + "Ngày 19/12/2023, Cụm thi đua số 2 tỉnh Gia Lai tổ chức hội nghị tổng kết năm 2023. Năm 2024, Cụm thống nhất "
            "tổ chức giao lưu thể thao với các môn bóng đá, quần vợt. Kết quả bình xét thi đua năm 2023: Nhất Sở Nội vụ; "
            "Nhì Sở Công Thương; Ba Sở Giao thông vận tải.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [
        (1, "Sở Nội vụ"), (2, "Sở Công Thương"), (3, "Sở Giao thông vận tải")]


def test_a_presiding_person_is_no_delegation_led(rec):
    # ("do đồng chí X ... chủ trì": the meeting's chair, a verb of its own; no "đoàn" before "do")
    r = rec(HEAD + "Sáng 22/12/2023, Cụm thi đua số 6 tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2023. Hội nghị do đồng chí "
            "Lê Minh Khoa, Giám đốc Sở Tài chính, Cụm trưởng chủ trì, đã thống nhất suy tôn Sở Tài nguyên và Môi trường "
            "dẫn đầu Cụm thi đua năm 2023.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Tài nguyên và Môi trường")]


def test_a_text_tables_row_with_several_scores_before_the_place(rec):
    r = rec(HEAD + "Ngày 14/12/2023, Khối thi đua số 3 tỉnh Nam Định tổ chức hội nghị tổng kết năm 2023. Kết quả chấm điểm như sau:\n"
            "TT Đơn vị Điểm tự chấm Điểm Khối chấm Xếp hạng\n1 Sở Nội vụ 97,5 96 1\n2 Sở Ngoại vụ 96 95,5 2\n"
            "3 Sở Tài chính 95 94,5 3\n")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Nội vụ"), (2, "Sở Ngoại vụ"), (3, "Sở Tài chính")]
    r = rec(HEAD + "Ngày 14/12/2023, Cụm thi đua số 1 tỉnh Nam Định tổ chức hội nghị tổng kết năm 2023. Kết quả chấm điểm như sau:\n"
            "TT Đơn vị Điểm chuẩn Điểm đạt Xếp hạng\n1 Huyện Hải Hậu 1000 990 1\n2 Huyện Giao Thủy 1000 975,5 2\n")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Huyện Hải Hậu"), (2, "Huyện Giao Thủy")]
    r = rec(HEAD + "Ngày 14/12/2023, Khối thi đua số 3 tỉnh Nam Định tổ chức hội nghị tổng kết năm 2023.\n"
            "TT Đơn vị Tổng điểm Xếp hạng\n1 Sở Nội vụ 97/100 1\n2 Sở Ngoại vụ 95/100 2\n")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Nội vụ"), (2, "Sở Ngoại vụ")]
    # (a figure of the unit's name stays in it, the header's one score column cut only: "Phòng Giáo dục Quận 5 94,5 3")
    r = rec(HEAD + "Ngày 14/12/2023, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2023. Kết quả chấm điểm như sau:\n"
            "TT Đơn vị Điểm Xếp hạng\n1 Trường THPT số 3 Hải Hậu 96,5 1\n2 Phòng Giáo dục Quận 5 94,5 2\n")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [
        (1, "Trường THPT số 3 Hải Hậu"), (2, "Phòng Giáo dục Quận 5")]
