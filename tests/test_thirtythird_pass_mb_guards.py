"""Guards for the thirty-third pass's member-list rules (RVMB-1 to RVMB-6): the near forms on ordinary text where the
new rules misfired while the old code was right, each narrowed to the pattern the rule was written for."""
import json

from tdkt_extract import extract


def rec(text: str) -> dict:
    return json.loads(extract(text).model_dump_json())


def members(text: str) -> list:
    return rec(text)["cluster"]["members"]


CUM_3 = "Ngày 18/12/2023, Cụm thi đua số 3 huyện Gia Bình tổ chức hội nghị tổng kết năm 2023 tại xã Đông Cứu. "
KHOI_NC = "Ngày 12/1/2024, Khối thi đua các cơ quan nội chính tỉnh Thái Bình tổ chức hội nghị tổng kết năm 2023. "


# RVMB-1: "các <kind of place> trong Cụm:" without the cluster's number opens a list only as its clause's subject

def test_places_in_the_cluster_after_a_noun_open_no_list():
    assert members(CUM_3 + "Thu ngân sách của các xã trong Cụm: Đông Cứu đạt 12 tỷ đồng, Lãng Ngâm đạt 10 tỷ đồng.") == []


# RVMB-2: the units listed before "là thành viên của Khối" lose their role notes in brackets

def test_listed_subjects_lose_their_role_notes():
    r = rec(KHOI_NC + "Công an tỉnh (Khối trưởng), Tòa án nhân dân tỉnh (Khối phó) và Sở Tư pháp là thành viên của Khối.")
    assert r["cluster"]["members"] == ["Công an tỉnh", "Tòa án nhân dân tỉnh", "Sở Tư pháp"]


# RVMB-3: "tại doanh nghiệp" stays in a name only after the state's capital it manages

def test_tai_doanh_nghiep_after_a_union_is_the_place_of_the_act():
    r = rec("Ngày 8/1/2024, Cụm thi đua số 4 Liên đoàn Lao động tỉnh Đồng Nai tổ chức hội nghị tổng kết năm 2023. "
            "Dịp này, Liên đoàn Lao động tỉnh trao Bằng khen cho Công đoàn Công ty TNHH Changshin tại doanh nghiệp.")
    assert [a["recipient"] for a in r["awards"]] == ["Công đoàn Công ty TNHH Changshin"]


# RVMB-4: "các <unit head> thành viên:" with no cluster word opens a list only for the units the attendees stand for

def test_parent_bodys_member_companies_are_no_members():
    assert members("Ngày 5/7/2024, Cụm thi đua số 2 ngành Điện lực tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 tại Đà Nẵng. "
                   "Cùng ngày, Tổng công ty Điện lực miền Nam và các Công ty Điện lực thành viên: Công ty Điện lực Long An, "
                   "Công ty Điện lực Tiền Giang đã tặng 150 suất học bổng.") == []


# RVMB-5: "gồm <kind> A, <kind> B" after a province's count of its places, or under another numbered bloc, is no list

def test_places_counted_by_a_province_or_under_another_bloc_are_no_members():
    lead = "Sáng 18/12/2025, Cụm thi đua số 4 tỉnh Kiên Giang tổ chức hội nghị tổng kết năm 2025 tại phường Rạch Giá. "
    assert members(lead + "Tỉnh hiện có 2 đặc khu gồm đặc khu Phú Quốc, đặc khu Kiên Hải và 100 xã, phường.") == []
    assert members(lead + "Khối thi đua số 6 gồm đặc khu Kiên Hải và xã Hòn Đất được đề nghị tặng Cờ.") == []


# RVMB-6: a list before "là thành viên của Khối thi đua khối X" names another bloc's units

def test_subjects_of_another_bloc_named_in_lower_case_are_no_members():
    assert members(KHOI_NC.replace("các cơ quan nội chính", "các cơ quan tổng hợp")
                   + "Viện kiểm sát nhân dân tỉnh, Thanh tra tỉnh và Sở Tư pháp là thành viên của Khối thi đua khối Nội chính.") == []
