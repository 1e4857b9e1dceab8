"""The thirty-first pass, guards on the date rules of the same pass (a regression review): each new form is read where it
was meant, not in the near forms a reviewer found. Examples written for these tests."""


def test_a_part_of_the_day_after_the_date_only_for_the_meetings_clause(rec):
    # (the morning of a day whose afternoon holds the meeting)
    r = rec("Ngày 9/11, buổi sáng, đoàn đại biểu thăm khu di tích lịch sử tại xã Phú Mỹ; buổi chiều, Cụm thi đua số 2 huyện "
            "Hòa Bình tổ chức hội nghị sơ kết công tác thi đua.")
    assert r["meeting"]["time_of_day"] in (None, "chieu")
    r = rec("Ngày 9/11/2024, vào buổi sáng, Đoàn công tác của Cụm làm việc tại Phòng Giáo dục. Chiều cùng ngày, Cụm thi đua "
            "số 2 huyện Hòa Bình tổ chức hội nghị sơ kết công tác thi đua.")
    assert r["meeting"]["time_of_day"] == "chieu"
    # (the meeting's own: its words after it, or its place after it with its words before)
    r = rec("Ngày 9/11/2024, vào buổi chiều, Cụm thi đua số 2 huyện Hòa Bình tổ chức hội nghị sơ kết công tác thi đua.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2024-11-09", "chieu")
    r = rec("Hội nghị sơ kết công tác thi đua của Cụm thi đua số 2 huyện Hòa Bình diễn ra ngày 9/11/2024, vào buổi sáng, tại "
            "Phòng Giáo dục.")
    assert r["meeting"]["time_of_day"] == "sang"


def test_the_figure_of_a_month_before_va_ngay_is_no_first_day(rec):
    r = rec("Cụm thi đua số 2 huyện Hòa Bình đã chấm điểm chéo trong tháng 10 và ngày 8/11/2024 tổ chức hội nghị sơ kết "
            "công tác thi đua.")
    assert r["meeting"]["date"] == "2024-11-08"
    r = rec("Sau khi hoàn thành chấm điểm trong quý 3 và ngày 8/11/2024, Cụm thi đua số 2 huyện Hòa Bình tổ chức hội nghị "
            "sơ kết công tác thi đua.")
    assert r["meeting"]["date"] == "2024-11-08"
    # (two days, each with its own "ngày", still dated by the first)
    r = rec("Ngày 7 và ngày 8/11/2024, Cụm thi đua số 2 huyện Hòa Bình tổ chức hội nghị sơ kết công tác thi đua.")
    assert r["meeting"]["date"] == "2024-11-07"


