"""Thirty-fifth pass (pv): the province of a cluster placed under one province's unit when a headline names only the national
system ("Cụm thi đua số N - Cục X:"), and a launch written as a noun phrase ("Sau phần phát động của Cụm trưởng, ...")."""
from tdkt_extract import extract

from record_views import decision_texts, kinds


def record(text: str) -> dict:
    return extract(text).model_dump(mode="json")


def province(text: str):
    return record(text)["meeting"]["province"]


def others(text: str) -> list:
    return decision_texts(record(text), "other")


# --- a cluster under one province's unit, the headline naming the national system alone -----------------------------------

def test_a_cluster_under_a_provincial_customs_department_keeps_its_province_under_a_system_headline():
    assert province("Cụm thi đua số 2 - Cục Hải quan: Hội nghị sơ kết 6 tháng\n"
                    "Ngày 9/7/2024, Cụm thi đua số 2 thuộc Cục Hải quan tỉnh Quảng Ninh tổ chức hội nghị sơ kết 6 tháng "
                    "đầu năm 2024.") == "Quảng Ninh"


def test_a_cluster_directly_under_a_city_treasury_keeps_its_city_under_a_system_headline():
    assert province("Cụm thi đua số 4 - Kho bạc Nhà nước: tổng kết năm 2023\n"
                    "Ngày 12/1/2024, Cụm thi đua số 4 trực thuộc Kho bạc Nhà nước thành phố Đà Nẵng tổ chức hội nghị tổng "
                    "kết năm 2023.") == "Đà Nẵng"


def test_a_parent_with_a_field_joined_by_va_still_places_the_cluster():
    assert province("Cụm thi đua số 5 - Thống kê: tổng kết\n"
                    "Ngày 15/1/2024, Cụm thi đua số 5 thuộc Cục Thống kê và Chi cục Thống kê tỉnh Phú Thọ tổ chức hội nghị "
                    "tổng kết năm 2023.") == "Phú Thọ"


def test_parents_of_two_provinces_give_no_province():
    assert province("Cụm thi đua số 1 - Cục Hải quan: tổng kết năm 2023\n"
                    "Ngày 15/1/2024, Cụm thi đua số 1 thuộc Cục Hải quan tỉnh Hà Giang, Cục Hải quan tỉnh Lào Cai tổ chức "
                    "hội nghị tổng kết năm 2023.") is None


def test_parents_of_two_provinces_joined_by_va_give_no_province():
    assert province("Cụm thi đua số 3 - Cục Thuế: Hội nghị tổng kết năm 2023\n"
                    "Ngày 10/1/2024, Cụm thi đua số 3 thuộc Cục Thuế tỉnh Gia Lai và tỉnh Kon Tum tổ chức hội nghị tổng "
                    "kết năm 2023.") is None


def test_a_national_parent_with_a_provincial_venue_gives_no_province():
    # (the province is where the meeting was held, not the cluster's parent)
    assert province("Cụm thi đua số 2 - Kho bạc Nhà nước: sơ kết\n"
                    "Ngày 12/7/2024, Cụm thi đua số 2 thuộc Kho bạc Nhà nước tổ chức hội nghị sơ kết tại Kho bạc Nhà nước "
                    "tỉnh Yên Bái.") is None


def test_a_national_system_headline_with_no_parent_in_the_body_stays_national():
    # (a guest's title naming a province's department does not place the cluster)
    assert province("Cụm thi đua số 6 - Cục Thuế: Hội nghị tổng kết năm 2023\n"
                    "Ngày 19/1/2024, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có đồng chí Trần Văn "
                    "Bình, Phó Cục trưởng Cục Thuế tỉnh Sơn La.") is None


# --- a launch written as a noun phrase -------------------------------------------------------------------------------------

def test_a_launch_by_the_chair_written_as_a_noun_phrase_is_an_other_act():
    text = ("Ngày 5/3/2024, Khối thi đua số 4 tỉnh Trà Vinh tổ chức lễ ký kết giao ước thi đua năm 2024.\n"
            "Sau lời phát động của Khối trưởng, lãnh đạo các đơn vị ký kết giao ước thi đua.")
    assert others(text) == ["Sau lời phát động của Khối trưởng"]
    assert "covenant" in kinds(record(text))


def test_a_launch_heard_by_the_meeting_is_an_other_act():
    text = ("Ngày 8/3/2024, Cụm thi đua số 3 tỉnh Sóc Trăng tổ chức hội nghị ký kết giao ước thi đua năm 2024.\n"
            "Hội nghị đã nghe phần phát động của đơn vị Cụm trưởng và tiến hành ký kết giao ước thi đua.")
    assert len(others(text)) == 1


def test_a_launch_of_another_body_written_as_a_noun_is_no_act():
    assert others("Ngày 5/3/2024, Khối thi đua số 4 tỉnh Trà Vinh tổ chức lễ ký kết giao ước thi đua năm 2024.\n"
                  "Sau lời phát động của đồng chí Phó Chủ tịch UBND tỉnh, các đơn vị ký kết giao ước thi đua.") == []


def test_a_launch_answered_in_the_year_reviewed_is_no_act():
    assert others("Ngày 20/12/2023, Cụm thi đua số 2 tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2023.\n"
                  "Hưởng ứng lời phát động của Cụm trưởng, các đơn vị đã triển khai nhiều phong trào thi đua.") == []


def test_a_launch_judged_is_no_act():
    assert others("Ngày 6/3/2024, Cụm thi đua số 4 tỉnh Quảng Trị tổ chức hội nghị.\n"
                  "Phần phát động của Cụm trưởng năm nay được các đại biểu đánh giá cao; các đơn vị ký giao ước thi "
                  "đua.") == []


def test_a_speech_after_the_chair_is_no_launch():
    assert others("Ngày 6/3/2024, Khối thi đua số 3 tỉnh Long An tổ chức ký kết giao ước thi đua năm 2024.\n"
                  "Sau phần phát biểu của Khối trưởng, các đơn vị ký kết giao ước thi đua.") == []
