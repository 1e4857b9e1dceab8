"""Every table of a JSON lexicon is read by the code: a table no code reads would look like a place to add a form and
silently do nothing."""
import json
from importlib import resources
from pathlib import Path

import tdkt_extract

# tables read under a computed name: communes.json's provinces of each era ("provinces_" + era, gazetteer.py)
_COMPUTED = {("communes.json", "provinces_before_2025_07"), ("communes.json", "provinces_from_2025_07")}
# lexicons whose every table is read by walking the file (table_columns.json: each key names a column kind, linetable.py)
_READ_WHOLE = {"table_columns.json"}


def test_every_table_of_a_json_lexicon_is_read_somewhere():
    root = Path(tdkt_extract.__file__).parent
    code = "\n".join(p.read_text("utf-8") for p in root.rglob("*.py"))
    unread = []
    for f in sorted(resources.files("tdkt_extract").joinpath("lexicons").iterdir(), key=lambda x: x.name):
        if not f.name.endswith(".json") or f.name in _READ_WHOLE:
            continue
        table = json.loads(f.read_text("utf-8"))
        if not isinstance(table, dict):
            continue
        for key in table:
            if key.startswith("_") or key.endswith("_doc") or (f.name, key) in _COMPUTED:
                continue
            if f'"{key}"' not in code and f"'{key}'" not in code:
                unread.append(f"{f.name}: {key}")
    assert unread == []
