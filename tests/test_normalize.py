"""The normalizer's rewrites, each with its offsets traced back to the input."""
import pytest

from tdkt_extract.normalize import normalize


@pytest.mark.parametrize("raw,norm", [
    ("Hoà Bình", "Hòa Bình"),  # old-style tone placement at a word's end moves to the first vowel
    ("thuỷ lợi, khoẻ mạnh", "thủy lợi, khỏe mạnh"),
    ("hoá.", "hóa."),
    ("quý, Quỳ Hợp", "quý, Quỳ Hợp"),  # "qu": the u is part of the consonant, the tone stays
    ("hoàn thành, toàn", "hoàn thành, toàn"),  # inside a word: not the old placement
])
def test_old_style_tone_marks(raw, norm):
    n = normalize(raw)
    assert n.text == norm
    assert len(n.text) == len(raw) and n.to_original(0, len(n.text)) == (0, len(raw))


def test_a_hard_wrap_after_a_word_no_line_ends_with_is_a_space():
    from tdkt_extract.normalize import normalize
    n = normalize("Tổng kết năm\n\nHội nghị bầu cụm trưởng năm\n2025 là\nUBND huyện Lạc Sơn. Xong\nCâu mới")
    assert n.text == "Tổng kết năm\n\nHội nghị bầu cụm trưởng năm 2025 là UBND huyện Lạc Sơn. Xong\nCâu mới"


def test_a_hard_wrapped_text_joins_its_long_lines_before_capitals_too():
    from tdkt_extract.normalize import normalize
    line1 = "Hội nghị đã thống nhất đề nghị tặng cờ thi đua năm 2024 cho đơn vị Ủy ban MTTQ"
    text = ("TỔNG KẾT CÔNG TÁC THI ĐUA KHỐI CÁC CƠ QUAN ĐOÀN THỂ TỈNH NĂM 2024\n"
            "Ngày 10/1/2025, các đơn vị trong cụm đã tổ chức hội nghị tổng kết công tác\n"
            "thi đua năm 2024 tại hội trường của Ủy ban nhân dân huyện Lạc Sơn, với sự\n"
            "tham dự của lãnh đạo các đơn vị thành viên và đại biểu các sở, ngành của\n"
            "tỉnh. " + line1 + "\nViệt Nam huyện Tân Hà.\nBáo Lạc Sơn")
    n = normalize(text).text
    assert line1 + " Việt Nam huyện Tân Hà." in n
    assert n.startswith("TỔNG KẾT CÔNG TÁC THI ĐUA KHỐI CÁC CƠ QUAN ĐOÀN THỂ TỈNH NĂM 2024\nNgày")  # a heading in capitals stays a line
    assert n.endswith("Tân Hà.\nBáo Lạc Sơn")
    # a text not set in wrapped lines keeps its lines
    plain = "Cụm thi đua số 3 tổng kết năm 2024 và triển khai nhiệm vụ công tác năm 2025 của cụm\nNgày 10/1/2025, Cụm thi đua số 3 tổ chức hội nghị."
    assert normalize(plain).text == plain
