"""Forms of the nineteenth pass, each on an invented example."""

LEAD = "Ngày 8/1/2024, Cụm thi đua số 4 các trường tiểu học huyện Đông Sơn tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_agreeing_with_the_contents_of_the_report_and_the_core_tasks(rec):
    r = rec(LEAD + "Các đại biểu nhất trí với nội dung báo cáo và nhiệm vụ trọng tâm năm 2024.")
    assert _kinds(r) == ["approve_report", "tasks"]
    # (the report alone agrees no directions)
    r = rec(LEAD + "Các đại biểu nhất trí với nội dung báo cáo của Cụm trưởng.")
    assert _kinds(r) == ["approve_report"]


def test_the_purpose_a_cluster_was_set_up_for_holds_no_act(rec):
    r = rec(LEAD + "Cụm được thành lập với mục đích thống nhất về quy chế hoạt động, đề ra phương hướng thi đua hằng năm.")
    assert r["decisions"] == []
    # (a main clause after the purpose is the meeting's act)
    r = rec(LEAD + "Với mục đích đó, Hội nghị đã thống nhất thông qua quy chế hoạt động của Cụm.")
    assert _kinds(r) == ["approve_report"]
