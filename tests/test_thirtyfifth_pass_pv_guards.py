"""Thirty-fifth pass (pv), guards: near forms where the branch's two rules misfired on text the code before it read right --
a province's unit joined to the national parent by a verb or preposition, or a second province among the parents (COV-4); a
noun launch told of an earlier event, another cluster or another body (COV-6); and the noun launch's text inside a list."""
from tdkt_extract import extract

from record_views import decision_texts


def record(text: str) -> dict:
    return extract(text).model_dump(mode="json")


def province(text: str):
    return record(text)["meeting"]["province"]


def others(text: str) -> list:
    return decision_texts(record(text), "other")


# --- COV-4: the cluster of a national system, a province's unit only its partner, chair or a second parent ---------------

def test_pv1_a_partner_joined_by_phoi_hop_voi_does_not_place_a_system_cluster():
    assert province("Cụm thi đua số 6 - Kho bạc Nhà nước: tổng kết năm 2023\n"
                    "Ngày 16/1/2024, Cụm thi đua số 6 thuộc Kho bạc Nhà nước phối hợp với Kho bạc Nhà nước tỉnh Quảng Ngãi "
                    "tổ chức hội nghị tổng kết năm 2023.") is None


def test_pv2_a_chair_joined_by_cung_does_not_place_a_system_cluster():
    assert province("Cụm thi đua số 3 - Cục Thuế: ký kết giao ước thi đua năm 2024\n"
                    "Ngày 4/3/2024, Cụm thi đua số 3 thuộc Cục Thuế cùng Cục Thuế tỉnh Ninh Thuận (Cụm trưởng) ký kết giao "
                    "ước thi đua năm 2024.") is None


def test_pv3_a_second_province_bare_among_the_parents_gives_no_province():
    assert province("Cụm thi đua số 4 - Cục Hải quan: tổng kết\n"
                    "Ngày 13/1/2024, Cụm thi đua số 4 thuộc Cục Hải quan Long An và Cục Hải quan tỉnh Tây Ninh tổ chức hội "
                    "nghị tổng kết năm 2023.") is None


# --- COV-6: the noun launch not of this meeting ---------------------------------------------------------------------------

def test_pv4_a_launch_at_an_earlier_signing_named_in_the_phrase_is_no_act():
    assert others("Ngày 11/1/2024, Khối thi đua số 2 tỉnh Hưng Yên tổ chức hội nghị tổng kết năm 2023.\n"
                  "Sau lời phát động của Khối trưởng tại lễ ký kết giao ước thi đua tháng 3 năm 2023, các cơ quan trong Khối "
                  "đã triển khai nhiều mô hình hay.") == []


def test_pv5_another_numbered_clusters_launch_is_no_act():
    assert others("Ngày 8/3/2024, Khối thi đua số 1 tỉnh Hà Tĩnh tổ chức lễ ký kết giao ước thi đua năm 2024.\n"
                  "Sau lời phát động của Khối thi đua số 4 tại buổi gặp mặt, các đơn vị tham dự ký kết giao ước thi "
                  "đua.") == []


def test_pv6_a_launch_at_the_years_start_told_at_a_review_is_no_act():
    assert others("Ngày 5/7/2024, Cụm thi đua số 5 tỉnh Tiền Giang tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\n"
                  "Ngay sau phần phát động của Cụm trưởng hồi đầu năm, các đơn vị đã ban hành kế hoạch thực hiện.") == []


def test_pv7_a_launch_of_a_bloc_written_as_a_common_noun_is_no_act():
    assert others("Ngày 12/3/2024, Cụm thi đua số 2 tỉnh Yên Bái tổ chức ký kết giao ước thi đua năm 2024.\n"
                  "Sau lời phát động của khối cơ quan tỉnh, các đơn vị ký kết giao ước thi đua.") == []


def test_pv8_a_caption_of_an_earlier_signing_is_no_act():
    assert others("Ngày 17/1/2024, Cụm thi đua số 8 tỉnh Đắk Lắk tổ chức hội nghị tổng kết năm 2023.\n"
                  "Ảnh: Đại biểu dự lễ ký kết giao ước năm 2023 nghe lời phát động của Cụm trưởng.") == []


def test_pv9_the_noun_launch_in_a_list_of_acts_is_its_own_phrase():
    assert others("Ngày 16/1/2024, Cụm thi đua số 3 tỉnh Cao Bằng tổ chức hội nghị tổng kết năm 2023.\n"
                  "Hội nghị đã nghe báo cáo kết quả năm 2023, nghe lời phát động của Cụm trưởng và ký kết giao ước thi đua "
                  "năm 2024.") == ["nghe lời phát động của Cụm trưởng"]


def test_the_year_of_the_chairs_term_does_not_date_the_launch_before_the_meeting():
    # (kept: the chair of the year reviewed launching at this signing)
    assert others("Ngày 22/2/2024, Cụm thi đua số 2 tỉnh Gia Lai tổ chức hội nghị ký kết giao ước thi đua năm 2024.\n"
                  "Sau phần phát động của Cụm trưởng năm 2023, Sở Tư pháp, lãnh đạo các đơn vị ký kết giao ước thi "
                  "đua.") == ["Sau phần phát động của Cụm trưởng năm 2023"]
