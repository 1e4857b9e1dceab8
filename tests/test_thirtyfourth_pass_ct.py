"""Thirty-fourth pass (x34ct): member counts, roles and unit names with inner commas. Each rule on invented texts, with a
near form it must not fire on."""

from record_views import roles

REVIEW = "Ngày 12/01/2025, Cụm thi đua số 4 tỉnh Phú Yên tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
BLOC = "Ngày 14/01/2025, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "


def _count(r: dict):
    return r["cluster"]["member_count"]


# LONG-1: a count of the units credited with an award or a rank, or of a named place's own parts, is no member count


def test_units_of_the_cluster_credited_with_an_award_are_no_member_count(rec):
    assert _count(rec(REVIEW + "Năm 2024, 3 đơn vị trong Cụm được tặng Bằng khen của Chủ tịch UBND tỉnh.")) is None
    assert _count(rec(REVIEW + "Có 2 đơn vị thuộc Cụm đạt danh hiệu Tập thể lao động xuất sắc.")) is None


def test_units_of_the_cluster_that_all_take_part_still_count(rec):
    assert _count(rec(REVIEW + "Năm 2024, 7 đơn vị trong Cụm đã ký kết giao ước thi đua.")) == 7
    # (the owner of a total, whose verb it is)
    assert _count(rec(REVIEW + "Tổng doanh thu của 6 đơn vị trong Cụm đạt hơn 900 tỷ đồng.")) == 6


def test_a_named_places_own_parts_are_no_member_count(rec):
    assert _count(rec(REVIEW + "Huyện Sơn Hòa gồm 14 xã, thị trấn.")) is None
    assert _count(rec(REVIEW + "Năm qua, thị xã Đông Hòa có 10 xã, phường.")) is None


def test_the_cluster_counting_its_places_still_counts(rec):
    assert _count(rec(REVIEW + "Cụm gồm 5 huyện, thị xã.")) == 5
    assert _count(rec("Ngày 12/01/2025, Cụm thi đua các huyện miền núi tổ chức hội nghị tổng kết năm 2024. "
                      "Cụm thi đua các huyện miền núi có 6 huyện.")) == 6


# CEN-2: a count of members named by their kinds ("Tập đoàn, Tổng công ty thành viên")


def test_groups_and_corporations_counted_as_members(rec):
    assert _count(rec(BLOC + "Tham dự có lãnh đạo 11 Tập đoàn, Tổng công ty thành viên.")) == 11
    assert _count(rec(BLOC + "Khối có 8 cơ sở giáo dục đại học thành viên.")) == 8


def test_groups_that_won_an_award_are_no_member_count(rec):
    assert _count(rec(BLOC + "Năm qua, 3 tập đoàn được tặng Cờ thi đua của Chính phủ.")) is None


# MASS-2: grassroots Party, youth and front bodies counted as the cluster's members


def test_grassroots_bodies_counted_as_members(rec):
    assert _count(rec("Chiều 6/3/2025, Cụm thi đua số 2 tổ chức ký kết giao ước thi đua năm 2025 giữa 09 Đoàn cơ sở thuộc Cụm.")) == 9
    assert _count(rec(REVIEW + "Cụm gồm 7 chi bộ.")) == 7
    assert _count(rec(REVIEW + "Cụm gồm 13 chi, đảng bộ.")) == 13
    assert _count(rec(REVIEW + "Cụm gồm 10 tổ chức cơ sở đảng.")) == 10
    assert _count(rec(REVIEW + "Cụm gồm 6 Ủy ban MTTQ cấp xã.")) == 6
    assert _count(rec("Sáng 6/3/2025, Cụm thi đua số 2 (gồm 11 Công đoàn cơ sở) tổ chức hội nghị tổng kết năm 2024.")) == 11


def test_grassroots_bodies_of_another_body_or_credited_are_no_member_count(rec):
    assert _count(rec(REVIEW + "Đảng bộ Sở Xây dựng gồm 9 chi bộ.")) is None
    assert _count(rec(REVIEW + "Năm qua, 4 chi bộ trong Cụm được công nhận trong sạch, vững mạnh.")) is None


# LONG-3: a port, a youth force's corps, a mine given a role by "làm / là"


def test_a_port_or_a_corps_takes_a_role(rec):
    r = rec(BLOC + "Năm 2025, Sở Tư pháp làm Trưởng khối, Cảng Chân Mây làm Phó trưởng khối.")
    assert roles(r) == {"next_chair": "Sở Tư pháp", "next_vice_chair": "Cảng Chân Mây"}
    r = rec(BLOC + "Năm 2024, Tổng đội Thanh niên xung phong 5 là Trưởng khối, Sở Tư pháp là Phó trưởng khối.")
    assert roles(r) == {"chair": "Tổng đội Thanh niên xung phong 5", "vice_chair": "Sở Tư pháp"}
    r = rec(BLOC + "Năm 2025, Mỏ than Hà Lầm làm Trưởng khối.")
    assert roles(r) == {"next_chair": "Mỏ than Hà Lầm"}


