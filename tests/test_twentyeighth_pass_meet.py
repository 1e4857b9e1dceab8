"""Twenty-eighth pass: the meeting's place, time and date where a side event, a plan or a minutes' field stands beside it."""


def test_meeting_after_a_side_event_the_same_day(rec):
    # the side event's sentence first, dated; the meeting's sentence goes on "Chiều cùng ngày": its place and part of the day
    r = rec("Sáng 12/8, tại Nhà thi đấu thị xã Quảng Yên, Cụm thi đua số 5 tỉnh Quảng Ninh tổ chức giải cầu lông giao hữu. "
            "Chiều cùng ngày, Cụm thi đua tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024 tại hội trường Thị ủy Quảng Yên.")
    m = r["meeting"]
    assert m["venue"] == "hội trường Thị ủy Quảng Yên"
    assert m["time_of_day"] == "chieu"
    assert m["date"] == "2024-08-12"


def test_meeting_right_after_an_inauguration(rec):
    r = rec("Ngày 23/7, tại UBND xã Tân Lập, Khối thi đua các xã huyện Đồng Phú khánh thành nhà văn hóa ấp 3. "
            "Ngay sau lễ khánh thành, Khối tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024 tại Hội trường Huyện ủy Đồng Phú.")
    m = r["meeting"]
    assert m["venue"] == "Hội trường Huyện ủy Đồng Phú"
    assert m["date"] == "2024-07-23"
    assert m["time_of_day"] is None


def test_meeting_stated_first_keeps_its_sentence(rec):
    # the dated sentence states the meeting itself: a second session "Chiều cùng ngày" does not take its place
    r = rec("Sáng 12/8, Cụm thi đua số 5 tỉnh Quảng Ninh tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024 tại hội trường "
            "Thị ủy Quảng Yên. Chiều cùng ngày, Cụm tổ chức lễ ký kết giao ước thi đua tại Nhà văn hóa phường Yên Giang.")
    m = r["meeting"]
    assert m["venue"] == "hội trường Thị ủy Quảng Yên"
    assert m["time_of_day"] == "sang"


def test_place_written_before_the_meeting_in_a_later_sentence(rec):
    # the meeting's sentence has no "tại": the later sentence that places the meeting, its place first
    r = rec("Ngày 18/01/2025, Cụm thi đua số 6 tỉnh Thái Bình tổ chức giao lưu văn nghệ và hội nghị tổng kết công tác thi đua năm 2024. "
            "Buổi chiều, tại hội trường Sở Nội vụ diễn ra hội nghị tổng kết.")
    assert r["meeting"]["venue"] == "hội trường Sở Nội vụ"
    r = rec("Ngày 18/01/2025, Cụm thi đua số 6 tỉnh Thái Bình tổ chức giao lưu văn nghệ và hội nghị tổng kết công tác thi đua năm 2024. "
            "Tại hội trường Sở Nội vụ, hội nghị tổng kết đã diễn ra.")
    assert r["meeting"]["venue"] == "hội trường Sở Nội vụ"
    # (not a sentence on what was said at the meeting)
    r = rec("Ngày 18/01/2025, Cụm thi đua số 6 tỉnh Thái Bình tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
            "Tại hội nghị, các đơn vị đã tổ chức hội nghị chuyên đề.")
    assert r["meeting"]["venue"] is None


def test_a_planned_events_place_is_no_venue_or_province(rec):
    r = rec("Ngày 14/10/2023, Cụm thi đua số 4 tổ chức Hội nghị sơ kết 9 tháng năm 2023. "
            "Hội nghị thống nhất tổ chức giải bóng chuyền vào quý IV tại tỉnh Quảng Ngãi.")
    assert r["meeting"]["venue"] is None
    assert r["meeting"]["province"] is None
    r = rec("Ngày 14/10/2023, Cụm thi đua số 4 tổ chức Hội nghị sơ kết 9 tháng năm 2023. "
            "Hội nghị đã nhất trí tổ chức hội thao vào tháng 12/2023 tại thành phố Hội An.")
    assert r["meeting"]["province"] is None
    # (the meeting itself placed there still gives both)
    r = rec("Ngày 14/10/2023, Cụm thi đua số 4 tổ chức Hội nghị sơ kết 9 tháng năm 2023. Hội nghị được tổ chức tại tỉnh Quảng Ngãi.")
    assert r["meeting"]["venue"] == "tỉnh Quảng Ngãi"
    assert r["meeting"]["province"] == "Quảng Ngãi"


