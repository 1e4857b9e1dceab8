"""Forms of the twenty-fourth pass, each on an invented example."""

LEAD = "Ngày 12/12/2023, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "


def _acts(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_a_second_award_after_a_comma_is_the_same_recipients(rec):
    for joint in (", cùng ", ", ", ", kèm theo "):
        r = rec(LEAD + f"Dịp này, UBND huyện Tân Phú được tặng Cờ thi đua của UBND tỉnh{joint}Bằng khen của Chủ tịch UBND tỉnh.")
        assert _awards(r) == [("UBND huyện Tân Phú", "Cờ thi đua của UBND tỉnh", "conferred"),
                              ("UBND huyện Tân Phú", "Bằng khen của Chủ tịch UBND tỉnh", "conferred")], joint
    # (a clause of its own after the comma keeps its own recipient)
    r = rec(LEAD + "UBND huyện A được đề nghị tặng Cờ thi đua, UBND huyện B được đề nghị tặng Bằng khen.")
    assert _awards(r) == [("UBND huyện A", "Cờ thi đua", "proposed"), ("UBND huyện B", "Bằng khen", "proposed")]
    r = rec(LEAD + "Hội nghị đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Tân Phú, Bằng khen cho UBND huyện Vĩnh Cửu.")
    assert _awards(r) == [("UBND huyện Tân Phú", "Cờ thi đua", "proposed"), ("UBND huyện Vĩnh Cửu", "Bằng khen", "proposed")]


def test_a_launch_carried_out_at_the_meeting_is_an_act(rec):
    r = rec(LEAD + "Tại hội nghị, các đơn vị đã thực hiện nội dung phát động phong trào thi đua năm 2024.")
    assert [k for k, _ in _acts(r)] == ["other"]
    # (not the launch's content the units carried out through the year)
    r = rec(LEAD + "Năm 2023, các đơn vị đã thực hiện tốt các nội dung phát động thi đua của Cụm.")
    assert _acts(r) == []


def test_the_host_of_an_event_chosen_is_a_plan(rec):
    r = rec(LEAD + "Hội nghị đã bình chọn đơn vị tổ chức hội thao năm 2024 là Sở Tư pháp.")
    assert [k for k, _ in _acts(r)] == ["plan"]
    # (an event hosted in the year reviewed, and the way an event was chosen, are none)
    r = rec(LEAD + "Sở Tư pháp là đơn vị đăng cai tổ chức hội thao năm 2023, thu hút 300 vận động viên.")
    assert _acts(r) == []
    r = rec(LEAD + "Các đơn vị đã lựa chọn hình thức tổ chức hội thi phù hợp.")
    assert _acts(r) == []
    # (the leading unit chosen stays a ranking)
    r = rec(LEAD + "Hội nghị bình chọn đơn vị dẫn đầu là Sở Tư pháp.")
    assert [k for k, _ in _acts(r)] == ["ranking"]
