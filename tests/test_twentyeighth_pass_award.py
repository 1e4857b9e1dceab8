"""Twenty-eighth pass, awards: a bare person's title is no second recipient; a subject of its own after a comma
with its own "được đề nghị"; "UBND xã A đề nghị tặng"; "A đề nghị UBND tỉnh tặng"; "A và B là 2 đơn vị ..., đề nghị
... tặng"; "tặng AWARD, gồm: A; B"; "tặng AWARD (02 đơn vị): A; B"; "cho 2 tập thể, trong đó có A"."""

_HEAD = "Ngày 14/12/2024, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2024.\n"
_KHOI = "Ngày 14/12/2024, Khối thi đua các cơ quan kinh tế tổ chức hội nghị tổng kết năm 2024.\n"


def _awards(r):
    return [(x["recipient"], x["award"], x["status"]) for x in r["awards"]]


def test_bare_person_then_title_is_one_recipient(rec):
    r = rec(_HEAD + "Hội nghị đề nghị Giám đốc Công an tỉnh tặng Giấy khen cho Trần Thị Mai, Phó phòng Tổ chức Sở Y tế "
                    "và Lê Quốc Bảo, Chánh Văn phòng Sở Tư pháp.")
    assert _awards(r) == [("Trần Thị Mai", "Giấy khen", "proposed"), ("Lê Quốc Bảo", "Giấy khen", "proposed")]


def test_two_units_after_a_comma_stay_two(rec):
    # (a unit, not a person's name, before the comma: the next unit is a recipient as before)
    r = rec(_HEAD + "Hội nghị đề nghị tặng Bằng khen cho Trường THCS Lê Lợi, Phòng Nội vụ huyện Kim Thành.")
    assert _awards(r) == [("Trường THCS Lê Lợi", "Bằng khen", "proposed"), ("Phòng Nội vụ huyện Kim Thành", "Bằng khen", "proposed")]


def test_own_subject_after_comma_takes_the_proposal(rec):
    r = rec(_HEAD + "Xã Hòa An được suy tôn dẫn đầu Cụm, xã Bình Lợi và xã Tân Phú được đề nghị UBND tỉnh tặng Bằng khen.")
    assert _awards(r) == [("xã Bình Lợi", "Bằng khen", "proposed"), ("xã Tân Phú", "Bằng khen", "proposed")]


