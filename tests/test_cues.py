"""The cue index and the anchored pattern runs give what a whole-text scan gives; the time limit
still holds on long text."""
import regex
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tdkt_extract import cues
from tdkt_extract.patterns import PatternTimeout, cre, finditer

V = cues.vocabulary("test.greetings", lambda: ("ông", "bà", "đồng chí"))


def test_spans_are_case_free_and_whole_words():
    ix = cues.CueIndex("Ông Nam, không phải bà Lan; Đồng chí Hà.")
    found = [(a, b) for a, b in ix.spans(V)]
    assert found == [(0, 3), (20, 22), (28, 36)]  # "ông" inside "không" is not a word
    assert (11, 14) in ix.spans(V, word=False)


def test_spans_in_a_range():
    text = "ông A, ông B, ông C"
    ix = cues.CueIndex(text)
    assert [a for a, _ in ix.spans(V, 5, 14)] == [7]
    assert ix.has(V, 0, 5) and not ix.has(V, 4, 7)


def test_lower_keeps_offsets():
    # "İ" lower-cases to two characters; the index keeps one per character
    text = "İstanbul ông Nam"
    assert len(cues.lower(text)) == len(text)
    assert cues.CueIndex(text).spans(V) == [(9, 12)]


def test_a_vocabulary_registered_late_is_indexed():
    late = cues.vocabulary("test.late", lambda: ("giao ước",))
    assert cues.CueIndex("ký kết giao ước thi đua").spans(late) == [(7, 15)]


def test_find_all_and_space_before():
    assert sorted(cues.find_all("a, b; c, d", ",;")) == [1, 4, 7]
    ix = cues.CueIndex("a, b; c, d")
    assert ix.chars(",;") == [1, 4, 7] and ix.chars(",;", 2, 7) == [4] and ix.chars(";", 5) == []
    assert cues.space_before("ab  cd", 4) == 2
    assert cues.space_before("abcd", 2) == 2


_NAME = regex.compile(r"(?<!\p{L})(?:ông|bà|đồng chí)\s+(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,2})", regex.I)
_WORDS = ["ông", "Ông", "bà", "đồng chí", "không", "Nam", "Lan", "Văn", "Hà", "và", ",", ".", " ", "\n", "bàn"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join))
def test_match_at_the_anchors_equals_a_whole_scan(text):
    ix = cues.CueIndex(text)
    anchored = [m.span() for m in cues.match_at(_NAME, text, (a for a, _ in ix.spans(V)))]
    assert anchored == [m.span() for m in finditer(_NAME, text)]


def test_the_time_limit_holds_on_long_text():
    evil = "(?:a|aa)+$"  # exponential on "aaa...b"
    import time

    from tdkt_extract import patterns
    t0 = time.perf_counter()
    with pytest.raises(PatternTimeout), patterns.time_limit(0.05):
        assert patterns.limit() == 0.05
        cre.match(evil, "a" * 5000 + "b")
    assert time.perf_counter() - t0 < 1.0  # the block's limit, not the default, stopped it
    assert patterns.limit() == patterns.DEFAULT_TIMEOUT  # restored when the block ends


def test_each_thread_sees_its_own_time_limit():
    import threading

    from tdkt_extract import patterns
    seen, ready = {}, threading.Barrier(2)

    def work(name, seconds):
        with patterns.time_limit(seconds):
            ready.wait(5)  # both limits are set before either is read
            seen[name] = patterns.limit()

    ts = [threading.Thread(target=work, args=(n, s)) for n, s in (("short", 0.1), ("long", 7.0))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert seen == {"short": 0.1, "long": 7.0}


_DATE_WORDS = ["ngày", "Ngày", "sáng", "Chiều", "tháng", "năm", "14", "7", "2023", "/", "-", ".", " ", "  ", "14/7", "15-16/8/2024",
               "3.5", "(", ")", "mùng", "tại", "và", "x", "tỷ", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=30).map(lambda ws: "".join(w if i % 2 else w + " " for i, w in enumerate(ws))))
