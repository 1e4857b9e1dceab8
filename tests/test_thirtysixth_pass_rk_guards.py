"""Guards on the thirty-sixth pass's ranking rules (x36rk): near forms in ordinary articles each rule misfired on, as
the review rv36/rk found them (rk-1 .. rk-15). Each must read as the code before the branch read it."""
from record_views import kinds, ranks

MID = "Ngày 9/7/2025, Cụm thi đua số 6 tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2025.\n"
YEAR = "Ngày 14/1/2025, Khối thi đua số 8 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


# --- a place for now ("tạm"), and the ranking put ahead: only the ranking's own verb or result ------------------------------

def test_rk1_the_tasks_period_after_a_place_for_now_puts_no_ranking_ahead(rec):
    r = rec(MID + "Qua chấm điểm, Sở Xây dựng tạm xếp thứ nhất, Sở Công Thương tạm xếp thứ hai; hội nghị thống nhất các giải pháp "
                  "trọng tâm 6 tháng cuối năm.")
    assert ranks(r) == [(1, "Sở Xây dựng"), (2, "Sở Công Thương")]
    assert "ranking" in kinds(r)


def test_rk2_another_act_ahead_after_a_place_for_now_puts_no_ranking_ahead(rec):
    r = rec(MID + "Kết quả chấm điểm 6 tháng, UBND huyện Đô Lương tạm xếp thứ nhất, UBND huyện Yên Thành xếp thứ hai; thời gian tới "
                  "các đơn vị sẽ tập trung hoàn thành các chỉ tiêu.")
    assert ranks(r) == [(1, "UBND huyện Đô Lương"), (2, "UBND huyện Yên Thành")]


def test_rk3_tam_inside_a_units_name_is_no_place_for_now(rec):
    r = rec(YEAR + "Kết quả bình xét, Trại tạm giam số 3 xếp thứ nhất, Trại giam Nam Hà xếp thứ hai; cả hai sẽ được đề nghị tặng "
                   "Cờ thi đua.")
    assert ranks(r) == [(1, "Trại tạm giam số 3"), (2, "Trại giam Nam Hà")]


def test_rk4_tam_inside_a_units_name_before_chinh_thuc_of_another_act(rec):
    r = rec(YEAR + "Trại tạm giam số 4 dẫn đầu Khối; Trại giam Ninh Khánh xếp thứ hai, chính thức được công nhận hoàn thành xuất "
                   "sắc nhiệm vụ.")
    assert ranks(r) == [(1, "Trại tạm giam số 4"), (2, "Trại giam Ninh Khánh")]


def test_rk5_a_members_official_status_puts_no_ranking_ahead(rec):
    r = rec(MID + "Sở Văn hóa và Thể thao tạm thời dẫn đầu Cụm, Sở Ngoại vụ xếp thứ hai, Sở Dân tộc (thành viên chính thức của "
                  "Cụm từ tháng 3) xếp thứ ba.")
    assert ranks(r) == [(1, "Sở Văn hóa và Thể thao"), (2, "Sở Ngoại vụ"), (3, "Sở Dân tộc")]


# --- a standing "đang" at the review of a period over is another time's -------------------------------------------------------

def test_rk15_a_running_standing_at_the_years_review_is_no_ranking(rec):
    r = rec(YEAR + "Đến hết tháng 9, Sở Giáo dục và Đào tạo đang dẫn đầu Khối, Sở Y tế xếp thứ hai.\n"
                   "Qua bình xét cả năm, Sở Nội vụ dẫn đầu Khối.")
    assert ranks(r) == [(1, "Sở Nội vụ")]


# --- a list before "là N đơn vị dẫn đầu": it opens at the first choosing verb --------------------------------------------------

