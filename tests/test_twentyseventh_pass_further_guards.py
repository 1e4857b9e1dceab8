"""Guards on the twenty-seventh pass's rules of who acts: a further proposal, a person named again, a witnessed signing, a
member list after 'các đơn vị thành viên Khối:', a quoted unit; invented examples."""

LEAD = "Ngày 16/01/2025, Cụm thi đua số 5 tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
# (the units chosen, then the proposal agreed: ranking and award_proposal, annotation.md "One clause may hold several acts")
FIRST = "Hội nghị đã bình xét, thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Hải Lăng. "


def _acts(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_a_suggestion_in_the_discussion_is_no_further_proposal(rec):
    # (a delegate's suggestion to care for, to guide, to speed up the awards: no named award proposed, no agreement)
    r = rec(LEAD + FIRST + "Tại phần thảo luận, các đại biểu cũng đề nghị UBND tỉnh quan tâm hơn nữa việc khen thưởng cho "
            "công nhân trực tiếp sản xuất.")
    assert _kinds(r) == ["ranking", "award_proposal"]
    r = rec(LEAD + FIRST + "Các thành viên cũng đề nghị Sở Nội vụ sớm hướng dẫn thủ tục khen thưởng theo quy định mới.")
    assert _kinds(r) == ["ranking", "award_proposal"]
    r = rec(LEAD + FIRST + "Phát biểu tại hội nghị, đại diện các đơn vị cũng đề xuất cấp trên kịp thời khen thưởng đột xuất "
            "cho các cá nhân.")
    assert _kinds(r) == ["ranking", "award_proposal"]
    # (a delegate's proposal of a named award, not agreed: no act of the meeting either)
    r = rec(LEAD + FIRST + "Các đại biểu cũng đề nghị UBND tỉnh tặng Bằng khen cho các xã vùng cao.")
    assert _kinds(r) == ["ranking", "award_proposal"]
    # (the members agreeing, or the meeting, on a named award: a further act)
    r = rec(LEAD + FIRST + "Các đơn vị cũng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho UBND huyện Gio Linh.")
    assert _kinds(r) == ["ranking", "award_proposal", "award_proposal"]
    r = rec(LEAD + FIRST + "Ngoài ra, Cụm đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho UBND huyện Gio Linh.")
    assert _kinds(r) == ["ranking", "award_proposal", "award_proposal"]


def test_the_years_count_of_people_proposed_is_no_further_proposal(rec):
    r = rec(LEAD + FIRST + "Bên cạnh đó, các đơn vị thành viên đã đề xuất khen thưởng kịp thời 64 tập thể, cá nhân có thành "
            "tích xuất sắc.")
    assert _kinds(r) == ["ranking", "award_proposal"]
    r = rec(LEAD + FIRST + "Ngoài ra, các thành viên trong Cụm đã đề nghị cấp trên khen thưởng 37 tập thể và 52 cá nhân.")
    assert _kinds(r) == ["ranking", "award_proposal"]


CHAIR = "Bà Lê Thị Thu, Chủ tịch UBND huyện Hải Lăng, Cụm trưởng chủ trì hội nghị. "
GUEST = "Ông Phan Văn Dũng, Phó Trưởng ban Thi đua - Khen thưởng tỉnh dự hội nghị. "


def test_a_person_named_inside_a_phrase_leaves_the_meeting_its_acts(rec):
    r = rec(LEAD + CHAIR + "Dưới sự chủ trì của bà Thu, các đơn vị thành viên đã ký kết giao ước thi đua năm 2025.")
    assert _kinds(r) == ["covenant"]
    r = rec(LEAD + GUEST + "Sau phần phát biểu của ông Dũng, Cụm đã ký kết giao ước thi đua năm 2025.")
    assert _kinds(r) == ["covenant"]
    r = rec(LEAD + CHAIR + "Theo đề xuất của bà Thu, các thành viên đã thống nhất thông qua báo cáo tổng kết và ký kết giao "
            "ước thi đua năm 2025.")
    assert _kinds(r) == ["approve_report", "covenant"]
    r = rec(LEAD + CHAIR + "Dưới sự điều hành của đồng chí Cụm trưởng, hội nghị đã thống nhất thông qua báo cáo tổng kết và "
            "ký kết giao ước thi đua năm 2025.")
    assert _kinds(r) == ["approve_report", "covenant"]
    # (the meeting heard the guest named by the title: its act after)
    r = rec(LEAD + GUEST + "Hội nghị đã nghe đồng chí Phó Trưởng ban Thi đua - Khen thưởng tỉnh phát biểu chỉ đạo và thống "
            "nhất thông qua báo cáo tổng kết năm 2024.")
    assert _kinds(r) == ["approve_report"]
    # (the person named short as the subject is no act of the meeting)
    r = rec(LEAD + CHAIR + "Bà Thu cũng thông qua dự thảo báo cáo tổng kết năm 2024 của Cụm.")
    assert _acts(r) == []
    r = rec(LEAD + GUEST + "Tại hội nghị, ông Dũng đề nghị các đơn vị hoàn thiện hồ sơ đề nghị khen thưởng.")
    assert _acts(r) == []


def test_a_name_opening_with_ba_or_ong_inside_a_list_is_no_person(rec):
    r = rec(LEAD + "Tại hội nghị, UBND các phường: Đông Lễ, Bà Hom, Đông Giang đã ký kết giao ước thi đua năm 2025.")
    assert _kinds(r) == ["covenant"]
    r = rec(LEAD + "Tại hội nghị, các trường Nguyễn Trãi, Bà Triệu, Quang Trung đã thống nhất đề nghị Giám đốc Sở Giáo dục "
            "và Đào tạo tặng Bằng khen cho 4 tập thể.")
    assert _kinds(r) == ["award_proposal"]
    # (a list lead, then the name first and another after it)
    r = rec(LEAD + "Tại hội nghị, các trường: Ông Ích Khiêm, Hùng Vương đã ký kết giao ước thi đua năm 2025.")
    assert _kinds(r) == ["covenant"]
    # (the honorific after a comma with no list before it names the person: her report, no act)
    r = rec(LEAD + CHAIR + "Tại hội nghị, bà Thu thông qua dự thảo báo cáo tổng kết năm 2024 của Cụm.")
    assert _acts(r) == []


def test_a_members_results_list_is_no_member_list(rec):
    lead = "Ngày 12/01/2025, Khối thi đua số 4 tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
    r = rec(lead + "Hội nghị đã công bố kết quả chấm điểm của các đơn vị thành viên Khối: Sở Công Thương xếp thứ nhất, "
            "Sở Nội vụ xếp thứ hai, Sở Tài chính xếp thứ ba.")
    assert r["cluster"]["members"] == []
    r = rec(lead + "Kết quả chấm điểm các đơn vị thành viên Khối: Sở Công Thương đạt 97 điểm, Sở Nội vụ đạt 95,5 điểm, "
            "Sở Tài chính đạt 94 điểm.")
    assert r["cluster"]["members"] == []
    # (the members named bare under the same lead are the members)
    r = rec(lead + "Tham dự hội nghị có lãnh đạo các đơn vị thành viên Khối: Sở Công Thương, Sở Nội vụ, Sở Tài chính.")
    assert r["cluster"]["members"] == ["Sở Công Thương", "Sở Nội vụ", "Sở Tài chính"]


def test_a_title_in_quotes_is_no_recipient_the_unit_after_it_is(rec):
    r = rec(LEAD + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho “Xã đạt chuẩn nông thôn mới nâng cao” là xã "
            "Triệu Phong.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("xã Triệu Phong", "Cờ thi đua")]
    # (a unit's name in quotes is the unit)
    r = rec(LEAD + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho “Công ty cổ phần Thủy điện Rào Quán”.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("Công ty cổ phần Thủy điện Rào Quán", "Cờ thi đua")]


def test_a_signing_witnessed_before_the_meeting_or_of_another_cluster_is_not_the_meetings(rec):
    r = rec(LEAD + GUEST + "Ông Phan Văn Dũng cho biết, tháng trước ông đã chứng kiến các xã trong Cụm thi đua số 7 ký kết "
            "giao ước thi đua.")
    assert _acts(r) == []
    r = rec(LEAD + "Bà Lê Thị Thu, Chủ tịch UBND huyện Hải Lăng báo cáo tổng kết. Theo bà Thu, năm 2024 ông Phan Văn Dũng đã "
            "chứng kiến các đơn vị thành viên ký kết giao ước thi đua ngay từ tháng 3.")
    assert _acts(r) == []
    r = rec(LEAD + "Ông Phan Văn Dũng chứng kiến các huyện trong Cụm thi đua số 8 ký kết giao ước thi đua năm 2025.")
    assert _acts(r) == []
    # (the members' signing witnessed at the meeting stays the meeting's, the cluster's own number named too)
    r = rec(LEAD + "Ông Phan Văn Dũng chứng kiến các huyện trong Cụm thi đua số 5 ký kết giao ước thi đua năm 2025.")
    assert _acts(r) == [("covenant", "các huyện trong Cụm thi đua số 5 ký kết giao ước thi đua năm 2025")]
