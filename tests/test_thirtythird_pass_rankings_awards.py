"""The thirty-third pass, rankings and awards: the best unit of the cluster named after a choosing verb, a person with a
title as the subject of "được tặng", the year of a heading over the awards, the verb-first "xếp A thứ nhất", another
cluster's leader told in the same article, a joint meeting's proposal, a caption's label. Examples written for these
tests; each has a near form the rule must not fire on."""

from record_views import kinds, ranks

HEAD = "Ngày 12/01/2024, Khối thi đua Văn hóa - Xã hội tỉnh Yên Bái tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"


def awards(r: dict) -> list:
    return [(a["recipient"], a["award"], a["status"], a["year"]) for a in r["awards"]]


# --- the best unit of the cluster: "X là đơn vị xuất sắc nhất" ----------------------------------------------------------
def test_the_best_unit_after_a_choosing_verb_and_its_comma_is_ranked_first(rec):
    r = rec(HEAD + "Qua bình chọn, Sở Lao động là đơn vị xuất sắc nhất, được Khối đề nghị tặng Cờ thi đua của UBND tỉnh.")
    assert ranks(r) == [(1, "Sở Lao động")]
    assert "ranking" in kinds(r)
    assert awards(r) == [("Sở Lao động", "Cờ thi đua của UBND tỉnh", "proposed", None)]
    # (the next places after a semicolon too)
    r = rec(HEAD + "Kết quả bình xét, Đài Phát thanh tỉnh là đơn vị xuất sắc nhất; Sở Y tế xếp thứ hai.")
    assert ranks(r) == [(1, "Đài Phát thanh tỉnh"), (2, "Sở Y tế")]


def test_the_best_unit_proposed_for_the_flag_is_ranked_first(rec):
    r = rec(HEAD + "Sở Văn hóa là đơn vị xuất sắc nhất, được đề nghị tặng Cờ thi đua của UBND tỉnh.")
    assert ranks(r) == [(1, "Sở Văn hóa")]


def test_the_unit_after_cho_thay_is_read(rec):
    r = rec(HEAD + "Kết quả bình xét cho thấy Sở Y tế là đơn vị xuất sắc nhất Khối.")
    assert ranks(r) == [(1, "Sở Y tế")]
    assert kinds(r) == ["ranking"]


