"""Forms of the tenth pass (its held-out sets and blind bank), each on an invented example."""


def test_a_cluster_named_for_emulation_and_commendation_keeps_both_words(rec):
    r = rec("Ngày 20/7/2024, Cụm thi đua, khen thưởng các trường cao đẳng khu vực Tây Bắc tổ chức hội nghị tổng kết năm học "
            "2023-2024.")
    assert r["cluster"]["name"] == "Cụm thi đua, khen thưởng các trường cao đẳng khu vực Tây Bắc"
    assert r["cluster"]["kind"] == "cum"
    # (the work of emulation and commendation after a cluster's own name is no part of it)
    r = rec("Ngày 20/7/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.")
    assert r["cluster"]["name"] == "Cụm thi đua số 4"
