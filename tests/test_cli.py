"""The command line: single file, several files, folders, JSONL, errors and exit codes."""
import json

from tdkt_extract.cli import main

ARTICLE = "Ngày 9/7/2024, tại Sở Nội vụ, Cụm thi đua số 3 tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024."


def test_single_file_prints_one_record(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    assert main([str(f)]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["meeting"]["date"] == "2024-07-09" and "id" not in rec


def test_folder_and_jsonl_give_jsonl_and_errors_are_kept(tmp_path, capsys):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b.txt").write_text("  ", encoding="utf-8")
    j = tmp_path / "in.jsonl"
    j.write_text('{"id": "x", "text": "' + ARTICLE + '"}\nnot json\n{"id": "y"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(d), str(j), "-o", str(out), "--no-progress"]) == 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [str(d / "a.txt"), str(d / "b.txt"), "x", f"{j}:2", f"{j}:3"]
    assert [("error" in r) for r in rows] == [False, True, False, True, True]
    assert rows[2]["record"]["cluster"]["number"] == 3
    assert "2 ok, 3 failed" in capsys.readouterr().err


def test_workers_keep_order(tmp_path):
    files = []
    for i in range(12):
        f = tmp_path / f"{i:02d}.txt"
        f.write_text(ARTICLE.replace("số 3", f"số {i + 1}"), encoding="utf-8")
        files.append(str(f))
    out = tmp_path / "out.jsonl"
    assert main(files + ["--workers", "2", "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["record"]["cluster"]["number"] for r in rows] == list(range(1, 13))


def test_missing_file_is_an_error_result(tmp_path, capsys):
    assert main([str(tmp_path / "missing.txt")]) == 1
    assert "cannot read" in capsys.readouterr().out


def test_version_and_schema(capsys):
    from tdkt_extract import __version__
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == __version__
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "MeetingRecord" and "evidence" in schema["properties"]
