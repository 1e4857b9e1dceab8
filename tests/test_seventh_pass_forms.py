"""Forms of the seventh pass's held-out sets, each on an invented example."""
import pytest
from record_views import kinds, people_rows as people, ranks, roles

LEAD = "Ngày 12/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024."


@pytest.mark.parametrize("sentence, name", [
    # a region after the dash is the cluster's own name for itself
    ("Ngày 20/12/2024, tại Cần Thơ, Cụm thi đua số 5 – Tây Sông Tiền của Hội Nông dân tổ chức hội nghị tổng kết năm 2024.",
     "Cụm thi đua số 5 - Tây Sông Tiền"),
    ("Ngày 20/12/2024, Khối thi đua số 2 - Đồng bằng sông Cửu Long tổ chức hội nghị tổng kết năm 2024.",
     "Khối thi đua số 2 - Đồng bằng sông Cửu Long"),
    # a kind of unit across places
    ("Ngày 8/01/2024, tại tỉnh Nghệ An, Cụm thi đua số VI - Sở Tư pháp các tỉnh khu vực Bắc Trung Bộ đã tổ chức hội nghị tổng kết năm 2023.",
     "Cụm thi đua số VI - Sở Tư pháp các tỉnh khu vực Bắc Trung Bộ"),
    ("Ngày 8/01/2024, Cụm thi đua số 3 - Khối các đơn vị trực thuộc Bộ trưởng tổ chức hội nghị tổng kết năm 2023.",
     "Cụm thi đua số 3 - Khối các đơn vị trực thuộc Bộ trưởng"),
    # a province (or two) after the dash is its place, not its name
    ("Ngày 20/12/2024, Cụm thi đua số 2 - Bắc Giang tổ chức hội nghị tổng kết năm 2024.", "Cụm thi đua số 2"),
    ("Ngày 20/12/2024, Cụm thi đua số 2 - Tây Ninh tổ chức hội nghị tổng kết năm 2024.", "Cụm thi đua số 2"),
    ("Ngày 20/12/2024, Cụm thi đua số 2 - Bắc Giang - Bắc Ninh tổ chức hội nghị tổng kết năm 2024.", "Cụm thi đua số 2"),
])
def test_a_descriptor_after_the_dash(rec, sentence, name):
    assert rec(sentence)["cluster"]["name"] == name


T18 = "Ngày 16/1/2019, Cụm thi đua các huyện miền núi tỉnh Quảng Ngãi tổ chức hội nghị tổng kết công tác thi đua năm 2018. "


def test_a_next_year_after_an_opening_phrase_dates_the_roles(rec):
    r = rec(T18 + "Theo nguyên tắc luân phiên, năm 2019 huyện Ba Tơ đảm nhận Cụm trưởng, huyện Minh Long làm Cụm phó.")
    assert roles(r) == {"next_chair": "huyện Ba Tơ", "next_vice_chair": "huyện Minh Long"}
    r = rec(T18 + "Năm 2019 huyện Ba Tơ đảm nhận Cụm trưởng.")
    assert roles(r) == {"next_chair": "huyện Ba Tơ"}


def test_a_turn_in_the_rotation_and_the_clause_after_its_semicolon(rec):
    r = rec(T18 + "Theo thứ tự luân phiên, năm 2019 đến lượt UBND huyện Ba Tơ làm Cụm trưởng; UBND huyện Minh Long làm Cụm phó.")
    assert roles(r) == {"next_chair": "UBND huyện Ba Tơ", "next_vice_chair": "UBND huyện Minh Long"}


def test_a_roles_own_year_outweighs_a_later_year_before_it(rec):
    r = rec(T18 + "Hội nghị bầu UBND huyện Ba Tơ làm Cụm trưởng năm 2019; UBND huyện Minh Long, Cụm phó năm 2018 cảm ơn các đơn vị.")
    assert roles(r) == {"next_chair": "UBND huyện Ba Tơ", "vice_chair": "UBND huyện Minh Long"}


def test_a_role_completed_is_the_present_one_beside_an_election(rec):
    r = rec("Sáng 7/1/2020, Cụm thi đua số 8 tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác thi đua năm 2019. Hội nghị đã cảm ơn "
            "UBND huyện Hà Quảng và UBND huyện Hòa An đã hoàn thành tốt nhiệm vụ Cụm trưởng, Cụm phó năm 2019 và bầu UBND huyện "
            "Bảo Lạc làm Cụm trưởng, UBND huyện Trùng Khánh làm Cụm phó năm 2020.")
    assert roles(r) == {"chair": "UBND huyện Hà Quảng", "vice_chair": "UBND huyện Hòa An",
                        "next_chair": "UBND huyện Bảo Lạc", "next_vice_chair": "UBND huyện Trùng Khánh"}


