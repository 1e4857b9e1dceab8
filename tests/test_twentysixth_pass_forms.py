"""Forms of the twenty-sixth pass, each on an invented example."""
import pytest


@pytest.mark.parametrize("leader", ["Công an xã Tân Phú, huyện Đồng Xuân", "Trường THCS Nguyễn Du, thị xã Ba Đồn"])
def test_a_leader_with_the_place_after_its_comma_is_ranked_whole(rec, leader):
    r = rec("Ngày 12/12/2025, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua năm 2025. "
            f"Kết quả, {leader} dẫn đầu Cụm.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, leader)]
    # (two units of one kind stay two leaders)
    r = rec("Ngày 12/12/2025, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua năm 2025. "
            "Kết quả, Công an xã Tân Phú, Công an xã Hòa Mỹ dẫn đầu Cụm.")
    assert [x["organization"] for x in r["rankings"]] == ["Công an xã Tân Phú", "Công an xã Hòa Mỹ"]


def test_a_person_closing_a_quote_with_noi_spoke_but_not_noi_chung(rec):
    lead = "Sáng 12/12/2025, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua năm 2025. "
    r = rec(lead + "“Các đơn vị cần giữ vững đoàn kết”, bà Phan Thị Lụa, Chủ tịch Hội Nông dân tỉnh nói.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Phan Thị Lụa", ["spoke"])]
    r = rec(lead + "Ông Đỗ Văn Khang, Trưởng ban Thi đua nói: “Năm tới cần làm tốt hơn”.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Đỗ Văn Khang", ["spoke"])]
    # (the word of another phrase: "nói chung", "nói riêng", "nói lên")
    for tail in ("nói chung các đơn vị đều cố gắng.", "nói riêng đã có nhiều cố gắng.", "nói lên quyết tâm của Cụm."):
        r = rec(lead + "Ông Đỗ Văn Khang " + tail)
        assert [p["roles"] for p in r["people"]] == [[]], tail
