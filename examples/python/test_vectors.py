"""Runs workreport's test vectors against tiny_parser.

    cargo run --features proptest --example vectors -- --count 2000 --lang en > vectors.jsonl
    VECTORS=vectors.jsonl pytest examples/python

A vector with `expect` read must give its value, unit, qualifier and
change; one with `expect` reject must be refused. `supports` says which
vectors this tiny parser takes on; a real parser takes on all of them.
Every line is also checked against the crate's JSON Schema of a vector,
schema/vector.schema.json (with the `jsonschema` package).
"""

import json
import os
from decimal import Decimal

import pytest

from tiny_parser import UNITS, parse

VECTORS = os.environ.get("VECTORS", "vectors.jsonl")
SCHEMA = os.path.join(os.path.dirname(__file__), "..", "..", "schema", "vector.schema.json")


def supports(v):
    """The vectors the tiny parser is meant to handle: English, one figure
    in a unit it knows, no range, and of the damage, the glued kinds it
    refuses."""
    if v["lang"] != "en" or "between" in v["text"]:
        return False
    if v["expect"] == "reject":
        return v["damage"] in ("split_magnitude", "glued_tokens")
    return v["unit"] in UNITS.values() and v["damage"] in (None, "dropped_qualifier")


def vectors():
    with open(VECTORS, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


CASES = [v for v in vectors() if supports(v)]


def test_there_are_cases():
    assert len(CASES) > 50


@pytest.mark.parametrize("v", CASES, ids=[v["text"] for v in CASES])
def test_vector(v):
    got = parse(v["text"])
    if v["expect"] == "reject":
        assert got is None
    else:
        assert got is not None, "read nothing"
        assert got["value"] == Decimal(v["value"])
        assert got["unit"] == v["unit"]
        assert got["qualifier"] == v["qualifier"]
        assert got["change"] == v["change"]


def schema_validator():
    jsonschema = pytest.importorskip("jsonschema")
    with open(SCHEMA, encoding="utf-8") as f:
        return jsonschema.Draft202012Validator(json.load(f))


def test_every_line_matches_the_schema():
    validator = schema_validator()
    for v in vectors():
        problems = [e.message for e in validator.iter_errors(v)]
        assert not problems, (v["text"], problems)


def test_the_schema_refuses_a_reject_line_with_a_reading():
    validator = schema_validator()
    line = next(v for v in vectors() if v["expect"] == "read" and v["damage"])
    assert validator.is_valid(line)
    assert not validator.is_valid({**line, "expect": "reject"})
