"""The reviewer's page: escaping, overlapping spans, links between table and text, gold marks."""
import re

from tdkt_extract import extract
from tdkt_extract.cli import main
from tdkt_extract.render import render_html, render_page

TEXT = ("Cụm thi đua số 3 tổng kết năm 2023\n\nNgày 10/1/2024, tại Sở Nội vụ, Cụm thi đua số 3 tỉnh Thanh Hóa tổ chức "
        "Hội nghị tổng kết năm 2023. Ông Lê Văn An, Giám đốc Sở Nội vụ phát biểu <script>alert(1)</script>.")


def _record(evidence, **fields):
    rec = extract(TEXT).model_dump(mode="json")
    rec.update(fields)
    rec["evidence"] = evidence
    return rec


def test_article_text_and_values_are_escaped():
    page = render_html(TEXT, extract(TEXT))
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    rec = _record({"title": [[0, 34]]}, title='<img src=x onerror="alert(1)">')
    page = render_html(TEXT, rec)
    assert "<img src=x" not in page and "&lt;img src=x" in page


def test_overlapping_nested_and_adjacent_spans_keep_tags_balanced():
    ev = {"meeting.venue": [[52, 62]], "meeting.province": [[55, 70]], "cluster.name": [[64, 80]],
          "cluster.number": [[79, 80]], "title": [[0, 34]], "meeting.date": [[36, 50], [50, 52]]}
    page = render_html(TEXT, _record(ev))
    body = page.split("<body>", 1)[1]
    assert body.count("<span") == body.count("</span>")
    opened = re.findall(r'id="(ev-[\d-]+)"', page)
    assert len(opened) == len(set(opened)) == sum(len(v) for v in ev.values())
    assert 'class="hl g-meeting multi"' in page or 'class="hl g-cluster multi"' in page


def test_every_linked_row_points_at_an_existing_span():
    rec = extract(TEXT)
    page = render_html(TEXT, rec)
    ids = set(re.findall(r'id="(ev-[\d-]+)"', page))
    links = re.findall(r'href="#(ev-[\d-]+)"', page)
    assert links and set(links) <= ids
    assert 'data-path="meeting.venue"' in page
    assert "not stated" in page  # null fields are listed, not hidden


def test_gold_marks_matched_missed_and_extra():
    rec = extract(TEXT).model_dump(mode="json")
    gold = {k: v for k, v in rec.items() if k not in ("evidence", "warnings")}
    gold = {**gold, "meeting": {**gold["meeting"], "venue": "Hội trường tỉnh"},
            "cluster": {**gold["cluster"], "members": ["Sở Y tế"]}}
    page = render_html(TEXT, rec, gold=gold)
    assert re.search(r'data-path="meeting.date".*?status-matched', page)
    assert re.search(r'data-path="meeting.venue".*?status-extra', page)
    assert re.search(r'class="missed"><td>cluster.members\[\?\]</td><td>Sở Y tế</td>', page)


def test_batch_page_has_an_index_with_f1(tmp_path):
    rec = extract(TEXT).model_dump(mode="json")
    gold = {k: v for k, v in rec.items() if k not in ("evidence", "warnings")}
    page = render_page([("a", TEXT, rec, gold), ("b", TEXT, rec, None)])
    assert page.count('<section class="article"') == 2
    assert "F1 1.000" in page and 'href="#doc-1"' in page


def test_show_command(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "a.html"
    assert main(["show", str(f), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_many_spans_render_in_linear_time():
    import time
    text = "abc " * 30_000
    rec = _record({"title": [[i * 6, i * 6 + 3] for i in range(20_000)]})
    t0 = time.perf_counter()
    page = render_html(text, rec)
    assert time.perf_counter() - t0 < 10  # generous: linear is well under a second, quadratic took 14-28 s
    assert page.count('class="hl g-other"') == 20_000