def test_assigned_by_giao_and_held_by_giu_chuc(rec):
    r = rec("Ngày 22/12/2014, Cụm thi đua các phường tỉnh Phú Yên tổ chức hội nghị tổng kết năm 2014. Hội nghị đã thống nhất "
            "giao UBND phường 5 làm Cụm trưởng, UBND phường 7 làm Cụm phó năm 2015.")
    assert roles(r) == {"next_chair": "UBND phường 5", "next_vice_chair": "UBND phường 7"}
    r = rec(MID22 + "Công đoàn Công ty A được các đơn vị nhất trí giới thiệu giữ chức Cụm trưởng năm 2022; Công đoàn Công ty B "
            "giữ chức Cụm phó.")
    assert roles(r) == {"chair": "Công đoàn Công ty A", "vice_chair": "Công đoàn Công ty B"}


def test_the_standing_office_of_the_cluster_is_its_chair_unless_a_chair_is_named_beside(rec):
    r = rec(MID22 + "Thường trực Khối năm 2022 là Văn phòng UBND tỉnh.")
    assert roles(r) == {"chair": "Văn phòng UBND tỉnh"}
    r = rec(MID22 + "Năm 2022, Sở Tư pháp làm Cụm trưởng; Sở Nội vụ làm Thường trực Cụm.")
    assert roles(r) == {"chair": "Sở Tư pháp"}


MID22 = "Sáng 12/7/2022, Cụm thi đua số 4 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2022. "


def test_a_role_of_a_year_before_the_one_reviewed_is_nobodys_now(rec):
    r = rec("Ngày 9/7/2021, Cụm thi đua số 6 tỉnh Tây Ninh tổ chức hội nghị sơ kết 6 tháng đầu năm 2021. UBND huyện Bến Cầu "
            "từng giữ vai trò Cụm trưởng năm 2019 đã chia sẻ kinh nghiệm. Năm 2021, UBND huyện Châu Thành đảm nhận Cụm trưởng.")
    assert roles(r) == {"chair": "UBND huyện Châu Thành"}


def test_taking_on_a_role_by_dam_nhiem_and_the_outgoing_chair_of_the_year_reviewed(rec):
    r = rec("Ngày 11/01/2024, Khối thi đua các cơ quan Đảng tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
            "Theo Quy chế, Ban Dân vận Tỉnh ủy sẽ đảm nhiệm vai trò Trưởng khối và Ban Nội chính Tỉnh ủy đảm nhiệm vai trò Phó "
            "Trưởng khối năm 2024; Văn phòng Tỉnh ủy, đơn vị Trưởng khối năm 2023, đã bàn giao nhiệm vụ tại hội nghị.")
    assert roles(r) == {"chair": "Văn phòng Tỉnh ủy", "next_chair": "Ban Dân vận Tỉnh ủy", "next_vice_chair": "Ban Nội chính Tỉnh ủy"}


def test_the_chair_next_year_named_after_its_role(rec):
    r = rec(T18 + "Kết thúc hội nghị, huyện Ba Tơ đã bàn giao Cờ luân lưu cho đơn vị Cụm trưởng năm sau là huyện Minh Long.")
    assert roles(r)["next_chair"] == "huyện Minh Long"


def test_the_one_acting_for_a_chair_read_elsewhere_and_a_board_named_in_a_deputys_title(rec):
    r = rec("Sáng 5/3/2021, tại Ban Tổ chức Tỉnh ủy - đơn vị Trưởng khối năm 2021, Khối thi đua các cơ quan Đảng tỉnh Sơn La tổ "
            "chức hội nghị ký kết giao ước thi đua năm 2021. Thay mặt đơn vị Trưởng khối, đồng chí Lò Văn Thịnh, Phó Trưởng Ban "
            "Tổ chức Tỉnh ủy chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Ban Tổ chức Tỉnh ủy", "person": "Lò Văn Thịnh"}


def test_a_unit_working_with_another_starts_after_phoi_hop(rec):
    r = rec("Ngày 24/7/2015, tại thành phố Pleiku, UBND tỉnh Gia Lai (Cụm trưởng) phối hợp UBND tỉnh Kon Tum (Cụm phó) tổ chức "
            "hội nghị sơ kết 6 tháng đầu năm 2015 Cụm thi đua các tỉnh Tây Nguyên.")
    assert roles(r) == {"chair": "UBND tỉnh Gia Lai", "vice_chair": "UBND tỉnh Kon Tum"}


H23 = "Ngày 15/12/2023, Cụm thi đua các bệnh viện tỉnh Đồng Tháp tổ chức hội nghị tổng kết năm 2023. "


def test_chosen_by_binh_xet_leads(rec):
    r = rec(H23 + "Hội nghị thống nhất bình xét Bệnh viện Phổi Đồng Tháp là đơn vị dẫn đầu Cụm năm 2023.")
    assert ranks(r) == [(1, "Bệnh viện Phổi Đồng Tháp")]
    assert [d["kind"] for d in r["decisions"]] == ["ranking"]


