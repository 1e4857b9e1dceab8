"""Twenty-ninth pass, third round: the outcomes guards narrowed where they misfired on ordinary text. "nhận" ends the
last counted leader only as a verb, not inside its name; a figure word does not cancel leaders of the cluster's movement, of
a cluster named after a figure, or chosen by the meeting; a lower-case tail after "và" belongs to a unit's name, not a class;
"năm qua" is another year only at the review of part of a year; the year of the next step a review sets is no other
meeting's year."""

_KHOI_VX = "Ngày 15/1/2024, Khối thi đua các cơ quan văn hóa - xã hội tỉnh Phú Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _awards(r):
    return [(x["recipient"], x["award"], x["status"]) for x in r["awards"]]


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_counted_leaders_keep_a_name_with_nhan(rec):
    r = rec(_KHOI_VX + "Hội nghị đã bình xét, suy tôn 02 đơn vị dẫn đầu là Sở Nội vụ và Trung tâm Tiếp nhận hồ sơ hành chính tỉnh.")
    assert _ranks(r) == [(1, "Sở Nội vụ"), (1, "Trung tâm Tiếp nhận hồ sơ hành chính tỉnh")]
    r = rec(_KHOI_VX + "Hội nghị đã suy tôn 02 đơn vị dẫn đầu là Sở Nội vụ và Trung tâm Đo lường và chứng nhận sản phẩm.")
    assert _ranks(r) == [(1, "Sở Nội vụ"), (1, "Trung tâm Đo lường và chứng nhận sản phẩm")]
    r = rec(_KHOI_VX + "Hội nghị đã suy tôn 02 đơn vị dẫn đầu là Sở Nội vụ và Văn phòng công nhận chất lượng.")
    assert _ranks(r) == [(1, "Sở Nội vụ"), (1, "Văn phòng công nhận chất lượng")]
    # ("nhận" the verb still ends them)
    for verb in ("nhận Cờ luân lưu của Khối.", "vinh dự được nhận Cờ luân lưu.", "được nhận Bằng khen.", "tiếp nhận Cờ luân lưu."):
        r = rec(_KHOI_VX + "Hội nghị đã suy tôn 02 đơn vị dẫn đầu là Sở Nội vụ và Hội Chữ thập đỏ tỉnh " + verb)
        assert _ranks(r) == [(1, "Sở Nội vụ"), (1, "Hội Chữ thập đỏ tỉnh")], verb


def test_figure_in_the_clusters_movement_or_name_keeps_the_leaders(rec):
    r = rec(_KHOI_VX + "Hội nghị đã bình xét, suy tôn 2 đơn vị dẫn đầu phong trào thi đua đẩy mạnh giải ngân vốn đầu tư công "
                       "năm 2023 là Ban Quản lý dự án Giao thông tỉnh và Ban Quản lý dự án Nông nghiệp tỉnh.")
    assert _ranks(r) == [(1, "Ban Quản lý dự án Giao thông tỉnh"), (1, "Ban Quản lý dự án Nông nghiệp tỉnh")]
    r = rec("Ngày 16/1/2024, Khối thi đua các doanh nghiệp xuất khẩu thủy sản tỉnh Cà Mau tổ chức Hội nghị tổng kết năm 2023. "
            "Hội nghị đã suy tôn 2 doanh nghiệp dẫn đầu Khối thi đua các doanh nghiệp xuất khẩu thủy sản là Công ty CP Hải sản "
            "Minh Phú và Công ty CP Chế biến Năm Căn.")
    assert _ranks(r) == [(1, "Công ty CP Hải sản Minh Phú"), (1, "Công ty CP Chế biến Năm Căn")]
    # (a figure as the topic, after "về", is another board even where the meeting chooses; and with no choosing verb)
    r = rec(_KHOI_VX + "Hội nghị suy tôn Sở Y tế dẫn đầu. Hội nghị cũng bình xét 2 đơn vị dẫn đầu về thu ngân sách là Cục "
                       "Thuế tỉnh và Kho bạc Nhà nước tỉnh.")
    assert _ranks(r) == [(1, "Sở Y tế")]
    r = rec(_KHOI_VX + "Hội nghị suy tôn Sở Y tế dẫn đầu. Trong tỉnh, hai doanh nghiệp dẫn đầu doanh thu là Công ty CP "
                       "Dược Phú Yên và Công ty CP Xây lắp Tuy Hòa.")
    assert _ranks(r) == [(1, "Sở Y tế")]


