"""Thirty-eighth pass, guards on the member-list rules of x38mb: an apposition after the cluster's name opens a member
list only after a name's words, and a list of a city's districts before the city splits its last pair (examples written
for these tests)."""
from tdkt_extract import extract

_LEAD = "Ngày 14/12/2023, Cụm thi đua số 2 tỉnh Hậu Giang tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _cluster(text):
    return extract(text).cluster


def test_places_the_cluster_helps_after_a_verb_and_a_comma_are_no_members():
    # mb-1: a guest asks the cluster to help places; the clause before the comma holds a verb, not the cluster's name
    text = _LEAD + ("Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh đề nghị các thành viên Cụm thi đua tiếp tục giúp đỡ "
                    "các địa phương còn khó khăn, gồm huyện Long Mỹ, các xã Vĩnh Viễn, Lương Tâm.")
    assert _cluster(text).members == []


def test_units_the_cluster_commends_after_a_count_and_a_comma_are_no_members():
    # mb-2: the units commended, counted, are neither the members nor their number
    text = _LEAD + "Cụm thi đua khen thưởng 3 đơn vị tiêu biểu, gồm thành phố Vị Thanh, các huyện Vị Thủy và Phụng Hiệp."
    c = _cluster(text)
    assert c.members == [] and c.member_count is None


def test_a_list_of_a_citys_districts_splits_its_last_pair_before_the_city():
    # mb-3: a quận lies in a city: "thành phố X" after the list is where the districts lie
    text = _LEAD + "Từ năm 2024, Cụm thi đua số 2 sẽ gồm quận Cái Răng, các huyện Phong Điền và Cờ Đỏ, thành phố Cần Thơ."
    assert _cluster(text).members == ["quận Cái Răng", "Phong Điền", "Cờ Đỏ"]
