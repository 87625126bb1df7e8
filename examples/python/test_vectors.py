"""Runs workreport's test vectors against tiny_parser, and the vectors
example with every combination of its flags that its usage documents.

    python3 -m pip install pytest jsonschema
    python3 -m pytest examples/python

With no VECTORS in the environment, the tests write their own vectors into
a temporary folder (pytest's tmp_path) with `cargo run --features proptest
--example vectors`, from the repository root. VECTORS names a file made
beforehand instead, written anywhere but the repository:

    vectors=$(mktemp)
    cargo run --features proptest --example vectors -- --count 2000 --lang en > "$vectors"
    VECTORS="$vectors" python3 -m pytest examples/python

A vector with `expect` read must give its value, unit, qualifier and
change; one with `expect` reject must be refused. `supports` says which
vectors this tiny parser takes on; a real parser takes on all of them. So
that a run never passes on nothing, the tests assert that the tiny parser
takes on at least a floor share of each language's vectors (`FLOORS`), and
at least one vector of any file. Every line is also checked against the
crate's JSON Schema of a vector, schema/vector.schema.json (with the
`jsonschema` package).

`test_every_documented_combination` runs the example with each
combination in `COMBINATIONS` (--count, --seed, --lang en|zh|both,
--corrupt from 0 to 1, and their defaults), checks that each flag did what
it says, and holds each file to the same checks. VECTORS_COMMAND, split as
a shell would, overrides how the example is run (by default `cargo run
--quiet --features proptest --example vectors --`).
"""

import json
import os
import re
import shlex
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from tiny_parser import UNITS, ZH_UNITS, parse

ROOT = Path(__file__).resolve().parent.parent.parent
SCHEMA = ROOT / "schema" / "vector.schema.json"

# The vectors the tests write for themselves when VECTORS is not set: both
# languages, the default share of damage.
OWN_ARGS = ["--count", "2000", "--seed", "1"]

# What the example's usage documents: its defaults (--count 100 --seed 0
# --lang both --corrupt 0.3), the README's and CI's command lines, the
# --flag=value form, and each language with no damage, the default share
# and nothing but damage.
COMBINATIONS = [
    [],
    ["--count", "2000", "--lang", "en"],
    ["--count", "2000", "--lang", "en", "--seed", "1"],
    ["--count=300", "--seed=9", "--lang=zh", "--corrupt=0.5"],
] + [
    ["--count", "300", "--seed", "3", "--lang", lang] + corrupt
    for lang in ("en", "zh", "both")
    for corrupt in ([], ["--corrupt", "0"], ["--corrupt", "1"])
]

# The least share of a language's vectors that the tiny parser takes on,
# whatever the seed and the share of damage; judged where a language has at
# least MIN_FOR_A_SHARE vectors. Over seeds 0 to 99 with --count 100 (50
# vectors a language) and --corrupt 0, 0.3 and 1, it took on 34% to 78% of
# the English vectors and 44% to 80% of the Chinese ones.
FLOORS = {"en": 0.25, "zh": 0.30}
MIN_FOR_A_SHARE = 50

ZH_UNIT_CODES = {code for _, code in ZH_UNITS}
# Two figures in one clause, a change and the level it reached ("rose by 4
# per cent to 58 billion dollars", 增长5%至126万亿元) or a change of level
# ("rose from 58 to 87", 由58万户增加到87万户): the tiny parser reads one.
TWO_FIGURES = re.compile(r"\b(?:from|to) [^ 0-9]{0,3}[0-9]|[至到][0-9]")
# Chinese number words: the tiny parser reads Arabic digits only.
CHINESE_NUMERALS = re.compile("[零〇一二两三四五六七八九十百千]")


# The kinds of malformed text the tiny parser refuses: a number glued to a
# word ("disputes80More", "losses2More than"), and two numbers with only a
# space between them ("1 8").
REFUSED = {"en": ("split_magnitude", "glued_tokens", "lost_slash"), "zh": ("lost_slash",)}


