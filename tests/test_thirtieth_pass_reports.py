"""Thirtieth pass: reviewers' reports of misfires, fixed as forms of the language (invented examples)."""


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


# 1. a speaker's words are no decision: a quote before its speaker, the later sentences of a quote, the speaker the subject
def test_quote_before_its_speaker_gives_no_decision(rec):
    r = rec('Ngày 9/1/2024, Khối thi đua số 4 tổng kết năm 2023. "Các cơ quan cần thống nhất nhiệm vụ trọng tâm năm 2024 '
            'là cải cách hành chính", bà Trần Thị Hoa khẳng định.')
    assert r["decisions"] == []


def test_later_sentence_of_a_quote_gives_no_decision(rec):
    r = rec('Ngày 9/1/2024, Khối thi đua số 4 tổng kết năm 2023. Bà Trần Thị Hoa cho rằng: "Năm qua các cơ quan đã cố gắng. '
            'Năm tới, các cơ quan nên thống nhất tổ chức hội thao chào mừng ngày thành lập".')
    assert r["decisions"] == []
    r = rec('Ngày 9/1/2024, Khối thi đua số 4 tổng kết năm 2023. Bà Trần Thị Hoa phát biểu: "Kết quả đáng ghi nhận. '
            'Tôi đề nghị các sở quan tâm hơn đến khen thưởng người lao động".')
    assert r["decisions"] == []


def test_speaker_as_subject_gives_no_award_proposal(rec):
    r = rec("Ngày 9/1, Khối thi đua số 4 tổng kết năm 2023. Đồng chí Lường Văn Piềng phát biểu tại hội nghị. "
            "Đồng chí đề nghị các sở chú trọng khen thưởng công nhân trực tiếp sản xuất.")
    assert "award_proposal" not in _kinds(r)


def test_meetings_own_act_after_a_speech_is_kept(rec):
    # (the meeting's act outside the quote stays)
    r = rec('Ngày 9/1/2024, Khối thi đua số 4 tổng kết năm 2023. Bà Trần Thị Hoa nói: "Năm qua các cơ quan đã cố gắng". '
            "Hội nghị đã thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Tư pháp.")
    assert "award_proposal" in _kinds(r)


# 2. the year's tally of commendations made, then those proposed higher up: a past result
def test_tally_of_commendations_gives_no_award_proposal(rec):
    r = rec("Ngày 12/1/2024, Khối thi đua số 7 tổng kết năm 2023. Về khen thưởng, các cơ quan trong khối đã tặng giấy khen "
            "cho 315 cá nhân, đề nghị UBND tỉnh tặng Bằng khen cho 6 tập thể.")
    assert "award_proposal" not in _kinds(r)
    # (a proposal of the meeting, no tally before it, stays)
    r = rec("Ngày 12/1/2024, Khối thi đua số 7 tổng kết năm 2023. Hội nghị thống nhất đề nghị UBND tỉnh tặng Bằng khen "
            "cho Sở Xây dựng.")
    assert "award_proposal" in _kinds(r)


# 3. a title ends before "với" and what the person achieved
def test_title_ends_before_what_was_achieved(rec):
    r = rec("Ngày 8/1, Cụm thi đua số 4 tổng kết năm 2023. Tiêu biểu là bà Lò Thị Mai, Chủ nhiệm Hợp tác xã Dệt Bản Phe "
            "với mô hình dệt thổ cẩm cho thu nhập 50 triệu đồng/năm.")
    assert r["people"][0]["title"] == "Chủ nhiệm Hợp tác xã Dệt Bản Phe"
    r = rec("Ngày 8/1, Cụm thi đua số 4 tổng kết năm 2023. Điển hình là ông Vi Văn Sáng, Giám đốc Công ty Gạch Bản Vàng "
            "với doanh thu 5 tỷ đồng/năm.")
    assert r["people"][0]["title"] == "Giám đốc Công ty Gạch Bản Vàng"


