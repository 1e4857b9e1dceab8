"""Forms of the twenty-fifth pass, each on an invented example."""
import pytest


@pytest.mark.parametrize("lead, tod", [("Chiều thứ Tư, ngày 17 tháng 7 năm 2024", "chieu"),
                                       ("Sáng thứ Tư (17 tháng 7)", "sang"),
                                       ("Sáng nay (ngày 17 tháng 7)", "sang")])
def test_a_date_in_words_after_the_days_name_keeps_its_time_of_day(rec, lead, tod):
    r = rec(f"{lead}, tại huyện Cam Lộ, Cụm thi đua số 4 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2024-07-17", tod)


def test_a_counter_in_a_field_of_its_own_beside_the_pages_date_does_not_hide_it(rec):
    lead = "Sáng ngày 03/10/2025, Cụm thi đua số 6 tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 9 tháng năm 2025."
    for line in ("Lượt xem: 152 | Ngày 07/10/2025", "Số lượt đọc: 40 | 07/10/2025 09:12"):
        r = rec(f"Cụm thi đua số 6 sơ kết 9 tháng năm 2025\n\n{line}\n\n{lead}")
        assert r["published"] == "2025-10-07", line
    # (the counter's own date stays out)
    r = rec(f"Cụm thi đua số 6 sơ kết 9 tháng năm 2025\n\nLượt truy cập 15000 ngày 07/10/2025\n\n{lead}")
    assert r["published"] is None


@pytest.mark.parametrize("placed, venue", [
    ("Thị xã Hồng Lĩnh là đơn vị đăng cai tổ chức hội nghị tại Hội trường Thị ủy Hồng Lĩnh.", "Hội trường Thị ủy Hồng Lĩnh"),
    ("Thị xã Hồng Lĩnh đăng cai hội nghị tại Nhà văn hóa thị xã.", "Nhà văn hóa thị xã"),
    ("Hội nghị do thị xã Hồng Lĩnh - đơn vị Cụm trưởng chủ trì tổ chức, tại Hội trường Thị ủy.", "Hội trường Thị ủy"),
    ("Năm 2025, thị xã Hồng Lĩnh sẽ đăng cai hội nghị tại Hội trường Thị ủy.", None),
    ("Hội nghị thống nhất chọn thị xã Hồng Lĩnh đăng cai hội nghị tiếp theo tại Hội trường Thị ủy.", None)])
def test_a_later_sentence_on_the_unit_that_hosts_the_meeting_places_it(rec, placed, venue):
    r = rec("Chiều 16/7/2024, Cụm thi đua số 2 tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024. " + placed)
    assert r["meeting"]["venue"] == venue


@pytest.mark.parametrize("head, date, tod", [("Ngày 14/12/2024, Cụm thi đua số 3 tổng kết năm 2024", "2024-12-14", None),
                                             ("Chiều 14/12, Cụm thi đua số 3 tổng kết năm 2024", "2024-12-14", "chieu"),
                                             ("Cụm thi đua số 3 tổng kết năm 2024, hướng tới ngày 14/12", None, None)])
