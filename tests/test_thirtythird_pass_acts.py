"""Thirty-third pass: acts of the meeting in more wordings (an assignment after an opening adverbial, a host chosen for a
joint event, a model or movement chosen, a youth work registered, a launch named with the meeting), and the near forms
that stay no act (invented texts)."""

from record_views import roles

REVIEW = "Ngày 15/01/2025, Cụm thi đua số 3 tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua năm 2024. "


def _texts(r: dict, kind: str) -> list[str]:
    return [d["text"] for d in r["decisions"] if d["kind"] == kind]


# DEC-2: the rotation named in the opening adverbial, then the unit given the role in the passive: the election told


def test_an_assignment_after_a_rotation_lead_in_is_the_election(rec):
    r = rec(REVIEW + "Theo nguyên tắc luân phiên, Sở Tư pháp được giao làm Cụm trưởng năm 2025.")
    assert _texts(r, "election") == ["Theo nguyên tắc luân phiên, Sở Tư pháp được giao làm Cụm trưởng năm 2025"]
    assert roles(r).get("next_chair") == "Sở Tư pháp"
    r = rec(REVIEW + "Theo thứ tự luân phiên, Huyện đoàn Gio Linh được chọn làm Trưởng khối năm 2025.")
    assert _texts(r, "election") == ["Theo thứ tự luân phiên, Huyện đoàn Gio Linh được chọn làm Trưởng khối năm 2025"]


def test_a_turn_taken_in_rotation_with_no_assignment_is_no_election(rec):
    # no verb of giving or choosing: the unit's turn, not a choice of the meeting
    r = rec(REVIEW + "Theo nguyên tắc luân phiên, Sở Tư pháp sẽ làm Cụm trưởng năm 2025.")
    assert _texts(r, "election") == []
    # the rotation in the clause itself, not in its lead-in
    r = rec(REVIEW + "Sở Tư pháp luân phiên nhận nhiệm vụ Cụm trưởng năm 2025.")
    assert _texts(r, "election") == []


# DEC-3: a joint event given to the host the meeting chose is a plan


def test_a_host_chosen_for_a_joint_event_is_a_plan(rec):
    r = rec(REVIEW + "Hội nghị thống nhất lựa chọn Sở Nội vụ đăng cai tổ chức giao lưu bóng chuyền của Cụm.")
    assert _texts(r, "plan") == ["Hội nghị thống nhất lựa chọn Sở Nội vụ đăng cai tổ chức giao lưu bóng chuyền của Cụm"]
    r = rec(REVIEW + "Các thành viên nhất trí chọn huyện Vĩnh Linh tổ chức hội thao của Cụm năm 2025.")
    assert _texts(r, "plan") == ["Các thành viên nhất trí chọn huyện Vĩnh Linh tổ chức hội thao của Cụm năm 2025"]
    # the host named right after the agreeing word
    r = rec(REVIEW + "Hội nghị thống nhất Sở Nội vụ đăng cai tổ chức hội thao của Cụm năm 2025.")
    assert _texts(r, "plan") == ["Hội nghị thống nhất Sở Nội vụ đăng cai tổ chức hội thao của Cụm năm 2025"]


def test_a_host_praised_or_a_unit_ranked_is_no_plan(rec):
    # the hosting told as done, in a review of the year
    r = rec(REVIEW + "Hội nghị thống nhất đánh giá Sở Nội vụ đăng cai tổ chức hội thao của Cụm thành công.")
    assert _texts(r, "plan") == []
    # a unit ranked, not chosen as host
    r = rec(REVIEW + "Hội nghị thống nhất bình chọn Sở Nội vụ tổ chức tốt giao lưu văn nghệ.")
    assert _texts(r, "plan") == []
    # chosen before, no agreement of this meeting
    r = rec(REVIEW + "Năm 2024, Cụm đã chọn Sở Nội vụ đăng cai tổ chức hội thao.")
    assert _texts(r, "plan") == []


# DEC-4: choosing a model or a movement, registering a youth work: acts of the meeting as registering a model is


def test_a_model_or_movement_chosen_is_an_act(rec):
    r = rec(REVIEW + "Hội nghị thống nhất chọn mô hình \"Tổ tự quản an toàn\" là mô hình điểm của Cụm năm 2025.")
    assert _texts(r, "other") == ["Hội nghị thống nhất chọn mô hình \"Tổ tự quản an toàn\" là mô hình điểm của Cụm năm 2025"]
    r = rec(REVIEW + "Các đơn vị lựa chọn phong trào \"Ngày Chủ nhật xanh\" là phong trào thi đua chung của Cụm.")
    assert _texts(r, "other") == ["Các đơn vị lựa chọn phong trào \"Ngày Chủ nhật xanh\" là phong trào thi đua chung của Cụm"]


def test_a_youth_work_registered_is_an_act(rec):
    r = rec(REVIEW + "Các đơn vị thống nhất đăng ký công trình thanh niên cấp Cụm \"Đường hoa nông thôn mới\".")
    assert _texts(r, "other") == ["Các đơn vị thống nhất đăng ký công trình thanh niên cấp Cụm \"Đường hoa nông thôn mới\""]


def test_a_model_ranked_advised_or_chosen_by_another_is_no_act(rec):
    # the best of the units' models picked out: no model chosen for the cluster
    r = rec(REVIEW + "Hội nghị bình chọn mô hình \"Tổ tự quản an toàn\" tiêu biểu của Cụm.")
    assert _texts(r, "other") == []
    # advice to the units
    r = rec(REVIEW + "Các đơn vị cần lựa chọn mô hình phù hợp để triển khai.")
    assert _texts(r, "other") == []
    # chosen by another body, passive
    r = rec(REVIEW + "Mô hình \"Tổ tự quản an toàn\" được chọn là mô hình điểm của tỉnh.")
    assert _texts(r, "other") == []
    # a work's registration form, a document
    r = rec(REVIEW + "Các đơn vị hoàn thiện hồ sơ đăng ký công trình thanh niên.")
    assert _texts(r, "other") == []


# ORD-3: the launch of the next movement joined to the meeting's name in the sentence that states the meeting


def test_a_launch_joined_to_the_meeting_in_its_sentence_is_an_act(rec):
    r = rec("Ngày 18/12/2024, Khối thi đua số 4 tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác thi đua năm 2024 "
            "và phát động phong trào thi đua năm 2025.")
    assert _texts(r, "other") == ["phát động phong trào thi đua năm 2025"]
    # with a signing between: both acts
    r = rec("Ngày 18/12/2024, Khối thi đua số 4 tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2024 "
            "và ký kết giao ước và phát động phong trào thi đua năm 2025.")
    assert _texts(r, "other") == ["phát động phong trào thi đua năm 2025"] and _texts(r, "covenant")


def test_the_meeting_named_elsewhere_and_its_agenda_words_are_no_act(rec):
    # the event named in a guest's attendance, not the sentence that states the meeting
    r = rec(REVIEW + "Bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh đến dự Hội nghị tổng kết và phát động phong trào thi đua năm 2025.")
    assert _texts(r, "other") == []
    # the agenda of the meeting's sentence sets no directions
    r = rec("Ngày 18/12/2024, Khối thi đua số 4 tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2024 "
            "và triển khai phương hướng, nhiệm vụ năm 2025.")
    assert _texts(r, "tasks") == [] and _texts(r, "other") == []