def test_numbered_cluster_of_a_national_body_has_no_province(rec):
    r = rec("Ngày 15/11/2023, Cụm thi đua số 4 của Kiểm toán Nhà nước tổ chức Hội nghị sơ kết năm 2023 tại thành phố Cần Thơ.")
    assert r["meeting"]["province"] is None
    r = rec("Ngày 22/12/2023, Cụm thi đua số 6 thuộc Viện kiểm sát nhân dân tối cao tổ chức hội nghị tổng kết năm 2023 "
            "tại Viện kiểm sát nhân dân tỉnh Gia Lai.")
    assert r["meeting"]["province"] is None
    # (one province's unit of the system: its province)
    r = rec("Ngày 22/12/2023, Cụm thi đua số 6 thuộc Viện kiểm sát nhân dân tỉnh Gia Lai tổ chức hội nghị tổng kết năm 2023.")
    assert r["meeting"]["province"] == "Gia Lai"


def test_venue_room_and_unit_before_an_address_in_brackets(rec):
    r = rec("Sáng 15-7-2025, Khối thi đua các cơ quan nội chính tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 tại phòng họp tầng 4, "
            "Sở Tư pháp (số 12 Lê Lợi).")
    assert r["meeting"]["venue"] == "phòng họp tầng 4, Sở Tư pháp"
    # (a role note in brackets still gives the unit its role)
    r = rec("Sáng 15-7-2025, Khối thi đua các cơ quan nội chính tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 tại phòng họp số 3, "
            "Sở Tư pháp (Khối trưởng).")
    assert r["cluster"]["chair"]["organization"] == "Sở Tư pháp"


def test_minutes_numbered_time_field_dates_the_meeting(rec):
    r = rec("Hội nghị sơ kết 6 tháng đầu năm 2024 Khối thi đua các sở, ngành kinh tế tỉnh Quảng Trị\n"
            "1. Thời gian: Bắt đầu từ 8 giờ 30, ngày 12 tháng 7 năm 2024.\n"
            "2. Địa điểm: Hội trường tầng 2, Sở Công Thương.")
    assert r["meeting"]["date"] == "2024-07-12"
    # (a campaign's span of time is no meeting's date)
    r = rec("Hội nghị sơ kết 6 tháng đầu năm 2024 Khối thi đua các sở, ngành kinh tế tỉnh Quảng Trị\n"
            "1. Thời gian: Từ ngày 01/3/2024 đến ngày 30/6/2024.\n"
            "2. Nội dung: thi đua hoàn thành kế hoạch.")
    assert r["meeting"]["date"] is None


def test_minutes_time_field_under_the_documents_header(rec):
    r = rec("Biên bản Hội nghị sơ kết 6 tháng đầu năm 2024 Khối thi đua các sở, ngành kinh tế tỉnh Quảng Trị\n\n"
            "KHỐI THI ĐUA CÁC SỞ, NGÀNH KINH TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Quảng Trị, ngày 16 tháng 7 năm 2024\n\nBIÊN BẢN\nHội nghị sơ kết 6 tháng đầu năm 2024\n\n"
            "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN\n1. Thời gian: Bắt đầu từ 8 giờ 30, ngày 12 tháng 7 năm 2024.\n"
            "2. Địa điểm: Hội trường tầng 2, Sở Công Thương.\n3. Thành phần: đại diện lãnh đạo 7 đơn vị thành viên.")
    assert r["meeting"]["date"] == "2024-07-12"
    assert r["published"] is None


