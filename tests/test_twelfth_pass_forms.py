"""Forms of the twelfth pass, each on an invented example."""

REVIEW = "Sáng 5/3/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023. "


def kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_an_event_in_a_clause_of_its_own_after_another_agreed_act_is_a_plan(rec):
    r = rec(REVIEW + "Hội nghị thống nhất bầu Sở Tư pháp làm Cụm trưởng năm 2024 và tổ chức giải cầu lông của Cụm vào tháng 5.")
    assert kinds(r) == ["election", "plan"]
    plan = r["decisions"][1]["text"]
    assert plan == "tổ chức giải cầu lông của Cụm vào tháng 5"
    # (the election's clause ends where the plan's begins)
    assert r["decisions"][0]["text"].endswith("năm 2024")


def test_each_agreed_event_is_a_plan_of_its_own(rec):
    r = rec(REVIEW + "Cụm thống nhất tổ chức hội thao vào quý II. Các đơn vị còn nhất trí tổ chức cho đoàn viên, hội viên "
            "về nguồn. Hội nghị cũng thống nhất tổ chức ngày hội văn hóa các dân tộc vào tháng 9.")
    assert kinds(r) == ["plan", "plan", "plan"]


def test_an_item_of_a_list_led_by_an_agreement_is_an_act(rec):
    r = rec(REVIEW + "Hội nghị đã thống nhất các nội dung sau:\n1. Thông qua báo cáo tổng kết năm 2023 của Cụm.\n"
            "2. Phối hợp tổ chức liên hoan văn nghệ quần chúng vào tháng 6/2024.")
    assert kinds(r) == ["approve_report", "plan"]
    assert r["decisions"][1]["text"].startswith("Phối hợp tổ chức liên hoan")


def test_an_event_held_is_no_plan(rec):
    # (what the units did over the year: no agreeing word before it)
    r = rec(REVIEW + "Năm qua, các đơn vị trong Cụm đã tổ chức hội thao và giao lưu văn nghệ.")
    assert "plan" not in kinds(r)
    # (an agreement about results, then the events held)
    r = rec(REVIEW + "Hội nghị thống nhất đánh giá: các đơn vị đã chủ động, tổ chức nhiều hội thao.")
    assert "plan" not in kinds(r)
    # (a list item under a lead that agrees to nothing)
    r = rec(REVIEW + "Kết quả nổi bật của Cụm:\n- Tổ chức giao lưu thể thao giữa các xã.")
    assert "plan" not in kinds(r)


def test_an_event_announced_for_the_future_is_a_plan(rec):
    r = rec(REVIEW + "Dự kiến, Cụm sẽ tổ chức giải bóng đá giữa các đơn vị thành viên trong tháng 4/2024.")
    assert kinds(r) == ["plan"]


def test_a_named_programme_agreed_is_a_plan(rec):
    r = rec(REVIEW + "Các đơn vị thống nhất tổ chức chương trình “Xuân yêu thương” tặng quà hộ nghèo trước Tết.")
    assert kinds(r) == ["plan"]
