"""One vocabulary of table header cells (lexicons/table_columns.json) serves both table readers: a header word added
there is read by the members' table reader and by the rankings' and awards' reader alike."""
from tdkt_extract.document import Document
from tdkt_extract.extractors.tables import tables
from tdkt_extract.linetable import column_words, read_table
from tdkt_extract.normalize import normalize
from tdkt_extract.segment import segment


def _doc(text: str) -> Document:
    doc = Document(normalize(text))
    segment(doc)
    return doc


def test_every_column_kind_has_words_and_both_readers_know_the_unit_words():
    words = column_words()
    assert {"number", "unit", "person", "role", "score", "rank", "class", "award", "giver"} <= set(words)
    assert all(words[k] for k in words)


def test_a_members_table_headed_thanh_vien_trong_khoi_is_read_by_both_readers():
    text = ("Hội nghị tổng kết Khối thi đua các cơ quan tổng hợp năm 2024\n"
            "Chiều 5/1, Khối thi đua các cơ quan tổng hợp tổ chức hội nghị tổng kết năm 2024. Các thành viên:\n"
            "STT | Thành viên trong khối | Điểm\n"
            "1 | Sở Tài chính | 98\n"
            "2 | Sở Kế hoạch và Đầu tư | 96\n")
    doc = _doc(text)
    got = tables(doc)
    assert got and got[0].columns == ["number", "unit", "score"]
    i = next(k for k, b in enumerate(doc.blocks) if doc.text[b.start:b.end].startswith("STT"))
    tb = read_table(doc, i)
    assert tb is not None and tb.unit_column() == 1


def test_a_people_column_is_the_unit_column_of_an_award_table_but_no_members_column():
    text = ("Hội nghị tổng kết Khối thi đua các cơ quan tổng hợp năm 2024\n"
            "Chiều 5/1, Khối thi đua tổ chức hội nghị tổng kết. Khối đề nghị khen thưởng các cá nhân sau:\n"
            "STT | Họ và tên | Hình thức khen thưởng\n"
            "1 | Ông Trần Văn Bình | Bằng khen của Chủ tịch UBND tỉnh\n"
            "2 | Bà Lê Thị Hoa | Bằng khen của Chủ tịch UBND tỉnh\n")
    doc = _doc(text)
    got = tables(doc)
    assert got and got[0].columns == ["number", "unit", "award"]
    i = next(k for k, b in enumerate(doc.blocks) if doc.text[b.start:b.end].startswith("STT"))
    tb = read_table(doc, i)
    assert tb is None or tb.unit_column() is None
