"""Thirty-second pass, people's roles and titles: forms reviewers found misread (examples written for these tests)."""


def _person(r, name):
    return next(p for p in r["people"] if p["name"] == name)


def test_report_commented_on_is_no_report(rec):
    r = rec("Cụm thi đua số 3 tỉnh Hòa Bình tổ chức hội nghị tổng kết năm 2023. "
            "Ông Đinh Công Sơn, Phó Giám đốc Sở Tài chính trình bày báo cáo tổng kết của Cụm. "
            "Bà Bạch Thị Ngân, Giám đốc Sở Tư pháp đánh giá cao chất lượng báo cáo của Cụm. "
            "Ông Quách Văn Lợi, Chủ tịch UBND huyện Lạc Sơn tham gia ý kiến vào dự thảo báo cáo. "
            "Ông Xa Văn Tùng, Chủ tịch UBND huyện Mai Châu phát biểu và báo cáo kết quả của huyện.")
    assert _person(r, "Đinh Công Sơn")["roles"] == ["reported"]
    assert _person(r, "Bạch Thị Ngân")["roles"] == ["spoke"]
    assert _person(r, "Quách Văn Lợi")["roles"] == ["spoke"]
    # (a report of his own, joined by "và", is still read)
    assert _person(r, "Xa Văn Tùng")["roles"] == ["reported", "spoke"]


def test_raising_points_is_speech(rec):
    r = rec("Khối thi đua các sở tỉnh Yên Bái tổ chức hội nghị sơ kết 6 tháng năm 2024. "
            "Tại hội nghị, bà Hà Thị Duyên, Trưởng phòng Tổ chức cán bộ Sở Giáo dục nêu một số vướng mắc trong xét khen thưởng. "
            "Ông Vì Văn Thắng, Giám đốc Sở Giao thông nêu gương trong việc chấp hành kỷ luật.")
    assert _person(r, "Hà Thị Duyên")["roles"] == ["spoke"]
    # ("nêu gương" is setting an example, no speech)
    assert "spoke" not in _person(r, "Vì Văn Thắng")["roles"]


def test_topic_of_a_talk_heard_is_no_part_of_the_title(rec):
    r = rec("Cụm thi đua số 2 tỉnh Sơn La tổ chức hội nghị tổng kết năm 2023. "
            "Hội nghị nghe tham luận của ông Cầm Văn Hưng, Phó Giám đốc Công ty Cấp nước Sơn La về cách làm phong trào thi đua. "
            "Hội nghị cũng nghe ý kiến chia sẻ của bà Lò Thị Hoa, Trưởng phòng Nội vụ huyện Mường La trong việc tham mưu khen thưởng.")
    assert _person(r, "Cầm Văn Hưng")["title"] == "Phó Giám đốc Công ty Cấp nước Sơn La"
    assert _person(r, "Lò Thị Hoa")["title"] == "Trưởng phòng Nội vụ huyện Mường La"


def test_capitalised_cluster_role_is_no_person_and_refers_back(rec):
    r = rec("Khối thi đua các cơ quan nội chính tỉnh Lào Cai tổ chức hội nghị tổng kết năm 2023. "
            "Ông Vàng Seo Phử, Chánh án Tòa án nhân dân tỉnh, Trưởng Khối thi đua các cơ quan nội chính chủ trì hội nghị. "
            "Kết luận hội nghị, đồng chí Trưởng Khối đề nghị các cơ quan tiếp tục đổi mới.")
    assert [p["name"] for p in r["people"]] == ["Vàng Seo Phử"]
    assert _person(r, "Vàng Seo Phử")["roles"] == ["presided", "spoke"]
    r = rec("Cụm thi đua số 4 tỉnh Lào Cai tổ chức hội nghị tổng kết năm 2023. "
            "Đồng chí Sùng Văn Dơ, Chủ tịch UBND huyện Bắc Hà, Cụm trưởng Cụm thi đua số 4 chủ trì hội nghị. "
            "Kết luận hội nghị, đồng chí Cụm trưởng đề nghị các huyện phát huy kết quả.")
    assert _person(r, "Sùng Văn Dơ")["roles"] == ["presided", "spoke"]


def test_bare_title_after_a_lead_refers_back(rec):
    r = rec("Cụm thi đua số 6 tỉnh Nghệ An tổ chức hội nghị tổng kết năm 2023. "
            "Dự hội nghị có ông Lang Văn Chiến, Phó Chủ tịch UBND tỉnh và bà Vi Thị Hoa, Giám đốc Sở Y tế. "
            "Phát biểu chỉ đạo hội nghị, Phó Chủ tịch UBND tỉnh ghi nhận kết quả các huyện đạt được. "
            "Năm 2024, Giám đốc Sở Y tế sẽ ghi nhận các đề xuất.")
    assert _person(r, "Lang Văn Chiến")["roles"] == ["attended", "spoke"]
    # (not a title after another adverbial)
    assert _person(r, "Vi Thị Hoa")["roles"] == ["attended"]


def test_short_names_of_one_subject_and_after_a_degree(rec):
    r = rec("Ngày 12/1/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023. Dự có ông Lục Văn Khải, Chủ tịch UBND huyện "
            "Bảo Lạc; bà Nông Thị Lụa, Trưởng Ban Tuyên giáo Huyện ủy Hà Quảng. Ông Khải và bà Lụa phát biểu tham luận.")
    assert _person(r, "Lục Văn Khải")["roles"] == ["attended", "spoke"]
    assert _person(r, "Nông Thị Lụa")["roles"] == ["attended", "spoke"]
    r = rec("Chiều 20/1, Cụm thi đua số 8 tổ chức hội nghị tổng kết năm 2023. Chủ trì hội nghị là BS.CKII Đàm Văn Hưng, "
            "Giám đốc Bệnh viện Đa khoa huyện Trùng Khánh. Bác sĩ Hưng báo cáo kết quả công tác năm 2023.")
    assert _person(r, "Đàm Văn Hưng")["roles"] == ["presided", "reported"]


def test_speaker_tag_of_a_quotation(rec):
    r = rec("Sáng nay 20/12, Khối thi đua các cơ quan nội chính tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023.\n"
            "Ông Hoàng Văn Sinh, Chánh án Tòa án nhân dân tỉnh: \"Các cơ quan trong Khối đã làm tốt.\"\n"
            "\"Năm tới chúng tôi sẽ cố gắng hơn.\" (Bà Mai Thị Lan - Phó Chủ tịch UBND huyện Yên Minh)\n"
            "Ông Giàng Seo Chứ, Giám đốc Sở Tư pháp: Ủy viên Ban chấp hành.")
    assert _person(r, "Hoàng Văn Sinh")["roles"] == ["spoke"]
    assert _person(r, "Mai Thị Lan")["roles"] == ["spoke"]
    # (a colon with no quotation after it is no speech)
    assert _person(r, "Giàng Seo Chứ")["roles"] == []


def test_part_of_the_meeting_conducted_shows_the_person_there(rec):
    r = rec("Cụm thi đua số 5 tỉnh Bắc Kạn tổng kết năm 2023. "
            "Phần bình xét thi đua do Phó Trưởng ban Thi đua - Khen thưởng tỉnh Hà Văn Lưu điều hành.")
    assert _person(r, "Hà Văn Lưu")["roles"] == ["attended"]
