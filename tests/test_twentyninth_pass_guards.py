"""Twenty-ninth pass, third round: the pass's rules narrowed where ordinary text misread them (invented examples)."""


def _m(r):
    m = r["meeting"]
    return m["kind"], m["period"]


def _roles(r, name):
    return next(p["roles"] for p in r["people"] if p["name"] == name)


# 1. a plan reviewed with the rest is no next step; the single year is the one reviewed
def test_plan_reviewed_with_the_targets_is_no_next_step(rec):
    r = rec("Khối thi đua số 6 tổng kết công tác thi đua\n\nNgày 14/1/2022, tại Sở Nội vụ, Khối thi đua số 6 tổ chức hội nghị "
            "tổng kết, đánh giá kết quả thực hiện các chỉ tiêu, kế hoạch năm 2021.")
    assert _m(r) == ("tong_ket", {"year": 2021, "span": "year"})
    r = rec("Khối thi đua số 6 tổng kết năm 2021\n\nNgày 14/1/2022, tại Sở Nội vụ, Khối thi đua số 6 tổ chức hội nghị "
            "tổng kết việc thực hiện nhiệm vụ chuyên môn, kế hoạch công tác năm 2021.")
    assert _m(r) == ("tong_ket", {"year": 2021, "span": "year"})
    r = rec("Ngày 14/1/2022, tại Sở Nội vụ, Khối thi đua số 6 tổ chức hội nghị tổng kết việc thực hiện Quy chế và Kế hoạch "
            "hoạt động năm 2021 của Khối.")
    assert _m(r) == ("tong_ket", {"year": 2021, "span": "year"})
    r = rec("Ngày 14/1/2022, tại Sở Nội vụ, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng, "
            "triển khai Luật Thi đua, khen thưởng năm 2021.")
    assert _m(r) == ("tong_ket", {"year": 2021, "span": "year"})
    # (the next step with its verb still gives the year before)
    r = rec("Ngày 14/1/2022, tại Sở Nội vụ, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, xây dựng kế hoạch "
            "năm 2022.")
    assert _m(r) == ("tong_ket", {"year": 2021, "span": "year"})
    r = rec("Ngày 14/1/2022, tại Sở Nội vụ, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, triển khai "
            "phong trào thi đua năm 2022.")
    assert _m(r) == ("tong_ket", {"year": 2021, "span": "year"})


# 2-3. a qualified part of the cluster changing is no membership count
def test_qualified_part_of_the_cluster_changing_is_no_member_count(rec):
    r = rec("Cụm thi đua số 9 tổng kết năm 2022\n\nNgày 11/1/2023, tại Sở Giao thông vận tải, Cụm thi đua số 9 tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2022. So với năm 2021, số đơn vị hoàn thành xuất sắc nhiệm vụ trong Cụm tăng từ 2 "
            "lên 4 đơn vị.")
    assert r["cluster"]["member_count"] is None
    r = rec("Cụm thi đua số 9 tổng kết năm 2022\n\nNgày 11/1/2023, tại Sở Giao thông vận tải, Cụm thi đua số 9 tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2022. Đến nay, số đơn vị đạt chuẩn an toàn của Cụm đã tăng từ 5 lên 7 đơn vị.")
    assert r["cluster"]["member_count"] is None
    # (the cluster itself the subject still counts its members)
    r = rec("Cụm thi đua số 9 tổng kết năm 2022\n\nNgày 11/1/2023, tại Sở Giao thông vận tải, Cụm thi đua số 9 tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2022. Năm 2022, Cụm đã tăng từ 9 lên 11 đơn vị.")
    assert r["cluster"]["member_count"] == 11


# 4-6. "đón nhận" of an earlier time shows nobody at this meeting
def test_welcoming_an_award_at_an_earlier_time_is_no_attendance(rec):
    head = ("Khối thi đua số 2 tổng kết năm 2023\n\nNgày 12/1/2024, tại Sở Công Thương, Khối thi đua số 2 tổ chức hội nghị "
            "tổng kết công tác thi đua, khen thưởng năm 2023. ")
    r = rec(head + "Trước đó, ngày 18/12/2023, ông Đinh Quang Vũ, Giám đốc Sở Công Thương thay mặt Sở đón nhận Cờ thi đua "
            "của Chính phủ.")
    assert _roles(r, "Đinh Quang Vũ") == []
    r = rec(head + "Trong phong trào thi đua, nhiều gương điển hình đã xuất hiện, như bác sĩ Mai Thanh Tùng của Trung tâm Y tế "
            "huyện đã ba lần đón nhận Bằng khen của Bộ trưởng.")
    assert _roles(r, "Mai Thanh Tùng") == []
    r = rec(head + "Nhiều gương điển hình đã được biểu dương. Được biết, năm 2021, bà Vũ Thị Lan, giáo viên Trường THPT "
            "chuyên tỉnh, đã đón nhận danh hiệu Nhà giáo Ưu tú.")
    assert _roles(r, "Vũ Thị Lan") == []
    # (at this meeting it still shows the person acting)
    r = rec(head + "Tại hội nghị, ông Đinh Quang Vũ, Giám đốc Sở Công Thương đón nhận Cờ thi đua của UBND tỉnh năm 2023.")
    assert _roles(r, "Đinh Quang Vũ") == ["attended"]


