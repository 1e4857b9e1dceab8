"""Rankings and the awards read with them: forms read in the twenty-seventh pass (leaders listed after an opening phrase,
"trên cơ sở" before a list, awards given to the units counted after a ranked list, a leader of an earlier year named at a
flag's handover, ranks written as table rows or labelled list items after the words that announce the results)."""

HEAD = "Hội nghị tổng kết công tác thi đua năm 2023 của Cụm thi đua số 7.\n"


def ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


# --- leaders listed after an opening phrase ----------------------------------------------------------------------------
def test_leaders_listed_after_an_opening_phrase_all_lead(rec):
    for opener in ("Tại hội nghị, ", "Qua bỏ phiếu kín, ", "Qua bình xét, "):
        r = rec(HEAD + opener + "Công ty Điện lực Sơn La và Công ty Cấp nước Sơn La được suy tôn dẫn đầu Cụm.")
        assert ranks(r) == [(1, "Công ty Điện lực Sơn La"), (1, "Công ty Cấp nước Sơn La")], opener


def test_leaders_listed_before_a_passive_choosing_verb_all_lead(rec):
    r = rec(HEAD + "Tại hội nghị, Công ty Điện lực Sơn La và Công ty Cấp nước Sơn La được bình chọn là đơn vị dẫn đầu.")
    assert ranks(r) == [(1, "Công ty Điện lực Sơn La"), (1, "Công ty Cấp nước Sơn La")]


def test_a_unit_doing_something_else_before_the_leader_is_no_leader(rec):
    r = rec(HEAD + "Tại hội nghị, Công ty Điện lực Sơn La phối hợp với Công ty Cấp nước Sơn La dẫn đầu Cụm.")
    assert (1, "Công ty Điện lực Sơn La") not in ranks(r)


