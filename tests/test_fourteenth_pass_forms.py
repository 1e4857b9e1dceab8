"""Forms of the fourteenth pass, each on an invented example."""

REVIEW = "Sáng 12/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n\n"


def ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def test_a_score_written_after_a_labelled_unit_is_no_part_of_it(rec):
    r = rec(REVIEW + "Kết quả xếp hạng: Thứ nhất: UBND huyện Tân Lạc 97,5 điểm; Thứ hai: UBND huyện Mai Châu 95 điểm.")
    assert ranks(r) == [(1, "UBND huyện Tân Lạc"), (2, "UBND huyện Mai Châu")]
    r = rec(REVIEW + "Kết quả xếp hạng: Thứ nhất: UBND huyện Tân Lạc - đạt 97/100 điểm; Thứ hai: UBND huyện Mai Châu - đạt 95/100 điểm.")
    assert ranks(r) == [(1, "UBND huyện Tân Lạc"), (2, "UBND huyện Mai Châu")]


def test_labels_after_the_scoring_rank_the_units(rec):
    r = rec(REVIEW + "Kết quả chấm điểm: Thứ nhất: UBND huyện Tân Lạc; Thứ hai: UBND huyện Mai Châu.")
    assert ranks(r) == [(1, "UBND huyện Tân Lạc"), (2, "UBND huyện Mai Châu")]
    # (labels numbering points of a talk rank nothing)
    r = rec(REVIEW + "Đồng chí Phó Chủ tịch đề nghị: Thứ nhất: tăng cường tuyên truyền; Thứ hai: đổi mới chấm điểm.")
    assert ranks(r) == []


def test_the_cluster_has_a_count_in_words_then_a_colon(rec):
    r = rec(REVIEW + "Cụm có bốn huyện: Tân Lạc, Mai Châu, Lạc Sơn và Cao Phong.")
    assert r["cluster"]["members"] == ["Tân Lạc", "Mai Châu", "Lạc Sơn", "Cao Phong"]
    # (a count in words after an opening phrase, the cluster not its subject: maybe only a part of the members)
    r = rec(REVIEW + "Năm qua, hai huyện trong Cụm là Tân Lạc và Mai Châu đã về đích sớm.")
    assert r["cluster"]["members"] == []


def test_the_leader_named_after_an_uncounted_leading_unit(rec):
    r = rec(REVIEW + "Đơn vị dẫn đầu Cụm năm 2023 là UBND huyện Lạc Sơn.")
    assert ranks(r) == [(1, "UBND huyện Lạc Sơn")]
    r = rec(REVIEW + "Dẫn đầu Cụm là UBND huyện Lạc Sơn, tiếp đến là UBND huyện Kim Bôi và UBND huyện Đà Bắc.")
    assert ranks(r) == [(1, "UBND huyện Lạc Sơn")]
    # (what the leader will get is no ranking)
    r = rec(REVIEW + "Đơn vị dẫn đầu Cụm sẽ được đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == []


def test_classes_written_before_their_units_with_no_dash(rec):
    r = rec(REVIEW + "Hội nghị thống nhất xếp hạng như sau: hạng nhất UBND huyện Lạc Sơn, hạng nhì UBND huyện Kim Bôi.")
    assert ranks(r) == [(1, "UBND huyện Lạc Sơn"), (2, "UBND huyện Kim Bôi")]
    # (an order's class before a unit is no rank)
    r = rec(REVIEW + "Dịp này, Chủ tịch nước tặng Huân chương Lao động hạng nhất UBND huyện Lạc Sơn.")
    assert ranks(r) == []


def test_the_votes_between_a_unit_and_its_rank(rec):
    r = rec(REVIEW + "Bỏ phiếu kín bình xét, kết quả: UBND huyện Lạc Sơn được 100% số phiếu, xếp thứ nhất; "
            "UBND huyện Kim Bôi xếp thứ hai.")
    assert ranks(r) == [(1, "UBND huyện Lạc Sơn"), (2, "UBND huyện Kim Bôi")]


def test_an_award_named_before_a_colon_list_of_its_recipients(rec):
    r = rec(REVIEW + "Cờ thi đua của UBND tỉnh được đề nghị tặng cho: UBND huyện Lạc Sơn, UBND huyện Kim Bôi.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
        ("UBND huyện Lạc Sơn", "Cờ thi đua của UBND tỉnh", "proposed"), ("UBND huyện Kim Bôi", "Cờ thi đua của UBND tỉnh", "proposed")]


def test_an_award_proposed_for_the_leader_named_after_it(rec):
    r = rec(REVIEW + "Cụm thống nhất đề nghị tặng Cờ thi đua của UBND tỉnh cho đơn vị dẫn đầu là UBND huyện Lạc Sơn.")
    assert ranks(r) == [(1, "UBND huyện Lạc Sơn")]
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("UBND huyện Lạc Sơn", "Cờ thi đua của UBND tỉnh")]


