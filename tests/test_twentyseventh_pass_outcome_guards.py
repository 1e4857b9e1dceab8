"""Guards of the twenty-seventh pass's outcome rules, from a regression review (examples written for these tests)."""

_HEAD = "Chiều 16/12/2024, Cụm thi đua số 5 tỉnh Lâm Hà tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_a_habit_praised_before_the_ranking_cancels_only_its_own_place(rec):
    r = rec(_HEAD + "Với thành tích luôn đứng đầu trong công tác chuyển đổi số, Sở Công Thương được các đơn vị trong Khối "
                    "bình chọn dẫn đầu Khối thi đua năm 2024.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Công Thương")]
    assert "ranking" in _kinds(r)
    # (the habit alone is still no ranking)
    r = rec(_HEAD + "Phát biểu tại hội nghị, khách mời đánh giá Sở Công Thương luôn là đơn vị đứng đầu Khối.")
    assert r["rankings"] == []


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_a_bare_proposal_with_its_recipient_after_doi_voi_or_a_chair_as_subject(rec):
    # (the recipient after "đối với", as after "cho": the subject is the one who proposes)
    r = rec(_HEAD + "Hội nghị suy tôn Sở Tài chính dẫn đầu Khối. Sở Giao thông vận tải (Khối trưởng) đề nghị tặng Bằng khen "
                    "của Chủ tịch UBND tỉnh đối với Sở Tài chính.")
    assert _awards(r) == [("Sở Tài chính", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]
    r = rec(_HEAD + "Sở Xây dựng đề nghị tặng Cờ thi đua của UBND tỉnh đối với Sở Công Thương.")
    assert _awards(r) == [("Sở Công Thương", "Cờ thi đua của UBND tỉnh", "proposed")]
    # (a unit named with its role in the cluster proposes, no recipient told)
    r = rec(_HEAD + "Sở Giao thông vận tải - đơn vị Trưởng khối đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert all(a["recipient"] != "Sở Giao thông vận tải" for a in r["awards"])
    # (the bare proposal itself still reads its subject as the recipient)
    r = rec(_HEAD + "Hội nghị thống nhất kết quả bình xét; Sở Tài chính đề nghị tặng Cờ thi đua của UBND tỉnh.")
    assert _awards(r) == [("Sở Tài chính", "Cờ thi đua của UBND tỉnh", "proposed")]
