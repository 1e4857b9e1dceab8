"""Forms of the twenty-second pass, each on an invented example."""

LEAD = "Ngày 15/01/2024, Cụm thi đua số 2 các tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _people(r):
    return [(p["name"], p["title"]) for p in r["people"]]


def test_a_central_highlands_name_opened_by_h_apostrophe_after_its_title(rec):
    r = rec(LEAD + "Phó Chủ tịch UBND tỉnh Kon Tum H’Bia Mlô phát biểu chỉ đạo hội nghị.")
    assert _people(r) == [("H’Bia Mlô", "Phó Chủ tịch UBND tỉnh Kon Tum")]
    # (a district so named stays in the title; the person is the family name after it)
    r = rec(LEAD + "Chủ tịch UBND huyện Ia H’Drai Trần Văn Quân phát biểu chỉ đạo hội nghị.")
    assert _people(r) == [("Trần Văn Quân", "Chủ tịch UBND huyện Ia H’Drai")]
