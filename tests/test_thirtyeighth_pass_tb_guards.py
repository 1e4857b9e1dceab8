"""Thirty-eighth pass, guards on the tables and lists rules (branch x38tb): near forms in ordinary articles where the numbered
ranking table, the award headings with no colon or a year, and the titled member list must not fire; examples of our own."""
from record_views import ranks

from tdkt_extract import extract

HEAD = "Cụm thi đua số 6 tổng kết công tác thi đua năm 2023\nNgày 12/1/2024, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2023.\n"


def rec(body: str) -> dict:
    return extract(HEAD + body).model_dump(mode="json")


def awards(r: dict) -> list:
    return [(a["recipient"], a["award"], a["status"], a["year"]) for a in r["awards"]]


# --- rankings: a table numbered by rows ------------------------------------------------------------------------------------

def test_tb1_tied_scores_tell_no_places():
    r = rec("Kết quả chấm điểm thi đua năm 2023 như sau:\n| STT | Đơn vị | Điểm |\n| 1 | Huyện Đông Hải | 90 |\n| 2 | Huyện Hòa Bình | 90 |\n")
    assert ranks(r) == []


def test_tb2_rows_in_alphabetical_order_are_no_places():
    r = rec("Kết quả chấm điểm thi đua của các huyện (sắp theo thứ tự chữ cái):\n| STT | Đơn vị | Điểm |\n"
            "| 1 | Huyện Đông Hải | 95 |\n| 2 | Huyện Giá Rai | 93 |\n")
    assert ranks(r) == []


def test_tb3_a_schedule_of_scoring_is_no_ranking():
    r = rec("Lịch chấm điểm chéo, xếp hạng thi đua năm 2023:\n| STT | Đơn vị | Ngày chấm điểm |\n| 1 | Huyện Đông Hải | 25/12/2023 |\n"
            "| 2 | Huyện Giá Rai | 22/12/2023 |\n")
    assert ranks(r) == []


def test_tb4_rows_of_the_scoring_units_are_no_ranking():
    r = rec("Kết quả chấm điểm chéo đối với huyện Đông Hải:\n| STT | Đơn vị chấm | Điểm |\n| 1 | Huyện Giá Rai | 94 |\n"
            "| 2 | Huyện Hòa Bình | 92 |\n")
    assert ranks(r) == []


def test_tb5_another_years_table_is_no_ranking_of_this_meeting():
    r = rec("Kết quả xếp hạng thi đua năm 2022 để so sánh:\n| STT | Đơn vị | Điểm |\n| 1 | Huyện Giá Rai | 96 |\n| 2 | Huyện Đông Hải | 94 |\n")
    assert ranks(r) == []


def test_tb6_points_taken_off_are_no_scores():
    r = rec("Kết quả chấm điểm thi đua năm 2023, số điểm bị trừ của các đơn vị:\n| STT | Đơn vị | Điểm bị trừ |\n"
            "| 1 | Huyện Giá Rai | 4 |\n| 2 | Huyện Đông Hải | 2 |\n")
    assert ranks(r) == []


# --- awards: headings with a year or no colon --------------------------------------------------------------------------------

def test_tb7_bare_heading_of_an_earlier_years_award():
    r = rec("Dịp này, lãnh đạo tỉnh đã trao tặng:\nCờ thi đua của UBND tỉnh năm 2022\n- Huyện Giá Rai\n")
    assert awards(r) == []


def test_tb8_colon_heading_of_an_earlier_years_award():
    r = rec("Dịp này, lãnh đạo tỉnh đã trao tặng:\nCờ thi đua của UBND tỉnh năm 2021:\n- Huyện Đông Hải\n")
    assert awards(r) == []


def test_tb9_bare_award_line_after_a_sentence_heads_no_list():
    r = rec("Phát biểu chỉ đạo, đồng chí Trần Văn Nam đề nghị các huyện quan tâm công tác thi đua.\nBằng khen của Chủ tịch UBND tỉnh\n"
            "- Huyện Giá Rai hoàn thiện hồ sơ trước ngày 15/2.\n")
    assert awards(r) == []


def test_tb10_bare_award_line_under_a_guests_request_heads_no_list():
    r = rec("Đồng chí Phó Chủ tịch UBND tỉnh đề nghị Cụm tiếp tục đổi mới công tác khen thưởng.\nCờ thi đua của UBND tỉnh\n- Huyện Hòa Bình\n")
    assert awards(r) == []


def test_tb11_roman_line_with_its_own_verb_gives_the_status():
    r = rec("Hội nghị đã tổ chức trao thưởng cho các tập thể.\nI. Đề nghị UBND tỉnh tặng Cờ thi đua cho huyện Giá Rai\n"
            "Giấy khen của Cụm trưởng:\n- Huyện Hòa Bình\n")
    assert ("Huyện Hòa Bình", "Giấy khen của Cụm trưởng", "proposed", None) in awards(r)


# --- members: a list titled "Danh sách (đơn vị) thành viên" --------------------------------------------------------------------

def test_tb12_titled_list_of_people_is_no_member_list():
    r = rec("Danh sách thành viên Cụm thi đua số 6:\n- Đồng chí Trần Văn Nam, Chủ tịch UBND huyện Giá Rai\n"
            "- Đồng chí Lê Minh Tâm, Chủ tịch UBND huyện Đông Hải\n")
    assert r["cluster"]["members"] == []


def test_tb13_bare_title_after_another_bodys_sentence_is_no_member_list():
    r = rec("Ban Chỉ đạo phong trào thi đua của tỉnh vừa được kiện toàn. Danh sách đơn vị thành viên:\n- Sở Nội vụ\n- Sở Tài chính\n")
    assert r["cluster"]["members"] == []


def test_tb14_unit_title_over_representatives_is_no_member_list():
    r = rec("Danh sách các đơn vị thành viên Cụm:\n1. Ông Trần Văn Nam, Chủ tịch UBND huyện Giá Rai\n2. Bà Lê Thu Hà, Chủ tịch UBND huyện Đông Hải\n")
    assert r["cluster"]["members"] == []


# --- the causes still read --------------------------------------------------------------------------------------------------

def test_tb_falling_scores_still_ranked_and_bare_title_on_its_line_still_members():
    r = rec("Danh sách đơn vị thành viên:\n- Huyện Giá Rai\n- Huyện Đông Hải\n\nKết quả xếp hạng thi đua năm 2023:\n"
            "| STT | Đơn vị | Tổng điểm |\n| 1 | Huyện Giá Rai | 97 |\n| 2 | Huyện Đông Hải | 95,5 |\n")
    assert r["cluster"]["members"] == ["Huyện Giá Rai", "Huyện Đông Hải"]
    assert ranks(r) == [(1, "Huyện Giá Rai"), (2, "Huyện Đông Hải")]


def test_tb_bare_heading_under_a_list_lead_and_this_years_heading_still_read():
    r = rec("Hội nghị thống nhất đề nghị khen thưởng như sau:\nCờ thi đua của UBND tỉnh năm 2023\n- Huyện Giá Rai\n")
    assert awards(r) == [("Huyện Giá Rai", "Cờ thi đua của UBND tỉnh", "proposed", 2023)]
