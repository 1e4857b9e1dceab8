"""Thirty-seventh pass, rankings: contest words inside a unit's name, a description after the leading unit, "và thứ N",
the verb-first passive with its units after "có"."""
from tdkt_extract import extract
from record_views import ranks, kinds

HEAD = "Ngày 15/1/2024, Khối thi đua Văn hóa - Thể thao tỉnh Bình Phước tổ chức hội nghị tổng kết năm 2023.\n"



def _r(line):
    r = extract(HEAD + line)
    return r.model_dump() if hasattr(r, "model_dump") else r.to_dict()


def test_contest_word_inside_unit_name_keeps_ranking():
    r = _r("Hội nghị bình chọn Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh hạng nhất, Bảo tàng tỉnh hạng nhì.")
    assert ranks(r) == [(1, "Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh"), (2, "Bảo tàng tỉnh")]
    assert "ranking" in kinds(r)


def test_sports_hall_is_a_unit():
    r = _r("Hội nghị suy tôn Nhà thi đấu tỉnh dẫn đầu khối.")
    assert ranks(r) == [(1, "Nhà thi đấu tỉnh")]


def test_contest_outside_names_still_screens():
    r = _r("Tại hội thao, Trung tâm Văn hóa tỉnh xếp thứ nhất, Bảo tàng tỉnh xếp thứ hai.")
    assert ranks(r) == []


def test_and_before_next_rank_ends_unit():
    r = _r("Khối thống nhất xếp thứ nhất là Thư viện tỉnh, thứ nhì là Bảo tàng tỉnh và thứ ba là Nhà hát tỉnh.")
    assert ranks(r) == [(1, "Thư viện tỉnh"), (2, "Bảo tàng tỉnh"), (3, "Nhà hát tỉnh")]


def test_and_inside_name_not_cut():
    r = _r("Khối thống nhất xếp thứ nhất là Trung tâm Văn hóa và Thể thao tỉnh, thứ nhì là Bảo tàng tỉnh.")
    assert ranks(r) == [(1, "Trung tâm Văn hóa và Thể thao tỉnh"), (2, "Bảo tàng tỉnh")]


def test_verb_first_passive_units_after_co():
    r = _r("Được suy tôn dẫn đầu Khối có Thư viện tỉnh và Bảo tàng tỉnh.")
    assert ranks(r) == [(1, "Thư viện tỉnh"), (1, "Bảo tàng tỉnh")]
    assert "ranking" in kinds(r)


def test_lead_co_without_passive_not_read():
    r = _r("Dẫn đầu Khối có nhiều đơn vị làm tốt công tác tuyên truyền.")
    assert ranks(r) == []


def test_appositive_before_passive_lead():
    r = _r("Thư viện tỉnh, đơn vị có nhiều mô hình hay, được Khối suy tôn dẫn đầu.")
    assert ranks(r) == [(1, "Thư viện tỉnh")]


def test_appositive_that_is_the_lead():
    r = _r("Bảo tàng tỉnh, đơn vị có tổng điểm cao nhất, được các thành viên suy tôn dẫn đầu Khối.")
    assert ranks(r) == [(1, "Bảo tàng tỉnh")]
