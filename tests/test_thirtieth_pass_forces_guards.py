"""Guards on the thirtieth pass's forces rules (rank lists, unit nouns, two-day dash dates, "Hội nghị suy tôn", counts of
members): ordinary text they must leave as it was, each on an invented example."""

LEAD = "Sáng 20-12, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024."


def test_a_digit_weekday_is_no_first_day_of_a_dash_span(rec):
    for text, tod in (("Sáng thứ 6, 20-12-2024, Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2024 tại Hội trường UBND huyện Mỹ Lâm.", "sang"),
                      ("Chiều thứ 6, 20-12, Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2024 tại Hội trường UBND huyện Mỹ Lâm.", "chieu"),
                      ("Sáng thứ 6, 20/12/2024, Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2024.", "sang")):
        m = rec(text)["meeting"]
        assert (m["date"], m["time_of_day"]) == ("2024-12-20", tod), text
    # (two days after "Ngày" still give the first)
    assert rec("Ngày 19, 20-12-2024, Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2024.")["meeting"]["date"] == "2024-12-19"


def _people(r):
    return [(p["name"], p["title"]) for p in r["people"]]


def test_a_rank_before_a_position_after_the_comma_is_the_title(rec):
    r = rec(LEAD + " Dự hội nghị có đồng chí Trần Quốc Bảo, Thượng tá Phó Giám đốc Công an tỉnh.")
    assert _people(r) == [("Trần Quốc Bảo", "Thượng tá Phó Giám đốc Công an tỉnh")]
    r = rec(LEAD + " Dự hội nghị có đồng chí Đỗ Minh Khoa - Trung tá Trưởng Công an huyện Mỹ Lâm.")
    assert _people(r) == [("Đỗ Minh Khoa", "Trung tá Trưởng Công an huyện Mỹ Lâm")]
    r = rec(LEAD + " Dự hội nghị có bà Phan Thị Hoa, Nhà giáo Ưu tú Phó Hiệu trưởng Trường THPT Mỹ Lâm.")
    assert _people(r) == [("Phan Thị Hoa", "Nhà giáo Ưu tú Phó Hiệu trưởng Trường THPT Mỹ Lâm")]
    # (a rank and a personal name still open the next person)
    r = rec(LEAD + " Dự hội nghị có Thượng tá Trần Quốc Bảo, Trung tá Đỗ Minh Khoa.")
    assert _people(r) == [("Trần Quốc Bảo", None), ("Đỗ Minh Khoa", None)]


def test_a_host_academy_after_the_bloc_of_schools_is_no_part_of_its_name(rec):
    r = rec("Ngày 18-12-2024, Khối thi đua các trường cao đẳng, Học viện Hành chính khu vực III đăng cai tổ chức hội nghị "
            "tổng kết công tác thi đua, khen thưởng năm 2024.")
    assert (r["cluster"]["name"], r["cluster"]["number"]) == ("Khối thi đua các trường cao đẳng", None)
    # (kinds listed after the comma still go on)
    r = rec("Ngày 18-12-2024, Khối thi đua các trường đại học, học viện tổ chức hội nghị tổng kết năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các trường đại học, học viện"
    r = rec("Ngày 18-12-2024, Khối thi đua các Cục, Tổng cục thuộc Bộ Xây dựng tổ chức hội nghị tổng kết năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các Cục, Tổng cục thuộc Bộ Xây dựng"


def test_the_new_members_admitted_are_no_count_of_the_members(rec):
    for tail in ("Hội nghị đã thống nhất kết nạp thêm 3 đơn vị mới làm thành viên Khối là Sở Du lịch và Đài Phát thanh tỉnh.",
                 "Trong năm, 3 đơn vị được công nhận là thành viên Khối.",
                 "Trong năm, 3 đơn vị trở thành thành viên Khối."):
        r = rec("Sáng 20-12, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị tổng kết năm 2024. " + tail)
        assert r["cluster"]["member_count"] is None, tail
    # (the members named so still counted)
    r = rec("Sáng 20-12, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị tổng kết năm 2024. Dự có lãnh đạo 11 học viện, "
            "trường Quân đội thành viên Khối.")
    assert r["cluster"]["member_count"] == 11


def test_a_meeting_of_suy_ton_named_for_an_award_or_to_come_is_no_ranking(rec):
    r = rec("Sáng 20-9, Cụm thi đua số 7 tổ chức hội nghị sơ kết 9 tháng năm 2024. Hội nghị suy tôn Cờ thi đua của Bộ Công an "
            "sẽ được Cụm tổ chức vào tháng 1-2025.")
    assert [d for d in r["decisions"] if d["kind"] == "ranking"] == []
    r = rec(LEAD + " Hội nghị suy tôn Công an huyện Mỹ Lâm sẽ được tổ chức vào đầu năm 2025.")
    assert [d for d in r["decisions"] if d["kind"] == "ranking"] == []
    # (the meeting choosing a unit it names is still a ranking)
    r = rec(LEAD + " Hội nghị suy tôn Công an huyện Mỹ Lâm, đề nghị Bộ Công an tặng Cờ thi đua.")
    assert [d["kind"] for d in r["decisions"]][:1] == ["ranking"]
