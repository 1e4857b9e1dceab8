"""Guards on the thirty-sixth pass (aw): near forms where its rules misfired on ordinary text (review rv36/aw). A list
opened by "Trước đó," or an earlier year is recalled only where its first clause is an award received; "nay" turns to now;
a fronted topic marks a further proposal only when it is a bare class of recipients, the cluster no duty-bound subject, and
the act neither tells the same recipients again nor an earlier year's result. Examples written for these tests."""
from tdkt_extract import extract

REVIEW = "Ngày 09/01/2025, Khối thi đua số 2 tỉnh Bạc Liêu tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"
FIRST = "Khối thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Xây dựng và Bằng khen cho Sở Công Thương. "


def _r(body: str) -> dict:
    return extract(REVIEW + body).model_dump(mode="json")


def _awards(body: str) -> list:
    return [(a["recipient"], a["award"], a["status"]) for a in _r(body)["awards"]]


def _proposals(body: str) -> list:
    return [d["text"] for d in _r(body)["decisions"] if d["kind"] == "award_proposal"]


# --- a recalled list opens on an award received (aw-1 .. aw-6) -----------------------------------------------------------

def test_aw1_a_guest_handing_an_award_first_opens_no_recalled_list():
    body = ("Trước đó, Chủ tịch UBND tỉnh Lê Văn Sử đã tặng Cờ thi đua của UBND tỉnh cho Sở Tư pháp, Sở Nội vụ được tặng "
            "Bằng khen của Chủ tịch UBND tỉnh.")
    assert ("Sở Nội vụ", "Bằng khen của Chủ tịch UBND tỉnh", "conferred") in _awards(body)


def test_aw2_an_authorisation_before_the_hand_over_opens_no_recalled_list():
    body = ("Trước đó, thừa lệnh Chủ tịch UBND tỉnh, Phó Trưởng ban Thi đua - Khen thưởng đã tặng Bằng khen cho 7 tập thể, "
            "huyện Hồng Dân được tặng Cờ thi đua của UBND tỉnh.")
    assert ("huyện Hồng Dân", "Cờ thi đua của UBND tỉnh", "conferred") in _awards(body)


def test_aw3_flowers_given_before_the_list_open_no_recalled_list():
    body = ("Trước đó, đồng chí Phạm Văn Thiều, Chủ tịch UBND tỉnh đã tặng hoa chúc mừng, Sở Tài chính được tặng Cờ thi đua "
            "của UBND tỉnh, Sở Nội vụ được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert ("Sở Nội vụ", "Bằng khen của Chủ tịch UBND tỉnh", "conferred") in _awards(body)


def test_aw4_a_hand_over_then_a_semicolon_opens_no_recalled_list():
    body = ("Trước đó, lãnh đạo UBND tỉnh tặng Cờ thi đua của UBND tỉnh cho Sở Tư pháp; Sở Y tế và Sở Nội vụ được tặng "
            "Bằng khen của Chủ tịch UBND tỉnh.")
    got = _awards(body)
    assert ("Sở Y tế", "Bằng khen của Chủ tịch UBND tỉnh", "conferred") in got


def test_aw5_a_step_of_the_ceremony_before_the_list_opens_no_recalled_list():
    body = ("Trước đó, các đại biểu đã thăm quan nhà truyền thống của Sở, Sở Tư pháp được Chủ tịch UBND tỉnh tặng "
            "Cờ thi đua, Sở Y tế được tặng Bằng khen.")
    assert ("Sở Y tế", "Bằng khen", "conferred") in _awards(body)


def test_aw6_an_exhibition_opened_before_the_list_opens_no_recalled_list():
    body = ("Trước đó, Ban Tổ chức đã khai trương gian trưng bày sản phẩm, Sở Xây dựng nhận Cờ thi đua của UBND tỉnh, "
            "Sở Tài chính nhận Bằng khen của Chủ tịch UBND tỉnh.")
    assert ("Sở Tài chính", "Bằng khen của Chủ tịch UBND tỉnh", "conferred") in _awards(body)


def test_aw14_now_after_an_earlier_time_ends_the_recall():
    body = ("Trước đây, Khối chưa có đơn vị nào được tặng Cờ thi đua của Chính phủ, nay Sở Tư pháp được tặng Cờ thi đua "
            "của Chính phủ, Sở Y tế được tặng Bằng khen của Thủ tướng Chính phủ.")
    assert ("Sở Y tế", "Bằng khen của Thủ tướng Chính phủ", "conferred") in _awards(body)


# --- a further proposal after a fronted topic (aw-7 .. aw-13) ------------------------------------------------------------

def test_aw7_a_unit_s_role_as_topic_tells_the_same_proposal_again():
    body = FIRST + "Đối với đơn vị dẫn đầu Khối, Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Xây dựng."
    assert len(_proposals(body)) == 1


def test_aw8_a_topic_naming_the_award_tells_the_same_proposal_again():
    body = FIRST + "Về đơn vị được suy tôn dẫn đầu, Khối thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Xây dựng."
    assert len(_proposals(body)) == 1


def test_aw9_a_body_as_topic_marks_no_further_proposal():
    body = FIRST + "Về cơ quan thường trực Khối, Khối đề nghị tặng Bằng khen cho các đơn vị đủ điều kiện."
    assert len(_proposals(body)) == 1


def test_aw10_the_same_recipients_under_a_class_topic_are_told_again():
    body = FIRST + "Về tập thể, Khối thống nhất đề nghị tặng Bằng khen cho Sở Công Thương."
    assert len(_proposals(body)) == 1


def test_aw11_a_duty_after_a_class_topic_is_no_act():
    body = FIRST + "Đối với các đơn vị, Khối cần kịp thời đề xuất tặng Bằng khen cho tập thể có thành tích đột xuất."
    assert len(_proposals(body)) == 1


def test_aw12_an_obligation_after_a_class_topic_is_no_act():
    body = FIRST + "Đối với cá nhân, Khối phải chủ động đề nghị tặng Bằng khen cho người lao động trực tiếp."
    assert len(_proposals(body)) == 1


def test_aw13_an_earlier_year_s_proposal_after_a_class_topic_is_a_past_result():
    body = FIRST + "Đối với cá nhân, Khối đã đề nghị UBND tỉnh tặng Bằng khen cho 15 cá nhân trong năm 2022."
    assert len(_proposals(body)) == 1


def test_a_class_topic_with_new_recipients_stays_a_further_proposal():
    # (the rule kept: a bare class of recipients, new recipients)
    body = FIRST + "Đối với cá nhân, Khối thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 8 cá nhân."
    assert len(_proposals(body)) == 2
