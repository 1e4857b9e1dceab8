"""Twenty-ninth pass, sector clusters (construction, transport, agriculture, electricity), each on an invented example:
"dự án" inside a unit's name is no verb "dự"; "công trình" in a recipient's name is no "trình" (a proposal); "Phân
xưởng", "Đội Quản lý", "Đoạn Quản lý" open a member after "và"; a recipient list led by "Các đơn vị" / "Hai đơn vị";
the generic pair "các cụm, khối thi đua" names no cluster; "Phó Chi cục trưởng phụ trách Chi cục X"; "thống nhất chọn A
là đơn vị ..., đề nghị ... tặng AWARD"; "Phó Chánh Thanh tra Sở" heads "Thanh tra Sở"."""

_HEAD = "Ngày 20/12/2022, Cụm thi đua số 9 tổ chức hội nghị tổng kết năm 2022.\n"


def _awards(r):
    return [(x["recipient"], x["award"], x["status"]) for x in r["awards"]]


def _person(r, name):
    return next(p for p in r["people"] if p["name"] == name)


# 1. "dự án" in a unit's name ------------------------------------------------------------------------------------------
def test_project_board_in_title_is_not_the_verb_attend(rec):
    r = rec("Cụm thi đua số 2 tổ chức sơ kết 6 tháng đầu năm 2022. Ông Phan Quốc Việt, Phó Giám đốc Ban Quản lý dự án "
            "phát triển đô thị, Cụm trưởng chủ trì hội nghị.")
    p = _person(r, "Phan Quốc Việt")
    assert p["title"] == "Phó Giám đốc Ban Quản lý dự án phát triển đô thị, Cụm trưởng"
    assert p["roles"] == ["presided"]
    assert r["cluster"]["chair"] == {"organization": "Ban Quản lý dự án phát triển đô thị", "person": "Phan Quốc Việt"}


def test_attending_verb_still_ends_a_title(rec):
    # (the verb "dự" itself, no "án" after it, still ends the title and gives the role)
    r = rec("Cụm thi đua số 2 tổ chức sơ kết 6 tháng đầu năm 2022. Ông Phan Quốc Việt, Giám đốc Sở Xây dựng dự hội nghị.")
    p = _person(r, "Phan Quốc Việt")
    assert p["title"] == "Giám đốc Sở Xây dựng"
    assert p["roles"] == ["attended"]
