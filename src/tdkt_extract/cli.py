"""Command line: ``tdkt-extract FILE...`` prints records; subcommands ``eval``, ``show``, ``schema``.

Each subcommand lives in its own function below; ``main`` only dispatches.
"""
from __future__ import annotations

import argparse
import io
import json
import math
import os
import re
import signal
import stat
import sys
from pathlib import Path

from . import __version__
from .api import extract
from .errors import InputTooLargeError
from .jsonl import ResultLine
from .settings import DEFAULT

SUBCOMMANDS = ("eval", "show", "schema", "example", "db", "history")

#: exit codes (docs/errors-and-html.md): all inputs gave records; some gave error lines; a usage or
#: output error (nothing or only part written); Ctrl-C; the reader of standard output went away;
#: SIGTERM. Finished lines are always written before the exit.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_PIPE, EXIT_TERMINATED = 0, 1, 2, 130, 141, 143

#: the files a folder is read for (any case: "A.TXT" too)
FOLDER_SUFFIXES = (".txt", ".html", ".htm")


class InputError(Exception):
    """An input that could not be read: it becomes that input's error result."""


class UsageError(Exception):
    """A mistake in the command line or an output that cannot be written: one line, exit 2."""


class _Terminated(BaseException):
    """SIGTERM arrived: stop as Ctrl-C does (flush what is finished, end the workers). A
    BaseException, like KeyboardInterrupt, so no handler of ordinary errors swallows it."""


def _too_large(name: str, max_chars: int) -> Exception:
    e = InputTooLargeError(max_chars + 1, max_chars)
    e.args = (f"{name}: more than max_chars={max_chars:,} characters; split it",)
    return e


def _read_stream(fh, name: str, max_chars: int):
    """The UTF-8 text of a binary stream, read up to ``max_chars + 1`` characters (a stream that
    never ends, /dev/zero, costs no more), or the InputError / InputTooLargeError it gives."""
    # universal newlines, as Path.read_text and open() give: spans index the text Python reads
    wrap = io.TextIOWrapper(fh, encoding="utf-8", errors="strict")
    try:
        text = wrap.read(max_chars + 1)
    except UnicodeDecodeError as e:
        return InputError(f"{name} is not UTF-8 text (a byte 0x{e.object[e.start]:02x})")
    finally:
        wrap.detach()  # the caller owns the stream
    if len(text) > max_chars:
        return _too_large(name, max_chars)
    return text


def _file(p: Path, max_chars: int):
    """(name, text or error) of one file, judged by its size before it is read."""
    name = str(p)
    try:
        with p.open("rb") as fh:
            st = os.fstat(fh.fileno())
            # UTF-8 spends at most 4 bytes on a character: a regular file this big is too long for sure
            if stat.S_ISREG(st.st_mode) and st.st_size > 4 * max_chars:
                return name, _too_large(name, max_chars)
            return name, _read_stream(fh, name, max_chars)
    except OSError as e:
        return name, InputError(f"cannot read {p}: {e.strerror or e}")


def _jsonl_limit(max_chars: int) -> int:
    """The longest JSONL line read, in bytes: a text of ``max_chars`` characters written with
    \\u escapes (12 bytes for a character outside the BMP), and room for the rest of the object."""
    return 12 * max_chars + 65_536


def _jsonl_lines(fh, name: str, max_chars: int):
    """(id, text or error, source) for each non-blank line of a binary stream of JSON objects. A line that
    is not UTF-8, not JSON, not an object with "text", or too long is an error for that line only."""
    limit = _jsonl_limit(max_chars)
    n = 0
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        n += 1
        if len(raw) > limit:
            while raw and not raw.endswith(b"\n"):  # the rest of the line is skipped, not kept
                raw = fh.readline(1 << 20)
            yield f"{name}:{n}", InputError(f"line {n}: longer than {limit:,} bytes"), f"{name}:{n}"
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield f"{name}:{n}", InputError(f"line {n}: not UTF-8 (byte 0x{raw[e.start]:02x} at byte {e.start + 1})"), f"{name}:{n}"
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or "text" not in obj:
                raise ValueError('each line must be an object with "text" (and "id")')
            yield obj.get("id", f"{name}:{n}"), obj["text"], f"{name}:{n}"
        except (ValueError, RecursionError) as e:
            yield f"{name}:{n}", InputError(f"line {n}: {e}"), f"{name}:{n}"


def _is_jsonl(path: str) -> bool:
    return Path(path).suffix.lower() == ".jsonl"


