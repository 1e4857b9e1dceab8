"""The output line model: one JSONL line per input, written by the CLI and read back by anyone.

A line is ``{"id", "source", "record"}`` when the input gave a record (the contract's record,
shared/spec/record.md) or ``{"id", "source", "error", "error_type"}`` when it did not.
``schemas/result_line.schema.json`` is generated from :class:`ResultLine`.

>>> line = ResultLine(id="a1", record=MeetingRecord())
>>> ResultLine.model_validate_json(line.model_dump_json()) == line
True
"""
from __future__ import annotations

import json
import math
import os
import sys
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .models import MeetingRecord

__all__ = ["ResultLine", "read_jsonl", "write_jsonl", "JSONLError", "Predictions", "result_line_schema"]

# the keys of a line in the current layout; a line with record-level keys at the top is an
# archive written before ResultLine (``{"id": ..., **record}``)
_LINE_KEYS = frozenset({"id", "source", "record", "error", "error_type"})


class JSONLError(ValueError):
    """A line of a JSONL file that is neither a result line nor an old-style record line."""

    def __init__(self, path: str, lineno: int, reason: str):
        super().__init__(f"{path}:{lineno}: {reason}")
        self.path, self.lineno, self.reason = path, lineno, reason


class ResultLine(BaseModel):
    """The outcome for one input: its record, or the error that stopped it (never both)."""

    # the schema states "a record or an error" too, for readers that validate without pydantic;
    # null counts as absent, so a dump with "error": null beside a record is valid
    model_config = ConfigDict(extra="forbid", json_schema_extra={"oneOf": [
        {"required": ["record"], "properties": {"record": {"type": "object"}}},
        {"required": ["error"], "properties": {"error": {"type": "string"}}},
    ]})

    id: str = Field(description="The input's identifier: the file path, the JSONL line's id, or its position")
    source: Optional[str] = Field(default=None, description="Where the input was read from (a file, a JSONL file and line), if known")
    record: Optional[MeetingRecord] = Field(default=None, description="The meeting record, when the input could be read")
    error: Optional[str] = Field(default=None, description="Why no record was made, when the input could not be read")
    error_type: Optional[str] = Field(default=None, description="The error's class name, e.g. EmptyInputError")

    @model_validator(mode="after")
    def _record_or_error(self) -> "ResultLine":
        # a line with both (or neither) cannot be counted as a success or a failure
        if (self.record is None) == (self.error is None):
            raise ValueError("a result line holds either a record or an error, not both or neither")
        if self.error_type is not None and self.error is None:
            raise ValueError("error_type given without error")
        return self

    @property
    def ok(self) -> bool:
        """True when the line holds a record."""
        return self.record is not None

    @classmethod
    def from_result(cls, result: Any, source: Optional[str] = None) -> "ResultLine":
        """A line from a ``BatchResult`` (or anything with ``id``, ``record``, ``error``, ``error_type``)."""
        if result.record is not None:
            return cls(id=_id_str(result.id), source=source, record=result.record)
        return cls(id=_id_str(result.id), source=source, error=result.error or "unknown error",
                   error_type=result.error_type)

    @classmethod
    def from_json_obj(cls, obj: Any) -> "ResultLine":
        """A line from its parsed JSON, in the current layout or the layout written before it."""
        if not isinstance(obj, dict):
            raise ValueError(f"a line must be a JSON object, got {type(obj).__name__}")
        if "id" in obj and not isinstance(obj["id"], str):
            obj = {**obj, "id": _id_str(obj["id"])}  # old archives wrote integer positions as ids
        if set(obj) <= _LINE_KEYS:
            return cls.model_validate(obj)
        # old layout: {"id": ..., **record}
        rest = {k: v for k, v in obj.items() if k != "id"}
        return cls(id=obj.get("id", ""), record=MeetingRecord.model_validate(rest))


def _id_str(ident: Any) -> str:
    """An input's id as the line's string: a number or object as its JSON, strict JSON too (a number
    JSON cannot write, ``1e400`` or NaN, by its name: "Infinity", "NaN")."""
    if isinstance(ident, str):
        return ident
    if isinstance(ident, float) and not math.isfinite(ident):
        return _number_name(ident)
    try:
        return json.dumps(ident, ensure_ascii=False, allow_nan=False)
    except ValueError:
        return json.dumps(_named_numbers(ident), ensure_ascii=False)


def _number_name(x: float) -> str:
    return "NaN" if x != x else ("Infinity" if x > 0 else "-Infinity")


