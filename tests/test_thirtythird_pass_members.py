"""Thirty-third pass: member lists the reviewers' articles wrote in forms the library missed: the special zone (đặc khu)
as a place's kind, "Các <kinds of place> trong Cụm:" and "các <unit head> thành viên:" opening a list, a list written as
the subject of "là (N) thành viên của Khối", the unit a plural shares before party committees' places, and "tại" inside
a unit's official name. Each rule has a near form it must not fire on."""
import json

from tdkt_extract import extract


def rec(text: str) -> dict:
    return json.loads(extract(text).model_dump_json())


def members(text: str) -> list:
    return rec(text)["cluster"]["members"]


LEAD = "Sáng 20/12/2025, Cụm thi đua số 7 tỉnh Quảng Ninh tổ chức hội nghị tổng kết năm 2025 tại phường Hạ Long. "
LEAD_2023 = "Ngày 15/1/2024, Khối thi đua các cơ quan tổng hợp tỉnh Nam Định tổ chức hội nghị tổng kết năm 2023. "


# MRG-4: đặc khu, a commune-level unit since 2025, is a place's kind in a list of places written with their kinds

def test_special_zones_listed_with_their_kind():
    assert members(LEAD + "Cụm gồm đặc khu Vân Đồn, đặc khu Cô Tô và phường Cẩm Phả.") == [
        "đặc khu Vân Đồn", "đặc khu Cô Tô", "phường Cẩm Phả"]


def test_special_zone_and_commune_joined_by_va():
    assert members(LEAD + "Cụm gồm đặc khu Vân Đồn và xã Tiên Yên.") == ["đặc khu Vân Đồn", "xã Tiên Yên"]


def test_special_zone_as_venue_is_no_member():
    assert members("Sáng 20/12/2025, Cụm thi đua số 7 tỉnh Quảng Ninh tổ chức hội nghị tổng kết năm 2025 tại đặc khu Vân Đồn, "
                   "với sự tham dự của đại diện đặc khu Cô Tô.") == []


# MRG-1: "Các <kinds of place> trong Cụm:" opens the list, without the cluster's number or name

def test_wards_in_the_cluster_colon():
    assert members(LEAD + "Các phường trong Cụm: Hạ Long, Bãi Cháy, Cẩm Phả và Mông Dương.") == [
        "Hạ Long", "Bãi Cháy", "Cẩm Phả", "Mông Dương"]


def test_several_kinds_in_the_cluster_colon():
    assert members(LEAD + "Các xã, phường thuộc Cụm: Hạ Long, Tiên Yên và Bình Liêu.") == ["Hạ Long", "Tiên Yên", "Bình Liêu"]


def test_wards_that_did_something_are_no_list():
    assert members(LEAD + "Các phường trong Cụm đã hoàn thành chỉ tiêu: Hạ Long, Bãi Cháy.") == []


# NAT-2: "các <unit head> <Name> thành viên:" opens the list as "các đơn vị thành viên:" does

def test_unit_kind_members_colon():
    assert members("Ngày 12/7/2024, Cụm thi đua số 4 ngành Điện lực tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 tại Vinh. "
                   "Dự hội nghị có lãnh đạo các Công ty Điện lực thành viên: Công ty Điện lực Nghệ An, Công ty Điện lực Hà Tĩnh "
                   "và Công ty Điện lực Quảng Bình.") == [
        "Công ty Điện lực Nghệ An", "Công ty Điện lực Hà Tĩnh", "Công ty Điện lực Quảng Bình"]


def test_unit_kind_members_of_the_cluster_colon():
    assert members(LEAD + "Các Chi cục Thuế thành viên Cụm: Chi cục Thuế khu vực III, Chi cục Thuế khu vực IV.") == [
        "Chi cục Thuế khu vực III", "Chi cục Thuế khu vực IV"]


def test_unit_kind_without_the_members_word_is_no_list():
    assert members(LEAD + "Các Cục Thuế đạt kết quả cao: Cục Thuế tỉnh Nghệ An, Cục Thuế tỉnh Hà Tĩnh.") == []


# STR-2: the list the subject of "là (N|các) (đơn vị) thành viên của Khối"

def test_list_before_is_members():
    assert members(LEAD_2023 + "Văn phòng UBND tỉnh, Sở Nội vụ và Sở Tài chính là thành viên của Khối.") == [
        "Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tài chính"]


def test_list_before_counted_in_words():
    assert members(LEAD_2023 + "Hiện nay, Sở Nội vụ, Sở Tài chính, Sở Xây dựng và Thanh tra tỉnh đều là bốn đơn vị thành viên "
                               "của Khối.") == ["Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Thanh tra tỉnh"]


def test_list_before_with_a_count_it_does_not_match():
    assert members(LEAD_2023 + "Sở Nội vụ, Sở Tài chính và Sở Xây dựng là 5 thành viên của Khối.") == []


def test_list_object_of_a_verb_keeps_only_the_subject_unit():
    # (the units before are an act's objects, not the subject of "là thành viên": the old reading, the last unit alone)
    assert members(LEAD_2023 + "Hội nghị khen thưởng Sở Nội vụ, Sở Tài chính và Sở Xây dựng là thành viên của Khối.") == ["Sở Xây dựng"]


# STR-6: the unit a plural shares before party committees' places is dropped, the places kept bare

def test_plural_head_before_party_committees():
    assert members(LEAD + "Cụm gồm Ban Tổ chức các huyện ủy Tiên Yên, Bình Liêu, Ba Chẽ và Ban Tổ chức Thị ủy Quảng Yên.") == [
        "Tiên Yên", "Bình Liêu", "Ba Chẽ", "Ban Tổ chức Thị ủy Quảng Yên"]


def test_singular_party_committee_units_stay_whole():
    assert members(LEAD + "Cụm gồm Ban Tổ chức Huyện ủy Tiên Yên, Ban Tổ chức Huyện ủy Bình Liêu và Ban Tổ chức Thị ủy Quảng Yên.") == [
        "Ban Tổ chức Huyện ủy Tiên Yên", "Ban Tổ chức Huyện ủy Bình Liêu", "Ban Tổ chức Thị ủy Quảng Yên"]


# NAT-5: "tại" before what an official name keeps after it ends no member

def test_tai_inside_an_official_name():
    assert members("Ngày 10/1/2024, Khối thi đua các cơ quan kinh tế Trung ương tổ chức hội nghị tổng kết năm 2023. "
                   "Khối gồm 3 đơn vị: Ngân hàng Phát triển Việt Nam, Ủy ban Quản lý vốn nhà nước tại doanh nghiệp và "
                   "Bảo hiểm xã hội Việt Nam.")[1] == "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"


def test_tai_before_the_meeting_place_still_ends_the_list():
    assert members(LEAD + "Cụm gồm: Sở Y tế, Sở Nội vụ và Sở Tài chính tại hội trường UBND tỉnh.") == [
        "Sở Y tế", "Sở Nội vụ", "Sở Tài chính"]
