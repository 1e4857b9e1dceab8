"""Meeting rules: date forms, year inference, time of day, venue, kind and period (own examples)."""
import pytest


def test_full_date_glued_to_venue(rec):
    r = rec("Ngày 03/8/2022tại Nhà khách Hương Sen, Cụm thi đua số 5 tổ chức Hội nghị sơ kết công tác thi đua, "
            "khen thưởng 6 tháng đầu năm 2022.")
    assert r["meeting"]["date"] == "2022-08-03"
    assert r["meeting"]["venue"] == "Nhà khách Hương Sen"
    assert r["meeting"]["kind"] == "so_ket"
    assert r["meeting"]["period"] == {"year": 2022, "span": "h1"}


def test_date_without_year_after_year_end_review_is_next_year(rec):
    r = rec("Sáng 21-1, tại huyện Tân Kỳ, Cụm thi đua số 9 tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác "
            "thi đua, khen thưởng năm 2023.")
    assert r["meeting"]["date"] == "2024-01-21"
    assert r["meeting"]["time_of_day"] == "sang"
    assert {"code": "year_inferred", "field": "meeting.date", "message": "year 2024 inferred from context"} in r["warnings"]
    assert r["inferred"] == ["meeting.date"]


def test_date_without_year_in_november_stays_in_the_reviewed_year(rec):
    r = rec("Chiều 28/11, tại Công an tỉnh Kon Tum, Cụm thi đua số 3 tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.")
    assert r["meeting"]["date"] == "2024-11-28"
    assert r["meeting"]["time_of_day"] == "chieu"


def test_date_in_words(rec):
    r = rec("Tối ngày 5 tháng 12 năm 2023, tại Hội trường Liên đoàn Lao động tỉnh, Khối thi đua các doanh nghiệp "
            "tổ chức Hội nghị tổng kết năm 2023.")
    assert r["meeting"]["date"] == "2023-12-05"
    assert r["meeting"]["time_of_day"] == "toi"


def test_multi_day_meeting_is_dated_by_its_first_day(rec):
    r = rec("Ngày 22-23/12/2022 tại thành phố Đà Lạt, Khối thi đua các trường cao đẳng đã tổ chức Hội nghị tổng kết năm 2022.")
    assert r["meeting"]["date"] == "2022-12-22"
    assert r["meeting"]["venue"] == "thành phố Đà Lạt"


def test_dotted_short_date_takes_the_period_year(rec):
    r = rec("Sáng 9.7, tại Đồn Biên phòng Hoành Mô, Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2021.")
    assert r["meeting"]["date"] == "2021-07-09"


def test_cited_document_date_is_not_the_meeting_date(rec):
    r = rec("Thực hiện Kế hoạch số 15/KH-CTĐ ngày 12/3/2024 của Cụm thi đua, ngày 18/7/2024, tại thị xã Sơn Tây, "
            "Cụm thi đua số 2 tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024.")
    assert r["meeting"]["date"] == "2024-07-18"
    assert r["meeting"]["venue"] == "thị xã Sơn Tây"


def test_venue_keeps_its_province_and_drops_a_trailing_parenthesis(rec):
    r = rec("Ngày 10/1/2025, tại Khu du lịch Đảo Ngọc, tỉnh Kiên Giang, Cụm thi đua các doanh nghiệp tổ chức "
            "Hội nghị tổng kết năm 2024.")
    assert r["meeting"]["venue"] == "Khu du lịch Đảo Ngọc, tỉnh Kiên Giang"
    r = rec("Ngày 2/7/2019, tại TP. Tam Kỳ (Quảng Nam), Cụm thi đua Văn phòng các tỉnh miền Trung tổ chức Hội nghị sơ kết.")
    # annotation.md: a unit value (the venue too) loses its trailing parenthetical
    assert r["meeting"]["venue"] == "TP. Tam Kỳ"


def test_venue_ends_before_the_verb(rec):
    r = rec("Sáng 12/4, tại Nhà văn hóa xã Tân Lập diễn ra Hội nghị ký kết giao ước thi đua năm 2023 của Cụm thi đua số 6.")
    assert r["meeting"]["venue"] == "Nhà văn hóa xã Tân Lập"
    assert r["meeting"]["kind"] == "giao_uoc"
    assert r["meeting"]["period"] == {"year": 2023, "span": "year"}