# 7. the results achieved in a span are reviewed, not to come
def test_results_achieved_in_a_span_after_a_plan_word_are_reviewed(rec):
    r = rec("Cụm thi đua số 8 sơ kết công tác thi đua\n\nNgày 12/7, tại Sở Tài nguyên và Môi trường, Cụm thi đua số 8 tổ chức "
            "hội nghị sơ kết công tác thi đua, khen thưởng. Các đơn vị trong Cụm sẽ tiếp tục phát huy những kết quả đã đạt được "
            "trong 6 tháng đầu năm 2022.")
    assert _m(r) == ("so_ket", {"year": 2022, "span": "h1"})
    # (an event to come is still no span reviewed)
    r = rec("Cụm thi đua số 8 sơ kết công tác thi đua\n\nNgày 12/11, tại Sở Tài nguyên và Môi trường, Cụm thi đua số 8 tổ chức "
            "hội nghị sơ kết công tác thi đua, khen thưởng. Hội thi văn nghệ của Cụm sẽ diễn ra vào quý I/2023.")
    assert _m(r) == ("so_ket", None)


# 8. the meeting noun told as held with no time of its own is the meeting reported
def test_meeting_told_as_held_without_its_own_time_is_this_meeting(rec):
    r = rec("Cụm thi đua số 4 ký kết giao ước thi đua năm 2023\n\nNgày 6/1/2023, tại Sở Khoa học và Công nghệ, Cụm thi đua số 4 "
            "tổ chức ký kết giao ước thi đua năm 2023. Hội nghị tổng kết năm 2022 của Cụm đã diễn ra trong không khí đoàn kết. "
            "Đồng chí Hồ Minh Tâm, Giám đốc Sở Khoa học và Công nghệ, Cụm trưởng chủ trì hội nghị.")
    assert _m(r) == ("tong_ket", {"year": 2022, "span": "year"})
    r = rec("Ngày 6/1/2023, tại Sở Khoa học và Công nghệ, Cụm thi đua số 4 tổ chức ký kết giao ước thi đua năm 2023. Hội nghị "
            "tổng kết công tác thi đua năm 2022 của Cụm được tổ chức cùng ngày với sự tham dự của lãnh đạo 9 sở thành viên.")
    assert _m(r) == ("tong_ket", {"year": 2022, "span": "year"})
    # (with a day of its own it is another meeting)
    r = rec("Ngày 6/3/2023, tại Sở Khoa học và Công nghệ, Cụm thi đua số 4 tổ chức ký kết giao ước thi đua năm 2023. Hội nghị "
            "tổng kết năm 2022 của Cụm đã diễn ra ngày 9/1/2023.")
    assert _m(r) == ("giao_uoc", {"year": 2023, "span": "year"})


# --- fourth round: the third round's guards narrowed where ordinary text misread them ---

def _cl(r):
    return r["cluster"]["member_count"]


# 1. "hồi" before a clock time is the hour of the day, no earlier time
def test_clock_time_after_hoi_is_no_earlier_time(rec):
    r = rec("Ngày 12/1/2023, Khối thi đua các cơ quan Mặt trận tỉnh Yên Bái tổ chức ký kết giao ước thi đua năm 2023. Hội nghị "
            "tổng kết công tác thi đua năm 2022 của Khối diễn ra vào hồi 14 giờ cùng ngày tại Nhà văn hóa tỉnh.")
    assert _m(r) == ("tong_ket", {"year": 2022, "span": "year"})
    # (an earlier month after "hồi" is still another meeting's time)
    r = rec("Ngày 12/3/2023, Khối thi đua các cơ quan Mặt trận tỉnh Yên Bái tổ chức ký kết giao ước thi đua năm 2023. Hội nghị "
            "tổng kết công tác thi đua năm 2022 của Khối đã diễn ra hồi tháng 1.")
    assert _m(r) == ("giao_uoc", {"year": 2023, "span": "year"})


# 2. a span reviewed in a later clause is no time of the meeting's own
def test_reviewed_span_after_the_held_clause_is_not_its_time(rec):
    r = rec("Ngày 12/1/2023, Khối thi đua các cơ quan Mặt trận tỉnh Yên Bái tổ chức ký kết giao ước thi đua năm 2023. Hội nghị "
            "tổng kết công tác thi đua năm 2022 của Khối đã diễn ra trang trọng, đánh giá kết quả từ tháng 12/2021 đến tháng "
            "11/2022.")
    assert _m(r) == ("tong_ket", {"year": 2022, "span": "year"})


