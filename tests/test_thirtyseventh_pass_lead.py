"""Thirty-seventh pass: the lead's own narrowings after the merges (examples written for these tests)."""
from tdkt_extract import extract

_LEAD = "Ngày 12/12/2025, Khối thi đua số 3 tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác thi đua năm 2025.\n"


def test_a_make_up_heading_with_the_clusters_number_or_year_opens_the_member_list():
    record = extract(_LEAD + "Thành phần Khối năm 2025:\n1. Sở Công Thương\n2. Sở Xây dựng\n3. Thanh tra tỉnh")
    assert record.cluster.members == ["Sở Công Thương", "Sở Xây dựng", "Thanh tra tỉnh"]


def test_a_team_drawn_from_the_members_under_a_make_up_heading_is_no_member_list():
    # "Thành phần của Khối" followed by what the units did (a cross-inspection team), not the cluster's name or number
    record = extract(_LEAD + "Thành phần của Khối tham gia đoàn kiểm tra chéo: Sở Công Thương, Sở Xây dựng.")
    assert record.cluster.members == []


def test_a_head_shared_by_a_field_and_an_official_field_with_va_lists_two_units():
    # "Sở A, B và C" where "B và C" is a department's whole field: two departments, not one name with three fields
    record = extract(_LEAD + "Khối gồm 4 đơn vị: Sở Công Thương, Khoa học và Công nghệ, Báo Hòa Bình và Thanh tra tỉnh.")
    assert record.cluster.members == ["Sở Công Thương", "Khoa học và Công nghệ", "Báo Hòa Bình", "Thanh tra tỉnh"]


def test_a_name_whose_fields_after_the_comma_are_no_department_of_their_own_stays_one_unit():
    record = extract(_LEAD + "Khối gồm: Chi cục Trồng trọt, Bảo vệ và Kiểm dịch thực vật; Sở Xây dựng; Thanh tra tỉnh.")
    assert record.cluster.members == ["Chi cục Trồng trọt, Bảo vệ và Kiểm dịch thực vật", "Sở Xây dựng", "Thanh tra tỉnh"]


def test_a_vote_negated_before_the_proposal_that_follows_it_ranks_nobody():
    record = extract(_LEAD + "Năm nay, Khối không bình xét, suy tôn đơn vị dẫn đầu mà thống nhất đề nghị UBND tỉnh tặng Cờ thi đua "
                             "cho cả 3 đơn vị.")
    assert sorted(d.kind for d in record.decisions) == ["award_proposal"]


