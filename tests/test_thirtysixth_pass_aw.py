"""The thirty-sixth pass (aw): awards and award proposals in more forms. A list of awards received that a sentence opens on
an earlier time, or that a clause opens on a year before the period reviewed, is recalled as a whole, not only its first
clause; a clause's subject singled out by a topic word ("Riêng", "còn") is the recipient read back from its verb; a further
proposal of the meeting in its own sentence opened by a fronted topic phrase ("Đối với cá nhân, Cụm thống nhất đề nghị ...")
is an act of its own. Examples written for these tests."""
from tdkt_extract import extract

REVIEW = "Ngày 12/01/2025, Cụm thi đua số 4 tỉnh Hậu Giang tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


def _r(body: str) -> dict:
    return extract(REVIEW + body).model_dump(mode="json")


def _awards(body: str) -> list:
    return [(a["recipient"], a["award"], a["status"]) for a in _r(body)["awards"]]


def _proposals(body: str) -> list:
    return [d["text"] for d in _r(body)["decisions"] if d["kind"] == "award_proposal"]


# --- R138-1: a recalled list of awards -----------------------------------------------------------------------------------

def test_year_after_an_earlier_time_recalls_every_clause_of_the_list():
    body = ("Trước đó, năm 2022 thị xã Long Mỹ được Chủ tịch UBND tỉnh tặng Bằng khen, huyện Phụng Hiệp được "
            "Chính phủ tặng Cờ thi đua.")
    assert _awards(body) == []


def test_year_opening_a_later_clause_recalls_the_rest_of_the_sentence():
    body = ("Các đơn vị trong Cụm nhiều năm liền hoàn thành tốt nhiệm vụ; năm 2021 huyện Châu Thành A được tặng Bằng khen, "
            "huyện Vị Thủy được Chủ tịch UBND tỉnh tặng Cờ thi đua.")
    assert _awards(body) == []


def test_earlier_time_opening_the_sentence_recalls_the_whole_list():
    body = "Trước đó, huyện Long Mỹ được tặng Bằng khen, huyện Phụng Hiệp được Chính phủ tặng Cờ thi đua."
    assert _awards(body) == []


def test_a_clause_turning_to_this_meeting_is_not_recalled():
    body = ("Năm 2021 huyện Long Mỹ được tặng Bằng khen; tại hội nghị, huyện Phụng Hiệp được Chủ tịch UBND tỉnh "
            "tặng Cờ thi đua.")
    assert ("huyện Phụng Hiệp", "Cờ thi đua", "conferred") in _awards(body)


def test_a_list_under_the_year_reviewed_is_not_recalled():
    # (negative: the year opening the clause is the year reviewed)
    body = ("Các đơn vị đều hoàn thành xuất sắc nhiệm vụ; năm 2024 huyện Long Mỹ được tặng Bằng khen, huyện Phụng Hiệp "
            "được Chủ tịch UBND tỉnh tặng Cờ thi đua.")
    assert ("huyện Phụng Hiệp", "Cờ thi đua", "conferred") in _awards(body)


def test_a_year_that_is_not_a_clause_opening_recalls_nothing_after_it():
    # (negative: an earlier year inside a unit's merit, not opening the list: the award after it is this meeting's)
    body = ("Với thành tích dẫn đầu từ năm 2021 đến nay, huyện Long Mỹ được Chủ tịch UBND tỉnh tặng Cờ thi đua, "
            "huyện Phụng Hiệp được tặng Bằng khen.")
    got = _awards(body)
    assert ("huyện Phụng Hiệp", "Bằng khen", "conferred") in got


# --- R138-4: a recipient singled out by a topic word ---------------------------------------------------------------------

def test_riêng_opening_the_sentence_leaves_the_recipient():
    body = "Riêng thành phố Vị Thanh được đề nghị tặng Cờ thi đua của UBND tỉnh."
    assert _awards(body) == [("thành phố Vị Thanh", "Cờ thi đua của UBND tỉnh", "proposed")]


