"""Twenty-ninth pass, rankings and awards: leaders counted as provinces before their names ("suy tôn 2 tỉnh dẫn đầu là
tỉnh A và tỉnh B, đề nghị ... tặng"); a counted apposition after a dash ends the last recipient ("cho tỉnh A và tỉnh B -
2 tỉnh dẫn đầu"); the bare class after its verb ("A xếp nhất, B xếp nhì", "được xếp loại nhất") or opening its clause
("nhất Khối là A, nhì Khối là B")."""

_CUM = "Ngày 20/1/2025, Cụm thi đua các tỉnh Bắc Trung Bộ tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n"
_KHOI = "Ngày 9/1/2024, Khối thi đua các Hội quần chúng tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023.\n"


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _awards(r):
    return [(x["recipient"], x["award"], x["status"]) for x in r["awards"]]


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_counted_leaders_named_as_provinces(rec):
    r = rec(_CUM + "Hội nghị đã bình xét 2 đơn vị dẫn đầu là tỉnh Nghệ An và tỉnh Thanh Hóa, đề nghị Thủ tướng Chính phủ "
                   "tặng Cờ thi đua năm 2024.")
    assert _ranks(r) == [(1, "tỉnh Nghệ An"), (1, "tỉnh Thanh Hóa")]
    assert _awards(r) == [("tỉnh Nghệ An", "Cờ thi đua", "proposed"), ("tỉnh Thanh Hóa", "Cờ thi đua", "proposed")]


def test_leaders_counted_by_province_kind(rec):
    r = rec(_CUM + "Hội nghị suy tôn hai tỉnh dẫn đầu phong trào thi đua là Nghệ An và Thanh Hóa.")
    assert _ranks(r) == [(1, "Nghệ An"), (1, "Thanh Hóa")]
    r = rec(_CUM + "Hai địa phương dẫn đầu phong trào thi đua năm 2024 là tỉnh Nghệ An và thành phố Huế.")
    assert _ranks(r) == [(1, "tỉnh Nghệ An"), (1, "thành phố Huế")]


def test_provinces_leading_the_country_are_no_ranking(rec):
    r = rec(_CUM + "Năm 2024 có 3 tỉnh dẫn đầu cả nước về thu hút đầu tư là tỉnh Nghệ An và tỉnh Thanh Hóa.")
    assert _ranks(r) == []


def test_dash_apposition_ends_the_last_recipient(rec):
    r = rec(_CUM + "Hội nghị thống nhất đề nghị Thủ tướng Chính phủ tặng Cờ thi đua cho tỉnh Hà Tĩnh và tỉnh Quảng Bình "
                   "- 2 tỉnh dẫn đầu phong trào thi đua của Cụm.")
    assert _awards(r) == [("tỉnh Hà Tĩnh", "Cờ thi đua", "proposed"), ("tỉnh Quảng Bình", "Cờ thi đua", "proposed")]
    assert _ranks(r) == [(1, "tỉnh Hà Tĩnh"), (1, "tỉnh Quảng Bình")]


def test_dash_apposition_of_units_counted_in_words(rec):
    r = rec(_CUM + "Hội nghị đề nghị tặng Cờ thi đua cho Sở Tài chính và Sở Xây dựng - hai đơn vị dẫn đầu Cụm.")
    assert _awards(r) == [("Sở Tài chính", "Cờ thi đua", "proposed"), ("Sở Xây dựng", "Cờ thi đua", "proposed")]


def test_dash_inside_a_name_stays(rec):
    # (a dash before a capitalised part is the name's own: no count of units after it)
    r = rec(_CUM + "Hội nghị đề nghị tặng Bằng khen cho Công ty Cổ phần Sông Lam - Chi nhánh Vinh.")
    assert _awards(r) == [("Công ty Cổ phần Sông Lam - Chi nhánh Vinh", "Bằng khen", "proposed")]


def test_dash_leaders_of_another_year_are_no_ranking(rec):
    # (a flag handed over to last year's leaders: their recipients are read, their place is not this meeting's)
    r = rec(_CUM + "Tại hội nghị, đồng chí Trần Văn Hải đã trao Cờ thi đua của Chính phủ cho tỉnh Hà Tĩnh và tỉnh Quảng Bình "
                   "- hai địa phương dẫn đầu phong trào thi đua năm 2023 của Cụm.")
    assert _awards(r) == [("tỉnh Hà Tĩnh", "Cờ thi đua của Chính phủ", "conferred"), ("tỉnh Quảng Bình", "Cờ thi đua của Chính phủ", "conferred")]
    assert _ranks(r) == []


