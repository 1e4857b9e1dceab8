"""HTML metadata: headline and publication date from the page's head when the body gives none,
grounded in the HTML string (own examples)."""
import pytest

from tdkt_extract import extract
from tdkt_extract.html_meta import read_published, read_title

from conftest import check_grounding

BODY = ('<div class="content-detail"><p>Sáng 5/3, tại Sở Công Thương, Cụm thi đua số 2 tổ chức Hội nghị ký kết '
        'giao ước thi đua năm 2025. Tham dự có đại diện các đơn vị thành viên trong Cụm.</p></div>')


def page(head: str, body: str = BODY) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def test_title_and_date_from_the_head_are_grounded_in_the_html():
    html = page('<title>Cụm thi đua số 2 ký kết giao ước | Báo Tỉnh</title>'
                '<meta property="article:published_time" content="2025-03-06T08:15:00+07:00">')
    rec = extract(html).model_dump(mode="json")
    assert rec["title"] == "Cụm thi đua số 2 ký kết giao ước"
    assert rec["published"] == "2025-03-06"
    check_grounding(html, rec)
    a, b = rec["evidence"]["published"][0]
    assert html[a:b] == "2025-03-06"


def test_og_title_wins_over_title_and_entities_are_decoded():
    html = page('<title>Trang chủ</title><meta property="og:title" content="Khối thi đua &quot;Văn hóa - Xã hội&quot; sơ kết">')
    rec = extract(html).model_dump(mode="json")
    assert rec["title"] == 'Khối thi đua "Văn hóa - Xã hội" sơ kết'
    check_grounding(html, rec)


@pytest.mark.parametrize("title, site, expected", [
    ("Khối Văn hóa - Xã hội sơ kết - Cổng TTĐT Tỉnh", "Cổng TTĐT Tỉnh", "Khối Văn hóa - Xã hội sơ kết"),
    ("Cổng TTĐT Tỉnh - Khối Văn hóa - Xã hội sơ kết", "Cổng TTĐT Tỉnh", "Khối Văn hóa - Xã hội sơ kết"),
    # without a known site name, a " - " may be the headline's own: nothing is cut
    ("Khối Văn hóa - Xã hội sơ kết", None, "Khối Văn hóa - Xã hội sơ kết"),
    # the site name known from the copyright line only
    ("Khối Văn hóa - Xã hội sơ kết - Báo Miền Núi", "©", "Khối Văn hóa - Xã hội sơ kết"),
    # a bar separates the site: the longest segment is the headline
    ("Tin tức | Cụm thi đua số 4 tổng kết năm 2024 | Sở Nội vụ", None, "Cụm thi đua số 4 tổng kết năm 2024"),
])
def test_the_site_name_is_cut_from_the_title(title, site, expected):
    head = f"<title>{title}</title>" + (f'<meta property="og:site_name" content="{site}">' if site and site != "©" else "")
    html = page(head, BODY + ("<footer>Bản quyền © Báo Miền Núi. Ghi rõ nguồn.</footer>" if site == "©" else ""))
    meta = read_title(html)
    assert meta.value == expected
    assert html[meta.start:meta.end] == expected


@pytest.mark.parametrize("head, body, expected", [
    ('<meta name="pubdate" content="06/03/2025 08:15">', "", "2025-03-06"),
    ('<meta itemprop="datePublished" content="2025-03-06">', "", "2025-03-06"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-06T08:00:00Z"}</script>',
     "", "2025-03-06"),
    ("", '<time datetime="2025-03-06T08:00" pubdate>6/3</time>', "2025-03-06"),
    # a <time> not marked as the publication (a comment's, a related item's) is not the page's date
    ("", '<time datetime="2025-01-01">1/1</time>', None),
    # a date line marked by its class; the related list's dates below it are not the page's
    ("", '<div class="post-date">Thứ năm, 06/03/2025 08:15</div><ul><li>Tin cũ <span>01/01/2024</span></li></ul>', "2025-03-06"),
    ("", '<ul><li>Tin cũ <span>01/01/2024</span></li></ul>', None),
    ('<meta property="article:published_time" content="2025-02-31">', "", None),  # not a calendar date
])
def test_publication_date_forms(head, body, expected):
    meta = read_published(page(head, body))
    assert (meta.value if meta else None) == expected


def test_what_the_body_states_is_kept():
    html = page('<title>Tiêu đề khác | Báo</title><meta property="article:published_time" content="2020-01-01">',
                "<h1>Cụm thi đua số 2 ký kết giao ước năm 2025</h1><p>07/03/2025 08:15</p>" + BODY)
    rec = extract(html)
    assert (rec.title, rec.published) == ("Cụm thi đua số 2 ký kết giao ước năm 2025", "2025-03-07")


def test_plain_text_is_not_read_for_meta():
    text = '<meta property="og:title" content="X"> is how a page states its title.'
    assert extract(text, html=False).title != "X"
