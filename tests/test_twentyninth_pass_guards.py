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
