"""Forms left by the twenty-sixth pass, read in the twenty-seventh (examples written for these tests)."""

_HEAD = "Sáng 18/12/2024, Cụm thi đua số 4 tỉnh Lâm Hà tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_an_act_dated_before_the_meeting_is_told_in_the_review(rec):
    r = rec(_HEAD + "Tháng 4/2024, các thành viên đã thống nhất quy chế hoạt động và nhiệm vụ trọng tâm năm 2024.")
    assert _kinds(r) == []
    r = rec(_HEAD + "Ngày 15/5/2024, Ban Thường vụ Tỉnh ủy phát động đợt thi đua cao điểm chào mừng Đại hội.")
    assert _kinds(r) == []
    # (the day before the meeting, no year written: the meeting's year)
    r = rec(_HEAD + "Ngày 17/12, các đơn vị đã thống nhất thang điểm thi đua năm 2024.")
    assert _kinds(r) == []


def test_an_act_dated_on_the_meeting_day_or_after_it_is_read(rec):
    r = rec(_HEAD + "Ngày 18/12, hội nghị đã thống nhất thang điểm thi đua năm 2025.")
    assert "approve_report" in _kinds(r)
    r = rec(_HEAD + "Tháng 12/2024, hội nghị thống nhất suy tôn Sở Tư pháp dẫn đầu Cụm.")
    assert "ranking" in _kinds(r)
    # (the meeting's year unread, a year written in the clause: no telling which comes first, the act stays)
    r = rec("Sáng 18/12, Cụm thi đua số 4 tỉnh Lâm Hà tổ chức hội nghị tổng kết công tác thi đua, khen thưởng. "
            "Tháng 4/2024, các thành viên đã thống nhất quy chế hoạt động.")
    assert "approve_report" in _kinds(r)


def test_proposing_a_counted_number_of_solutions_at_the_meeting_is_a_speech(rec):
    # (a count of solutions proposed is the speaker's, as often as a year's achievement: the speech is kept)
    r = rec(_HEAD + "Tại hội nghị, ông Đoàn Minh Triết, Giám đốc Sở Xây dựng, đề xuất 3 giải pháp nâng cao chất lượng bình xét.")
    (p,) = r["people"]
    assert "spoke" in p["roles"]
    r = rec(_HEAD + "Tại hội nghị, ông Đoàn Minh Triết, Giám đốc Sở Xây dựng đề xuất giải pháp nâng cao chất lượng bình xét.")
    (p,) = r["people"]
    assert "spoke" in p["roles"]


