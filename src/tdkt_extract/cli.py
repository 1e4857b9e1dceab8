"""Command line: ``tdkt-extract FILE...`` prints records; subcommands ``eval``, ``show``, ``schema``.

Each subcommand lives in its own function below; ``main`` only dispatches.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .api import extract
from .jsonl import ResultLine, dump_line

SUBCOMMANDS = ("eval", "show", "schema", "example", "db", "history")


class InputError(Exception):
    """An input that could not be read: it becomes that input's error result."""


def _inputs(paths: list[str], jsonl: bool):
    """(id, text or InputError, source) for every input: text files, folders of .txt files, .jsonl
    files of {"id", "text"} lines, or "-" for standard input. ``source`` is the file, or the JSONL
    file and line number, the text came from."""
    for path in paths:
        if path == "-":
            if jsonl:
                yield from _jsonl_lines(sys.stdin, "-")
            else:
                yield "-", sys.stdin.read(), "-"
            continue
        p = Path(path)
        if p.is_dir():
            for f in sorted(p.rglob("*.txt")):
                yield from _file(f)
        elif jsonl or p.suffix == ".jsonl":
            try:
                with p.open(encoding="utf-8") as fh:
                    yield from _jsonl_lines(fh, path)
            except OSError as e:
                yield path, InputError(f"cannot read {path}: {e.strerror or e}"), path
        else:
            yield from _file(p)


def _file(p: Path):
    try:
        yield str(p), p.read_text(encoding="utf-8"), str(p)
    except UnicodeDecodeError:
        yield str(p), InputError(f"{p} is not UTF-8 text"), str(p)
    except OSError as e:
        yield str(p), InputError(f"cannot read {p}: {e.strerror or e}"), str(p)


def _jsonl_lines(fh, name: str):
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or "text" not in obj:
                raise ValueError('each line must be an object with "text" (and "id")')
            yield obj.get("id", f"{name}:{n}"), obj["text"], f"{name}:{n}"
        except ValueError as e:
            yield f"{name}:{n}", InputError(f"line {n}: {e}"), f"{name}:{n}"


def _progress(items, total: int | None, enabled: bool):
    if not enabled:
        return items
    try:
        from tqdm import tqdm
    except ImportError:  # the progress extra is optional
        return items
    return tqdm(items, total=total, unit="article", file=sys.stderr)


def cmd_extract(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        prog="tdkt-extract",
        description="Extract meeting records. One text file prints its record as JSON; several inputs, folders "
                    "and JSONL give JSONL, one line per input: {\"id\", \"source\", \"record\"} or {\"id\", \"source\", \"error\", "
                    "\"error_type\"} (schema: tdkt-extract schema --line). "
                    "Subcommands: eval, show, schema, example.")
    ap.add_argument("inputs", nargs="+", help="text files, folders of .txt files, .jsonl files ({\"id\",\"text\"} per line), or - for stdin")
    ap.add_argument("--jsonl-input", action="store_true", help="read every input (and stdin) as JSONL")
    ap.add_argument("-o", "--output", help="write JSONL to this file instead of standard output")
    ap.add_argument("--workers", type=int, default=1, help="processes to use (default 1)")
    ap.add_argument("--no-progress", action="store_true", help="no progress bar")
    ap.add_argument("--indent", type=int, default=None, help="indent the JSON of a single record")
    a = ap.parse_args(argv)
    from .batch import extract_many

    single = (len(a.inputs) == 1 and not a.jsonl_input and not a.output and a.inputs[0] != "-"
              and Path(a.inputs[0]).suffix != ".jsonl" and not Path(a.inputs[0]).is_dir()) or a.inputs == ["-"] and not a.jsonl_input
    sources: dict[int, str] = {}  # input position -> where it came from, for each result's line

    def pairs():
        for i, (ident, text, source) in enumerate(_inputs(a.inputs, a.jsonl_input)):
            sources[i] = source
            yield ident, text

    items = list(pairs())
    show = not a.no_progress and sys.stderr.isatty() and len(items) > 10
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    ok = failed = 0
    try:
        for res in _progress(extract_many(items, workers=a.workers), len(items), show):
            if res.ok:
                ok += 1
            else:
                failed += 1
            line = ResultLine.from_result(res, source=sources.pop(res.index, None))
            if single and line.record is not None:  # one article: its record alone, as the contract's JSON
                print(json.dumps(line.record.model_dump(mode="json"), ensure_ascii=False, indent=a.indent), file=out)
            else:
                print(dump_line(line), file=out)
    finally:
        if a.output:
            out.close()
    if failed:
        print(f"tdkt-extract: {ok} ok, {failed} failed", file=sys.stderr)
        return 1
    return 0


def cmd_schema(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="tdkt-extract schema", description="Print a JSON Schema: the record's, or with --line the JSONL line's.")
    ap.add_argument("--line", action="store_true", help="the schema of one output line (ResultLine) instead of the record")
    a = ap.parse_args(argv)
    from .jsonl import result_line_schema
    from .models import json_schema
    print(json.dumps(result_line_schema() if a.line else json_schema(), ensure_ascii=False, indent=2))
    return 0


def cmd_example(argv: list[str]) -> int:
    """Extract the bundled example article and print its record."""
    from importlib import resources
    text = resources.files("tdkt_extract.examples").joinpath("khoi_so_ket.txt").read_text(encoding="utf-8")
    print(json.dumps(extract(text).model_dump(mode="json"), ensure_ascii=False, indent=2))
    return 0


def cmd_eval(argv: list[str]) -> int:
    from .scoring import eval_main
    return eval_main(argv)


def cmd_show(argv: list[str]) -> int:
    from .render import show_main
    return show_main(argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("--version", "-V"):
        print(__version__)
        return 0
    if argv and argv[0] in ("db", "history"):  # the archive database: cli_db.py
        from . import cli_db
        return (cli_db.db_main if argv[0] == "db" else cli_db.history_main)(argv[1:])
    if argv and argv[0] in SUBCOMMANDS:
        return {"eval": cmd_eval, "show": cmd_show, "schema": cmd_schema, "example": cmd_example}[argv[0]](argv[1:])
    return cmd_extract(argv)


if __name__ == "__main__":
    sys.exit(main())
