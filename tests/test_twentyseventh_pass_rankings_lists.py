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
