"""Rankings, awards, decisions, page chrome, and text that is not a meeting report (own examples)."""

import pytest
from record_views import kinds

LEAD = "Ngày 16/1/2024, tại Công ty Cổ phần Bia Sài Gòn - Miền Trung, Cụm thi đua số 11 tổ chức Hội nghị tổng kết năm 2023.\n\n"


def test_ranked_list_and_its_decision(rec):
    r = rec(LEAD + "Hội nghị đã bình xét, suy tôn các đơn vị dẫn đầu nhất, nhì, ba lần lượt là: Công ty Cổ phần Sữa Miền Trung, "
                   "Công ty TNHH Nước giải khát Bình Minh, Công ty Cổ phần In Thống Nhất.")
    assert r["rankings"] == [
        {"rank": 1, "organization": "Công ty Cổ phần Sữa Miền Trung"},
        {"rank": 2, "organization": "Công ty TNHH Nước giải khát Bình Minh"},
        {"rank": 3, "organization": "Công ty Cổ phần In Thống Nhất"},
    ]
    assert "ranking" in kinds(r)


def test_leading_unit_is_rank_one(rec):
    r = rec(LEAD + "Công ty Cổ phần Dệt may Hòa Thọ được suy tôn là đơn vị dẫn đầu phong trào thi đua năm 2023.")
    assert r["rankings"] == [{"rank": 1, "organization": "Công ty Cổ phần Dệt may Hòa Thọ"}]


def test_proposed_awards_with_recipient_before_and_after(rec):
    r = rec(LEAD + "Các thành viên thống nhất đề nghị Công ty Cổ phần Sữa Miền Trung được tặng Cờ thi đua của Chính phủ; "
                   "Công ty Cổ phần In Thống Nhất đề nghị được Chủ tịch UBND tỉnh tặng Cờ thi đua năm 2023.")
    assert r["awards"] == [
        {"recipient": "Công ty Cổ phần Sữa Miền Trung", "award": "Cờ thi đua của Chính phủ", "status": "proposed", "year": None},
        {"recipient": "Công ty Cổ phần In Thống Nhất", "award": "Cờ thi đua", "status": "proposed", "year": 2023},
    ]
    assert "award_proposal" in kinds(r)


def test_award_proposed_for_a_named_collective(rec):
    r = rec(LEAD + "Hội nghị đã bình xét và đề nghị cấp có thẩm quyền tặng danh hiệu “Cờ thi đua của UBND tỉnh” cho tập thể "
                   "Công ty Cổ phần Dệt may Hòa Thọ vì thành tích xuất sắc.")
    assert r["awards"] == [{"recipient": "Công ty Cổ phần Dệt may Hòa Thọ", "award": "Cờ thi đua của UBND tỉnh",
                            "status": "proposed", "year": None}]


def test_conferred_awards_to_several_units(rec):
    r = rec(LEAD + "Nhân dịp này, Công an tỉnh Quảng Ngãi được tặng Cờ thi đua của Chính phủ. Công an tỉnh Bình Định, "
                   "Phú Yên được tặng Cờ thi đua của Bộ Công an.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
        ("Công an tỉnh Quảng Ngãi", "Cờ thi đua của Chính phủ", "conferred"),
        ("Công an tỉnh Bình Định", "Cờ thi đua của Bộ Công an", "conferred"),
        ("Phú Yên", "Cờ thi đua của Bộ Công an", "conferred"),
    ]


def test_counted_and_cut_recipients_are_not_awards(rec):
    r = rec(LEAD + "Cụm thi đua số 11 có 3 đơn vị được tặng Bằng khen của Thủ tướng Chính phủ. Đề xuất Chính phủ tặng Cờ thi đua cho Công an tỉ")
    assert r["awards"] == []


def test_caption_of_another_cluster_is_not_this_meetings_award(rec):
    r = rec(LEAD + "Cụm thi đua số 4 trao Cờ thi đua của UBND tỉnh cho Công ty Cổ phần Thủy sản Bình Định\n\nHội nghị kết thúc tốt đẹp.")
    assert r["awards"] == []


