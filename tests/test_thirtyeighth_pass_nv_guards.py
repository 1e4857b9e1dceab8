"""Guards for the thirty-eighth pass's narrative people rules (x38nv): the storytelling verbs "kể", "nhớ lại", "tâm sự" in
their other senses, and a quote credited to "bà con" (folks), give no speech. One test per regression the review found, each
on an invented example; the rules' own forms stay in test_thirtyeighth_pass_narrative_people.py."""

from record_views import people_by_name

LEAD = "Hội nghị sơ kết 6 tháng đầu năm 2024 của Cụm thi đua số 6 diễn ra ngày 05/7/2024 tại UBND thị xã Hoàng Mai.\n"


def _roles_of(r, name):
    return people_by_name(r)[name]["roles"]


def test_ke_het_too_many_to_count_is_no_speech(rec):
    # nv-1: "không thể kể hết" (too many to count)
    r = rec(LEAD + "Công lao của bà Đinh Thị Nguyệt, nguyên Chánh Văn phòng UBND thị xã, với phong trào chung thật khó kể hết.")
    assert _roles_of(r, "Đinh Thị Nguyệt") == []


def test_bat_ke_regardless_is_no_speech(rec):
    # nv-2: "bất kể" (regardless of)
    r = rec(LEAD + "Ông Thái Văn Cường, Trưởng Công an thị xã, bất kể ngày đêm vẫn bám địa bàn giữ bình yên cho nhân dân.")
    assert "spoke" not in _roles_of(r, "Thái Văn Cường")


def test_ke_le_complaining_is_no_speech(rec):
    # nv-3: "kể lể" (to complain at length), a word of its own
    r = rec(LEAD + "Bà Hồ Thị Xuân, Chủ tịch UBND phường Quỳnh Thiện, kể lể chuyện thiếu kinh phí với đoàn công tác của tỉnh.")
    assert _roles_of(r, "Hồ Thị Xuân") == []


def test_ke_sao_cho_xiet_countless_is_no_speech(rec):
    # nv-4: "kể sao cho xiết" / "kể không xuể" (countless)
    r = rec(LEAD + "Những đổi thay của thị xã từ khi ông Lưu Đình Khoa, Bí thư Thị ủy, về nhận công tác thì kể sao cho hết.")
    assert _roles_of(r, "Lưu Đình Khoa") == []
    r = rec(LEAD + "Những việc làm của ông Lưu Đình Khoa, Bí thư Thị ủy, cho phong trào thi đua thì kể không xuể.")
    assert _roles_of(r, "Lưu Đình Khoa") == []


def test_nho_lai_with_an_object_is_a_memory(rec):
    # nv-5: "nhớ lại" + what is remembered, joined to another act
    r = rec(LEAD + "Ông Thái Văn Cường, Trưởng Công an thị xã, dự hội nghị và nhớ lại thời điểm Cụm mới thành lập.")
    assert _roles_of(r, "Thái Văn Cường") == ["attended"]
    r = rec(LEAD + "Ông Thái Văn Cường, Trưởng Công an thị xã, dự hội nghị và nhớ lại sự ra đời của Cụm năm 2012.")
    assert _roles_of(r, "Thái Văn Cường") == ["attended"]


def test_nho_lai_many_memories_is_no_speech(rec):
    # nv-6: "nhớ lại" + a quantity of memories
    r = rec(LEAD + "Bà Đinh Thị Nguyệt, nguyên Chánh Văn phòng UBND thị xã, đến nay vẫn nhớ lại không ít kỷ niệm với Cụm.")
    assert _roles_of(r, "Đinh Thị Nguyệt") == []


def test_tam_su_heard_is_a_noun(rec):
    # nv-7: "lắng nghe / nghe tâm sự" (what others confide)
    r = rec(LEAD + "Ông Lưu Đình Khoa, Bí thư Thị ủy, nhiều lần về cơ sở nghe tâm sự của đoàn viên, thanh niên.")
    assert _roles_of(r, "Lưu Đình Khoa") == []


def test_tam_su_with_families_is_a_visit(rec):
    # nv-8: "tâm sự với gia đình / các hộ" on a visit, as "chia sẻ với gia đình"
    r = rec(LEAD + "Bà Hồ Thị Xuân, Chủ tịch UBND phường Quỳnh Thiện, đến thăm, tâm sự với các hộ bị thiệt hại sau bão.")
    assert _roles_of(r, "Hồ Thị Xuân") == []


def test_tam_su_as_a_predicate_noun_of_many_is_no_speech(rec):
    # nv-9: "Đây cũng là tâm sự của nhiều người, trong đó có bà X": a feeling shared, no quote of hers
    r = rec(LEAD + "Đây cũng là tâm sự của không ít cán bộ cơ sở, trong đó có bà Hồ Thị Xuân, Chủ tịch UBND phường Quỳnh Thiện.")
    assert _roles_of(r, "Hồ Thị Xuân") == []


def test_a_quote_credited_to_ba_con_is_not_hers(rec):
    # nv-10: "“...”, bà con ... nói": the folks said it, not the woman named before
    r = rec(LEAD + "Bà Hồ Thị Xuân, Chủ tịch UBND phường Quỳnh Thiện, về thăm khu dân cư số 3. "
            "“Có điện đường rồi, tối đi lại yên tâm hơn”, bà con khối phố vui vẻ kể.")
    assert _roles_of(r, "Hồ Thị Xuân") == []