def test_bare_class_after_its_verb(rec):
    r = rec(_KHOI + "Kết quả bình xét, Hội Nông dân tỉnh xếp nhất, Hội Cựu chiến binh tỉnh xếp nhì.")
    assert _ranks(r) == [(1, "Hội Nông dân tỉnh"), (2, "Hội Cựu chiến binh tỉnh")]
    assert "ranking" in _kinds(r)
    r = rec(_KHOI + "Qua bình xét, Hội Nông dân tỉnh xếp nhất khối, Hội Cựu chiến binh tỉnh xếp nhì khối và Hội Liên hiệp "
                    "Phụ nữ tỉnh xếp ba khối.")
    assert _ranks(r) == [(1, "Hội Nông dân tỉnh"), (2, "Hội Cựu chiến binh tỉnh"), (3, "Hội Liên hiệp Phụ nữ tỉnh")]


def test_bare_class_after_xep_loai(rec):
    r = rec(_KHOI + "Kết quả bình xét, Hội Luật gia tỉnh được xếp loại nhất, Hội Nhà báo tỉnh xếp loại nhì.")
    assert _ranks(r) == [(1, "Hội Luật gia tỉnh"), (2, "Hội Nhà báo tỉnh")]


def test_grade_and_agreement_are_no_class(rec):
    r = rec(_KHOI + "Kết quả bình xét, Hội Luật gia tỉnh được xếp loại xuất sắc, Hội Nhà báo tỉnh xếp loại tốt.")
    assert _ranks(r) == []
    r = rec(_KHOI + "Các đơn vị đều nhất trí cao với kết quả bình xét, nhất là Hội Luật gia tỉnh.")
    assert _ranks(r) == []
    r = rec(_KHOI + "Thường trực Khối đã sắp xếp ba nội dung chính của hội nghị.")
    assert _ranks(r) == []


def test_bare_class_of_the_cluster_opening_its_clause(rec):
    r = rec(_KHOI + "Kết quả bình xét, nhất Khối là Hội Luật gia tỉnh, nhì Khối là Hội Nhà báo tỉnh.")
    assert _ranks(r) == [(1, "Hội Luật gia tỉnh"), (2, "Hội Nhà báo tỉnh")]
    assert "ranking" in _kinds(r)
    r = rec(_KHOI + "Kết quả bình xét, nhất Khối thuộc về Hội Luật gia tỉnh và nhì Khối là Hội Nhà báo tỉnh.")
    assert _ranks(r) == [(1, "Hội Luật gia tỉnh"), (2, "Hội Nhà báo tỉnh")]


# --- second round: the new forms narrowed where they read ordinary text ------------------------------------------------

_TAY_BAC = "Ngày 16/1/2025, Cụm thi đua các tỉnh Tây Bắc tổ chức hội nghị tổng kết công tác thi đua năm 2024. Hội nghị suy tôn tỉnh Sơn La dẫn đầu.\n"


def test_clusters_counted_are_no_class(rec):
    # ("ba cụm thi đua là A, B và C": three clusters named; "thống nhất" holds "nhất", no class of this form)
    r = rec("Ngày 10/1/2025, ba khối thi đua là Khối thi đua số 4, Khối thi đua số 5 và Khối thi đua số 6 thuộc Quân khu 2 đã tổ "
            "chức hội nghị tổng kết công tác thi đua năm 2024 và thống nhất nội dung giao ước thi đua năm 2025.")
    assert _ranks(r) == []
    r = rec(_KHOI + "Hội nghị thống nhất suy tôn Hội Nông dân tỉnh dẫn đầu. Tỉnh hiện có 7 khối và ba cụm thi đua là Cụm Kinh tế, "
                    "Cụm Văn hóa - Xã hội và Cụm Nội chính, thống nhất dưới sự chỉ đạo của Hội đồng Thi đua - Khen thưởng tỉnh.")
    assert _ranks(r) == [(1, "Hội Nông dân tỉnh")]
    # (the third class after the first two of the same form stays)
    r = rec(_KHOI + "Kết quả bình xét, nhất Khối là Hội Luật gia tỉnh, nhì Khối là Hội Nhà báo tỉnh và ba Khối là Hội Chữ thập đỏ tỉnh.")
    assert _ranks(r) == [(1, "Hội Luật gia tỉnh"), (2, "Hội Nhà báo tỉnh"), (3, "Hội Chữ thập đỏ tỉnh")]