def test_no_subject_after_comma_keeps_the_first(rec):
    r = rec(_HEAD + "Xã Hòa An được suy tôn dẫn đầu Cụm, được đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert _awards(r) == [("Xã Hòa An", "Cờ thi đua", "proposed")]


def test_commune_committee_as_bare_proposed_subject(rec):
    r = rec(_HEAD + "Cụm thống nhất: xã Hòa An dẫn đầu, đề nghị tặng Cờ thi đua của UBND tỉnh; UBND xã Bình Lợi và UBND "
                    "phường Tân Phú đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert ("UBND xã Bình Lợi", "Bằng khen của Chủ tịch UBND tỉnh", "proposed") in _awards(r)
    assert ("UBND phường Tân Phú", "Bằng khen của Chủ tịch UBND tỉnh", "proposed") in _awards(r)


def test_province_committee_still_proposes(rec):
    r = rec(_HEAD + "Cụm thống nhất: xã Hòa An dẫn đầu, đề nghị tặng Cờ thi đua của UBND tỉnh; UBND tỉnh đề nghị tặng "
                    "Bằng khen của Thủ tướng.")
    assert _awards(r) == [("xã Hòa An", "Cờ thi đua của UBND tỉnh", "proposed")]


def test_giver_between_bare_proposal_verbs(rec):
    r = rec(_KHOI + "Hội nghị suy tôn Sở Công Thương dẫn đầu Khối, đề nghị tặng Cờ thi đua của Chính phủ; Sở Xây dựng và "
                    "Cục Thống kê đề nghị UBND tỉnh tặng Bằng khen.")
    assert _awards(r) == [("Sở Công Thương", "Cờ thi đua của Chính phủ", "proposed"), ("Sở Xây dựng", "Bằng khen", "proposed"),
                          ("Cục Thống kê", "Bằng khen", "proposed")]


def test_giver_between_with_cho_names_the_recipient(rec):
    r = rec(_KHOI + "Sở Nội vụ đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Công Thương.")
    assert _awards(r) == [("Sở Công Thương", "Cờ thi đua", "proposed")]


def test_units_told_what_they_are_then_proposed(rec):
    r = rec(_KHOI + "Hội nghị suy tôn Sở Công Thương là đơn vị dẫn đầu, đề nghị Chính phủ tặng Cờ thi đua; Cục Thống kê tỉnh "
                    "và Sở Khoa học và Công nghệ là hai đơn vị xuất sắc, đề nghị UBND tỉnh tặng Bằng khen.")
    assert _awards(r) == [("Sở Công Thương", "Cờ thi đua", "proposed"), ("Cục Thống kê tỉnh", "Bằng khen", "proposed"),
                          ("Sở Khoa học và Công nghệ", "Bằng khen", "proposed")]


def test_list_after_comma_gom(rec):
    r = rec(_KHOI + "Khối thống nhất suy tôn 02 đơn vị dẫn đầu đề nghị UBND tỉnh tặng Cờ thi đua, gồm: Sở Lao động - "
                    "Thương binh và Xã hội; Ban Quản lý các khu công nghiệp tỉnh.")
    assert _awards(r) == [("Sở Lao động - Thương binh và Xã hội", "Cờ thi đua", "proposed"),
                          ("Ban Quản lý các khu công nghiệp tỉnh", "Cờ thi đua", "proposed")]


def test_numbered_proposals_counted_in_brackets(rec):
    r = rec(_HEAD + "Kết quả bình xét như sau:\n1. Đề nghị tặng Cờ thi đua của UBND tỉnh (01 đơn vị): Công ty TNHH Bình An.\n"
                    "2. Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh (02 đơn vị): Công ty CP Cơ khí Hòa Bình; Công ty "
                    "TNHH Thủy sản Nam Sông.\nHội nghị kết thúc lúc 11 giờ.")
    assert _awards(r) == [("Công ty TNHH Bình An", "Cờ thi đua của UBND tỉnh", "proposed"),
                          ("Công ty CP Cơ khí Hòa Bình", "Bằng khen của Chủ tịch UBND tỉnh", "proposed"),
                          ("Công ty TNHH Thủy sản Nam Sông", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]


def test_named_among_the_counted_recipients(rec):
    r = rec(_HEAD + "Tại hội nghị, Giám đốc Sở Nội vụ trao Bằng khen của UBND tỉnh cho 3 tập thể, trong đó có Trung tâm Y "
                    "tế huyện Đức Cơ và Trường THPT Nguyễn Du.")
    assert _awards(r) == [("Trung tâm Y tế huyện Đức Cơ", "Bằng khen của UBND tỉnh", "conferred"),
                          ("Trường THPT Nguyễn Du", "Bằng khen của UBND tỉnh", "conferred")]


def test_counted_recipients_unnamed_give_none(rec):
    r = rec(_HEAD + "Tại hội nghị, Giám đốc Sở Nội vụ trao Bằng khen của UBND tỉnh cho 3 tập thể, trong đó có nhiều trường học.")
    assert _awards(r) == []


# Second round: where the rules above misfired on ordinary text


def test_chair_role_is_no_description_of_recipients(rec):
    r = rec(_KHOI + "Sở Công Thương là đơn vị Khối trưởng năm 2025, đề nghị UBND tỉnh tặng Cờ thi đua năm 2024 và Bằng khen "
                    "cho 4 tập thể.")
    assert _awards(r) == []


def test_chair_role_keeps_the_recipients_after_cho(rec):
    r = rec(_KHOI + "Sở Công Thương là đơn vị Khối trưởng, đề nghị UBND tỉnh tặng Cờ thi đua và Bằng khen cho Cục Hải quan "
                    "tỉnh và Sở Tài chính.")
    assert ("Sở Công Thương", "Cờ thi đua", "proposed") not in _awards(r)
    assert ("Cục Hải quan tỉnh", "Bằng khen", "proposed") in _awards(r)


def test_exhortation_to_the_members_is_no_proposal(rec):
    r = rec(_KHOI + "Cục Thống kê tỉnh là đơn vị có nhiều cố gắng, đề nghị các đơn vị thành viên phấn đấu hoàn thành xuất sắc "
                    "nhiệm vụ để được đề nghị tặng Cờ thi đua của UBND tỉnh.")
    assert _awards(r) == []


def test_ghi_nhan_holds_no_receiving(rec):
    r = rec(_KHOI + "Trường Cao đẳng Nghề Phú Yên được suy tôn dẫn đầu Khối, Sở Lao động - Thương binh và Xã hội ghi nhận và "
                    "đề nghị UBND tỉnh tặng Cờ thi đua năm 2024.")
    assert _awards(r) == [("Trường Cao đẳng Nghề Phú Yên", "Cờ thi đua", "proposed")]


def test_duoc_of_another_act_is_not_the_proposals(rec):
    r = rec(_HEAD + "Xã Hòa An được suy tôn dẫn đầu Cụm, xã Bình Lợi được bầu làm Cụm trưởng năm 2025 và Hội nghị thống nhất "
                    "đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert _awards(r) == [("Xã Hòa An", "Cờ thi đua", "proposed")]


def test_member_suggesting_to_the_giver_is_the_proposer(rec):
    r = rec(_KHOI + "Tại hội nghị, các đại biểu đã thảo luận, góp ý nhiều ý kiến. Sở Tài chính đề nghị UBND tỉnh tặng Cờ thi "
                    "đua năm 2024 sớm hơn để kịp thời động viên các đơn vị.")
    assert _awards(r) == []


def test_district_committee_proposes_for_a_cluster_of_communes(rec):
    head = "Ngày 10/7/2024, Cụm thi đua số 4 các xã, thị trấn huyện Yên Phong tổ chức hội nghị sơ kết năm 2024.\n"
    r = rec(head + "UBND huyện Yên Phong đề nghị UBND tỉnh tặng Bằng khen năm 2024. Hai xã được đề nghị là Đông Thọ và Tam Giang.")
    assert ("UBND huyện Yên Phong", "Bằng khen", "proposed") not in _awards(r)
    r = rec(head + "Cụm thống nhất: xã Đông Thọ dẫn đầu, đề nghị tặng Cờ thi đua của UBND tỉnh; UBND huyện Yên Phong đề nghị "
                   "tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert _awards(r) == [("xã Đông Thọ", "Cờ thi đua của UBND tỉnh", "proposed")]


def test_gom_listing_a_dossier_names_no_recipient(rec):
    r = rec(_KHOI + "Đại diện Ban Thi đua - Khen thưởng hướng dẫn hồ sơ đề nghị tặng Cờ thi đua của UBND tỉnh, gồm: Tờ trình "
                    "của Khối trưởng, Biên bản họp bình xét và Báo cáo thành tích của đơn vị.")
    assert _awards(r) == []
    r = rec(_KHOI + "Khối trưởng hướng dẫn tiêu chí bình xét đề nghị tặng Cờ thi đua, gồm: Kết quả thực hiện nhiệm vụ chính "
                    "trị và Công tác xây dựng Đảng.")
    assert _awards(r) == []


def test_gom_listing_the_awards_kinds(rec):
    r = rec(_KHOI + "Hội nghị thống nhất đề nghị tặng Cờ thi đua, gồm: Cờ thi đua của Chính phủ cho Cục Hải quan tỉnh và Cờ "
                    "thi đua của UBND tỉnh cho Sở Công Thương.")
    assert _awards(r) == [("Cục Hải quan tỉnh", "Cờ thi đua của Chính phủ", "proposed"),
                          ("Sở Công Thương", "Cờ thi đua của UBND tỉnh", "proposed")]


def test_breakdown_by_unit_after_trong_do_co(rec):
    r = rec(_KHOI + "Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 9 tập thể, trong đó có Sở Tài chính 4 tập thể, Cục "
                    "Thuế tỉnh 2 tập thể.")
    assert _awards(r) == []


def test_bare_person_title_stops_at_the_next_recipient(rec):
    r = rec(_KHOI + "Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho Phạm Minh Tuấn, Giám đốc Sở Công Thương và Hoàng "
                    "Thị Lan.")
    assert _awards(r) == [("Phạm Minh Tuấn", "Bằng khen", "conferred"), ("Hoàng Thị Lan", "Bằng khen", "conferred")]
    r = rec(_KHOI + "Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho Trường THCS Nguyễn Trãi, Phạm Minh Tuấn, Giám đốc "
                    "Sở Công Thương và Công ty TNHH Minh Phát.")
    assert _awards(r) == [("Trường THCS Nguyễn Trãi", "Bằng khen", "conferred"), ("Phạm Minh Tuấn", "Bằng khen", "conferred"),
                          ("Công ty TNHH Minh Phát", "Bằng khen", "conferred")]
