"""Thirty-eighth pass, narrative articles: the cluster's bare head, a feature headline above the site's name, tasks agreed
through "tập trung (vào)", a date in a scene-setting sentence (examples written for these tests)."""
from tdkt_extract import extract

_HEAD = "Tin thi đua ở cơ sở\n\n"


# --- a bare "Cụm"/"Khối" is no name ------------------------------------------------------------------------------------

def test_a_bare_head_before_the_ranking_verb_is_no_name_the_full_name_wins():
    record = extract("Cụm thi đua các trường THPT phía Bắc: Nâng chất lượng dạy và học\n\n"
                     "Thầy Lê Văn Hải, Hiệu trưởng Trường THPT Diễn Châu 2, cho biết năm học qua nhiều việc khó.\n\n"
                     "Sau khi chấm điểm chéo, Cụm xếp Trường THPT Quỳnh Lưu 1 thứ nhất.\n\n"
                     "Hội nghị được tổ chức ngày 25/5/2024 tại Trường THPT Diễn Châu 2.")
    assert record.cluster.name == "Cụm thi đua các trường THPT phía Bắc"
    assert [(r.rank, r.organization) for r in record.rankings] == [(1, "Trường THPT Quỳnh Lưu 1")]


def test_a_bare_head_before_a_time_of_day_and_its_day_is_no_name():
    record = extract(_HEAD + "Các huyện trong Cụm thi đua số 4 tỉnh Hòa Bình đã bước vào những tháng cuối năm. "
                     "“Phải về đích sớm”, ông Bùi Văn Tâm nói tại hội nghị sơ kết 9 tháng năm 2024 của Cụm sáng 3/10.")
    assert record.cluster.name == "Cụm thi đua số 4"
    assert record.meeting.date == "2024-10-03"


def test_a_head_with_its_descriptor_before_the_ranking_verb_stays_the_name():
    # (near form: the head has its descriptor, "Khối các sở kinh tế": the verb after it ends the name there)
    record = extract(_HEAD + "Sau khi chấm điểm, Khối các sở kinh tế xếp Sở Công Thương thứ nhất.")
    assert record.cluster.name == "Khối các sở kinh tế"


def test_a_cluster_named_with_a_time_of_day_word_in_its_name_keeps_it():
    # (near form: a date after a full name does not cut it; only a bare head followed by the day is passed over)
    record = extract(_HEAD + "Hội nghị sơ kết của Khối thi đua số 3 chiều 9/10 diễn ra tại Sở Tư pháp.")
    assert record.cluster.name == "Khối thi đua số 3"


# --- a feature headline above the site's name and the date line ---------------------------------------------------------

_FEATURE = ("Khối nội chính: Lặng lẽ giữ bình yên cho từng khu phố\n\n{site}\n\nNgày đăng: 14/12/2023\n\n"
            "Hội nghị tổng kết năm 2023 của Khối thi đua các cơ quan nội chính diễn ra sáng 12/12/2023 tại Công an tỉnh.")


def test_a_feature_headline_above_the_papers_name_and_the_date_line_is_the_title():
    record = extract(_FEATURE.format(site="BÁO HẬU GIANG"))
    assert record.title == "Khối nội chính: Lặng lẽ giữ bình yên cho từng khu phố"
    assert record.published == "2023-12-14"


def test_the_papers_name_above_the_date_line_is_no_title():
    # (near form: the paper's name is the line the date line follows; it is no headline)
    record = extract("Báo Hậu Giang điện tử số ra hôm nay\n\nBáo Hậu Giang điện tử\n\nNgày đăng: 14/12/2023\n\n"
                     "Hội nghị tổng kết năm 2023 của Khối thi đua các cơ quan nội chính diễn ra sáng 12/12/2023 tại Công an tỉnh.")
    assert record.title != "Báo Hậu Giang điện tử"


def test_a_line_between_that_is_no_site_name_still_parts_the_headline_from_the_date():
    # (near form: a unit's name between the feature line and the date line is no publisher's: the rule does not pass over it)
    record = extract(_FEATURE.format(site="Sở Tư pháp tỉnh Hậu Giang"))
    assert record.title != "Khối nội chính: Lặng lẽ giữ bình yên cho từng khu phố"


