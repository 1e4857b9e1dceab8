"""The archive database: real DuckDB files built from the fixtures, the dev corpus and the
three-article history set in tests/archive (no mocks)."""
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb", reason="the db extra is not installed")
pytest.importorskip("rapidfuzz", reason="the db extra is not installed")

from tdkt_extract import extract  # noqa: E402
from tdkt_extract.cli import main  # noqa: E402
from tdkt_extract.store.db import ARTICLE_TABLES, Item, build, connect, read_archive  # noqa: E402
from tdkt_extract.store.history import ClusterNotFound, history, render_history  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
HISTORY = ROOT / "tests" / "archive" / "cum3_thanh_hoa"
CHILD = {"members": ("cluster", "members"), "people": ("people",), "rankings": ("rankings",), "awards": ("awards",),
         "decisions": ("decisions",)}


def counts(db) -> dict:
    con = connect(db, read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*), count(DISTINCT article_id) FROM {t}").fetchall()[0]
                for t in ARTICLE_TABLES}
    finally:
        con.close()


def archive_paths():
    return [FIXTURES, HISTORY] + ([DEV] if DEV.is_dir() else [])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "archive.duckdb"
    stats = build(db, read_archive(archive_paths()), batch_size=25)
    return db, stats


def _texts():
    return [p for d in archive_paths() for p in sorted(d.rglob("*.txt"))]