def _inputs(paths: list[str], jsonl: bool, max_chars: int = DEFAULT.max_chars):
    """(id, text or error, source) for every input, read lazily one after another: text and HTML
    files, folders (their .txt, .html and .htm files), .jsonl files of {"id", "text"} lines, or "-"
    for standard input (bytes, decoded as UTF-8 like a file). ``source`` is the file, or the JSONL
    file and line number, the text came from."""
    for path in paths:
        if path == "-":
            stdin = sys.stdin.buffer
            if jsonl:
                yield from _jsonl_lines(stdin, "-", max_chars)
            else:
                yield "-", _read_stream(stdin, "-", max_chars), "-"
            continue
        p = Path(path)
        if p.is_dir():
            found = False
            for f in sorted(p.rglob("*")):
                if f.suffix.lower() in FOLDER_SUFFIXES and f.is_file():
                    found = True
                    yield (*_file(f, max_chars), str(f))
            if not found:
                yield path, InputError(f"{path}: no {', '.join(FOLDER_SUFFIXES)} file in this folder"), path
        elif jsonl or _is_jsonl(path):
            try:
                with p.open("rb") as fh:
                    yield from _jsonl_lines(fh, path, max_chars)
            except OSError as e:
                yield path, InputError(f"cannot read {path}: {e.strerror or e}"), path
        else:
            yield (*_file(p, max_chars), str(p))


_RE_SURROGATE = re.compile("[\ud800-\udfff]")


def _safe(obj):
    """``obj`` with what JSON in UTF-8 cannot hold made writable: a lone surrogate (a file name
    that is not UTF-8, an id cut mid-emoji) becomes U+FFFD, a NaN or infinite number its name."""
    if isinstance(obj, str):
        return _RE_SURROGATE.sub("\ufffd", obj)
    if isinstance(obj, float) and not math.isfinite(obj):
        return "NaN" if obj != obj else ("Infinity" if obj > 0 else "-Infinity")
    if isinstance(obj, dict):
        return {_safe(k) if isinstance(k, str) else k: _safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_safe(v) for v in obj]
    return obj


def encode_line(obj, indent: int | None = None) -> bytes:
    """One JSON document as UTF-8 bytes and a newline: always valid UTF-8 and strict JSON."""
    try:
        text = json.dumps(obj, ensure_ascii=False, allow_nan=False, indent=indent)
        return (text + "\n").encode("utf-8")
    except (ValueError, UnicodeEncodeError):  # the rare line that needs _safe: checked only then
        return (json.dumps(_safe(obj), ensure_ascii=False, allow_nan=False, indent=indent) + "\n").encode("utf-8")


def result_line(res, source: str | None = None) -> dict:
    """What one result of a batch writes as its JSONL line: a ResultLine (schemas/result_line.schema.json)."""
    # top-level nulls left out (as jsonl.dump_line does); the record keeps its nulls, every field present
    return {k: v for k, v in ResultLine.from_result(res, source=source).model_dump(mode="json").items() if v is not None}


def _single_body(res) -> dict:
    return res.record.model_dump(mode="json") if res.ok else {"id": res.id, "error": res.error, "error_type": res.error_type}


def _open_output(output: str, inputs: list[str]):
    """The binary file ``-o`` names, checked and opened before any input is read."""
    out = Path(output)
    if out.is_dir():
        raise UsageError(f"-o {output}: is a folder")
    real = os.path.realpath(out)
    for inp in inputs:
        if inp == "-":
            continue
        p = Path(inp)
        same = (out.exists() and p.exists() and os.path.samefile(out, p)) or os.path.realpath(p) == real
        inside = p.is_dir() and out.suffix.lower() in FOLDER_SUFFIXES and real.startswith(os.path.realpath(p) + os.sep)
        if same or inside:
            raise UsageError(f"-o {output}: is one of the inputs{' (a file of the input folder)' if inside else ''}; "
                             "write the output elsewhere")
    try:
        return open(out, "wb")
    except OSError as e:
        raise UsageError(f"cannot write {output}: {e.strerror or e}") from None


class _OutputError(Exception):
    """Writing the output failed (a full disk, a closed pipe)."""


def _write(out, data: bytes) -> None:
    try:
        out.write(data)
        out.flush()  # each line as soon as it is ready: a reader sees it, an interruption keeps it
    except BrokenPipeError:
        raise
    except OSError as e:
        raise _OutputError(e.strerror or str(e)) from None