def test_a_port_word_in_prose_gives_no_role(rec):
    r = rec(BLOC + "Năm 2024, hoạt động của cảng biển tăng trưởng khá.")
    assert roles(r) == {}


# CEN-5: a headline's role dated by the next year after a long bloc name is the next chair


def test_headline_role_with_the_next_year_after_a_long_name_is_next_chair(rec):
    r = rec("Tổng công ty Đường sắt Việt Nam đảm nhận Trưởng Khối thi đua các Tổng công ty giao thông, Công ty trực thuộc Bộ năm 2025\n\n"
            "Ngày 20/1/2025, Khối thi đua các Tổng công ty giao thông, Công ty trực thuộc Bộ tổ chức Hội nghị tổng kết năm 2024. "
            "Tham dự có ông Lê Văn Bình, Tổng giám đốc Tổng công ty Hàng hải Việt Nam, Trưởng Khối năm 2024.")
    assert roles(r) == {"chair": "Tổng công ty Hàng hải Việt Nam", "next_chair": "Tổng công ty Đường sắt Việt Nam"}


def test_a_year_after_a_task_in_the_headline_dates_no_role(rec):
    # (the year closes the task "triển khai nhiệm vụ", not the role)
    r = rec("Trưởng Khối thi đua các Tổng công ty giao thông triển khai nhiệm vụ năm 2025\n\n"
            "Ngày 20/1/2025, Khối thi đua các Tổng công ty giao thông tổ chức Hội nghị tổng kết năm 2024.")
    assert "next_chair" not in roles(r)


# SYS-4: the chair from a person's title matches a member by whole words


def test_chair_from_a_title_matches_a_member_by_whole_words(rec):
    r = rec(BLOC + "Khối gồm Thuế cơ sở 2, Thuế cơ sở 21 và Thuế cơ sở 22.\n"
            "Ông Trần Minh Quân, Trưởng Thuế cơ sở 2, Trưởng khối chủ trì hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Thuế cơ sở 2"


def test_chair_from_a_shorter_title_still_takes_the_members_full_name(rec):
    r = rec(BLOC + "Khối gồm Bưu điện tỉnh Phú Yên, Viễn thông Phú Yên và Điện lực Phú Yên.\n"
            "Ông Trần Minh Quân, Giám đốc Bưu điện tỉnh, Trưởng khối chủ trì hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Bưu điện tỉnh Phú Yên"


# CEN-11: "tại" inside an official name ends no cluster name


def test_tai_inside_an_official_name_stays_in_the_cluster_name(rec):
    r = rec("Ngày 10/10/2024, Khối thi đua các tổng công ty thuộc Ủy ban Quản lý vốn nhà nước tại doanh nghiệp "
            "tổ chức hội nghị sơ kết 9 tháng năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các tổng công ty thuộc Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"


def test_tai_before_a_venue_still_ends_the_cluster_name(rec):
    r = rec("Ngày 10/10/2024, Khối thi đua các doanh nghiệp nhà nước tại tỉnh Phú Yên tổ chức hội nghị sơ kết 9 tháng năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các doanh nghiệp nhà nước"


# CEN-6: a comma inside an official name, or between a desk and its national body


def test_comma_inside_a_health_departments_name_stays_in_the_title(rec):
    r = rec(BLOC + "Dự hội nghị có bà Lê Thị Hoa, Trưởng phòng Phòng Khám, chữa bệnh, Sở Y tế tỉnh Phú Yên.")
    p = next(x for x in r["people"] if x["name"] == "Lê Thị Hoa")
    assert p["title"] == "Trưởng phòng Phòng Khám, chữa bệnh, Sở Y tế tỉnh Phú Yên"


def test_a_desk_then_its_national_broadcaster_is_one_recipient(rec):
    r = rec(BLOC + "Hội nghị thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho Ban Văn nghệ, Đài Tiếng nói Việt Nam.")
    assert [a["recipient"] for a in r["awards"]] == ["Ban Văn nghệ, Đài Tiếng nói Việt Nam"]


def test_a_provinces_ban_beside_a_provincial_station_stays_two_recipients(rec):
    r = rec(BLOC + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Ban Dân tộc, Đài Phát thanh và Truyền hình tỉnh Phú Yên.")
    assert [a["recipient"] for a in r["awards"]] == ["Ban Dân tộc", "Đài Phát thanh và Truyền hình tỉnh Phú Yên"]
