"""Thirty-seventh pass, rankings, guards: a contest word inside the name of an organiser or a venue still screens out a
contest's results; a description after the last unit of a list is not that unit's alone."""
from tdkt_extract import extract
from record_views import ranks

HEAD = "Ngày 9/1/2024, Khối thi đua các cơ quan Nội chính tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2023.\n"


def _r(line):
    r = extract(HEAD + line)
    return r.model_dump() if hasattr(r, "model_dump") else r.to_dict()


def test_organiser_of_sports_day_named_with_contest_word():
    # rk-1: the contest's organiser, "Hội thao" in its name
    r = _r("Ban Tổ chức Hội thao Khối thông báo: Công an tỉnh đứng thứ nhất, Tòa án nhân dân tỉnh đứng thứ hai.")
    assert ranks(r) == []


def test_sports_hall_as_venue_of_an_exchange():
    # rk-2: "Nhà thi đấu" the venue of a sports exchange
    r = _r("Giao lưu cầu lông tại Nhà thi đấu thành phố Hà Tĩnh, Công an tỉnh xếp thứ nhất, Sở Tư pháp xếp thứ hai.")
    assert ranks(r) == []


def test_training_centre_hosting_an_exchange():
    # rk-3: a centre named for training and contests hosts the exchange; it is not ranked
    r = _r("Trung tâm Huấn luyện và Thi đấu thể thao tỉnh đăng cai giao lưu, Viện kiểm sát nhân dân tỉnh xếp thứ nhất, Sở Tư pháp xếp thứ hai.")
    assert ranks(r) == []


def test_organiser_of_a_tournament_awarding_flags():
    # rk-4: "Ban Tổ chức Giải thi đấu" hands flags to the teams placed
    r = _r("Cuối buổi, Ban Tổ chức Giải thi đấu bóng chuyền trao cờ cho Công an tỉnh xếp thứ nhất và Cục Thi hành án dân sự tỉnh xếp thứ hai.")
    assert ranks(r) == []


def test_organiser_of_a_show_ranking_its_entries():
    # rk-5: the organiser of a show ranks the entries ("xếp hạng:" ranks others, not itself)
    r = _r("Ban Tổ chức Hội diễn văn nghệ chào Xuân xếp hạng: Công an tỉnh hạng nhất, Sở Tư pháp hạng nhì.")
    assert ranks(r) == []


def test_sports_hall_as_venue_of_a_competition():
    # rk-6: the results of a competition held at "Nhà thi đấu"
    r = _r("Sau một ngày tranh tài sôi nổi tại Nhà Thi đấu tỉnh, Công an tỉnh dẫn đầu, Sở Tư pháp đứng thứ hai.")
    assert ranks(r) == []


def test_description_after_a_list_of_units():
    # rk-7: the description follows a list; the last unit is not the leader alone
    r = _r("Công an tỉnh, Tòa án nhân dân tỉnh, Sở Tư pháp, đơn vị có số điểm cao, được Khối suy tôn dẫn đầu.")
    assert ranks(r) != [(1, "Sở Tư pháp")]


def test_description_after_two_units_joined_by_and():
    # rk-8: "A và B, đơn vị ...": not B alone
    r = _r("Công an tỉnh và Sở Tư pháp, đơn vị có nhiều mô hình mới, được các thành viên suy tôn dẫn đầu Khối.")
    assert ranks(r) != [(1, "Sở Tư pháp")]


def test_ranked_unit_with_contest_word_still_read():
    # the fix kept: the centre itself is ranked
    r = _r("Hội nghị suy tôn Trung tâm Huấn luyện và Thi đấu thể thao tỉnh dẫn đầu, Sở Tư pháp xếp thứ hai.")
    assert ranks(r) == [(1, "Trung tâm Huấn luyện và Thi đấu thể thao tỉnh"), (2, "Sở Tư pháp")]


def test_single_unit_description_still_read():
    r = _r("Công an tỉnh, đơn vị có số điểm cao nhất, được Khối suy tôn dẫn đầu.")
    assert ranks(r) == [(1, "Công an tỉnh")]
