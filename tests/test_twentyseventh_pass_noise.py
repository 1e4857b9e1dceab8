"""Noise of copied text read in the twenty-seventh pass: a date cut by a line break, a word run into the one before
(examples written for these tests)."""
from tdkt_extract.normalize import normalize


def test_a_line_break_inside_a_date_is_nothing(rec):
    for cut in ("Chiều ngày 14/\n11/2024, ", "Chiều ngày 14/11/\n2024, ", "Chiều ngày 14-11-\n2024, "):
        text = "Cụm thi đua số 2 sơ kết\n" + cut + "Cụm thi đua số 2 tổ chức hội nghị sơ kết 9 tháng năm 2024."
        r = rec(text)
        assert r["meeting"]["date"] == "2024-11-14" and r["meeting"]["time_of_day"] == "chieu"
    # (a break after a slash before a word, a list's number or a year range stays)
    assert normalize("gồm 12/\n15 người").text == "gồm 12/\n15 người"
    assert normalize("Điều 3/\n4. Sở").text == "Điều 3/\n4. Sở"


def test_a_word_no_syllable_ends_with_run_into_a_name_is_parted(rec):
    assert normalize("các doanh nghiệp tỉnh Kiên Hảitổ chức").text == "các doanh nghiệp tỉnh Kiên Hải tổ chức"
    assert normalize("các hợp tác xãđã ký").text == "các hợp tác xã đã ký"
    # (a word that may close a syllable stays: "chuyện" is one word, not "c" + "huyện")
    assert normalize("câu chuyện huyện Bình Xuyên").text == "câu chuyện huyện Bình Xuyên"
    r = rec("Sáng 20/12/2024, Khối thi đua các doanh nghiệp tỉnh Lào Caitổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["province"] == "Lào Cai"
    assert r["cluster"]["name"] == "Khối thi đua các doanh nghiệp"


def test_a_line_break_inside_a_persons_name_after_the_honorific_is_a_space(rec):
    r = rec("Cụm thi đua số 5 tổng kết\nNgày 16/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024. Hội nghị do ông Đàm Quang\n"
            "Vinh, Chủ tịch UBND xã Tân Lập, Cụm trưởng chủ trì.")
    (p,) = r["people"]
    assert p["name"] == "Đàm Quang Vinh" and p["roles"] == ["presided"]
    # (a line that ends on a name before a new sentence or a heading keeps its break)
    assert normalize("Tin: Ông Ba\nẢnh: Hà").text == "Tin: Ông Ba\nẢnh: Hà"
    assert normalize("bà Mai\nHội nghị đã").text == "bà Mai\nHội nghị đã"
