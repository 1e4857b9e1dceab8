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
