"""Twenty-eighth pass: forms the session fixed itself (examples of our own)."""


def test_a_name_syllable_like_an_achievement_verb_keeps_the_counted_members(rec):
    # "Đạt" in a company's name is no verb "đạt": the named part of the members stays a member list
    r = rec("Ngày 10/12/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024. Cụm có 5 doanh nghiệp thành viên, "
            "trong đó có Công ty TNHH Thành Đạt và Công ty CP Vận tải Bình Minh.")
    assert r["cluster"]["members"] == ["Công ty TNHH Thành Đạt", "Công ty CP Vận tải Bình Minh"]


def test_units_named_for_what_they_achieved_are_still_no_member_list(rec):
    r = rec("Ngày 10/12/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024. Cụm có 5 doanh nghiệp thành viên, "
            "trong đó có Công ty TNHH Thành Công và Công ty CP Vận tải Bình Minh đạt xuất sắc.")
    assert r["cluster"]["members"] == []