# 4. the cluster itself ranked among the province's clusters: no ranking, no ranking decision
def test_cluster_ranked_among_clusters_is_no_ranking(rec):
    r = rec("Sáng 20/12, Khối thi đua số 2 tỉnh Lào Cai tổng kết năm 2023. Khối đứng thứ hai trong 6 khối thi đua của tỉnh "
            "năm 2022.")
    assert r["rankings"] == []
    assert "ranking" not in _kinds(r)
    # (a unit ranked in the cluster stays)
    r = rec("Sáng 20/12, Khối thi đua số 2 tỉnh Lào Cai tổng kết năm 2023. Hội nghị bình xét Sở Tư pháp xếp thứ nhất Khối.")
    assert [x["organization"] for x in r["rankings"]] == ["Sở Tư pháp"]


# 5. an undated giao ban that reviews part of a year: so_ket of that span
def test_undated_giao_ban_reviews_its_span(rec):
    r = rec("Vừa qua, Cụm thi đua số 5 tổ chức giao ban công tác thi đua quý III năm 2024.")
    assert r["meeting"]["kind"] == "so_ket"
    assert r["meeting"]["period"] == {"year": 2024, "span": "q3"}
    r = rec("Mới đây, Khối thi đua số 8 tiến hành giao ban công tác thi đua 6 tháng đầu năm 2022.")
    assert r["meeting"]["kind"] == "so_ket"
    assert r["meeting"]["period"] == {"year": 2022, "span": "h1"}
    # (its year left out: still a sơ kết, the period unknown; a giao ban that plans the quarter ahead reviews none)
    r = rec("Vừa qua, Cụm thi đua số 5 tổ chức giao ban công tác thi đua quý II.")
    assert r["meeting"]["kind"] == "so_ket"
    assert r["meeting"]["period"] is None
    r = rec("Vừa qua, Cụm thi đua số 5 tổ chức giao ban triển khai nhiệm vụ quý IV.")
    assert r["meeting"]["kind"] == "other"


# 6. "Cụm trưởng năm nay là X": this period's chair
def test_chair_this_year_is(rec):
    r = rec("Sáng 6/3, Cụm thi đua số 2 tỉnh Bình Định tổ chức ký kết giao ước thi đua năm 2024. Cụm trưởng năm nay là "
            "UBND huyện Hoài Lạc.")
    assert r["cluster"]["chair"] == {"organization": "UBND huyện Hoài Lạc", "person": None}
    r = rec("Ngày 10/1/2024, Cụm thi đua số 6 tổng kết năm 2023. Cụm trưởng năm nay là UBND huyện Sơn Mỹ Đông.")
    assert r["cluster"]["chair"] == {"organization": "UBND huyện Sơn Mỹ Đông", "person": None}
    assert r["people"] == []


# 7. the office of the National Assembly delegation and the People's Council is one unit in a subject-first list
def test_joint_office_is_one_recipient(rec):
    r = rec("Ngày 11/1/2024, Khối thi đua số 5 tổng kết năm 2023. Sở Tư pháp, Văn phòng Đoàn ĐBQH và HĐND tỉnh được đề nghị "
            "tặng Cờ thi đua.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Tư pháp", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"]
    # (two units joined by "và" still part)
    r = rec("Ngày 11/1/2024, Khối thi đua số 5 tổng kết năm 2023. Sở Tư pháp và Sở Nội vụ được đề nghị tặng Cờ thi đua.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Tư pháp", "Sở Nội vụ"]


# 8. "<position> - xã/huyện Cụm trưởng năm N": the person's unit is the chair, the title keeps the role
def test_kind_word_before_the_role_after_a_dash(rec):
    r = rec("Sáng 12/1, Cụm thi đua số 4 tổ chức tổng kết năm 2023. Báo cáo do bà Lò Thị Én, Phó Chủ tịch UBND xã Nà Sản - "
            "xã Cụm trưởng năm 2023 trình bày.")
    assert r["cluster"]["chair"] == {"organization": "UBND xã Nà Sản", "person": "Lò Thị Én"}
    assert r["people"][0]["title"] == "Phó Chủ tịch UBND xã Nà Sản - xã Cụm trưởng năm 2023"
