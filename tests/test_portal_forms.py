"""More forms of portals the library had not seen: headlines, names and lists (own examples, one per rule)."""

LEAD = "Ngày 12/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024."


# --- headline ------------------------------------------------------------------------------------
def test_a_first_line_in_capitals_with_a_full_stop_is_the_headline(rec):
    r = rec("CỤM THI ĐUA SỐ 5 TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM 2024.\n\nVừa qua, Cụm thi đua số 5 đã tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2024.")
    assert r["title"] == "CỤM THI ĐUA SỐ 5 TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM 2024"


def test_a_first_line_with_a_full_stop_above_a_dated_lead_is_the_headline(rec):
    r = rec("Cụm thi đua số 5 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 và triển khai "
            "nhiệm vụ năm 2025.\n\n" + LEAD)
    assert r["title"].startswith("Cụm thi đua số 5 tổ chức Hội nghị tổng kết")


def test_a_slogan_banner_is_no_headline(rec):
    r = rec("THI ĐUA HOÀN THÀNH THẮNG LỢI NHIỆM VỤ NĂM 2024!\n\nHỘI NGHỊ TỔNG KẾT CỤM THI ĐUA SỐ 5\n\n" + LEAD)
    assert r["title"] == "HỘI NGHỊ TỔNG KẾT CỤM THI ĐUA SỐ 5"


def test_a_lead_sentence_on_the_first_line_stays_no_headline(rec):
    # a lead that states its date is the body, even on the page's first line
    r = rec(LEAD + "\n\nTại hội nghị, các đơn vị đã thống nhất các nội dung thi đua năm 2025.")
    assert r["title"] is None


# --- cluster name --------------------------------------------------------------------------------
def test_a_cluster_renamed_in_parentheses_takes_its_current_name(rec):
    r = rec("Sáng 12/1/2024, Khối thi đua Giáo dục (nay được gọi là Khối thi đua số 4) đã tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2023.")
    assert (r["cluster"]["name"], r["cluster"]["number"]) == ("Khối thi đua số 4", 4)


def test_abbreviations_joined_by_a_comma_stay_in_the_name(rec):
    r = rec("Sáng 12/1/2024, Sở Xây dựng - Khối trưởng Khối thi đua Ban Quản lý KCN, KKT các tỉnh miền Trung năm 2023 "
            "đã tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["cluster"]["name"] == "Khối thi đua Ban Quản lý KCN, KKT các tỉnh miền Trung"
    assert r["meeting"]["province"] is None  # "các tỉnh": a cluster of several provinces


# --- member lists --------------------------------------------------------------------------------
MEMBERS = LEAD + "\n\nCụm thi đua số 5 gồm {n} cơ quan: {items}."


def test_the_members_after_the_role_holders_go_on_the_list(rec):
    r = rec(LEAD + "\n\nCụm thi đua số 5 gồm 5 đơn vị, gồm: Sở Tài chính (Cụm trưởng), Sở Xây dựng (Cụm phó) cùng "
            "các đơn vị thành viên: Sở Nội vụ; Sở Tư pháp; Kho bạc Nhà nước, Chi nhánh Nam Định.")
    assert r["cluster"]["members"] == ["Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ", "Sở Tư pháp",
                                       "Kho bạc Nhà nước, Chi nhánh Nam Định"]
    assert r["cluster"]["chair"]["organization"] == "Sở Tài chính"


def test_a_name_ending_in_viec_lam_does_not_end_the_list(rec):
    r = rec(MEMBERS.format(n=3, items="Trung tâm Dịch vụ việc làm, Sở Nội vụ, Sở Tư pháp"))
    assert r["cluster"]["members"] == ["Trung tâm Dịch vụ việc làm", "Sở Nội vụ", "Sở Tư pháp"]


def test_plain_words_after_an_inner_comma_go_on_the_unit_before(rec):
    r = rec(MEMBERS.format(n=3, items="Sở Nội vụ, Trung tâm Kiểm định chất lượng, giống cây trồng và vật tư "
                                      "nông nghiệp, Sở Tư pháp"))
    assert r["cluster"]["members"] == ["Sở Nội vụ", "Trung tâm Kiểm định chất lượng, giống cây trồng và vật tư "
                                       "nông nghiệp", "Sở Tư pháp"]


def test_a_clause_after_a_comma_still_ends_the_list(rec):
    r = rec(MEMBERS.format(n=2, items="Sở Nội vụ, Sở Tư pháp, các đơn vị đều hoàn thành nhiệm vụ"))
    assert r["cluster"]["members"] == ["Sở Nội vụ", "Sở Tư pháp"]


def test_a_long_official_name_opened_by_a_unit_head_is_one_member(rec):
    r = rec(MEMBERS.format(n=3, items="Sở Nội vụ, Sở Tư pháp, Ban quản lý dự án đầu tư xây dựng các công trình "
                                      "dân dụng và công nghiệp"))
    assert r["cluster"]["members"][-1] == "Ban quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp"


# --- decisions -----------------------------------------------------------------------------------
def test_two_approvals_in_two_clauses_of_one_sentence_are_two_decisions(rec):
    r = rec(LEAD + "\n\nTại Hội nghị, các thành viên đã thảo luận, thông qua Quy chế hoạt động của Cụm; đồng thời "
            "thông qua dự thảo các tiêu chí thi đua năm 2025 của Cụm.")
    assert [d["kind"] for d in r["decisions"]].count("approve_report") == 2


def test_one_approval_is_read_once(rec):
    r = rec(LEAD + "\n\nTại Hội nghị, các thành viên đã thông qua Quy chế hoạt động của Cụm.")
    assert [d["kind"] for d in r["decisions"]].count("approve_report") == 1
