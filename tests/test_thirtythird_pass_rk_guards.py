"""Guards on the thirty-third pass's rankings and awards rules (the regressions RVRK-1..10 of the review): near forms on
ordinary text where the new rules misfired. Examples written for these tests."""

from record_views import kinds, ranks

HEAD = "Ngày 15/01/2024, Khối thi đua Văn hóa - Xã hội tỉnh Lào Cai tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
SCHOOLS = "Ngày 30/5/2024, Cụm thi đua số 2 các trường THPT tỉnh Lào Cai tổ chức hội nghị tổng kết năm học 2023 - 2024.\n"
DISTRICTS = "Ngày 18/12/2023, Cụm thi đua số 5 tỉnh Lào Cai tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"


def awards(r: dict) -> list:
    return [(a["recipient"], a["award"], a["status"], a["year"]) for a in r["awards"]]


# RVRK-1: a grade, a school level, a kind of unit after 'Đối với / Ở khối' is no other cluster
def test_a_grade_or_a_kind_of_unit_after_khoi_opens_no_other_event(rec):
    r = rec(SCHOOLS + "Đối với khối 10, tỷ lệ học sinh khá giỏi đạt 85%. Hội nghị đã suy tôn Trường THPT số 1 Bảo Thắng dẫn đầu "
                      "Cụm, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == [(1, "Trường THPT số 1 Bảo Thắng")]
    assert awards(r) == [("Trường THPT số 1 Bảo Thắng", "Cờ thi đua", "proposed", None)]
    r = rec(HEAD + "Ở khối đơn vị sự nghiệp, các đơn vị đều tự chủ tài chính. Hội nghị suy tôn Sở Văn hóa dẫn đầu Khối.")
    assert ranks(r) == [(1, "Sở Văn hóa")]


# RVRK-2: a place called 'cụm' (an industrial park, a residential group) is no other cluster
def test_a_place_called_cum_opens_no_other_event(rec):
    r = rec(DISTRICTS + "Tại cụm công nghiệp Bắc Duyên Hải, các doanh nghiệp đã tạo việc làm cho 1.500 lao động. Các thành viên "
                        "thống nhất suy tôn UBND huyện Bảo Thắng dẫn đầu Cụm thi đua.")
    assert ranks(r) == [(1, "UBND huyện Bảo Thắng")]
    r = rec(DISTRICTS + "Ở cụm dân cư số 2 xã Gia Phú, người dân đã hiến 3.000 m2 đất làm đường. Các thành viên thống nhất suy tôn "
                        "UBND huyện Bảo Thắng dẫn đầu Cụm.")
    assert ranks(r) == [(1, "UBND huyện Bảo Thắng")]


# RVRK-3: the meeting's own cluster in another form after 'Tại' (initials, a descriptive name with its number)
def test_the_own_cluster_in_another_form_opens_no_other_event(rec):
    r = rec(HEAD + "Tại Khối thi đua VH-XH, các đơn vị đều hoàn thành tốt nhiệm vụ; Hội nghị suy tôn Sở Văn hóa dẫn đầu Khối.")
    assert ranks(r) == [(1, "Sở Văn hóa")]
    r = rec(DISTRICTS + "Tại Cụm thi đua các huyện phía Bắc (Cụm thi đua số 5), các đơn vị hoàn thành 30/30 chỉ tiêu. Hội nghị "
                        "suy tôn UBND huyện Bảo Thắng dẫn đầu Cụm.")
    assert ranks(r) == [(1, "UBND huyện Bảo Thắng")]


# RVRK-4: the best of a sector chosen by its council, of a contest chosen by readers, is no rank of the cluster
def test_the_best_chosen_by_another_body_or_of_a_contest_is_no_rank(rec):
    r = rec(HEAD + "Qua bình xét của Hội đồng Thi đua ngành, Trung tâm Y tế huyện là đơn vị xuất sắc nhất ngành Y tế. Hội nghị "
                   "suy tôn Sở Văn hóa dẫn đầu Khối.")
    assert ranks(r) == [(1, "Sở Văn hóa")]
    r = rec(HEAD + "Tại Hội thi tuyên truyền viên giỏi, qua bình chọn của Ban giám khảo, Đài Phát thanh tỉnh là đơn vị xuất sắc "
                   "nhất hội thi. Hội nghị suy tôn Sở Văn hóa dẫn đầu Khối.")
    assert ranks(r) == [(1, "Sở Văn hóa")]


# RVRK-5: the best of a sector proposed by its department for a ministry's flag is no rank of the cluster
def test_the_best_of_a_sector_proposed_by_its_department_is_no_rank(rec):
    r = rec(HEAD + "Trong ngành Y tế, Bệnh viện Đa khoa tỉnh là đơn vị xuất sắc nhất, được Sở Y tế đề nghị tặng Cờ thi đua của "
                   "Bộ Y tế.")
    assert ranks(r) == []
    assert "ranking" not in kinds(r)


# RVRK-6: a province's index written verb first is no ranking of the cluster
def test_another_bodys_verb_first_index_is_no_rank(rec):
    r = rec(DISTRICTS + "Về chỉ số PAPI, UBND tỉnh xếp UBND huyện Bảo Thắng thứ nhất, UBND huyện Bát Xát thứ hai trong các "
                        "huyện của tỉnh.")
    assert ranks(r) == []
    assert kinds(r) == []


# RVRK-7: a titled person who takes the unit's flag for it is no recipient
def test_a_titled_person_taking_the_units_flag_is_no_recipient(rec):
    for verb in ("thay mặt đơn vị nhận", "lên đón nhận"):
        r = rec(HEAD + f"Bà Lê Thị Hoa, Giám đốc Sở Văn hóa {verb} Cờ thi đua của UBND tỉnh.")
        assert "Lê Thị Hoa" not in [a[0] for a in awards(r)]
    r = rec(HEAD + "Bà Lê Thị Hoa, Giám đốc Sở Văn hóa cùng tập thể viên chức của Sở được tặng Cờ thi đua của UBND tỉnh.")
    assert "Lê Thị Hoa" not in [a[0] for a in awards(r)]


# RVRK-8: a unit joined after the titled person's title is a recipient too
def test_a_unit_joined_after_the_title_receives_too(rec):
    r = rec(HEAD + "Dịp này, bà Lê Thị Hoa, Trưởng phòng Tổ chức Sở Văn hóa và tập thể Phòng Quản lý Di sản được tặng Bằng khen "
                   "của Chủ tịch UBND tỉnh.")
    assert ("Phòng Quản lý Di sản", "Bằng khen của Chủ tịch UBND tỉnh", "conferred", None) in awards(r)


# RVRK-9: the year of a movement launched is not the year of this meeting's proposals
def test_the_year_of_a_movement_launched_is_not_the_awards(rec):
    r = rec(HEAD + "Hội nghị đã phát động phong trào thi đua năm 2024: Sở Văn hóa được đề nghị tặng Cờ thi đua của UBND tỉnh, "
                   "Đài Phát thanh tỉnh được đề nghị tặng Bằng khen.")
    assert [a[3] for a in awards(r)] == [None, None]


# RVRK-10: each cluster's proposal told at a joint meeting is not the joint choice
JOINT = "Ngày 17/1/2024, Cụm thi đua số 5 và Cụm thi đua số 6 tỉnh Lào Cai tổ chức hội nghị tổng kết năm 2023.\n"


def test_each_clusters_proposal_at_a_joint_meeting_is_no_joint_choice(rec):
    r = rec(JOINT + "Cụm thi đua số 6 đề nghị tặng Cờ thi đua cho UBND huyện Bát Xát, Cụm thi đua số 5 đề nghị tặng Bằng khen "
                    "cho UBND huyện Bảo Thắng.")
    assert all(not a[0].startswith("Cụm") for a in awards(r))
    assert "UBND huyện Bát Xát" not in [a[0] for a in awards(r)]
    r = rec(JOINT + "UBND huyện Bát Xát dẫn đầu Cụm thi đua số 6 năm 2022, UBND huyện Bảo Thắng dẫn đầu Cụm thi đua số 5 năm 2023 "
                    "được đề nghị tặng Cờ thi đua.")
    assert "UBND huyện Bát Xát" not in [a[0] for a in awards(r)]
