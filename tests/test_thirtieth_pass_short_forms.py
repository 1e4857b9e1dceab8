"""Short forms of the thirtieth pass (abbreviated units, awards, ranks, cluster words), each on an invented example."""

LEAD = "Ngày 15/01/2024, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def _acts(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def test_two_placed_units_after_a_comma_lead_each(rec):
    r = rec(LEAD + "Qua bình xét, Ủy ban MTTQ huyện, Hội Cựu chiến binh huyện được suy tôn dẫn đầu Khối.")
    assert _ranks(r) == [(1, "Ủy ban MTTQ huyện"), (1, "Hội Cựu chiến binh huyện")]
    r = rec(LEAD + "Khối suy tôn Thành đoàn, Hội LHPN thành phố dẫn đầu.")
    assert _ranks(r) == [(1, "Thành đoàn"), (1, "Hội LHPN thành phố")]
    # (a unit then the place it is in stays one)
    r = rec(LEAD + "Qua bình xét, Công an xã Phú Lâm, huyện Tân Biên được suy tôn dẫn đầu Khối.")
    assert _ranks(r) == [(1, "Công an xã Phú Lâm, huyện Tân Biên")]


def test_mass_organisations_by_their_initials_are_units(rec):
    r = rec(LEAD + "Qua bình xét, HCCB huyện được suy tôn dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert _ranks(r) == [(1, "HCCB huyện")]
    assert _awards(r) == [("HCCB huyện", "Cờ thi đua", "proposed")]
    r = rec(LEAD + "Kết quả bình xét, ĐTN huyện xếp thứ nhất, HND huyện xếp thứ nhì. Hội nghị đã bầu HND huyện làm Trưởng khối, "
            "HLHPN huyện làm Phó trưởng khối năm 2024.")
    assert _ranks(r) == [(1, "ĐTN huyện"), (2, "HND huyện")]
    assert r["cluster"]["next_vice_chair"]["organization"] == "HLHPN huyện"


def test_units_listed_before_a_bare_proposal_are_its_recipients(rec):
    r = rec(LEAD + "Hội nghị suy tôn UBND huyện Ea Súp dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua; UBND huyện Lắk, "
            "UBND huyện Krông Bông đề nghị tặng Bằng khen của UBND tỉnh.")
    assert _awards(r) == [("UBND huyện Ea Súp", "Cờ thi đua", "proposed"),
                          ("UBND huyện Lắk", "Bằng khen của UBND tỉnh", "proposed"),
                          ("UBND huyện Krông Bông", "Bằng khen của UBND tỉnh", "proposed")]
    # (one body alone of a superior's kind, or the cluster, proposes)
    r = rec(LEAD + "Hội nghị suy tôn Sở Y tế dẫn đầu Khối; UBND huyện Lắk đề nghị tặng Bằng khen của UBND tỉnh.")
    assert [a[0] for a in _awards(r)] == []
    r = rec(LEAD + "Khối đề nghị tặng Bằng khen của UBND tỉnh.")
    assert _awards(r) == []


def test_a_cluster_written_with_td_ends_at_its_number(rec):
    r = rec("Sáng 9/1, Khối TĐ số 5 Cục Thuế tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert (r["cluster"]["name"], r["cluster"]["number"], r["cluster"]["kind"]) == ("Khối TĐ số 5", 5, "khoi")
    r = rec("Sáng 9/1, Cụm TĐ số 12 Công an tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert (r["cluster"]["name"], r["cluster"]["number"]) == ("Cụm TĐ số 12", 12)


def test_members_in_brackets_after_an_abbreviated_cluster(rec):
    r = rec("Sáng 9/1, CTĐ số 7 (gồm Sở Xây dựng, Sở Giao thông vận tải, Sở Tài nguyên và Môi trường) tổ chức hội nghị "
            "tổng kết năm 2023.")
    assert r["cluster"]["name"] == "CTĐ số 7"
    assert r["cluster"]["members"] == ["Sở Xây dựng", "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường"]


def test_awards_written_short(rec):
    r = rec(LEAD + "Hội nghị suy tôn Sở Xây dựng dẫn đầu Khối, đề nghị tặng Cờ TĐ của UBND tỉnh; Sở Nội vụ, Sở Tài chính đề "
            "nghị tặng BK của Chủ tịch UBND tỉnh.")
    assert _awards(r) == [("Sở Xây dựng", "Cờ TĐ của UBND tỉnh", "proposed"),
                          ("Sở Nội vụ", "BK của Chủ tịch UBND tỉnh", "proposed"),
                          ("Sở Tài chính", "BK của Chủ tịch UBND tỉnh", "proposed")]
    # (the initials in lower case are no award)
    r = rec(LEAD + "Hội nghị đề nghị tặng bk cho Sở Xây dựng.")
    assert _awards(r) == []


def test_places_in_roman_figures(rec):
    r = rec(LEAD + "Kết quả bình xét: Cục Hải quan tỉnh xếp thứ I, Kho bạc Nhà nước tỉnh xếp thứ II, Cục Thống kê tỉnh xếp thứ III.")
    assert _ranks(r) == [(1, "Cục Hải quan tỉnh"), (2, "Kho bạc Nhà nước tỉnh"), (3, "Cục Thống kê tỉnh")]
    # (a unit's grade, "hạng I", is no place)
    r = rec(LEAD + "Năm 2023, Bệnh viện Đa khoa khu vực Bồng Sơn được xếp hạng I.")
    assert _ranks(r) == []


def test_tt_as_the_cluster_standing_chair(rec):
    r = rec(LEAD + "Ông Trần Quốc Bảo, Phó Giám đốc Sở Công Thương - TT Khối chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Sở Công Thương", "person": "Trần Quốc Bảo"}


def test_an_event_agreed_through_its_content_is_a_plan(rec):
    r = rec(LEAD + "Hội nghị thống nhất nội dung tổ chức hoạt động giao lưu văn nghệ giữa các đơn vị trong quý II.")
    assert [k for k, _ in _acts(r)] == ["plan"]
    # (the content of a document stays a report agreed)
    r = rec(LEAD + "Hội nghị thống nhất nội dung Quy chế hoạt động của Khối.")
    assert [k for k, _ in _acts(r)] == ["approve_report"]


def test_a_review_to_come_in_the_agreed_content_is_no_ranking(rec):
    r = rec("Ngày 10/7/2024, Khối thi đua số 6 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Hội nghị đã thống nhất nội dung "
            "chấm điểm, bình xét thi đua cuối năm.")
    assert [k for k, _ in _acts(r)] == ["approve_report"]
    # (the review held stays one)
    r = rec(LEAD + "Hội nghị đã tiến hành chấm điểm, bình xét thi đua năm 2023.")
    assert "ranking" in [k for k, _ in _acts(r)]