def test_decision_kinds(rec):
    r = rec(LEAD + "Hội nghị đã nhất trí thông qua dự thảo báo cáo tổng kết năm 2023. Các đơn vị thống nhất tổ chức giải giao lưu "
                   "bóng đá vào tháng 5/2024. Hội nghị thống nhất các nhiệm vụ trọng tâm năm 2024. Cuối hội nghị, các đơn vị "
                   "ký kết giao ước thi đua năm 2024 và Cụm thi đua số 11 phát động phong trào thi đua năm 2024.")
    assert kinds(r) == ["approve_report", "covenant", "other", "plan", "tasks"]


def test_past_guest_and_future_acts_are_not_decisions(rec):
    r = rec(LEAD + "Trong năm 2023, các đơn vị đã ký kết giao ước thi đua và phát động nhiều phong trào thi đua. "
                   "Phát biểu tại hội nghị, ông Trương Văn Lực, Phó Giám đốc Sở Nội vụ đề nghị Cụm tiếp tục ký kết giao ước thi đua "
                   "và lựa chọn đơn vị đề nghị khen thưởng thật sự tiêu biểu. Theo chương trình, hội nghị năm sau sẽ ký kết giao ước thi đua.")
    assert kinds(r) == []


def test_meeting_named_with_its_launch_gives_the_launch_only(rec):
    # (annotation.md: launching the next emulation movement is `other`, in the sentence that states the meeting too; the
    # meeting's own agenda, the review, is no act)
    r = rec("Ngày 12/1/2024 tại tỉnh Hải Dương, Khối thi đua các trường đại học đã tổ chức Hội nghị tổng kết công tác thi đua, "
            "khen thưởng năm 2023 và phát động phong trào thi đua năm 2024.")
    assert [(d["kind"], d["text"]) for d in r["decisions"]] == [("other", "phát động phong trào thi đua năm 2024")]


def test_page_chrome_title_and_publication_date(rec):
    r = rec("Trang chủ » Tin tức\nĐăng nhập\nĐang truy cập: 12\nKhối thi đua các cơ quan Đảng sơ kết 6 tháng đầu năm 2024\n"
            "Submitted by admin on T5, 07/18/2024 - 10:20\nEmail In PDF.\n"
            "Sáng 16/7, tại Ban Tuyên giáo Tỉnh ủy, Khối thi đua các cơ quan Đảng tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\n\n"
            "Trả lời\nEmail của bạn sẽ không được hiển thị công khai.")
    assert r["title"] == "Khối thi đua các cơ quan Đảng sơ kết 6 tháng đầu năm 2024"
    assert r["published"] == "2024-07-18"
    assert r["meeting"]["date"] == "2024-07-16"


def test_dateline_under_the_headline_is_the_publication_date(rec):
    r = rec("Cụm thi đua số 3 tổng kết năm 2022\n(12/01/2023)\nNgày 10/1, tại tỉnh Yên Bái, Cụm thi đua số 3 tổ chức Hội nghị tổng kết năm 2022.")
    assert r["published"] == "2023-01-12"
    assert r["meeting"]["date"] == "2023-01-10"


def test_text_that_is_not_a_meeting_report(rec):
    r = rec("Mưa lớn gây ngập úng nhiều tuyến đường\n\nChiều qua, mưa lớn kéo dài khiến nhiều tuyến đường ở trung tâm thành phố "
            "bị ngập sâu, giao thông ùn tắc.\n\nMinh Quân")
    assert r["meeting"]["kind"] == "other"
    assert r["cluster"]["name"] is None
    assert r["meeting"]["date"] is None
    assert r["decisions"] == [] and r["awards"] == [] and r["rankings"] == []
    assert [w["code"] for w in r["warnings"]] == ["not_a_meeting"]


def test_unit_chosen_as_leader(rec):
    r = rec(LEAD + "Các đơn vị đã thống nhất suy tôn Tòa án nhân dân tỉnh Bắc Giang là đơn vị dẫn đầu Cụm thi đua.")
    assert r["rankings"] == [{"rank": 1, "organization": "Tòa án nhân dân tỉnh Bắc Giang"}]
    assert "ranking" in kinds(r)


