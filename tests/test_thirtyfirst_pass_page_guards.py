"""Guards on the thirty-first pass's page reading, each on an invented page: the article's own text under a related box in
its middle, a comment counter by the headline, two writers and their province, and a breadcrumb's last step read as the
headline only when it is one."""

import pytest

HEAD = "Cụm thi đua số 6 tổng kết công tác thi đua, khen thưởng năm 2023\n"
LEAD = ("Sáng 16/01/2024, tại Hội trường UBND huyện Krông Pắc, Cụm thi đua số 6 tỉnh Đắk Lắk tổ chức hội nghị tổng kết "
        "công tác thi đua, khen thưởng năm 2023 và ký kết giao ước thi đua năm 2024.\n")
BOX = "Tin liên quan\nCụm thi đua số 2 ký kết giao ước thi đua năm 2024\n"
TAIL = "Hội nghị đã suy tôn UBND huyện Ea Kar dẫn đầu phong trào thi đua năm 2023.\n"


@pytest.mark.parametrize("foot", ["Bài và ảnh: Hồng Vân\n", "Nguyễn Thị Hồng Vân\n", "Hồng Vân - 17/01/2024\n", "Chia sẻ\nHồng Vân\n",
                                  ""])
def test_the_articles_last_paragraph_under_a_related_box_in_its_middle_is_read(rec, foot):
    r = rec(HEAD + LEAD + BOX + TAIL + foot)
    assert [x["organization"] for x in r["rankings"]] == ["UBND huyện Ea Kar"]
    if foot and "Chia" not in foot:
        assert r["author"] is not None


def test_the_articles_paragraphs_between_captions_under_a_related_box_are_read(rec):
    r = rec(HEAD + LEAD + BOX + "Ông Y Ngông Niê phát biểu tại hội nghị\n" + TAIL
            + "Các đại biểu chụp ảnh lưu niệm\nDịp này, hội nghị cũng bầu UBND huyện Cư Kuin làm Cụm trưởng năm 2024.\n")
    assert [x["organization"] for x in r["rankings"]] == ["UBND huyện Ea Kar"]
    assert r["cluster"]["next_chair"]["organization"] == "UBND huyện Cư Kuin"


def test_a_dated_related_list_with_teasers_at_the_foot_is_still_chrome(rec):
    r = rec(HEAD + LEAD + "Tin liên quan\nCụm thi đua số 2 ký kết giao ước thi đua năm 2024 (05/01/2024)\n" + TAIL)
    assert r["rankings"] == []


COUNTER_PAGE = (HEAD + "{counter}\nHồng Vân - 17/01/2024 09:40\n" + LEAD
                + "Các đơn vị đã bình xét, suy tôn UBND huyện Ea Kar dẫn đầu Cụm thi đua số 6 năm 2023.\n")


@pytest.mark.parametrize("counter", ["Bình luận (0)", "Ý kiến (0)", "Bình luận (3)"])
def test_a_comment_counter_by_the_headline_cuts_nothing(rec, counter):
    r = rec(COUNTER_PAGE.format(counter=counter))
    assert r["meeting"]["date"] == "2024-01-16"
    assert [x["organization"] for x in r["rankings"]] == ["UBND huyện Ea Kar"]


def test_readers_comments_under_the_body_are_still_chrome(rec):
    r = rec(HEAD + LEAD + TAIL + "Bình luận (1)\nLê Văn Khoa - 18/01/2024 10:05\nChúc mừng UBND huyện Lắk.\n")
    assert [x["organization"] for x in r["rankings"]] == ["UBND huyện Ea Kar"]
    assert r["author"] is None


def test_two_writers_and_their_province_after_a_dash(rec):
    r = rec(HEAD + LEAD + TAIL + "Hồng Vân - Quốc Bảo - Đắk Lắk\n")
    assert r["author"] == "Hồng Vân - Quốc Bảo"
    assert [(p["name"], p["title"], p["roles"]) for p in r["people"]] == [("Hồng Vân", None, ["author"]),
                                                                           ("Quốc Bảo", None, ["author"])]
    # (one writer and the province: the province goes)
    r = rec(HEAD + LEAD + TAIL + "Hồng Vân - Đắk Lắk\n")
    assert r["author"] == "Hồng Vân"


@pytest.mark.parametrize("section", ["Hội nghị - Hội thảo", "Hội nghị, hội thảo", "Sơ kết, tổng kết", "Giao ước thi đua",
                                     "Hội nghị sơ kết, tổng kết", "Sơ kết, tổng kết của Cụm, Khối thi đua"])
def test_a_breadcrumb_ending_in_a_section_is_no_title(rec, section):
    r = rec("Trang chủ > Tin tức - Sự kiện > " + section + "\n" + LEAD + TAIL)
    assert r["title"] is None


@pytest.mark.parametrize("crumbs", ["Trang chủ » Tin tức » ", "Trang chủ » Tin tức - Sự kiện » ",
                                    "Trang chủ > Thi đua - Khen thưởng > Các hoạt động thi đua của các Cụm, Khối trong tỉnh > ",
                                    "Trang chủ › Tin tức › "])
def test_a_breadcrumbs_last_step_is_the_title_past_every_step(rec, crumbs):
    r = rec(crumbs + HEAD + LEAD + TAIL)
    assert r["title"] == HEAD.strip()
