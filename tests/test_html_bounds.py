"""HTML input is bounded by design: deep nesting is caught before the parser, and the main-text
search visits each node once."""
import time

import pytest

pytest.importorskip("selectolax")

from tdkt_extract import extract  # noqa: E402
from tdkt_extract.errors import EmptyInputError  # noqa: E402
from tdkt_extract.html_input import MAX_DEPTH, nesting_depth, prepare  # noqa: E402

GUARD_S = 30.0  # generous: the benchmark's limit is 2 s; this only catches a return to quadratic time
BODY = ("<p>Ngày 20/6/2025, tại Sở Khoa học và Công nghệ, Cụm thi đua số 9 tổ chức Hội nghị sơ kết "
        "6 tháng đầu năm 2025.</p><p>Bà Đỗ Thị Mai, Giám đốc Sở Khoa học và Công nghệ, phát biểu.</p>")


def test_nesting_depth_counts_what_the_parser_would_stack():
    assert nesting_depth("<div><div><p>a<p>b<br><img src=x></div></div>") == 2
    assert nesting_depth("<ul>" + "<li>x" * 500 + "</ul>") == 1  # a new <li> closes the last
    assert nesting_depth("<span/>" * 1000) == 0
    assert nesting_depth("<div>" * 10_000) == MAX_DEPTH + 1  # stops counting past the cap


@pytest.mark.parametrize("page", [
    "<article>" * 11_000 + "<p>x</p>" * 11_000,
    "<div>" * 399_000,
])
def test_deeply_nested_pages_finish_fast(page):
    t0 = time.perf_counter()
    try:
        rec = extract(page)
        assert any(w.code == "html_not_parsed" and "nest more than" in w.message for w in rec.warnings)
    except EmptyInputError:
        pass
    assert time.perf_counter() - t0 < GUARD_S


def test_a_deep_page_is_still_read_as_text_with_spans_into_it():
    page = "<html><body>" + "<div>" * 400 + BODY + "</div>" * 400 + "</body></html>"
    rec = extract(page)
    assert rec.cluster.number == 9 and rec.meeting.date == "2025-06-20"
    assert any(w.code == "html_not_parsed" and "nest more than" in w.message for w in rec.warnings)
    a, b = rec.evidence["cluster.name"][0]
    assert page[a:b] == "Cụm thi đua số 9"


def test_nested_candidates_pick_the_one_with_the_paragraphs():
    # a site-wide .content holding a menu, and the article's own .article-content inside it
    page = ("<html><body><div class='content'><div class='menu'>" + "<p>Trang chủ</p>" * 3 + "</div>"
            "<div class='article-content'><h1>Sơ kết Cụm thi đua số 9</h1>" + BODY * 2 + "</div></div>"
            "<div class='article'><p>Tin liên quan: Cụm thi đua số 4 họp.</p></div></body></html>")
    norm = prepare(page)
    assert "Cụm thi đua số 9 tổ chức" in norm.text and "Tin liên quan" not in norm.text


def test_many_nested_candidates_stay_linear():
    page = "<html><body>" + "<section>" * 200 + BODY * 500 + "</section>" * 200 + "</body></html>"
    t0 = time.perf_counter()
    rec = extract(page, max_chars=5_000_000)
    assert time.perf_counter() - t0 < GUARD_S
    assert rec.cluster.number == 9
