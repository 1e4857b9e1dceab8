"""The gazetteer: provinces, districts, the 2025 reorganisation, and finding places in a text.

Every example text here is written for this file.
"""
import json
import time
from datetime import date
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tdkt_extract import gazetteer as G
from tdkt_extract.gazetteer import Place, find_places, in_force, province_of


def spans(text, **kw):
    return [(text[p.start:p.end], p.kind, p.province) for p in find_places(text, **kw)]


# ---------------------------------------------------------------- the data file

def test_data_file_names_its_sources_and_counts():
    raw = json.loads(resources.files("tdkt_extract").joinpath("lexicons/gazetteer.json").read_text("utf-8"))
    meta = raw["meta"]
    # one MIT-licensed source only (the library is MIT: no data generated from a GPL package)
    assert {s["package"]: s["version"] for s in meta["sources"]} == {"vietnamadminunits": "1.0.4"}
    assert {s["license"] for s in meta["sources"]} == {"MIT"}
    assert meta["generated_by"] == "tools/make_gazetteer.py"
    assert [e["date"] for e in meta["events"]] == ["2008-08-01", "2025-01-01", "2025-07-01", "2025-07-01"]
    assert len(raw["districts"]) >= 696
    assert len(raw["provinces"]) == 65  # 63 before 2025-01-01, with Huế added as a city and Hà Tây until 2008-07-31


def test_province_counts_by_date():
    assert len(G.provinces(date(2024, 6, 1))) == 63
    assert len(G.provinces(date(2008, 7, 31))) == 64 and "Hà Tây" in G.provinces(date(2008, 7, 31))  # Hà Tây, before it joined Hà Nội
    assert len(G.provinces(date(2025, 3, 1))) == 63  # Huế replaced Thừa Thiên Huế
    assert len(G.provinces(date(2025, 7, 1))) == 34
    assert "Thừa Thiên Huế" in G.provinces(date(2024, 12, 31))
    assert "Huế" in G.provinces(date(2025, 1, 1)) and "Thừa Thiên Huế" not in G.provinces(date(2025, 1, 1))


def test_canonical_names_use_modern_tone_marks():
    names = G.provinces()
    for n in ("Thanh Hóa", "Khánh Hòa", "Hòa Bình", "Thừa Thiên Huế", "Hồ Chí Minh", "Bà Rịa - Vũng Tàu"):
        assert n in names
    assert not any(x in n for n in names for x in ("oá", "oà", "uỷ", "uý"))


def test_load_is_cached():
    assert G.load() is G.load()


# ---------------------------------------------------------------- province_of

@pytest.mark.parametrize("name,province", [
    ("Thanh Hóa", "Thanh Hóa"),
    ("Thanh Hoá", "Thanh Hóa"),  # old tone placement
    ("tỉnh Thanh Hóa", "Thanh Hóa"),
    ("TỈNH THANH HÓA", "Thanh Hóa"),
    ("Khánh Hoà", "Khánh Hòa"),
    ("TP.HCM", "Hồ Chí Minh"),
    ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
    ("Tp Hồ Chí Minh", "Hồ Chí Minh"),
    ("thành phố  Hồ Chí Minh", "Hồ Chí Minh"),  # spacing
    ("BR-VT", "Bà Rịa - Vũng Tàu"),
    ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("TT-Huế", "Thừa Thiên Huế"),
    ("Đắc Lắc", "Đắk Lắk"),
    ("Bắc Cạn", "Bắc Kạn"),
])
def test_province_variants(name, province):
    assert province_of(name) == province


