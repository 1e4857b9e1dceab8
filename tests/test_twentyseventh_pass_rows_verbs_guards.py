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
