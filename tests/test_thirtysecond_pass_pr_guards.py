"""Thirty-second pass, guards on the people rules of test_thirtysecond_pass_pr.py: ordinary wording they misread (examples
written for these tests)."""


def _person(r, name):
    return next(p for p in r["people"] if p["name"] == name)


def test_mentioned_above_is_no_speech(rec):
    r = rec("Cụm thi đua số 4 tỉnh Tuyên Quang tổ chức hội nghị tổng kết năm 2023. "
            "Bà Ma Thị Hồng, Giám đốc Sở Nội vụ trao Giấy khen cho các tập thể nêu trên. "
            "Ông Hà Văn Quế, Chủ tịch UBND huyện Lâm Bình cùng các đại biểu nêu tại Thông báo số 9 chụp ảnh lưu niệm. "
            "Bà Chẩu Thị Vân, Phó Giám đốc Sở Y tế, đơn vị như đã nêu, trao Cờ thi đua cho huyện Na Hang.")
    assert _person(r, "Ma Thị Hồng")["roles"] == ["attended"]
    assert _person(r, "Hà Văn Quế")["roles"] == ["attended"]
    assert _person(r, "Chẩu Thị Vân")["roles"] == ["attended"]
    # ("nêu" of a person saying something is still speech)
    r = rec("Cụm thi đua số 4 tỉnh Tuyên Quang tổ chức hội nghị tổng kết năm 2023. "
            "Bà Ma Thị Hồng, Giám đốc Sở Nội vụ nêu một số khó khăn trong công tác khen thưởng.")
    assert _person(r, "Ma Thị Hồng")["roles"] == ["spoke"]


def test_unit_named_after_a_short_mention_is_no_second_person(rec):
    r = rec("Ngày 9/1/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2023. Dự có ông Triệu Văn Lộc, Chủ tịch UBND "
            "huyện Pác Nặm; ông Hoàng Văn Trung, Bí thư Huyện ủy Ba Bể; bà Lý Thị Bảo, Phó Chủ tịch UBND huyện Chợ Đồn. "
            "Theo ông Lộc, Trung tâm Y tế huyện đã báo cáo đầy đủ. Ông Lộc, Bảo hiểm xã hội huyện cùng phát biểu ý kiến.")
    assert _person(r, "Hoàng Văn Trung")["roles"] == ["attended"]
    assert _person(r, "Lý Thị Bảo")["roles"] == ["attended"]
    # (two people named as one subject still both take the verb)
    r = rec("Ngày 9/1/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2023. Dự có ông Triệu Văn Lộc, Chủ tịch UBND "
            "huyện Pác Nặm; ông Hoàng Văn Trung, Bí thư Huyện ủy Ba Bể. Ông Lộc, ông Trung phát biểu tham luận.")
    assert _person(r, "Hoàng Văn Trung")["roles"] == ["attended", "spoke"]


def test_body_named_with_ve_keeps_its_name_in_the_title(rec):
    r = rec("Cụm thi đua số 1 tỉnh Lai Châu tổ chức hội nghị tổng kết năm 2023. "
            "Hội nghị nghe báo cáo của ông Lò Văn Pó, Phó Trưởng Ban Chỉ đạo tỉnh về cải cách hành chính. "
            "Hội nghị nghe tham luận của bà Tao Thị Mai, Tổ phó Tổ công tác về chuyển đổi số của huyện.")
    assert _person(r, "Lò Văn Pó")["title"] == "Phó Trưởng Ban Chỉ đạo tỉnh về cải cách hành chính"
    assert _person(r, "Tao Thị Mai")["title"] == "Tổ phó Tổ công tác về chuyển đổi số của huyện"
    # (the topic of a talk after another title is still cut)
    r = rec("Cụm thi đua số 1 tỉnh Lai Châu tổ chức hội nghị tổng kết năm 2023. "
            "Hội nghị nghe tham luận của ông Lò Văn Pó, Giám đốc Trung tâm Văn hóa huyện Sìn Hồ về cách làm thi đua.")
    assert _person(r, "Lò Văn Pó")["title"] == "Giám đốc Trung tâm Văn hóa huyện Sìn Hồ"


def test_title_or_award_granted_in_quotation_marks_is_no_speech(rec):
    r = rec("Khối thi đua các cơ quan tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023. Danh sách cá nhân được đề nghị:\n"
            "- Ông Lò Văn Sướng, Chánh Văn phòng Sở Xây dựng: \"Chiến sĩ thi đua cấp tỉnh\".\n"
            "- Bà Quàng Thị Ánh, Trưởng phòng Sở Công Thương: \"Lao động tiên tiến\".\n"
            "Sở Xây dựng nhận Cờ \"Đơn vị dẫn đầu phong trào thi đua của Khối năm 2023\" (ông Tòng Văn Hải - Giám đốc Sở).")
    assert _person(r, "Lò Văn Sướng")["roles"] == []
    assert _person(r, "Quàng Thị Ánh")["roles"] == []
    assert "spoke" not in _person(r, "Tòng Văn Hải")["roles"]
    # (a sentence said, tagged the same way, is speech)
    r = rec("Khối thi đua các cơ quan tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023.\n"
            "Ông Lò Văn Sướng, Chánh Văn phòng Sở Xây dựng: \"Chúng tôi đã hoàn thành các chỉ tiêu.\"\n"
            "\"Năm 2024 Sở sẽ đổi mới cách làm.\" (Bà Quàng Thị Ánh - Phó Giám đốc Sở Công Thương)")
    assert _person(r, "Lò Văn Sướng")["roles"] == ["spoke"]
    assert _person(r, "Quàng Thị Ánh")["roles"] == ["spoke"]


def test_conducting_the_work_of_the_year_or_a_duty_to_come_shows_no_presence(rec):
    r = rec("Cụm thi đua số 2 tỉnh Thái Nguyên tổ chức hội nghị tổng kết năm 2023. "
            "Năm qua, bà Đào Thị Thu, Chủ tịch UBND huyện Định Hóa đã điều hành linh hoạt công tác thu ngân sách. "
            "Hội nghị thống nhất giao ông Hứa Văn Bình, Chủ tịch UBND huyện Võ Nhai điều hành Cụm năm 2024.")
    assert _person(r, "Đào Thị Thu")["roles"] == []
    assert _person(r, "Hứa Văn Bình")["roles"] == []
    # (a part of this meeting conducted shows the person there)
    r = rec("Cụm thi đua số 2 tỉnh Thái Nguyên tổ chức hội nghị tổng kết năm 2023. "
            "Bà Đào Thị Thu, Phó Chủ tịch UBND huyện Định Hóa điều hành phần thảo luận.")
    assert _person(r, "Đào Thị Thu")["roles"] == ["attended"]


def test_revising_the_report_is_no_report_presented(rec):
    # the chair and the reporter take in the comments and revise the report: the reporter presented it, the chair did not
    text = ("Sáng 19/12, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024. Ông Lê Quang Vinh, Giám đốc Sở Xây dựng, Cụm "
            "trưởng chủ trì hội nghị. Báo cáo của Cụm do bà Hà Thu Trang, Phó Chánh Văn phòng Sở Xây dựng trình bày. "
            "Ông Vinh và bà Trang đã tiếp thu các ý kiến, hoàn thiện báo cáo.")
    roles = {p["name"]: p["roles"] for p in rec(text)["people"]}
    assert "reported" not in roles["Lê Quang Vinh"]
    assert "reported" in roles["Hà Thu Trang"]