def test_ranked_one_by_one_and_election_with_truong_khoi(rec):
    r = rec(LEAD + "Hội nghị đã bình xét, xếp hạng: Công ty Điện lực Nam Định xếp thứ nhất, Viễn thông Nam Định xếp thứ hai, "
                   "Bưu điện tỉnh Nam Định xếp thứ ba. Hội nghị đã bầu Viễn thông Nam Định làm Trưởng khối năm 2024.")
    assert r["rankings"] == [{"rank": 1, "organization": "Công ty Điện lực Nam Định"},
                             {"rank": 2, "organization": "Viễn thông Nam Định"},
                             {"rank": 3, "organization": "Bưu điện tỉnh Nam Định"}]
    assert "election" in kinds(r)
    assert r["cluster"]["next_chair"]["organization"] == "Viễn thông Nam Định"


def test_leader_proposed_for_an_award_in_one_sentence(rec):
    r = rec(LEAD + "Kết quả, LĐLĐ tỉnh Quảng Trị được suy tôn dẫn đầu Cụm, đề nghị Tổng Liên đoàn tặng Cờ thi đua xuất sắc năm 2023.")
    assert r["rankings"] == [{"rank": 1, "organization": "LĐLĐ tỉnh Quảng Trị"}]
    assert r["awards"] == [{"recipient": "LĐLĐ tỉnh Quảng Trị", "award": "Cờ thi đua xuất sắc", "status": "proposed", "year": 2023}]


@pytest.mark.parametrize("line,chrome", [
    ("Email của bạn sẽ không được hiển thị công khai.", True),  # a longer alternative than "email" matches the whole line
    ("Email In PDF.", True),
    ("Trang chủ » Tin tức", True),
    ("Email gửi các đơn vị trong Cụm thi đua số 3 ngày 14/7.", False),
    ("Các đại biểu dự hội nghị", True),
    ("Các đại biểu dự hội nghị đã thảo luận, góp ý vào dự thảo báo cáo.", False),
])
def test_a_chrome_line_is_matched_whole(line, chrome):
    from tdkt_extract.segment import _is_chrome
    assert _is_chrome(line) is chrome


def test_agreement_after_the_discussion_is_an_act(rec):
    r = rec(LEAD + "Các đại biểu đã thảo luận, đóng góp ý kiến, nhất trí với báo cáo tổng kết năm 2023 của Cụm.")
    assert kinds(r) == ["approve_report"]
    r = rec(LEAD + "Các đại biểu đã thảo luận, đóng góp ý kiến vào dự thảo kế hoạch tổ chức hội thao năm 2024.")
    assert kinds(r) == []  # discussed only


def test_a_football_tournament_is_a_joint_event(rec):
    r = rec(LEAD + "Hội nghị thống nhất tổ chức giải bóng đá giao hữu giữa các doanh nghiệp trong Cụm vào tháng 9/2024.")
    assert kinds(r) == ["plan"]


def test_the_date_a_page_says_it_was_posted(rec):
    r = rec("Cụm thi đua số 2 sơ kết 6 tháng đầu năm 2025\nNgày đăng: 18/07/2025\n"
            "Sáng 16/7/2025, tại Sở Công Thương, Cụm thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.")
    assert r["published"] == "2025-07-18" and r["meeting"]["date"] == "2025-07-16"


