"""Guards on the thirty-second pass's crew-label and glued-headline rules (pg): a job label before the writer's own unit or a
company's name is the old 'name - unit' byline, and a page's section label run into the lead is no headline. Examples written
for these tests."""

_LEAD = ("Khối thi đua các Hội đặc thù tổng kết năm 2024\nNgày 18/12/2024, Khối thi đua các Hội đặc thù tỉnh Yên Bái tổ "
         "chức hội nghị tổng kết công tác thi đua năm 2024.\n")


def _authors(r):
    return [(p["name"], p["title"]) for p in r["people"] if "author" in p["roles"]]


def test_a_company_named_with_a_crew_labels_letters_is_the_writers_unit(rec):
    # (a company whose name opens on "PV": no job label, no second author)
    for unit in ("PV Drilling", "PV TRANS", "PV Coating"):
        r = rec(_LEAD + "Bảo Ngọc - " + unit)
        assert r["author"] == "Bảo Ngọc", unit
        assert _authors(r) == [("Bảo Ngọc", unit)], unit


def test_a_job_label_before_the_writers_outlet_is_the_writers_title(rec):
    for line, unit in (("Đức Thịnh - Phóng viên Báo Yên Bái", "Phóng viên Báo Yên Bái"),
                       ("Tin, ảnh: Đức Thịnh - Phóng viên Báo Yên Bái", "Phóng viên Báo Yên Bái"),
                       ("Đức Thịnh - Biên tập viên Đài PT-TH Yên Bái", "Biên tập viên Đài PT-TH Yên Bái"),
                       ("Đức Thịnh - PV Đài PT-TH Yên Bái", "PV Đài PT-TH Yên Bái"),
                       ("Đức Thịnh - KTV Yên Bái", "KTV Yên Bái")):
        r = rec(_LEAD + line)
        assert r["author"] == "Đức Thịnh", line
        assert _authors(r) == [("Đức Thịnh", unit)], line


def test_a_second_crew_member_needs_a_crew_label_or_a_crew_line(rec):
    # (labelled with its colon, or on a crew's line: two authors)
    for line in ("Đức Thịnh - KTV: Mai Lan", "Thực hiện: PV Đức Thịnh - KTV Mai Lan"):
        r = rec(_LEAD + line)
        assert _authors(r) == [("Đức Thịnh", None), ("Mai Lan", None)], line
    # (on a crew's line, a province after the label is still the writer's unit)
    r = rec(_LEAD + "Thực hiện: PV Đức Thịnh - KTV Yên Bái")
    assert _authors(r) == [("Đức Thịnh", "KTV Yên Bái")]


def test_a_section_label_run_into_the_lead_is_no_headline(rec):
    lead = ("Sáng 14/11/2024, tại UBND xã Nghĩa Lạc, Cụm thi đua các xã ven biển huyện Giao Thủy tổ chức hội nghị sơ kết "
            "công tác thi đua năm 2024.")
    for label in ("TIN TỨC THI ĐUA - KHEN THƯỞNG", "TIN HOẠT ĐỘNG CỦA CÁC ĐỊA PHƯƠNG", "THỜI SỰ TRONG TỈNH HÔM NAY"):
        r = rec(label + " - " + lead)
        assert r["title"] is None, label
        assert r["meeting"]["date"] == "2024-11-14", label
    # (a headline in capitals that tells the event stays the title, a section's word at its start or not)
    for head in ("CỤM THI ĐUA CÁC XÃ VEN BIỂN SƠ KẾT NĂM 2024", "HOẠT ĐỘNG KÝ KẾT GIAO ƯỚC THI ĐUA CỦA CÁC XÃ VEN BIỂN"):
        r = rec(head + " - " + lead)
        assert r["title"] == head, head