def test_a_vote_before_the_proposal_in_its_clause_still_ranks():
    record = extract(_LEAD + "Khối đã bình xét, suy tôn Sở Công Thương dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert sorted(d.kind for d in record.decisions) == ["award_proposal", "ranking"]


def test_a_description_set_off_by_commas_after_the_recipient_is_no_recipient_of_its_own():
    record = extract(_LEAD + "Văn phòng UBND tỉnh, cơ quan có nhiều đổi mới trong công tác tham mưu, được Khối suy tôn dẫn đầu và "
                             "được đề nghị tặng Cờ thi đua của UBND tỉnh.")
    assert [(a.recipient, a.award) for a in record.awards] == [("Văn phòng UBND tỉnh", "Cờ thi đua của UBND tỉnh")]


def test_a_class_of_recipients_named_with_a_capital_stays_a_recipient():
    record = extract(_LEAD + "Khối thống nhất đề nghị UBND tỉnh tặng Bằng khen cho Sở Xây dựng, đơn vị Thanh tra tỉnh.")
    assert {a.recipient for a in record.awards} >= {"Sở Xây dựng"}


def test_a_proposal_named_among_the_tasks_agreed_stays_one_of_the_tasks():
    record = extract(_LEAD + "Hội nghị thống nhất nhiệm vụ năm 2026: đẩy mạnh chuyển đổi số, kịp thời đề nghị tặng Cờ thi đua cho Sở "
                             "Xây dựng.")
    assert [d.kind for d in record.decisions] == ["tasks"]


def test_a_proposal_in_its_own_sentence_after_the_tasks_is_still_the_meetings():
    record = extract(_LEAD + "Hội nghị thống nhất nhiệm vụ năm 2026: đẩy mạnh chuyển đổi số, kịp thời đề nghị khen thưởng.\n"
                             "Khối đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Xây dựng.")
    assert sorted(d.kind for d in record.decisions) == ["award_proposal", "tasks"]


def test_a_make_up_heading_with_a_verb_of_what_the_units_did_before_its_colon_lists_no_members():
    record = extract(_LEAD + "Thành phần Khối thi đua tham gia đoàn kiểm tra chéo: Sở Công Thương, Sở Xây dựng.")
    assert record.cluster.members == []


def test_a_departments_head_shared_by_fields_that_are_departments_lists_them():
    # "Sở A, B và C" where B and C are departments' fields of their own (department_fields.txt): no one name with three fields
    record = extract(_LEAD + "Khối gồm: Sở Công Thương, Sở Nội vụ, Tư pháp và Xây dựng.")
    assert "Sở Nội vụ, Tư pháp và Xây dựng" not in record.cluster.members
    assert record.cluster.members[:2] == ["Sở Công Thương", "Sở Nội vụ"]


def test_the_facility_heads_are_unit_heads_too():
    from tdkt_extract import lexicon
    assert set(lexicon.words("facility_heads.txt")) <= set(lexicon.words("unit_heads.txt"))


# --- after the pass: three reviewers' ordinary articles scored by the pass's end code

_DISTRICT = "Ngày 15/7/2023, Cụm thi đua số 2 huyện Tân Trụ tỉnh Long An "


def test_a_towns_name_then_the_communes_after_va_cac_xa_are_the_members_without_a_colon():
    record = extract(_DISTRICT + "(gồm thị trấn Tân Trụ và các xã Bình Lãng, Lạc Tấn) tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.")
    assert record.cluster.members == ["thị trấn Tân Trụ", "Bình Lãng", "Lạc Tấn"]


def test_a_districts_own_communes_after_gom_are_no_clusters_members():
    record = extract(_DISTRICT + "tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.\nĐoàn kiểm tra gồm thị trấn Tân Trụ và các xã "
                                 "Bình Lãng, Lạc Tấn.")
    assert record.cluster.members == []


def test_the_members_counted_by_their_capitalised_kind_before_a_colon():
    record = extract("Ngày 12/10/2023, Cụm thi đua số 3 Cục Thuế tỉnh Long An tổ chức hội nghị sơ kết 9 tháng năm 2023.\n"
                     "Cụm có 2 Chi cục Thuế: Chi cục Thuế khu vực Tân An và Chi cục Thuế huyện Đức Hòa.")
    assert record.cluster.members == ["Chi cục Thuế khu vực Tân An", "Chi cục Thuế huyện Đức Hòa"]


def test_units_counted_by_their_kind_before_what_they_received_are_no_member_list():
    record = extract("Ngày 12/10/2023, Cụm thi đua số 3 tỉnh Long An tổ chức hội nghị sơ kết 9 tháng năm 2023.\n"
                     "Cụm có 2 Sở được tặng: Sở Y tế, Sở Xây dựng.")
    assert record.cluster.members == []


def test_thong_qua_bao_cao_opening_a_sentence_of_what_the_report_tells_is_no_approval():
    lead = "Ngày 11/7/2024, Cụm thi đua số 2 tổ chức sơ kết công tác thi đua 6 tháng đầu năm 2024.\n"
    assert extract(lead + "Thông qua báo cáo, 6 tháng đầu năm các phường đã hoàn thành các chỉ tiêu.").decisions == []
    assert extract(lead + "Thông qua báo cáo sơ kết cho thấy các phường đã hoàn thành các chỉ tiêu.").decisions == []
    approved = extract(lead + "Hội nghị đã thông qua báo cáo, đồng thời bàn phương hướng.")
    assert [d.kind for d in approved.decisions] == ["approve_report"]