def supports(v):
    """The vectors the tiny parser is meant to handle: the malformed text
    it refuses (`REFUSED`), and text to read that states one figure (no
    range, no second figure) in a unit it knows, in Arabic digits. Text to read may be
    damaged (a lost decimal point, a dropped qualifier, a redaction): it is
    well formed, and read as it stands."""
    if v["high"] is not None or "between" in v["text"] or TWO_FIGURES.search(v["text"]):
        return False
    if v["expect"] == "reject":
        return v["damage"] in REFUSED[v["lang"]]
    if v["lang"] == "en":
        return v["unit"] in UNITS.values()
    return v["unit"] in ZH_UNIT_CODES and not CHINESE_NUMERALS.search(v["text"].replace("百分点", ""))


def generate(args, folder):
    """Runs the vectors example with `args`, writing into `folder`."""
    command = shlex.split(os.environ.get("VECTORS_COMMAND", "")) or [
        "cargo", "run", "--quiet", "--features", "proptest", "--example", "vectors", "--",
    ]
    path = folder / "vectors.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        done = subprocess.run(command + args, cwd=ROOT, stdout=out, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 0, f"{shlex.join(command + args)} exited {done.returncode}: {done.stderr}"
    return path


def load(path):
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    assert lines, f"{path} holds no vectors: nothing to test"
    return lines


@pytest.fixture(scope="session")
def vectors(tmp_path_factory):
    path = os.environ.get("VECTORS") or generate(OWN_ARGS, tmp_path_factory.mktemp("vectors"))
    return load(path)


def misread(vectors):
    """What the tiny parser gets wrong of the vectors it supports, one line
    each, and how many it supports."""
    wrong, supported = [], 0
    for v in filter(supports, vectors):
        supported += 1
        got = parse(v["text"], v["lang"])
        if v["expect"] == "reject":
            if got is not None:
                wrong.append(f"{v['text']!r}: must be refused, read {got}")
            continue
        want = {"value": Decimal(v["value"]), "unit": v["unit"], "qualifier": v["qualifier"], "change": v["change"]}
        if got != want:
            wrong.append(f"{v['text']!r}: read {got}, expected {want}")
    return wrong, supported


def coverage(vectors):
    """For each language: how many vectors, and how many the tiny parser
    takes on."""
    out = {}
    for v in vectors:
        n, k = out.get(v["lang"], (0, 0))
        out[v["lang"]] = (n + 1, k + supports(v))
    return out


def check_parser(vectors):
    wrong, supported = misread(vectors)
    assert supported > 0, f"the tiny parser takes on none of the {len(vectors)} vectors: nothing is tested"
    assert not wrong, f"{len(wrong)} of {supported} vectors misread:\n" + "\n".join(wrong[:20])


def check_coverage(vectors):
    for lang, (n, k) in sorted(coverage(vectors).items()):
        print(f"{lang}: the tiny parser takes on {k} of {n} vectors ({k / n:.0%})")
        if n >= MIN_FOR_A_SHARE:
            assert k >= FLOORS[lang] * n, f"{lang}: {k} of {n} supported, under the floor of {FLOORS[lang]:.0%}"


def schema_validator():
    jsonschema = pytest.importorskip("jsonschema")
    with open(SCHEMA, encoding="utf-8") as f:
        return jsonschema.Draft202012Validator(json.load(f))


def check_schema(vectors, validator):
    for v in vectors:
        problems = [e.message for e in validator.iter_errors(v)]
        assert not problems, (v["text"], problems)


def check_schema_refuses_mixed_lines(vectors, validator):
    """A read line turned reject, with its reading kept, is refused, and so
    is a reject line given a reading; one of the two is in any file."""
    read = [v for v in vectors if v["expect"] == "read"]
    reject = [v for v in vectors if v["expect"] == "reject"]
    assert read or reject
    if read:
        # A damaged line where there is one: its `original` is set too.
        line = next((v for v in read if v["damage"]), read[0])
        assert validator.is_valid(line)
        assert not validator.is_valid({**line, "expect": "reject"})
    if reject:
        line = reject[0]
        assert validator.is_valid(line)
        assert not validator.is_valid({**line, "value": "1", "unit": "percent"})


