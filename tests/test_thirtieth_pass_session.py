"""Thirtieth pass, the session's own fixes of forms the last pass left: two places written with their kind joined by
"và" are the members."""

_CUM = "Ngày 10/1/2025, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


def test_two_places_with_their_kind_joined_by_and_are_the_members(rec):
    r = rec(_CUM + "Cụm gồm huyện Đông Hòa và thị xã Bình Lộc.")
    assert r["cluster"]["members"] == ["huyện Đông Hòa", "thị xã Bình Lộc"]
    assert r["cluster"]["member_count"] is None
    # (what a team or panel "gồm" is no list of the cluster's members)
    r = rec(_CUM + "Đoàn kiểm tra chéo gồm huyện Đông Hòa và thị xã Bình Lộc.")
    assert r["cluster"]["members"] == []


def test_a_plural_lead_keeps_a_first_unit_whose_name_holds_and(rec):
    r = rec(_CUM + "Các đơn vị Sở Khoa học và Công nghệ, Sở Nội vụ, Sở Y tế được đề nghị tặng Cờ thi đua của UBND tỉnh.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Y tế"]
    r = rec(_CUM + "Hai đơn vị Sở Khoa học và Công nghệ và Sở Nội vụ được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Khoa học và Công nghệ", "Sở Nội vụ"]


def test_a_place_in_an_index_named_after_trong_is_no_ranking(rec):
    r = rec(_CUM + "Kết quả, huyện Đông Hòa xếp thứ nhất trong Bộ chỉ số năng lực cạnh tranh cấp huyện; thị xã Bình Lộc xếp "
                   "thứ nhất Cụm.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "thị xã Bình Lộc")]
    # (the cluster's own board after "trong" keeps the place)
    r = rec(_CUM + "Kết quả, huyện Đông Hòa xếp thứ nhất trong Cụm.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "huyện Đông Hòa")]
    # (a second unit written without its head after the lead is its own: "Hai đơn vị Trường A và B" names two)
    r = rec(_CUM + "Hai đơn vị Trường THCS Hòa Mỹ và Lạc Đạo được đề nghị UBND tỉnh tặng Bằng khen.")
    assert [a["recipient"] for a in r["awards"]] == ["Trường THCS Hòa Mỹ", "Lạc Đạo"]


def test_the_clusters_own_index_or_table_keeps_the_place(rec):
    for tail in ("theo bảng xếp hạng thi đua của Cụm", "theo chỉ số thi đua do Cụm xây dựng", "trong bảng chỉ số của Cụm"):
        r = rec(_CUM + f"Kết quả, thị xã Bình Lộc xếp thứ nhất, huyện Đông Hòa xếp thứ hai {tail}.")
        assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "thị xã Bình Lộc"), (2, "huyện Đông Hòa")], tail


def test_two_places_joined_by_and_after_another_subject_are_no_members(rec):
    r = rec(_CUM + "Năm 2024, tỉnh có 2 đơn vị cấp huyện đạt chuẩn nông thôn mới gồm huyện Đông Hòa và thị xã Bình Lộc.")
    assert r["cluster"]["members"] == [] and r["cluster"]["member_count"] is None


def test_a_caption_of_another_years_meeting_or_its_deadline_dates_nothing(rec):
    head = "Cụm thi đua số 3 tổng kết năm 2024\n\nCụm thi đua số 3 vừa tổ chức Hội nghị tổng kết công tác thi đua năm 2024.\n"
    r = rec(head + "Ông Lê Văn Tâm trao Cờ cho đơn vị dẫn đầu tại Hội nghị tổng kết năm 2023 (ngày 18/12/2023). Ảnh: Thu Hà")
    assert r["meeting"]["date"] is None
    r = rec(head + "Ảnh: Hội nghị tổng kết công tác thi đua năm 2024. Hồ sơ khen thưởng gửi trước ngày 28/12/2024.")
    assert r["meeting"]["date"] is None


