"""The thirty-fifth pass's meeting and cluster-name rules (VEN-1..3, ROT-2, ORD-1 of the review): the part of the day before
yesterday or a weekday, the venue of a hybrid meeting, a venue named by the chair's role, the venue of a passive hosting
clause, an unnumbered cluster of communes named with its district or city. Examples written for these tests."""

REVIEW = "tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024"
BLOC = "Khối thi đua số 2 tỉnh Yên Bái " + REVIEW


def meeting(r: dict) -> dict:
    return r["meeting"]


# VEN-1: Sáng / Chiều / Tối before "qua", "hôm qua" or a weekday, no number of a date: the part of the day, the date null
def test_part_of_day_before_yesterday_or_a_weekday(rec):
    for opener, tod in (("Chiều qua", "chieu"), ("Tối hôm qua", "toi"), ("Sáng thứ Ba", "sang"),
                        ("Chiều thứ 5 vừa qua", "chieu"), ("Vào sáng Chủ nhật", "sang")):
        r = rec(f"{opener}, tại Hội trường Sở Tư pháp, {BLOC}.")
        assert meeting(r)["time_of_day"] == tod, opener
        assert meeting(r)["date"] is None, opener
    r = rec(f"{BLOC} tại Hội trường Sở Tư pháp vào chiều thứ Tư tuần qua.")
    assert meeting(r)["time_of_day"] == "chieu"


def test_part_of_day_of_another_event_or_of_light_is_not_the_meetings(rec):
    # (another event's evening in a later sentence; "ánh sáng qua", the noun; a date of its own still read with it)
    r = rec(f"{BLOC} tại Hội trường Sở Tư pháp. Tối qua, các đơn vị đã giao lưu văn nghệ.")
    assert meeting(r)["time_of_day"] is None
    r = rec(f"{BLOC}, soi chiếu dưới ánh sáng qua từng tiêu chí của Quy chế.")
    assert meeting(r)["time_of_day"] is None
    r = rec(f"{BLOC}; tối thứ Bảy, các đoàn viên sẽ tham gia đêm văn nghệ.")
    assert meeting(r)["time_of_day"] is None
    r = rec(f"Chiều thứ Sáu (13/12), {BLOC}.")
    assert (meeting(r)["time_of_day"], meeting(r)["date"]) == ("chieu", "2024-12-13")


# VEN-2: a hybrid meeting's venue ends before its online part
def test_venue_ends_before_the_online_part_of_a_hybrid_meeting(rec):
    for tail in ("và trực tuyến tới các điểm cầu của 7 đơn vị", "kết hợp trực tuyến đến các đơn vị thành viên",
                 "kết hợp với hình thức trực tuyến", "và hình thức trực tuyến với các huyện"):
        r = rec(f"Ngày 12/12/2024, {BLOC} theo hình thức trực tiếp tại Hội trường Trung tâm Y tế huyện Văn Yên {tail}.")
        assert meeting(r)["venue"] == "Hội trường Trung tâm Y tế huyện Văn Yên", tail


def test_online_words_inside_a_places_name_stay(rec):
    # (a room or centre named for its online links: no "và / kết hợp" before "trực tuyến")
    r = rec(f"Ngày 12/12/2024, {BLOC} tại Phòng họp trực tuyến và Truyền hình Sở Khoa học.")
    assert meeting(r)["venue"] == "Phòng họp trực tuyến và Truyền hình Sở Khoa học"
    r = rec(f"Ngày 12/12/2024, {BLOC} tại Trung tâm Giám sát và Điều hành trực tuyến tỉnh.")
    assert meeting(r)["venue"] == "Trung tâm Giám sát và Điều hành trực tuyến tỉnh"


# VEN-3: a venue named by the chair's role alone keeps the role's words (the words after "tại"); no unit, so no chair
def test_venue_named_by_the_chairs_role_alone(rec):
    for place in ("trụ sở đơn vị Cụm trưởng", "hội trường đơn vị Khối trưởng", "phòng họp Trưởng khối"):
        r = rec(f"Ngày 12/12/2024, {BLOC} tại {place}.")
        assert meeting(r)["venue"] == place
        assert r["cluster"]["chair"] is None
    r = rec(f"Ngày 12/12/2024, {BLOC} tại trụ sở đơn vị Trưởng khối, với sự tham dự của đại diện Sở Nội vụ.")
    assert meeting(r)["venue"] == "trụ sở đơn vị Trưởng khối"