def test_a_bloc_of_the_partys_central_bodies_has_no_province(rec):
    r = rec("Sáng 10/12/2024, tại Hà Nội, Khối thi đua các Ban Đảng Trung ương tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["province"] is None
    # (a province's own bloc of the Party's bodies keeps its province)
    r = rec("Sáng 10/12/2024, tại Lâm Đồng, Khối thi đua các cơ quan Đảng tỉnh Lâm Đồng tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["province"] == "Lâm Đồng"


def test_units_praised_as_always_leading_are_not_ranked(rec):
    r = rec(_HEAD + "Phát biểu tại hội nghị, khách mời đánh giá Sở Tư pháp và Sở Y tế luôn là những đơn vị dẫn đầu Khối.")
    assert r["rankings"] == []
    r = rec(_HEAD + "Hội nghị suy tôn Sở Tư pháp và Sở Y tế là hai đơn vị dẫn đầu Cụm năm 2024.")
    assert {x["organization"] for x in r["rankings"]} == {"Sở Tư pháp", "Sở Y tế"}


_LEAD = "Ngày 19/12/2025, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.\n"


def test_a_witness_named_after_a_verb_first_lead_attended(rec):
    r = rec(_LEAD + "Chứng kiến lễ ký kết có ông Lương Đình Khải, Phó Giám đốc Sở Nội vụ.")
    (p,) = r["people"]
    assert p["roles"] == ["attended"] and p["title"] == "Phó Giám đốc Sở Nội vụ"


def test_a_photo_note_in_brackets_is_no_title(rec):
    r = rec(_LEAD + "Ông Hà Quang Vinh (giữa) trao Cờ thi đua cho Sở Xây dựng.")
    (p,) = r["people"]
    assert p["title"] is None
    # (the title after the note is still read)
    r = rec(_LEAD + "Bà Tạ Thu Vân (thứ hai từ trái sang), Giám đốc Sở Công Thương nhận Cờ thi đua.")
    (p,) = r["people"]
    assert p["title"] == "Giám đốc Sở Công Thương"
    # (a title in brackets is one)
    r = rec(_LEAD + "Ông Hà Quang Vinh (Phó Chủ tịch UBND tỉnh) trao Cờ thi đua cho Sở Xây dựng.")
    assert r["people"][0]["title"] == "Phó Chủ tịch UBND tỉnh"


def test_a_guarded_family_name_opens_a_name_before_the_mens_y(rec):
    r = rec(_LEAD + "Phát biểu tại hội nghị, Phó Giám đốc Sở Y tế Nay Y Kông đề nghị các xã tiếp tục đổi mới.")
    (p,) = r["people"]
    assert p["name"] == "Nay Y Kông" and p["title"] == "Phó Giám đốc Sở Y tế"
    # (the word "nay" before other words is no name)
    r = rec(_LEAD + "Nay Sở Y tế đề nghị các xã tiếp tục đổi mới.")
    assert r["people"] == []


def test_an_award_handed_to_a_units_representative_goes_to_the_unit(rec):
    r = rec(_LEAD + "Bà Đinh Thị Loan trao Cờ thi đua cho đại diện xã Tân Phú.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("xã Tân Phú", "Cờ thi đua")]
    r = rec(_LEAD + "Ông Võ Tấn trao Bằng khen cho đại diện lãnh đạo Sở Xây dựng.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Xây dựng"]


def test_a_line_telling_a_persons_act_at_the_meeting_is_no_byline(rec):
    r = rec("Cụm thi đua số 6 tổng kết năm 2025\n" + _LEAD + "Lò Minh Sang, Chủ tịch UBND xã Tân Phú phát biểu tại hội nghị.\n"
            "Hội nghị đã bầu Sở Xây dựng làm Cụm trưởng năm 2026.")
    assert r["author"] is None
    (p,) = r["people"]
    assert p["roles"] == ["spoke"] and p["title"] == "Chủ tịch UBND xã Tân Phú"
    # (a byline with its unit is still one)
    r = rec("Cụm thi đua số 6 tổng kết năm 2025\n" + _LEAD + "Hội nghị đã bầu Sở Xây dựng làm Cụm trưởng năm 2026.\n"
            "Lò Minh Sang, Trung tâm Văn hóa huyện")
    assert r["author"] == "Lò Minh Sang"


def test_an_online_meetings_main_site_ends_before_the_other_sites(rec):
    lead = "Ngày 10/12/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2024 theo hình thức trực tuyến. "
    r = rec(lead + "Hội nghị có điểm cầu chính tại Sở Tư pháp tỉnh Hà Nam và 7 điểm cầu tại các đơn vị thành viên.")
    assert r["meeting"]["venue"] == "Sở Tư pháp tỉnh Hà Nam"
    r = rec(lead + "Điểm cầu chính đặt tại Sở Nội vụ kết nối với điểm cầu của các đơn vị thành viên.")
    assert r["meeting"]["venue"] == "Sở Nội vụ"


def test_a_dated_lead_is_no_page_stamp_unless_its_own_day_follows_the_dash(rec):
    # (a ratio or another event's days further on are not the lead's own day)
    r = rec("Ngày 18/12/2024 - Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024 sau đợt kiểm tra chéo từ ngày 9/12 đến ngày 13/12.")
    assert r["meeting"]["date"] == "2024-12-18" and r["published"] is None
    r = rec("Ngày 18/12/2024 - Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024. Năm 2024, 9/10 đơn vị hoàn thành xuất sắc nhiệm vụ.")
    assert r["meeting"]["date"] == "2024-12-18" and r["published"] is None
    r = rec("19/12/2024 - Chiều 18/12, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["date"] == "2024-12-18" and r["published"] == "2024-12-19"


def test_the_part_of_those_present_who_preside_named_after_a_colon(rec):
    r = rec(_LEAD + "Thành phần chủ trì gồm: đồng chí Lê Văn Tám, Chủ tịch UBND huyện Phú Lộc, Cụm trưởng và đồng chí Hồ Thị Na, "
            "Phó Chủ tịch UBND huyện Nam Đông, Cụm phó.")
    assert [p["roles"] for p in r["people"]] == [["presided"], ["presided"]]


def test_a_caption_ending_on_a_name_above_a_byline_keeps_both(rec):
    r = rec("Cụm thi đua số 6 tổng kết năm 2025\n" + _LEAD + "Ông Lý Văn Tài trao Giấy khen cho bà Đỗ Thị Hằng\nTin, ảnh: Minh Khuê")
    assert r["author"] == "Minh Khuê"
    assert "Đỗ Thị Hằng" in [p["name"] for p in r["people"]]


def test_a_cluster_of_several_provinces_named_with_its_first_or_its_host(rec):
    head = "Cụm thi đua số 4 - các tỉnh Duyên hải miền Trung tổng kết năm 2024\n"
    r = rec(head + "Ngày 12/12/2024, Cụm thi đua số 4 - tỉnh Quảng Ngãi, Bình Định, Phú Yên tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["province"] is None
    r = rec(head + "Ngày 12/12/2024, Cụm thi đua số 4, tỉnh Quảng Ngãi đăng cai tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["province"] is None


def test_praise_and_visits_are_no_speech(rec):
    r = rec(_LEAD + "Ông Hà Văn Lộc, Chủ tịch Hội Cựu chiến binh xã Tân Phú được hội viên tin tưởng, là một trong 10 cá nhân tiêu biểu.")
    assert r["people"][0]["roles"] == []
    r = rec(_LEAD + "Trong năm, bà Vi Thị Hồng, Chủ tịch Công đoàn Sở Y tế đã nhiều lần đến thăm hỏi, động viên đoàn viên.")
    assert r["people"][0]["roles"] == []
    # (encouraging the units at the meeting is a speech)
    r = rec(_LEAD + "Phát biểu tại hội nghị, bà Vi Thị Hồng, Chủ tịch Công đoàn Sở Y tế động viên các đơn vị tiếp tục thi đua.")
    assert r["people"][0]["roles"] == ["spoke"]


def test_a_province_that_had_ended_before_the_year_reviewed_is_the_one_it_joined(rec):
    r = rec("Chiều 12/1, Khối thi đua các trường cao đẳng tổ chức hội nghị tổng kết công tác thi đua năm 2023. Khối gồm: Trường "
            "Cao đẳng Y tế Hà Nội, Trường Cao đẳng Sư phạm Hà Tây và Trường Cao đẳng Du lịch Hà Nội.")
    assert r["meeting"]["province"] == "Hà Nội"


def test_a_signing_witnessed_over_the_past_years_is_not_the_meetings(rec):
    r = rec(_LEAD + "Bà Lục Thị Nhàn cho biết, thời gian qua bà đã chứng kiến các đơn vị ký kết giao ước thi đua còn hình thức.")
    assert [d["kind"] for d in r["decisions"]] == []
    r = rec(_LEAD + "Ông Vương Đình Lực cho biết, những năm gần đây ông đã chứng kiến các đơn vị ký kết giao ước thi đua.")
    assert [d["kind"] for d in r["decisions"]] == []


def test_awards_handed_over_on_a_proposal_are_conferred(rec):
    r = rec("Cụm thi đua số 6 tổng kết năm 2025\n" + _LEAD + "Tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh đã trao các hình thức "
            "khen thưởng do Hội đồng Thi đua - Khen thưởng tỉnh đề nghị:\n- Tặng Cờ thi đua của UBND tỉnh cho Sở Xây dựng;\n"
            "- Tặng Bằng khen của Chủ tịch UBND tỉnh cho Sở Công Thương.")
    assert {a["status"] for a in r["awards"]} == {"conferred"}
    assert "award_proposal" not in [d["kind"] for d in r["decisions"]]
    r = rec("Cụm thi đua số 6 tổng kết năm 2025\n" + _LEAD + "Tại hội nghị, căn cứ vào đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh "
            "đã ký quyết định khen thưởng:\n- Tặng Cờ thi đua của UBND tỉnh cho Sở Xây dựng;\n- Tặng Bằng khen của Chủ tịch UBND "
            "tỉnh cho Sở Công Thương.")
    assert {a["status"] for a in r["awards"]} == {"conferred"}


def test_a_lead_after_do_do_still_proposes(rec):
    r = rec("Cụm thi đua số 6 tổng kết năm 2025\n" + _LEAD + "Do đó Hội nghị đã thống nhất đề nghị:\n- Tặng Cờ thi đua của UBND tỉnh "
            "cho Sở Xây dựng;\n- Tặng Bằng khen của Chủ tịch UBND tỉnh cho Sở Công Thương.")
    assert {a["status"] for a in r["awards"]} == {"proposed"}
    assert "award_proposal" in [d["kind"] for d in r["decisions"]]


def test_time_set_for_an_act_by_bo_tri_is_no_act_time_given_to_it_is(rec):
    r = rec(_LEAD + "Hội nghị cũng thống nhất bố trí thời gian ký kết giao ước thi đua năm 2026 vào tháng 01/2026.")
    assert [d["kind"] for d in r["decisions"]] == []
    r = rec(_LEAD + "Ban tổ chức bố trí thời gian cho lễ ký kết giao ước thi đua năm 2026 giữa các đơn vị thành viên.")
    assert [d["kind"] for d in r["decisions"]] == ["covenant"]


def test_an_earlier_meeting_told_with_its_place_keeps_its_acts_out(rec):
    r = rec(_LEAD + "Ngày 20/3/2025, tại UBND xã Tân Phú, Hội nghị đã thông qua Quy chế hoạt động và các đơn vị ký kết giao ước "
            "thi đua năm 2025.")
    assert [d["kind"] for d in r["decisions"]] == []


def test_past_times_before_the_witness_clause_leave_the_signing(rec):
    r = rec(_LEAD + "Phát huy kết quả đạt được trong thời gian qua, dưới sự chứng kiến của ông Đào Văn Bình, Phó Chủ tịch UBND "
            "tỉnh, các đơn vị trong Cụm đã ký kết giao ước thi đua năm 2026.")
    assert [d["kind"] for d in r["decisions"]] == ["covenant"]


def test_a_line_break_inside_a_name_before_a_dash_and_a_title(rec):
    r = rec(_LEAD + "Phát biểu tại hội nghị, ông Trịnh Văn\nKhải - Phó Giám đốc Sở Nội vụ đề nghị các đơn vị đổi mới.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Trịnh Văn Khải", "Phó Giám đốc Sở Nội vụ")]
