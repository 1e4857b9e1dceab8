"""Thirty-eighth pass, lists and tables: a ranking table numbered by rows, award headings under a Roman numeral or with no
colon, an award's year before its colon, a members' list titled "Danh sách đơn vị thành viên"; examples of our own."""
from record_views import ranks

from tdkt_extract import extract

HEAD = "Khối thi đua số 4 tổng kết công tác thi đua năm 2024\nNgày 10/1/2025, Khối thi đua số 4 tổ chức hội nghị tổng kết năm 2024.\n"


def rec(body: str) -> dict:
    return extract(HEAD + body).model_dump(mode="json")


def awards(r: dict) -> list:
    return [(a["recipient"], a["award"], a["status"], a["year"]) for a in r["awards"]]


# --- rankings: rows numbered by their places ------------------------------------------------------------------------------

def test_pipe_table_numbered_by_stt_under_a_ranking_lead():
    r = rec("Kết quả chấm điểm, xếp hạng thi đua năm 2024 như sau:\n| STT | Tên đơn vị | Tổng điểm |\n"
            "| 1 | Sở Nông nghiệp và Phát triển nông thôn | 97,5 |\n| 2 | Sở Khoa học và Công nghệ | 96 |\n")
    assert ranks(r) == [(1, "Sở Nông nghiệp và Phát triển nông thôn"), (2, "Sở Khoa học và Công nghệ")]


def test_space_parted_rows_numbered_by_stt():
    r = rec("Hội nghị đã bình xét xếp hạng thi đua năm 2024 như sau:\nSTT Đơn vị Điểm Xếp loại\n"
            "1 Sở Văn hóa, Thể thao và Du lịch 98 Xuất sắc\n2 Sở Ngoại vụ 94 Tốt\n")
    assert ranks(r) == [(1, "Sở Văn hóa, Thể thao và Du lịch"), (2, "Sở Ngoại vụ")]


def test_row_opening_with_its_place_word():
    r = rec("Kết quả xếp hạng thi đua năm 2024:\nHạng 1 | Sở Ngoại vụ | 970 điểm\nHạng 2 | Sở Tài chính | 955 điểm\n")
    assert ranks(r) == [(1, "Sở Ngoại vụ"), (2, "Sở Tài chính")]


def test_stt_table_under_an_award_lead_is_no_ranking():
    r = rec("Danh sách các đơn vị được đề nghị khen thưởng:\n| STT | Đơn vị | Điểm |\n| 1 | Sở Ngoại vụ | 96 |\n| 2 | Sở Tài chính | 95 |\n")
    assert ranks(r) == []


def test_stt_table_of_members_is_no_ranking():
    r = rec("Các đơn vị thành viên của Khối như sau:\n| STT | Đơn vị | Điểm |\n| 1 | Sở Ngoại vụ | 96 |\n| 2 | Sở Tài chính | 95 |\n")
    assert ranks(r) == []


def test_numbered_rows_whose_scores_rise_are_no_ranking():
    r = rec("Kết quả chấm điểm chéo như sau:\nSTT Đơn vị Điểm tự chấm\n1 Sở Ngoại vụ 95\n2 Sở Tài chính 97\n")
    assert ranks(r) == []


def test_numbered_rows_out_of_order_are_no_ranking():
    r = rec("Kết quả chấm điểm thi đua năm 2024 như sau:\n| STT | Đơn vị | Điểm |\n| 3 | Sở Ngoại vụ | 96 |\n| 1 | Sở Tài chính | 95 |\n")
    assert ranks(r) == []


# --- awards: headings under a Roman numeral or with no colon; the award's year before the colon ------------------------------

def test_roman_numbered_award_headings_without_colon():
    r = rec("Hội nghị thống nhất đề nghị khen thưởng như sau:\nI. Cờ thi đua của UBND tỉnh\n1. Sở Ngoại vụ\n"
            "II. Bằng khen của Chủ tịch UBND tỉnh\n1. Sở Tài chính\n2. Sở Tư pháp\n")
    assert awards(r) == [("Sở Ngoại vụ", "Cờ thi đua của UBND tỉnh", "proposed", None),
                         ("Sở Tài chính", "Bằng khen của Chủ tịch UBND tỉnh", "proposed", None),
                         ("Sở Tư pháp", "Bằng khen của Chủ tịch UBND tỉnh", "proposed", None)]


def test_roman_heading_over_lines_that_name_no_unit():
    r = rec("I. Cờ thi đua của UBND tỉnh\n1. Tiêu chuẩn xét tặng được thực hiện theo quy định.\n2. Hồ sơ gửi về trước ngày 20/1.\n")
    assert awards(r) == []


def test_awards_received_earlier_under_roman_headings_are_none_of_the_meeting():
    r = rec("Năm 2023, các đơn vị trong Khối đã được các cấp khen thưởng như sau:\nI. Cờ thi đua của UBND tỉnh\n1. Sở Ngoại vụ\n")
    assert awards(r) == []


def test_award_line_with_its_year_before_the_colon():
    r = rec("Tại hội nghị, lãnh đạo tỉnh đã trao các phần thưởng:\n- Cờ thi đua của UBND tỉnh năm 2024: Sở Ngoại vụ;\n"
            "- Bằng khen của Chủ tịch UBND tỉnh: Sở Tài chính.\n")
    assert ("Sở Ngoại vụ", "Cờ thi đua của UBND tỉnh", "conferred", 2024) in awards(r)


def test_award_line_of_an_earlier_year_is_not_the_meetings():
    r = rec("Tại hội nghị, lãnh đạo tỉnh đã trao tặng:\n- Bằng khen của Chủ tịch UBND tỉnh năm 2022: Sở Ngoại vụ (đã trao năm trước);\n"
            "- Cờ thi đua của UBND tỉnh: Sở Tài chính.\n")
    assert [a[0] for a in awards(r)] == ["Sở Tài chính"]


# --- members: a list titled "Danh sách đơn vị thành viên" -------------------------------------------------------------------

def test_member_list_titled_danh_sach_don_vi_thanh_vien():
    r = rec("Danh sách đơn vị thành viên Khối:\n• Sở Ngoại vụ - Trưởng khối\n• Sở Tài chính - Phó Trưởng khối\n• Sở Tư pháp\n")
    assert r["cluster"]["members"] == ["Sở Ngoại vụ", "Sở Tài chính", "Sở Tư pháp"]
    assert r["cluster"]["chair"]["organization"] == "Sở Ngoại vụ"


def test_bare_danh_sach_thanh_vien_of_people_is_no_member_list():
    r = rec("Danh sách thành viên:\n- Ông Lê Văn Hải, Giám đốc Sở Ngoại vụ\n- Bà Phạm Thu Hà, Giám đốc Sở Tài chính\n")
    assert r["cluster"]["members"] == []


def test_list_of_another_board_is_no_member_list():
    r = rec("Danh sách thành viên Ban Tổ chức hội thao:\n- Sở Ngoại vụ\n- Sở Tài chính\n")
    assert r["cluster"]["members"] == []