# 3. the achievements of a span carried on are reviewed, not to come
def test_achievements_of_a_span_carried_on_are_reviewed(rec):
    r = rec("Cụm thi đua số 6 sơ kết công tác thi đua\n\nNgày 15/7/2022, Cụm thi đua số 6 tỉnh Phú Yên tổ chức Hội nghị sơ kết "
            "công tác thi đua, khen thưởng. Thời gian tới, các sở trong Cụm sẽ tiếp tục phát huy những thành tích của 6 tháng "
            "đầu năm 2022.")
    assert _m(r) == ("so_ket", {"year": 2022, "span": "h1"})


# 4-5. a count qualified between "số" and the verb is not the membership
def test_qualified_count_rising_is_no_member_count(rec):
    head = ("Cụm thi đua số 9 tổng kết năm 2022\n\nNgày 6/1/2023, Cụm thi đua số 9 tỉnh Bình Định tổ chức Hội nghị tổng kết "
            "công tác thi đua, khen thưởng năm 2022. ")
    for tail in ("Năm 2022, số đơn vị đạt danh hiệu tập thể lao động xuất sắc trong toàn Cụm tăng từ 4 lên 7 đơn vị.",
                 "Năm 2022, số đơn vị hoàn thành xuất sắc nhiệm vụ tại Khối tăng từ 2 lên 6 đơn vị.",
                 "Năm 2022, số đề tài khoa học của các đơn vị toàn Cụm tăng từ 30 lên 41."):
        assert _cl(rec(head + tail)) is None
    # (the cluster itself the subject still counts)
    assert _cl(rec(head + "Sau khi sắp xếp, Cụm thi đua số 9 tăng từ 7 lên 10 đơn vị.")) == 10


# 6-7. a year in a cluster-role title is no earlier time
def test_year_in_a_role_title_does_not_block_taking_the_flag(rec):
    head = ("Cụm thi đua số 3 tổng kết năm 2022\n\nSáng 11/1/2023, Cụm thi đua số 3 tỉnh Quảng Trị tổ chức Hội nghị tổng kết "
            "công tác thi đua, khen thưởng năm 2022. ")
    r = rec(head + "Thay mặt đơn vị Cụm trưởng năm 2023, đồng chí Phan Thanh Hải, Giám đốc Sở Y tế đón nhận Cờ luân lưu và "
            "ký giao ước thi đua cùng các đơn vị.")
    assert _roles(r, "Phan Thanh Hải") == ["attended"]
    r = rec(head + "Ông Võ Đức Thịnh, Giám đốc Sở Nội vụ, đơn vị Khối trưởng năm 2023 đón nhận Cờ luân lưu.")
    assert _roles(r, "Võ Đức Thịnh") == ["attended"]
    # (a year opening a clause still tells an earlier time)
    r = rec(head + "Được biết, năm 2019, ông Võ Đức Thịnh, Giám đốc Sở Nội vụ đã đón nhận Huân chương Lao động hạng Ba.")
    assert _roles(r, "Võ Đức Thịnh") == []


# 8. a year or a month after the object taken tells an earlier honour
def test_year_after_the_honour_taken_is_an_earlier_honour(rec):
    head = ("Cụm thi đua số 3 tổng kết năm 2022\n\nSáng 11/1/2023, Cụm thi đua số 3 tỉnh Quảng Trị tổ chức Hội nghị tổng kết "
            "công tác thi đua, khen thưởng năm 2022. ")
    r = rec(head + "Bà Ngô Thị Hạnh, Giám đốc Sở Lao động đã đón nhận Huân chương Lao động hạng Nhì năm 2018.")
    assert _roles(r, "Ngô Thị Hạnh") == []
    r = rec(head + "Bà Ngô Thị Hạnh, Giám đốc Sở Lao động đã đón nhận Bằng khen tại Hội nghị của Bộ vào tháng 11/2021.")
    assert _roles(r, "Ngô Thị Hạnh") == []
    # (at this meeting, or of the year reviewed, it is taken here)
    r = rec(head + "Tại hội nghị này, bà Ngô Thị Hạnh, Giám đốc Sở Lao động đón nhận Bằng khen năm 2018.")
    assert _roles(r, "Ngô Thị Hạnh") == ["attended"]
    r = rec(head + "Bà Ngô Thị Hạnh, Giám đốc Sở Lao động đón nhận Cờ thi đua của UBND tỉnh năm 2022.")
    assert _roles(r, "Ngô Thị Hạnh") == ["attended"]


# 9. movements launched in the year reviewed by the meeting's date are not the next step
def test_movements_of_the_reviewed_year_are_not_the_next_step(rec):
    r = rec("Ngày 12/1/2023, Cụm thi đua số 8 tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng, triển khai "
            "các phong trào thi đua năm 2022.")
    assert _m(r) == ("tong_ket", {"year": 2022, "span": "year"})
    r = rec("Ngày 12/1/2023, Cụm thi đua số 8 tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng, triển khai "
            "các phong trào thi đua năm 2023.")
    assert _m(r) == ("tong_ket", {"year": 2022, "span": "year"})