def test_a_span_after_tu_longer_than_a_meeting_is_no_meetings_days(rec):
    r = rec("Từ 02 - 11/12, Cụm thi đua số 5 đã tổ chức kiểm tra chéo tại các đơn vị. Cụm thi đua số 5 vừa tổ chức Hội nghị "
            "tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["date"] is None


def test_grading_named_in_the_scoring_rules_is_no_ranking_act(rec):
    r = rec(_CUM + "Hội nghị đã nghe dự thảo thang điểm chấm điểm, bình xét, xếp loại thi đua của Cụm.")
    assert [d["kind"] for d in r["decisions"]] == []


def test_a_unit_the_meeting_agreed_to_put_forward_in_the_passive_is_the_next_chair(rec):
    r = rec(_CUM + "Theo đó, năm 2025, Sở Xây dựng được hội nghị thống nhất đề nghị làm Cụm trưởng, Sở Y tế làm Cụm phó.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Xây dựng"
    assert r["cluster"]["next_vice_chair"]["organization"] == "Sở Y tế"
    # (a proposal of the unit, not agreed by the meeting, elects no one)
    r = rec(_CUM + "Sở Xây dựng đề nghị làm rõ tiêu chí chấm điểm của Cụm trưởng.")
    assert r["cluster"]["next_chair"] is None


def test_a_role_taken_over_within_the_year_reviewed_is_this_periods(rec):
    head = "Sáng 18/12/2025, Cụm thi đua số 2 tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác thi đua năm 2025. "
    for s in ("Từ ngày 1/7/2025, phường Thục Phán tiếp quản nhiệm vụ Cụm trưởng từ thành phố Cao Bằng.",
              "Sau sắp xếp đơn vị hành chính, phường Thục Phán kế thừa vai trò Cụm trưởng từ thành phố Cao Bằng (cũ).",
              "Phường Thục Phán đã tiếp quản nhiệm vụ Cụm trưởng từ thành phố Cao Bằng và triển khai các phong trào thi đua."):
        r = rec(head + s)
        assert r["cluster"]["next_chair"] is None, s
        assert r["cluster"]["chair"]["organization"].lower() == "phường thục phán", s
    # (taken over at this meeting: the hand-over for the next year)
    r = rec(head + "Tại hội nghị, phường Thục Phán tiếp quản nhiệm vụ Cụm trưởng từ phường Nùng Trí Cao.")
    assert r["cluster"]["next_chair"]["organization"] == "phường Thục Phán"


def test_guards_that_undid_a_first_fix(rec):
    # ("địa bàn" is no planning "bàn": a giao ban of the half year reviews it)
    r = rec("Ngày 5/7/2024, Cụm thi đua số 2 tổ chức giao ban các đơn vị trên địa bàn 6 tháng đầu năm 2024.")
    assert r["meeting"]["kind"] == "so_ket"
    # (the agreement after the meeting's discussing verbs is the meeting's)
    r = rec(_CUM + "Hội nghị đã thảo luận và thống nhất với đề xuất của UBND huyện Đông Hòa về việc tổ chức giải bóng bàn.")
    assert [d["kind"] for d in r["decisions"]] == ["plan"]
    # ("với tinh thần ...", "với bài tham luận ..." end a title)
    r = rec(_CUM + "Ông Lê Văn Tâm, Chủ tịch UBND huyện Đông Hòa với tinh thần cầu thị đã tiếp thu các ý kiến.")
    assert r["people"][0]["title"] == "Chủ tịch UBND huyện Đông Hòa"
    # (the next year named in words, a task after it: still the next chair)
    r = rec(_CUM + "Hội nghị thống nhất đề xuất Sở Công Thương làm Cụm trưởng năm tới gửi Ban Thi đua - Khen thưởng tỉnh tổng hợp.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Công Thương"


def test_a_captions_day_with_its_month_in_words_and_a_signing_named_by_the_meeting(rec):
    r = rec("Cụm thi đua số 2 sơ kết 6 tháng đầu năm 2022\n\nCụm thi đua số 2 vừa tổ chức hội nghị sơ kết công tác thi đua 6 "
            "tháng đầu năm 2022.\nẢnh: Quang cảnh hội nghị sơ kết sáng ngày 09 tháng 7 năm 2022.")
    assert r["meeting"]["date"] == "2022-07-09"
    r = rec("Cụm thi đua số 2 tổng kết năm 2022\n\nCụm thi đua số 2 vừa tổ chức hội nghị tổng kết công tác thi đua năm 2022 và "
            "ký kết giao ước thi đua năm 2023.\nẢnh: Các đại biểu tại lễ ký kết giao ước thi đua sáng 12/1/2023.")
    assert r["meeting"]["date"] == "2023-01-12"


def test_rank_labels_keep_a_place_kind_written_short(rec):
    r = rec(_CUM + "Kết quả bình xét: Nhất: TX. Bình Lộc; Nhì: H. Đông Hòa; Ba: H. Tây Sơn.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "TX. Bình Lộc"), (2, "H. Đông Hòa"), (3, "H. Tây Sơn")]
    r = rec(_CUM + "Kết quả bình xét: Nhất: CAH. Đông Hòa, Nhì: CATP. Bình Lộc, Ba: CAH. Tây Sơn.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "CAH. Đông Hòa"), (2, "CATP. Bình Lộc"), (3, "CAH. Tây Sơn")]


def test_a_document_and_an_events_plan_approved_together_are_two_acts(rec):
    r = rec(_CUM + "Hội nghị đã thông qua quy chế hoạt động và kế hoạch tổ chức hội thao của Cụm.")
    assert sorted(d["kind"] for d in r["decisions"]) == ["approve_report", "plan"]
    # (a plan alone stays one act)
    r = rec(_CUM + "Hội nghị đã thông qua kế hoạch tổ chức hội thao của Cụm.")
    assert [d["kind"] for d in r["decisions"]] == ["plan"]