def test_venue_first_then_date(rec):
    r = rec("Tại Sở Tư pháp, sáng 6/7/2023 Khối thi đua các cơ quan nội chính tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.")
    assert r["meeting"]["venue"] == "Sở Tư pháp"
    assert r["meeting"]["date"] == "2023-07-06"


def test_no_venue_without_tai(rec):
    r = rec("Chiều ngày 14/10/2022, Trường Cao đẳng Cộng đồng, Trưởng Khối thi đua các trường tổ chức Lễ ký kết giao ước thi đua năm học 2022 - 2023.")
    assert r["meeting"]["venue"] is None
    assert r["meeting"]["period"] == {"year": 2023, "span": "term"}


@pytest.mark.parametrize("phrase,span", [
    ("sơ kết công tác thi đua 9 tháng năm 2022", "9m"),
    ("sơ kết công tác thi đua quý III năm 2022", "q3"),
    ("sơ kết công tác thi đua quý I năm 2022", "q1"),
    ("sơ kết công tác thi đua 6 tháng đầu năm 2022", "h1"),
])
def test_interim_spans(rec, phrase, span):
    r = rec(f"Ngày 5/10/2022, tại Sở Công Thương, Khối thi đua các sở kinh tế tổ chức Hội nghị {phrase}.")
    assert r["meeting"]["kind"] == "so_ket"
    assert r["meeting"]["period"] == {"year": 2022, "span": span}


