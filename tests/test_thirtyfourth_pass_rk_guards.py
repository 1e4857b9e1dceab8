"""Guards on the thirty-fourth pass's rankings and awards rules (x34rk): ordinary forms the new rules misread, each kept
as the code before the pass read it (or read right where that was wrong)."""
from record_views import kinds

LEAD = "Ngày 12/1/2025, Cụm thi đua số 2 tỉnh Hậu Giang tổ chức hội nghị tổng kết năm 2024.\n"


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


# --- the members (or the cluster) asking their own chair to forward a proposal is their proposal, whatever the subject ----

def test_units_agreeing_to_ask_their_chair_to_propose(rec):
    r = rec(LEAD + "Toàn bộ đơn vị tán thành đề nghị Cụm trưởng trình UBND tỉnh tặng Cờ thi đua cho xã Vị Thanh.")
    assert _awards(r) == [("xã Vị Thanh", "Cờ thi đua", "proposed")]


def test_members_who_rated_then_ask_their_chair_to_propose(rec):
    r = rec(LEAD + "Các thành viên Cụm đã chấm điểm, bình xét xã Vị Thanh dẫn đầu và đề nghị Cụm trưởng trình UBND tỉnh "
                   "tặng Bằng khen cho xã Vị Thanh.")
    assert ("xã Vị Thanh", "Bằng khen", "proposed") in _awards(r)


def test_delegates_asking_their_chair_to_propose(rec):
    r = rec(LEAD + "Trên cơ sở kết quả chấm điểm, các đại biểu đề nghị Cụm phó trình Chủ tịch UBND tỉnh tặng Bằng khen cho "
                   "xã Long Mỹ.")
    assert _awards(r) == [("xã Long Mỹ", "Bằng khen", "proposed")] and "award_proposal" in kinds(r)


def test_the_cluster_asking_its_chair_to_propose(rec):
    r = rec(LEAD + "Với toàn bộ phiếu đồng ý, Khối đề nghị Khối trưởng trình UBND tỉnh tặng Cờ thi đua cho xã Long Mỹ.")
    assert _awards(r) == [("xã Long Mỹ", "Cờ thi đua", "proposed")]


# --- a company named after a person keeps its name after its board's chair ------------------------------------------

def test_a_flag_to_a_board_chair_of_a_company_named_after_a_person(rec):
    r = rec(LEAD + "Cụm trưởng trao Cờ luân lưu cho Chủ tịch HĐTV Công ty TNHH MTV Trần Hưng Đạo.")
    assert _awards(r) == [("Công ty TNHH MTV Trần Hưng Đạo", "Cờ luân lưu", "conferred")]


# --- the award's year in apposition: the lead's year, not a time clause's, nor a span's first ---------------------------

def test_no_award_year_from_a_founding_year_after_the_lead(rec):
    r = rec(LEAD + "Lãnh đạo tỉnh trao Bằng khen cho xã Long Mỹ - đơn vị dẫn đầu Cụm từ sau khi sáp nhập năm 2019.")
    assert [(a["recipient"], a["year"]) for a in r["awards"]] == [("xã Long Mỹ", None)]


def test_no_award_year_from_a_dashed_span_after_the_lead(rec):
    r = rec(LEAD + "Lãnh đạo tỉnh trao Bằng khen cho xã Long Mỹ, đơn vị dẫn đầu Cụm trong giai đoạn năm 2021 - 2024.")
    assert [(a["recipient"], a["year"]) for a in r["awards"]] == [("xã Long Mỹ", None)]
