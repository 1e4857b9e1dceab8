"""Thirty-eighth pass, guards on x38m2's rules: near forms in ordinary articles where they misfired (examples written
for these tests)."""
from tdkt_extract import extract

from record_views import ranks

_LEAD = "Ngày 8/01/2025, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"
_SCHOOLS = "Ngày 28/5/2024, Cụm thi đua số 2 ngành Giáo dục huyện Yên Dũng tổ chức hội nghị tổng kết năm học 2023-2024.\n"


# --- member_count: the units' own places after "ở" / "tại" when the cluster is made of them (m2-1, m2-2, m2-3)
def test_m2_1_cluster_is_the_police_in_n_districts():
    r = extract(_LEAD + "Cụm là Công an ở 5 huyện, thị xã thuộc khu vực miền núi phía Tây của tỉnh.")
    assert r.cluster.member_count == 5


def test_m2_2_cluster_holds_the_offices_at_n_districts():
    r = extract(_LEAD + "Cụm gồm Phòng Tài chính - Kế hoạch tại 4 huyện, thành phố của tỉnh.")
    assert r.cluster.member_count == 4


def test_m2_3_named_cluster_is_the_associations_in_n_districts():
    r = extract(_LEAD + "Cụm thi đua số 6 là Hội Liên hiệp Phụ nữ ở 7 huyện, thị xã, thành phố vùng ven biển.")
    assert r.cluster.member_count == 7


# --- members: a level opening a school of two levels, named schools after it (m2-4, m2-5, m2-6, m2-7)
def test_m2_4_a_level_then_named_schools_keeps_the_names():
    r = extract(_SCHOOLS + "Cụm gồm các trường THCS, THPT Yên Dũng số 2, THPT Yên Dũng số 3 và THPT Lạng Giang.")
    assert "THPT Lạng Giang" in r.cluster.members


def test_m2_5_levels_of_one_school_then_named_schools():
    r = extract(_SCHOOLS + "Cụm gồm MN, TH và THCS xã Tư Mại, Trường THCS Đồng Phúc và Trường TH Đức Giang.")
    assert "Trường THCS Đồng Phúc" in r.cluster.members


def test_m2_6_levels_in_the_cluster_then_named_schools():
    r = extract(_SCHOOLS + "Cụm gồm các trường THCS trong huyện, Trường THCS Lãng Sơn, Trường THCS Trí Yên.")
    assert "Trường THCS Trí Yên" in r.cluster.members


def test_m2_7_primary_level_then_named_schools():
    r = extract(_SCHOOLS + "Cụm gồm các trường TH, THCS Nham Sơn, TH Tiến Dũng và THCS Cảnh Thụy.")
    assert "THCS Cảnh Thụy" in r.cluster.members


# --- rankings: a bare results series that is a sport's standings (m2-8, m2-9)
def test_m2_8_standings_of_a_match_told_two_sentences_before():
    r = extract(_LEAD + "Nhân dịp này, các đơn vị giao lưu bóng đá mini. Các trận đấu diễn ra sôi nổi. "
                        "Kết quả: huyện Lục Nam hạng Nhất; huyện Sơn Động hạng Nhì.")
    assert ranks(r.model_dump(mode="json")) == []


def test_m2_9_standings_after_a_sport_named_the_sentence_before():
    r = extract(_LEAD + "Buổi chiều, các đơn vị tham gia kéo co và cầu lông.\n"
                        "Kết quả: huyện Lục Nam hạng Nhất, huyện Sơn Động hạng Nhì, huyện Lục Ngạn hạng Ba.")
    assert ranks(r.model_dump(mode="json")) == []


# --- rankings: the results of another board or an exam (m2-10, m2-11)
def test_m2_10_results_of_an_index_are_no_ranking():
    r = extract(_LEAD + "Kết quả chỉ số hài lòng năm 2024: huyện Lục Nam hạng Nhất; huyện Sơn Động hạng Nhì.")
    assert ranks(r.model_dump(mode="json")) == []


def test_m2_11_results_of_an_exam_are_no_ranking():
    r = extract(_LEAD + "Kết quả kỳ thi giáo viên dạy giỏi: Trường THCS Lục Nam hạng Nhất; Trường THCS Sơn Động hạng Nhì.")
    assert ranks(r.model_dump(mode="json")) == []


# --- rankings: after a lead, a place on another topic's board (m2-12)
def test_m2_12_after_a_lead_a_place_on_a_topic_is_no_cluster_place():
    r = extract(_LEAD + "Qua bình xét, huyện Lục Nam dẫn đầu Cụm; về chỉ số chuyển đổi số, huyện Sơn Động thứ hai.")
    assert (2, "huyện Sơn Động") not in ranks(r.model_dump(mode="json"))


# --- the causes stay fixed (negatives of the narrowing)
def test_places_where_a_campaign_was_held_still_no_count():
    r = extract(_LEAD + "Cụm đã tổ chức ra quân làm sạch môi trường tại 22 xã, phường, thị trấn.")
    assert r.cluster.member_count is None


def test_levels_alone_still_no_member():
    r = extract(_SCHOOLS + "Cụm gồm 10 trường TH và THCS trên địa bàn huyện.")
    assert r.cluster.members == []


def test_a_bare_results_series_still_ranked():
    r = extract(_LEAD + "Kết quả bình xét: huyện Lục Nam hạng Nhất; huyện Sơn Động hạng Nhì.")
    assert sorted(ranks(r.model_dump(mode="json"))) == [(1, "huyện Lục Nam"), (2, "huyện Sơn Động")]


def test_a_lead_then_bare_places_still_ranked():
    r = extract(_LEAD + "Qua bình xét, huyện Lục Nam dẫn đầu Cụm; huyện Sơn Động hạng nhì; huyện Lục Ngạn hạng ba.")
    assert sorted(ranks(r.model_dump(mode="json"))) == [(1, "huyện Lục Nam"), (2, "huyện Sơn Động"), (3, "huyện Lục Ngạn")]
