"""Forms of the thirtieth pass (dates, times of day, venues, bylines), each on an invented example."""

LEAD = "Ngày 18/12, Khối thi đua số 7 tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023."


def test_a_date_after_a_clusters_number_is_the_meetings(rec):
    r = rec("Hội nghị tổng kết Khối thi đua số 2 ngày 21/12\n"
            "Khối thi đua số 2 tỉnh Quảng Trị đã tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.")
    assert r["meeting"]["date"] == "2023-12-21"
    r = rec("Khối thi đua số 6 sơ kết\nCụm thi đua số 6 ngày 9/7 đã tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2023.")
    assert r["meeting"]["date"] == "2023-07-09"
    # (a document's number and its date are the document's: "Quyết định số 45 ngày ...")
    r = rec("Cụm thi đua số 6 tổng kết năm 2023\nThực hiện Kế hoạch số 45 ngày 02/11/2023, Cụm thi đua số 6 tỉnh Quảng Trị "
            "đã tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["meeting"]["date"] is None
    # (nor with its owner between the document's noun and the number: "Kế hoạch của Cụm thi đua số 6 ngày ...")
    r = rec("Cụm thi đua số 6 tổng kết năm 2023\nThực hiện Kế hoạch của Cụm thi đua số 6 ngày 02/11/2023, Cụm thi đua số 6 tỉnh "
            "Quảng Trị đã tổ chức hội nghị tổng kết công tác thi đua năm 2023 vào ngày 20/12.")
    assert r["meeting"]["date"] == "2023-12-20"


def test_byline_labels_of_the_writer_and_the_photographer(rec):
    for label in ("Tin/ảnh", "Tin bài", "Tin ảnh", "Tin+ảnh", "Bài/ảnh", "Tin bài, ảnh", "Ảnh, tin"):
        r = rec(LEAD + "\n" + label + ": Lê Thanh Tâm")
        assert r["author"] == "Lê Thanh Tâm", label
    # ("Ảnh:" alone names the photographer)
    r = rec(LEAD + "\nẢnh: Lê Thanh Tâm")
    assert r["author"] is None


def test_today_or_yesterday_then_the_date(rec):
    head = "Khối thi đua số 7 tổng kết năm 2023\n"
    tail = " Khối thi đua số 7 tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2023."
    for opening, date, tod in (("Hôm nay, 20/12,", "2023-12-20", None), ("Ngày hôm qua, 19/12,", "2023-12-19", None),
                               ("Chiều ngày hôm nay 20/12,", "2023-12-20", "chieu"), ("Sáng ngày hôm qua (19/12),", "2023-12-19", "sang")):
        r = rec(head + opening + tail)
        assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == (date, tod), opening


def test_an_earlier_steps_day_before_the_meetings_own(rec):
    r = rec("Khối thi đua số 7 tổng kết năm 2023\nTrên cơ sở kết quả chấm điểm ngày 8/12, sáng 14/12, Khối thi đua số 7 tỉnh "
            "Hà Tĩnh tổ chức hội nghị tổng kết năm 2023.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2023-12-14", "sang")
    # (a day alone is the meeting's)
    r = rec("Khối thi đua số 7 tổng kết năm 2023\nSau khi kiểm tra chéo, ngày 14/12, Khối thi đua số 7 tỉnh Hà Tĩnh tổ chức "
            "hội nghị tổng kết năm 2023.")
    assert r["meeting"]["date"] == "2023-12-14"


def test_a_span_of_days_after_tu_without_ngay(rec):
    r = rec("Khối thi đua số 7 tổng kết năm 2023\nTừ 21 - 22/12, Khối thi đua số 7 tỉnh Hà Tĩnh tổ chức hội nghị tổng kết "
            "năm 2023 tại huyện Can Lộc.")
    assert r["meeting"]["date"] == "2023-12-21"
    # ("từ" and one number is no day: "tăng từ 4.5 lên ...")
    r = rec("Khối thi đua số 7 tổng kết năm 2023\nKhối thi đua số 7 tỉnh Hà Tĩnh vừa tổ chức hội nghị tổng kết năm 2023. "
            "Chỉ số hài lòng tăng từ 4.5 lên 4.8 điểm.")
    assert r["meeting"]["date"] is None


def test_a_rooms_building_named_after_its_comma(rec):
    head = "Khối thi đua số 7 tổng kết năm 2023\nNgày 18/12, Khối thi đua số 7 tổ chức hội nghị tổng kết năm 2023 tại "
    for venue in ("Phòng họp tầng 3, Tòa nhà Hợp khối tỉnh", "hội trường tầng 1, tòa nhà Trung tâm Hội nghị tỉnh",
                  "phòng họp số 2, Khối nhà B, Trung tâm Hành chính tỉnh", "Hội trường B, Trụ sở Liên cơ quan các Sở"):
        r = rec(head + venue + ".")
        assert r["meeting"]["venue"] == venue
    # (the place ends at its comma: what follows is no part of it)
    r = rec(head + "Phòng họp tầng 3, Tòa nhà Hợp khối tỉnh, với sự tham dự của lãnh đạo các đơn vị.")
    assert r["meeting"]["venue"] == "Phòng họp tầng 3, Tòa nhà Hợp khối tỉnh"


def test_a_bracketed_name_alone_on_the_last_line_is_the_byline(rec):
    for line, author in (("(Trần Quốc Bảo)", "Trần Quốc Bảo"), ("[Trần Quốc Bảo]", "Trần Quốc Bảo"),
                         ("(TRẦN QUỐC BẢO)", "TRẦN QUỐC BẢO"), ("(Trần Bảo - Lan Anh)", "Trần Bảo - Lan Anh")):
        r = rec(LEAD + "\n" + line)
        assert r["author"] == author, line
        assert [p["name"] for p in r["people"] if "author" in p["roles"]]
    # (a source, a unit or a place in brackets is no byline)
    for line in ("(Theo Báo Hà Tĩnh)", "(Sở Nội vụ)", "(Hà Tĩnh)"):
        assert rec(LEAD + "\n" + line)["author"] is None, line


def test_a_one_word_apostrophe_name_with_its_unit_in_brackets(rec):
    lead = ("Chiều 10/7, Cụm thi đua số 2 tỉnh Gia Lai tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 "
            "tại huyện Chư Sê.")
    assert rec(lead + "\nK'Thu (Trung tâm VH-TT&TT huyện Chư Sê)")["author"] == "K'Thu"
    # (alone, a word joined by an apostrophe is a K'Ho or M'Nông name, thirty-sixth pass; a place the gazetteer knows is none)
    assert rec(lead + "\nK'Thu")["author"] == "K'Thu"
    assert rec(lead + "\nK'Bang")["author"] is None


def test_a_date_only_in_a_caption_of_this_meeting(rec):
    r = rec("Khối thi đua số 7 tổng kết năm 2023\nKhối thi đua số 7 tỉnh Hà Tĩnh vừa tổ chức hội nghị tổng kết công tác thi đua "
            "năm 2023.\nẢnh: Toàn cảnh hội nghị tổng kết chiều 21/12/2023.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2023-12-21", "chieu")
    # (a caption of a review of the other kind dates no meeting of this one)
    r = rec("Khối thi đua số 7 tổng kết năm 2023\nKhối thi đua số 7 tỉnh Hà Tĩnh vừa tổ chức hội nghị tổng kết công tác thi đua "
            "năm 2023.\nẢnh: Hội nghị sơ kết ngày 10/7/2023.")
    assert r["meeting"]["date"] is None