def test_rk6_a_second_choosing_verb_in_the_list_keeps_the_units_before_it(rec):
    r = rec(YEAR + "Hội nghị nhất trí suy tôn Công an huyện Lục Nam, Công an huyện Lục Ngạn và đề nghị công nhận Công an huyện Sơn "
                   "Động là ba đơn vị dẫn đầu Khối.")
    assert ranks(r) == [(1, "Công an huyện Lục Nam"), (1, "Công an huyện Lục Ngạn"), (1, "Công an huyện Sơn Động")]


def test_rk7_two_choosing_verbs_one_unit_each(rec):
    r = rec(YEAR + "Các thành viên đã bỏ phiếu suy tôn Sở Công Thương và bình chọn Sở Xây dựng là hai đơn vị dẫn đầu Khối.")
    assert ranks(r) == [(1, "Sở Công Thương"), (1, "Sở Xây dựng")]


# --- "đạt N điểm, cao nhất": the cluster's score only -----------------------------------------------------------------------

def test_rk8_the_top_score_on_one_criterion_is_no_place(rec):
    r = rec(YEAR + "Riêng tiêu chí công tác dân vận, Sở Y tế đạt 9,5 điểm, cao nhất Khối.")
    assert ranks(r) == [] and "ranking" not in kinds(r)


def test_rk9_a_self_assessed_score_is_no_place(rec):
    r = rec(YEAR + "Sở Tài chính tự chấm điểm đạt 97 điểm, cao nhất Khối; qua thẩm định, Sở Kế hoạch và Đầu tư xếp thứ nhất.")
    assert ranks(r) == [(1, "Sở Kế hoạch và Đầu tư")]


def test_rk10_the_top_score_on_one_area_is_no_place(rec):
    r = rec(YEAR + "Về lĩnh vực cải cách thủ tục hành chính, Sở Tư pháp đạt 18 điểm, cao nhất Khối.")
    assert ranks(r) == [] and "ranking" not in kinds(r)


# --- a line break after a place's whole name, before a new line's one-word unit ---------------------------------------------

def test_rk11_a_headline_ending_on_a_place_stays_apart_from_the_next_line(rec):
    r = rec("Khối thi đua các ngân hàng thương mại tỉnh Bắc Giang tổng kết năm 2024 tại thành phố Bắc Giang\n"
            "Techcombank dẫn đầu Khối năm 2024\n"
            "Ngày 12/1/2025, Khối thi đua các ngân hàng thương mại tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác thi đua, "
            "khen thưởng năm 2024.")
    assert r["title"] == "Khối thi đua các ngân hàng thương mại tỉnh Bắc Giang tổng kết năm 2024 tại thành phố Bắc Giang"
    assert ranks(r) == [(1, "Techcombank")]


def test_rk12_a_venue_line_stays_apart_from_a_line_opening_on_a_kind(rec):
    r = rec(YEAR + "Hội nghị được tổ chức tại huyện Mường Lát\nHuyện dẫn đầu Khối năm 2024 là huyện Quan Sơn.")
    assert r["meeting"]["venue"] != "huyện Mường Lát Huyện dẫn đầu"
    assert "Mường Lát Huyện" not in " ".join(o for _, o in ranks(r))


def test_rk13_a_clusters_province_at_a_lines_end_stays_apart_from_the_unit_below(rec):
    r = rec(YEAR + "Kết quả bình xét Khối thi đua doanh nghiệp tỉnh Cao Bằng\nSacombank xếp thứ nhất, Vietcombank xếp thứ hai.")
    assert ranks(r) == [(1, "Sacombank"), (2, "Vietcombank")]


def test_rk14_a_venue_at_a_lines_end_stays_apart_from_the_unit_below(rec):
    r = rec("Ngày 7/1/2025, Khối thi đua các doanh nghiệp tổ chức hội nghị tổng kết năm 2024 tại thị xã Quảng Yên\n"
            "Viettel được suy tôn dẫn đầu Khối.")
    assert r["meeting"]["venue"] == "thị xã Quảng Yên"
    assert ranks(r) == [(1, "Viettel")]
