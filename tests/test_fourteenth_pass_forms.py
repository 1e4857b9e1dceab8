"""Forms of the fourteenth pass, each on an invented example."""

REVIEW = "Sáng 12/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n\n"


def ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def test_a_score_written_after_a_labelled_unit_is_no_part_of_it(rec):
    r = rec(REVIEW + "Kết quả xếp hạng: Thứ nhất: UBND huyện Tân Lạc 97,5 điểm; Thứ hai: UBND huyện Mai Châu 95 điểm.")
    assert ranks(r) == [(1, "UBND huyện Tân Lạc"), (2, "UBND huyện Mai Châu")]
    r = rec(REVIEW + "Kết quả xếp hạng: Thứ nhất: UBND huyện Tân Lạc - đạt 97/100 điểm; Thứ hai: UBND huyện Mai Châu - đạt 95/100 điểm.")
    assert ranks(r) == [(1, "UBND huyện Tân Lạc"), (2, "UBND huyện Mai Châu")]


def test_labels_after_the_scoring_rank_the_units(rec):
    r = rec(REVIEW + "Kết quả chấm điểm: Thứ nhất: UBND huyện Tân Lạc; Thứ hai: UBND huyện Mai Châu.")
    assert ranks(r) == [(1, "UBND huyện Tân Lạc"), (2, "UBND huyện Mai Châu")]
    # (labels numbering points of a talk rank nothing)
    r = rec(REVIEW + "Đồng chí Phó Chủ tịch đề nghị: Thứ nhất: tăng cường tuyên truyền; Thứ hai: đổi mới chấm điểm.")
    assert ranks(r) == []


def test_the_cluster_has_a_count_in_words_then_a_colon(rec):
    r = rec(REVIEW + "Cụm có bốn huyện: Tân Lạc, Mai Châu, Lạc Sơn và Cao Phong.")
    assert r["cluster"]["members"] == ["Tân Lạc", "Mai Châu", "Lạc Sơn", "Cao Phong"]
    # (a count in words after an opening phrase, the cluster not its subject: maybe only a part of the members)
    r = rec(REVIEW + "Năm qua, hai huyện trong Cụm là Tân Lạc và Mai Châu đã về đích sớm.")
    assert r["cluster"]["members"] == []


def test_the_leader_named_after_an_uncounted_leading_unit(rec):
    r = rec(REVIEW + "Đơn vị dẫn đầu Cụm năm 2023 là UBND huyện Lạc Sơn.")
    assert ranks(r) == [(1, "UBND huyện Lạc Sơn")]
    r = rec(REVIEW + "Dẫn đầu Cụm là UBND huyện Lạc Sơn, tiếp đến là UBND huyện Kim Bôi và UBND huyện Đà Bắc.")
    assert ranks(r) == [(1, "UBND huyện Lạc Sơn")]
    # (what the leader will get is no ranking)
    r = rec(REVIEW + "Đơn vị dẫn đầu Cụm sẽ được đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == []


def test_classes_written_before_their_units_with_no_dash(rec):
    r = rec(REVIEW + "Hội nghị thống nhất xếp hạng như sau: hạng nhất UBND huyện Lạc Sơn, hạng nhì UBND huyện Kim Bôi.")
    assert ranks(r) == [(1, "UBND huyện Lạc Sơn"), (2, "UBND huyện Kim Bôi")]
    # (an order's class before a unit is no rank)
    r = rec(REVIEW + "Dịp này, Chủ tịch nước tặng Huân chương Lao động hạng nhất UBND huyện Lạc Sơn.")
    assert ranks(r) == []


def test_the_votes_between_a_unit_and_its_rank(rec):
    r = rec(REVIEW + "Bỏ phiếu kín bình xét, kết quả: UBND huyện Lạc Sơn được 100% số phiếu, xếp thứ nhất; "
            "UBND huyện Kim Bôi xếp thứ hai.")
    assert ranks(r) == [(1, "UBND huyện Lạc Sơn"), (2, "UBND huyện Kim Bôi")]


def test_an_award_named_before_a_colon_list_of_its_recipients(rec):
    r = rec(REVIEW + "Cờ thi đua của UBND tỉnh được đề nghị tặng cho: UBND huyện Lạc Sơn, UBND huyện Kim Bôi.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
        ("UBND huyện Lạc Sơn", "Cờ thi đua của UBND tỉnh", "proposed"), ("UBND huyện Kim Bôi", "Cờ thi đua của UBND tỉnh", "proposed")]


def test_an_award_proposed_for_the_leader_named_after_it(rec):
    r = rec(REVIEW + "Cụm thống nhất đề nghị tặng Cờ thi đua của UBND tỉnh cho đơn vị dẫn đầu là UBND huyện Lạc Sơn.")
    assert ranks(r) == [(1, "UBND huyện Lạc Sơn")]
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("UBND huyện Lạc Sơn", "Cờ thi đua của UBND tỉnh")]


def test_a_former_province_recalled_is_part_of_the_merged_one(rec):
    r = rec("Ngày 18/12/2025, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2025. Cụm gồm 5 phường "
            "thuộc khu vực tỉnh Bà Rịa - Vũng Tàu cũ: Phước Thắng, Rạch Dừa, Tam Thắng, Vũng Tàu và Bà Rịa. Dự hội nghị có "
            "đại diện Sở Nội vụ Thành phố Hồ Chí Minh.")
    assert r["meeting"]["province"] == "Hồ Chí Minh"
    # (before the merger the same names are two provinces: no province)
    r = rec("Ngày 18/12/2023, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2023. Dự hội nghị có "
            "đại diện tỉnh Bà Rịa - Vũng Tàu và Thành phố Hồ Chí Minh.")
    assert r["meeting"]["province"] is None


def test_the_province_of_the_body_written_after_the_clusters_comma(rec):
    r = rec("Sáng 3/7/2026, tại Công an xã Mường Hum, Cụm thi đua số 2, Công an tỉnh Lào Cai tổ chức hội nghị sơ kết "
            "phong trào thi đua 6 tháng đầu năm 2026. Đoàn công tác Công an tỉnh Điện Biên dự, trao đổi kinh nghiệm.")
    assert r["meeting"]["province"] == "Lào Cai"