@pytest.mark.parametrize("name,province", [
    ("huyện Bá Thước", "Thanh Hóa"),
    ("Bá Thước", "Thanh Hóa"),
    ("Huyện Bá Thước", "Thanh Hóa"),
    ("thị xã Nghi Sơn", "Thanh Hóa"),
    ("huyện Tĩnh Gia", "Thanh Hóa"),  # former name of Nghi Sơn
    ("Quận 9", "Hồ Chí Minh"),  # former district, now part of Thủ Đức
    ("thành phố Thủ Đức", "Hồ Chí Minh"),
    ("TP. Vinh", "Nghệ An"),
    ("TP.Vinh", "Nghệ An"),
    ("quận Hoàn Kiếm", "Hà Nội"),
    ("thị xã Dĩ An", "Bình Dương"),  # its kind before it became a city
    ("Cư M'gar", "Đắk Lắk"),
    ("huyện Quảng Ninh", "Quảng Bình"),  # a huyện named like another province
    ("Quảng Ninh", "Quảng Ninh"),  # bare: the province wins
    ("thành phố Thanh Hóa", "Thanh Hóa"),
])
def test_districts(name, province):
    assert province_of(name) == province


@pytest.mark.parametrize("name,province", [
    ("huyện Đắk Hà", "Kon Tum"),  # Đắk, Đăk and Đak are all in use
    ("huyện Đăk Hà", "Kon Tum"),
    ("huyện Đak Đoa", "Gia Lai"),
    ("huyện Đăk Đoa", "Gia Lai"),
    ("Đắk Đoa", "Gia Lai"),
    ("huyện Ia H'Drai", "Kon Tum"),
    ("huyện Ia H' Drai", "Kon Tum"),
    ("huyện Đăk R'Lấp", "Đắk Nông"),
])
def test_district_spellings(name, province):
    assert province_of(name) == province


def test_provinces_that_became_centrally_run_cities_take_the_city_prefix():
    # Quảng Ninh is also a huyện of Quảng Bình: with "thành phố" it is still the province
    assert province_of("thành phố Quảng Ninh") == "Quảng Ninh"
    assert province_of("TP. Đồng Nai") == "Đồng Nai"
    assert spans("thành phố Quảng Ninh") == [("thành phố Quảng Ninh", "province", "Quảng Ninh")]
    assert province_of("thành phố Bắc Ninh") == "Bắc Ninh"


def test_unknown_names():
    assert province_of("") is None
    assert province_of("Cụm thi đua") is None
    assert province_of("huyện Không Có") is None


def test_ambiguous_district_needs_kind_or_context():
    assert province_of("Châu Thành") is None  # ten provinces had one
    assert province_of("huyện Châu Thành") is None
    assert province_of("huyện Châu Thành", context="Tiền Giang") == "Tiền Giang"
    assert province_of("huyện Châu Thành", context=["tỉnh Bến Tre", "Hà Nội"]) == "Bến Tre"
    assert province_of("huyện Châu Thành", context=["Bến Tre", "Trà Vinh"]) is None  # still two
    assert province_of("Kỳ Sơn") is None  # Nghệ An, and a former huyện of Hòa Bình
    assert province_of("Kỳ Sơn", context="Nghệ An") == "Nghệ An"
    # the kind word decides when only one candidate is of that kind
    assert province_of("huyện Hòa Bình") == "Bạc Liêu"
    assert province_of("thành phố Hòa Bình") == "Hòa Bình"
    assert province_of("Hòa Bình") == "Hòa Bình"  # bare: the province
    # context given as a post-merger name still picks the old province
    assert province_of("huyện Tân Phú", context="Đồng Nai") == "Đồng Nai"
    assert province_of("huyện Phú Tân", context="Cà Mau") == "Cà Mau"


# ---------------------------------------------------------------- dates and mergers

