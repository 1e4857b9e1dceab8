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


def test_byline_labels_of_the_writer_and_the_photographer(rec):
    for label in ("Tin/ảnh", "Tin bài", "Tin ảnh", "Tin+ảnh", "Bài/ảnh", "Tin bài, ảnh", "Ảnh, tin"):
        r = rec(LEAD + "\n" + label + ": Lê Thanh Tâm")
        assert r["author"] == "Lê Thanh Tâm", label
    # ("Ảnh:" alone names the photographer)
    r = rec(LEAD + "\nẢnh: Lê Thanh Tâm")
    assert r["author"] is None