def test_a_former_province_recalled_is_part_of_the_merged_one(rec):
    r = rec("Ngày 18/12/2025, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2025. Cụm gồm 5 phường "
            "thuộc khu vực tỉnh Bà Rịa - Vũng Tàu cũ: Phước Thắng, Rạch Dừa, Tam Thắng, Vũng Tàu và Bà Rịa. Dự hội nghị có "
            "đại diện Sở Nội vụ Thành phố Hồ Chí Minh.")
    assert r["meeting"]["province"] == "Hồ Chí Minh"
    # (before the merger the same names are two provinces: no province)
    r = rec("Ngày 18/12/2023, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2023. Dự hội nghị có "
            "đại diện tỉnh Bà Rịa - Vũng Tàu và Thành phố Hồ Chí Minh.")
    assert r["meeting"]["province"] is None


def test_the_province_of_the_body_written_after_the_clusters_comma(rec):
    r = rec("Sáng 3/7/2026, tại Công an xã Mường Hum, Cụm thi đua số 2, Công an tỉnh Lào Cai tổ chức hội nghị sơ kết "
            "phong trào thi đua 6 tháng đầu năm 2026. Đoàn công tác Công an tỉnh Điện Biên dự, trao đổi kinh nghiệm.")
    assert r["meeting"]["province"] == "Lào Cai"


def test_a_province_named_like_a_tie_word_is_no_tie(rec):
    r = rec(REVIEW + "Các đại biểu bỏ phiếu suy tôn: VKSND tỉnh Kon Tum xếp thứ Nhất, VKSND tỉnh Lâm Đồng xếp thứ Nhì.")
    assert ranks(r) == [(1, "VKSND tỉnh Kon Tum"), (2, "VKSND tỉnh Lâm Đồng")]


def test_a_unit_ranked_in_the_passive(rec):
    r = rec(REVIEW + "Qua bình xét, Công ty CP Cảng Hòa Bình được xếp hạng Nhất, Công ty CP Vận tải Lạc Sơn hạng Nhì.")
    assert ranks(r) == [(1, "Công ty CP Cảng Hòa Bình"), (2, "Công ty CP Vận tải Lạc Sơn")]


def test_a_score_out_of_a_hundred_before_the_lead(rec):
    r = rec(REVIEW + "Hội nghị chấm điểm, suy tôn: Công an huyện Kim Bôi đạt 98,75/100 điểm, được suy tôn dẫn đầu Cụm.")
    assert ranks(r) == [(1, "Công an huyện Kim Bôi")]


def test_ordinal_labels_before_a_dash(rec):
    r = rec(REVIEW + "Kết quả bình xét: thứ Nhất - BHXH tỉnh Hòa Bình; thứ Nhì - BHXH tỉnh Sơn La; thứ Ba - BHXH tỉnh Lai Châu.")
    assert ranks(r) == [(1, "BHXH tỉnh Hòa Bình"), (2, "BHXH tỉnh Sơn La"), (3, "BHXH tỉnh Lai Châu")]
    # (the points of a talk numbered with commas rank nothing)
    r = rec(REVIEW + "Hội nghị đề ra giải pháp: thứ nhất, đổi mới tuyên truyền; thứ hai, nâng cao chất lượng.")
    assert ranks(r) == []


def test_places_in_turn_with_their_scores_in_brackets(rec):
    r = rec(REVIEW + "Hội nghị suy tôn Sở Y tế dẫn đầu Cụm với 99,1 điểm, vị trí thứ hai và thứ ba lần lượt thuộc về "
            "Sở Tư pháp (97,6 điểm) và Sở Nội vụ (97,2 điểm).")
    assert ranks(r) == [(1, "Sở Y tế"), (2, "Sở Tư pháp"), (3, "Sở Nội vụ")]


