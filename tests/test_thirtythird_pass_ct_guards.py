"""Guards of the thirty-third pass's count and role rules (x33ct): near forms on ordinary text where those rules misfired
(RVCT-1 .. RVCT-8), each on an invented example."""

from record_views import roles

HALF = "Ngày 15/7/2024, Cụm thi đua số 3 tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024 tại UBND huyện Can Lộc. "
YEAR = "Sáng 10/1/2025, Cụm thi đua số 5 tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 tại Sở Tài chính. "


def _count(rec, text):
    return rec(text)["cluster"]["member_count"]


def test_rvct1_a_clause_start_count_of_units_set_apart_is_no_member_count(rec):
    assert _count(rec, HALF + "Trong năm, bốn xã trong Cụm đã đạt chuẩn nông thôn mới kiểu mẫu.") is None


def test_rvct2_a_count_after_la_that_goes_on_is_no_member_count(rec):
    assert _count(rec, HALF + "Huyện Can Lộc và huyện Thạch Hà là hai huyện thuộc Cụm được đề nghị tặng Bằng khen.") is None


def test_rvct3_a_count_of_another_named_bloc_is_no_member_count(rec):
    assert _count(rec, HALF + "Nhân dịp này, ba đơn vị của Khối thi đua các doanh nghiệp tỉnh đến chúc mừng.") is None


def test_rvct4_a_capitalised_count_before_a_capitalised_unit_noun_counts(rec):
    assert _count(rec, YEAR + "Năm Trường thành viên của Cụm đều hoàn thành nhiệm vụ năm học.") == 5


def test_rvct5_dia_phuong_after_co_that_did_something_is_no_member_count(rec):
    assert _count(rec, YEAR + "Năm qua, Cụm có 3 địa phương hoàn thành vượt dự toán thu ngân sách.") is None


def test_rvct6_the_board_of_the_cluster_given_roles_is_no_member_count(rec):
    r = rec(YEAR + "Thường trực Cụm năm 2025 gồm 2 sở, sở Xây dựng làm Cụm trưởng và sở Công Thương làm Cụm phó.")
    assert r["cluster"]["member_count"] is None


def test_rvct7_a_total_before_gom_is_a_count(rec):
    r = rec("Ngày 14/1/2025, tại Hải Phòng, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024 với sự tham gia của tổng số 03 "
            "Bưu điện tỉnh thuộc Cụm gồm: Bưu điện tỉnh Hải Dương, Bưu điện tỉnh Hưng Yên và Bưu điện tỉnh Thái Bình.")
    assert r["cluster"]["member_count"] == 3


def test_rvct8_an_opening_year_does_not_date_role_notes_on_units_of_another_verb(rec):
    r = rec(YEAR + "Năm 2025, Cụm thống nhất 4 nhiệm vụ trọng tâm, giao Sở Tài chính (Cụm trưởng), Sở Xây dựng (Cụm phó) "
                   "đôn đốc các đơn vị thực hiện.")
    assert roles(r) == {"chair": "Sở Tài chính", "vice_chair": "Sở Xây dựng"}
