"""Member lists, leaders' lists and the roles read with them: forms read in the thirty-first pass (a list ended by the next
clause's subject after ";", the noun "chỉ đạo" of another's direction after a reporter's name, a brand and its province
after "và", two numbered clusters of one province, comma-joined leaders each opened by a unit's head, the first of
counted leaders after the choosing verb)."""


def members(r):
    return r["cluster"]["members"]


def roles_of(r, name):
    return next(p["roles"] for p in r["people"] if p["name"] == name)


# --- a list ends where the next clause's subject, a role or another cluster, opens after ";" ---------------------------
def test_a_role_after_a_semicolon_is_no_member(rec):
    r = rec("Cụm thi đua số 2 gồm các đơn vị: UBND huyện Krông Pắc, UBND huyện Ea Kar, UBND huyện Lắk; Cụm phó năm 2024 là "
            "UBND huyện Ea Kar.")
    assert members(r) == ["UBND huyện Krông Pắc", "UBND huyện Ea Kar", "UBND huyện Lắk"]


def test_another_cluster_after_a_semicolon_is_no_member(rec):
    r = rec("Khối thi đua số 6 gồm các đơn vị: Sở Xây dựng, Sở Giao thông vận tải; Khối thi đua số 7 gồm các đơn vị: Sở Y tế, "
            "Sở Nội vụ.")
    assert members(r) == ["Sở Xây dựng", "Sở Giao thông vận tải"]


def test_a_unit_after_a_semicolon_is_still_a_member(rec):
    # (the near form: the next item after ";" names a unit, the list goes on)
    r = rec("Cụm thi đua số 2 gồm các đơn vị: UBND huyện Krông Pắc, UBND huyện Ea Kar; UBND huyện Lắk; UBND huyện Cư Kuin.")
    assert members(r) == ["UBND huyện Krông Pắc", "UBND huyện Ea Kar", "UBND huyện Lắk", "UBND huyện Cư Kuin"]


# --- "chỉ đạo" as a noun, another's direction, after a reporter's name ---------------------------------------------------
def test_direction_followed_is_no_speech_of_the_reporter(rec):
    for verb in ("bám sát chỉ đạo của", "bám sát sự chỉ đạo của", "thực hiện theo chỉ đạo của"):
        r = rec("Theo báo cáo do ông Hoàng Minh Đức, Chánh Văn phòng UBND huyện Krông Bông trình bày, năm 2023 các xã trong Cụm đã "
                + verb + " Huyện ủy.")
        assert roles_of(r, "Hoàng Minh Đức") == ["reported"], verb


def test_a_direction_the_person_gives_is_still_spoke(rec):
    # (the near form: the person's own act, "phát biểu chỉ đạo")
    r = rec("Ông Hoàng Minh Đức, Chánh Văn phòng UBND huyện Krông Bông trình bày báo cáo, sau đó phát biểu chỉ đạo hội nghị.")
    assert roles_of(r, "Hoàng Minh Đức") == ["reported", "spoke"]


# --- a brand written with its province after "và": a member of its own -------------------------------------------------
def test_a_brand_and_its_province_after_and_is_a_member_of_its_own(rec):
    for last in ("Bảo Minh Bình Định", "PVI Bình Định", "Bảo Việt Bình Định"):
        r = rec("Cụm thi đua các doanh nghiệp gồm: Điện lực Bình Định, Viễn thông Bình Định và " + last + ".")
        assert members(r) == ["Điện lực Bình Định", "Viễn thông Bình Định", last], last


def test_and_inside_an_official_name_still_joins(rec):
    # (the near form: no province closes the words before "và", one unit's name)
    r = rec("Cụm thi đua các doanh nghiệp gồm: Điện lực Bình Định, Công ty Cấp thoát nước và Xây dựng Bình Định.")
    assert members(r) == ["Điện lực Bình Định", "Công ty Cấp thoát nước và Xây dựng Bình Định"]


# --- two clusters of one province named before it: the province ----------------------------------------------------------
def test_two_numbered_clusters_of_one_province_have_its_province(rec):
    for name in ("Liên cụm thi đua số 2 và số 6 tỉnh Nghệ An", "Cụm thi đua số 2 và Cụm thi đua số 6 tỉnh Nghệ An",
                 "Cụm thi đua số 2 và số 6 tỉnh Nghệ An"):
        r = rec("Ngày 18/01/2024, " + name + " tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.")
        assert r["meeting"]["province"] == "Nghệ An", name


def test_provinces_counted_after_a_cluster_still_place_none(rec):
    # (the near form: a count of provinces, no cluster's number, before "tỉnh")
    r = rec("Ngày 18/01/2024, Cụm thi đua số 2 gồm 5 tỉnh Bắc Trung Bộ tổ chức hội nghị tổng kết năm 2023.")
    assert r["meeting"]["province"] is None


# --- leaders listed with commas, each opened by a unit's head ----------------------------------------------------------
def ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_comma_joined_leaders_each_opened_by_a_head_are_two(rec):
    r = rec("Hội nghị đã suy tôn Sở Khoa học và Công nghệ, Báo Quảng Bình là đơn vị dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == [(1, "Sở Khoa học và Công nghệ"), (1, "Báo Quảng Bình")]
    assert awards(r) == [("Sở Khoa học và Công nghệ", "Cờ thi đua", "proposed"), ("Báo Quảng Bình", "Cờ thi đua", "proposed")]
    r = rec("Hội nghị đã suy tôn Sở Công Thương, Thanh tra tỉnh là đơn vị dẫn đầu Khối.")
    assert ranks(r) == [(1, "Sở Công Thương"), (1, "Thanh tra tỉnh")]


def test_a_military_parent_after_the_comma_stays_with_its_unit(rec):
    # (the near form: the body over the numbered unit, one leader)
    r = rec("Hội nghị đã suy tôn Lữ đoàn 205, Quân khu 7 là đơn vị dẫn đầu Khối.")
    assert ranks(r) == [(1, "Lữ đoàn 205, Quân khu 7")]


# --- counted leaders: the first keeps its head after the choosing verb ----------------------------------------------------
def test_the_first_of_counted_leaders_keeps_its_head(rec):
    for count in ("2", "hai"):
        r = rec("Hội nghị đã suy tôn UBND huyện Hương Khê, UBND huyện Vũ Quang là " + count + " đơn vị dẫn đầu Cụm.")
        assert ranks(r) == [(1, "UBND huyện Hương Khê"), (1, "UBND huyện Vũ Quang")], count
