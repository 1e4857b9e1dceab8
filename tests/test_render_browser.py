"""The review page as a person sees it: headless Chromium renders it, takes a screenshot, and the
page's own DOM check reports every span highlighted, every row linked and no script error."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tdkt_extract import extract
from tdkt_extract.render import render_html

BROWSER = next((b for b in (shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium") if b and Path(b).exists()), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium installed (apt-get install chromium)")

TEXT = ("Khối thi đua các cơ quan Đảng sơ kết 6 tháng đầu năm 2024\n\nSáng 16/7/2024, tại Ban Tuyên giáo Tỉnh ủy, Khối thi đua "
        "các cơ quan Đảng tỉnh Hà Nam tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Khối thi đua gồm: Ban Tổ chức Tỉnh ủy "
        "(Trưởng khối), Ban Tuyên giáo Tỉnh ủy (Phó Trưởng khối), Văn phòng Tỉnh ủy. Bà Đinh Thị Thu, Trưởng ban Tổ chức "
        "Tỉnh ủy chủ trì hội nghị.\n\nLan Anh")


def _chromium(tmp_path, *args):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    return subprocess.run([BROWSER, *flags, *args], capture_output=True, text=True, timeout=120)


def test_page_renders_with_every_span_highlighted_and_every_row_linked(tmp_path):
    rec = extract(TEXT)
    page = tmp_path / "page.html"
    page.write_text(render_html(TEXT, rec), encoding="utf-8")
    shot = tmp_path / "page.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,1000", page.as_uri())
    assert shot.exists() and shot.stat().st_size > 10_000
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    check = re.search(r'<div id="selfcheck"[^>]*>', dom).group(0)
    attrs = dict(re.findall(r'data-([a-z-]+)="(\d+)"', check))
    assert attrs["errors"] == "0"
    assert int(attrs["evidence"]) == sum(len(v) for v in rec.evidence.values())  # every span has its element
    assert attrs["highlighted"] == attrs["evidence"]  # each span's element carries its highlight
    assert int(attrs["spans"]) > 10
    assert attrs["rows"] == attrs["rows-linked"] and int(attrs["rows"]) > 10
