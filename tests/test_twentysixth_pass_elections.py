"""Elections of the next chair and vice-chair, and the chair units named by "là" before their verb."""


def _org(role):
    return role["organization"] if role else None


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


# 1. the meeting agreeing on the unit by turn, with "nhất trí", a colon after "luân phiên" or a place's unit

def test_agreed_by_turn_with_a_lower_case_place_unit_is_an_election(rec):
    r = rec("Ngày 15/12/2025, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2025. Theo nguyên tắc luân phiên, hội nghị "
            "thống nhất xã Tân Phước làm Cụm trưởng năm 2026.")
    assert "election" in _kinds(r)
    assert _org(r["cluster"]["next_chair"]) == "xã Tân Phước"


def test_nhat_tri_a_place_unit_as_chair_is_an_election_and_the_next_chair(rec):
    r = rec("Ngày 15/12/2025, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2025. Hội nghị nhất trí xã Tân Phước làm "
            "Cụm trưởng năm 2026.")
    assert "election" in _kinds(r)
    assert _org(r["cluster"]["next_chair"]) == "xã Tân Phước"


def test_nhat_tri_luan_phien_with_a_colon_is_an_election(rec):
    r = rec("Ngày 18/7/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm học 2023 - 2024. Hội nghị nhất trí luân "
            "phiên: Phòng Tư pháp huyện Đông Sơn là Cụm trưởng, Phòng Tư pháp huyện Hà Trung là Cụm phó năm học "
            "2024 - 2025.")
    assert "election" in _kinds(r)
    assert _org(r["cluster"]["next_chair"]) == "Phòng Tư pháp huyện Đông Sơn"
    assert _org(r["cluster"]["next_vice_chair"]) == "Phòng Tư pháp huyện Hà Trung"


def test_thong_nhat_luan_phien_with_a_colon_is_an_election(rec):
    r = rec("Hội nghị tổng kết công tác thi đua năm 2023 của Cụm thi đua số 7.\nHội nghị thống nhất luân phiên: Cục "
            "Hải quan tỉnh Kon Tum làm Trưởng Cụm năm 2024.")
    els = [d for d in r["decisions"] if d["kind"] == "election"]
    assert els and "Cục Hải quan tỉnh Kon Tum làm Trưởng Cụm năm 2024" in els[0]["text"]


def test_nhat_tri_on_a_report_is_no_election(rec):
    r = rec("Ngày 15/12/2025, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2025. Hội nghị nhất trí thông qua Báo cáo "
            "tổng kết năm 2025 của đơn vị Cụm trưởng.")
    assert "election" not in _kinds(r)
    assert r["cluster"]["next_chair"] is None


# 2. "Trưởng khối là X <verb>": the unit ends before the verb of what it does

def test_chair_named_after_la_ends_before_its_verb(rec):
    r = rec("Ngày 18-12, Khối thi đua các trường tổ chức hội nghị tổng kết năm 2024. Trưởng khối là Trường Cao đẳng Y "
            "Dược Lâm Viên phát biểu khai mạc.")
    assert r["cluster"]["chair"] == {"organization": "Trường Cao đẳng Y Dược Lâm Viên", "person": None}


def test_vice_chair_named_after_la_ends_before_its_verb(rec):
    r = rec("Ngày 18-12, Khối thi đua các trường tổ chức hội nghị tổng kết năm 2024. Các đại biểu đã nghe Phó trưởng "
            "khối là Trường Trung cấp Nghề Sông Mã trình bày dự thảo báo cáo tổng kết.")
    assert _org(r["cluster"]["vice_chair"]) == "Trường Trung cấp Nghề Sông Mã"


def test_chair_named_after_la_without_a_verb_is_kept_whole(rec):
    r = rec("Ngày 18-12, Khối thi đua các trường tổ chức hội nghị tổng kết năm 2024. Trưởng khối là Trường Cao đẳng Y "
            "Dược Lâm Viên.")
    assert _org(r["cluster"]["chair"]) == "Trường Cao đẳng Y Dược Lâm Viên"


# 3. "Tại hội nghị, ..." opens the sentence: a province after the comma of the next role is no venue's place

