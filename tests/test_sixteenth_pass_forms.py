"""Forms of the sixteenth pass, each on an invented example."""

REVIEW = "Sáng 8/1/2021, Khối thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2020.\n\n"
MEMBERS = "Khối gồm 5 đơn vị: Sở Y tế (Khối trưởng), Sở Tư pháp (Khối phó), Sở Xây dựng, Sở Nội vụ và Sở Công Thương.\n\n"


def test_a_role_named_after_its_cluster_does_not_take_the_next_role_word_as_its_unit(rec):
    r = rec(REVIEW + MEMBERS + "Năm 2021, Sở Xây dựng là Khối trưởng Khối thi đua số 3, Sở Nội vụ là Khối phó.")
    c = r["cluster"]
    assert c["chair"]["organization"] == "Sở Y tế" and c["vice_chair"]["organization"] == "Sở Tư pháp"
    assert c["next_chair"]["organization"] == "Sở Xây dựng"
    assert c["next_vice_chair"]["organization"] == "Sở Nội vụ"
    # ("Khối trưởng ... là X" still reads X)
    r = rec(REVIEW + MEMBERS + "Hội nghị thống nhất Khối trưởng năm 2021 là Sở Xây dựng.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Xây dựng"


def test_a_person_holding_the_role_of_the_cluster_written_long_while_the_lead_writes_it_short(rec):
    r = rec("Bình xét thi đua\n\nNgày 23/11/2020, Cụm 2 Cụm thi đua Viện kiểm sát nhân dân tỉnh Phú Thọ tổ chức hội nghị bình xét thi đua năm 2020.\n\n"
            "Đồng chí Trần Văn Bình - Cụm trưởng Cụm thi đua số 2 phát biểu khai mạc hội nghị.")
    assert r["cluster"]["number"] == 2
    assert r["cluster"]["chair"] == {"organization": None, "person": "Trần Văn Bình"}
    # (the chair of another numbered cluster holds no role here)
    r = rec("Bình xét thi đua\n\nNgày 23/11/2020, Cụm 2 Cụm thi đua Viện kiểm sát nhân dân tỉnh Phú Thọ tổ chức hội nghị bình xét thi đua năm 2020.\n\n"
            "Đồng chí Trần Văn Bình - Cụm trưởng Cụm thi đua số 5 phát biểu tại hội nghị.")
    assert r["cluster"]["chair"] is None


def awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_units_chosen_counted_then_named_in_brackets_or_after_la(rec):
    lead = "Cụm thi đua số 3 tổng kết năm 2022\n\nNgày 25/11/2022, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2022. "
    r = rec(lead + "Các thành viên đã bình chọn 2 tập thể có thành tích xuất sắc (Sở Y tế và Sở Tư pháp) đề nghị UBND tỉnh tặng Bằng khen.")
    assert awards(r) == [("Sở Y tế", "Bằng khen", "proposed"), ("Sở Tư pháp", "Bằng khen", "proposed")]
    r = rec(lead + "Các thành viên đã suy tôn 02 đơn vị là Sở Y tế và Sở Tư pháp, đề nghị UBND tỉnh tặng Bằng khen.")
    assert awards(r) == [("Sở Y tế", "Bằng khen", "proposed"), ("Sở Tư pháp", "Bằng khen", "proposed")]
    # (a count that differs from the units named gives no recipient)
    r = rec(lead + "Các thành viên đã bình chọn 3 tập thể (Sở Y tế và Sở Tư pháp) đề nghị UBND tỉnh tặng Bằng khen.")
    assert awards(r) == []


def test_a_sentence_opened_by_cung_trong_dip_nay_does_not_state_the_meeting(rec):
    r = rec("Qua tổng kết, Sở Y tế được Khối đề nghị UBND tỉnh tặng Cờ thi đua.\n\n"
            + MEMBERS + "Năm 2020, các đơn vị trong Khối thi đua số 3 đã hoàn thành tốt nhiệm vụ.\n\n"
            "Tại hội nghị, các đơn vị đã bỏ phiếu bình xét Sở Y tế là đơn vị dẫn đầu.\n\n"
            "Cũng trong dịp này, các đơn vị trong Khối tiếp tục ký kết giao ước thi đua năm 2021.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2020, "span": "year"}


def test_the_first_half_reviewed_dated_by_the_second_half_ahead(rec):
    r = rec("Giao ban Cụm\n\nCụm thi đua số 2 vừa tổ chức hội nghị giao ban công tác Mặt trận 06 tháng đầu năm và triển khai "
            "phương hướng, nhiệm vụ 06 tháng cuối năm 2020.")
    assert r["meeting"]["kind"] == "so_ket"
    assert r["meeting"]["period"] == {"year": 2020, "span": "h1"}


def test_communes_named_without_their_tone_marks_or_without_their_kind(rec):
    from datetime import date
    from tdkt_extract import gazetteer
    # (Central Highlands communes written with a tone the gazetteer's spelling lacks)
    assert gazetteer.province_of_communes(["Ea M'dróh", "Quảng Hiệp"], date(2020, 7, 2)) == "Đắk Lắk"
    assert gazetteer.province_of_communes(["Ea M'dróh", "Quảng Hiệp"], date(2020, 7, 2)) \
        == gazetteer.province_of_communes(["Ea M'Droh", "Quảng Hiệp"], date(2020, 7, 2))
    r = rec("Giao ban Cụm\n\nNgày 20/11/2020, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2020. Cụm gồm 4 đơn vị: xã Quảng Hiệp, "
            "xã Ea M'dróh, Ea Kpam và xã Ea Tul.")
    assert r["meeting"]["province"] == "Đắk Lắk"
    # (most members bare: no commune table read for them)
    r = rec("Giao ban Cụm\n\nNgày 20/11/2020, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2020. Cụm gồm 4 đơn vị: Quảng Hiệp, "
            "Ea Kpam, Ea Tul và xã Ea M'dróh.")
    assert r["meeting"]["province"] is None


def test_a_giao_ban_assessing_the_covenant_contents_reviews_the_year(rec):
    r = rec("Giao ban Cụm\n\nNgày 26/11/2020, tại xã Ea Tul, Cụm thi đua số 1 tổ chức hội nghị giao ban Cụm đánh giá 5 nội dung "
            "giao ước thi đua năm 2020.\n\nCác đơn vị đạt nhiều kết quả trong các nội dung giao ước thi đua.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2020, "span": "year"}
    # (signing the contents counted is a covenant)
    r = rec("Ký kết\n\nNgày 6/3/2020, tại xã Ea Tul, Cụm thi đua số 1 tổ chức hội nghị ký kết 5 nội dung giao ước thi đua năm 2020.")
    assert r["meeting"]["kind"] == "giao_uoc"


def test_a_headline_cut_short_above_the_whole_one(rec):
    r = rec("Cập nhật lúc 09:46:42 18/04/2019\nKhối thi đua 7 ký kết giao ước t\n\nKhối thi đua 7 ký kết giao ước thi đua năm 2019\n\n"
            "Chiều ngày 16/4, tại Tỉnh đoàn, Khối thi đua 7 tổ chức ký kết giao ước thi đua năm 2019.")
    assert r["title"] == "Khối thi đua 7 ký kết giao ước thi đua năm 2019"


def test_a_bloc_owning_the_hall_is_no_cluster_and_ends_no_venue(rec):
    r = rec("Tổng kết\n\nChiều ngày 13/12/2019, tại Hội trường Khối Dân vận huyện Hàm Tân Cụm thi đua số 2 gồm các huyện Đức Linh, "
            "Tánh Linh và Hàm Tân tổ chức tổng kết thi đua năm 2019.")
    assert r["meeting"]["venue"] == "Hội trường Khối Dân vận huyện Hàm Tân"
    assert r["cluster"]["name"] == "Cụm thi đua số 2"
    # (a bloc at the venue's end, no cluster after it, still ends the venue)
    r = rec("Tổng kết\n\nChiều ngày 13/12/2019, tại huyện Hàm Tân Khối Dân vận tổ chức tổng kết thi đua năm 2019.")
    assert r["meeting"]["venue"] == "huyện Hàm Tân"