def test_in_force_merger_date():
    assert in_force("Bình Dương", date(2025, 6, 30)) == "Bình Dương"
    assert in_force("Bình Dương", date(2025, 7, 1)) == "Hồ Chí Minh"
    assert in_force("BR-VT", date(2026, 1, 1)) == "Hồ Chí Minh"
    assert in_force("Hà Giang", date(2025, 7, 1)) == "Tuyên Quang"
    assert in_force("Tiền Giang", date(2025, 9, 2)) == "Đồng Tháp"
    assert in_force("Bắc Kạn", date(2025, 7, 1)) == "Thái Nguyên"
    assert in_force("Thanh Hóa", date(2026, 1, 1)) == "Thanh Hóa"  # not merged
    assert in_force("Hà Nội", date(2010, 1, 1)) == "Hà Nội"


def test_in_force_hue():
    assert in_force("Thừa Thiên Huế", date(2024, 12, 31)) == "Thừa Thiên Huế"
    assert in_force("Thừa Thiên Huế", date(2025, 1, 1)) == "Huế"
    assert in_force("Huế", date(2024, 6, 1)) == "Thừa Thiên Huế"
    assert in_force("Huế", date(2025, 8, 1)) == "Huế"
    assert in_force("TT-Huế", date(2026, 1, 1)) == "Huế"


def test_in_force_a_merged_name_before_the_merger_is_the_old_province():
    assert in_force("Hồ Chí Minh", date(2024, 1, 1)) == "Hồ Chí Minh"
    assert in_force("Tuyên Quang", date(2020, 1, 1)) == "Tuyên Quang"


def test_in_force_rejects_a_non_province():
    with pytest.raises(ValueError):
        in_force("Bá Thước", date(2024, 1, 1))


def test_province_of_on_a_date():
    assert province_of("thị xã Dĩ An", on=date(2024, 1, 1)) == "Bình Dương"
    assert province_of("thị xã Dĩ An", on=date(2025, 7, 1)) == "Hồ Chí Minh"
    assert province_of("huyện Phú Lộc") == "Thừa Thiên Huế"
    assert province_of("huyện Phú Lộc", on=date(2025, 2, 1)) == "Huế"
    assert province_of("Yên Bái", on=date(2025, 7, 1)) == "Lào Cai"


# ---------------------------------------------------------------- find_places

def test_offsets_point_at_the_mention():
    text = ("Ngày 3/6, tại hội trường UBND huyện Bá Thước, Cụm thi đua số 2 của tỉnh Thanh Hóa "
            "gồm thị xã Nghi Sơn và các huyện Quan Hóa, Mường Lát đã họp; đại diện TP.HCM dự.")
    got = find_places(text)
    for p in got:
        assert isinstance(p, Place) and isinstance(p, tuple) and len(p) == 4
        assert text[p.start:p.end].strip() == text[p.start:p.end] != ""
    assert spans(text) == [
        ("huyện Bá Thước", "district", "Thanh Hóa"),
        ("tỉnh Thanh Hóa", "province", "Thanh Hóa"),
        ("thị xã Nghi Sơn", "district", "Thanh Hóa"),
        ("huyện Quan Hóa", "district", "Thanh Hóa"),  # "các huyện X, Y": the first takes the kind
        ("Mường Lát", "district", "Thanh Hóa"),
        ("TP.HCM", "province", "Hồ Chí Minh"),
    ]


def test_unit_names_holding_a_province():
    text = "Trường Cao đẳng Y tế Phú Yên và Báo Quảng Ngãi ký giao ước thi đua."
    assert spans(text) == [("Phú Yên", "province", "Phú Yên"), ("Quảng Ngãi", "province", "Quảng Ngãi")]


