"""Twenty-ninth pass, meeting: the next period's year written after "triển khai nhiệm vụ ..." / "phương hướng nhiệm vụ năm
N+1" is not the period reviewed; a stretch of years without "giai đoạn" ("5 năm (2016 - 2020)", "2016-2020", "từ năm 2016
đến năm 2020", "năm học 2019/2020") is a term; "nửa đầu năm" and "3 quý đầu năm" are parts of a year."""


def _m(r):
    m = r["meeting"]
    return m["kind"], m["period"], m["date"]


def test_next_quarter_year_belongs_to_the_reviewed_span(rec):
    r = rec("Ngày 9/10/2020, Cụm thi đua số 5 tỉnh Bắc Ninh tổ chức hội nghị sơ kết 9 tháng và triển khai nhiệm vụ quý IV năm 2020.")
    assert _m(r)[:2] == ("so_ket", {"year": 2020, "span": "9m"})
    r = rec("Ngày 10/4/2020, Cụm thi đua số 5 tỉnh Bắc Ninh tổ chức hội nghị sơ kết quý I, triển khai nhiệm vụ quý II/2020.")
    assert _m(r)[:2] == ("so_ket", {"year": 2020, "span": "q1"})


def test_giao_ban_of_a_quarter_with_the_next_steps_year(rec):
    r = rec("Ngày 9/10/2020, Khối thi đua số 4 tỉnh Bắc Ninh tổ chức hội nghị giao ban quý III, triển khai nhiệm vụ quý IV năm 2020.")
    assert _m(r)[:2] == ("so_ket", {"year": 2020, "span": "q3"})


def test_fourth_quarter_before_next_year(rec):
    r = rec("Ngày 8/1/2021, Cụm thi đua số 5 tỉnh Bắc Ninh tổ chức hội nghị sơ kết quý IV, triển khai nhiệm vụ quý I năm 2021.")
    assert _m(r)[:2] == ("so_ket", {"year": 2020, "span": "q4"})


def test_next_years_work_after_the_review(rec):
    r = rec("Khối thi đua số 4 tổng kết năm 2020\nNgày 15/1, Khối thi đua số 4 tỉnh Ninh Bình tổ chức hội nghị tổng kết "
            "công tác thi đua năm qua, triển khai nhiệm vụ năm 2021.")
    assert _m(r) == ("tong_ket", {"year": 2020, "span": "year"}, "2021-01-15")
    # (the year written with the review itself stays)
    r = rec("Ngày 15/1/2021, Khối thi đua số 4 tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác thi đua năm 2020, triển khai "
            "nhiệm vụ năm 2021.")
    assert _m(r)[:2] == ("tong_ket", {"year": 2020, "span": "year"})
    # (the work reviewed, no separator before it: its year)
    r = rec("Ngày 20/12/2020, Khối thi đua số 4 tỉnh Ninh Bình tổ chức hội nghị tổng kết thực hiện nhiệm vụ năm 2020.")
    assert _m(r)[:2] == ("tong_ket", {"year": 2020, "span": "year"})


def test_stretch_of_years_is_a_term(rec):
    for words in ("phong trào thi đua 5 năm (2016 - 2020)", "5 năm 2016-2020", "phong trào thi đua từ năm 2016 đến năm 2020"):
        r = rec(f"Ngày 16/12/2020, Cụm thi đua số 7 tỉnh Hòa Bình tổ chức hội nghị tổng kết {words}.")
        assert _m(r)[:2] == ("tong_ket", {"year": 2020, "span": "term"}), words
    r = rec("Kỷ niệm 10 năm thành lập Khối\n20/11/2020\nNgày 19/11, Khối thi đua các cơ quan Đảng tỉnh Hòa Bình tổ chức hội nghị "
            "tổng kết 10 năm thành lập Khối (2010-2020).")
    assert _m(r) == ("tong_ket", {"year": 2020, "span": "term"}, "2020-11-19")
    # (the next term's work after it is not the period)
    r = rec("Ngày 16/12/2020, Cụm thi đua số 7 tỉnh Hòa Bình tổ chức hội nghị tổng kết 5 năm (2016-2020), triển khai nhiệm vụ "
            "giai đoạn 2021-2025.")
    assert _m(r)[:2] == ("tong_ket", {"year": 2020, "span": "term"})
    # (a year and a later date are no stretch)
    r = rec("Ngày 16/12/2020, Cụm thi đua số 7 tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác thi đua năm 2020.")
    assert _m(r)[:2] == ("tong_ket", {"year": 2020, "span": "year"})