def test_riêng_after_a_semicolon_leaves_the_recipients():
    body = ("Có 6 đơn vị hoàn thành xuất sắc nhiệm vụ; riêng Sở Tài chính và Công an tỉnh được đề nghị Chủ tịch UBND tỉnh "
            "tặng Bằng khen.")
    assert _awards(body) == [("Sở Tài chính", "Bằng khen", "proposed"), ("Công an tỉnh", "Bằng khen", "proposed")]


def test_còn_after_a_comma_leaves_the_recipient():
    body = "Huyện Long Mỹ được đề nghị tặng Cờ thi đua của UBND tỉnh, còn huyện Phụng Hiệp được đề nghị tặng Bằng khen."
    assert ("huyện Phụng Hiệp", "Bằng khen", "proposed") in _awards(body)


def test_riêng_before_a_class_of_units_names_no_recipient():
    # (negative: the words after the topic word name no unit)
    body = "Riêng các đơn vị còn lại được đề nghị tặng Giấy khen của Cụm."
    assert _awards(body) == []


# --- R138-5: a further proposal opened by a fronted topic phrase ---------------------------------------------------------

def test_a_topic_phrase_before_the_cluster_marks_a_further_proposal():
    body = ("Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho huyện Long Mỹ. Đối với cá nhân, Cụm thống nhất "
            "đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 9 cá nhân.")
    got = _proposals(body)
    assert len(got) == 2 and got[1].endswith("Cụm thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 9 cá nhân")


def test_a_topic_phrase_before_a_guest_marks_no_further_proposal():
    # (negative: the subject after the topic phrase is a guest, not the meeting)
    body = ("Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho huyện Long Mỹ. Đối với khen thưởng, ông Trần Văn Bình "
            "đề nghị các đơn vị quan tâm đề xuất tặng Bằng khen cho người lao động.")
    assert len(_proposals(body)) == 1


def test_a_topic_phrase_before_a_unit_proposed_marks_no_further_act():
    # (negative: the units proposed are the subject, no act of the meeting's: one decision, as the gold keeps it)
    body = ("Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho huyện Long Mỹ. Đối với Bằng khen, huyện Phụng Hiệp "
            "và huyện Vị Thủy được đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert len(_proposals(body)) == 1


# --- near forms found while checking the rules ---------------------------------------------------------------------------

def test_an_earlier_part_of_this_meeting_telling_the_list_is_not_recalled():
    # (negative: "Trước đó" with no year, the meeting's own announcement telling the list)
    body = ("Trước đó, Hội nghị đã công bố Quyết định khen thưởng: huyện Long Mỹ được tặng Cờ thi đua của UBND tỉnh, "
            "huyện Phụng Hiệp được tặng Bằng khen.")
    assert ("huyện Phụng Hiệp", "Bằng khen", "conferred") in _awards(body)


def test_a_span_of_years_up_to_now_recalls_nothing_after_it():
    # (negative: "Năm 2021 đến nay" runs to now)
    body = ("Năm 2021 đến nay, thu ngân sách tăng 15%, huyện Long Mỹ được tặng Cờ thi đua của UBND tỉnh, huyện Phụng Hiệp "
            "được tặng Bằng khen.")
    assert ("huyện Phụng Hiệp", "Bằng khen", "conferred") in _awards(body)


def test_a_topic_of_the_work_before_the_meeting_tells_the_same_proposal_again():
    # (negative: the fronted topic names no class of recipients; the same flag for the same unit, told twice: one act)
    body = ("Hội nghị thống nhất suy tôn huyện Long Mỹ dẫn đầu Cụm, đề nghị UBND tỉnh tặng Cờ thi đua. Về khen thưởng, "
            "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho huyện Long Mỹ.")
    assert len(_proposals(body)) == 1
