"""The committed JSON Schema is generated from the models; this fails when it is stale."""
import json
from pathlib import Path

import pytest

from tdkt_extract.jsonl import result_line_schema
from tdkt_extract.models import json_schema

SCHEMA = Path(__file__).resolve().parents[1] / "schemas" / "record.schema.json"
LINE_SCHEMA = SCHEMA.with_name("result_line.schema.json")


def test_schema_file_is_current():
    committed = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert committed == json_schema(), "schemas/record.schema.json is stale: run `tdkt-extract schema > schemas/record.schema.json`"


def test_schema_names_every_contract_field():
    props = json_schema()["properties"]
    for field in ("schema_version", "title", "meeting", "cluster", "people", "rankings", "awards", "decisions",
                  "author", "published", "evidence", "warnings"):
        assert field in props


def test_result_line_schema_file_is_current():
    committed = json.loads(LINE_SCHEMA.read_text(encoding="utf-8"))
    assert committed == result_line_schema(), \
        "schemas/result_line.schema.json is stale: run `tdkt-extract schema --line > schemas/result_line.schema.json`"


def _fields(schema):
    """(model, field, field schema) for every field of every model in a JSON Schema."""
    for name, model in [("root", schema), *schema.get("$defs", {}).items()]:
        for field, sub in model.get("properties", {}).items():
            yield name, field, sub


@pytest.mark.parametrize("schema", [json_schema(), result_line_schema()], ids=["record", "line"])
def test_every_field_is_described(schema):
    bare = [f"{m}.{f}" for m, f, sub in _fields(schema) if not sub.get("description")]
    assert not bare, f"fields without a description: {bare}"