# --- tasks agreed through "tập trung (vào)" ------------------------------------------------------------------------------

_LEAD = "Hội nghị sơ kết 6 tháng đầu năm 2024 của Khối thi đua số 5 diễn ra chiều 10/7/2024 tại Sở Nội vụ. "


def test_tasks_agreed_through_tap_trung_are_a_tasks_decision():
    record = extract(_LEAD + "Hội nghị thống nhất tập trung 5 nhóm nhiệm vụ trọng tâm.")
    assert [(d.kind, d.text) for d in record.decisions] == [("tasks", "Hội nghị thống nhất tập trung 5 nhóm nhiệm vụ trọng tâm")]


def test_tasks_agreed_through_tap_trung_vao_are_a_tasks_decision():
    record = extract(_LEAD + "Các đơn vị thống nhất tập trung vào các nhiệm vụ trọng tâm 6 tháng cuối năm.")
    assert [d.kind for d in record.decisions] == ["tasks"]


def test_unity_before_tap_trung_is_no_tasks_decision():
    # (near form: "đoàn kết, thống nhất" is a manner, not an agreement)
    record = extract(_LEAD + "Các đơn vị đoàn kết, thống nhất tập trung vào nhiệm vụ chính trị được giao.")
    assert record.decisions == []


def test_tap_trung_vao_another_object_is_no_tasks_decision():
    # (near form: what the units focus on is no task agreed)
    record = extract(_LEAD + "Các đơn vị thống nhất tập trung vào cải cách hành chính và chuyển đổi số.")
    assert [d.kind for d in record.decisions if d.kind == "tasks"] == []


# --- a date in a scene-setting sentence before the meeting's ---------------------------------------------------------------

def test_a_date_in_a_longer_scene_setting_sentence_is_the_meetings():
    record = extract(_HEAD + "Mưa rét kéo dài, nhưng không khí ở Hội trường Ban Chỉ huy Quân sự huyện Tiên Yên chiều 19/12 vẫn rộn ràng. "
                     "Cụm thi đua số 2 tổng kết phong trào thi đua năm 2023.")
    assert record.meeting.date == "2023-12-19"
    assert record.meeting.time_of_day == "chieu"


def test_a_longer_sentence_before_with_a_day_but_no_part_of_the_day_gives_no_date():
    # (near form: a longer sentence with a bare day tells some other fact, not the meeting's scene)
    record = extract(_HEAD + "Mưa rét kéo dài, các đơn vị trong Ban Chỉ huy Quân sự huyện Tiên Yên đã giúp dân dọn dẹp từ ngày 10/12 đến nay. "
                     "Cụm thi đua số 2 tổng kết phong trào thi đua năm 2023.")
    assert record.meeting.date is None


def test_a_longer_sentence_before_telling_another_event_gives_no_date():
    # (near form: the sentence before tells an event of its own, a sports festival, on its day)
    record = extract(_HEAD + "Mưa rét kéo dài, nhưng hội thao của Ban Chỉ huy Quân sự huyện Tiên Yên chiều 19/12 vẫn thu hút đông đảo người xem. "
                     "Cụm thi đua số 2 tổng kết phong trào thi đua năm 2023.")
    assert record.meeting.date is None


def test_a_day_of_other_peoples_deeds_in_a_longer_sentence_before_gives_no_date():
    # (near form: the day opens a clause about what others did, no place told with it)
    record = extract(_HEAD + "Mưa lớn suốt đêm, nhưng sáng 14/12 các đội xung kích của huyện Đắk Mil vẫn có mặt tại hiện trường sạt lở để giúp dân. "
                     "Cụm thi đua số 3 tổng kết phong trào thi đua năm 2023 tại UBND huyện Đắk Song.")
    assert record.meeting.date is None


def test_a_menu_above_the_papers_name_and_the_date_line_is_no_title():
    # (near form: a menu's capitalised items are no headline, whatever stands between it and the date line)
    record = extract("Trang chủ Tin tức Sự kiện\n\nBáo Lạng Sơn\n\nNgày đăng: 12/12/2023\n\n"
                     "Hội nghị tổng kết năm 2023 của Cụm thi đua số 2 diễn ra sáng 10/12/2023 tại UBND huyện Cao Lộc.")
    assert record.title != "Trang chủ Tin tức Sự kiện"
