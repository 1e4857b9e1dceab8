"""The command line on real archives: streamed input, bad bytes, a bad -o, signals, closed pipes,
full disks; every failure a one-line message and a documented exit code, never a traceback."""
import io
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tdkt_extract import cli
from tdkt_extract.cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_PIPE, EXIT_TERMINATED, EXIT_USAGE, main

ARTICLE = "Ngày {d}/5/2025, tại Sở Công Thương, Cụm thi đua số {n} tổ chức Hội nghị sơ kết 6 tháng đầu năm 2025."
CLI = [sys.executable, "-m", "tdkt_extract"]


def _jsonl(path: Path, n: int, **extra) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": i, "text": ARTICLE.format(d=i % 28 + 1, n=i % 9 + 1) * 3, **extra}, ensure_ascii=False) + "\n")
    return path


def _strict(line: bytes) -> dict:
    """A line as strict JSON in UTF-8: no NaN or Infinity, no lone surrogate."""
    def no_constant(name):
        raise AssertionError(f"{name} is not JSON")
    return json.loads(line.decode("utf-8", errors="strict"), parse_constant=no_constant)


def _wait_for_line(path: Path, proc, timeout=60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and b"\n" in path.read_bytes()[:100_000]:
            return
        assert proc.poll() is None, proc.stderr.read()
        time.sleep(0.05)
    raise AssertionError("no line written in time")


def _children(pid: int) -> list[int]:
    """The process's descendants (its workers, and the forkserver's children), from /proc."""
    parent = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                parent[int(d.name)] = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        kids = [c for c, pp in parent.items() if pp == p]
        out += kids
        todo += kids
    return out


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text(errors="replace")
    except OSError:  # gone already
        return ""


def _gone(pids, timeout=15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = []
        for p in pids:
            try:
                state = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":
                alive.append(p)
        if not alive:
            return True
        time.sleep(0.1)
    return False


# --- item 3: bytes that are not UTF-8 -------------------------------------------------------

def test_a_non_utf8_line_is_an_error_for_that_line_only(tmp_path, capsys):
    j = tmp_path / "in.jsonl"
    good = [json.dumps({"id": k, "text": ARTICLE.format(d=3, n=k)}, ensure_ascii=False).encode() for k in (1, 2)]
    j.write_bytes(good[0] + b"\n" + b'{"id": "x", "text": "caf\xe9"}\n' + good[1] + b"\n")
    assert main([str(j), "--no-progress"]) == EXIT_FAILED
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["1", f"{j}:2", "2"]  # a line's id is a string (ResultLine)
    assert "not UTF-8" in rows[1]["error"] and rows[2]["record"]["cluster"]["number"] == 2


@pytest.mark.parametrize("jsonl", [False, True])
def test_stdin_follows_the_same_rule_as_files(monkeypatch, capsys, jsonl):
    data = (b'{"id": "s", "text": "Cum \xff"}\n' if jsonl else b"C\xe1c \xff Cum thi dua so 2")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="latin-1"))
    assert main(["-"] + (["--jsonl-input"] if jsonl else [])) == EXIT_FAILED
    out = json.loads(capsys.readouterr().out)
    assert "not UTF-8" in out["error"]


# --- item 2: output always valid UTF-8 JSON ------------------------------------------------