def test_term_review(rec):
    r = rec("Ngày 20/12/2025, tại Hội trường tỉnh, Cụm thi đua số 1 tổ chức Hội nghị tổng kết phong trào thi đua giai đoạn 2021 - 2025.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2025, "span": "term"}


def test_preparatory_meeting_is_other(rec):
    r = rec("Họp trù bị chuẩn bị cho Hội nghị tổng kết Cụm thi đua số 4\n\nNgày 3/1/2024, các đơn vị Cụm thi đua số 4 họp "
            "trù bị chuẩn bị cho Hội nghị tổng kết năm 2023.")
    assert r["meeting"]["kind"] == "other"


def test_future_sentence_is_not_the_meeting(rec):
    r = rec("Theo kế hoạch, Hội nghị sẽ được tổ chức tại tỉnh Lào Cai.\n\nNgày 8/1/2024, tại thành phố Hà Giang, "
            "Cụm thi đua số 7 tổ chức Hội nghị tổng kết năm 2023.")
    assert r["meeting"]["venue"] == "thành phố Hà Giang"


def test_month_only_date(rec):
    r = rec("Tháng 12/2023, tại Sở Công Thương, Khối thi đua các sở kinh tế tổ chức Hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["meeting"]["date"] == "2023-12"


def test_day_month_comma_year_via_dateparser(rec):
    r = rec("Ngày 12 tháng 01, 2024, tại Sở Công Thương, Khối thi đua các sở kinh tế tổ chức Hội nghị tổng kết năm 2023.")
    assert r["meeting"]["date"] == "2024-01-12"


def test_mung_before_the_day(rec):
    r = rec("Sáng ngày mùng 8 tháng 1 năm 2024, tại Sở Công Thương, Khối thi đua các sở kinh tế tổ chức Hội nghị tổng kết năm 2023.")
    assert r["meeting"]["date"] == "2024-01-08"


@pytest.mark.parametrize("place,venue", [
    ("hội trường tầng 3, Sở Tài chính, Cụm thi đua số 5", "hội trường tầng 3, Sở Tài chính"),  # a room and its unit: one venue
    ("Hội trường Sở Tài chính, Cụm thi đua số 5", "Hội trường Sở Tài chính"),
    ("hội trường, Sở Tài chính - đơn vị Cụm trưởng Cụm thi đua số 5", "hội trường"),  # the unit is the sentence's subject
])
def test_a_room_and_the_unit_after_its_comma(rec, place, venue):
    r = rec(f"Sáng 8/4/2026, tại {place} tổ chức hội nghị sơ kết quý I năm 2026.")
    assert r["meeting"]["venue"] == venue


def test_a_year_reviewed_in_the_body_makes_a_review_of_that_year(rec):
    # no kind word where the meeting is stated; the body reviews 2023 and a covenant for 2024 is signed at the end
    r = rec("Ngày 12/1/2024, tại thành phố Hòa Bình, Cụm thi đua số 5 tổ chức hội nghị giao ban.\n\n"
            "Năm 2023, các đơn vị trong Cụm đã hoàn thành tốt các chỉ tiêu được giao.\n\n"
            "Cuối hội nghị, các đơn vị ký kết giao ước thi đua năm 2024.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2023, "span": "year"}
    # a year opening a sentence about what is to come reviews nothing
    r = rec("Ngày 12/1/2024, tại thành phố Hòa Bình, Cụm thi đua số 5 tổ chức hội nghị giao ban.\n\n"
            "Năm 2024, các đơn vị sẽ tập trung hoàn thành các chỉ tiêu được giao.")
    assert r["meeting"]["kind"] == "other"


def test_a_preparatory_meeting_that_reviews_takes_the_reviews_kind(rec):
    r = rec("Ngày 3/1/2024, các đơn vị Cụm thi đua số 4 họp trù bị chuẩn bị cho Hội nghị tổng kết năm 2023.\n\n"
            "Tại cuộc họp, các đơn vị đã thông qua kết quả chấm điểm, xếp hạng thi đua năm 2023.")
    assert r["meeting"]["kind"] == "tong_ket"


def test_signing_without_the_word_giao_uoc(rec):
    r = rec("Ngày 2/3/2024, tại phường Tân Mai, Cụm thi đua số 2 tổ chức Hội nghị ký kết thi đua năm 2024.")
    assert r["meeting"]["kind"] == "giao_uoc"


def test_interim_span_stated_only_in_the_body_and_a_year_glued_to_nam(rec):
    r = rec("Ngày 10/7, tại tỉnh Hà Tĩnh diễn ra Hội nghị sơ kết Cụm thi đua các tỉnh miền núi.\n\n"
            "Trong 6 tháng đầu năm 2024, các tỉnh trong cụm đã tổ chức nhiều phong trào thi đua.")
    assert r["meeting"]["period"] == {"year": 2024, "span": "h1"}
    r = rec("Ngày 15/1/2024, tại thành phố Vinh, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua năm2023 "
            "và ký kết, phát động thi đua năm 2024.")
    assert r["meeting"]["period"] == {"year": 2023, "span": "year"}


def test_a_covenant_only_in_the_body_of_a_meeting_that_proposes_awards_is_a_review(rec):
    r = rec("Ngày 20/1, tại thành phố Phan Thiết, Khối thi đua các doanh nghiệp tỉnh tổ chức hội nghị.\n\n"
            "Công ty Cổ phần Cấp thoát nước được đề nghị tặng Bằng khen của UBND tỉnh.\n\n"
            "Cuối hội nghị, các đơn vị cũng tiến hành ký kết giao ước thi đua năm 2024.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2023, "span": "year"}
    r = rec("Ngày 20/1, tại thành phố Phan Thiết, Khối thi đua các doanh nghiệp tỉnh tổ chức hội nghị.\n\n"
            "Cuối hội nghị, các đơn vị tiến hành ký kết giao ước thi đua năm 2024.")
    assert r["meeting"]["kind"] == "giao_uoc"


def test_a_covenant_referred_to_as_signed_names_no_signing_meeting(rec):
    r = rec("Ngày 8/1/2024, tại huyện Tân Châu, Cụm thi đua số 2 họp; thực hiện Kế hoạch thi đua và Giao ước thi đua được ký kết, "
            "các đơn vị căn cứ nội dung của Giao ước thi đua để bình xét, suy tôn tập thể xuất sắc.\n\n"
            "Theo đó trong năm 2023, các đơn vị đều hoàn thành tốt nhiệm vụ được giao.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2023, "span": "year"}