@pytest.mark.parametrize("text", [
    "Long Anh là tên một doanh nghiệp",  # Long An inside a longer word
    "Hà Nộii",
    "XHà Nội",
    "hòa bình và hữu nghị",  # a common word, not capitalised
    "thống nhất cao",
    "về xã Hòa Bình",  # a commune of that name
    "trụ sở ở đường Hà Nội",  # a street
    "ông Nguyễn Thái Bình",  # a person
    "ông Nguyễn Văn Lâm phát biểu",  # a person whose name holds a district's
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Đoàn TNCS Hồ Chí Minh",
    "số 12",
    "Vinh dự được đón",  # a one-word district name needs its kind word
    "Trường THCS Ngô Quyền, số 5 Hai Bà Trưng",  # districts named after people: kind word needed
    "tại Hội trường Thống Nhất",
    "kỷ niệm Chiến thắng Điện Biên Phủ",
    "Ảnh: THÁI BÌNH",  # a photo credit names a person
    "Bài và ảnh: Minh Tâm, TÂN KỲ",
    "sân bay Tân Sơn Nhất",  # a district name followed by a capitalised word is a longer name
    "doanh nghiệp ở Tân Hiệp",  # a common commune name alone
    "nhắc lại Tĩnh Gia",  # a former name needs its kind word
])
def test_no_false_matches(text):
    assert find_places(text) == []


def test_common_commune_names_count_as_districts_only_in_a_list_or_with_their_kind_word():
    assert spans("huyện Tân Hiệp") == [("huyện Tân Hiệp", "district", "Kiên Giang")]
    assert spans("các huyện Giồng Riềng, Tân Hiệp và Gò Quao") == [
        ("huyện Giồng Riềng", "district", "Kiên Giang"), ("Tân Hiệp", "district", "Kiên Giang"),
        ("Gò Quao", "district", "Kiên Giang")]
    assert spans("huyện Tĩnh Gia") == [("huyện Tĩnh Gia", "district", "Thanh Hóa")]
    assert spans("các quận 3, 5, Bình Thạnh, Phú Nhuận") == [
        ("quận 3", "district", "Hồ Chí Minh"), ("Bình Thạnh", "district", "Hồ Chí Minh"),
        ("Phú Nhuận", "district", "Hồ Chí Minh")]


def test_person_named_districts_with_their_kind_word():
    assert spans("quận Ngô Quyền, quận Hai Bà Trưng") == [
        ("quận Ngô Quyền", "district", "Hải Phòng"), ("quận Hai Bà Trưng", "district", "Hà Nội")]


def test_word_boundaries_on_numbered_districts():
    assert spans("Quận 10 và Quận 1.") == [("Quận 10", "district", "Hồ Chí Minh"),
                                           ("Quận 1", "district", "Hồ Chí Minh")]


def test_case_rules():
    assert spans("CỤM THI ĐUA TỈNH THANH HÓA") == [("TỈNH THANH HÓA", "province", "Thanh Hóa")]
    assert spans("Tỉnh Khánh Hoà") == [("Tỉnh Khánh Hoà", "province", "Khánh Hòa")]
    assert spans("tỉnh thanh hóa") == []  # the name itself must be capitalised
    assert spans("tp.hcm, br-vt") == []
    assert spans("Tp.HCM, tp. Hồ Chí Minh") == [("Tp.HCM", "province", "Hồ Chí Minh"),
                                                ("tp. Hồ Chí Minh", "province", "Hồ Chí Minh")]
    assert spans("HUYỆN BÁ THƯỚC") == [("HUYỆN BÁ THƯỚC", "district", "Thanh Hóa")]


def test_province_beats_district_on_the_same_span():
    assert spans("Quảng Ninh") == [("Quảng Ninh", "province", "Quảng Ninh")]
    assert spans("huyện Quảng Ninh") == [("huyện Quảng Ninh", "district", "Quảng Bình")]
    assert spans("TP. Hồ Chí Minh") == [("TP. Hồ Chí Minh", "province", "Hồ Chí Minh")]


