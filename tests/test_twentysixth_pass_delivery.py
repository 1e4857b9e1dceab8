"""Delivery forms: pictograph bullets, PDF line breaks before a figure, a pen name opening on a unit head after a byline
label, a notice's label lines for the meeting's date and place."""


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def test_pictograph_bullets_are_bullets(rec):
    r = rec("Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2022. Cụm gồm 3 đơn vị:\n"
            "👉 Sở Nội vụ\n👉 Bảo hiểm xã hội tỉnh\n👉 Sở Công Thương\n"
            "⭐️ Bảo hiểm xã hội tỉnh xếp thứ hai.\n⭐️ Sở Công Thương xếp thứ ba.")
    assert r["cluster"]["members"] == ["Sở Nội vụ", "Bảo hiểm xã hội tỉnh", "Sở Công Thương"]
    assert _ranks(r) == [(2, "Bảo hiểm xã hội tỉnh"), (3, "Sở Công Thương")]


def test_pictograph_bullet_keeps_the_whole_unit(rec):
    r = rec("Khối thi đua số 4 tổ chức hội nghị tổng kết năm 2022.\n📌 Công an huyện Quỳ Hợp xếp thứ hai.")
    assert _ranks(r) == [(2, "Công an huyện Quỳ Hợp")]


def test_pictograph_inside_a_line_is_no_bullet():
    from tdkt_extract.normalize import normalize
    n = normalize("Sở A 🏅 xếp thứ hai\n© 2024 Báo B\n📸\n  ✅ Sở C")
    assert n.text == "Sở A 🏅 xếp thứ hai\n© 2024 Báo B\n📸\n• Sở C"
    a = n.text.index("Sở C")
    assert n.to_original(a, a + 4) == (n.original.index("Sở C"), n.original.index("Sở C") + 4)


def test_a_line_opening_on_a_figure_after_a_line_without_a_stop_stays_its_own(rec):
    # (a headline, a caption or a byline before a line that opens on a figure looks like a break inside a sentence: in a
    # text not set in hard-wrapped lines, the break stays)
    r = rec("Khối thi đua Nội chính sơ kết công tác thi đua\n6 tháng đầu năm 2022, các đơn vị trong Khối đã hoàn thành tốt nhiệm "
            "vụ. Ngày 10/7/2022, Khối thi đua Nội chính tổ chức hội nghị sơ kết 6 tháng đầu năm 2022.")
    assert r["title"] == "Khối thi đua Nội chính sơ kết công tác thi đua"
    r = rec("Cụm thi đua số 2 tổng kết năm 2023\nTrần Minh Thư\n15 tháng 1 năm 2024\nNgày 12/1/2024, Cụm thi đua số 2 tổ chức "
            "hội nghị tổng kết năm 2023.")
    assert r["author"] == "Trần Minh Thư"


def test_line_break_before_a_list_number_or_a_time_stays():
    from tdkt_extract.normalize import normalize
    for t in ("Kết quả xếp hạng\n1. Sở A", "Kết quả xếp hạng\n2) Sở B", "Cập nhật\n12/7/2023 08:00",
              "Hội nghị tổng kết\n2 giờ trước", "Hội nghị tổng kết\n8 giờ 30 ngày 5/1", "Từ khóa\n59924"):
        assert "\n" in normalize(t).text, t


def test_pen_name_opening_on_truong_after_a_byline_label(rec):
    r = rec("Cụm thi đua số 8 tổng kết năm 2022. Thượng tá Lê Văn Khải, Phó Chỉ huy trưởng BĐBP tỉnh dự hội nghị.\n"
            "Tin và ảnh: Trường Hải")
    assert r["author"] == "Trường Hải"
    assert {"name": "Trường Hải", "roles": ["author"]}.items() <= next(p for p in r["people"] if p["name"] == "Trường Hải").items()
    r = rec("Cụm thi đua số 8 tổng kết năm 2022. Thượng tá Lê Văn Khải, Phó Chỉ huy trưởng BĐBP tỉnh dự hội nghị.\n"
            "Bài, ảnh: TRƯỜNG VINH")
    assert r["author"] == "TRƯỜNG VINH"


def test_school_after_a_byline_label_is_no_pen_name(rec):
    r = rec("Cụm thi đua số 8 tổng kết năm 2022. Thượng tá Lê Văn Khải, Phó Chỉ huy trưởng BĐBP tỉnh dự hội nghị.\n"
            "Tin: Trường THPT Nguyễn Du")
    assert r["author"] is None


def test_notice_label_lines_date_and_place_the_meeting(rec):
    r = rec("Khối thi đua số 2 Công an tỉnh Gia Lai tổ chức hội nghị sơ kết 6 tháng đầu năm 2022.\n"
            "- Thời gian: 14h00 ngày 8/7/2022.\n- Địa điểm: Hội trường Công an thị xã An Khê.")
    assert r["meeting"]["date"] == "2022-07-08"
    assert r["meeting"]["venue"] is None  # (annotation.md: a venue is the place after "tại")
    r = rec("Ban Thi đua tỉnh thông báo. Cụm thi đua số 9 tổ chức hội nghị tổng kết năm 2022.\n"
            "⏰ Thời gian: 8h30 ngày 21/12/2022\n📍 Địa điểm: tại hội trường UBND huyện Đak Pơ")
    assert r["meeting"]["date"] == "2022-12-21"
    assert r["meeting"]["venue"] == "hội trường UBND huyện Đak Pơ"


def test_a_label_line_after_another_sentence_dates_nothing(rec):
    head = "Cụm thi đua số 9 tổng kết năm 2022\nCụm thi đua số 9 tổ chức hội nghị tổng kết năm 2022. "
    r = rec(head + "Các đơn vị hoàn thành chỉ tiêu.\n- Thời gian: 8h30 ngày 21/12/2022")
    assert r["meeting"]["date"] is None
    r = rec(head + "\n- Thời gian: 8h30 ngày 21/12/2022")
    assert r["meeting"]["date"] == "2022-12-21"


def test_a_pictograph_whose_line_a_join_completes_is_a_bullet_at_once():
    from tdkt_extract.normalize import normalize
    once = normalize("😀 \n phát biểu").text
    assert once == normalize(once).text == "• phát biểu"