def test_a_named_unit_before_the_role_is_still_a_role_note(rec):
    r = rec(f"Ngày 12/12/2024, {BLOC} tại Hội trường Sở Xây dựng - Khối trưởng.")
    assert meeting(r)["venue"] == "Hội trường Sở Xây dựng"
    assert r["cluster"]["chair"]["organization"] == "Sở Xây dựng"
    r = rec(f"Ngày 12/12/2024, {BLOC} tại Sở Xây dựng đơn vị Khối trưởng.")
    assert meeting(r)["venue"] == "Sở Xây dựng"
    # (a role note in brackets after a bare room is still a note: the contract drops it)
    r = rec(f"Ngày 12/12/2024, {BLOC} tại hội trường (Khối trưởng).")
    assert meeting(r)["venue"] == "hội trường"


# ROT-2: the passive hosting clause "Hội nghị do X đăng cai tại Y" places the meeting
def test_passive_hosting_clause_places_the_meeting(rec):
    r = rec(f"Ngày 8/1/2025, {BLOC}. Hội nghị do Liên đoàn Lao động tỉnh đăng cai tại Nhà văn hóa Lao động tỉnh.")
    assert meeting(r)["venue"] == "Nhà văn hóa Lao động tỉnh"
    r = rec(f"Ngày 8/1/2025, {BLOC}. Hội nghị do Tỉnh đoàn, Phó Khối trưởng, đăng cai tại Hội trường Tỉnh đoàn.")
    assert meeting(r)["venue"] == "Hội trường Tỉnh đoàn"


def test_the_next_meetings_host_places_nothing(rec):
    r = rec(f"Ngày 8/1/2025, {BLOC}. Hội nghị lần sau do Hội Cựu chiến binh tỉnh đăng cai tại xã Mường Lai.")
    assert meeting(r)["venue"] is None
    r = rec(f"Ngày 8/1/2025, {BLOC}. Hội nghị tổng kết năm sau do Hội Cựu chiến binh tỉnh đăng cai tại xã Mường Lai.")
    assert meeting(r)["venue"] is None


# ORD-1: an unnumbered cluster of communes or wards keeps the district or city it is named with
def test_unnumbered_cluster_keeps_its_district_or_city(rec):
    for name in ("Cụm thi đua các xã thuộc huyện Lục Yên", "Cụm thi đua các phường thuộc TP. Yên Bái",
                 "Cụm thi đua các xã, thị trấn thuộc thị xã Nghĩa Lộ", "Khối thi đua các trường học thuộc huyện Trấn Yên"):
        r = rec(f"Ngày 10/1/2025, {name} {REVIEW}.")
        assert r["cluster"]["name"] == name


def test_province_or_number_before_thuoc_still_ends_the_name(rec):
    # (a province after "thuộc" is the province suffix; a numbered cluster ends at its number; a bare "huyện" names no place)
    r = rec(f"Ngày 10/1/2025, Cụm thi đua các xã thuộc tỉnh Yên Bái {REVIEW}.")
    assert r["cluster"]["name"] == "Cụm thi đua các xã"
    r = rec(f"Ngày 10/1/2025, Cụm thi đua các phường thuộc thành phố Hà Nội {REVIEW}.")
    assert r["cluster"]["name"] == "Cụm thi đua các phường"
    r = rec(f"Ngày 10/1/2025, Cụm thi đua số 4 thuộc huyện Lục Yên {REVIEW}.")
    assert r["cluster"]["name"] == "Cụm thi đua số 4"
    r = rec(f"Ngày 10/1/2025, Cụm thi đua các xã thuộc huyện {REVIEW}.")
    assert r["cluster"]["name"] == "Cụm thi đua các xã"


def test_near_forms_of_the_new_rules_on_other_sentences(rec):
    # (another event hosted "do X đăng cai tại Y" is no meeting's place; a later weekday morning is another event's; a place's
    # name ending in "Đào tạo trực tuyến" stays whole; members "thuộc huyện X" name no cluster)
    r = rec(f"Ngày 20/12/2024, {BLOC}. Giải bóng chuyền của Khối do Hội Nông dân tỉnh đăng cai tại sân vận động tỉnh.")
    assert meeting(r)["venue"] is None
    r = rec(f"Chiều 19/12/2024, {BLOC} tại Hội trường Sở Tư pháp. Sáng thứ Bảy, các đơn vị sẽ tham gia giải chạy việt dã.")
    assert (meeting(r)["time_of_day"], meeting(r)["venue"]) == ("chieu", "Hội trường Sở Tư pháp")
    r = rec(f"Ngày 17/12/2024, {BLOC} tại Trường Cao đẳng Kinh tế, Kỹ thuật và Đào tạo trực tuyến Yên Bái.")
    assert meeting(r)["venue"] == "Trường Cao đẳng Kinh tế, Kỹ thuật và Đào tạo trực tuyến Yên Bái"
    r = rec(f"Ngày 13/1/2025, Cụm thi đua số 4 tỉnh Yên Bái {REVIEW}. Các thành viên Cụm thuộc huyện Văn Chấn đã tặng 20 nhà.")
    assert r["cluster"]["name"] == "Cụm thi đua số 4"
