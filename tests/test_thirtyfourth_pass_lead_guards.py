"""Guards the lead added after the differential reviews of the thirty-fourth pass (own examples)."""
from tdkt_extract import extract


def _ranks(text: str) -> list[tuple[int, str]]:
    r = extract(text).model_dump()
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def test_ordinals_numbering_points_are_no_ranks():
    text = ("Khối thi đua các cơ quan tỉnh tổng kết công tác thi đua năm 2025.\n"
            "Về phương hướng năm 2026, Khối thống nhất ba nội dung. Thứ nhất: Đổi mới cách bình xét thi đua. "
            "Thứ hai: Nâng cao chất lượng bình xét thi đua ở cơ sở. Thứ ba: Nhân rộng điển hình tiên tiến.")
    r = extract(text).model_dump()
    assert r["rankings"] == []
    assert "ranking" not in [d["kind"] for d in r["decisions"]]


def test_ordinals_before_units_chosen_are_ranks():
    text = ("Khối thi đua các cơ quan tỉnh tổng kết công tác thi đua năm 2025.\n"
            "Hội nghị đã bình xét, suy tôn các đơn vị dẫn đầu Khối: thứ nhất Sở Tư pháp, thứ hai Sở Nội vụ, thứ ba Thanh tra tỉnh.")
    assert _ranks(text) == [(1, "Sở Tư pháp"), (2, "Sở Nội vụ"), (3, "Thanh tra tỉnh")]


def _recipients(text: str) -> list[str]:
    return [a["recipient"] for a in extract(text).model_dump()["awards"]]


def test_a_districts_ban_beside_another_unit_in_a_recipient_list_is_two_recipients():
    text = ("Cụm thi đua số 4 tổng kết công tác thi đua năm 2025.\n"
            "Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho Ban Dân vận Huyện ủy, Bệnh viện Đa khoa huyện Sơn Hà.")
    assert _recipients(text) == ["Ban Dân vận Huyện ủy", "Bệnh viện Đa khoa huyện Sơn Hà"]


def test_a_national_broadcasters_ban_with_its_body_is_one_recipient():
    text = ("Khối thi đua các cơ quan báo chí Trung ương tổng kết công tác thi đua năm 2025.\n"
            "Hội nghị đề nghị tặng Cờ thi đua của Chính phủ cho Ban Văn hóa, Đài Tiếng nói Việt Nam.")
    assert _recipients(text) == ["Ban Văn hóa, Đài Tiếng nói Việt Nam"]