def test_school_year_with_a_slash(rec):
    r = rec("Chiều 26/6, Cụm thi đua số 2 tỉnh Kon Tum tổ chức hội nghị tổng kết công tác thi đua năm học 2019/2020.")
    assert _m(r) == ("tong_ket", {"year": 2020, "span": "term"}, "2020-06-26")


def test_other_names_of_parts_of_a_year(rec):
    r = rec("Ngày 15/7/2020, Cụm thi đua số 8 tỉnh Yên Bái tổ chức hội nghị sơ kết công tác thi đua nửa đầu năm 2020.")
    assert _m(r)[:2] == ("so_ket", {"year": 2020, "span": "h1"})
    r = rec("Ngày 15/10/2020, Cụm thi đua số 8 tỉnh Yên Bái tổ chức hội nghị sơ kết 3 quý đầu năm 2020.")
    assert _m(r)[:2] == ("so_ket", {"year": 2020, "span": "9m"})


def test_quarter_of_an_event_to_come_is_no_period(rec):
    r = rec("Cụm thi đua số 4 sơ kết công tác thi đua\nNgày đăng 21/11/2020\nSáng 19/11, Cụm thi đua số 4 tổ chức hội nghị sơ kết "
            "công tác thi đua, khen thưởng 10 tháng năm 2020. Giải bóng chuyền của Cụm sẽ diễn ra vào quý I/2021.")
    kind, period, date = _m(r)
    assert kind == "so_ket" and period is None and date == "2020-11-19"
    # (a part of the year told as done still gives it)
    r = rec("Sáng 19/7, Cụm thi đua số 4 tổ chức hội nghị sơ kết công tác thi đua. Quý II/2020, các đơn vị đã hoàn thành chỉ tiêu.")
    assert _m(r)[1] == {"year": 2020, "span": "q2"}


def test_another_meeting_told_as_held_does_not_make_the_kind(rec):
    r = rec("Ngày 18/2/2021, Khối thi đua các cơ quan văn hóa tổ chức Lễ ký kết giao ước thi đua năm 2021. Hội nghị tổng kết năm 2020 "
            "của Khối đã được tổ chức ngày 12/1/2021.")
    assert _m(r)[:2] == ("giao_uoc", {"year": 2021, "span": "year"})
    # (the meeting itself reviewing the year before still makes it a review)
    r = rec("Ngày 18/2/2021, Khối thi đua các cơ quan văn hóa tổ chức Lễ ký kết giao ước thi đua năm 2021. Hội nghị đã tổng kết "
            "công tác thi đua năm 2020.")
    assert _m(r)[:2] == ("tong_ket", {"year": 2020, "span": "year"})


def test_stated_choice_of_a_years_titles_over_a_review_in_the_body(rec):
    r = rec("Vừa qua, tại UBND huyện Mộc Châu, Cụm thi đua số 2 đã tổ chức hội nghị bình xét thi đua năm 2020. Trước đó, tại Hội "
            "nghị sơ kết 6 tháng đầu năm tổ chức ở Yên Châu, Cụm đã thống nhất tổ chức hội thao.")
    assert _m(r)[:2] == ("tong_ket", {"year": 2020, "span": "year"})


def test_venue_after_a_long_host_name(rec):
    r = rec("Sáng 15/7/2020, Cụm thi đua các ngân hàng thương mại tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2020. "
            "Hội nghị do Ngân hàng Thương mại cổ phần Công Thương Việt Nam chi nhánh Nam Định, Cụm trưởng tổ chức tại hội trường tầng 5.")
    assert r["meeting"]["venue"] == "hội trường tầng 5"
    # (an event the meeting agreed to hold there is no venue of it)
    r = rec("Sáng 15/7/2020, Cụm thi đua các ngân hàng thương mại tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2020. "
            "Hội nghị thống nhất giao Ngân hàng Thương mại cổ phần Công Thương Việt Nam chi nhánh Nam Định tổ chức tại hội trường tầng 5 "
            "giải bóng đá của Cụm.")
    assert r["meeting"]["venue"] is None


