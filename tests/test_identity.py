"""Cluster identity: which mentions are linked to one cluster, which are kept apart, and why."""
import pytest

pytest.importorskip("rapidfuzz", reason="the db extra is not installed")

from tdkt_extract.store.identity import Mention, canonical_name, link, parse, parse_query  # noqa: E402


def groups(mentions):
    clusters, of = link(mentions)
    return clusters, {frozenset(m.name + "|" + str(m.province) + "|" + str(m.article) for m in c.mentions): c for c in clusters}


def test_parse_reads_roman_numbers_and_the_province_from_the_name():
    assert parse(Mention("cụm thi đua số III", "cum", None, "Thanh Hóa")) == parse(Mention("Cụm 3", "cum", 3, "Thanh Hóa"))
    p = parse(Mention("Cụm thi đua số 7 tỉnh Cao Bằng", None, None, None))
    assert (p.kind, p.number, p.province, p.descriptor) == ("cum", 7, "Cao Bằng", "")
    p = parse(Mention("Cụm I - Các doanh nghiệp Trung ương", "cum", 1, "Lạng Sơn"))
    assert (p.number, p.descriptor) == (1, "cac doanh nghiep trung uong")
    assert parse_query("Khối thi đua các cơ quan Nội chính", "Nghệ An").descriptor == "cac co quan noi chinh"
    assert parse_query("Cụm thi đua số 3", "Thanh Hoá").province == "Thanh Hóa"  # the old tone placement too
    # a Roman numeral only in capitals or after "số": "vì" (for) is not 6
    p = parse(Mention("Cụm thi đua vì an ninh Tổ quốc", "cum", None, "Nghệ An"))
    assert (p.number, p.descriptor) == (None, "vi an ninh to quoc")
    assert parse(Mention("Cụm VI - Các doanh nghiệp", "cum", None, "Nghệ An")).number == 6


def test_three_ways_of_writing_one_cluster_are_linked():
    ms = [Mention("Cụm thi đua số 3", "cum", 3, "Thanh Hóa"), Mention("Cụm 3", "cum", 3, "Thanh Hóa"),
          Mention("cụm thi đua số III", "cum", None, "Thanh Hóa")]
    clusters, of = link(ms)
    assert len(clusters) == 1 and set(of.values()) == {"cum-3-thanh-hoa"} and not clusters[0].notes
    assert canonical_name(clusters[0]) == "Cụm thi đua số 3"


def test_province_and_kind_keep_clusters_apart():
    ms = [Mention("Cụm thi đua số 3", "cum", 3, "Thanh Hóa"), Mention("Cụm thi đua số 3", "cum", 3, "Hà Tĩnh"),
          Mention("Khối thi đua số 3", "khoi", 3, "Thanh Hóa")]
    clusters, of = link(ms)
    assert sorted(of.values()) == ["cum-3-ha-tinh", "cum-3-thanh-hoa", "khoi-3-thanh-hoa"]


def test_descriptors_written_differently_are_linked_and_near_misses_are_noted():
    ms = [Mention("Khối thi đua các cơ quan Văn hóa - Xã hội", "khoi", None, "Nghệ An"),
          Mention("Khối thi đua các cơ quan văn hoá xã hội", "khoi", None, "Nghệ An"),
          Mention("Khối thi đua các cơ quan Văn hóa - Xã hội - Môi trường", "khoi", None, "Nghệ An")]
    clusters, of = link(ms)
    assert of[ms[0]] == of[ms[1]] != of[ms[2]]
    kept = next(c for c in clusters if ms[2] in c.mentions)
    assert any("may be the same as 'Khối thi đua các cơ quan Văn hóa - Xã hội'" in n and "< 90" in n for n in kept.notes)


def test_one_number_with_two_descriptors_stays_two_clusters_and_a_bare_number_joins_neither():
    ms = [Mention("Cụm thi đua số 1 - Các doanh nghiệp", "cum", 1, "Lạng Sơn"),
          Mention("Cụm thi đua số 1 - Các sở, ngành kinh tế", "cum", 1, "Lạng Sơn"),
          Mention("Cụm thi đua số 1", "cum", 1, "Lạng Sơn")]
    clusters, of = link(ms)
    assert len(set(of.values())) == 3
    bare = next(c for c in clusters if ms[2] in c.mentions)
    assert "alone matches 2 clusters" in bare.notes[0]
    # with one descriptor only, the bare number is that cluster
    clusters, of = link(ms[:1] + ms[2:])
    assert len(set(of.values())) == 1


def test_a_number_without_province_or_descriptor_stands_alone():
    ms = [Mention("Cụm thi đua số 5", "cum", 5, None, "a.txt"), Mention("Cụm thi đua số 5", "cum", 5, None, "b.txt"),
          Mention("Cụm thi đua số 5", "cum", 5, "Nghệ An")]
    clusters, of = link(ms)
    assert len(set(of.values())) == 3
    alone = [c for c in clusters if c.province is None]
    assert all("stands alone" in c.notes[0] and "may be cum-5-nghe-an" in c.notes[-1] for c in alone)
    # a descriptor without a province is enough to link (multi-province clusters have none)
    ms = [Mention("Cụm thi đua các tỉnh Tây Bắc", "cum", None, None), Mention("Cụm thi đua các tỉnh Tây Bắc", "cum", None, None)]
    assert len(set(link(ms)[1].values())) == 1


def test_ids_are_stable_and_distinct():
    ms = [Mention("Cụm thi đua số 1 - Các doanh nghiệp", "cum", 1, "Lạng Sơn"),
          Mention("Cụm thi đua số 1 - Các sở, ngành kinh tế", "cum", 1, "Lạng Sơn")]
    a, b = link(ms)[1], link(list(reversed(ms)))[1]
    assert a == b and len(set(a.values())) == 2
