"""Thirtieth pass, the session's own fixes of forms the last pass left: two places written with their kind joined by
"và" are the members."""

_CUM = "Ngày 10/1/2025, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


def test_two_places_with_their_kind_joined_by_and_are_the_members(rec):
    r = rec(_CUM + "Cụm gồm huyện Đông Hòa và thị xã Bình Lộc.")
    assert r["cluster"]["members"] == ["huyện Đông Hòa", "thị xã Bình Lộc"]
    assert r["cluster"]["member_count"] is None
    # (what a team or panel "gồm" is no list of the cluster's members)
    r = rec(_CUM + "Đoàn kiểm tra chéo gồm huyện Đông Hòa và thị xã Bình Lộc.")
    assert r["cluster"]["members"] == []


def test_a_plural_lead_keeps_a_first_unit_whose_name_holds_and(rec):
    r = rec(_CUM + "Các đơn vị Sở Khoa học và Công nghệ, Sở Nội vụ, Sở Y tế được đề nghị tặng Cờ thi đua của UBND tỉnh.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Y tế"]
    r = rec(_CUM + "Hai đơn vị Sở Khoa học và Công nghệ và Sở Nội vụ được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Khoa học và Công nghệ", "Sở Nội vụ"]


def test_a_place_in_an_index_named_after_trong_is_no_ranking(rec):
    r = rec(_CUM + "Kết quả, huyện Đông Hòa xếp thứ nhất trong Bộ chỉ số năng lực cạnh tranh cấp huyện; thị xã Bình Lộc xếp "
                   "thứ nhất Cụm.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "thị xã Bình Lộc")]
    # (the cluster's own board after "trong" keeps the place)
    r = rec(_CUM + "Kết quả, huyện Đông Hòa xếp thứ nhất trong Cụm.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "huyện Đông Hòa")]