def test_date_patterns_tried_at_their_starts_equal_a_whole_scan(text):
    from tdkt_extract.extractors import meeting as M
    ix = cues.CueIndex(text)
    for a, b in ((0, len(text)), (len(text) // 3, len(text) - len(text) // 4)):
        for index in (None, ix):  # searched in the stretch, or read off the document's cue index
            for rx, starts in ((M._RE_DATE_WORDS, M._word_date_starts(text, a, b, index)),
                               (M._RE_DATE_NUM, M._num_date_starts(text, a, b, index))):
                assert [m.span() for m in cues.match_at(rx, text, starts, a, b)] == [m.span() for m in finditer(rx, text, a, b)]


_NORM_WORDS = [" ", "  ", "\n", "\n\n\n", "a", "Hoá", "thuỷ", "quý", "hoàn", "Uỷ", "&amp;", "&og", "<p>", "</div>", "<b>", "<!-- x -->", "x", "\r\n", "14/7tại",
               "2023ngày", "5và", "7", "đã", "với"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NORM_WORDS), max_size=30).map("".join))
def test_normalizer_steps_tried_at_their_anchors_equal_a_whole_scan(text):
    from tdkt_extract import normalize as N
    steps = [
        (N._RE_MULTISPACE, lambda m: " ", N._double_spaces(text)),
        (N._RE_LINE_EDGE_SPACE, lambda m: "", N._line_edge_spaces(text)),
        (N._RE_MANY_NEWLINES, lambda m: "\n\n", N._runs(text, "\n\n\n")),
        (N._RE_TAG, N._tag_repl, cues.find_all(text, "<")),
        (N._RE_ENTITY, N._entity_repl, cues.find_all(text, "&")),
        (N._RE_CRLF, lambda m: "\n", cues.find_all(text, N._FIRST_CHARS[N._RE_CRLF])),
        (N._RE_GLUED, lambda m: " ", N._glued(text)),
    ]
    for pattern, repl, at in steps:
        assert N._rewrite(text, pattern, repl, False, at) == N._rewrite(text, pattern, repl, False, None)
    tone = N._RE_TONE, N._tone_repl, True
    assert N._rewrite(text, *tone, N._tone_starts(text)) == N._rewrite(text, *tone, None)


def _reference_rewrite(text, starts, ends, pattern, repl, one_to_one):
    """The per-character offset maps the normalizer once kept: the reference for the level maps."""
    out, ns, ne, last = [], [], [], 0
    for m in finditer(pattern, text):
        a, b = m.span()
        r = repl(m)
        if r == m.group(0):
            continue
        out.append(text[last:a]); ns += starts[last:a]; ne += ends[last:a]
        if one_to_one and len(r) == b - a:
            out.append(r); ns += starts[a:b]; ne += ends[a:b]
        elif r:
            s0, e0 = (starts[a], ends[b - 1]) if a < b else ((starts[a],) * 2 if a < len(starts) else ((ends[-1] if ends else 0),) * 2)
            out.append(r); ns += [s0] * len(r); ne += [e0] * len(r)
        last = b
    out.append(text[last:]); ns += starts[last:]; ne += ends[last:]
    return "".join(out), ns, ne


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NORM_WORDS + ["Thanh Hoá", "oà", "\u200b", "12tại"]), max_size=25).map("".join))
def test_level_maps_trace_like_per_character_maps(text):
    from tdkt_extract import normalize as N
    steps = [(N._RE_TAG, N._tag_repl, False), (N._RE_INVISIBLE, lambda m: "", False), (N._RE_TONE, N._tone_repl, True),
             (N._RE_GLUED, lambda m: " ", False), (N._RE_MULTISPACE, lambda m: " ", False),
             (N._RE_LINE_EDGE_SPACE, lambda m: "", False)]
    cur, starts, ends = text, list(range(len(text))), list(range(1, len(text) + 1))
    levels, lengths = [], []
    for pattern, repl, one in steps:
        new, level = N._rewrite(cur, pattern, repl, one)
        ref = _reference_rewrite(cur, starts, ends, pattern, repl, one)
        assert new == ref[0]
        if level is not None:
            levels.append(level)
            lengths.append(len(cur))
        cur, starts, ends = ref
    norm = N.Normalized(text, cur, tuple(levels), tuple(lengths))
    assert list(norm.starts) == starts and list(norm.ends) == ends  # through the composed map
    assert [norm._trace(i, False) for i in range(len(cur))] == starts  # level by level
    assert [norm._trace(i, True) for i in range(len(cur))] == ends
    w = norm.window(1, max(1, len(cur) - 1))
    assert list(w.starts) == starts[1:max(1, len(cur) - 1)]


