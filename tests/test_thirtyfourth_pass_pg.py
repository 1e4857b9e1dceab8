"""The thirty-fourth pass's page-reading rules (ORD-1, BRIEF-3, BRIEF-5, ARM-2, BRIEF-1 of the review): a labelled date after
an author's dash, photo-story and digest headlines, a date line naming a long posting unit, a digest's other items. Examples
written for these tests."""

LEAD = "Ngày 08/01/2025, Cụm thi đua số 4 tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"
HEAD = "Cụm thi đua số 4 tổng kết năm 2024\n\n"


def authors(r: dict) -> list:
    return [(p["name"], p["title"]) for p in r["people"] if "author" in p["roles"]]


# ORD-1: "Tác giả: A - Ngày đăng: D": the labelled date after the dash is the page's date, not the author's unit
def test_a_labelled_date_after_the_authors_dash_is_the_pages_date(rec):
    r = rec(HEAD + "Tác giả: Lê Minh Tâm - Ngày đăng: 12/01/2025\n\n" + LEAD)
    assert r["published"] == "2025-01-12"
    assert authors(r) == [("Lê Minh Tâm", None)]
    r = rec(HEAD + "Tác giả: Lê Minh Tâm - Cập nhật: 12/01/2025 09:40\n\n" + LEAD)
    assert r["published"] == "2025-01-12"
    assert authors(r) == [("Lê Minh Tâm", None)]


def test_a_unit_after_the_authors_dash_stays_the_authors_unit(rec):
    # (near form: no date after the dash)
    r = rec(HEAD + "Tác giả: Lê Minh Tâm - Văn phòng UBND huyện\n\n" + LEAD)
    assert r["published"] is None
    assert authors(r) == [("Lê Minh Tâm", "Văn phòng UBND huyện")]


# BRIEF-3: a photo story's headline is the title, not a caption
def test_a_photo_storys_headline_is_the_title(rec):
    for head in ("Phóng sự ảnh: Cụm thi đua số 4 tổng kết năm 2024", "Chùm ảnh: Cụm thi đua số 4 tổng kết năm 2024",
                 "Cụm thi đua số 4 tổng kết năm 2024 (ảnh)"):
        assert rec(head + "\n\n" + LEAD)["title"] == head


def test_a_caption_or_a_photo_credit_above_the_lead_is_no_title(rec):
    # (near forms: a caption's label, a credit in brackets, a photographer after the label)
    for head in ("Ảnh: Cụm thi đua số 4 tổng kết năm 2024", "Cụm thi đua số 4 tổng kết năm 2024 (Ảnh: Hồ Nam)",
                 "Phóng sự ảnh: Hồ Nam"):
        assert rec(head + "\n\n" + LEAD)["title"] is None


# BRIEF-5: a digest's headline keeps its own day
def test_a_digests_headline_keeps_its_day(rec):
    for head in ("Bản tin Thời sự trưa 09/01/2025", "Tin vắn ngày 9/1/2025", "Điểm tin chiều 9/1/2025"):
        assert rec(head + "\n\n" + LEAD)["title"] == head


def test_a_page_date_glued_to_a_headline_is_still_cut(rec):
    # (near form: an ordinary headline, the crawler's date glued to it)
    r = rec("Cụm thi đua số 4 tổng kết năm 2024   10/01/2025\n\n" + LEAD)
    assert r["title"] == "Cụm thi đua số 4 tổng kết năm 2024"
    assert r["published"] == "2025-01-10"


# ARM-2: "D/M/Y | <posting unit>": a unit's name of any length after the bar
def test_a_date_line_with_a_long_posting_unit_dates_the_page(rec):
    for unit in ("Phòng Kế hoạch tài chính", "Văn phòng Sở Giao thông vận tải", "Ban Tuyên giáo Huyện ủy Hải Lăng"):
        r = rec(HEAD + "10/01/2025 | " + unit + "\n\n" + LEAD)
        assert r["published"] == "2025-01-10", unit
        assert authors(r) == []


def test_a_headline_after_the_bar_makes_no_date_line(rec):
    # (near form: a sentence telling an event after the bar, not a unit's name)
    r = rec(HEAD + "10/01/2025 | Sở Nội vụ tổng kết công tác thi đua khen thưởng\n\n" + LEAD)
    assert r["published"] is None


# BRIEF-1: a digest's items that name no cluster are other events
DIGEST = ("Điểm tin Quảng Trị ngày 8/1/2025\n\n"
          "- Sáng 8/1, Hội Cựu chiến binh tỉnh tổ chức hội thảo về công tác xây dựng hội. Ông Trần Quốc Hưng, Chủ tịch Hội phát biểu.\n\n"
          "- Cùng ngày, Cụm thi đua số 4 tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
          "Đồng chí Hoàng Văn Lâm, Chủ tịch UBND huyện Cam Lộ, Cụm trưởng chủ trì hội nghị.\n\n"
          "- Chiều 8/1, Sở Y tế khám bệnh miễn phí cho 200 người cao tuổi. Bà Nguyễn Thị Hoa, Giám đốc Sở cho biết sẽ tiếp tục.\n")


def test_a_digests_other_items_give_no_people_nor_time(rec):
    r = rec(DIGEST)
    assert [p["name"] for p in r["people"]] == ["Hoàng Văn Lâm"]
    assert r["meeting"]["time_of_day"] is None
    assert r["title"] == "Điểm tin Quảng Trị ngày 8/1/2025"


def test_bulleted_lines_of_one_meetings_report_are_kept(rec):
    # (near form: a meeting's headline, its bullets all of the meeting)
    r = rec("Cụm thi đua số 4 tổng kết năm 2024\n\n"
            "- Sáng 8/1, Cụm thi đua số 4 tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n\n"
            "- Ông Trần Quốc Hưng, Chủ tịch UBND huyện Gio Linh phát biểu tại hội nghị.\n")
    assert [p["name"] for p in r["people"]] == ["Trần Quốc Hưng"]
    assert r["meeting"]["time_of_day"] == "sang"