def test_build_holds_every_article_and_every_row_of_its_record(built):
    db, stats = built
    texts = _texts()
    assert stats.added == len(texts) and stats.failed == 0 and stats.batches == -(-len(texts) // 25)
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchall() == [(len(texts), len(texts))]
    # each child table holds exactly the record's list, in order, with the evidence of that item
    for p in texts[::7]:
        aid = next(i.id for i in read_archive([p]))
        ident = f"{p.parent.name}/{p.name}" if p.parent != HISTORY else f"cum3_thanh_hoa/{p.name}"
        rec = extract(p.read_text(encoding="utf-8")).model_dump(mode="json")
        for table, path in CHILD.items():
            want = rec
            for k in path:
                want = want[k]
            rows = con.execute(f"SELECT position, evidence FROM {table} WHERE article_id = ? ORDER BY position",
                               [ident]).fetchall()
            assert [r[0] for r in rows] == list(range(len(want))), (ident, table, aid)
            for pos, ev in rows:
                ev = json.loads(ev)
                prefix = f"cluster.members[{pos}]" if table == "members" else f"{table}[{pos}]"
                assert ev and all(k.startswith(prefix) and rec["evidence"][k] == v for k, v in ev.items())
        (m,) = con.execute("SELECT kind, date, cluster_name, chair_organization FROM meetings WHERE article_id = ?",
                           [ident]).fetchall()
        assert m == (rec["meeting"]["kind"], rec["meeting"]["date"], rec["cluster"]["name"],
                     (rec["cluster"]["chair"] or {}).get("organization"))


def test_ids_are_relative_to_the_folder_given():
    ids = [i.id for i in read_archive([HISTORY])]
    assert ids == ["cum3_thanh_hoa/2024-01_tong_ket_2023.txt", "cum3_thanh_hoa/2024-07_so_ket_h1.txt",
                   "cum3_thanh_hoa/2025-01_tong_ket_2024.txt"]


def test_rebuild_duplicates_nothing_and_reextracts_only_what_changed(tmp_path):
    arch = tmp_path / "arch"
    arch.mkdir()
    for p in sorted(FIXTURES.glob("*.txt"))[:12]:
        (arch / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "a.duckdb"
    first = build(db, read_archive([arch]), batch_size=5)
    before = counts(db)
    again = build(db, read_archive([arch]), batch_size=5)
    assert (again.added, again.updated, again.unchanged, again.batches) == (0, 0, 12, 0)
    assert counts(db) == before and first.added == 12
    # one article edited, one added: only those two are extracted, the edited one replaces its rows
    edited = sorted(arch.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nHội nghị đã bầu Sở Tài chính làm Cụm trưởng năm 2030.",
                      encoding="utf-8")
    (arch / "new.txt").write_text((HISTORY / "2024-07_so_ket_h1.txt").read_text(encoding="utf-8"), encoding="utf-8")
    third = build(db, read_archive([arch]), batch_size=5)
    assert (third.added, third.updated, third.unchanged) == (1, 1, 11)
    after = counts(db)
    for t, (rows, ids) in after.items():
        con = connect(db, read_only=True)
        dup = con.execute(f"SELECT count(*) FROM (SELECT article_id, {'position' if t in CHILD else '1'} FROM {t} "
                          "GROUP BY ALL HAVING count(*) > 1)").fetchall()[0][0]
        con.close()
        assert dup == 0, t
    assert after["articles"] == (13, 13)
    # a new library version re-extracts everything, still without duplicates
    fourth = build(db, read_archive([arch]), batch_size=5, version="99.0")
    assert (fourth.added, fourth.updated, fourth.unchanged) == (0, 13, 0)
    assert counts(db) == after


def test_an_exception_mid_build_keeps_the_committed_batches_and_a_rerun_completes(tmp_path):
    files = sorted(FIXTURES.glob("*.txt"))[:10]
    items = [Item(p.name, source=str(p), text=p.read_text(encoding="utf-8")) for p in files]

    def interrupted():
        yield from items[:7]
        raise KeyboardInterrupt  # as a user's Ctrl-C reaches the reading loop

    db = tmp_path / "a.duckdb"
    with pytest.raises(KeyboardInterrupt):
        build(db, interrupted(), batch_size=3)
    # batches of 3: two were committed; the seventh article's batch was never written
    assert counts(db)["articles"] == (6, 6)
    rerun = build(db, iter(items), batch_size=3)
    assert (rerun.added, rerun.unchanged) == (4, 6)
    full = tmp_path / "b.duckdb"
    build(full, iter(items), batch_size=3)
    assert counts(db) == counts(full)


def test_a_killed_build_process_loses_nothing_committed(tmp_path):
    """SIGKILL in the middle of a real ``db build``: DuckDB's log brings back every committed batch."""
    arch = tmp_path / "arch"
    arch.mkdir()
    for k in range(4):  # enough articles that the build is still running after its first commit
        for p in sorted(FIXTURES.glob("*.txt")):
            (arch / f"{k}_{p.name}").write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    n = len(list(arch.glob("*.txt")))
    db = tmp_path / "k.duckdb"
    cmd = [sys.executable, "-m", "tdkt_extract", "db", "build", str(arch), "--db", str(db), "--batch", "10"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    line = proc.stderr.readline()
    assert line.startswith("committed batch 1"), line
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()
    kept = counts(db)["articles"][0]
    assert 10 <= kept < n  # the first batch at least, and not the whole archive
    assert main(["db", "build", str(arch), "--db", str(db), "--quiet"]) == 0
    final = counts(db)
    assert final["articles"] == (n, n)
    full = tmp_path / "full.duckdb"
    build(full, read_archive([arch]), batch_size=1000)
    assert final == counts(full)


def test_saved_jsonl_loads_like_extraction(tmp_path):
    from tdkt_extract.jsonl import ResultLine, write_jsonl
    files = sorted(HISTORY.glob("*.txt"))
    recs = [extract(p.read_text(encoding="utf-8")) for p in files]
    saved = tmp_path / "saved.jsonl"
    write_jsonl([ResultLine(id=p.name, source=f"https://example.org/{p.stem}", record=r) for p, r in zip(files, recs)]
                + [ResultLine(id="broken", error="the text is empty", error_type="EmptyInputError")], saved)
    # the layout written before ResultLine, and a line that is neither
    old = tmp_path / "old.jsonl"
    old.write_text(json.dumps({"id": "old-1", **recs[0].model_dump(mode="json")}, ensure_ascii=False) + "\n"
                   + '{"id": "bad", "meeting": {"kind": "party"}}\n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    stats = build(db, read_archive([saved, old]))
    assert (stats.added, stats.failed) == (6, 2)
    con = connect(db, read_only=True)
    rows = con.execute("SELECT article_id, source, error_type FROM articles ORDER BY article_id").fetchall()
    assert rows[0] == ("2024-01_tong_ket_2023.txt", "https://example.org/2024-01_tong_ket_2023", None)
    assert dict((r[0], r[2]) for r in rows)["broken"] == "EmptyInputError"
    assert dict((r[0], r[2]) for r in rows)["bad"] == "InputError"
    assert con.execute("SELECT count(*) FROM members WHERE article_id = 'old-1'").fetchall() == [(5,)]
    con.close()
    before = counts(db)
    again = build(db, read_archive([saved, old]))
    # the records are unchanged; the two failures are tried again and replace their own rows
    assert (again.unchanged, again.added, again.updated) == (4, 0, 2)
    assert counts(db) == before


def test_history_of_a_cluster_written_three_ways_over_two_years(built):
    db, _ = built
    con = connect(db, read_only=True)
    h = history(con, "Cụm thi đua số 3", province="Thanh Hóa")
    c = h["cluster"]
    assert c["cluster_id"] == "cum-3-thanh-hoa" and c["article_count"] == 3
    assert sorted(c["variants"]) == ["Cụm 3", "Cụm thi đua số 3", "cụm thi đua số III"]
    y23, y24 = h["years"]
    assert (y23["year"], y24["year"]) == (2023, 2024)
    roles = lambda y, r: [(f["organization"], f["person"]) for f in y[r]]  # noqa: E731
    assert roles(y23, "chair") == [("UBND huyện Cẩm Thủy", "Trịnh Văn Sơn")]
    assert roles(y23, "vice_chair") == [("UBND huyện Thạch Thành", None)]
    assert roles(y23, "next_chair") == [("UBND huyện Thạch Thành", None)]
    assert roles(y23, "next_vice_chair") == [("UBND huyện Ngọc Lặc", None)]
    assert roles(y24, "chair") == [("UBND huyện Thạch Thành", "Phạm Minh Đức"), ("UBND huyện Thạch Thành", None)]
    assert roles(y24, "next_chair") == [("UBND huyện Ngọc Lặc", None)]
    units = ["UBND huyện Cẩm Thủy", "UBND huyện Thạch Thành", "UBND huyện Ngọc Lặc", "UBND huyện Lang Chánh",
             "UBND huyện Bá Thước"]
    assert [m["organization"] for m in y23["members"]] == units
    assert sorted(m["organization"] for m in y24["members"]) == sorted(units)
    assert [m["value"] for m in y23["member_count"]] == [5] and [m["value"] for m in y24["member_count"]] == [5]
    assert [(r["rank"], r["organization"]) for r in y23["rankings"]] == [(1, "UBND huyện Ngọc Lặc")]
    assert [(r["rank"], r["organization"]) for r in y24["rankings"]] == [(1, "UBND huyện Bá Thước")]
    assert [(a["recipient"], a["award"], a["status"]) for a in y23["awards"]] == [
        ("UBND huyện Ngọc Lặc", "Cờ thi đua của Chính phủ", "proposed")]
    assert [(a["recipient"], a["award"], a["status"]) for a in y24["awards"]] == [
        ("UBND huyện Bá Thước", "Cờ thi đua của UBND tỉnh", "proposed")]
    assert [d["kind"] for d in y23["decisions"]] == ["ranking", "award_proposal", "election", "covenant"]
    assert [d["kind"] for d in y24["decisions"]] == ["approve_report", "plan", "ranking", "award_proposal", "election"]
    assert [(t["year"], t["chair"], t["how"]) for t in h["timeline"]] == [
        (2023, "UBND huyện Cẩm Thủy", "stated"), (2024, "UBND huyện Thạch Thành", "stated"),
        (2025, "UBND huyện Ngọc Lặc", "elected at a 2024 meeting")]
    # every fact points at its article and at evidence that reads as the value
    texts = {f"cum3_thanh_hoa/{p.name}": p.read_text(encoding="utf-8") for p in HISTORY.glob("*.txt")}
    facts = [f for y in h["years"] for r in ("chair", "next_chair", "rankings", "awards") for f in y[r]]
    for f in facts:
        (a, b), = f["evidence"][:1]
        assert texts[f["article_id"]][a:b] == f.get("organization", f.get("recipient")), f
    for m in y23["members"]:
        (a, b), = m["refs"][0]["evidence"]
        assert texts[m["refs"][0]["article_id"]][a:b] == m["organization"]


def test_history_page_is_self_contained_and_shows_the_rotation(built, tmp_path):
    db, _ = built
    con = connect(db, read_only=True)
    page = render_history(history(con, "cụm 3", province="Thanh Hoá"))
    assert "<script" not in page and "http" not in page.split("<main>")[0]
    tl = page.split('class="timeline"')[1].split("</div></div></main>")[0]
    assert tl.index("2023") < tl.index("UBND huyện Cẩm Thủy") < tl.index("2024") < tl.index("UBND huyện Thạch Thành") \
        < tl.index("2025") < tl.index("UBND huyện Ngọc Lặc")
    assert page.count('class="tl change"') + page.count('class="tl elected change"') == 2
    assert "2024-01_tong_ket_2023.txt [" in page  # facts carry article id and evidence offsets
    out = tmp_path / "h.html"
    assert main(["history", "Cụm thi đua số 3", "--province", "Thanh Hóa", "--db", str(db), "--html", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == page


def test_history_names_the_candidates_when_unsure(built, capsys):
    db, _ = built
    con = connect(db, read_only=True)
    with pytest.raises(ClusterNotFound, match="Closest: .*cum-3-thanh-hoa"):
        history(con, "Cụm thi đua số 3", province="Cà Mau")
    with pytest.raises(ClusterNotFound, match=r"clusters answer 'Cụm thi đua số 3'.*--province"):
        history(con, "Cụm thi đua số 3")
    assert main(["history", "Cụm thi đua số 99", "--db", str(db)]) == 1
    assert "no cluster answers" in capsys.readouterr().err


def test_db_clusters_lists_variants_and_counts(built, capsys):
    db, _ = built
    assert main(["db", "clusters", "--db", str(db), "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    by_id = {r["cluster_id"]: r for r in rows}
    assert by_id["cum-3-thanh-hoa"]["article_count"] == 3 and len(by_id["cum-3-thanh-hoa"]["variants"]) == 3
    con = connect(db, read_only=True)
    linked = con.execute("SELECT count(*) FROM meetings WHERE cluster_id IS NOT NULL").fetchall()[0][0]
    stated = con.execute("SELECT count(*) FROM meetings WHERE cluster_name IS NOT NULL OR cluster_number IS NOT NULL").fetchall()[0][0]
    assert linked == stated  # every article that names a cluster is linked to one
    assert sum(r["article_count"] for r in rows) == linked


def test_export_xlsx_csv_parquet(built, tmp_path):
    from openpyxl import load_workbook
    db, _ = built
    xlsx = tmp_path / "out.xlsx"
    assert main(["db", "export", "--format", "xlsx", str(xlsx), "--db", str(db)]) == 0
    wb = load_workbook(xlsx, read_only=True)
    assert wb.sheetnames == ["articles", "meetings", "clusters", "members", "people", "rankings", "awards", "decisions"]
    con = connect(db, read_only=True)
    for name in wb.sheetnames:
        rows = list(wb[name].iter_rows(values_only=True))
        assert len(rows) - 1 == con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0], name
        if name != "clusters":
            assert rows[0][:2] == ("article_id", "source") and all(r[0] and r[1] for r in rows[1:]), name
    head = list(wb["awards"].iter_rows(values_only=True))
    assert head[0][3:7] == ("awards.recipient", "awards.award", "awards.status", "awards.year")
    got = {r[3:6] for r in head[1:] if r[0] == "cum3_thanh_hoa/2024-01_tong_ket_2023.txt"}
    assert got == {("UBND huyện Ngọc Lặc", "Cờ thi đua của Chính phủ", "proposed")}
    meetings = list(wb["meetings"].iter_rows(values_only=True))
    assert "cluster.chair.organization" in meetings[0] and "meeting.date" in meetings[0]
    assert main(["db", "export", "--format", "csv", str(tmp_path / "csv"), "--db", str(db)]) == 0
    assert main(["db", "export", "--format", "parquet", str(tmp_path / "pq"), "--db", str(db)]) == 0
    import csv
    with open(tmp_path / "csv" / "people.csv", encoding="utf-8") as fh:
        people = list(csv.DictReader(fh))
    assert all(isinstance(json.loads(p["people.roles"]), list) for p in people) and people[0]["source"]
    back = duckdb.connect().execute(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'members.parquet'}'").fetchall()[0][0]
    assert back == con.execute("SELECT count(*) FROM members").fetchall()[0][0]


def test_sql_and_clear_errors(built, tmp_path, capsys):
    db, _ = built
    assert main(["db", "sql", "SELECT count(*) AS n FROM clusters WHERE cluster_id = 'cum-3-thanh-hoa'", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "1"]
    assert main(["db", "sql", "SELECT nope FROM clusters", "--db", str(db)]) == 2
    assert "nope" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["db", "clusters", "--db", str(tmp_path / "missing.duckdb")])
    assert "no database at" in capsys.readouterr().err
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(SystemExit):
        main(["history", "Cụm 3", "--db", str(other)])
    assert "not an archive database" in capsys.readouterr().err


def test_example_queries_answer_the_boards_questions(built):
    from tdkt_extract.store.queries import EXAMPLES
    db, _ = built
    con = connect(db, read_only=True)

    def run(name):
        cur = con.execute(EXAMPLES[name])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]
    chairs = {(r["cluster"], r["province"], r["year"]): r["chair"] for r in run("chairs_by_year")}
    # the cluster's canonical name is one of its variants; the three articles give two years of chairs
    name = con.execute("SELECT name FROM clusters WHERE cluster_id = 'cum-3-thanh-hoa'").fetchall()[0][0]
    assert chairs[(name, "Thanh Hóa", 2023)] == "UBND huyện Cẩm Thủy"
    assert chairs[(name, "Thanh Hóa", 2024)] == "UBND huyện Thạch Thành"
    flags = {r["recipient"]: r for r in run("government_flag_proposals")}
    assert flags["UBND huyện Ngọc Lặc"]["proposals"] == 1 and "UBND huyện Bá Thước" not in flags  # a provincial flag
    nxt = {(r["cluster"], r["for_year"]): r["next_chair"] for r in run("next_chairs") if r["province"] == "Thanh Hóa"}
    assert nxt[(name, 2024)] == "UBND huyện Thạch Thành" and nxt[(name, 2025)] == "UBND huyện Ngọc Lặc"
    leaders = {(r["cluster"], r["year"]): r["leading_unit"] for r in run("leaders_by_year") if r["province"] == "Thanh Hóa"}
    assert leaders[(name, 2023)] == "UBND huyện Ngọc Lặc" and leaders[(name, 2024)] == "UBND huyện Bá Thước"
    # silent clusters, checked against the meetings table read in Python
    years: dict = {}
    for cid, y in con.execute("SELECT cluster_id, year FROM meetings WHERE cluster_id IS NOT NULL AND year IS NOT NULL").fetchall():
        years.setdefault(cid, set()).add(y)
    last = max(y for ys in years.values() for y in ys) - 1
    want = {cid for cid, ys in years.items() if min(ys) < last and last not in ys}
    assert {r["cluster_id"] for r in run("silent_last_year")} == want and want


def test_a_database_locked_by_another_process_is_a_clear_error(built, tmp_path):
    db = tmp_path / "busy.duckdb"
    holder = connect(db)  # this process writes; another may not even read
    try:
        code = ("from tdkt_extract.cli import main; import sys; "
                f"sys.exit(main(['db', 'clusters', '--db', {str(db)!r}]))")
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    finally:
        holder.close()
    assert r.returncode == 2 and "open in another process" in r.stderr


def test_a_saved_page_is_sourced_at_its_own_address(tmp_path):
    page = ('<html><head><meta property="og:url" content="https://baothanhhoa.vn/cum-3.html?a=1&amp;b=2">'
            "<title>Cụm thi đua số 3 sơ kết</title></head><body><article><h1>Cụm 3 sơ kết</h1><p>"
            + (HISTORY / "2024-07_so_ket_h1.txt").read_text(encoding="utf-8").replace("\n\n", "</p><p>")
            + "</p></article></body></html>")
    d = tmp_path / "pages"
    d.mkdir()
    (d / "a.html").write_text(page, encoding="utf-8")
    (d / "b.htm").write_text(page.replace('<meta property="og:url" content="https://baothanhhoa.vn/cum-3.html?a=1&amp;b=2">',
                                          '<link href="https://example.org/b" rel="canonical">'), encoding="utf-8")
    (d / "c.txt").write_text('<link rel="canonical" href="https://example.org/c">', encoding="utf-8")  # text: no address read
    items = {i.id: i.source for i in read_archive([d])}
    assert items == {"pages/a.html": "https://baothanhhoa.vn/cum-3.html?a=1&b=2", "pages/b.htm": "https://example.org/b",
                     "pages/c.txt": str((d / "c.txt").resolve())}
    db = tmp_path / "p.duckdb"
    assert build(db, read_archive([d / "a.html"])).failed == 0
    con = connect(db, read_only=True)
    assert con.execute("SELECT a.source, m.chair_organization FROM articles a JOIN meetings m USING (article_id)").fetchall() == [
        ("https://baothanhhoa.vn/cum-3.html?a=1&b=2", "UBND huyện Thạch Thành")]


def test_without_the_db_extra_the_commands_say_how_to_get_it(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "duckdb", None)  # as if DuckDB were not installed: its import fails
    with pytest.raises(SystemExit) as e:
        main(["db", "clusters"])
    assert e.value.code == 2 and "pip install 'tdkt-extract[db]'" in capsys.readouterr().err


def test_history_as_text_names_each_fact_and_its_article(built, capsys):
    db, _ = built
    assert main(["history", "cum-3-thanh-hoa", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "chair: UBND huyện Cẩm Thủy (Trịnh Văn Sơn)  [cum3_thanh_hoa/2024-01_tong_ket_2023.txt]" in out
    assert "next chair: UBND huyện Ngọc Lặc  [cum3_thanh_hoa/2025-01_tong_ket_2024.txt]" in out
    assert out.index("\n2023") < out.index("\n2024")