def test_a_headline_that_opens_on_the_meetings_date_dates_a_body_that_tells_none(rec, head, date, tod):
    r = rec(head + "\n\nVừa qua, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 tại huyện "
            "Krông Năng.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == (date, tod)


@pytest.mark.parametrize("suffix", [" - Cổng thông tin điện tử tỉnh Gia Lai", " | Báo Gia Lai", " - Cổng TTĐT Sở Nội vụ",
                                    " - baogialai.com.vn", " – Trang thông tin điện tử huyện Chư Sê"])
def test_the_sites_name_after_the_headline_is_no_part_of_it(rec, suffix):
    head = "Cụm thi đua số 4 tổng kết năm 2024"
    r = rec(head + suffix + "\n\nNgày 20/12/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["title"] == head
    # (a headline's own dash stays: "Báo cáo" is no newspaper, nor are a cluster's descriptor's words)
    for own in ("Khối thi đua số 3 - Báo cáo kết quả năm 2024", "Cụm thi đua số 10 - Các cơ quan báo chí tổng kết năm 2024"):
        assert rec(own + "\n\nNgày 20/12/2024, Khối thi đua số 3 tổ chức hội nghị tổng kết năm 2024.")["title"] == own


LEAD = "Ngày 9/1/2025, Cụm thi đua số 3 tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "


@pytest.mark.parametrize("said", [
    "Ông Hoàng Minh Tâm, Giám đốc Sở Tư pháp cho rằng cần đổi mới công tác khen thưởng.",
    "Ông Hoàng Minh Tâm, Giám đốc Sở Tư pháp chia sẻ kinh nghiệm xây dựng điển hình tiên tiến."])
def test_a_person_who_shares_or_holds_a_view_at_the_meeting_spoke(rec, said):
    r = rec(LEAD + said)
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Hoàng Minh Tâm", ["spoke"])]


@pytest.mark.parametrize("act", ["trao 20 suất quà chia sẻ khó khăn với các gia đình chính sách",
                                 "dự hội nghị, góp phần vào phong trào thi đua của tỉnh nói chung và của Cụm nói riêng"])
def test_sharing_hardship_or_speaking_in_general_is_no_speech(rec, act):
    r = rec(LEAD + f"Dịp này, ông Hoàng Minh Tâm, Giám đốc Sở Tư pháp {act}.")
    assert "spoke" not in r["people"][0]["roles"]


def test_a_paragraph_that_opens_on_chia_se_is_no_share_button(rec):
    r = rec(LEAD + "\nChia sẻ tại hội nghị, bà Lê Thị Hoa, Giám đốc Sở Y tế, Cụm trưởng cho biết các đơn vị đã hoàn thành nhiệm vụ."
            "\nChia sẻ\nChia sẻ bài viết: Facebook, Zalo\nBình luận (0)")
    assert r["cluster"]["chair"] == {"organization": "Sở Y tế", "person": "Lê Thị Hoa"}
    assert [p["name"] for p in r["people"]] == ["Lê Thị Hoa"]


@pytest.mark.parametrize("text, chair", [
    ("Thượng tá Hoàng Văn Dũng, Giám đốc Công an tỉnh Kon Tum, Cụm trưởng chủ trì hội nghị. Thay mặt đơn vị Cụm trưởng, "
     "Trung tá Phạm Minh Khoa, Phó Trưởng phòng Tham mưu Công an tỉnh Kon Tum trình bày báo cáo tổng kết.",
     {"organization": "Công an tỉnh Kon Tum", "person": "Hoàng Văn Dũng"}),
    ("Hội nghị do bà Lý Thị Hạnh - Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, Cụm trưởng chủ trì. Thay mặt Cụm trưởng, bà Đào Thu Trang "
     "- Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh thông qua dự thảo báo cáo.",
     {"organization": "Hội Liên hiệp Phụ nữ tỉnh", "person": "Lý Thị Hạnh"})])
def test_one_who_holds_the_role_in_his_title_and_presides_is_its_person_before_one_acting_for_it(rec, text, chair):
    r = rec("Ngày 8/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. " + text)
    assert r["cluster"]["chair"] == chair


@pytest.mark.parametrize("note, key", [(" - Cụm trưởng", "chair"), (", Cụm trưởng", "chair"), (" - đơn vị Cụm phó", "vice_chair")])
def test_a_role_note_after_a_position_in_brackets_is_the_persons(rec, note, key):
    r = rec("Ngày 8/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. Bà Lương Thị Yến "
            f"(Giám đốc Sở Công Thương){note} phát biểu khai mạc hội nghị.")
    assert r["cluster"][key] == {"organization": "Sở Công Thương", "person": "Lương Thị Yến"}


@pytest.mark.parametrize("venue, province", [("xã Mường Nhé", "Điện Biên"), ("UBND xã Phong Thổ", "Lai Châu"),
                                             ("xã Tân Phú", None)])
def test_a_venue_in_a_commune_no_other_province_has_gives_its_province(rec, venue, province):
    # (after the 2025 mergers a commune cluster meets in one of its communes; a name many provinces share gives none)
    r = rec(f"Ngày 18/12/2025, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 tại {venue}.")
    assert r["meeting"]["province"] == province