def _named_numbers(obj: Any) -> Any:
    if isinstance(obj, float) and not math.isfinite(obj):
        return _number_name(obj)
    if isinstance(obj, dict):
        return {k: _named_numbers(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_named_numbers(v) for v in obj]
    return obj


def result_line_schema() -> dict[str, Any]:
    """The JSON Schema of a line, as committed in schemas/result_line.schema.json."""
    return ResultLine.model_json_schema(mode="serialization")


def read_jsonl(path: Union[str, os.PathLike[str], IO[str]]) -> Iterator[ResultLine]:
    """Yield each line of a JSONL file (a path, or an open text file) as a :class:`ResultLine`.

    Blank lines are skipped. A line that is not valid JSON or not a result line raises
    :class:`JSONLError` naming the file and line number.
    """
    if isinstance(path, (str, os.PathLike)):
        with open(path, encoding="utf-8") as fh:
            yield from _read(fh, str(path))
    else:
        yield from _read(path, getattr(path, "name", "<stream>"))


def _read(fh: IO[str], name: str) -> Iterator[ResultLine]:
    for n, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        try:
            yield ResultLine.from_json_obj(json.loads(raw))
        except json.JSONDecodeError as e:
            raise JSONLError(name, n, f"not JSON ({e.msg})") from e
        except ValidationError as e:
            raise JSONLError(name, n, f"not a result line: {e.errors()[0]['msg']} at "
                                      f"{'.'.join(map(str, e.errors()[0]['loc'])) or 'top level'}") from e
        except ValueError as e:
            raise JSONLError(name, n, str(e)) from e


def dump_line(line: ResultLine) -> str:
    """One line of JSON (no newline), non-ASCII kept as is. Top-level keys that are null are left
    out, so a line reads ``{"id", "source", "record"}`` or ``{"id", "source", "error", "error_type"}``;
    nulls inside the record stay, as the contract has every field present."""
    body = {k: v for k, v in line.model_dump(mode="json").items() if v is not None}
    return json.dumps(body, ensure_ascii=False)


def write_jsonl(lines: Iterable[ResultLine], path_or_file: Union[str, os.PathLike[str], IO[str]]) -> int:
    """Write each line as one JSON object per line; return how many were written.

    ``path_or_file``: a path (created or overwritten, UTF-8) or an open text file (left open).
    """
    if isinstance(path_or_file, (str, os.PathLike)):
        with open(path_or_file, "w", encoding="utf-8") as fh:
            return _write(lines, fh)
    return _write(lines, path_or_file)


def _write(lines: Iterable[ResultLine], fh: IO[str]) -> int:
    n = 0
    for line in lines:
        fh.write(dump_line(line) + "\n")
        n += 1
    return n


class Predictions:
    """Saved result lines, looked up by the article they came from (for ``eval``/``show --pred``).

    An article is found by its path as the CLI wrote it (the line's ``id`` or ``source``), then
    by file name, then by name without suffix (``fx01`` for ``fixtures/fx01.txt``). A name that
    two lines share is ambiguous and matches neither, rather than silently the first.
    """

    def __init__(self, lines: Iterable[ResultLine], name: str = "<predictions>"):
        self.name = name
        self.lines = list(lines)
        self._exact: dict[str, ResultLine] = {}
        self._loose: dict[str, Optional[ResultLine]] = {}
        for line in self.lines:
            for ref in {line.id, *([line.source] if line.source else [])}:
                self._exact.setdefault(ref, line)
                p = Path(ref)
                for k in {p.name, p.stem}:
                    # None marks a name two different lines share
                    self._loose[k] = line if self._loose.get(k, line) is line else None

    @classmethod
    def load(cls, path: Union[str, os.PathLike[str]]) -> "Predictions":
        return cls(read_jsonl(path), str(path))

    @classmethod
    def load_for_cli(cls, path: Union[str, os.PathLike[str]], prog: str) -> Optional["Predictions"]:
        """``load`` for a command's ``--pred``: a file that cannot be read is said in one line on
        standard error (``prog: cannot read --pred: ...``) and gives None."""
        try:
            return cls.load(path)
        except (OSError, JSONLError) as e:
            print(f"{prog}: cannot read --pred: {e}", file=sys.stderr)
            return None

    def find(self, article: Union[str, os.PathLike[str]]) -> Optional[ResultLine]:
        """The line for an article path (or bare name), or None if there is none or it is ambiguous."""
        ref = str(article)
        if ref in self._exact:
            return self._exact[ref]
        p = Path(ref)
        return self._loose.get(p.name) or self._loose.get(p.stem)
