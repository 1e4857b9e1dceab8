"""Another event's lines kept out of the record: a second cluster's meeting on the same page, a related-news line
(own examples)."""
import pytest

LEAD = "Sáng 18/12/2024, Khối thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Sở Xây dựng dẫn đầu Khối.\n\n"


def orgs(r, field="rankings"):
    return [x["organization"] for x in r[field]]


@pytest.mark.parametrize("opener", [
    "Cùng dịp, Khối thi đua số 7 cũng tổ chức tổng kết; Bệnh viện Đa khoa Sơn Hà dẫn đầu Khối.",
    "Cũng trong ngày 18/12, Khối thi đua số 7 tổ chức tổng kết; Bệnh viện Đa khoa Sơn Hà dẫn đầu Khối.",
    "Trong khi đó, Khối thi đua số 7 tổ chức tổng kết năm 2024. Bệnh viện Đa khoa Sơn Hà dẫn đầu Khối.",
    "Tại hội nghị tổng kết của Khối thi đua số 7, Bệnh viện Đa khoa Sơn Hà dẫn đầu Khối.",
])
def test_a_second_clusters_meeting_ranks_none_of_this_ones(rec, opener):
    r = rec(LEAD + opener)
    assert orgs(r) == ["Sở Xây dựng"]


def test_a_second_clusters_chair_is_not_this_ones(rec):
    r = rec(LEAD + "Cùng ngày, Khối thi đua số 7 do Sở Văn hóa làm Khối trưởng cũng tổ chức hội nghị tổng kết năm 2024.")
    assert r["cluster"]["chair"] is None


def test_a_second_clusters_election_is_not_this_ones(rec):
    r = rec(LEAD + "Cùng dịp, Khối thi đua số 7 cũng tổ chức tổng kết, thống nhất bầu Sở Văn hóa làm Khối trưởng năm 2025.")
    assert r["cluster"]["next_chair"] is None
    assert [d["kind"] for d in r["decisions"] if d["kind"] == "election"] == []


def test_the_same_occasion_of_this_meeting_still_counts(rec):
    # no other cluster named: the award is this meeting's
    r = rec(LEAD + "Cùng dịp, Bệnh viện Đa khoa Sơn Hà được tặng Bằng khen của UBND tỉnh.")
    assert [a["recipient"] for a in r["awards"]] == ["Bệnh viện Đa khoa Sơn Hà"]
    # the meeting's own cluster named in the opener: still this meeting
    r = rec(LEAD + "Tại hội nghị tổng kết của Khối thi đua số 2, Bệnh viện Đa khoa Sơn Hà xếp thứ hai.")
    assert orgs(r) == ["Sở Xây dựng", "Bệnh viện Đa khoa Sơn Hà"]


def test_this_clusters_election_after_the_same_occasion_counts(rec):
    r = rec(LEAD + "Cùng dịp, Khối thi đua số 2 thống nhất bầu Sở Văn hóa làm Khối trưởng năm 2025.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Văn hóa"


@pytest.mark.parametrize("label", ["Xem thêm:", "Đọc thêm:", "Tin liên quan:", "Bài liên quan:"])
def test_a_related_news_label_and_its_headline_on_one_line_are_chrome(rec, label):
    r = rec("Chiều 5/1/2025, Cụm thi đua số 8 tổ chức hội nghị tổng kết năm 2024.\n"
            + label + " Công ty Cấp nước Sơn La dẫn đầu Cụm thi đua số 3 năm 2023")
    assert r["rankings"] == [] and r["decisions"] == []
    r = rec("Chiều 5/1/2025, Cụm thi đua số 8 tổ chức hội nghị tổng kết năm 2024.\n"
            + label + " Cụm thi đua số 3 bầu Sở Công Thương làm Cụm trưởng năm 2024")
    assert r["cluster"]["next_chair"] is None and r["decisions"] == []


def test_a_related_news_word_inside_a_sentence_is_text(rec):
    r = rec("Chiều 5/1/2025, Cụm thi đua số 8 tổ chức hội nghị tổng kết năm 2024.\n"
            "Công ty Cấp nước Sơn La dẫn đầu Cụm thi đua số 8 năm 2024, xem thêm: báo cáo của Cụm.")
    assert orgs(r) == ["Công ty Cấp nước Sơn La"]


def test_a_related_news_heading_alone_then_its_headline_gives_no_decision(rec):
    r = rec("Ngày 26/12/2024, Cụm thi đua số 11 tổ chức hội nghị tổng kết năm 2024. Ông Lê Minh Tâm trao Cờ thi đua cho "
            "Công ty Xi măng Bút Sơn - đơn vị dẫn đầu Cụm năm 2024.\nBài liên quan:\n"
            "Cụm thi đua số 10 suy tôn Công ty Than Núi Béo")
    assert all("Núi Béo" not in d["text"] for d in r["decisions"])
    assert orgs(r) == ["Công ty Xi măng Bút Sơn"]
