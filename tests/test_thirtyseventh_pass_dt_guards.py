"""Guards on the thirty-seventh pass's rules (review rv37/dt): a place after a parent unit written after "thuộc" stays in the
cluster's name only where it ends that parent's own name, not after a second conjunct of units nor after the place the
parent's name already ends with; a year in two figures is no date where the day is written onto a word (a file's name,
a code). Examples written for these tests."""

HEAD = "Cụm thi đua các đơn vị tổng kết năm 2024\n"


def _name(rec, clause):
    return rec(HEAD + "Ngày 20/12/2024, " + clause + " tổ chức hội nghị tổng kết công tác thi đua năm 2024.")["cluster"]["name"]


# --- a place after a parent unit ---------------------------------------------------------------------------------------

def test_a_place_after_a_second_conjunct_of_units_is_the_clusters_suffix(rec):
    assert _name(rec, "Khối thi đua các công ty thuộc Sở Nông nghiệp và Môi trường và các ban quản lý rừng tỉnh Sơn La") \
        == "Khối thi đua các công ty thuộc Sở Nông nghiệp và Môi trường và các ban quản lý rừng"


def test_a_province_after_the_district_a_party_committee_is_named_by_is_the_suffix(rec):
    assert _name(rec, "Cụm thi đua các thôn, bản thuộc Huyện ủy Mộc Châu tỉnh Sơn La") \
        == "Cụm thi đua các thôn, bản thuộc Huyện ủy Mộc Châu"


def test_a_province_after_a_comma_and_the_district_is_the_suffix(rec):
    assert _name(rec, "Cụm thi đua các thôn, bản thuộc Huyện ủy Mộc Châu, tỉnh Sơn La") \
        == "Cụm thi đua các thôn, bản thuộc Huyện ủy Mộc Châu"


def test_a_province_after_a_district_with_its_kind_is_the_suffix(rec):
    assert _name(rec, "Cụm thi đua các trường mầm non thuộc UBND huyện Yên Châu tỉnh Sơn La") \
        == "Cụm thi đua các trường mầm non thuộc UBND huyện Yên Châu"


# --- a year in two figures ---------------------------------------------------------------------------------------------

BODY = "Sáng 19/12, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2024 tại Sở Nội vụ.\n"


def test_a_photos_file_name_dates_no_page(rec):
    r = rec("Cụm thi đua số 6 tổng kết năm 2024\n" + BODY + "Hình: DSC_19-12-24")
    assert r["published"] is None


def test_a_documents_file_name_dates_no_page(rec):
    r = rec("Cụm thi đua số 6 tổng kết năm 2024\n" + BODY + "Tệp đính kèm: tongket19.12.24")
    assert r["published"] is None