def _reference_list_end(sh, a, b):
    """The character-by-character reading the list end once had: the reference for _list_end."""
    from tdkt_extract.extractors.cluster import _RE_LIST_END
    depth, i = 0, a
    while i < b:
        c = sh[i]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0:
            m = _RE_LIST_END.match(sh, i)
            if m and sh[i] != ")":
                return i
        i += 1
    return b


_LIST_WORDS = ["Sở A", "(", ")", ",", ";", ".", ":", " ", "\n", ": 1. ", "; 2. ", "12.", " do ", " đã ", ", trong đó", "x", "B. ", "(Cụm trưởng)", " là "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LIST_WORDS), max_size=30).map("".join), st.integers(0, 5), st.integers(0, 5))
def test_list_end_jumps_to_where_a_character_walk_stops(text, a, cut):
    from tdkt_extract.extractors.cluster import _list_end
    a = min(a, len(text))
    b = max(a, len(text) - cut)
    assert _list_end(text, a, b) == _reference_list_end(text, a, b)


_PEOPLE_WORDS = ["Nguyễn Văn An", "Lê Thị Hà", "Trần", "Bình", "(", ",", " - ", ";", " ", "Giám đốc Sở Nội vụ", "Phó Chủ tịch UBND tỉnh",
                 "ông", "và", "Đ/c", "x", ".", "\n", "Tỉnh", "Ông", "Công an"]


_NAMED_TITLE = st.tuples(st.sampled_from(["Nguyễn Văn An", "Lê Thị Hà", "Ông Trần Văn Bình", "(Đỗ Thị Lành", "Vũ A B C D E F"]),
                         st.sampled_from([",", " -", " (", "  ,"]),
                         st.sampled_from(["Giám đốc Sở Nội vụ", "Phó Chủ tịch UBND tỉnh", "Trưởng ban"])).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PEOPLE_WORDS), _NAMED_TITLE), min_size=1, max_size=20).map(" ".join))
@example("Nguyễn Văn An ( \n Giám đốc Sở Nội vụ")  # a line break after the bracket: the title opens the next sentence
@example("Nguyễn Văn An \n ( Giám đốc Sở Nội vụ")  # one before it: the bracket opens the next sentence
def test_names_before_a_title_found_as_a_sentence_scan_finds_them(text):
    from tdkt_extract.document import Document
    from tdkt_extract.extractors import people as P
    from tdkt_extract.normalize import normalize
    from tdkt_extract.segment import segment
    doc = Document(normalize(text))
    segment(doc)
    sents = doc.content_sentences()
    if not sents:
        return
    got = P._name_matches(doc, sents)
    rx, t, hi = P._res()["sur"], doc.text, sents[-1].end
    for i, s in enumerate(sents):
        ref = []
        for m in finditer(rx, t, s.start, min(hi, s.end + 80)):  # the whole sentence, as before the cue index
            if m.end() > s.end:
                break
            ref.append(m.span())
        assert [m.span() for m in got[i]["sur"]] == ref