def test_the_best_in_a_field_or_of_the_province_is_no_rank(rec):
    r = rec(HEAD + "Qua bình chọn, Sở Lao động là đơn vị xuất sắc nhất trong công tác chuyển đổi số.")
    assert ranks(r) == []
    r = rec(HEAD + "Qua bình chọn, Sở Lao động là đơn vị xuất sắc nhất tỉnh về cải cách hành chính.")
    assert ranks(r) == []
    # (nor one proposed for a certificate only, no choosing verb)
    r = rec(HEAD + "Sở Văn hóa là đơn vị xuất sắc nhất, được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert ranks(r) == []


# --- a person with a title in apposition before "được tặng" --------------------------------------------------------------
def test_a_person_with_a_title_before_duoc_tang_receives(rec):
    r = rec(HEAD + "Bà Hoàng Thị Mai, Phó Giám đốc Sở Y tế được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert awards(r) == [("Hoàng Thị Mai", "Bằng khen của Chủ tịch UBND tỉnh", "conferred", None)]
    r = rec(HEAD + "Đồng chí Lò Văn Tuấn, Trưởng phòng Tổ chức, Sở Văn hóa, được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert awards(r) == [("Lò Văn Tuấn", "Bằng khen của Chủ tịch UBND tỉnh", "conferred", None)]


def test_a_titled_person_who_hands_over_is_no_recipient(rec):
    r = rec(HEAD + "Bà Hoàng Thị Mai, Phó Giám đốc Sở Y tế trao Bằng khen cho Trường Cao đẳng Nghề được tặng Bằng khen của "
                   "Chủ tịch UBND tỉnh.")
    assert "Hoàng Thị Mai" not in [a[0] for a in awards(r)]


# --- the year of a heading over the awards ----------------------------------------------------------------------------
COVENANT = "Ngày 05/3/2024, Khối thi đua Văn hóa - Xã hội tỉnh Yên Bái tổ chức hội nghị ký kết giao ước thi đua năm 2024.\n"


def test_the_heading_year_goes_to_the_awards_under_it(rec):
    r = rec(COVENANT + "Tại buổi lễ, lãnh đạo tỉnh đã trao danh hiệu thi đua năm 2023: Sở Y tế vinh dự nhận Cờ thi đua của UBND "
                       "tỉnh; Đài Phát thanh tỉnh nhận Bằng khen của Chủ tịch UBND tỉnh.")
    assert awards(r) == [("Sở Y tế", "Cờ thi đua của UBND tỉnh", "conferred", 2023),
                         ("Đài Phát thanh tỉnh", "Bằng khen của Chủ tịch UBND tỉnh", "conferred", 2023)]


def test_plain_nhan_under_an_announced_heading_is_this_meetings_award(rec):
    r = rec(COVENANT + "Hội nghị công bố quyết định khen thưởng năm 2023: Sở Y tế nhận Cờ thi đua của UBND tỉnh.")
    assert awards(r) == [("Sở Y tế", "Cờ thi đua của UBND tỉnh", "conferred", 2023)]


def test_an_earlier_year_without_an_announcing_verb_stays_a_record(rec):
    # (a year's results recalled under a heading nobody announces here; a year opening the clause)
    r = rec(COVENANT + "Kết quả khen thưởng năm 2022: Sở Y tế nhận Cờ thi đua của UBND tỉnh.")
    assert awards(r) == []
    r = rec(COVENANT + "Năm 2022, Sở Y tế nhận Cờ thi đua của UBND tỉnh.")
    assert awards(r) == []


# --- the verb-first ranking "xếp A thứ nhất, B thứ nhì" -----------------------------------------------------------------
SCHOOLS = "Ngày 28/5/2024, Cụm thi đua số 4 tỉnh Yên Bái tổ chức hội nghị tổng kết năm học 2023 - 2024.\n"


def test_verb_first_xep_ranks_each_unit(rec):
    r = rec(SCHOOLS + "Hội nghị đã xếp Trường THPT Lê Quý Đôn thứ nhất, Trường THPT Nguyễn Huệ thứ nhì, Trường THPT Chu Văn An "
                      "thứ ba.")
    assert ranks(r) == [(1, "Trường THPT Lê Quý Đôn"), (2, "Trường THPT Nguyễn Huệ"), (3, "Trường THPT Chu Văn An")]
    assert "ranking" in kinds(r)


def test_sap_xep_or_xep_into_a_group_is_no_rank(rec):
    r = rec(SCHOOLS + "Ban tổ chức sắp xếp Trường THPT Lê Quý Đôn thứ nhất trong lịch thi đấu.")
    assert ranks(r) == []
    r = rec(SCHOOLS + "Ban tổ chức xếp Trường THPT Lê Quý Đôn vào bảng A.")
    assert ranks(r) == []


# --- another cluster's leader told in the same article ------------------------------------------------------------------
NUMBERED = "Ngày 14/12/2023, Cụm thi đua số IV tỉnh Yên Bái tổ chức hội nghị tổng kết năm 2023.\n"


def test_a_sentence_opening_on_another_cluster_ranks_none_of_this_one(rec):
    r = rec(NUMBERED + "Các thành viên suy tôn Hội Nông dân tỉnh dẫn đầu Cụm.\n"
                       "Ở Cụm thi đua số V, Liên đoàn Lao động tỉnh được suy tôn dẫn đầu.")
    assert ranks(r) == [(1, "Hội Nông dân tỉnh")]
    r = rec(NUMBERED + "Các thành viên suy tôn Hội Nông dân tỉnh dẫn đầu Cụm.\n"
                       "Đối với Cụm thi đua số V, Liên đoàn Lao động tỉnh được suy tôn dẫn đầu.")
    assert ranks(r) == [(1, "Hội Nông dân tỉnh")]


def test_a_sentence_opening_on_the_cluster_itself_still_ranks(rec):
    r = rec(NUMBERED + "Ở Cụm thi đua số IV, Liên đoàn Lao động tỉnh được suy tôn dẫn đầu.")
    assert ranks(r) == [(1, "Liên đoàn Lao động tỉnh")]


# --- a joint meeting's proposal after each cluster's leader -------------------------------------------------------------
JOINT = "Ngày 16/1/2024, Cụm thi đua số 3 và Cụm thi đua số 4 tỉnh Yên Bái tổ chức hội nghị tổng kết năm 2023.\n"


def test_a_joint_meetings_proposal_goes_to_this_clusters_leader(rec):
    r = rec(JOINT + "Hội nghị suy tôn UBND huyện Trấn Yên dẫn đầu Cụm thi đua số 3, UBND huyện Văn Yên dẫn đầu Cụm thi đua số 4, "
                    "đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == [(1, "UBND huyện Trấn Yên")]
    assert awards(r) == [("UBND huyện Trấn Yên", "Cờ thi đua", "proposed", None)]


def test_the_same_sentence_at_one_clusters_meeting_is_another_clusters(rec):
    # (the other cluster is not the meeting's: its sentence gives no award)
    r = rec("Ngày 16/1/2024, Cụm thi đua số 3 tỉnh Yên Bái tổ chức hội nghị tổng kết năm 2023.\n"
            "Hội nghị suy tôn UBND huyện Trấn Yên dẫn đầu Cụm thi đua số 3, UBND huyện Văn Yên dẫn đầu Cụm thi đua số 4, "
            "đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert awards(r) == []
    # (nor a sentence of the joint meeting that names only the other cluster)
    r = rec(JOINT + "Cụm thi đua số 4 đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Văn Yên.")
    assert awards(r) == []


# --- a caption's label ------------------------------------------------------------------------------------------------
def test_a_captions_label_is_no_recipient_nor_part_of_a_decision(rec):
    r = rec(HEAD + "Ảnh: Sở Y tế nhận Cờ thi đua của UBND tỉnh.")
    assert awards(r) == [("Sở Y tế", "Cờ thi đua của UBND tỉnh", "conferred", None)]
    r = rec(HEAD + "Ảnh: Đài Phát thanh tỉnh được đề nghị tặng Cờ thi đua của UBND tỉnh.")
    assert awards(r) == [("Đài Phát thanh tỉnh", "Cờ thi đua của UBND tỉnh", "proposed", None)]
    assert [d["text"] for d in r["decisions"] if d["kind"] == "award_proposal"] == [
        "Đài Phát thanh tỉnh được đề nghị tặng Cờ thi đua của UBND tỉnh"]


def test_a_photographers_credit_keeps_its_line(rec):
    # (a credit of capitalised words only is no sentence opened by a label: the photographer is read as before)
    r = rec(HEAD + "Sở Y tế nhận Cờ thi đua của UBND tỉnh.\nẢnh: Minh Châu")
    assert awards(r) == [("Sở Y tế", "Cờ thi đua của UBND tỉnh", "conferred", None)]
    assert all(p["name"] != "Ảnh" for p in r["people"])
