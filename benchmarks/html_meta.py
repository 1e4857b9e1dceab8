"""HTML pages: tdkt_extract's own readers against htmldate (publication date) and trafilatura
(title, date, main text), for accuracy and milliseconds per page.

The pages are built here from the gold fixtures (and ../shared/corpus/dev when present): each
article's text without its headline line, wrapped in one of four page layouts that state the
headline and a publication date in the ways portals do (og:title, <title> with the site name
before or after, article:published_time, JSON-LD, a visible date line, <time pubdate>), with
menus, a footer and a related-news list of other articles' headlines. The truth is what the
layout wrote. Main text: the record's micro-F1 against gold when the text comes from
tdkt_extract's selectolax reader or from trafilatura.extract.

    .venv/bin/pip install htmldate trafilatura lxml_html_clean   # only for this comparison
    .venv/bin/python benchmarks/html_meta.py
"""
from __future__ import annotations

import datetime as dt
import html
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITE = "Cổng thông tin điện tử tỉnh"


def articles():
    dirs = [ROOT / "fixtures", ROOT.parent / "shared" / "corpus" / "dev"]
    for d in dirs:
        for js in sorted(d.glob("*.json")) if d.is_dir() else []:
            txt = js.with_suffix(".txt")
            if txt.exists():
                yield js.stem, txt.read_text(encoding="utf-8"), json.loads(js.read_text(encoding="utf-8"))


def _day(gold: dict, k: int) -> str:
    """A publication date for the page: the gold one, else a day after the meeting, else a fixed day."""
    for v in (gold.get("published"), (gold.get("meeting") or {}).get("date")):
        if v and len(v) == 10:
            d = dt.date.fromisoformat(v)
            return (d if v == gold.get("published") else d + dt.timedelta(days=1)).isoformat()
    return (dt.date(2024, 6, 1) + dt.timedelta(days=k)).isoformat()


def page(k: int, text: str, title: str, day: str, others: list[str]) -> str:
    e = html.escape
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and ln.strip() != title]
    body = "".join(f"<p>{e(ln)}</p>" for ln in lines)
    y, m, d = day.split("-")
    related = "<aside><h3>Tin liên quan</h3><ul>" + "".join(
        f'<li><a href="/t/{i}">{e(o)}</a> <time datetime="2023-0{1 + i % 9}-1{i % 9}">1{i % 9}/0{1 + i % 9}/2023</time></li>'
        for i, o in enumerate(others)) + "</ul></aside>"
    chrome = '<nav>Trang chủ | Tin tức | Sự kiện | Liên hệ</nav>'
    foot = f"<footer>Bản quyền © {SITE}. Ghi rõ nguồn khi phát hành lại.</footer>"
    layout = k % 4
    if layout == 0:
        head = (f"<title>{e(title)} | {SITE}</title><meta property=\"og:site_name\" content=\"{SITE}\">"
                f"<meta property=\"og:title\" content=\"{e(title)}\">"
                f"<meta property=\"article:published_time\" content=\"{day}T08:15:00+07:00\">")
        main = f'<article class="article-content">{body}</article>'
    elif layout == 1:
        head = (f"<title>{SITE} - {e(title)}</title><meta property=\"og:site_name\" content=\"{SITE}\">"
                f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{day}T07:00:00+07:00"}}</script>')
        main = f'<div class="content-detail">{body}</div>'
    elif layout == 2:
        head = f"<title>{e(title)}</title>"
        main = f'<div class="news-detail"><div class="date">Thứ năm, {d}/{m}/{y} 08:15</div>{body}</div>'
    else:
        head = f"<title>{e(title)} - {SITE}</title>"
        main = f'<div class="detail"><time datetime="{day}T09:00" pubdate>{d}/{m}/{y}</time>{body}</div>'
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>{chrome}'
            f"{main}{related}{foot}</body></html>")


def timed(fn, pages):
    t0 = time.perf_counter()
    out = [fn(p) for p in pages]
    return out, 1000 * (time.perf_counter() - t0) / len(pages)