# --- "trên cơ sở" names no "Sở" ----------------------------------------------------------------------------------------
def test_on_the_basis_of_names_no_unit(rec):
    r = rec(HEAD + "Trên cơ sở kết quả bình xét, hội nghị đã suy tôn Công ty Xi măng Hà Giang và Công ty Điện lực Hà Giang là "
                   "hai đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == [(1, "Công ty Xi măng Hà Giang"), (1, "Công ty Điện lực Hà Giang")]
    assert awards(r) == [("Công ty Xi măng Hà Giang", "Cờ thi đua", "proposed"), ("Công ty Điện lực Hà Giang", "Cờ thi đua", "proposed")]


def test_a_department_after_a_list_verb_is_still_a_unit(rec):
    r = rec(HEAD + "Hội nghị đã suy tôn Sở Xây dựng và Sở Công Thương là hai đơn vị dẫn đầu.")
    assert ranks(r) == [(1, "Sở Xây dựng"), (1, "Sở Công Thương")]


# --- an award to the units counted after a ranked list -----------------------------------------------------------------
def test_award_for_the_units_counted_after_ranking_them(rec):
    r = rec(HEAD + "Khối thống nhất suy tôn Trường Đại học Y Dược Cần Thơ xếp thứ nhất, Trường Đại học Cần Thơ xếp thứ nhì và đề "
                   "nghị Bộ trưởng Bộ Giáo dục và Đào tạo tặng Cờ thi đua cho hai đơn vị.")
    assert ranks(r) == [(1, "Trường Đại học Y Dược Cần Thơ"), (2, "Trường Đại học Cần Thơ")]
    assert awards(r) == [("Trường Đại học Y Dược Cần Thơ", "Cờ thi đua", "proposed"), ("Trường Đại học Cần Thơ", "Cờ thi đua", "proposed")]


def test_award_for_a_count_other_than_the_units_ranked_names_no_recipient(rec):
    r = rec(HEAD + "Khối thống nhất suy tôn Trường Đại học Y Dược Cần Thơ xếp thứ nhất, Trường Đại học Cần Thơ xếp thứ nhì và đề "
                   "nghị Bộ trưởng Bộ Giáo dục và Đào tạo tặng Cờ thi đua cho ba đơn vị.")
    assert awards(r) == []


# --- the leader of an earlier year named at a flag's handover ----------------------------------------------------------
def test_last_years_leader_at_a_handover_is_no_ranking_of_this_meeting(rec):
    r = rec("Sáng 12/1/2019, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2018.\n"
            "Tại hội nghị, ông Trần Văn Bình đã trao Cờ thi đua của UBND tỉnh cho huyện Mỹ Đức - đơn vị dẫn đầu phong trào thi "
            "đua năm 2017 của cụm.\nQua bình xét năm 2018, huyện Ứng Hòa xếp thứ Nhất, huyện Phú Xuyên xếp thứ Nhì.")
    assert ranks(r) == [(1, "huyện Ứng Hòa"), (2, "huyện Phú Xuyên")]
    assert awards(r) == [("huyện Mỹ Đức", "Cờ thi đua của UBND tỉnh", "conferred")]


def test_this_years_leader_at_a_handover_is_ranked(rec):
    r = rec("Sáng 12/1/2019, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2018.\n"
            "Tại hội nghị, ông Trần Văn Bình đã trao Cờ thi đua của UBND tỉnh cho huyện Mỹ Đức - đơn vị dẫn đầu phong trào thi "
            "đua năm 2018 của cụm.")
    assert ranks(r) == [(1, "huyện Mỹ Đức")]


# --- ranks written as a table's rows or a list's items, one a line -----------------------------------------------------
def test_pipe_table_rows_after_the_results_lead(rec):
    r = rec(HEAD + "Hội nghị đã tiến hành bình xét, kết quả như sau:\nSTT | Đơn vị | Điểm | Xếp hạng\n1 | Sở Nội vụ | 96,5 | Nhất\n"
                   "2 | Sở Y tế | 95,0 | Nhì\n3 | Kho bạc Nhà nước tỉnh | 94,5 | Ba")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Y tế"), (3, "Kho bạc Nhà nước tỉnh")]


def test_tab_table_rows_under_a_header_with_a_rank_column(rec):
    r = rec(HEAD + "Kết quả chấm điểm thi đua của các đơn vị trong Cụm:\nSTT\tTên đơn vị\tTổng điểm\tXếp hạng\n"
                   "1\tCông ty TNHH Thủy lợi Yên Lập\t97,0\tDẫn đầu\n2\tCông ty CP Nước sạch Hạ Long\t95,5\tThứ hai")
    assert ranks(r) == [(1, "Công ty TNHH Thủy lợi Yên Lập"), (2, "Công ty CP Nước sạch Hạ Long")]


def test_numbered_items_with_a_score_before_the_place(rec):
    r = rec(HEAD + "Kết quả chấm điểm, xếp hạng như sau:\n1. Huyện Mường Tè: 95,2 điểm – xếp thứ Nhất;\n"
                   "2. Huyện Sìn Hồ: 94,1 điểm – xếp thứ Nhì.")
    assert ranks(r) == [(1, "Huyện Mường Tè"), (2, "Huyện Sìn Hồ")]


def test_numbered_tab_items_keep_score_and_place_out_of_the_unit(rec):
    r = rec(HEAD + "Kết quả bình xét thi đua năm 2023:\n1. Sở Nội vụ\t96,5 điểm\tXếp thứ Nhất\n2. Sở Y tế\t95,0 điểm\tXếp thứ Nhì")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Y tế")]


def test_bulleted_items_labelled_with_their_place(rec):
    r = rec(HEAD + "Kết quả bình xét:\n- Xếp thứ Nhất: huyện Tam Đường;\n- Xếp thứ Nhì: huyện Phong Thổ.")
    assert ranks(r) == [(1, "huyện Tam Đường"), (2, "huyện Phong Thổ")]
    r = rec(HEAD + "Kết quả bình xét:\n- Đơn vị dẫn đầu: Sở Nội vụ;\n- Đơn vị xếp thứ Nhì: Sở Y tế.")
    assert ranks(r) == [(1, "Sở Nội vụ"), (2, "Sở Y tế")]


def test_bulleted_units_after_the_leaders_chosen_all_lead(rec):
    r = rec(HEAD + "Hội nghị đã suy tôn các đơn vị dẫn đầu:\n- Sở Nội vụ;\n- Sở Y tế.")
    assert ranks(r) == [(1, "Sở Nội vụ"), (1, "Sở Y tế")]


def test_rows_of_grades_a_contest_or_awards_give_no_ranking(rec):
    r = rec(HEAD + "Kết quả bình xét như sau:\nSTT | Đơn vị | Xếp loại\n1 | Sở Nội vụ | Xuất sắc\n2 | Sở Y tế | Tốt")
    assert ranks(r) == []
    r = rec(HEAD + "Kết quả hội thao của Cụm như sau:\n1 | Sở Nội vụ | Nhất\n2 | Sở Y tế | Nhì")
    assert ranks(r) == []
    r = rec(HEAD + "Hội nghị đã bình xét các đơn vị:\n- Sở Nội vụ;\n- Sở Y tế.")
    assert ranks(r) == []


# --- an award table's rows -----------------------------------------------------------------------------------------------
def test_award_proposal_table_gives_each_rows_award(rec):
    r = rec(HEAD + "Hội nghị thống nhất đề nghị khen thưởng:\nSTT | Tên tập thể | Hình thức khen thưởng\n"
                   "1 | Sở Nội vụ | Cờ thi đua của UBND tỉnh\n2 | Sở Y tế | Bằng khen của Chủ tịch UBND tỉnh")
    assert awards(r) == [("Sở Nội vụ", "Cờ thi đua của UBND tỉnh", "proposed"), ("Sở Y tế", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]


def test_a_table_of_the_years_awards_received_is_no_award_of_this_meeting(rec):
    r = rec(HEAD + "Năm 2023, các đơn vị trong Cụm đã được các cấp khen thưởng như sau:\nSTT | Tên tập thể | Hình thức khen thưởng\n"
                   "1 | Sở Nội vụ | Cờ thi đua của UBND tỉnh")
    assert awards(r) == []