def test_a_count_of_days_cues_a_date_only_as_trong_n_ngay_and_a_span(rec):
    # (days before or after the meeting: another act's)
    r = rec("Cụm thi đua số 2 huyện Hòa Bình vừa tổ chức hội nghị tổng kết công tác thi đua năm 2024. Trước hội nghị 3 ngày, "
            "17/12, Cụm đã tổ chức chấm điểm chéo tại các trường.")
    assert r["meeting"]["date"] is None
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2024, "span": "year"})
    # (a fraction after the count)
    r = rec("Cụm thi đua số 2 huyện Hòa Bình vừa tổ chức hội nghị tổng kết công tác thi đua năm 2024. Chỉ sau 7 ngày, 2/3 số "
            "trường đã nộp hồ sơ.")
    assert r["meeting"]["date"] is None
    # (the meeting's days after "Trong N ngày,")
    r = rec("Trong 2 ngày, 17 - 18/12, Cụm thi đua số 2 huyện Hòa Bình tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["date"] == "2024-12-17"


def test_the_days_of_an_agreed_event_in_brackets_are_not_the_meetings(rec):
    r = rec("Cụm thi đua số 2 huyện Hòa Bình vừa tổ chức hội nghị tổng kết công tác thi đua năm 2024, thống nhất tổ chức Hội "
            "diễn văn nghệ năm 2025 tại xã Phú Mỹ, diễn ra trong 02 ngày (14 - 15/3/2025).")
    assert r["meeting"]["date"] is None
    r = rec("Cụm thi đua số 2 huyện Hòa Bình vừa tổ chức hội nghị tổng kết công tác thi đua năm 2024, trong đó Hội thao của "
            "Cụm đã diễn ra trong 12 ngày (4 - 16/10/2024).")
    assert r["meeting"]["date"] is None
    # (the meeting's own days in brackets)
    r = rec("Hội nghị tổng kết công tác thi đua năm 2024 của Cụm thi đua số 2 huyện Hòa Bình diễn ra trong 02 ngày "
            "(17 - 18/12/2024).")
    assert r["meeting"]["date"] == "2024-12-17"


def test_three_months_are_the_first_quarter_only_in_the_reviews_name(rec):
    r = rec("Ngày 16/10/2024, Cụm thi đua số 2 huyện Hòa Bình tổ chức hội nghị sơ kết công tác thi đua 9 tháng. Ngay trong "
            "3 tháng đầu năm 2024, các trường đã phát động nhiều phong trào.")
    assert r["meeting"]["period"] == {"year": 2024, "span": "9m"}
    r = rec("Ngày 5/12/2024, Cụm thi đua số 2 các trường THCS huyện Hòa Bình tổ chức hội nghị sơ kết công tác thi đua "
            "3 tháng đầu năm học 2024 - 2025.")
    assert r["meeting"]["period"] != {"year": 2024, "span": "q1"}
    # (the review's own name)
    r = rec("Ngày 8/4/2024, Cụm thi đua số 2 huyện Hòa Bình tổ chức hội nghị sơ kết công tác thi đua 3 tháng đầu năm 2024.")
    assert r["meeting"]["period"] == {"year": 2024, "span": "q1"}


def test_a_caption_dates_the_meeting_only_under_a_body_that_tells_of_it(rec):
    r = rec("Cụm thi đua số 2 huyện Hòa Bình đẩy mạnh phong trào thi đua\n\nẢnh: Hội nghị tổng kết năm 2024 của Cụm thi đua "
            "số 2 huyện Hòa Bình, ngày 19/12/2024.\n\nNăm 2025, các trường trong Cụm tiếp tục đổi mới. Hội nghị chuyên môn "
            "hằng tháng được duy trì nền nếp.")
    assert r["meeting"]["date"] is None
    r = rec("Cụm thi đua số 2 huyện Hòa Bình đẩy mạnh phong trào thi đua\n\nẢnh: Hội nghị tổng kết năm 2024 của Cụm thi đua "
            "số 2 huyện Hòa Bình, ngày 19/12/2024.\n\nNăm 2025, các trường trong Cụm đã tổ chức 5 hội nghị chuyên đề về "
            "chuyển đổi số.")
    assert r["meeting"]["date"] is None
    # (a body that tells of the meeting shown)
    r = rec("Ảnh: Quang cảnh hội nghị tổng kết năm 2024 của Cụm thi đua số 2 huyện Hòa Bình, chiều 19/12.\n\n"
            "Hội nghị đã bình xét, suy tôn các trường dẫn đầu phong trào thi đua năm 2024.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2024-12-19", "chieu")


def test_an_archive_mark_is_not_the_words_of_a_units_name(rec):
    r = rec("Cụm thi đua số 2 huyện Hòa Bình vừa tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại Phòng Giáo dục.\n\n"
            "Ảnh: Đại diện Trung tâm Lưu trữ và Tư liệu huyện nhận Giấy khen tại hội nghị tổng kết năm 2024 của Cụm thi đua "
            "số 2 huyện Hòa Bình, chiều 19/12.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2024-12-19", "chieu")
    # (a photo from the archive)
    r = rec("Cụm thi đua số 2 huyện Hòa Bình vừa tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại Phòng Giáo dục.\n\n"
            "Ảnh: Quang cảnh hội nghị tổng kết của Cụm thi đua số 2 huyện Hòa Bình, chiều 19/12 (Ảnh tư liệu).")
    assert r["meeting"]["date"] is None


def test_an_english_label_in_a_comment_or_a_footer_is_not_the_pages_date(rec):
    lead = ("Cụm thi đua số 2 huyện Hòa Bình tổng kết năm 2024\n\nChiều 19/12, Cụm thi đua số 2 huyện Hòa Bình tổ chức hội "
            "nghị tổng kết công tác thi đua năm 2024 tại Phòng Giáo dục, với sự tham dự của lãnh đạo các trường.\n\n")
    r = rec(lead + "Ý kiến bạn đọc\nTrần Thị Mai - Posted: 2025-01-08\nThông tin rất bổ ích.")
    assert r["published"] is None
    r = rec(lead + "Ý kiến bạn đọc\nTrần Thị Mai\nPosted: 2025-01-08\nThông tin rất bổ ích.")
    assert r["published"] is None
    r = rec(lead + "Last updated: 2025-02-11")
    assert r["published"] is None
    # (the page's own label under its headline)
    r = rec("Cụm thi đua số 2 huyện Hòa Bình tổng kết năm 2024\nPosted: 2024-12-20\n\nChiều 19/12, Cụm thi đua số 2 huyện "
            "Hòa Bình tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["published"] == "2024-12-20"
