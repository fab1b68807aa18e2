"""Parses each query on stdin (JSON: [{"dialect", "sql"}]) with sqlglot for its dialect.

Prints one JSON line per query: {"dialect", "ok", "error", "tables"}; run with Debian's
python3-sqlglot (/usr/bin/python3).
"""
import json
import sys

import sqlglot
from sqlglot import exp
from sqlglot.errors import ErrorLevel

for item in json.load(sys.stdin):
    try:
        tree = sqlglot.parse_one(item["sql"], read=item["dialect"], error_level=ErrorLevel.RAISE)
        tables = sorted({t.sql(dialect=item["dialect"]) for t in tree.find_all(exp.Table)})
        print(json.dumps({"dialect": item["dialect"], "ok": True, "error": None, "tables": tables}))
    except Exception as e:  # noqa: BLE001 - every parse failure is reported
        print(json.dumps({"dialect": item["dialect"], "ok": False, "error": str(e).splitlines()[0], "tables": []}))