def test_surrogates_and_infinite_numbers_never_reach_the_output(tmp_path):
    j = tmp_path / "in.jsonl"
    text = ARTICLE.format(d=1, n=4)
    j.write_text("\n".join([
        '{"id": 1e400, "text": "' + text + '"}',
        '{"id": "\\udcff", "text": "' + text + '\\ud800"}',
        '{"id": NaN, "text": "' + text + '"}',
        '{"id": {"k": -Infinity}, "text": "\\ud83d ' + text + '"}',
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(j), "-o", str(out)]) == EXIT_OK
    rows = [_strict(line) for line in out.read_bytes().splitlines()]
    assert [r["id"] for r in rows] == ["Infinity", "\ufffd", "NaN", '{"k": "-Infinity"}']
    assert all(r["record"]["cluster"]["number"] == 4 for r in rows)


def test_a_file_name_that_is_not_utf8_is_written_as_valid_utf8(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / os.fsdecode(b"bai\xff.txt")).write_text(ARTICLE.format(d=2, n=5), encoding="utf-8")
    r = subprocess.run(CLI + [str(d)], capture_output=True, timeout=120)
    assert r.returncode == EXIT_OK, r.stderr
    row = _strict(r.stdout.splitlines()[0])
    assert row["id"].endswith("bai\ufffd.txt")


# --- item 4 and 12: -o ----------------------------------------------------------------------

def test_output_naming_an_input_is_refused_and_the_input_kept(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    for f in (a, b):
        f.write_text(ARTICLE.format(d=1, n=1), encoding="utf-8")
    assert main([str(a), str(b), "-o", str(b)]) == EXIT_USAGE
    assert b.read_text(encoding="utf-8") == ARTICLE.format(d=1, n=1)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is one of the inputs" in err
    # through another spelling of the path, and as a file the input folder would read
    assert main([str(a), "-o", str(tmp_path / "." / "a.txt")]) == EXIT_USAGE
    assert main([str(tmp_path), "-o", str(tmp_path / "new.txt")]) == EXIT_USAGE
    assert not (tmp_path / "new.txt").exists()


@pytest.mark.parametrize("where", ["missing/out.jsonl", "."])
def test_a_bad_output_is_one_line_and_exit_2_before_any_input_is_read(tmp_path, capsys, monkeypatch, where):
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE.format(d=1, n=1), encoding="utf-8")
    monkeypatch.setattr(cli, "_inputs", lambda *args, **kw: pytest.fail("input read before -o was checked"))
    assert main([str(a), "-o", str(tmp_path / where)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("tdkt-extract: ") and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_one_line_and_exit_2(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE.format(d=1, n=1), encoding="utf-8")
    r = subprocess.run(CLI + [str(a), str(a), "-o", "/dev/full"], capture_output=True, text=True, timeout=120)
    assert r.returncode == EXIT_USAGE and "No space left" in r.stderr and "Traceback" not in r.stderr
    with open("/dev/full", "w") as full:
        r = subprocess.run(CLI + [str(a), str(a)], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert r.returncode == EXIT_USAGE and "standard output" in r.stderr and "Traceback" not in r.stderr


# --- item 8: streaming and bounded reads ---------------------------------------------------

def test_the_first_line_comes_out_before_the_input_ends(tmp_path):
    p = subprocess.Popen(CLI + ["-", "--jsonl-input"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    try:
        p.stdin.write(json.dumps({"id": "first", "text": ARTICLE.format(d=7, n=2)}, ensure_ascii=False).encode() + b"\n")
        p.stdin.flush()
        ready, _, _ = select.select([p.stdout], [], [], 60)
        assert ready, "no line while standard input is still open"
        assert json.loads(p.stdout.readline())["id"] == "first"
        assert p.poll() is None  # still reading
        p.stdin.write(json.dumps({"id": "second", "text": ARTICLE.format(d=8, n=3)}, ensure_ascii=False).encode() + b"\n")
        p.stdin.close()
        assert json.loads(p.stdout.readline())["id"] == "second"
        assert p.wait(60) == EXIT_OK
    finally:
        p.kill()
        p.wait()


def test_a_stream_is_read_no_further_than_max_chars(tmp_path):
    t0 = time.monotonic()
    got = list(cli._inputs(["/dev/zero"], False, max_chars=10_000))
    assert len(got) == 1 and type(got[0][1]).__name__ == "InputTooLargeError"
    assert time.monotonic() - t0 < 10


def test_a_file_too_large_is_refused_by_its_size(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:  # a sparse file: large on paper, no time to write
        f.truncate(50_000_000)
    reads = []
    monkeypatch.setattr(cli, "_read_stream", lambda *a: reads.append(a) or "")
    (name, err, _source), = cli._inputs([str(big)], False, max_chars=1_000_000)
    assert type(err).__name__ == "InputTooLargeError" and "max_chars=1,000,000" in str(err)
    assert reads == []


def test_a_jsonl_line_longer_than_its_bound_is_an_error_for_that_line(tmp_path):
    j = tmp_path / "in.jsonl"
    limit = cli._jsonl_limit(10)
    j.write_bytes(b'{"id": "a", "text": "' + b"x" * (limit + 10) + b'"}\n{"id": "b", "text": "ok"}\n')
    got = list(cli._inputs([str(j)], False, max_chars=10))
    assert [g[0] for g in got] == [f"{j}:1", "b"]
    assert "longer than" in str(got[0][1]) and got[1][1] == "ok"


# --- item 12: folders, suffixes, show ------------------------------------------------------

def test_folders_read_html_and_an_empty_folder_is_an_error(tmp_path, capsys):
    pytest.importorskip("selectolax")
    d = tmp_path / "pages"
    d.mkdir()
    (d / "a.HTML").write_text("<html><body><article><p>" + ARTICLE.format(d=9, n=6) + "</p></article></body></html>",
                              encoding="utf-8")
    (d / "b.htm").write_text("<div><p>" + ARTICLE.format(d=9, n=7) + "</p><p>x</p><p>y</p></div>", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([str(d), str(empty)]) == EXIT_FAILED
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r.get("record", {}).get("cluster", {}).get("number") for r in rows[:2]] == [6, 7]
    assert rows[2]["id"] == str(empty) and "no .txt, .html, .htm file" in rows[2]["error"]


def test_an_upper_case_jsonl_suffix_is_read_as_jsonl(tmp_path, capsys):
    j = _jsonl(tmp_path / "IN.JSONL", 2)
    assert main([str(j)]) == EXIT_OK
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == ["0", "1"]


def test_show_reports_bad_files_and_gold_in_one_line_each(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE.format(d=4, n=8), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes(b"Cum \xe9")
    out = tmp_path / "page.html"
    files = [str(tmp_path / n) for n in ("good.txt", "missing.txt", "empty.txt", "latin.txt")]
    assert main(["show", *files, "-o", str(out)]) == EXIT_FAILED
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and all(line.startswith("tdkt-extract show: ") for line in err)
    assert "Cụm thi đua số 8" in out.read_text(encoding="utf-8")
    for content, words in [("{not json", "is not JSON"), ("[1, 2]", "shape of a record"), ('{"meeting": 3}', "meeting")]:
        g = tmp_path / "gold.json"
        g.write_text(content, encoding="utf-8")
        assert main(["show", str(good), "--gold", str(g), "-o", str(out)]) == EXIT_FAILED
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err


# --- item 5 and 12: signals and a closed pipe ------------------------------------------------

def test_sigterm_ends_the_workers_and_keeps_every_finished_line(tmp_path):
    j = _jsonl(tmp_path / "in.jsonl", 20_000)
    out = tmp_path / "out.jsonl"
    p = subprocess.Popen(CLI + [str(j), "--workers", "2", "-o", str(out)], stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_line(out, p)
        workers = _children(p.pid)
        assert workers
        p.send_signal(signal.SIGTERM)
        assert p.wait(60) == EXIT_TERMINATED
        err = p.stderr.read()
    finally:
        p.kill()
        p.wait()
    assert "Traceback" not in err and "terminated" in err
    assert _gone(workers), "worker processes outlived the CLI"
    lines = out.read_bytes().splitlines()
    assert 0 < len(lines) < 20_000
    assert [_strict(x)["id"] for x in lines] == [str(i) for i in range(len(lines))]  # whole lines, in order
    assert out.read_bytes().endswith(b"\n")


def _default_sigint() -> None:
    # a shell without job control starts background commands with SIGINT ignored, and the child would inherit
    # that: the CLI is tested as a user at a terminal runs it
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_exits_130_without_a_traceback(tmp_path):
    j = _jsonl(tmp_path / "in.jsonl", 20_000)
    out = tmp_path / "out.jsonl"
    p = subprocess.Popen(CLI + [str(j), "--workers", "2", "-o", str(out)], stderr=subprocess.PIPE, text=True,
                         preexec_fn=_default_sigint)
    try:
        _wait_for_line(out, p)
        p.send_signal(signal.SIGINT)
        assert p.wait(60) == EXIT_INTERRUPTED
        err = p.stderr.read()
    finally:
        p.kill()
        p.wait()
    assert "Traceback" not in err and "interrupted" in err
    assert all(_strict(x) for x in out.read_bytes().splitlines())


def test_a_closed_pipe_is_quiet(tmp_path):
    j = _jsonl(tmp_path / "in.jsonl", 3_000)
    p = subprocess.Popen(CLI + [str(j)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = p.stdout.readline()
    p.stdout.close()  # what `| head -1` does
    assert p.wait(120) == EXIT_PIPE
    assert json.loads(first)["id"] == "0"
    assert p.stderr.read() == b""


def test_a_crlf_file_gives_the_record_python_reading_gives(tmp_path, capsys):
    f = tmp_path / "crlf.txt"
    f.write_bytes(("Sơ kết Cụm thi đua số 3\r\n\r\n" + ARTICLE.format(d=5, n=3) + "\r\n").encode("utf-8"))
    assert main([str(f)]) == EXIT_OK
    with open(f, encoding="utf-8") as fh:  # universal newlines, as open() reads by default
        expected = cli.extract(fh.read()).model_dump(mode="json")
    assert json.loads(capsys.readouterr().out) == expected


def test_a_worker_killed_mid_run_loses_no_line(tmp_path):
    j = _jsonl(tmp_path / "in.jsonl", 3_000)
    out = tmp_path / "out.jsonl"
    p = subprocess.Popen(CLI + [str(j), "--workers", "2", "-o", str(out)], stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_line(out, p)
        # a worker: a descendant with no children of its own (the forkserver has the workers)
        procs = _children(p.pid)
        workers = [w for w in procs if not _children(w) and "forkserver" in _cmdline(w)]
        assert workers
        os.kill(workers[0], signal.SIGKILL)
        rc = p.wait(300)
        err = p.stderr.read()
    finally:
        p.kill()
        p.wait()
    assert rc in (EXIT_OK, EXIT_FAILED) and "Traceback" not in err
    rows = [_strict(x) for x in out.read_bytes().splitlines()]
    assert [r["id"] for r in rows] == [str(i) for i in range(3_000)]  # every input accounted for, in order
    assert all("error" not in r or r["error_type"] == "WorkerDied" for r in rows)