def test_compass_area_of_one_province(rec):
    for words in ("Đông sông Tiền tỉnh Tiền Giang", "Đông Bắc tỉnh Lạng Sơn", "Nam sông Hậu, tỉnh Hậu Giang"):
        r = rec(f"Ngày 12/01/2021, Cụm thi đua {words} tổ chức hội nghị tổng kết công tác thi đua năm 2020.")
        assert r["meeting"]["province"] == words.split("tỉnh ")[1], words
    # (a region of several provinces by its name, or the host after it, stays without a province)
    r = rec("Ngày 12/01/2021, Cụm thi đua Tây Nguyên, tỉnh Đắk Lắk tổ chức hội nghị tổng kết công tác thi đua năm 2020.")
    assert r["meeting"]["province"] is None
    r = rec("Ngày 12/01/2021, Cụm thi đua Đông sông Tiền, tỉnh Tiền Giang đăng cai tổ chức hội nghị tổng kết năm 2020.")
    assert r["meeting"]["province"] is None


def test_quarter_of_an_agreed_event_and_a_second_half_reviewed(rec):
    r = rec("Ngày đăng 21/11/2020\nSáng 19/11, Cụm thi đua số 4 tổ chức hội nghị sơ kết công tác thi đua 6 tháng cuối năm 2020. "
            "Hội nghị thống nhất giao tỉnh Hà Nam tổ chức hội thao của Cụm vào quý I/2021.")
    assert _m(r) == ("so_ket", None, "2020-11-19")
    # (the second half as the next step still gives the first half reviewed)
    r = rec("Ngày 10/7/2020, Cụm thi đua số 4 tổ chức hội nghị sơ kết công tác thi đua, triển khai nhiệm vụ 6 tháng cuối năm 2020.")
    assert _m(r)[1] == {"year": 2020, "span": "h1"}


# --- second round: the rules above narrowed where they misread ordinary text ---------------------------------------------

def test_work_reviewed_with_the_rest_is_no_next_step(rec):
    r = rec("Ngày 12/01/2023, tại Hội trường Bộ Chỉ huy Quân sự tỉnh Lai Châu, Cụm thi đua số 5 tổ chức Hội nghị tổng kết công tác "
            "Đảng, công tác chính trị và nhiệm vụ quân sự, quốc phòng năm 2022.")
    assert _m(r)[:2] == ("tong_ket", {"year": 2022, "span": "year"})
    r = rec("Ngày 12/01/2023, Khối thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng và nhiệm vụ năm 2022.")
    assert _m(r)[:2] == ("tong_ket", {"year": 2022, "span": "year"})
    # (after a span of the review's own, bare "nhiệm vụ" is still the next step)
    r = rec("Ngày 12/01/2023, Khối thi đua số 3 tổ chức hội nghị tổng kết công tác năm qua và nhiệm vụ năm 2023.")
    assert _m(r)[:2] == ("tong_ket", {"year": 2022, "span": "year"})


def test_a_movement_held_is_no_other_meeting_held(rec):
    r = rec("Ngày 9/01/2023, Khối thi đua các cơ quan Đảng tỉnh Điện Biên tổ chức Lễ ký kết giao ước thi đua năm 2023. Tại buổi lễ, "
            "Khối thi đua đã đánh giá kết quả công tác thi đua năm 2022, các phong trào thi đua được tổ chức rộng khắp, hiệu quả.")
    assert _m(r)[:2] == ("tong_ket", {"year": 2022, "span": "year"})


def test_agreeing_with_the_report_of_the_span_is_nothing_to_come(rec):
    r = rec("Cụm thi đua số 7 sơ kết công tác thi đua\nNgày 14/7, tại UBND huyện Mai Châu, Cụm thi đua số 7 tổ chức hội nghị sơ kết "
            "công tác thi đua, khen thưởng. Các đại biểu nhất trí cao với báo cáo kết quả công tác thi đua 6 tháng đầu năm 2022 của Cụm.")
    assert _m(r)[:2] == ("so_ket", {"year": 2022, "span": "h1"})
    r = rec("Ngày 14/7, Cụm thi đua số 7 tổ chức hội nghị sơ kết công tác thi đua. Hội nghị thống nhất đánh giá: trong 6 tháng đầu "
            "năm 2022, các đơn vị đã hoàn thành các chỉ tiêu.")
    assert _m(r)[:2] == ("so_ket", {"year": 2022, "span": "h1"})


def test_other_next_step_words_before_the_second_half(rec):
    for words in ("Hội nghị đề ra các giải pháp trọng tâm 6 tháng cuối năm 2022.",
                  "Hội nghị thống nhất các chỉ tiêu thi đua 6 tháng cuối năm 2022.",
                  "Cụm phát động đợt thi đua cao điểm 6 tháng cuối năm 2022."):
        r = rec(f"Ngày 14/7, tại UBND huyện Kỳ Sơn, Cụm thi đua số 7 tổ chức hội nghị sơ kết công tác thi đua, khen thưởng. {words}")
        assert _m(r)[:2] == ("so_ket", {"year": 2022, "span": "h1"}), words