def test_provinces_leading_a_figure_or_a_region_are_no_ranking(rec):
    r = rec(_TAY_BAC + "Theo số liệu của Bộ Công Thương, hai tỉnh dẫn đầu sản lượng điện là Lai Châu và Hòa Bình.")
    assert _ranks(r) == [(1, "tỉnh Sơn La")]
    r = rec(_TAY_BAC + "Ba địa phương dẫn đầu khu vực Tây Bắc về thu hút khách du lịch năm 2024 là Lào Cai, Điện Biên và Hòa Bình.")
    assert _ranks(r) == [(1, "tỉnh Sơn La")]
    r = rec(_TAY_BAC + "Hai tỉnh dẫn đầu vùng trong xuất khẩu nông sản là Lai Châu và Yên Bái.")
    assert _ranks(r) == [(1, "tỉnh Sơn La")]
    r = rec(_TAY_BAC + "Năm qua, hai tỉnh dẫn đầu tăng trưởng GRDP là Lào Cai và Điện Biên.")
    assert _ranks(r) == [(1, "tỉnh Sơn La")]
    # (units of another kind counted on a figure: "hai doanh nghiệp dẫn đầu doanh thu là ...")
    r = rec(_KHOI + "Hội nghị suy tôn Hội Nông dân tỉnh dẫn đầu. Trong tỉnh, hai doanh nghiệp dẫn đầu doanh thu là Công ty Cổ phần "
                    "Minh Khai và Công ty TNHH Bảo Long.")
    assert _ranks(r) == [(1, "Hội Nông dân tỉnh")]
    # (provinces counted that lead the cluster itself, or chosen, still lead)
    r = rec(_CUM + "Hai tỉnh dẫn đầu Cụm là tỉnh Hà Tĩnh và tỉnh Quảng Bình.")
    assert _ranks(r) == [(1, "tỉnh Hà Tĩnh"), (1, "tỉnh Quảng Bình")]


def test_provinces_leading_another_year_are_no_ranking(rec):
    r = rec(_TAY_BAC + "Trước đó, hai tỉnh dẫn đầu năm 2023 là Lào Cai và Yên Bái đã trao lại Cờ luân lưu cho Cụm.")
    assert _ranks(r) == [(1, "tỉnh Sơn La")]
    r = rec(_TAY_BAC + "Trước đó, hai tỉnh dẫn đầu Cụm năm ngoái là Lào Cai và Yên Bái đã trao lại Cờ luân lưu.")
    assert _ranks(r) == [(1, "tỉnh Sơn La")]


def test_counted_leaders_end_before_their_verb(rec):
    r = rec(_KHOI + "Hội nghị thống nhất hai đơn vị dẫn đầu là Hội Luật gia tỉnh và Hội Nhà báo tỉnh đã nhận Cờ luân lưu của Khối.")
    assert _ranks(r) == [(1, "Hội Luật gia tỉnh"), (1, "Hội Nhà báo tỉnh")]


def test_leaders_of_a_year_not_in_figures_are_no_ranking(rec):
    # (the flag handed to last year's leaders: "năm ngoái", "năm trước"; a period ended before the one reviewed)
    head = _TAY_BAC + "Tại hội nghị, Bộ trưởng trao Cờ thi đua của Chính phủ cho tỉnh Lào Cai và tỉnh Yên Bái - hai tỉnh dẫn đầu "
    for tail in ("Cụm năm ngoái.", "Cụm năm trước.", "phong trào thi đua giai đoạn 2016 - 2020."):
        r = rec(head + tail)
        assert _ranks(r) == [(1, "tỉnh Sơn La")], tail
        assert _awards(r) == [("tỉnh Lào Cai", "Cờ thi đua của Chính phủ", "conferred"), ("tỉnh Yên Bái", "Cờ thi đua của Chính phủ", "conferred")]
    # ("năm qua" at the year's review is the year reviewed)
    r = rec(head + "Cụm năm qua.")
    assert _ranks(r) == [(1, "tỉnh Sơn La"), (1, "tỉnh Lào Cai"), (1, "tỉnh Yên Bái")]


def test_places_on_the_provinces_board_or_a_figure_are_no_ranking(rec):
    r = rec(_KHOI + "Hội nghị suy tôn Hội Nông dân tỉnh dẫn đầu. Về kết quả đánh giá công tác dân vận năm 2023 của UBND tỉnh, "
                    "Hội Luật gia tỉnh đứng nhất, Hội Nhà báo tỉnh đứng nhì.")
    assert _ranks(r) == [(1, "Hội Nông dân tỉnh")]
    r = rec(_TAY_BAC + "Về thu hút khách du lịch quốc tế, Lào Cai đứng thứ nhất, Điện Biên đứng thứ nhì.")
    assert _ranks(r) == [(1, "tỉnh Sơn La")]
    # (the topic the cluster's own emulation: ranked)
    r = rec(_KHOI + "Về kết quả bình xét thi đua, Hội Luật gia tỉnh đứng nhất, Hội Nhà báo tỉnh đứng nhì.")
    assert _ranks(r) == [(1, "Hội Luật gia tỉnh"), (2, "Hội Nhà báo tỉnh")]


def test_a_plural_names_no_ranked_unit(rec):
    # (the rule for the places' rewards: "Các tập thể xếp nhất, nhì ..." names no unit)
    r = rec(_KHOI + "Các tập thể xếp nhất, nhì được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert _ranks(r) == []
    assert _awards(r) == []
    r = rec(_KHOI + "Các đơn vị đứng thứ nhất, nhì, ba được đề nghị tặng Cờ thi đua.")
    assert _ranks(r) == []