def main() -> int:
    import htmldate
    import trafilatura

    from tdkt_extract import extract
    from tdkt_extract.html_input import prepare
    from tdkt_extract.html_meta import read_published, read_title
    from tdkt_extract.scoring import Tally, key, score_record

    docs = list(articles())
    titles = [g.get("title") or "" for _, _, g in docs]
    pages, truth = [], []
    for k, (name, text, gold) in enumerate(docs):
        others = [t for t in titles[k + 1:k + 6] if t]
        day = _day(gold, k)
        pages.append(page(k, text, gold.get("title") or "", day, others))
        truth.append((gold.get("title"), day, gold))
    print(f"{len(pages)} pages from {len(docs)} gold articles, 4 layouts")

    def title_acc(values):
        pairs = [(v, t) for v, (t, _, _) in zip(values, truth) if t]
        return sum(key(v or "") == key(t) for v, t in pairs) / len(pairs)

    def date_acc(values):
        return sum(v == d for v, (_, d, _) in zip(values, truth)) / len(truth)

    rows = []
    ours_t, ms_t = timed(lambda p: (m.value if (m := read_title(p)) else None), pages)
    ours_d, ms_d = timed(lambda p: (m.value if (m := read_published(p)) else None), pages)
    rows.append(("tdkt_extract html_meta", title_acc(ours_t), date_acc(ours_d), ms_t + ms_d))
    recs, ms_rec = timed(lambda p: extract(p, html=True), pages)
    rows.append(("tdkt_extract extract() (body, then head)", title_acc([r.title for r in recs]),
                 date_acc([r.published for r in recs]), ms_rec))
    hd, ms_hd = timed(lambda p: htmldate.find_date(p, original_date=True, outputformat="%Y-%m-%d"), pages)
    rows.append(("htmldate.find_date (date only)", None, date_acc(hd), ms_hd))
    tm, ms_tm = timed(lambda p: trafilatura.extract_metadata(p), pages)
    rows.append(("trafilatura.extract_metadata", title_acc([m.title if m else None for m in tm]),
                 date_acc([m.date if m else None for m in tm]), ms_tm))
    print(f"\n{'reader':44s} {'title':>6s} {'date':>6s} {'ms/page':>8s}")
    for name, ta, da, ms in rows:
        print(f"{name:44s} {'-' if ta is None else f'{ta:.3f}':>6s} {da:6.3f} {ms:8.2f}")
    # which layouts each reader misses (layout k % 4, as built by page())
    per = {"html_meta": (ours_t, ours_d), "htmldate": (None, hd),
           "trafilatura": ([m.title if m else None for m in tm], [m.date if m else None for m in tm])}
    print("\nright per layout (title / date), layouts 0-3:")
    for name, (ts, ds) in per.items():
        cells = []
        for lay in range(4):
            idx = [i for i in range(len(pages)) if i % 4 == lay]
            tt = "-" if ts is None else str(sum(bool(truth[i][0]) and key(ts[i] or "") == key(truth[i][0]) for i in idx))
            cells.append(f"{tt}/{sum(ds[i] == truth[i][1] for i in idx)} of {len(idx)}")
        print(f"  {name:12s} " + "   ".join(cells))

    # main text: the record read from the page by the selectolax reader, or from trafilatura's text
    _, ms_sel = timed(prepare, pages)
    txts, ms_tra = timed(lambda p: trafilatura.extract(p, include_comments=False, include_tables=True) or "", pages)
    t_sel, t_tra = Tally(), Tally()
    for rec, txt, (_, _, gold) in zip(recs, txts, truth):
        t_sel.merge(score_record(gold, rec.model_dump(mode="json")))
        try:
            pred = extract(txt, html=False).model_dump(mode="json")
        except ValueError:  # trafilatura found no text
            pred = {}
        t_tra.merge(score_record(gold, pred))
    print(f"\n{'main text':44s} {'F1':>6s} {'ms/page':>8s}")
    print(f"{'selectolax (tdkt_extract html_input)':44s} {t_sel.micro()[2]:6.3f} {ms_sel:8.2f}")
    print(f"{'trafilatura.extract':44s} {t_tra.micro()[2]:6.3f} {ms_tra:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