def test_next_years_plan_gives_no_year_to_the_span(rec):
    r = rec("Ngày 14/10/2022, tại Sở Tư pháp tỉnh Thái Bình, Cụm thi đua số 6 tổ chức giao ban đánh giá kết quả 9 tháng, triển khai "
            "nhiệm vụ quý IV và xây dựng kế hoạch năm 2023. Báo cáo sơ kết cho thấy các đơn vị đã hoàn thành phần lớn chỉ tiêu.")
    assert _m(r)[:2] == ("so_ket", {"year": 2022, "span": "9m"})
    # (a year given to the next step's quarter stays; after a fourth quarter, the next year's)
    r = rec("Ngày 7/1/2023, Khối thi đua số 6 tổ chức hội nghị giao ban quý IV, triển khai nhiệm vụ năm 2023.")
    assert _m(r)[:2] == ("so_ket", {"year": 2022, "span": "q4"})


def test_past_ranking_or_mid_year_choice_is_no_year_review(rec):
    # (a ranking made before, told in passing; the meeting's date without its year)
    r = rec("Ngày 11/7, tại Sở Tài chính tỉnh Ninh Bình, Cụm thi đua số 2 tổ chức hội nghị giao ban, trao Cờ thi đua của UBND tỉnh "
            "cho đơn vị được suy tôn dẫn đầu năm 2021. Báo cáo sơ kết 6 tháng đầu năm 2022 cho thấy các đơn vị đã hoàn thành tốt "
            "nhiệm vụ.")
    assert _m(r)[:2] == ("so_ket", {"year": 2022, "span": "h1"})
    # (a half-year's results assessed beside the awards)
    r = rec("Cụm thi đua số 2 họp đánh giá kết quả 6 tháng đầu năm\nNgày 16/7, tại Sở Công Thương tỉnh Ninh Bình, Cụm thi đua số 2 "
            "tổ chức họp đánh giá kết quả thi đua 6 tháng đầu năm và xét khen thưởng đột xuất năm 2022 cho các tập thể. Theo báo cáo "
            "sơ kết, các đơn vị đã hoàn thành tốt các chỉ tiêu.")
    assert _m(r)[:2] == ("so_ket", {"year": 2022, "span": "h1"})
    # (the scoring criteria adopted; the meeting's date without its year)
    r = rec("Cụm thi đua số 2 tổ chức hội nghị\nNgày 21/3, tại Sở Công Thương tỉnh Ninh Bình, Cụm thi đua số 2 tổ chức hội nghị "
            "thống nhất bảng tiêu chí chấm điểm thi đua năm 2022. Hội nghị sơ kết 6 tháng đầu năm của Cụm sẽ do Sở Y tế đăng cai.")
    assert _m(r)[0] != "tong_ket" and _m(r)[1] is None
    # (a meeting dated before the year's end)
    r = rec("Cụm thi đua số 2 tổ chức hội nghị\nNgày 21/3/2022, Cụm thi đua số 2 tổ chức hội nghị xét khen thưởng thi đua năm 2022. "
            "Hội nghị sơ kết 6 tháng đầu năm của Cụm sẽ do Sở Y tế đăng cai.")
    assert _m(r)[0] != "tong_ket" and _m(r)[1] is None


def test_another_events_venue_after_the_host(rec):
    r = rec("Sáng 11/1/2023, Cụm thi đua số 8 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022. Hội nghị do Kho bạc "
            "Nhà nước tỉnh Yên Bái, Cụm trưởng chủ trì, đã biểu dương các đơn vị tích cực tham gia Hội thi do Cụm tổ chức tại Nhà văn "
            "hóa huyện Lục Yên.")
    assert r["meeting"]["venue"] is None


def test_half_of_a_school_year_is_its_term(rec):
    r = rec("Ngày 18/1/2023, tại Trường THPT Nguyễn Trãi, Cụm thi đua số 5 các trường THPT tỉnh Nghệ An tổ chức hội nghị sơ kết công "
            "tác thi đua nửa đầu năm học 2022 - 2023.")
    assert _m(r)[:2] == ("so_ket", {"year": 2023, "span": "term"})