def test_province_vice_chair_after_a_fronted_tai_hoi_nghi(rec):
    r = rec("Hội nghị tổng kết công tác thi đua năm 2024 của Khối thi đua số 5.\nTại hội nghị, các tỉnh đã thống nhất "
            "suy tôn tỉnh Sơn La làm Trưởng khối, tỉnh Lai Châu làm Phó trưởng khối năm 2025.")
    assert _org(r["cluster"]["next_chair"]) == "tỉnh Sơn La"
    assert _org(r["cluster"]["next_vice_chair"]) == "tỉnh Lai Châu"


def test_province_of_the_venue_is_still_no_chair(rec):
    r = rec("Ngày 06/12/2024, tại Vườn quốc gia Cát Tiên, tỉnh Đồng Nai, Cụm trưởng Cụm thi đua số 3 đã tổ chức hội "
            "nghị tổng kết công tác thi đua năm 2024.")
    assert _org(r["cluster"]["chair"]) != "tỉnh Đồng Nai"


# 4. the vice-chair joined after "Trưởng Cụm thi đua số N năm N+1" shares the election verb

def test_vice_chair_joined_after_a_numbered_chair_role_is_elected(rec):
    r = rec("Hội nghị tổng kết công tác thi đua năm 2024 của Cụm thi đua số 3.\nHội nghị đã bầu Kho bạc Nhà nước Quảng "
            "Bình là Trưởng Cụm thi đua số 3 năm 2025, Kho bạc Nhà nước Quảng Trị là Phó Trưởng Cụm.")
    assert _org(r["cluster"]["next_chair"]) == "Kho bạc Nhà nước Quảng Bình"
    assert _org(r["cluster"]["next_vice_chair"]) == "Kho bạc Nhà nước Quảng Trị"
    assert r["cluster"]["vice_chair"] is None


def test_vice_chair_joined_after_the_present_chair_stays_present(rec):
    r = rec("Hội nghị tổng kết công tác thi đua năm 2024 của Cụm thi đua số 3.\nNăm 2024, Kho bạc Nhà nước Quảng Bình là "
            "Trưởng Cụm thi đua số 3, Kho bạc Nhà nước Quảng Trị là Phó Trưởng Cụm.")
    assert _org(r["cluster"]["vice_chair"]) == "Kho bạc Nhà nước Quảng Trị"
    assert r["cluster"]["next_vice_chair"] is None


# 5. the roles elected under a lead ("bầu X, Y năm N: A làm X; B làm Y")

_LEAD_LIST = ("Hội nghị đã bầu Cụm trưởng, Cụm phó năm 2025: Công an huyện Mường La làm Cụm trưởng; Công an huyện Sốp "
              "Cộp làm Cụm phó.")


def test_roles_elected_under_a_lead_go_to_their_own_units(rec):
    r = rec("Hội nghị tổng kết công tác thi đua năm 2024 của Cụm thi đua số 8.\n" + _LEAD_LIST)
    assert _org(r["cluster"]["next_chair"]) == "Công an huyện Mường La"
    assert _org(r["cluster"]["next_vice_chair"]) == "Công an huyện Sốp Cộp"


def test_roles_elected_under_a_lead_without_the_meeting_line(rec):
    r = rec(_LEAD_LIST)
    assert _org(r["cluster"]["next_chair"]) == "Công an huyện Mường La"
    assert _org(r["cluster"]["next_vice_chair"]) == "Công an huyện Sốp Cộp"
    assert r["cluster"]["chair"] is None and r["cluster"]["vice_chair"] is None


def test_roles_listed_then_their_units_in_order_still_read(rec):
    r = rec("Hội nghị tổng kết công tác thi đua năm 2024 của Cụm thi đua số 8.\nHội nghị đã bầu Cụm trưởng, Cụm phó năm "
            "2025 là Công an huyện Mường La và Công an huyện Sốp Cộp.")
    assert _org(r["cluster"]["next_chair"]) == "Công an huyện Mường La"
    assert _org(r["cluster"]["next_vice_chair"]) == "Công an huyện Sốp Cộp"
