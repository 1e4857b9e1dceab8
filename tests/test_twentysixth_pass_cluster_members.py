"""Cluster members and counts of the twenty-sixth pass, each on an invented example."""


def test_unit_kind_shared_by_districts_listed_without_colon(rec):
    # "gồm <unit> các huyện A, B, C và D": the districts are the members, as with the colon or "UBND các xã"
    r = rec("Sáng 3/4, Cụm thi đua số 6 gồm Phòng Nội vụ các huyện Lạc Minh, Vân Khê, Đồng Xuyên và Hạ Lũng "
            "tổ chức hội nghị sơ kết quý I năm 2024.")
    assert r["cluster"]["members"] == ["Lạc Minh", "Vân Khê", "Đồng Xuyên", "Hạ Lũng"]
    r = rec("Sáng 3/4, Cụm thi đua số 6 gồm Trung tâm Y tế các huyện Lạc Minh, Vân Khê và Hạ Lũng "
            "tổ chức hội nghị sơ kết quý I năm 2024.")
    assert r["cluster"]["members"] == ["Lạc Minh", "Vân Khê", "Hạ Lũng"]
    # (the next items units of their own: the first is named whole)
    r = rec("Sáng 3/4, Cụm thi đua số 6 gồm Trung tâm Y tế các huyện Lạc Minh, Bệnh viện Vân Khê và Trường Hạ Lũng "
            "tổ chức hội nghị sơ kết quý I năm 2024.")
    assert r["cluster"]["members"][0] == "Trung tâm Y tế các huyện Lạc Minh"