def test_lower_case_tail_after_va_belongs_to_the_unit_name(rec):
    r = rec(_KHOI_VX + "Các đơn vị Sở Nội vụ, Sở Giáo dục và đào tạo, Sở Tài nguyên và môi trường được đề nghị UBND tỉnh "
                       "tặng Bằng khen.")
    assert _awards(r) == [("Sở Nội vụ", "Bằng khen", "proposed"), ("Sở Giáo dục và đào tạo", "Bằng khen", "proposed"),
                          ("Sở Tài nguyên và môi trường", "Bằng khen", "proposed")]
    # (kinds joined with no name are a class still)
    r = rec(_KHOI_VX + "Các cơ quan Mặt trận và đoàn thể được đề nghị tặng Giấy khen.")
    assert _awards(r) == []


def test_nam_qua_is_the_year_reviewed_except_at_a_part_of_a_year(rec):
    # (a covenant, a school year's review, a tổng kết with no year)
    r = rec("Ngày 6/3/2024, Khối thi đua các cơ quan tham mưu tỉnh Kon Tum tổ chức Hội nghị ký kết giao ước thi đua năm 2024. "
            "Hội nghị đã suy tôn Ban Tổ chức Tỉnh ủy là đơn vị dẫn đầu phong trào thi đua năm qua.")
    assert _ranks(r) == [(1, "Ban Tổ chức Tỉnh ủy")]
    assert "ranking" in _kinds(r)
    r = rec("Ngày 28/5/2024, Khối thi đua số 4 các trường THPT tỉnh Bình Thuận tổ chức Hội nghị tổng kết công tác thi đua, "
            "khen thưởng năm học 2023 - 2024. Hội nghị đã suy tôn Trường THPT Phan Bội Châu là đơn vị dẫn đầu Khối thi đua "
            "năm qua, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert _ranks(r) == [(1, "Trường THPT Phan Bội Châu")]
    r = rec("Ngày 15/1, Khối thi đua các cơ quan Nội chính tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác thi đua, khen "
            "thưởng. Hội nghị đã suy tôn Tòa án nhân dân tỉnh là đơn vị dẫn đầu Khối năm qua, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert _ranks(r) == [(1, "Tòa án nhân dân tỉnh")]
    # (at a sơ kết of half a year, "năm qua" is the year before)
    r = rec("Ngày 12/7/2024, Cụm thi đua số 4 tỉnh Long An tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu "
            "năm 2024. Hội nghị đã suy tôn UBND huyện Đức Huệ là đơn vị dẫn đầu Cụm 6 tháng đầu năm 2024. Tại Hội nghị, UBND "
            "huyện Thạnh Hóa, đơn vị dẫn đầu Cụm năm qua, đã trao Cờ luân lưu cho UBND huyện Đức Huệ.")
    assert _ranks(r) == [(1, "UBND huyện Đức Huệ")]


def test_review_named_by_the_year_of_its_next_tasks_is_this_meeting(rec):
    head = "Cụm thi đua số 7 tổng kết năm 2023\n\nSáng 16/1, Cụm thi đua số 7 tỉnh Quảng Bình tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng. "
    r = rec(head + "Hội nghị tổng kết và triển khai nhiệm vụ năm 2024 đã suy tôn UBND huyện Bố Trạch dẫn đầu Cụm, đề nghị UBND "
                   "tỉnh tặng Cờ thi đua.")
    assert _ranks(r) == [(1, "UBND huyện Bố Trạch")]
    assert _awards(r) == [("UBND huyện Bố Trạch", "Cờ thi đua", "proposed")]
    # (a review of the same kind in another year it names for itself is another meeting)
    r = rec(head + "Hội nghị tổng kết năm 2021 của Cụm đã suy tôn UBND huyện Minh Hóa dẫn đầu Cụm.")
    assert _ranks(r) == []


def test_year_of_the_recipient_before_vinh_du_nhan_is_a_past_award(rec):
    r = rec(_KHOI_VX + "Hội nghị đã suy tôn Sở Y tế dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua. Báo Phú Yên năm 2020 vinh "
                       "dự được nhận Bằng khen của Thủ tướng Chính phủ.")
    assert _awards(r) == [("Sở Y tế", "Cờ thi đua", "proposed")]
    # (at this meeting, or with the year reviewed, it is received here)
    r = rec(_KHOI_VX + "Tại Hội nghị, Báo Phú Yên vinh dự được nhận Bằng khen của Chủ tịch UBND tỉnh.")
    assert _awards(r) == [("Báo Phú Yên", "Bằng khen của Chủ tịch UBND tỉnh", "conferred")]


def test_withdrawal_from_the_role_is_an_election(rec):
    r = rec("Ngày 11/1/2024, Cụm thi đua số 6 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Theo luân "
            "phiên, năm 2024 Sở Giao thông vận tải làm Cụm trưởng nhưng Sở Giao thông vận tải xin rút khỏi vai trò này, nên "
            "Sở Công Thương làm Cụm trưởng năm 2024.")
    assert "election" in _kinds(r)
    # (a role taken in rotation, no withdrawal from it: no election)
    r = rec("Ngày 11/1/2024, Cụm thi đua số 6 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Theo luân "
            "phiên, Sở Công Thương làm Cụm trưởng năm 2024.")
    assert "election" not in _kinds(r)


def test_highest_score_is_merit_for_a_unit_chosen(rec):
    r = rec(_KHOI_VX + "Hội nghị thống nhất chọn Sở Văn hóa với tổng điểm cao nhất, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert _awards(r) == [("Sở Văn hóa", "Cờ thi đua", "proposed")]
    r = rec(_KHOI_VX + "Hội nghị thống nhất chọn Sở Văn hóa là đơn vị đăng cai hội nghị năm 2024, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert not any(a[0] == "Sở Văn hóa" for a in _awards(r))


def test_rank_in_the_cluster_named_with_thi_dua_before_la(rec):
    r = rec("Ngày 9/1/2024, Cụm thi đua số 4 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Kết quả bình "
            "xét, nhất Cụm thi đua là UBND huyện Cai Lậy, nhì Cụm thi đua là UBND huyện Gò Công Tây.")
    assert _ranks(r) == [(1, "UBND huyện Cai Lậy"), (2, "UBND huyện Gò Công Tây")]


def test_counted_provinces_after_the_results_opener_lead_the_cluster(rec):
    r = rec("Ngày 18/1/2024, tại tỉnh Sóc Trăng, Cụm thi đua các tỉnh đồng bằng sông Cửu Long tổ chức Hội nghị tổng kết công "
            "tác thi đua, khen thưởng năm 2023. Kết quả, hai tỉnh dẫn đầu là Sóc Trăng và Hậu Giang, được đề nghị Chính phủ "
            "tặng Cờ thi đua.")
    assert _ranks(r) == [(1, "Sóc Trăng"), (1, "Hậu Giang")]
    # (with no results opener, provinces counted on their own lead nothing of the cluster)
    r = rec("Ngày 18/1/2024, tại tỉnh Sóc Trăng, Cụm thi đua các tỉnh đồng bằng sông Cửu Long tổ chức Hội nghị tổng kết công "
            "tác thi đua, khen thưởng năm 2023. Năm nay, hai tỉnh dẫn đầu là Sóc Trăng và Hậu Giang.")
    assert _ranks(r) == []


def test_index_opening_the_sentence_wins_over_the_cluster_named_after_the_place(rec):
    r = rec(_KHOI_VX + "Về Chỉ số cải cách hành chính năm 2023 do UBND tỉnh công bố, Sở Văn hóa xếp thứ nhất khối, Sở Nội vụ "
                       "xếp thứ hai.")
    assert _ranks(r) == []
    # (a choice of the cluster between: its ranking)
    r = rec(_KHOI_VX + "Về Chỉ số cải cách hành chính năm 2023, Hội nghị bình xét Sở Văn hóa xếp thứ nhất khối.")
    assert _ranks(r) == [(1, "Sở Văn hóa")]


def test_figure_after_lead_cancels_counted_leaders_unless_the_movement_follows(rec):
    # (a figure between "dẫn đầu" and "là" cancels the counted leaders, whatever verb or cluster word stands there)
    head = ("Ngày 20/12/2023, tại huyện Hoằng Hóa, Cụm thi đua số 5 tỉnh Thanh Hóa tổ chức Hội nghị tổng kết công tác thi "
            "đua, khen thưởng năm 2023. ")
    r = rec(head + "Ba địa phương dẫn đầu Cụm với tỷ lệ thu ngân sách cao nhất là huyện Nga Sơn, huyện Hậu Lộc và huyện "
                   "Quảng Xương. Hội nghị đã bình xét, suy tôn huyện Hoằng Hóa là đơn vị dẫn đầu Cụm.")
    assert _ranks(r) == [(1, "huyện Hoằng Hóa")]
    r = rec(head + "Trước khi bình xét, suy tôn, đại diện huyện Nga Sơn cho biết hai huyện dẫn đầu tăng trưởng kinh tế "
                   "của Cụm là huyện Hậu Lộc và huyện Quảng Xương. Hội nghị đã bình xét, suy tôn huyện Hoằng Hóa là đơn vị "
                   "dẫn đầu Cụm.")
    assert _ranks(r) == [(1, "huyện Hoằng Hóa")]
    # (the movement right after "dẫn đầu": its scope, "trong ...", is no topic of another board)
    r = rec(_KHOI_VX + "Hội nghị đã bình xét, suy tôn 02 đơn vị dẫn đầu phong trào thi đua trong thực hiện nhiệm vụ thu "
                       "ngân sách là Cục Thuế tỉnh và Kho bạc Nhà nước tỉnh.")
    assert _ranks(r) == [(1, "Cục Thuế tỉnh"), (1, "Kho bạc Nhà nước tỉnh")]


def test_bare_results_opener_after_an_index_is_that_index(rec):
    head = ("Ngày 20/12/2023, tại huyện Hoằng Hóa, Cụm thi đua số 5 tỉnh Thanh Hóa tổ chức Hội nghị tổng kết công tác thi "
            "đua, khen thưởng năm 2023. Hội nghị đã bình xét, suy tôn huyện Hoằng Hóa là đơn vị dẫn đầu Cụm. ")
    r = rec(head + "Tại hội nghị, đại diện Văn phòng UBND tỉnh thông tin kết quả Chỉ số chuyển đổi số năm 2023 của các "
                   "huyện. Kết quả, hai địa phương dẫn đầu là huyện Nga Sơn và huyện Hậu Lộc.")
    assert _ranks(r) == [(1, "huyện Hoằng Hóa")]
    r = rec(head + "Kết quả, hai địa phương dẫn đầu Chỉ số chuyển đổi số là huyện Nga Sơn và huyện Hậu Lộc.")
    assert _ranks(r) == [(1, "huyện Hoằng Hóa")]


def test_year_of_the_record_before_vinh_du_nhan_is_no_past_award(rec):
    for opening in ("Là đơn vị dẫn đầu Khối liên tục từ năm 2020 đến nay, ", "Tiếp nối thành tích năm 2022, ",
                    "Với thành tích xuất sắc trong hai năm 2022 và 2023, "):
        r = rec(_KHOI_VX + opening + "Sở Tư pháp vinh dự được nhận Cờ thi đua của UBND tỉnh.")
        assert _awards(r) == [("Sở Tư pháp", "Cờ thi đua của UBND tỉnh", "conferred")], opening
    # (a year attached to the recipient: a past award)
    r = rec(_KHOI_VX + "Hội nghị đã suy tôn Sở Y tế dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua. Sở Tư pháp trong năm "
                       "2021 đã vinh dự được nhận Cờ thi đua của UBND tỉnh.")
    assert _awards(r) == [("Sở Y tế", "Cờ thi đua", "proposed")]


def test_withdrawal_gives_an_election_only_with_a_unit_chosen_in_its_place(rec):
    head = "Ngày 12/1/2024, Cụm thi đua số 2 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "
    r = rec(head + "Theo luân phiên, năm 2024 Sở Xây dựng làm Cụm trưởng, Sở Ngoại vụ xin rút khỏi vị trí Cụm phó do "
                   "sáp nhập cơ quan.")
    assert "election" not in _kinds(r)
    r = rec(head + "Theo luân phiên, năm 2024 Sở Xây dựng làm Cụm trưởng, Sở Ngoại vụ xin rút khỏi vị trí Cụm phó. Hội "
                   "nghị đã bầu Sở Khoa học và Công nghệ làm Cụm phó năm 2024.")
    assert "election" in _kinds(r)