def test_ranks_reached_and_ranks_as_labels(rec):
    r = rec(H23 + "Kết quả chấm điểm, Bệnh viện Tâm thần đạt hạng Nhất, Bệnh viện Phổi Đồng Tháp đạt hạng Nhì.")
    assert ranks(r) == [(1, "Bệnh viện Tâm thần"), (2, "Bệnh viện Phổi Đồng Tháp")]
    r = rec(H23 + "Kết quả xếp loại thi đua của Cụm: Nhất: Bệnh viện Phổi Đồng Tháp; Nhì: Bệnh viện Tâm thần, Bệnh viện "
                  "Quân dân y; Ba: Bệnh viện Y học cổ truyền.")
    assert ranks(r) == [(1, "Bệnh viện Phổi Đồng Tháp"), (2, "Bệnh viện Tâm thần"), (2, "Bệnh viện Quân dân y"),
                        (3, "Bệnh viện Y học cổ truyền")]
    # a contest's prize is still no rank
    r = rec(H23 + "Tại hội thao, Bệnh viện Tâm thần đạt giải Nhất toàn đoàn.")
    assert ranks(r) == []


def test_the_leaders_counted_after_their_names(rec):
    r = rec(H23 + "Theo kết quả, thị xã Hồng Ngự (96 điểm) và huyện Tháp Mười (94 điểm) là hai đơn vị dẫn đầu Cụm, được đề nghị "
                  "tặng Cờ thi đua.")
    assert ranks(r) == [(1, "thị xã Hồng Ngự"), (1, "huyện Tháp Mười")]
    assert [a["recipient"] for a in r["awards"]] == ["thị xã Hồng Ngự", "huyện Tháp Mười"]


D22 = "Ngày 29/12/2022, Cụm thi đua số 10 tỉnh Đồng Nai tổ chức hội nghị tổng kết năm 2022. "


def awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_a_givers_official_name_with_va_and_the_head_of_a_body_as_giver(rec):
    r = rec(D22 + "Hội nghị đề nghị tặng Cờ thi đua của Bộ Tài nguyên và Môi trường cho Sở Tài nguyên và Môi trường tỉnh Đồng Nai.")
    assert awards(r) == [("Sở Tài nguyên và Môi trường tỉnh Đồng Nai", "Cờ thi đua của Bộ Tài nguyên và Môi trường", "proposed")]
    r = rec(D22 + "Tòa án nhân dân huyện Long Thành được tặng Bằng khen của Chánh án Tòa án nhân dân tối cao.")
    assert awards(r) == [("Tòa án nhân dân huyện Long Thành", "Bằng khen của Chánh án Tòa án nhân dân tối cao", "conferred")]


def test_an_award_once_received_is_no_award_of_the_meeting(rec):
    r = rec(D22 + "Công ty từng được tặng Cờ thi đua của Chính phủ năm 2021. Năm nay, Cụm thống nhất đề nghị Chủ tịch UBND tỉnh "
                  "tặng Bằng khen cho Công ty CP Cấp nước Long Khánh.")
    assert awards(r) == [("Công ty CP Cấp nước Long Khánh", "Bằng khen", "proposed")]


def test_the_giver_named_with_do_ends_before_the_one_who_hands_it(rec):
    r = rec(D22 + "Tại hội nghị, Công ty Cao su Đồng Nai nhận Cờ thi đua của Tập đoàn do Phó Tổng Giám đốc Lê Văn An trao.")
    assert awards(r) == [("Công ty Cao su Đồng Nai", "Cờ thi đua của Tập đoàn", "conferred")]


L18 = "Ngày 11/1/2019, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2018. "


@pytest.mark.parametrize("sentence, expected", [
    ("Hội nghị đã thông qua phương hướng, nhiệm vụ năm 2019.", ["tasks"]),
    ("Hội nghị đã thông qua phương hướng, nhiệm vụ năm 2019 và tổ chức ký kết giao ước thi đua năm 2019.", ["covenant", "tasks"]),
    ("Hội nghị cũng thống nhất tổ chức giải bóng chuyền hơi của Cụm vào dịp 8/3.", ["plan"]),
    ("Hội nghị thống nhất tổ chức chuyến về nguồn tại Khu di tích Tân Trào vào tháng 11.", ["plan"]),
    ("Báo cáo tổng kết năm 2018 của Cụm đã được hội nghị thông qua.", ["approve_report"]),
    ("Dự thảo quy chế hoạt động của Cụm cũng được các thành viên thảo luận và thống nhất.", ["approve_report"]),
    # discussed only: no act
    ("Các đại biểu thảo luận về kế hoạch kiểm tra chéo giữa các đơn vị.", []),
])
def test_acts_passed_planned_and_passive(rec, sentence, expected):
    assert kinds(rec(L18 + sentence)) == expected


S17 = "Ngày 24/1/2018, tại Sơn La, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2017. "