def test_ranks_numbered_after_the_colon(rec):
    r = rec(REVIEW + "Kết quả bình xét: 1. Sở Y tế; 2. Sở Tư pháp; 3. Sở Nội vụ.")
    assert ranks(r) == [(1, "Sở Y tế"), (2, "Sở Tư pháp"), (3, "Sở Nội vụ")]
    # (an order of rotation numbered the same way ranks nothing)
    r = rec(REVIEW + "Hội nghị thống nhất thứ tự luân phiên Cụm trưởng: 1. Sở Y tế; 2. Sở Tư pháp.")
    assert ranks(r) == []


def test_a_protected_name_that_opens_with_its_own_head(rec):
    r = rec(REVIEW + "Báo và Phát thanh, Truyền hình Hòa Bình được suy tôn dẫn đầu Cụm.")
    assert ranks(r) == [(1, "Báo và Phát thanh, Truyền hình Hòa Bình")]


def test_an_award_as_subject_with_its_proposer_or_its_counted_recipients(rec):
    r = rec(REVIEW + "Về khen thưởng, Cờ thi đua của UBND tỉnh được Cụm thống nhất đề nghị tặng cho: Sở Y tế, Sở Tư pháp; "
            "Bằng khen của Chủ tịch UBND tỉnh đề nghị tặng 02 tập thể: Thanh tra tỉnh, Sở Nội vụ.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
        ("Sở Y tế", "Cờ thi đua của UBND tỉnh", "proposed"), ("Sở Tư pháp", "Cờ thi đua của UBND tỉnh", "proposed"),
        ("Thanh tra tỉnh", "Bằng khen của Chủ tịch UBND tỉnh", "proposed"), ("Sở Nội vụ", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]


def test_persons_named_with_their_titles_between(rec):
    r = rec(REVIEW + "Dịp này, ông Trần Văn Minh trao Giấy khen của Giám đốc Sở Y tế cho 2 cá nhân: bà Lê Thị Hoa, Kế toán "
            "trưởng Bệnh viện Đa khoa tỉnh và ông Phan Văn Hùng, Giám đốc Trung tâm Y tế huyện Lạc Sơn.")
    assert [a["recipient"] for a in r["awards"]] == ["Lê Thị Hoa", "Phan Văn Hùng"]
    r = rec(REVIEW + "Hội nghị đề xuất tặng Bằng khen của UBND tỉnh cho 2 cá nhân: ThS Lò Văn Định, Trưởng khoa Nội; "
            "ThS Y Blang Niê, Trưởng khoa Nhi.")
    assert [a["recipient"] for a in r["awards"]] == ["Lò Văn Định", "Y Blang Niê"]


NEXT = "Sáng 12/12/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n\n"


def test_elected_to_hold_the_role(rec):
    r = rec(NEXT + "BHXH tỉnh Sơn La được bầu giữ vai trò Cụm trưởng năm 2025, BHXH tỉnh Lai Châu là Cụm phó.")
    assert r["cluster"]["next_chair"]["organization"] == "BHXH tỉnh Sơn La"
    assert r["cluster"]["next_vice_chair"]["organization"] == "BHXH tỉnh Lai Châu"


def test_a_unit_ends_before_theo_and_a_common_word(rec):
    r = rec(NEXT + "Hội nghị bàn giao nhiệm vụ Cụm trưởng năm 2025 cho Ban CHQS huyện Mai Châu theo phương thức luân phiên.")
    assert r["cluster"]["next_chair"]["organization"] == "Ban CHQS huyện Mai Châu"


def test_a_member_named_again_to_give_its_role_is_listed_once(rec):
    r = rec(NEXT + "Cụm gồm UBND các huyện: Mai Châu, Tân Lạc, Lạc Sơn, Kim Bôi; UBND huyện Mai Châu là Cụm trưởng.")
    assert r["cluster"]["members"] == ["Mai Châu", "Tân Lạc", "Lạc Sơn", "Kim Bôi"]
    assert r["cluster"]["chair"]["organization"] == "UBND huyện Mai Châu"


def test_an_award_in_a_bracketed_caption_and_in_the_body_is_one(rec):
    r = rec(NEXT + "(Ảnh: Ông Lê Văn Sơn trao Bằng khen của Thủ tướng Chính phủ cho Công ty TNHH Vận tải Đà Giang)\n\n"
            "Tại hội nghị, ông Lê Văn Sơn đã trao Bằng khen của Thủ tướng Chính phủ cho Công ty TNHH Vận tải Đà Giang.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("Công ty TNHH Vận tải Đà Giang", "Bằng khen của Thủ tướng Chính phủ")]


def test_a_person_named_right_before_the_award_given_to_him(rec):
    r = rec(NEXT + "Dịp này, ông Phạm Văn Thuận được tặng Bằng khen của Chủ tịch UBND tỉnh vì có thành tích xuất sắc.")
    assert [(a["recipient"], a["status"]) for a in r["awards"]] == [("Phạm Văn Thuận", "conferred")]


def test_the_verb_of_the_clause_before_a_semicolon_is_no_guests(rec):
    r = rec(NEXT + "Đồng chí Đinh Văn Tùng, Giám đốc Sở Xây dựng chủ trì hội nghị; dự có đồng chí Hà Thị Nguyệt, "
            "Phó Giám đốc Sở Nội vụ.")
    roles = {p["name"]: p["roles"] for p in r["people"]}
    assert roles == {"Đinh Văn Tùng": ["presided"], "Hà Thị Nguyệt": ["attended"]}


def test_a_titles_note_in_brackets_is_cut_whole(rec):
    r = rec(NEXT + "Dự hội nghị có đồng chí Phùng Thị Hạnh, Phó Giám đốc Sở Nội vụ (cơ quan đã tiếp nhận chức năng, "
            "nhiệm vụ của Sở LĐ-TB&XH trước đây).")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Phùng Thị Hạnh", "Phó Giám đốc Sở Nội vụ")]


def test_police_units_with_the_fire_services_name_and_a_detention_camp(rec):
    r = rec(NEXT + "Cụm gồm 04 đơn vị: Phòng Cảnh sát giao thông, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ, "
            "Phòng Cảnh sát đường thủy và Trại tạm giam Công an tỉnh.")
    assert r["cluster"]["members"] == ["Phòng Cảnh sát giao thông", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
                                       "Phòng Cảnh sát đường thủy", "Trại tạm giam Công an tỉnh"]


def test_a_byline_in_capitals_with_its_unit_in_brackets_under_the_headline(rec):
    head = "Cụm thi đua số 2 sơ kết 6 tháng đầu năm 2026\n\n{}\n08/07/2026 - 14:30\n\nSáng 8/7/2026, Cụm thi đua số 2 tổ chức hội nghị sơ kết."
    r = rec(head.format("MINH KHANG (Phòng Chính trị)"))
    assert r["author"] == "MINH KHANG"
    # (a line in capitals alone is a heading)
    r = rec(head.format("TIN HOẠT ĐỘNG"))
    assert r["author"] is None


def test_a_seminar_agreed_is_a_plan(rec):
    r = rec(NEXT + "Khối cũng thống nhất tổ chức tọa đàm chuyên đề về chuyển đổi số vào tháng 3/2025.")
    assert [d["kind"] for d in r["decisions"]] == ["plan"]


def test_a_bloc_of_the_units_under_the_provincial_committee(rec):
    r = rec("Chiều 20/11/2026, tại Trường Cao đẳng Y tế, Khối thi đua các đơn vị trực thuộc UBND tỉnh tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2026.")
    assert r["cluster"]["name"] == "Khối thi đua các đơn vị trực thuộc UBND tỉnh"


def test_the_reviewed_years_leader_told_as_a_result(rec):
    r = rec(REVIEW + "Năm 2023, Sở Y tế là đơn vị dẫn đầu Cụm.")
    assert ranks(r) == [(1, "Sở Y tế")]
    # (leading on one index is no place in the cluster)
    r = rec(REVIEW + "Năm 2023, Sở Y tế là đơn vị dẫn đầu Cụm về giải ngân vốn đầu tư công.")
    assert ranks(r) == []


def test_adverbs_and_votes_between_the_leader_and_its_verb(rec):
    r = rec(REVIEW + "Sở Y tế vinh dự được suy tôn là lá cờ đầu của Cụm.")
    assert ranks(r) == [(1, "Sở Y tế")]
    r = rec(REVIEW + "Các thành viên bỏ phiếu bình xét, Sở Y tế đạt số phiếu cao nhất và được suy tôn dẫn đầu Cụm.")
    assert ranks(r) == [(1, "Sở Y tế")]


def test_counted_leaders_after_a_colon(rec):
    r = rec(REVIEW + "Qua bình xét, suy tôn 2 đơn vị dẫn đầu: Sở Y tế và Sở Tư pháp.")
    assert ranks(r) == [(1, "Sở Y tế"), (1, "Sở Tư pháp")]


def test_an_award_that_was_given_here_told_with_da(rec):
    r = rec(REVIEW + "Nhân dịp này, Sở Y tế đã được UBND tỉnh tặng Cờ thi đua.")
    assert [(a["recipient"], a["status"]) for a in r["awards"]] == [("Sở Y tế", "conferred")]
    # (told of the year reviewed, it is the unit's record)
    r = rec(REVIEW + "Năm 2023, Sở Y tế đã được UBND tỉnh tặng Cờ thi đua.")
    assert r["awards"] == []


def test_a_vote_to_rank_is_a_ranking_act(rec):
    r = rec(REVIEW + "Hội nghị đã tiến hành bỏ phiếu bình xét thi đua năm 2023.")
    assert [d["kind"] for d in r["decisions"]] == ["ranking"]


PAGE = "Cụm thi đua số 4 tổng kết năm 2024\n\n{}\n\nNgày 18/12/2024, tại Hội trường UBND huyện Tân Lạc, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n"


def test_bylines_beside_the_pages_date_in_more_shapes(rec):
    assert rec(PAGE.format("Đức Minh | 15:20 - 19/12/2024"))["author"] == "Đức Minh"
    assert rec(PAGE.format("Đỗ Thu Hằng | Thứ Năm, 19/12/2024 - 08:45"))["author"] == "Đỗ Thu Hằng"
    assert rec(PAGE.format("19/12/2024 08:30\n\nBài: Khánh Vy | Ảnh: Minh Đức"))["author"] == "Khánh Vy"
    r = rec("Thứ Năm, 19/12/2024\n\n" + PAGE.format("Hoàng Thị Hạnh (Tổ Ngữ văn)"))
    assert r["author"] == "Hoàng Thị Hạnh"


def test_agreed_to_introduce_as_next_chair(rec):
    r = rec(NEXT + "BHXH tỉnh Lai Châu được thống nhất giới thiệu làm Trưởng khối năm 2025, BHXH tỉnh Điện Biên làm Phó Trưởng khối.")
    assert r["cluster"]["next_chair"]["organization"] == "BHXH tỉnh Lai Châu"
    assert r["cluster"]["next_vice_chair"]["organization"] == "BHXH tỉnh Điện Biên"


def test_a_bare_proposal_after_the_clause_that_ranks(rec):
    r = rec(REVIEW + "Qua bình xét, Sở Xây dựng được suy tôn dẫn đầu Cụm; đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [("Sở Xây dựng", "Cờ thi đua", "proposed")]


def test_acting_for_the_chair_named_with_the_bare_word_of_its_place(rec):
    r = rec(NEXT + "Cụm gồm 3 đơn vị: Bưu điện tỉnh Sơn La (Cụm trưởng), Bưu điện tỉnh Lai Châu và Bưu điện tỉnh Điện Biên. "
            "Thay mặt đơn vị Cụm trưởng, ông Lò Văn Thành, Giám đốc Bưu điện tỉnh chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Bưu điện tỉnh Sơn La", "person": "Lò Văn Thành"}


def test_presenting_the_report_opens_the_reporters_clause(rec):
    r = rec(NEXT + "Thông qua báo cáo tổng kết năm 2024, đồng chí Trịnh Văn Khôi, Trưởng phòng Nội vụ huyện Tân Lạc cho biết: "
            "năm qua các huyện đã làm tốt.")
    assert [p["roles"] for p in r["people"]] == [["reported"]]
    # ("qua báo cáo" alone: through the report, no reporter)
    r = rec(NEXT + "Qua báo cáo tổng kết năm 2024, đồng chí Trịnh Văn Khôi, Trưởng phòng Nội vụ huyện Tân Lạc nhấn mạnh: "
            "năm qua các huyện đã làm tốt.")
    assert [p["roles"] for p in r["people"]] == [["spoke"]]


def test_a_surveying_departments_name_keeps_its_commas(rec):
    r = rec(NEXT + "Khối gồm 3 đơn vị: Cục Viễn thám quốc gia, Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam và Viện Khoa học "
            "Đo đạc và Bản đồ.")
    assert r["cluster"]["members"] == ["Cục Viễn thám quốc gia", "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam",
                                       "Viện Khoa học Đo đạc và Bản đồ"]


def test_the_chair_held_by_a_border_or_army_officer_by_his_position(rec):
    r = rec(NEXT + "Thiếu tá Phạm Ngọc Sơn, Chính trị viên Đồn Biên phòng Sa Huỳnh, Cụm trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Đồn Biên phòng Sa Huỳnh"
    r = rec(NEXT + "Trung tá Vi Đức Thắng, Chỉ huy trưởng Ban CHQS huyện Lộc Bình - Cụm phó dự hội nghị.")
    assert r["cluster"]["vice_chair"]["organization"] == "Ban CHQS huyện Lộc Bình"


def test_kinds_of_unit_new_to_the_heads(rec):
    r = rec(NEXT + "Năm 2024 PGD thị xã Nghĩa Lộ giữ vai trò Cụm phó.")
    assert r["cluster"]["vice_chair"]["organization"] == "PGD thị xã Nghĩa Lộ"
    r = rec(NEXT + "Cụm gồm: Thành đoàn Quy Nhơn, Huyện đoàn Tuy Phước và Đoàn Khối các cơ quan tỉnh.")
    assert r["cluster"]["members"] == ["Thành đoàn Quy Nhơn", "Huyện đoàn Tuy Phước", "Đoàn Khối các cơ quan tỉnh"]


def test_next_school_years_roles_dated_before_the_unit(rec):
    r = rec("Sáng 28/5/2021, Cụm thi đua số 3 các trường THPT tổ chức hội nghị tổng kết công tác thi đua năm học 2020 - 2021.\n\n"
            "Hội nghị thống nhất năm học 2021 - 2022 trường THPT Lương Văn Tụy làm trưởng cụm, trường THPT Trần Văn Lan làm phó cụm.")
    assert r["cluster"]["next_chair"]["organization"] == "trường THPT Lương Văn Tụy"
    assert r["cluster"]["next_vice_chair"]["organization"] == "trường THPT Trần Văn Lan"
    assert r["cluster"]["chair"] is None


def test_elected_by_the_meeting_named_between(rec):
    r = rec(NEXT + "Năm 2025, Đồn Biên phòng Tịnh Hòa được hội nghị bầu làm Cụm trưởng.")
    assert r["cluster"]["next_chair"]["organization"] == "Đồn Biên phòng Tịnh Hòa"


def test_titles_of_staff_in_lower_case_and_the_others_after_a_title(rec):
    r = rec(NEXT + "Chị Lê Thị Thanh Huyền, cán bộ Công an xã Tân Đức trình bày báo cáo. Dự hội nghị có ông Lê Văn Đực, "
            "Phó Chủ tịch Liên minh HTX tỉnh và giám đốc các HTX trong cụm.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Lê Thị Thanh Huyền", "cán bộ Công an xã Tân Đức"),
                                                              ("Lê Văn Đực", "Phó Chủ tịch Liên minh HTX tỉnh")]


def test_a_blocs_kinds_of_hospital_joined_by_a_comma(rec):
    r = rec("Sáng 13/7/2022, Khối thi đua các bệnh viện đa khoa, chuyên khoa tuyến tỉnh tổ chức hội nghị sơ kết công tác thi đua "
            "6 tháng đầu năm 2022.")
    assert r["cluster"]["name"] == "Khối thi đua các bệnh viện đa khoa, chuyên khoa tuyến tỉnh"


def test_the_last_digits_of_a_year_are_no_count(rec):
    r = rec(REVIEW + "Báo cáo cho biết, năm 2023 Công an các địa phương trong Cụm đã kéo giảm 9,6% số vụ phạm pháp hình sự.")
    assert r["cluster"]["member_count"] is None
    # (a count of all, "12/12 đơn vị thuộc Cụm", still counts)
    r = rec(REVIEW + "Kết quả tự chấm điểm, 12/12 đơn vị thuộc Cụm thi đua số 4 hoàn thành xuất sắc nhiệm vụ.")
    assert r["cluster"]["member_count"] == 12


def test_branches_of_one_system_named_by_their_provinces_have_no_province(rec):
    r = rec("Ngày 26/7/2024, tại thành phố Điện Biên Phủ, Cụm thi đua số 2 Agribank tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. "
            "Cụm gồm 04 chi nhánh: Agribank Điện Biên, Agribank Sơn La, Agribank Lai Châu và Agribank Hòa Bình.")
    assert r["meeting"]["province"] is None
    # (one province's companies, one named after a river, keep their province)
    r = rec("Ngày 12/1/2024, tại thành phố Đà Lạt, Khối thi đua các doanh nghiệp tổ chức hội nghị tổng kết năm 2023. Khối gồm "
            "4 đơn vị: Công ty Điện lực Lâm Đồng, Viễn thông Lâm Đồng, Bưu điện tỉnh Lâm Đồng và Công ty Thủy điện Đồng Nai.")
    assert r["meeting"]["province"] == "Lâm Đồng"


def test_a_cluster_of_the_national_tax_department(rec):
    r = rec("Chiều 14/10/2025, tại trụ sở Thuế tỉnh Phú Thọ, Cụm thi đua số 2 - Cục Thuế tổ chức giao ban đánh giá kết quả thi đua "
            "quý III/2025.")
    assert r["meeting"]["province"] is None


def test_a_venue_ends_before_its_time(rec):
    r = rec("Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024 của Cụm thi đua số 8 đã diễn ra tại thành phố Bến Tre "
            "vào ngày 11/7/2024.")
    assert r["meeting"]["venue"] == "thành phố Bến Tre"


def test_now_holding_the_role(rec):
    r = rec(NEXT + "Cụm gồm 3 đơn vị: Thuế tỉnh Phú Thọ, Thuế tỉnh Tuyên Quang và Thuế tỉnh Lào Cai. Thuế tỉnh Phú Thọ hiện giữ "
            "vai trò Trưởng cụm.")
    assert r["cluster"]["chair"]["organization"] == "Thuế tỉnh Phú Thọ"


def test_the_next_places_after_the_leader(rec):
    r = rec(REVIEW + "Qua bình xét, Sở Y tế đứng đầu Cụm với 98,5 điểm; hai vị trí tiếp theo thuộc về Sở Tư pháp và Sở Nội vụ.")
    assert ranks(r) == [(1, "Sở Y tế"), (2, "Sở Tư pháp"), (3, "Sở Nội vụ")]


def test_the_rest_of_another_events_paragraph_is_no_part_of_this_meeting(rec):
    r = rec("Sáng 20/12/2025, Khối thi đua các cơ quan kinh tế tỉnh tổ chức hội nghị tổng kết giai đoạn 2021 - 2025. Khối suy tôn "
            "Sở Công Thương dẫn đầu, đề nghị tặng Cờ thi đua của Chính phủ.\n\n* Cùng ngày, tại Sở Y tế, Khối thi đua các cơ quan "
            "văn hóa - xã hội tỉnh cũng tổng kết giai đoạn 2021 - 2025. Khối suy tôn Sở Giáo dục và Đào tạo dẫn đầu, đề nghị tặng "
            "Cờ thi đua của Chính phủ.")
    assert ranks(r) == [(1, "Sở Công Thương")]
    assert [a["recipient"] for a in r["awards"]] == ["Sở Công Thương"]


def test_a_citys_tp_before_its_name_ends_no_recipient(rec):
    r = rec(REVIEW + "Cụm thống nhất đề nghị Bộ Tài chính tặng Cờ thi đua của Bộ Tài chính cho Cục Thuế TP. Cần Thơ.")
    assert [a["recipient"] for a in r["awards"]] == ["Cục Thuế TP. Cần Thơ"]
    # ("TP." closing its sentence before another word still ends it)
    r = rec(REVIEW + "Cụm thống nhất đề nghị tặng Cờ thi đua của UBND TP cho Thanh tra TP. Hai đơn vị còn lại được tặng Bằng khen.")
    assert [a["recipient"] for a in r["awards"]][:1] == ["Thanh tra TP"]
