"""A text run together on one line (an archive's export, a CSV cell, a scraper's text of a page's paragraphs joined
with spaces) reads as the same article in paragraphs: its headline, the page's date, the lead and the byline each
stand apart again. The articles here are invented."""
from __future__ import annotations

import pytest

from record_views import blocks
from tdkt_extract import extract

PARAGRAPHS = [
    "Khối thi đua các cơ quan Nội chính tỉnh Hà Giang tổng kết công tác thi đua năm 2023",
    "Thứ Năm, 21/12/2023 15:40 (GMT+7)",
    "Chiều 20/12, tại Hội trường Công an tỉnh, Khối thi đua các cơ quan Nội chính tỉnh tổ chức Hội nghị tổng kết công "
    "tác thi đua, khen thưởng năm 2023. Đồng chí Lê Văn Hùng, Giám đốc Công an tỉnh, Khối trưởng chủ trì hội nghị.",
    "Khối thi đua gồm 6 cơ quan: Công an tỉnh, Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh, Thanh tra tỉnh, "
    "Sở Tư pháp và Cục Thi hành án dân sự tỉnh. Năm 2023, các cơ quan trong Khối đã hoàn thành tốt nhiệm vụ được "
    "giao, nhiều chỉ tiêu vượt kế hoạch đề ra.",
    "Tại hội nghị, đồng chí Trần Thị Mai, Phó Chánh án Tòa án nhân dân tỉnh phát biểu ý kiến về phương hướng năm 2024. "
    "Hội nghị đã bầu Tòa án nhân dân tỉnh làm Khối trưởng năm 2024.",
    "Phạm Quang Huy",
]


def _article(sep: str) -> str:
    return sep.join(PARAGRAPHS)


def test_a_run_together_text_reads_as_its_paragraphs():
    in_lines, run_together = extract(_article("\n\n")), extract(_article(" "))
    for r in (in_lines, run_together):
        assert r.title == PARAGRAPHS[0]
        assert str(r.published) == "2023-12-21"
        assert str(r.meeting.date) == "2023-12-20"
        assert r.meeting.venue == "Hội trường Công an tỉnh"
        assert r.cluster.chair.organization == "Công an tỉnh"
        assert r.cluster.next_chair.organization == "Tòa án nhân dân tỉnh"
        assert r.author == "Phạm Quang Huy"
        assert len(r.cluster.members) == 6
    assert run_together.model_dump(exclude={"evidence"}) == in_lines.model_dump(exclude={"evidence"})


def test_evidence_points_into_the_run_together_text():
    text = _article(" ")
    r = extract(text)
    a, b = r.evidence["meeting.venue"][0]
    assert text[a:b] == "Hội trường Công an tỉnh"
    a, b = r.evidence["author"][0]
    assert text[a:b] == "Phạm Quang Huy"


def _blocks(text: str) -> list[str]:
    return [b for _kind, b in blocks(text)]


@pytest.mark.parametrize("date", ["Sáng ngày 15/7", "Ngày 15 tháng 7 năm 2024", "Thực hiện Kế hoạch số 12/KH-CTĐ, sáng 15/7",
                                  "Sáng nay (15/7)"])
def test_the_headline_run_into_the_lead_stands_alone(date):
    body = (date + ", tại thành phố Lào Cai, Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. "
            "Các đơn vị trong Cụm đã hoàn thành tốt nhiệm vụ. Hội nghị thống nhất nội dung thi đua. Cụm trưởng là Sở A. "
            "Các đơn vị đã ký giao ước thi đua. Hội nghị diễn ra thành công. ") * 2
    blocks = _blocks("Cụm thi đua số 3 sơ kết công tác thi đua 6 tháng đầu năm 2024 " + body + "Thu Hà")
    assert blocks[0] == "Cụm thi đua số 3 sơ kết công tác thi đua 6 tháng đầu năm 2024"
    assert blocks[1].startswith(date + ", tại thành phố Lào Cai")
    assert blocks[-1] == "Thu Hà"


@pytest.mark.parametrize("abbrev", ["TP. Hồ Chí Minh", "TS. Nguyễn Văn An", "Q. Ba Đình"])
def test_an_abbreviation_ends_no_paragraph(abbrev):
    filler = "Các đơn vị trong Cụm đã hoàn thành tốt các chỉ tiêu được giao trong năm qua. " * 8
    blocks = _blocks(filler + f"Hội nghị có đại diện {abbrev} dự và phát biểu. " + filler)
    assert any(f"đại diện {abbrev} dự" in b for b in blocks)


