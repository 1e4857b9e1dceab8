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
