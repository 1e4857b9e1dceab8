"""HTML pages and fragments: main text found with a real parser, evidence into the HTML string."""
import pytest

from tdkt_extract import extract
from tdkt_extract.html_input import looks_like_html

from conftest import check_grounding

pytest.importorskip("selectolax")

PAGE = """<!DOCTYPE html><html><head><title>Cổng thông tin</title>
<script>var menu = "<p>Cụm thi đua số 99 tổ chức Hội nghị</p>";</script><style>p {color: red}</style></head>
<body><header><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav></header>
<div class="content-detail"><h1>Cụm thi đua số 6 tổng kết năm 2023</h1>
<p>Sáng 12/1/2024, tại Công ty Cổ phần Cảng Quy Nhơn, Cụm thi đua số 6 tỉnh Bình Định tổ chức Hội nghị tổng kết
công tác thi đua, khen thưởng năm 2023.</p>
<p>Dự hội nghị có ông Nguyễn Văn Đức, Phó Trưởng Ban Thi đua &ndash; Khen thưởng, Sở Nội vụ.</p>
<p>Hội nghị đã bầu Công ty Cổ phần Dược Bình Định làm Cụm trưởng năm 2024 &amp; ký kết giao ước thi đua.</p>
<p><strong>Minh Hải</strong></p></div>
<aside><p>Tin liên quan: Cụm thi đua số 2 trao Cờ thi đua của Chính phủ cho Công ty A</p></aside>
<footer>Bản quyền &copy; 2024</footer></body></html>"""


def test_page_is_detected_and_read():
    assert looks_like_html(PAGE)
    r = extract(PAGE)
    d = r.model_dump(mode="json")
    check_grounding(PAGE, d)
    assert r.title == "Cụm thi đua số 6 tổng kết năm 2023"
    assert r.meeting.date == "2024-01-12" and r.meeting.venue == "Công ty Cổ phần Cảng Quy Nhơn"
    assert r.cluster.number == 6 and r.meeting.province == "Bình Định"
    assert [p.name for p in r.people] == ["Nguyễn Văn Đức", "Minh Hải"]
    assert r.people[0].title == "Phó Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ"
    assert r.cluster.next_chair.organization == "Công ty Cổ phần Dược Bình Định"
    assert r.awards == []  # the aside's related-news line is not this meeting's
    a, b = r.evidence["meeting.venue"][0]
    assert PAGE[a:b] == "Công ty Cổ phần Cảng Quy Nhơn"


def test_fragment_and_forcing():
    frag = "<p>Ngày 9/7/2024, tại Sở Nội vụ, Cụm thi đua số 3 tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024.</p>"
    r = extract(frag, html=True)
    assert r.meeting.venue == "Sở Nội vụ" and r.cluster.number == 3


def test_plain_text_with_a_less_than_sign_is_not_html():
    text = "Ngày 9/7/2024, tại Sở Nội vụ, Cụm thi đua số 3 (tỷ lệ < 5%) tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024."
    assert not looks_like_html(text)
    assert extract(text).cluster.number == 3


def test_mojibake_is_repaired_with_offsets_into_the_damaged_text():
    good = "Ngày 9/7/2024, tại Sở Nội vụ, Cụm thi đua số 3 tỉnh Thanh Hóa tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024."
    bad = good.encode("utf-8").decode("cp1252", errors="replace")
    r = extract(bad)
    assert r.meeting.venue == "Sở Nội vụ" and r.meeting.province == "Thanh Hóa"
    a, b = r.evidence["meeting.venue"][0]
    assert bad[a:b].encode("cp1252").decode("utf-8") == "Sở Nội vụ"
