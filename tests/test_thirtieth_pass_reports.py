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
