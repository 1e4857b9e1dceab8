"""Thirty-ninth pass, x39mt: the meeting's kind beside an interim review of a reform (meeting._reform_review), and the
meeting's day, part of the day and place told where no meeting sentence gives them (meeting._day_told_aside,
meeting._scene_of_meeting)."""
from tdkt_extract import extract


def rec(text: str) -> dict:
    return extract(text).model_dump()


def meeting(text: str) -> dict:
    m = rec(text)["meeting"]
    return {k: m[k] for k in ("kind", "period", "date", "time_of_day", "venue")}


# --- an interim review of months of a reform, then the year's review ---------------------------------------------------

def test_reform_months_then_year_review_is_tong_ket():
    m = meeting("Ngày 8/1/2026, Cụm thi đua các phường khu vực phía Bắc tổ chức hội nghị sơ kết 6 tháng triển khai "
                "chính quyền địa phương hai cấp, tổng kết công tác thi đua, khen thưởng năm 2025.")
    assert m["kind"] == "tong_ket"
    assert m["period"] == {"year": 2025, "span": "year"}


def test_reform_months_joined_by_va_is_tong_ket():
    m = meeting("Sáng 29/12/2025, Cụm thi đua số 5 tổ chức hội nghị sơ kết 06 tháng vận hành bộ máy xã mới và tổng kết "
                "phong trào thi đua yêu nước năm 2025.")
    assert m["kind"] == "tong_ket"
    assert m["period"] == {"year": 2025, "span": "year"}


def test_reform_year_then_year_review_is_tong_ket():
    m = meeting("Ngày 6/1/2027, Cụm thi đua số 2 tổ chức hội nghị sơ kết một năm thực hiện mô hình tổ chức mới, tổng kết "
                "công tác thi đua năm 2026.")
    assert m["kind"] == "tong_ket"
    assert m["period"] == {"year": 2026, "span": "year"}


def test_negative_half_year_of_movement_with_its_year_stays_so_ket():
    # the months are the year's first half, its year named in the clause: an interim review of the year, not of a reform
    m = meeting("Ngày 12/7/2024, Cụm thi đua số 4 tổ chức hội nghị sơ kết 6 tháng thực hiện phong trào thi đua năm 2024, "
                "tổng kết 10 năm thực hiện Luật Thi đua, Khen thưởng.")
    assert m["kind"] == "so_ket"


def test_negative_reform_review_alone_stays_so_ket():
    m = meeting("Ngày 20/12/2025, Cụm thi đua số 8 tổ chức hội nghị sơ kết 6 tháng thực hiện mô hình chính quyền địa "
                "phương 2 cấp.")
    assert m["kind"] == "so_ket"


def test_negative_half_year_review_then_year_term_review_stays_so_ket():
    m = meeting("Ngày 15/7/2025, Khối thi đua số 1 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 và tổng kết giai đoạn "
                "2020 - 2025.")
    assert m["kind"] == "so_ket"
    assert m["period"] == {"year": 2025, "span": "h1"}


# --- the meeting's day told aside of the bare "hội nghị" ------------------------------------------------------------------

def test_day_told_before_bare_meeting_noun():
    r = rec("\"Mỗi đơn vị là một mắt xích\". Bà Lê Thị Hạnh nhắc lại ý ấy trong buổi chiều 18/12, ở phần cuối hội nghị.\n\n"
            "Hội nghị tổng kết năm 2024 của Khối thi đua các cơ quan văn hóa được tổ chức tại Nhà hát tỉnh.")
    m = r["meeting"]
    assert (m["date"], m["time_of_day"]) == ("2024-12-18", "chieu")
    assert any(w["code"] == "year_inferred" for w in r["warnings"])


def test_day_told_after_bare_meeting_noun():
    m = meeting("Cụm thi đua số 9 tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại hội trường UBND huyện.\n\n"
                "Phát biểu tại hội nghị sáng 27/12/2024, ông Trần Văn Bình, Cụm trưởng, cảm ơn các đơn vị.")
    assert (m["date"], m["time_of_day"]) == ("2024-12-27", "sang")


def test_negative_day_of_an_earlier_meeting_told_aside():
    m = meeting("Cụm thi đua số 9 tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại hội trường UBND huyện.\n\n"
                "Năm ngoái, tại hội nghị ngày 22/12, các đơn vị đã ký giao ước thi đua.")
    assert m["date"] is None


def test_negative_day_of_a_plan_told_aside():
    m = meeting("Cụm thi đua số 9 tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại hội trường UBND huyện.\n\n"
                "Các đơn vị sẽ gửi báo cáo bổ sung trước ngày 30/12, sau hội nghị.")
    assert m["date"] is None


def test_negative_day_with_a_named_other_meeting():
    # "hội nghị" named with its own kind ("hội nghị tập huấn"): another meeting, not the bare one
    m = meeting("Cụm thi đua số 9 tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại hội trường UBND huyện.\n\n"
                "Cán bộ thi đua các đơn vị đã học nghiệp vụ trong buổi sáng 10/12, tại hội nghị tập huấn của Sở Nội vụ.")
    assert m["date"] is None


# --- the scene of a meeting no sentence states ----------------------------------------------------------------------------

SCENE_TITLE = "Khối thi đua các đơn vị vận tải tỉnh Đồng Nai tổng kết phong trào thi đua năm 2024\n\n"


def test_scene_sentence_gives_day_part_and_place():
    m = meeting(SCENE_TITLE + "Chiều 7/1/2025, tại phòng họp Công ty CP Xe khách Đồng Nai, đại biểu các doanh nghiệp đã cùng "
                "đánh giá một năm vận tải nhiều biến động.")
    assert (m["date"], m["time_of_day"], m["venue"]) == ("2025-01-07", "chieu", "phòng họp Công ty CP Xe khách Đồng Nai")


def test_negative_scene_of_another_event():
    m = meeting(SCENE_TITLE + "Chiều 7/1/2025, tại sân vận động tỉnh, các đơn vị thành viên tham gia hội thao chào mừng năm mới.")
    assert (m["date"], m["venue"]) == (None, None)


def test_negative_scene_without_participants_or_review():
    m = meeting(SCENE_TITLE + "Chiều 7/1/2025, tại trụ sở công ty, trời đổ mưa lớn khiến nhiều tuyến đường ngập nước.")
    assert (m["date"], m["venue"]) == (None, None)


def test_negative_scene_of_another_year():
    m = meeting(SCENE_TITLE + "Sáng 5/1/2022, tại hội trường Sở Giao thông, đại diện các đơn vị đã cùng nhìn lại năm 2021.")
    assert (m["date"], m["venue"]) == (None, None)


def test_negative_scene_of_another_act_with_guests_as_object():
    m = meeting("Khối thi đua các đơn vị vận tải: một năm nhìn lại\n\nSáng 8/1/2025, tại UBND tỉnh, đồng chí Chủ tịch UBND tỉnh "
                "đã tiếp đoàn đại biểu doanh nghiệp vận tải.\nKhối thi đua các đơn vị vận tải đã tổng kết phong trào thi đua năm 2024.\n")
    assert (m["date"], m["venue"]) == (None, None)
