"""Forms of the seventh pass's held-out sets, each on an invented example."""
import pytest

LEAD = "Ngày 12/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024."


@pytest.mark.parametrize("sentence, name", [
    # a region after the dash is the cluster's own name for itself
    ("Ngày 20/12/2024, tại Cần Thơ, Cụm thi đua số 5 – Tây Sông Tiền của Hội Nông dân tổ chức hội nghị tổng kết năm 2024.",
     "Cụm thi đua số 5 - Tây Sông Tiền"),
    ("Ngày 20/12/2024, Khối thi đua số 2 - Đồng bằng sông Cửu Long tổ chức hội nghị tổng kết năm 2024.",
     "Khối thi đua số 2 - Đồng bằng sông Cửu Long"),
    # a kind of unit across places
    ("Ngày 8/01/2024, tại tỉnh Nghệ An, Cụm thi đua số VI - Sở Tư pháp các tỉnh khu vực Bắc Trung Bộ đã tổ chức hội nghị tổng kết năm 2023.",
     "Cụm thi đua số VI - Sở Tư pháp các tỉnh khu vực Bắc Trung Bộ"),
    ("Ngày 8/01/2024, Cụm thi đua số 3 - Khối các đơn vị trực thuộc Bộ trưởng tổ chức hội nghị tổng kết năm 2023.",
     "Cụm thi đua số 3 - Khối các đơn vị trực thuộc Bộ trưởng"),
    # a province (or two) after the dash is its place, not its name
    ("Ngày 20/12/2024, Cụm thi đua số 2 - Bắc Giang tổ chức hội nghị tổng kết năm 2024.", "Cụm thi đua số 2"),
    ("Ngày 20/12/2024, Cụm thi đua số 2 - Tây Ninh tổ chức hội nghị tổng kết năm 2024.", "Cụm thi đua số 2"),
    ("Ngày 20/12/2024, Cụm thi đua số 2 - Bắc Giang - Bắc Ninh tổ chức hội nghị tổng kết năm 2024.", "Cụm thi đua số 2"),
])
def test_a_descriptor_after_the_dash(rec, sentence, name):
    assert rec(sentence)["cluster"]["name"] == name
