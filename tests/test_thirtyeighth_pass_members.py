"""Thirty-eighth pass: member lists that open with one place and go on with a plural group of another kind, and a list's
last pair before the place the members lie in (examples written for these tests)."""
from tdkt_extract import extract

_LEAD = "Ngày 6/12/2023, Cụm thi đua số 3 tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _members(text):
    return extract(text).cluster.members


# --- a single place of any kind, a comma or "và", then a plural group of another kind
def test_a_town_then_a_comma_and_the_districts_in_the_plural():
    assert _members(_LEAD + "Cụm gồm thị xã Vĩnh Châu, các huyện Trần Đề, Mỹ Xuyên và Long Phú.") == \
        ["thị xã Vĩnh Châu", "Trần Đề", "Mỹ Xuyên", "Long Phú"]


def test_a_city_then_a_comma_and_two_districts_in_the_plural():
    assert _members(_LEAD + "Cụm gồm thành phố Sóc Trăng, các huyện Châu Thành, Mỹ Tú.") == \
        ["thành phố Sóc Trăng", "Châu Thành", "Mỹ Tú"]


def test_the_same_list_as_an_apposition_after_the_clusters_name_and_a_comma():
    text = ("Ngày 6/12/2023, Cụm thi đua các huyện ven biển tỉnh Sóc Trăng, gồm thị xã Vĩnh Châu, các huyện Trần Đề, Cù Lao Dung "
            "và Long Phú, đã tổ chức hội nghị tổng kết năm 2023.")
    assert _members(text) == ["thị xã Vĩnh Châu", "Trần Đề", "Cù Lao Dung", "Long Phú"]


def test_a_clause_with_a_verb_before_the_comma_opens_no_member_list():
    # the places that achieved something, after what the cluster noted: no members
    text = _LEAD + "Cụm thi đua ghi nhận nhiều mô hình hay, gồm thành phố Sóc Trăng, các huyện Mỹ Tú, Châu Thành đạt chuẩn."
    assert _members(text) == []


def test_a_districts_own_communes_with_no_cluster_the_subject_are_no_members():
    text = _LEAD + "Năm qua, huyện Mỹ Tú gồm thị trấn Huỳnh Hữu Nghĩa, các xã Mỹ Hương, Long Hưng đạt chuẩn nông thôn mới."
    assert _members(text) == []


def test_a_city_then_the_plural_of_offices_is_no_list_of_places():
    assert _members(_LEAD + "Cụm gồm thành phố Sóc Trăng, các phòng chuyên môn.") == []


# --- the last pair of a list, "và" before a place, then the place they lie in
def test_the_last_pair_splits_before_the_province_the_places_lie_in():
    text = ("Ngày 6/12/2023, Cụm thi đua số 4 gồm các huyện Mỹ Xuyên, Long Phú và thị xã Ngã Năm, tỉnh Sóc Trăng tổ chức hội "
            "nghị tổng kết năm 2023.")
    assert _members(text) == ["Mỹ Xuyên", "Long Phú", "thị xã Ngã Năm"]


def test_the_last_pair_of_communes_splits_before_their_district():
    text = ("Ngày 6/12/2023, Cụm thi đua số 1 gồm các xã Phú Tâm, Phú Tân và thị trấn Châu Thành, huyện Châu Thành tổ chức "
            "hội nghị tổng kết năm 2023.")
    assert _members(text) == ["Phú Tâm", "Phú Tân", "thị trấn Châu Thành"]


def test_a_last_place_of_the_same_level_after_the_pair_is_not_read_as_where_they_lie():
    # "thành phố" is of the level of "thị xã": not the place the others lie in, the list as before
    text = ("Ngày 6/12/2023, Cụm thi đua số 5 gồm huyện Mỹ Xuyên, huyện Long Phú và thị xã Ngã Năm, thành phố Sóc Trăng tổ "
            "chức hội nghị tổng kết năm 2023.")
    assert "thị xã Ngã Năm" in _members(text) and "thành phố Sóc Trăng" in _members(text)


def test_a_pair_of_the_same_level_before_the_last_place_is_not_split_off_as_where_they_lie():
    text = ("Ngày 6/12/2023, Cụm thi đua số 2 gồm các huyện Kế Sách, Long Phú và thị xã Ngã Năm, thị xã Vĩnh Châu tổ chức hội "
            "nghị tổng kết năm 2023.")
    assert "thị xã Vĩnh Châu" in " ".join(_members(text))
