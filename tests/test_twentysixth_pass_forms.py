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