def test_a_position_fronted_before_the_honorific_is_the_title(rec):
    r = rec(S17 + "Phát biểu tại hội nghị, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, bà Lò Thị Mai đề nghị các đơn vị cố gắng.")
    assert people(r) == [("Lò Thị Mai", "bà", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", ["spoke"])]
    # a list of people: each keeps the title written after its own name
    r = rec(S17 + "Dự hội nghị có ông Lê Văn An, Giám đốc Sở Nội vụ, ông Trần Văn Bình, Phó Giám đốc Sở Tư pháp.")
    assert [p[2] for p in people(r)] == ["Giám đốc Sở Nội vụ", "Phó Giám đốc Sở Tư pháp"]
    r = rec(S17 + "Tới dự có Đại tá Lê Văn Đức, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, đồng chí Hà Thị Lan, Phó Chủ tịch UBND tỉnh.")
    assert [p[2] for p in people(r)] == ["Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Phó Chủ tịch UBND tỉnh"]


def test_the_honorific_before_a_position_before_the_name(rec):
    r = rec(S17 + "Đồng chí Giám đốc Sở Nội vụ Vũ Thị Ngân và đồng chí Chủ tịch UBND thành phố Sơn La Lương Tuấn Đạt đồng chủ trì hội nghị.")
    assert people(r) == [("Vũ Thị Ngân", "đồng chí", "Giám đốc Sở Nội vụ", ["presided"]),
                         ("Lương Tuấn Đạt", "đồng chí", "Chủ tịch UBND thành phố Sơn La", ["presided"])]


def test_a_title_ends_before_an_order_a_merit_and_the_next_persons_degree(rec):
    r = rec(S17 + "Ông Lò Văn Pấng, Giám đốc Chi nhánh tỉnh Điện Biên và ông Lường Văn Chiến, Giám đốc Chi nhánh tỉnh Lai Châu "
                  "lần lượt phát biểu.")
    assert [p[2] for p in people(r)] == ["Giám đốc Chi nhánh tỉnh Điện Biên", "Giám đốc Chi nhánh tỉnh Lai Châu"]
    r = rec(S17 + "Hội nghị đề nghị tặng Bằng khen cho đ/c Phạm Văn Toàn, Chủ tịch Hội Chữ thập đỏ huyện Mai Sơn vì thành tích xuất sắc.")
    assert [p[2] for p in people(r)] == ["Chủ tịch Hội Chữ thập đỏ huyện Mai Sơn"]
    r = rec(S17 + "TS.BS Lê Trọng Nghĩa, Giám đốc Bệnh viện Đa khoa tỉnh và BSCKII Phan Thị Hương, Giám đốc Bệnh viện Nhi tỉnh "
                  "đồng chủ trì hội nghị.")
    assert [p[2] for p in people(r)] == ["Giám đốc Bệnh viện Đa khoa tỉnh", "Giám đốc Bệnh viện Nhi tỉnh"]


def test_members_after_a_count_whose_kind_is_named_in_words(rec):
    r = rec("Ngày 5/10/2018, Khối thi đua 10 tổ chức lễ ký kết giao ước thi đua năm học 2018 - 2019. Khối thi đua 10 có 3 trường "
            "đại học, cao đẳng trên địa bàn tỉnh: Trường Đại học An Giang; Trường Cao đẳng Y tế An Giang; Trường Cao đẳng nghề An Giang.")
    assert r["cluster"]["members"] == ["Trường Đại học An Giang", "Trường Cao đẳng Y tế An Giang", "Trường Cao đẳng nghề An Giang"]
    r = rec("Chiều 30-3-2023, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2022. Cụm thi đua số 1 gồm 3 sở Tư pháp các thành "
            "phố trực thuộc Trung ương là TP Cần Thơ, TP Đà Nẵng và TP Hải Phòng.")
    assert r["cluster"]["members"] == ["TP Cần Thơ", "TP Đà Nẵng", "TP Hải Phòng"]
    assert r["cluster"]["member_count"] == 3


def test_those_who_preside_are_no_member_list(rec):
    r = rec("Ngày 08/01/2024, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2023. Chủ trì Hội nghị gồm Sở Tư pháp tỉnh Nghệ An, "
            "Cụm Trưởng và Sở Tư pháp tỉnh Quảng Bình, Cụm Phó.")
    assert r["cluster"]["members"] == []
    assert roles(r) == {"chair": "Sở Tư pháp tỉnh Nghệ An", "vice_chair": "Sở Tư pháp tỉnh Quảng Bình"}


def test_the_unit_leading_an_act_dated_next_year_takes_the_next_role(rec):
    r = rec("Chiều 30-3-2023, Cụm thi đua số 1 tổ chức hội nghị tổng kết phong trào thi đua năm 2022. Sở Tư pháp TP Cần Thơ là Cụm "
            "trưởng năm 2022. Tại hội nghị, các đơn vị ký kết giao ước thi đua năm 2023, do Sở Tư pháp TP Hải Phòng làm Cụm trưởng.")
    assert roles(r) == {"chair": "Sở Tư pháp TP Cần Thơ", "next_chair": "Sở Tư pháp TP Hải Phòng"}


@pytest.mark.parametrize("sentence, count", [
    ("Cụm có 05 Hội Nông dân xã tham gia.", 5),
    ("Cụm thi đua số 6 có 8 công đoàn ngành, trong đó Công đoàn ngành Giáo dục là Cụm trưởng.", 8),
    ("Cụm có 14 công đoàn cơ sở thành viên.", 14),
])
def test_unions_and_associations_counted_as_members(rec, sentence, count):
    assert rec("Ngày 3/3/2015, Cụm thi đua số 6 tổ chức hội nghị ký kết giao ước thi đua năm 2015. " + sentence)["cluster"]["member_count"] == count


def test_a_union_after_the_clusters_number_is_its_field_not_a_count(rec):
    r = rec("Ngày 17/12/2022, Cụm thi đua 2 Công đoàn tổ chức hội nghị tổng kết năm 2022.")
    assert r["cluster"]["member_count"] is None and r["cluster"]["number"] == 2


def test_ranks_in_figures_and_in_turn(rec):
    r = rec(H23 + "Kết quả xếp hạng: hạng 1 là Bệnh viện Tâm thần (98,5 điểm), hạng 2 là Bệnh viện Phổi Đồng Tháp (97 điểm).")
    assert ranks(r) == [(1, "Bệnh viện Tâm thần"), (2, "Bệnh viện Phổi Đồng Tháp")]
    r = rec(H23 + "Kết quả bình xét, Agribank chi nhánh Đồng Tháp đứng đầu Khối; BIDV chi nhánh Đồng Tháp và Vietinbank chi nhánh "
                  "Đồng Tháp lần lượt xếp thứ hai, thứ ba.")
    assert ranks(r) == [(1, "Agribank chi nhánh Đồng Tháp"), (2, "BIDV chi nhánh Đồng Tháp"), (3, "Vietinbank chi nhánh Đồng Tháp")]


def test_the_leaders_counted_after_their_names_with_a_praise_and_the_verb_before(rec):
    r = rec(H23 + "Căn cứ kết quả chấm điểm, hội nghị bình xét thị xã Hồng Ngự (96 điểm) và huyện Tháp Mười (94 điểm) là hai đơn vị "
                  "xuất sắc, dẫn đầu Cụm.")
    assert ranks(r) == [(1, "thị xã Hồng Ngự"), (1, "huyện Tháp Mười")]


def test_a_meeting_of_two_days_written_in_words_is_dated_by_its_first(rec):
    r = rec("Trong hai ngày 9 và 10 tháng 11 năm 2023, tại Hà Nội, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023.")
    assert r["meeting"]["date"] == "2023-11-09"


def test_a_person_named_again_by_the_given_name_alone(rec):
    r = rec(S17 + "Dự hội nghị có bà Lê Hồng Minh, Phó Trưởng ban Thi đua - Khen thưởng tỉnh. Phát biểu tại hội nghị, bà Minh đề "
                  "nghị các huyện đẩy mạnh phong trào.")
    assert people(r) == [("Lê Hồng Minh", "bà", "Phó Trưởng ban Thi đua - Khen thưởng tỉnh", ["attended", "spoke"])]
    # two people of that given name: the short mention names neither
    r = rec(S17 + "Dự hội nghị có bà Lê Hồng Minh và bà Trần Thị Minh. Phát biểu tại hội nghị, bà Minh đề nghị các huyện cố gắng.")
    assert all(p[3] == ["attended"] for p in people(r))


def test_roles_listed_then_their_units_in_order(rec):
    r = rec("Ngày 10/3/2021, Khối thi đua các sở tỉnh Vĩnh Phúc tổ chức hội nghị ký kết giao ước thi đua năm 2021. Trưởng khối, "
            "Phó Trưởng khối năm 2021 là Sở Xây dựng và Sở Giao thông vận tải.")
    assert roles(r) == {"chair": "Sở Xây dựng", "vice_chair": "Sở Giao thông vận tải"}
    r = rec("Ngày 10/12/2021, Khối thi đua số 3 tổ chức hội nghị tổng kết năm 2021. Hội nghị bầu Khối trưởng và Khối phó năm 2022 "
            "là Sở Xây dựng và Sở Giao thông vận tải.")
    assert roles(r) == {"next_chair": "Sở Xây dựng", "next_vice_chair": "Sở Giao thông vận tải"}


def test_a_list_of_places_ends_before_the_place_they_belong_to(rec):
    r = rec("Ngày 5/1/2017, Cụm thi đua số 2 gồm các phường: Tân Phong, Đông Phong và Quyết Tiến của thành phố Lai Châu, tỉnh "
            "Lai Châu tổ chức hội nghị tổng kết.")
    assert r["cluster"]["members"] == ["Tân Phong", "Đông Phong", "Quyết Tiến"]


def test_a_role_after_a_units_parent_body_in_brackets_is_the_units(rec):
    r = rec("Ngày 12/3/2019, tại Trại giam Suối Đá (Cục 10 - Bộ Công an) - đơn vị Khối trưởng, Khối thi đua số 3 tỉnh Tây Ninh "
            "tổ chức lễ ký giao ước thi đua năm 2019.")
    assert r["cluster"]["chair"]["organization"] == "Trại giam Suối Đá"


def test_a_giao_ban_that_assesses_a_whole_year_is_its_review(rec):
    r = rec("Ngày 20/12/2022, Cụm thi đua số 1 của Hội Người cao tuổi tỉnh Gia Lai đã tổ chức Hội nghị giao ban đánh giá hoạt "
            "động công tác năm 2022.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2022, "span": "year"})
    # a part of the year stays a sơ kết; the work ahead is no review
    r = rec("Ngày 5/10/2021, Khối thi đua số 3 tổ chức hội nghị giao ban, đánh giá kết quả thi đua quý III/2021.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("so_ket", {"year": 2021, "span": "q3"})
    r = rec("Ngày 5/1/2022, Khối thi đua số 3 tổ chức họp đánh giá, triển khai nhiệm vụ năm 2022.")
    assert r["meeting"]["kind"] != "tong_ket"


def test_a_covenant_meeting_that_passes_the_years_review_report_reviews_that_year(rec):
    r = rec("Ngày 22/3/2019, Cụm thi đua số 4 các trường chính trị tổ chức hội nghị ký kết giao ước thi đua năm 2019. Hội nghị "
            "nhất trí cao với Báo cáo tổng kết công tác thi đua năm học 2017 - 2018 và phương hướng, nhiệm vụ năm học 2018 - 2019.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2018, "span": "term"})
    # a signing with no review stays one
    r = rec("Ngày 22/3/2019, Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2019. Hội nghị thông qua nội dung "
            "giao ước thi đua năm 2019.")
    assert r["meeting"]["kind"] == "giao_uoc"


def test_a_person_who_puts_the_plans_to_the_meeting_reports(rec):
    r = rec(S17 + "Tại hội nghị, đồng chí Phạm Đăng An – Phó Viện trưởng Viện kiểm sát nhân dân tỉnh, đơn vị Trưởng Khối đã thông qua "
                  "các Kế hoạch thực hiện công tác thi đua năm 2018.")
    assert people(r)[0][3] == ["reported"]


def test_the_leaders_counted_with_their_merit_are_ranked_and_receive(rec):
    r = rec("Chiều 30-3-2023, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2022. Cụm thống nhất trình Bộ Tư pháp khen thưởng Cờ "
            "thi đua Bộ cho 2 tập thể có thành tích dẫn đầu Cụm thi đua là Sở Tư pháp TP Cần Thơ và Sở Tư pháp TP Hải Phòng.")
    assert ranks(r) == [(1, "Sở Tư pháp TP Cần Thơ"), (1, "Sở Tư pháp TP Hải Phòng")]
    assert [a["recipient"] for a in r["awards"]] == ["Sở Tư pháp TP Cần Thơ", "Sở Tư pháp TP Hải Phòng"]


def test_a_ministrys_cluster_named_after_the_ministry_has_no_province(rec):
    r = rec("Chiều 31-10-2019, tại Tiền Giang, Bộ Thông tin và Truyền thông (TT-TT) - Cụm thi đua số 8 tổ chức hội nghị ký kết "
            "giao ước thi đua năm 2019.")
    assert r["meeting"]["province"] is None
    r = rec("Ngày 5/1/2020, tại Sở Tư pháp tỉnh Bắc Giang, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2019.")
    assert r["meeting"]["province"] == "Bắc Giang"


def test_the_first_line_naming_the_cluster_with_a_full_stop_above_the_lead_is_the_headline(rec):
    r = rec("Khối thi đua Nội chính tỉnh Quảng Ngãi “Đoàn kết, kỷ cương, hiệu quả”.\n\n42\n\nVừa qua, tại Công an tỉnh Quảng Ngãi, "
            "Khối thi đua Nội chính tỉnh đã tiến hành ký kết giao ước thi đua năm 2018.")
    assert r["title"] == "Khối thi đua Nội chính tỉnh Quảng Ngãi “Đoàn kết, kỷ cương, hiệu quả”"


def test_a_role_note_after_the_meeting_room_of_a_unit_is_the_units(rec):
    r = rec("Chiều ngày 12/3/2021 tại phòng họp trực tuyến Bộ Chỉ huy Quân sự tỉnh Cà Mau (Trưởng khối I) Khối thi đua I tổ chức "
            "hội nghị tổng kết công tác thi đua năm 2020.")
    assert r["cluster"]["chair"]["organization"] == "Bộ Chỉ huy Quân sự tỉnh Cà Mau"


def test_a_citys_association_named_thanh_hoi_is_a_unit(rec):
    r = rec("Ngày 5/1/2016, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2015. Năm 2015, Thành Hội phụ nữ Hải Phòng làm trưởng "
            "cụm đã cùng các tỉnh Hội trong cụm tổ chức đăng ký thi đua.")
    assert r["cluster"]["chair"]["organization"] == "Thành Hội phụ nữ Hải Phòng"


@pytest.mark.parametrize("sentence, expected", [
    ("Các thành viên đã ký kết thành công giao ước thi đua năm 2023.", ["covenant"]),
    ("Hội nghị đề ra những biện pháp khắc phục trong thời gian tới.", ["tasks"]),
])
def test_a_covenant_signed_successfully_and_measures_set(rec, sentence, expected):
    assert kinds(rec(L18 + sentence)) == expected


def test_a_bloc_word_before_an_adverb_names_no_cluster(rec):
    r = rec("Sau khi nhận nhiệm vụ, Khối không ngừng thi đua lập thành tích chào mừng các ngày lễ lớn. Ngày 5/3/2019, Khối thi đua "
            "nội chính tổ chức hội nghị ký kết giao ước thi đua năm 2019.")
    assert r["cluster"]["name"] == "Khối thi đua nội chính"


def test_the_country_closing_a_bodys_name_and_a_profession_named_in_a_body(rec):
    r = rec(S17 + "Dự hội nghị có Phó Chủ tịch Hội Nhà báo Việt Nam Trần Trọng Dũng.")
    assert people(r) == [("Trần Trọng Dũng", None, "Phó Chủ tịch Hội Nhà báo Việt Nam", ["attended"])]


def test_a_verb_after_the_name_is_no_title_and_a_fronted_title_before_a_dash(rec):
    r = rec(S17 + "Hội nghị công bố quyết định, do Cục trưởng Cục Dự trữ khu vực Tây Bắc - ông Nguyễn Nam Thắng, làm Cụm trưởng.")
    assert people(r)[0][2] != "làm Cụm trưởng"
    r = rec(S17 + "Giám đốc Sở Nội vụ - ông Lê Văn An phát biểu.")
    assert people(r) == [("Lê Văn An", "ông", "Giám đốc Sở Nội vụ", ["spoke"])]


def test_units_counted_with_their_capitalised_field_before_the_cluster(rec):
    r = rec("Ngày 5/3/2022, Cụm thi đua số 6 tổ chức lễ ký kết giao ước năm 2022. Tham gia buổi lễ có đại diện lãnh đạo 43 Chi hội "
            "Luật gia thuộc Cụm thi đua số 6.")
    assert r["cluster"]["member_count"] == 43


@pytest.mark.parametrize("sentence, members", [
    ("Cụm gồm Hội Cựu chiến binh các phường Đằng Lâm, Cát Bi, Nam Hải và Tràng Cát.", ["Đằng Lâm", "Cát Bi", "Nam Hải", "Tràng Cát"]),
    ("Cụm gồm Công an 4 huyện Mai Sơn, Sông Mã, Mộc Châu và Yên Châu.", ["Mai Sơn", "Sông Mã", "Mộc Châu", "Yên Châu"]),
    # a unit's name that goes on after the places is no shared head
    ("Cụm gồm Hội Cựu chiến binh các phường Đằng Lâm, Trường THCS Cát Bi và Trường THCS Nam Hải.",
     ["Hội Cựu chiến binh các phường Đằng Lâm", "Trường THCS Cát Bi", "Trường THCS Nam Hải"]),
])
def test_the_places_after_a_shared_unit_are_the_members(rec, sentence, members):
    assert rec("Ngày 5/1/2016, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2015. " + sentence)["cluster"]["members"] == members


@pytest.mark.parametrize("text, members", [
    ("Cụm gồm 5 phường: Đông Lễ, Đông Lương, Đông Giang, phường 5 và phường 3.",
     ["Đông Lễ", "Đông Lương", "Đông Giang", "phường 5", "phường 3"]),
    ("Cụm gồm thị xã Hương Thủy, thị xã Hương Trà và huyện Phú Vang.", ["thị xã Hương Thủy", "thị xã Hương Trà", "huyện Phú Vang"]),
    ("Cụm có 4 đơn vị là phường 6, phường 9, phường 10 và xã Đạo Thạnh.", ["phường 6", "phường 9", "phường 10", "xã Đạo Thạnh"]),
    ("Tham gia Cụm có Trường Chính trị tỉnh Phú Yên, Trường Chính trị tỉnh Bình Định và Trường Chính trị tỉnh Khánh Hòa.",
     ["Trường Chính trị tỉnh Phú Yên", "Trường Chính trị tỉnh Bình Định", "Trường Chính trị tỉnh Khánh Hòa"]),
    ("Các đơn vị trong Cụm là UBND phường Ngọc Thụy, UBND phường Đức Giang và UBND phường Việt Hưng.",
     ["UBND phường Ngọc Thụy", "UBND phường Đức Giang", "UBND phường Việt Hưng"]),
    ("Cụm có 03 Đồn Biên phòng: Khánh Hội, Sông Đốc và Phú Tân.", ["Khánh Hội", "Sông Đốc", "Phú Tân"]),
    ("Khối gồm:\n+ Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Quảng Ninh (đơn vị Trưởng khối năm 2022);\n"
     "+ Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Quảng Ninh.",
     ["Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Quảng Ninh", "Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Quảng Ninh"]),
])
def test_more_ways_to_list_the_members(rec, text, members):
    assert rec("Ngày 5/1/2019, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2018. " + text)["cluster"]["members"] == members


def test_a_region_on_one_side_of_the_country(rec):
    r = rec("Ngày 15/01/2018, Cụm thi đua số 1 - Khu vực phía Bắc tổ chức hội nghị tổng kết năm 2017.")
    assert r["cluster"]["name"] == "Cụm thi đua số 1 - Khu vực phía Bắc"


def test_the_source_newspaper_and_the_photographer_are_no_author(rec):
    r = rec("Khối thi đua các cơ quan Tư pháp sơ kết 6 tháng\n\nNgày 1/7/2014, Khối thi đua các cơ quan Tư pháp tỉnh Quảng Bình tổ "
            "chức hội nghị sơ kết 6 tháng đầu năm 2014.\n\nẢnh: Văn Hùng\n\nTheo Báo Quảng Bình")
    assert r["author"] is None


def test_a_publication_date_labelled_in_iso_form(rec):
    r = rec("Ngày đăng: 2021-06-30\n\nKhối thi đua các Ban Quản lý dự án sơ kết 6 tháng đầu năm 2021\n\nNgày 29/6, tại hội trường "
            "Ban Quản lý dự án, Khối thi đua các Ban Quản lý dự án tỉnh Bình Phước tổ chức hội nghị sơ kết 6 tháng đầu năm 2021.")
    assert r["published"] == "2021-06-30"


def test_a_later_mention_after_a_fronted_verb_and_a_degree_takes_the_role(rec):
    r = rec(S17 + "GS.TS Đỗ Quang Vinh, Hiệu trưởng Trường Đại học Tây Bắc chủ trì hội nghị. Phát biểu bế mạc, GS.TS Đỗ Quang Vinh "
                  "cảm ơn các đơn vị thành viên.")
    assert people(r)[0][3] == ["presided", "spoke"]


def test_wards_listed_bare_name_no_province_even_one_called_like_a_province(rec):
    r = rec("Ngày 5/1/2017, Cụm thi đua số 2 gồm các phường: Tân Lập, Hòa Bình, Quyết Tiến và Đông Phong của thành phố Lai Châu, "
            "tỉnh Lai Châu tổ chức hội nghị tổng kết.")
    assert r["meeting"]["province"] == "Lai Châu"


def test_the_head_of_a_neighbourhood_holds_no_cluster_role(rec):
    r = rec("Ngày 23/12/2020, Cụm thi đua số 3 các phường thuộc thành phố Vinh tổ chức hội nghị tổng kết năm 2020. Ông Nguyễn Văn "
            "Lộc, Trưởng khối phố 5 chia sẻ kinh nghiệm xây dựng khối phố văn hóa.")
    assert r["cluster"]["chair"] is None


def test_a_role_then_a_person_with_a_title_gives_the_persons_unit(rec):
    r = rec("Ngày 10/1/2014, Cụm thi đua số 12 tỉnh Phú Thọ tổ chức hội nghị tổng kết năm 2013. Trưởng Cụm thi đua số 12 năm 2013 "
            "là đồng chí Hà Quang Vinh, Chủ tịch UBND huyện Thanh Sơn.")
    assert r["cluster"]["chair"] == {"organization": "UBND huyện Thanh Sơn", "person": "Hà Quang Vinh"}


def test_schools_listed_after_their_shared_level_and_a_byline_with_its_units_abbreviation(rec):
    r = rec("Ngày 18/01/2019, Cụm thi đua số 3 các trường THPT tổ chức hội nghị sơ kết học kỳ I. Cụm gồm các trường THPT Trần "
            "Phú, Nguyễn Du, Hồng Lĩnh và Lê Quý Đôn.")
    assert r["cluster"]["members"] == ["Trần Phú", "Nguyễn Du", "Hồng Lĩnh", "Lê Quý Đôn"]
    r = rec("Khối thi đua Ngân hàng tổng kết năm 2023\n\nNgày 5/1/2024, Khối thi đua Ngân hàng tỉnh Bình Định tổ chức hội nghị "
            "tổng kết năm 2023.\n\nThanh Tâm - NHNN Bình Định")
    assert r["author"] == "Thanh Tâm"


def test_a_count_written_as_a_total(rec):
    r = rec("Ngày 5/1/2022, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2021. Cụm có tổng số 06 xã, thị trấn.")
    assert r["cluster"]["member_count"] == 6


def test_leaders_listed_after_a_colon_parted_by_semicolons_names_with_commas(rec):
    r = rec(H23 + "Hội nghị đã bình xét và thống nhất 03 đơn vị dẫn đầu Khối gồm: Công ty Điện lực Phú Thọ; Công ty TNHH MTV Hóa "
                  "chất, Phân bón Lâm Thao; Chi nhánh Viettel Phú Thọ.")
    assert ranks(r) == [(1, "Công ty Điện lực Phú Thọ"), (1, "Công ty TNHH MTV Hóa chất, Phân bón Lâm Thao"), (1, "Chi nhánh Viettel Phú Thọ")]
    r = rec(H23 + "02 đơn vị dẫn đầu gồm: Sở Công thương và Sở Tài chính; đơn vị tiêu biểu xuất sắc nhất để đề nghị tặng Cờ: Sở "
                  "Công thương.")
    assert ranks(r) == [(1, "Sở Công thương"), (1, "Sở Tài chính")]


def test_attending_written_as_a_noun_and_a_rank_with_the_given_name(rec):
    r = rec(S17 + "Hội nghị có sự tham gia của ông Lê Văn Toàn, Phó Giám đốc Sở Nội vụ và bà Mai Thị Huệ, Phó Trưởng Ban Thi đua - "
                  "Khen thưởng tỉnh.")
    assert [p[3] for p in people(r)] == [["attended"], ["attended"]]
    r = rec(S17 + "Đại tá Nông Văn Thắng, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh chủ trì hội nghị. Phát biểu kết luận, Đại tá Thắng "
                  "yêu cầu các đơn vị tiếp tục thi đua.")
    assert people(r)[0][3] == ["presided", "spoke"]