def test_a_documents_place_and_date_of_issue_is_not_published(rec):
    r = rec("Thông báo kết luận Hội nghị tổng kết năm 2023 Cụm thi đua các trường Trung cấp\n"
            "Thanh Hóa, ngày 22 tháng 12 năm 2023\n"
            "Sáng ngày 19/12/2023, Cụm thi đua các trường Trung cấp tổ chức Hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["published"] is None
    # (a weekday and the date under the headline is the page's date)
    r = rec("Thông báo kết luận Hội nghị tổng kết năm 2023 Cụm thi đua các trường Trung cấp\n"
            "Thứ Sáu, ngày 22 tháng 12 năm 2023\n"
            "Sáng ngày 19/12/2023, Cụm thi đua các trường Trung cấp tổ chức Hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["published"] == "2023-12-22"
    # (under a news headline, the place and date line is the page's)
    r = rec("Tòa án hai cấp tỉnh Thanh Hóa tổng kết Cụm thi đua các Tòa án cấp huyện\n"
            "Thanh Hóa, ngày 22 tháng 12 năm 2023\n"
            "Sáng ngày 19/12/2023, Cụm thi đua số III các Tòa án nhân dân cấp huyện tổ chức Hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["published"] == "2023-12-22"


# --- second round: where the rules above must not fire

def test_sequel_after_a_span_of_days_or_a_later_step_has_no_date(rec):
    # "Sau đó" after a span of days: the meeting's day is not the span's first day
    r = rec("Từ ngày 3/12 đến ngày 8/12/2023, Khối thi đua các huyện miền núi tỉnh Lào Cai đã tổ chức kiểm tra chéo tại các đơn vị "
            "thành viên. Sau đó, Khối thi đua tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 tại UBND huyện Bảo Thắng.")
    assert r["meeting"]["date"] is None
    assert r["meeting"]["venue"] == "UBND huyện Bảo Thắng"
    # ("Tiếp theo", "Sau đó" after one dated event: not said to be the same day)
    r = rec("Ngày 18/12/2023, Khối thi đua các huyện miền núi tỉnh Lào Cai kiểm tra chéo tại các đơn vị thành viên. "
            "Tiếp theo, Khối thi đua tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 tại UBND huyện Bảo Thắng.")
    assert r["meeting"]["date"] is None
    # ("Ngay sau đó" ties it to that day)
    r = rec("Ngày 18/12/2023, Khối thi đua các huyện miền núi tỉnh Lào Cai kiểm tra chéo tại các đơn vị thành viên. "
            "Ngay sau đó, Khối thi đua tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 tại UBND huyện Bảo Thắng.")
    assert r["meeting"]["date"] == "2023-12-18"


def test_sequel_in_the_review_does_not_outscore_an_undated_lead(rec):
    r = rec("Cụm thi đua số 7 tổng kết công tác thi đua, khen thưởng năm 2023\n\n"
            "Vừa qua, Cụm thi đua số 7 tỉnh Bình Định tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 tại UBND huyện "
            "Tuy Phước.\n\nNăm 2023, các đơn vị trong Cụm đã hoàn thành tốt nhiệm vụ. Ngày 20/3/2023, Cụm thi đua số 7 phát động "
            "phong trào thi đua lao động sáng tạo. Tiếp đó, Cụm tổ chức hội nghị tập huấn nghiệp vụ thi đua, khen thưởng tại thị xã "
            "An Nhơn.")
    assert r["meeting"]["venue"] == "UBND huyện Tuy Phước"
    assert r["meeting"]["date"] is None
    # (the dated sentence before the sequel a long one)
    r = rec("Cụm thi đua số 7 tổng kết công tác thi đua, khen thưởng năm 2023\n\n"
            "Vừa qua, Cụm thi đua số 7 tỉnh Bình Định tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 tại UBND huyện "
            "Tuy Phước.\n\nNăm 2023, các đơn vị trong Cụm đã hoàn thành tốt nhiệm vụ. Ngày 20/3/2023, Cụm thi đua số 7 phát động "
            "phong trào thi đua lao động sáng tạo chào mừng kỷ niệm 48 năm Ngày giải phóng tỉnh. Tiếp đó, Cụm tổ chức hội nghị tập "
            "huấn nghiệp vụ thi đua, khen thưởng tại thị xã An Nhơn.")
    assert r["meeting"]["venue"] == "UBND huyện Tuy Phước"
    assert r["meeting"]["date"] is None


def test_numbered_time_field_of_another_activity_in_a_plan(rec):
    r = rec("Kế hoạch tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024 Khối thi đua các huyện tỉnh Yên Bái\n\n"
            "I. HỘI THAO\n1. Thời gian: ngày 12/6/2024.\n2. Địa điểm: tại Nhà thi đấu huyện Văn Yên.\n"
            "II. HỘI NGHỊ SƠ KẾT\n1. Thời gian: 14h00 ngày 28/6/2024.\n2. Địa điểm: Hội trường UBND huyện Trấn Yên.")
    assert r["meeting"]["date"] == "2024-06-28"
    r = rec("Kế hoạch tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024 Khối thi đua các huyện tỉnh Yên Bái\n\n"
            "I. HỘI THAO\n1. Thời gian: ngày 12/6/2024.\n2. Địa điểm: tại Nhà thi đấu huyện Văn Yên.")
    assert r["meeting"]["date"] is None


def test_numbered_item_agreed_is_no_label_of_the_meeting(rec):
    r = rec("Khối thi đua số 4 tổng kết công tác thi đua, khen thưởng năm 2023\n\n"
            "Vừa qua, Khối thi đua số 4 tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 và thống nhất một "
            "số nội dung năm 2024 như sau:\n1. Tổ chức hội diễn:\n- Thời gian: ngày 15/4/2024.\n"
            "- Địa điểm: tại Nhà văn hóa huyện Thanh Ba.\n2. Ký kết giao ước thi đua năm 2024 tại hội nghị.")
    assert r["meeting"]["date"] is None
    assert r["meeting"]["venue"] is None


def test_another_hoi_nghi_placed_first_is_not_the_meetings_place(rec):
    lead = ("Ngày 12/7/2024, Khối thi đua số 3 tỉnh Hà Giang tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm "
            "2024. Trong 6 tháng đầu năm, các đơn vị trong Khối đã triển khai nhiều phong trào thi đua. ")
    r = rec(lead + "Tại huyện Bắc Quang đã tổ chức hội nghị điển hình tiên tiến giai đoạn 2020 - 2025. Các đơn vị hoàn thành tốt nhiệm vụ.")
    assert r["meeting"]["venue"] is None
    r = rec(lead + "Tại huyện Vị Xuyên, hội nghị biểu dương người tốt việc tốt đã được tổ chức trang trọng. Các đơn vị hoàn thành tốt "
            "nhiệm vụ.")
    assert r["meeting"]["venue"] is None
    # (the meeting itself, placed first, still gives its place)
    r = rec(lead + "Tại huyện Vị Xuyên, hội nghị sơ kết đã được tổ chức trang trọng.")
    assert r["meeting"]["venue"] == "huyện Vị Xuyên"


def test_a_sentence_placing_no_venue_does_not_stop_the_search(rec):
    r = rec("Ngày 9/7/2024, Cụm thi đua số 6 tỉnh Sơn La tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024. "
            "Các đơn vị báo cáo kết quả. Hội nghị diễn ra tại đây trong không khí phấn khởi. "
            "Hội nghị được tổ chức tại Hội trường UBND huyện Mộc Châu.")
    assert r["meeting"]["venue"] == "Hội trường UBND huyện Mộc Châu"
