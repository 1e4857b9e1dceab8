"""Guards for the thirty-ninth pass w2: the members' agreement told of an earlier year is no election."""
from tdkt_extract import extract

CUM = "Ngày 8/1/2025, Cụm thi đua số 5 tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


def rec(text):
    r = extract(text)
    return r.model_dump(mode="json") if hasattr(r, "model_dump") else r


def test_agreement_of_an_earlier_year_is_no_election():
    r = rec(CUM + "Năm 2023, huyện Châu Thành được các thành viên nhất trí làm Cụm trưởng; năm 2024, huyện Long Phú làm Cụm trưởng và chủ trì hội nghị.")
    assert r["cluster"]["next_chair"] is None
    assert not [d for d in r["decisions"] if d["kind"] == "election"]
