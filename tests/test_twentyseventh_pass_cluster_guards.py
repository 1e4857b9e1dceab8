"""Guards on the cluster rules of the twenty-seventh pass (members, chairs, province), each on an invented example."""
import pytest


def _org(role):
    return role["organization"] if role else None


@pytest.mark.parametrize("said", [
    "Trở ngại lớn của các đơn vị thuộc Cụm là xã Tam Hiệp, xã Tam Lộc còn thiếu nước sinh hoạt.",
    "Nổi bật trong các đơn vị của Cụm là huyện Đông Anh, huyện Sóc Sơn với nhiều mô hình mới.",
    "Điểm mạnh của các đơn vị trong Cụm thi đua số 8 là thị xã Phú Mỹ và huyện Tân Thành đã thu ngân sách vượt dự toán."])
def test_places_after_a_noun_phrase_of_the_units_of_the_cluster_are_no_members(rec, said):
    r = rec("Ngày 15/1/2024, tại huyện Phúc Thọ, Cụm thi đua số 8 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm "
            "2023. " + said)
    assert r["cluster"]["members"] == []


def test_the_units_of_the_cluster_opening_their_clause_still_name_the_places(rec):
    r = rec("Ngày 15/1/2024, Cụm thi đua số 8 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Các đơn vị trong "
            "Cụm là huyện Phúc Thọ, huyện Đan Phượng và huyện Hoài Đức.")
    assert r["cluster"]["members"] == ["huyện Phúc Thọ", "huyện Đan Phượng", "huyện Hoài Đức"]


@pytest.mark.parametrize("mark", [".", ")"])
def test_a_spaced_table_of_members_whose_rows_are_numbered_with_a_stop_or_a_bracket(rec, mark):
    r = rec("Ngày 16/01/2025, Khối thi đua số 11 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Khối gồm các đơn vị:\n"
            f"STT Đơn vị\n1{mark} Sở Khoa học và Công nghệ\n2{mark} Sở Ngoại vụ\n3{mark} Ban Dân tộc tỉnh\nPhạm Thu")
    assert r["cluster"]["members"] == ["Sở Khoa học và Công nghệ", "Sở Ngoại vụ", "Ban Dân tộc tỉnh"]


def test_an_item_under_a_lead_that_elects_next_years_roles_naming_the_present_chair_in_another_act(rec):
    r = rec("Ngày 9/1/2025, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"
            "Hội nghị đã thống nhất bình xét năm 2024 và bầu Khối trưởng, Khối phó năm 2025, cụ thể như sau:\n"
            "- Thông qua báo cáo tổng kết do Sở Công Thương (Khối trưởng) trình bày;\n"
            "- Suy tôn Sở Xây dựng dẫn đầu Khối;\n"
            "- Bầu Sở Giao thông vận tải làm Khối trưởng, Sở Ngoại vụ làm Khối phó năm 2025.\nPhạm Thu")
    c = r["cluster"]
    assert _org(c["chair"]) == "Sở Công Thương"
    assert (_org(c["next_chair"]), _org(c["next_vice_chair"])) == ("Sở Giao thông vận tải", "Sở Ngoại vụ")


def test_the_school_year_running_at_the_review_of_a_calendar_year_names_the_present_roles(rec):
    r = rec("Ngày 14/1/2025, tại Trường THPT Nguyễn Trãi, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen "
            "thưởng năm 2024. Năm học 2024 - 2025, Trường THPT Nguyễn Trãi là Cụm trưởng, Trường THPT Chu Văn An là Cụm phó.")
    c = r["cluster"]
    assert (_org(c["chair"]), _org(c["vice_chair"])) == ("Trường THPT Nguyễn Trãi", "Trường THPT Chu Văn An")
    assert c["next_chair"] is None and c["next_vice_chair"] is None


def test_the_next_school_year_at_the_review_of_a_calendar_year_names_the_next_roles(rec):
    r = rec("Ngày 14/1/2025, tại Trường THPT Nguyễn Trãi, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen "
            "thưởng năm 2024. Năm học 2025 - 2026, Trường THPT Chu Văn An là Cụm trưởng.")
    assert _org(r["cluster"]["next_chair"]) == "Trường THPT Chu Văn An" and r["cluster"]["chair"] is None


def test_a_venue_named_by_a_province_that_had_ended_gives_the_province_it_joined(rec):
    r = rec("Ngày 10/1/2023, Cụm thi đua các trường trung cấp tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 "
            "tại Trường Trung cấp Kinh tế Hà Tây.")
    assert r["meeting"]["province"] == "Hà Nội"


@pytest.mark.parametrize("said", [
    "Năm 2023, có 3 đơn vị trong Khối thi đua số 2 là Sở Xây dựng, Sở Ngoại vụ và Ban Dân tộc tỉnh hoàn thành xuất sắc nhiệm vụ.",
    "Năm 2023, 02 đơn vị của Khối thi đua số 2 là Sở Xây dựng và Sở Ngoại vụ được đề nghị tặng Cờ thi đua của UBND tỉnh.",
    "Có hai đơn vị trong Khối là Sở Xây dựng và Sở Ngoại vụ đạt danh hiệu Tập thể lao động xuất sắc."])
def test_units_counted_in_the_cluster_for_what_they_achieved_are_no_member_list(rec, said):
    r = rec("Ngày 12/1/2024, Khối thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Khối có 8 đơn vị "
            "thành viên. " + said)
    assert r["cluster"]["members"] == []


@pytest.mark.parametrize("after", [".", " đã có 12 tập thể đạt danh hiệu Tập thể lao động xuất sắc."])
def test_units_counted_in_the_cluster_without_a_result_of_their_own_are_its_members(rec, after):
    r = rec("Ngày 12/1/2024, Khối thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Ba đơn vị trong "
            "Khối là Sở Xây dựng, Sở Ngoại vụ và Ban Dân tộc tỉnh" + after)
    assert r["cluster"]["members"] == ["Sở Xây dựng", "Sở Ngoại vụ", "Ban Dân tộc tỉnh"]


def test_a_parent_body_in_brackets_after_the_chair_is_not_its_short_name(rec):
    r = rec("Khối thi đua các trường đại học tổng kết năm 2024\nNgày 8/1/2025, Khối thi đua các trường đại học tổ chức hội nghị "
            "tổng kết công tác thi đua, khen thưởng năm 2024. Trường Đại học Ngoại ngữ (ĐHĐN) là đơn vị Trưởng khối năm 2024. Hội "
            "nghị có sự tham dự của PGS.TS Trần Quốc Huy, Giám đốc ĐHĐN. Phát biểu tại hội nghị, PGS.TS Trần Quốc Huy ghi nhận "
            "kết quả của các trường.")
    assert r["cluster"]["chair"] == {"organization": "Trường Đại học Ngoại ngữ", "person": None}


def test_an_abbreviation_of_the_chairs_own_name_in_brackets_still_names_it(rec):
    r = rec("Khối thi đua các ngân hàng tổng kết năm 2024\nNgày 8/1/2025, Khối thi đua các ngân hàng tỉnh Hà Nam tổ chức hội "
            "nghị tổng kết công tác thi đua năm 2024 tại Ngân hàng Chính sách xã hội - Chi nhánh Hà Nam (NHCSXH Hà Nam), đơn vị "
            "Trưởng khối. Ông Lê Đức Thịnh - Giám đốc NHCSXH Hà Nam, Trưởng khối điều hành hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Ngân hàng Chính sách xã hội - Chi nhánh Hà Nam", "person": "Lê Đức Thịnh"}