def test_an_award_proposed_for_the_leader_named_before_it(rec):
    r = rec(LEAD + "Hội nghị thống nhất suy tôn Công ty Cổ phần Dệt may Hòa Thọ dẫn đầu Cụm năm 2023, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert r["rankings"] == [{"rank": 1, "organization": "Công ty Cổ phần Dệt may Hòa Thọ"}]
    assert r["awards"] == [{"recipient": "Công ty Cổ phần Dệt may Hòa Thọ", "award": "Cờ thi đua", "status": "proposed", "year": None}]


def test_tasks_agreed_after_the_draft_was_discussed(rec):
    r = rec(LEAD + "Các đại biểu đã thảo luận, góp ý vào dự thảo báo cáo và thống nhất các nhiệm vụ trọng tâm năm 2024.")
    assert kinds(r) == ["tasks"]


def test_several_units_lead_together(rec):
    r = rec(LEAD + "Tại hội nghị, các doanh nghiệp đã bình xét và suy tôn 02 đơn vị dẫn đầu là Công ty Cổ phần Cao su Đà Nẵng và "
                   "Công ty Cổ phần Dệt may Hòa Thọ.")
    assert r["rankings"] == [{"rank": 1, "organization": "Công ty Cổ phần Cao su Đà Nẵng"},
                             {"rank": 1, "organization": "Công ty Cổ phần Dệt may Hòa Thọ"}]
    assert kinds(r) == ["ranking"]


def test_agreement_with_the_content_of_the_report(rec):
    r = rec(LEAD + "Các đại biểu nhất trí với nội dung báo cáo.")
    assert kinds(r) == ["approve_report"]


def test_a_headline_that_launches_a_movement(rec):
    r = rec("Khối thi đua các cơ quan Đảng phát động phong trào thi đua năm 2026\n"
            "Sáng 6/1/2026, tại Hội trường Tỉnh ủy, Khối thi đua các cơ quan Đảng tổ chức Lễ phát động phong trào thi đua năm 2026.")
    assert r["title"] == "Khối thi đua các cơ quan Đảng phát động phong trào thi đua năm 2026"


def test_related_headlines_under_their_heading_are_not_the_article(rec):
    r = rec(LEAD + "Các đại biểu đã nhất trí thông qua báo cáo tổng kết năm 2023.\n\nTin liên quan:\n"
                   "Khối thi đua các doanh nghiệp ký kết giao ước thi đua năm 2024\n"
                   "Cụm thi đua số 3 đề nghị tặng Cờ thi đua cho Sở Công Thương\n")
    assert kinds(r) == ["approve_report"] and r["awards"] == []


def test_each_proposal_goes_to_the_unit_ranked_in_its_clause(rec):
    r = rec(LEAD + "Hội nghị suy tôn Công ty Điện lực Phú Thọ dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua; "
                   "Công ty Cấp nước Phú Thọ xếp thứ hai, đề nghị tặng Bằng khen.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("Công ty Điện lực Phú Thọ", "Cờ thi đua"),
                                                                   ("Công ty Cấp nước Phú Thọ", "Bằng khen")]
    r = rec(LEAD + "Hội nghị suy tôn 02 đơn vị dẫn đầu là Công ty Điện lực Phú Thọ và Viễn thông Phú Thọ, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert [a["recipient"] for a in r["awards"]] == ["Công ty Điện lực Phú Thọ", "Viễn thông Phú Thọ"]


@pytest.mark.parametrize("sentence", [
    'Hội nghị đã nghe giới thiệu mô hình "Bệnh viện thông minh" của Sở Y tế, đơn vị Cụm trưởng năm 2023.',  # not an election
    "Các đại biểu tập trung góp ý để Cụm trưởng tiếp thu, hoàn thiện và thông qua dự thảo quy chế tại hội nghị lần sau.",  # a later act
])
def test_not_an_act_of_the_meeting(rec, sentence):
    assert kinds(rec(LEAD + sentence)) == []


def test_a_related_heading_in_the_top_menu_does_not_hide_the_headline(rec):
    r = rec("Trang chủ | Xem thêm\nCụm thi đua số 5 sơ kết 6 tháng đầu năm 2025\n"
            "Sáng 8/7/2025, tại Sở Tài chính, Cụm thi đua số 5 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.")
    assert r["title"] == "Cụm thi đua số 5 sơ kết 6 tháng đầu năm 2025"


def test_a_time_ends_its_sentence(rec):
    r = rec(LEAD + "Hội nghị bắt đầu lúc 8:30. Các đại biểu đã nhất trí thông qua báo cáo tổng kết năm 2023.")
    assert [d["text"] for d in r["decisions"]] == ["Các đại biểu đã nhất trí thông qua báo cáo tổng kết năm 2023"]


def test_act_forms_outside_the_first_vocabulary(rec):
    # an award named right after the proposing verb; "đề cử"; introducing the chair units; signing "thi đua";
    # a plan whose event is quoted; a launch of a quoted movement; adopting a decision, joined to an election
    r = rec(LEAD + "Các thành viên thống nhất đề nghị Cờ thi đua của Chính phủ cho Công ty Cổ phần Sữa Miền Trung. "
                   "Hội nghị giới thiệu Trưởng cụm, Phó cụm điều hành hoạt động năm 2024. "
                   "Đại diện các đơn vị ký kết thi đua năm 2024. "
                   "Hội nghị còn triển khai kế hoạch tổ chức “Hội thi cắm hoa” chào mừng ngày 8/3. "
                   "Công ty Cổ phần In Thống Nhất đã phát động phong trào “Lao động giỏi, sáng tạo hay”.")
    assert kinds(r) == ["award_proposal", "covenant", "election", "other", "plan"]
    r = rec(LEAD + "Hội nghị đã nhất trí đề cử xét tặng Bằng khen cho Công ty Cổ phần Dệt may Hòa Thọ.")
    assert kinds(r) == ["award_proposal"]
    r = rec(LEAD + "Hội nghị đã thông qua quyết định thành lập Cụm thi đua và công nhận Cụm trưởng, Cụm phó năm 2024.")
    assert kinds(r) == ["election", "other"]


def test_choosing_verbs_give_a_ranking_act(rec):
    r = rec(LEAD + "Hội nghị đã thống nhất bỏ phiếu bầu ra các đơn vị xuất sắc đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert kinds(r) == ["award_proposal", "ranking"]
    r = rec(LEAD + "Hội nghị đã tiến hành bình xét và đề nghị cấp trên khen thưởng các tập thể tiêu biểu.")
    assert "ranking" in kinds(r)


def test_acts_named_as_topics_purposes_or_directed_work_are_not_decisions(rec):
    r = rec(LEAD + "Các đơn vị quan tâm nhiều đến Kế hoạch phát động phong trào thi đua năm 2024. "
                   "Việc bình xét, đề nghị cấp trên khen thưởng là một nội dung quan trọng của Cụm. "
                   "Các đơn vị ban hành tiêu chí, thang điểm làm căn cứ để bình xét danh hiệu thi đua. "
                   "Cụm tích cực nhân rộng điển hình tiên tiến để đề xuất, khen thưởng kịp thời. "
                   "Lãnh đạo các đơn vị đã tập trung lãnh đạo, chỉ đạo tổ chức ký kết giao ước thi đua trong toàn ngành. "
                   "Hội nghị cũng nghe báo cáo tổng kết ký kết giao ước thi đua năm 2023. "
                   "Hội nghị đã thảo luận, đề xuất với cấp trên về một số nội dung trong Quy chế khen thưởng.")
    assert kinds(r) == []


def test_bullets_connectives_and_covenant_content_keep_their_tense(rec):
    r = rec(LEAD + "Theo đó, hưởng ứng phong trào thi đua của Bộ, Cụm đã tổ chức ký kết giao ước thi đua năm 2023.\n\n"
                   "• Phấn đấu để có 1 đơn vị được đề nghị Chính phủ tặng Cờ thi đua;\n\n"
                   "Theo giao ước thi đua, năm 2024, các đơn vị thống nhất thực hiện tốt nhiệm vụ chính trị.")
    assert kinds(r) == []


def test_an_opening_purpose_or_discussion_does_not_hide_the_main_act(rec):
    r = rec(LEAD + "Nhằm ghi nhận những thành tích đó, Cụm đã thống nhất bầu chọn và suy tôn 01 đơn vị đề nghị tặng Cờ thi đua.")
    assert kinds(r) == ["award_proposal", "ranking"]
    r = rec(LEAD + "Nhằm đánh giá kết quả năm 2023 và suy tôn những tập thể xuất sắc, Cụm tổ chức hội nghị tổng kết.")
    assert kinds(r) == []
    r = rec(LEAD + "Qua một buổi góp ý sôi nổi, các đơn vị tiến hành ký kết giao ước thi đua năm 2024.")
    assert kinds(r) == ["covenant"]


def test_leading_unit_phrased_with_a_quality_or_dung_dau(rec):
    r = rec(LEAD + "Sở Xây dựng được suy tôn là đơn vị xuất sắc dẫn đầu phong trào thi đua, được đề nghị tặng Cờ thi đua của UBND tỉnh.")
    assert r["rankings"] == [{"rank": 1, "organization": "Sở Xây dựng"}]
    r = rec(LEAD + "Các đơn vị bình bầu, suy tôn đơn vị đứng đầu Cụm có số điểm cao nhất là đơn vị xã Tân Hòa đề nghị huyện khen thưởng.")
    assert r["rankings"] == [{"rank": 1, "organization": "xã Tân Hòa"}]
    # the head of an agency ("người đứng đầu") ranks nothing
    r = rec(LEAD + "Ông Trần Văn Bình, người đứng đầu Sở Xây dựng, phát biểu tại hội nghị.")
    assert r["rankings"] == []


def test_standing_nth(rec):
    r = rec(LEAD + "Kết quả, Công ty Điện lực Hà Nam đứng thứ nhất, Viễn thông Hà Nam đứng thứ hai.")
    assert r["rankings"] == [{"rank": 1, "organization": "Công ty Điện lực Hà Nam"}, {"rank": 2, "organization": "Viễn thông Hà Nam"}]


def test_units_assigned_for_next_year_are_an_election_but_a_rotation_is_not(rec):
    r = rec(LEAD + "Các đơn vị đã thảo luận sôi nổi. Năm 2024, Công ty Cổ phần In Thống Nhất làm Cụm trưởng và "
                   "Công ty Cổ phần Sữa Miền Trung làm Cụm phó.")
    assert "election" in kinds(r)
    r = rec(LEAD + "Năm 2024, Công ty Cổ phần In Thống Nhất luân phiên nhận nhiệm vụ đơn vị Cụm trưởng.")
    assert "election" not in kinds(r)


def test_agreed_proposal_reaching_far_and_a_title_recognised(rec):
    r = rec(LEAD + "Hội nghị đã thống nhất đề nghị đơn vị Cụm trưởng trình Giám đốc Sở Nội vụ xem xét và trình Chủ tịch UBND tỉnh "
                   "tặng Cờ thi đua cho các đơn vị.")
    assert kinds(r) == ["award_proposal"]
    r = rec(LEAD + "Cụm thống nhất đề nghị cấp trên công nhận danh hiệu “Cờ thi đua của Bộ” cho 1 đơn vị.")
    assert kinds(r) == ["award_proposal"]


def test_recipient_after_the_papers_tag_opening_the_lead(rec):
    r = rec("(TN) - Sở Tư pháp tỉnh nhận được 7/7 phiếu đề nghị nhận Cờ thi đua của Chính phủ. Đó là kết quả bầu chọn tại "
            "Hội nghị tổng kết năm 2023 của Khối thi đua số 3 diễn ra ngày 20/12/2023.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
        ("Sở Tư pháp tỉnh", "Cờ thi đua của Chính phủ", "proposed")]


def test_acts_the_units_did_in_response_to_a_movement_are_their_years_work(rec):
    r = rec(LEAD + "Các phong trào thi đua do Bộ phát động, các đơn vị trong Cụm đã hưởng ứng thực hiện có hiệu quả, như: "
                   "Phát động phong trào thi đua chào mừng ngày thành lập ngành.")
    assert kinds(r) == []


def test_directions_set_by_the_meeting_are_tasks_and_directions_set_before_are_not(rec):
    r = rec("Ngày 10/1/2025, Khối thi đua số 2 tổ chức hội nghị tổng kết năm 2024. Tại hội nghị, các đại biểu "
            "đã thảo luận, đề ra phương hướng nhiệm vụ công tác thi đua năm 2025.")
    assert kinds(r) == ["tasks"]
    r = rec("Ngày 10/1/2025, Khối thi đua số 2 tổ chức hội nghị tổng kết năm 2024. Các đơn vị đã hoàn thành "
            "các chỉ tiêu đề ra; các nhiệm vụ đề ra năm 2024 đều được hoàn thành.")
    assert kinds(r) == []


def test_agreeing_to_amend_the_plan_or_rules_is_approve_report(rec):
    r = rec("Ngày 10/2/2024, Cụm thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Các thành viên đã thảo luận, "
            "thống nhất sửa đổi một số nội dung trong Kế hoạch cũng như Quy chế hoạt động của Cụm.")
    assert kinds(r) == ["approve_report"]
    r = rec("Ngày 10/2/2024, Cụm thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Năm 2023, Bộ đã ban hành "
            "Thông tư sửa đổi, bổ sung quy chế thi đua.")
    assert kinds(r) == []