_HON_WORDS = ["ông", "Ông", "bà", "đồng chí", "Đồng chí", "đồng\nchí", "các đồng chí", "Các  đồng chí:", "Hội đồng", "đồng thời",
              "Đ/c", "không", "Nguyễn Văn An", "Lê Thị Hà", "Anh hùng Lao động", ",", " ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HON_WORDS), max_size=25).map(" ".join))
def test_honorific_names_tried_at_their_starts_equal_a_whole_scan(text):
    from tdkt_extract.document import Document
    from tdkt_extract.extractors import people as P
    from tdkt_extract.normalize import normalize
    doc = Document(normalize(text))
    t = doc.text
    rx = P._res()["hon"]
    got = [m.span() for m in cues.match_at(rx, t, P._hon_starts(doc, 0, len(t)), 0, len(t))]
    assert got == [m.span() for m in finditer(rx, t)]


_RANK_TEXTS = {  # per pattern, the words it is made of and a few that look like them
    "list": ["nhất", "Nhất", "nhì", "ba", "tư", "bao", ",", "và", "là", "lần lượt", "gồm", "Sở A"],
    "lead": ["là", "Là", "làm", "được", "suy tôn", "đơn vị", "doanh nghiệp", "dẫn đầu", "đạt thành tích", "cao", "nhất",
             "xếp thứ nhất", "Sở A"],
    "future": ["sẽ", "Sẽ", "theo chương trình", "chương trình", "sẽ,", "x"],
}


_RANK_PATTERNS = {"list": ("_RE_RANK_LIST", "_V_RANK_ORDS"), "lead": ("_RE_LEAD", "_V_LEAD"), "future": ("_RE_FUTURE", "_V_FUTURE")}


@pytest.mark.parametrize("kind", sorted(_RANK_TEXTS))
def test_ranking_patterns_tried_at_their_words_equal_a_search(kind):
    from tdkt_extract.extractors import outcomes as O
    from tdkt_extract.patterns import search
    rx, vocab = (getattr(O, n) for n in _RANK_PATTERNS[kind])

    @settings(max_examples=500, deadline=None)
    @example("Sở A được dẫn đầu", 0, 0)
    @example("là đơn vị dẫn đầu", 0, 0)
    @example("nhất, nhì và ba là Sở A", 0, 0)
    @given(st.lists(st.sampled_from(_RANK_TEXTS[kind]), max_size=12).map(" ".join), st.integers(0, 6), st.integers(0, 6))
    def check(text, a, cut):
        ix = cues.CueIndex(text)
        a, b = min(a, len(text)), max(min(a, len(text)), len(text) - cut)
        got, want = ix.search(rx, vocab, a, b), search(rx, text, a, b)
        assert (got and got.span()) == (want and want.span())

    check()


_INTRO_WORDS = ["bao gồm", "gồm", "Sở Văn hóa, Thể thao và Du lịch", "Gồm", "các", "Các", "12", "3", "1234", "a1", "tỉnh", "thành phố", "đơn vị", "thành viên", ":", " ",
                "có", "là", "Sở A", ",", "trường"]


@settings(max_examples=500, deadline=None)
@example("Cụm gồm 5 tỉnh: A, B", 0)
@example("gồm các đơn vị: A", 2)
@given(st.lists(st.sampled_from(_INTRO_WORDS), max_size=14).map(" ".join), st.integers(0, 6))
def test_list_introduction_tried_at_its_words_equals_a_scan(text, a):
    from tdkt_extract.document import Document
    from tdkt_extract.extractors import cluster as C
    from tdkt_extract.extractors.units import shadow
    from tdkt_extract.normalize import normalize
    doc = Document(normalize(text))
    a = min(a, len(doc.text))
    for t in (doc.text, shadow(doc)):  # the extractor reads the shadow, with anchors from the text's index
        anchored = [m.span() for m in cues.match_at(C._RE_LIST_INTRO, t, C._list_intro_starts(doc, t, a, len(t)), a, len(t))]
        assert anchored == [m.span() for m in finditer(C._RE_LIST_INTRO, t, a, len(t))]


_JOIN_WORDS = ["và", "Và", "  và", ",", ", ", "đồng thời", "thống nhất", "nhất trí", "đã", "ký", "A", " ", "  ", "bầu", "xvà"]


@settings(max_examples=500, deadline=None)
@example("A và thống nhất B", 0)
@example("A,  đồng thời   ký", 1)
@given(st.lists(st.sampled_from(_JOIN_WORDS), max_size=14).map(" ".join), st.integers(0, 6))
def test_act_joins_tried_at_commas_and_before_va_equal_a_scan(text, a):
    from tdkt_extract.document import Document
    from tdkt_extract.extractors import outcomes as O
    from tdkt_extract.normalize import Normalized
    doc = Document(Normalized(text, text, (), ()))  # runs of spaces kept: the anchors must hold on them too
    t = doc.text
    a = min(a, len(t))
    anchored = [m.span() for m in cues.match_at(O._RE_ACT_JOIN, t, O._join_starts(doc, a, len(t)), a, len(t))]
    assert anchored == [m.span() for m in O._RE_ACT_JOIN.finditer(t, a, len(t))]


_STOP_WORDS = ["ông", "Ông", "bà", "bàn", "không", "đồng chí", "Đồng chí", "đồng thời", "các đồng chí", "Đ/c", ",", ", ", ";", ".",
               "Nam", "lan", "A.B", " ", "  ", "phát biểu", "các", "quận", "huyện", "và", "trong cụm", "đã", "đều"]


@settings(max_examples=500, deadline=None)
@example("phát biểu, các đồng chí Nam", 0)
@example("A  ông Nam", 1)
@example("trình bày, các quận và huyện trong cụm đã", 0)
@given(st.lists(st.sampled_from(_STOP_WORDS), max_size=14).map(" ".join), st.integers(0, 6))
def test_role_stop_tried_at_its_anchors_equals_a_search(text, a):
    from tdkt_extract.document import Document
    from tdkt_extract.extractors import people as P
    from tdkt_extract.normalize import Normalized
    from tdkt_extract.patterns import search
    doc = Document(Normalized(text, text, (), ()))
    a = min(a, len(text))
    got = next(cues.match_at(P._role_stop_re(), text, P._role_stop_starts(doc, a, len(text)), a, len(text)), None)
    want = search(P._role_stop_re(), text, a, len(text))
    assert (got and got.span()) == (want and want.span())


_TAIL_WORDS = ["do", "bầu", "là", ",", ".", ";", "(", "trong đó", "Sở Y tế", "và", "hội nghị", "lễ", "được", "góp ý", "đóng góp ý kiến",
               "số", "12/KH", "ngày", "kế hoạch", "công ty", "tỉnh", "Trường", "x", " ", "  ", "\n", "tại", "Nhà văn hóa", "tầng 3"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TAIL_WORDS), max_size=14).map(" ".join))
def test_end_anchored_patterns_searched_from_the_end_say_the_same(text):
    """The yes-or-no patterns anchored at the end run in REVERSE; a forward search must agree."""
    from tdkt_extract.extractors import meeting as M, outcomes as O, people as P, units as U
    for rx in (U._left_boundary_re(), M._RE_DOC_DATE_BEFORE, O._RE_NOUN_PHRASE_EVENT, O._RE_PASSIVE, O._RE_DISCUSS_ONLY, P._NOT_NAME_BEFORE):
        assert rx.flags & regex.REVERSE
        forward = regex.compile(rx.pattern, rx.flags & ~regex.REVERSE)
        assert bool(rx.search(text)) == bool(forward.search(text))
