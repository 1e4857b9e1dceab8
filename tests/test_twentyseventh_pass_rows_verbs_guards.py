"""Guards on the twenty-seventh pass's role verbs and ranking rows, each on an invented example."""
import pytest

LEAD = "Ngày 12/1/2024, Cụm thi đua số 7 tỉnh Sóc Trăng tổ chức hội nghị tổng kết năm 2023. "


def _roles(r, name):
    return next(p["roles"] for p in r["people"] if p["name"] == name)


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


# 1. a verb is not the tail of a longer word: "vận động viên" (athlete), "dự bị động viên" (reserve forces)

@pytest.mark.parametrize("tail", [
    "chị Lâm Thị Kiều, vận động viên của Sở Công Thương đoạt giải nhất môn cầu lông.",
    "ông Lâm Văn Kiệt, Chỉ huy trưởng Ban CHQS thị xã phụ trách công tác dự bị động viên.",
])
def test_dong_vien_inside_a_longer_word_is_no_speech(rec, tail):
    r = rec(LEAD + "Tại hội thao, " + tail)
    assert "spoke" not in r["people"][0]["roles"]


def test_dong_vien_as_a_verb_still_speaks(rec):
    r = rec(LEAD + "Phát biểu tại hội nghị, ông Lâm Văn Kiệt, Phó Chủ tịch UBND tỉnh động viên các đơn vị trong Cụm.")
    assert _roles(r, "Lâm Văn Kiệt") == ["spoke"]


# 2. "tuyên dương", "khen ngợi" in a passive with its agent between, or after "quyết định" (a noun), are no speech

@pytest.mark.parametrize("tail", [
    "là một trong 12 cá nhân được tỉnh tuyên dương năm 2023.",
    "được Chủ tịch UBND tỉnh Sóc Trăng khen ngợi.",
    "được UBND tỉnh tặng Bằng khen, tuyên dương.",
    "đã ký quyết định tuyên dương 20 tập thể.",
])
def test_praise_verbs_in_a_passive_or_a_decision_are_no_speech(rec, tail):
    r = rec(LEAD + "Bà Trịnh Thị Mỹ, Phó Giám đốc Sở Công Thương " + tail)
    assert "spoke" not in _roles(r, "Trịnh Thị Mỹ")


def test_praise_verbs_after_a_name_still_speak(rec):
    r = rec(LEAD + "Phát biểu tại hội nghị, bà Trịnh Thị Mỹ, Phó Chủ tịch UBND tỉnh khen ngợi, tuyên dương các đơn vị trong Cụm.")
    assert _roles(r, "Trịnh Thị Mỹ") == ["spoke"]


# 3. rows after a lead that names no emulation, told after a contest: the contest's prizes, no ranking

HEAD = "Hội nghị tổng kết công tác thi đua năm 2023 của Cụm thi đua số 9.\n"
ROWS = "\n- Huyện Bắc Yên: 88 điểm - xếp thứ Nhất;\n- Huyện Mai Sơn: 85 điểm - xếp thứ Nhì."


def test_rows_after_a_contest_told_in_the_sentence_before_are_no_ranking(rec):
    r = rec(HEAD + "Nhân dịp này, Cụm tổ chức Hội thi nghiệp vụ văn thư. Kết thúc phần thi, Ban Giám khảo đã trao giải cho các đội. "
                   "Kết quả:" + ROWS)
    assert _ranks(r) == []


def test_rows_after_a_plain_sentence_are_still_read(rec):
    r = rec(HEAD + "Hội nghị đã tiến hành bình xét các đơn vị. Kết quả:" + ROWS)
    assert _ranks(r) == [(1, "Huyện Bắc Yên"), (2, "Huyện Mai Sơn")]


# 4. a weekday under a lead that announces no results (a schedule) is no place

@pytest.mark.parametrize("rows", [
    "\n- Huyện Quỳnh Nhai: thứ Hai;\n- Huyện Thuận Châu: thứ Tư.",
    "\n- Thứ Ba: Huyện Quỳnh Nhai, huyện Mường La;\n- Thứ Năm: Huyện Thuận Châu.",
])
def test_weekdays_in_a_schedule_are_no_places(rec, rows):
    r = rec(HEAD + "Hội nghị thống nhất lịch chấm điểm tại các huyện:" + rows)
    assert _ranks(r) == []


def test_bare_places_after_a_results_lead_are_still_read(rec):
    r = rec(HEAD + "Kết quả bình xét:\n- Huyện Quỳnh Nhai: xếp thứ Nhất;\n- Huyện Thuận Châu: thứ Hai.")
    assert _ranks(r) == [(1, "Huyện Quỳnh Nhai"), (2, "Huyện Thuận Châu")]


# 5. rows of a place on an index or among the province's units are no ranking of the cluster

@pytest.mark.parametrize("lead", [
    "Kết quả xếp hạng PAR Index năm 2023:",
    "Kết quả đánh giá chuyển đổi số của tỉnh năm 2023:",
    "Kết quả xếp hạng các sở toàn tỉnh năm 2023:",
])
def test_rows_under_an_index_lead_are_no_ranking(rec, lead):
    r = rec(HEAD + lead + "\n- Sở Công Thương: 91,5 điểm, xếp thứ 3;\n- Sở Ngoại vụ: 88 điểm, xếp thứ 6.")
    assert _ranks(r) == []


def test_a_table_after_a_sentence_naming_an_index_is_no_ranking(rec):
    r = rec(HEAD + "Năm 2023, các huyện trong Cụm đứng cao về năng lực cạnh tranh cấp huyện (DDCI), cụ thể:\n"
                   "STT | Đơn vị | Điểm | Xếp hạng\n1 | Huyện Bắc Yên | 70,5 | 2\n2 | Huyện Mai Sơn | 68,0 | 4")
    assert _ranks(r) == []


def test_a_table_after_a_plain_sentence_is_still_read(rec):
    r = rec(HEAD + "Hội nghị đã tiến hành bình xét thi đua năm 2023.\n"
                   "STT | Đơn vị | Điểm | Xếp hạng\n1 | Huyện Bắc Yên | 96,5 | Nhất\n2 | Huyện Mai Sơn | 95,0 | Nhì")
    assert _ranks(r) == [(1, "Huyện Bắc Yên"), (2, "Huyện Mai Sơn")]


# 6. "Thứ nhất:", "Thứ hai:" opening items that go on with a clause count points, no places

def test_ordinal_labels_of_points_with_a_verb_are_no_places(rec):
    r = rec(HEAD + "Hội nghị đánh giá kết quả nổi bật của Cụm:\n"
                   "- Thứ nhất: Huyện Bắc Yên và huyện Mai Sơn đã hoàn thành toàn bộ chỉ tiêu;\n"
                   "- Thứ hai: Huyện Sông Mã triển khai tốt phong trào xây dựng nông thôn mới.")
    assert _ranks(r) == []


def test_ordinal_labels_of_units_alone_are_still_places(rec):
    r = rec(HEAD + "Kết quả bình xét:\n- Thứ nhất: Huyện Bắc Yên;\n- Thứ hai: Huyện Sông Mã.")
    assert _ranks(r) == [(1, "Huyện Bắc Yên"), (2, "Huyện Sông Mã")]