def test_ambiguous_district_resolved_by_a_province_in_the_text():
    text = "Cụm thi đua gồm huyện Châu Thành, huyện Cai Lậy thuộc tỉnh Tiền Giang."
    assert spans(text)[0] == ("huyện Châu Thành", "district", "Tiền Giang")
    assert spans("huyện Châu Thành và huyện Phú Tân") == [
        ("huyện Châu Thành", "district", None), ("huyện Phú Tân", "district", None)]
    # the kind word alone may decide: Tân Phú is a huyện of Đồng Nai and a quận of Hồ Chí Minh
    assert spans("huyện Tân Phú, quận Tân Phú") == [
        ("huyện Tân Phú", "district", "Đồng Nai"), ("quận Tân Phú", "district", "Hồ Chí Minh")]
    # bare ambiguous names are not reported at all
    assert spans("Châu Thành, Tân Phú") == []


def test_bare_district_at_sentence_start_and_after_an_acronym():
    assert spans("Tại Bá Thước, UBND Mường Lát") == [
        ("Bá Thước", "district", "Thanh Hóa"), ("Mường Lát", "district", "Thanh Hóa")]


def test_curly_apostrophe():
    assert spans("huyện Cư M’gar") == [("huyện Cư M’gar", "district", "Đắk Lắk")]


def test_find_places_on_a_date():
    text = "Lãnh đạo thị xã Dĩ An và tỉnh Bình Dương, tỉnh Thừa Thiên Huế"
    assert [p.province for p in find_places(text, on=date(2024, 3, 1))] == [
        "Bình Dương", "Bình Dương", "Thừa Thiên Huế"]
    assert [p.province for p in find_places(text, on=date(2025, 8, 1))] == [
        "Hồ Chí Minh", "Hồ Chí Minh", "Huế"]


def test_length_changing_lowercase_keeps_offsets():
    text = "İİ tỉnh Nghệ An"
    (p,) = find_places(text)
    assert text[p.start:p.end] == "tỉnh Nghệ An"


def test_speed():
    G.load()
    para = ("Chiều 12/4, Cụm thi đua các huyện miền núi tỉnh Nghệ An họp tại huyện Con Cuông với "
            "các huyện Tương Dương, Quế Phong, Quỳ Châu và thị xã Thái Hòa; các đơn vị thống nhất "
            "bầu huyện Anh Sơn làm Cụm trưởng năm tới. ")
    text = (para * 40)[:5000]
    find_places(text)
    t = time.perf_counter()
    for _ in range(20):
        find_places(text)
    assert (time.perf_counter() - t) / 20 < 0.02  # about 1 ms here; a loose bound for slow CI


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐHLNQTBC àáạảãằếệỳ .,-'\n")
                                + ["tỉnh ", "huyện ", "Hà Nội", "Long An", "Bá Thước", "TP.", "Quận 1"]),
                max_size=40).map("".join))
def test_spans_are_well_formed(text):
    last = -1
    for p in find_places(text):
        assert 0 <= p.start < p.end <= len(text)
        assert p.start >= last  # left to right, not overlapping
        last = p.end
        assert p.start == 0 or not text[p.start - 1].isalnum()
        assert p.end == len(text) or not text[p.end].isalnum()
        assert p.kind in ("province", "district")


def test_province_of_township_needs_a_district_of_the_same_name():
    assert G.province_of_township("Chợ Gạo") == "Tiền Giang"
    # (named as in force on the day: Tiền Giang became part of Đồng Tháp in 2025)
    assert G.province_of_township("Chợ Gạo", date(2026, 1, 1)) == "Đồng Tháp"
    assert G.province_of_township("Phú Mỹ") is None  # (a town's name: no township is its seat)
    assert G.province_of_township("") is None


def test_province_of_communes_passes_over_one_unknown_name_of_four_or_more():
    known = ["Cảnh Dương", "Bảo Ninh", "Duy Ninh"]
    assert G.province_of_communes(known + ["Xã Không Có Thật"], date(2023, 5, 1)) == "Quảng Bình"
    # (two unknown names, or one of three, and no province)
    assert G.province_of_communes(known + ["Không Có A", "Không Có B"], date(2023, 5, 1)) is None
    assert G.province_of_communes(known[:2] + ["Không Có A"], date(2023, 5, 1)) is None
