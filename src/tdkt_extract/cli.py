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
from .errors import TdktError

SUBCOMMANDS = ("eval", "show", "schema", "example")


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8", errors="replace")


def cmd_extract(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="tdkt-extract", description="Extract meeting records from article files (JSON; JSONL for several).")
    ap.add_argument("files", nargs="+", help="article text files, or - for standard input")
    ap.add_argument("--indent", type=int, default=None, help="indent JSON output (single file)")
    a = ap.parse_args(argv)
    failed = 0
    many = len(a.files) > 1
    for f in a.files:
        try:
            rec = extract(_read(f)).model_dump(mode="json")
            out = {"id": f, **rec} if many else rec
            print(json.dumps(out, ensure_ascii=False, indent=None if many else a.indent))
        except (OSError, TdktError, TypeError, ValueError) as e:
            failed += 1
            print(json.dumps({"id": f, "error": f"{type(e).__name__}: {e}"}, ensure_ascii=False))
    return 1 if failed else 0


def cmd_schema(argv: list[str]) -> int:
    from .models import json_schema
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
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
    if argv and argv[0] in SUBCOMMANDS:
        return {"eval": cmd_eval, "show": cmd_show, "schema": cmd_schema, "example": cmd_example}[argv[0]](argv[1:])
    return cmd_extract(argv)


if __name__ == "__main__":
    sys.exit(main())