def test_a_text_in_paragraphs_keeps_its_lines():
    # a long paragraph beside others is no text run together: its sentences stay one block
    long_paragraph = "Các đơn vị trong Cụm đã hoàn thành tốt các chỉ tiêu được giao trong năm qua. " * 10
    text = "\n".join(["Tiêu đề bài viết về Cụm thi đua số 5", long_paragraph.strip(), "Đoạn thứ hai của bài. " * 30, "Minh Anh"])
    assert long_paragraph.strip() in _blocks(text)


def test_the_byline_before_a_list_of_other_articles_stands_alone():
    text = _article(" ") + " Xem thêm Cụm thi đua số 5 ký kết giao ước thi đua năm 2024"
    assert extract(text).author == "Phạm Quang Huy"


def test_a_date_sentence_before_the_meeting_sentence_dates_it_in_a_text_run_together():
    # (one paragraph with no line break: its sentences, cut into blocks, still read as one paragraph)
    filler = "Các đơn vị trong Khối đã hoàn thành tốt các chỉ tiêu được giao trong năm qua. " * 6
    text = ("Khối thi đua số 6 ký kết giao ước thi đua năm 2024 Sáng ngày 28/3/2024, tại Hà Nội. Khối thi đua số 6 đã tổ chức "
            "lễ ký kết giao ước thi đua năm 2024. " + filler)
    r = extract(text)
    assert str(r.meeting.date) == "2024-03-28"
    assert r.meeting.venue == "Hà Nội"


def test_a_sources_tag_before_the_lead_stays_with_it():
    filler = "Các đơn vị trong Khối đã hoàn thành tốt các chỉ tiêu được giao trong năm qua. " * 6
    blocks = _blocks("(baotinh.vn) – Tại huyện Tân Phú, Khối thi đua các huyện tổ chức hội nghị tổng kết năm 2023. " + filler)
    assert blocks[0].startswith("(baotinh.vn) - Tại huyện Tân Phú")


@pytest.mark.parametrize("tag", ["(Baotinh.vn) - Tại", "(BTN) - Tại", "(BTN) Sáng 15/7, tại"])
def test_a_papers_tag_after_the_headline_opens_the_lead(tag):
    filler = "Các đơn vị trong Cụm đã hoàn thành tốt các chỉ tiêu được giao trong năm qua. " * 6
    head = "Cụm thi đua số 3 sơ kết công tác thi đua 6 tháng đầu năm 2024"
    text = f"{head} {tag} thành phố Lào Cai, Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. " + filler
    assert extract(text).title == head
    # (an abbreviation a name spells out, a capital after it, stays in the name)
    text = ("Sáng 15/7, tại quận Ba Đình, Cụm thi đua số 3 Hội Chữ thập đỏ (CTĐ) Thành phố gồm Hội CTĐ các quận tổ chức hội "
            "nghị sơ kết. " + filler)
    assert not any(b.startswith("(CTĐ)") for b in _blocks(text))


@pytest.mark.parametrize("stamp", ["(16/07/2024)", "16.07.2024", "16-07-2024 10:07", "Thứ ba - 16/07/2024 21:00",
                                   "Thứ Ba, ngày 16/07/2024", "16/07/2024 - 07:22 -"])
def test_the_pages_date_stamp_between_headline_and_lead_stands_alone(stamp):
    filler = "Các đơn vị trong Cụm đã hoàn thành tốt các chỉ tiêu được giao trong năm qua. " * 6
    head = "Cụm thi đua số 3 sơ kết công tác thi đua 6 tháng đầu năm 2024"
    for lead in ("Ngày 15/7, tại thành phố Lào Cai, Cụm thi đua số 3", "Cụm thi đua số 3 vừa"):
        r = extract(f"{head} {stamp} {lead} tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 tại thành phố Lào Cai. " + filler)
        assert (r.title, str(r.published)) == (head, "2024-07-16"), lead
    # (a date the lead tells is no stamp)
    r = extract(f"{head} Sáng 15/7/2024 Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. " + filler)
    assert r.published is None