# Phrases a reader of real reports meets, and what the tiny parser must
# make of them (None: refused, or no figure it reads).
HAND_WRITTEN = [
    ("en", "cracked 58 cases", ("58", "cases", "exact", "none")),
    ("en", "over 5.35 million people", ("5350000", "people", "more_than", "none")),
    ("en", "no less than 1,200 jobs", ("1200", "jobs", "at_least", "none")),
    ("en", "no more than 3 per cent", ("3", "percent", "at_most", "none")),
    ("en", "down 2 percentage points", ("2", "percentage_points", "exact", "down")),
    ("en", "In 2023, 9.2% or so", ("9.2", "percent", "about", "none")),
    ("en", "losses2More than 700 million yuan", None),
    ("en", "the province's 1 8 police force", None),
    ("zh", "破获涉拐现案积案58起", ("58", "cases", "exact", "none")),
    ("zh", "调处各类矛盾纠纷80.3万余件", None),
    ("zh", "2023年全省同比下降近２９．９３％", ("29.93", "percent", "nearly", "down")),
    ("zh", "比2094增长520.58元", ("520.58", "CNY", "exact", "up")),
    ("zh", "城镇新增就业1200万人左右", ("12000000", "people", "about", "none")),
    ("zh", "不超过4.81329亿元", ("481329000", "CNY", "at_most", "none")),
    ("zh", "8.934274万余元", ("89342.74", "CNY", "over_some", "none")),
    ("zh", "比预期增长超过117.48个百分点", ("117.48", "percentage_points", "more_than", "up")),
    ("zh", "1.5万亿元以上", ("1500000000000", "CNY", "at_least", "none")),
    ("zh", "8.9万元/户", None),
    ("zh", "3 20", None),
]


@pytest.mark.parametrize("lang, text, want", HAND_WRITTEN, ids=[t for _, t, _ in HAND_WRITTEN])
def test_the_tiny_parser_on_hand_written_phrases(lang, text, want):
    got = parse(text, lang)
    if want is None:
        assert got is None
    else:
        value, unit, qualifier, change = want
        assert got == {"value": Decimal(value), "unit": unit, "qualifier": qualifier, "change": change}


def test_the_tiny_parser_reads_what_it_supports(vectors):
    check_parser(vectors)


def test_it_supports_a_floor_share_of_each_language(vectors):
    check_coverage(vectors)


def test_every_line_matches_the_schema(vectors):
    check_schema(vectors, schema_validator())


def test_the_schema_refuses_a_reject_line_with_a_reading(vectors):
    check_schema_refuses_mixed_lines(vectors, schema_validator())


def flag(args, name, default):
    """The value of `--name V` or `--name=V` in `args`, else `default`."""
    for i, arg in enumerate(args):
        if arg == name:
            return args[i + 1]
        if arg.startswith(name + "="):
            return arg[len(name) + 1:]
    return default


@pytest.mark.parametrize("args", COMBINATIONS, ids=[" ".join(a) or "defaults" for a in COMBINATIONS])
def test_every_documented_combination(args, tmp_path):
    vectors = load(generate(args, tmp_path))
    # Each flag did what the usage says.
    assert len(vectors) == int(flag(args, "--count", "100"))
    lang = flag(args, "--lang", "both")
    langs = ["en", "zh"] if lang == "both" else [lang]
    assert [v["lang"] for v in vectors] == [langs[i % len(langs)] for i in range(len(vectors))]
    damaged = sum(v["damage"] is not None for v in vectors)
    corrupt = float(flag(args, "--corrupt", "0.3"))
    if corrupt == 0:
        assert damaged == 0
    elif corrupt == 1:
        assert damaged == len(vectors)
    else:
        assert 0 < damaged < len(vectors)
    # And the file passes what a file given in VECTORS must.
    check_parser(vectors)
    check_coverage(vectors)
    validator = schema_validator()
    check_schema(vectors, validator)
    check_schema_refuses_mixed_lines(vectors, validator)
