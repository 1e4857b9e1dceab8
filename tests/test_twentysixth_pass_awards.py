"""Award forms of the twenty-sixth pass, each on an invented example."""
import pytest

LEAD = "Hội nghị tổng kết công tác thi đua năm 2024 của Cụm thi đua số 9.\n"


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


@pytest.mark.parametrize("ref", ["theo Quyết định số 407/QĐ-TTg ngày 11/3/2024 của Thủ tướng Chính phủ",
                                 "theo QĐ số 407/QĐ-BTC", "tại Quyết định 407/QĐ-BTC ngày 11/3/2024"])
def test_the_decision_an_award_was_given_by_ends_its_recipient(rec, ref):
    r = rec(LEAD + f"Dịp này, Thứ trưởng đã trao Cờ thi đua của Bộ Tài chính cho Cục Hải quan tỉnh Điện Biên {ref}.")
    assert _awards(r) == [("Cục Hải quan tỉnh Điện Biên", "Cờ thi đua của Bộ Tài chính", "conferred")]


@pytest.mark.parametrize("verb", ["bàn giao", "trao"])
def test_a_rotating_emulation_flag_handed_over(rec, verb):
    r = rec(LEAD + f"Phòng Tư pháp huyện Đông Hải {verb} Cờ thi đua luân lưu cho Phòng Nội vụ huyện Đông Hải.")
    assert _awards(r) == [("Phòng Nội vụ huyện Đông Hải", "Cờ thi đua luân lưu", "conferred")]
    r = rec(LEAD + "Phòng Nội vụ huyện Đông Hải nhận Cờ thi đua luân lưu từ Phòng Tư pháp huyện Đông Hải.")
    assert _awards(r) == [("Phòng Nội vụ huyện Đông Hải", "Cờ thi đua luân lưu", "conferred")]


def test_the_merit_year_is_read_past_the_decision(rec):
    r = rec(LEAD + "Dịp này, Thứ trưởng đã trao Cờ thi đua của Chính phủ cho tỉnh Sơn La theo Quyết định số 407/QĐ-TTg "
            "ngày 11/3/2024 vì đã có thành tích dẫn đầu phong trào thi đua năm 2023.")
    assert [(a["recipient"], a["year"]) for a in r["awards"]] == [("tỉnh Sơn La", 2023)]


@pytest.mark.parametrize("chosen, units", [("tỉnh Sơn La để", ["tỉnh Sơn La"]),
                                           ("tỉnh Sơn La,", ["tỉnh Sơn La"]),
                                           ("thành phố Cần Thơ để", ["thành phố Cần Thơ"]),
                                           ("tỉnh Sơn La và tỉnh Hòa Bình", ["tỉnh Sơn La", "tỉnh Hòa Bình"])])
def test_a_province_chosen_by_its_kind_word_is_proposed_for_the_award(rec, chosen, units):
    r = rec("Hội nghị tổng kết công tác thi đua năm 2024 của Cụm thi đua các tỉnh Tây Bắc.\n"
            f"Hội nghị thống nhất suy tôn {chosen} đề nghị Chính phủ tặng Cờ thi đua.")
    assert _awards(r) == [(u, "Cờ thi đua", "proposed") for u in units]


@pytest.mark.parametrize("award", ["Cờ thi đua Vietinbank", "Bằng khen PVN", "Giấy khen Vietinbank", "Cờ thi đua MobiFone"])
def test_an_award_named_by_a_firm_written_bare_after_it(rec, award):
    r = rec(LEAD + f"Hội nghị thống nhất đề nghị Tổng Giám đốc tặng {award} cho Công ty Dịch vụ Kỹ thuật Hòa Sơn.")
    assert _awards(r) == [("Công ty Dịch vụ Kỹ thuật Hòa Sơn", award, "proposed")]


@pytest.mark.parametrize("done", ["đã được", "vừa được"])
def test_an_award_as_the_subject_of_a_passive_keeps_no_adverb(rec, done):
    r = rec(LEAD + f"Dịp này, Bằng khen của Bộ trưởng Bộ Tài chính {done} trao cho Kho bạc Nhà nước Sơn La.")
    assert _awards(r) == [("Kho bạc Nhà nước Sơn La", "Bằng khen của Bộ trưởng Bộ Tài chính", "conferred")]


@pytest.mark.parametrize("sep", [" và ", ", "])
def test_units_each_with_its_place_joined_before_the_proposal_each_get_it(rec, sep):
    r = rec(LEAD + f"Hội nghị suy tôn Trường Chính trị tỉnh dẫn đầu Khối; Báo Sơn La xếp thứ hai{sep}Đài Phát thanh Sơn La "
            "xếp thứ ba, đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert _awards(r) == [("Báo Sơn La", "Bằng khen", "proposed"), ("Đài Phát thanh Sơn La", "Bằng khen", "proposed")]


def test_the_leader_before_a_second_place_keeps_out_of_its_award(rec):
    r = rec(LEAD + "Hội nghị suy tôn Trường Chính trị tỉnh dẫn đầu Khối, Báo Sơn La xếp thứ hai, đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert _awards(r) == [("Báo Sơn La", "Bằng khen", "proposed")]


@pytest.mark.parametrize("opener", ["Kết quả: ", "Kết quả bình xét, ", ""])
def test_a_result_sentence_whose_subject_reaches_a_title_and_is_proposed(rec, opener):
    r = rec(LEAD + f"{opener}Viettel Sơn La đạt danh hiệu đơn vị dẫn đầu Cụm, được đề nghị tặng Cờ thi đua của Bộ Quốc phòng.")
    assert _awards(r) == [("Viettel Sơn La", "Cờ thi đua của Bộ Quốc phòng", "proposed")]


@pytest.mark.parametrize("pred", ["đứng thứ 2", "có thành tích xuất sắc", "đạt số điểm cao nhất",
                                  "hoàn thành xuất sắc nhiệm vụ,", "xếp thứ 2"])
def test_the_units_own_predicate_before_the_proposal_is_no_part_of_it(rec, pred):
    r = rec(LEAD + f"Công ty Cổ phần Đạt Phương Sơn La {pred} được đề nghị UBND tỉnh tặng Bằng khen.")
    assert _awards(r) == [("Công ty Cổ phần Đạt Phương Sơn La", "Bằng khen", "proposed")]
    r = rec(LEAD + f"Sở Xây dựng và Sở Công Thương {pred} được đề nghị UBND tỉnh tặng Bằng khen.")
    assert _awards(r) == [("Sở Xây dựng", "Bằng khen", "proposed"), ("Sở Công Thương", "Bằng khen", "proposed")]


@pytest.mark.parametrize("unit", ["Sở Y tế", "Trường Tiểu học Hòa Sơn"])
def test_a_unit_after_the_award_with_no_cho_is_no_giver(rec, unit):
    r = rec(LEAD + f"Hội nghị thống nhất đề nghị tặng Bằng khen {unit}.")
    assert all(a["award"] == "Bằng khen" for a in r["awards"])