def _quiet_stdout() -> None:
    """Standard output is gone (``| head``): point it at /dev/null so exit flushes say nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _progress(items, total: int | None, enabled: bool):
    if not enabled:
        return items
    try:
        from tqdm import tqdm
    except ImportError:  # the progress extra is optional
        return items
    return tqdm(items, total=total, unit="article", file=sys.stderr)


def _on_sigterm(signum, frame):
    raise _Terminated()


def cmd_extract(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        prog="tdkt-extract",
        description="Extract meeting records. One text file prints its record as JSON; several inputs, folders "
                    "and JSONL give JSONL, one line per input: {\"id\", \"source\", \"record\"} or {\"id\", \"source\", \"error\", "
                    "\"error_type\"} (schema: tdkt-extract schema --line), each written as soon as it is ready, in input order. Exit status: 0 all inputs gave records, "
                    "1 some gave error lines, 2 usage or output error, 130 interrupted, 143 terminated. "
                    "Subcommands: eval, show, schema, example, db, history.")
    ap.add_argument("inputs", nargs="+", help="text or HTML files, folders (their .txt, .html, .htm files), "
                                              ".jsonl files ({\"id\",\"text\"} per line), or - for stdin")
    ap.add_argument("--jsonl-input", action="store_true", help="read every input (and stdin) as JSONL")
    ap.add_argument("-o", "--output", help="write JSONL to this file instead of standard output (never one of the inputs)")
    ap.add_argument("--workers", type=int, default=1, help="processes to use (default 1)")
    ap.add_argument("--no-progress", action="store_true", help="no progress bar")
    ap.add_argument("--indent", type=int, default=None, help="indent the JSON of a single record")
    a = ap.parse_args(argv)
    if a.workers < 1:
        ap.error("--workers must be at least 1")
    from .batch import WorkerStartError, extract_many

    single = (len(a.inputs) == 1 and not a.jsonl_input and not a.output and a.inputs[0] != "-"
              and not _is_jsonl(a.inputs[0]) and not Path(a.inputs[0]).is_dir()) or a.inputs == ["-"] and not a.jsonl_input
    try:
        if a.output:
            out = _open_output(a.output, a.inputs)
        else:
            sys.stdout.flush()
            out = sys.stdout.buffer
    except UsageError as e:
        print(f"tdkt-extract: {e}", file=sys.stderr)
        return EXIT_USAGE
    show = not a.no_progress and not single and sys.stderr.isatty()
    sources: dict[int, str] = {}  # input position -> where it came from, for its result's line

    def pairs():
        for i, (ident, text, source) in enumerate(_inputs(a.inputs, a.jsonl_input)):
            sources[i] = source
            yield ident, text

    results = extract_many(pairs(), workers=a.workers)
    ok = failed = 0
    status = None
    try:
        old_term = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread (the CLI called from a thread): SIGTERM stays as it was
        old_term = None
    try:
        for res in _progress(results, None, show):
            if res.ok:
                ok += 1
            else:
                failed += 1
            source = sources.pop(res.index, None)
            _write(out, encode_line(_single_body(res), a.indent) if single else encode_line(result_line(res, source)))
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
        print(f"tdkt-extract: interrupted; {ok + failed} lines written", file=sys.stderr)
    except _Terminated:
        status = EXIT_TERMINATED
        print(f"tdkt-extract: terminated; {ok + failed} lines written", file=sys.stderr)
    except BrokenPipeError:
        status = EXIT_PIPE
        _quiet_stdout()
    except _OutputError as e:
        status = EXIT_USAGE
        print(f"tdkt-extract: cannot write {a.output or 'standard output'}: {e}", file=sys.stderr)
    except WorkerStartError as e:
        status = EXIT_USAGE
        print(f"tdkt-extract: {e}", file=sys.stderr)
    finally:
        results.close()  # ends the worker processes, whatever stopped the loop
        if old_term is not None:
            signal.signal(signal.SIGTERM, old_term)
        if a.output:
            try:
                out.close()
            except OSError as e:
                if status is None:
                    status = EXIT_USAGE
                    print(f"tdkt-extract: cannot write {a.output}: {e.strerror or e}", file=sys.stderr)
    if status is not None:
        return status
    if failed:
        print(f"tdkt-extract: {ok} ok, {failed} failed", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


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
    try:
        if argv and argv[0] in ("db", "history"):  # the archive database: cli_db.py
            from . import cli_db
            return (cli_db.db_main if argv[0] == "db" else cli_db.history_main)(argv[1:])
        if argv and argv[0] in SUBCOMMANDS:
            return {"eval": cmd_eval, "show": cmd_show, "schema": cmd_schema, "example": cmd_example}[argv[0]](argv[1:])
        return cmd_extract(argv)
    except KeyboardInterrupt:  # outside the extraction loop (which reports its own): no traceback
        print("tdkt-extract: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of standard output went away (``| head``): nothing to say
        _quiet_stdout()
        return EXIT_PIPE


if __name__ == "__main__":
    sys.exit(main())
