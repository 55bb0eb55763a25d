"""Tests of the Python package against the command line: the same inputs
must give the same outputs, and bad inputs errors that name them.

The library is the one RECOUPE_LIBRARY names (tests/run.sh sets it to the
build being tested), else build/librecoupe.so.0 of this checkout; the
program is RECOUPE, else build/recoupe. tests/python/run.sh runs them in
`make check`; alone: python3 -m pytest tests/python."""

import json
import os
import re
import subprocess
import sys
import warnings

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))
import recoupe  # noqa: E402

RECOUPE = os.environ.get("RECOUPE", os.path.join(ROOT, "build", "recoupe"))
SEEDS = os.path.join(ROOT, "examples", "seeds")
DUPS = os.path.join(ROOT, "tests", "data", "cluster", "dups.jsonl")


def cli(*args):
    out = subprocess.run([RECOUPE, *args], capture_output=True, check=True)
    return out.stdout.decode()


def cli_lines(*args):
    return [json.loads(x) for x in cli(*args).splitlines()]


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(x) for x in f if x.strip()]


# ---- the same as the command line ----

@pytest.mark.parametrize("inputs", [SEEDS, DUPS])
def test_extract_is_the_command(inputs):
    assert list(recoupe.extract(inputs)) == cli_lines("extract", inputs)


@pytest.mark.parametrize("inputs,args", [
    (SEEDS, []), (DUPS, []), (DUPS, ["--stream"]),
    (SEEDS, ["--threshold", "0.5"]), (DUPS, ["--no-dates"]),
])
def test_cluster_is_the_command(inputs, args):
    kw = {"stream": "--stream" in args, "no_dates": "--no-dates" in args}
    if "--threshold" in args:
        kw["threshold"] = float(args[args.index("--threshold") + 1])
    assert list(recoupe.cluster(inputs, **kw)) == \
        cli_lines("cluster", *args, inputs)


@pytest.mark.parametrize("inputs", [SEEDS, DUPS])
def test_digest_is_the_command(inputs):
    want = json.loads(cli("digest", "--format", "json", "--words", "60",
                          inputs))["stories"]
    assert recoupe.digest(inputs, words=60) == want


def test_digest_single():
    want = json.loads(cli("digest", "--single", "--format", "json",
                          DUPS))["stories"]
    got = recoupe.digest(DUPS, single=True)
    assert got == want and len(got) == 1


def test_dicts_are_read_as_lines():
    arts = jsonl(DUPS)
    assert list(recoupe.cluster(arts)) == list(recoupe.cluster(DUPS))
    assert recoupe.digest(arts) == recoupe.digest(DUPS)


def test_dicts_and_paths_mixed_in_order():
    arts = jsonl(DUPS)
    got = [a["id"] for a in recoupe.extract([arts[0], SEEDS, arts[1]])]
    seeds = [a["id"] for a in recoupe.extract(SEEDS)]
    assert got == [arts[0]["id"]] + seeds + [arts[1]["id"]]


def test_dict_without_id_is_named_by_position():
    got = list(recoupe.extract([{"text": "The council met on Monday to "
                                         "vote the budget of the town."}]))
    assert got[0]["id"] == "1"


# ---- the stages ----

@pytest.mark.parametrize("inputs", [SEEDS, DUPS])
@pytest.mark.parametrize("stream", [False, True])
def test_features_then_cluster_features_is_cluster(inputs, stream):
    records = list(recoupe.features(inputs))
    assert all(json.loads(r)["id"] for r in records)
    assert list(recoupe.cluster_features(records, stream=stream)) == \
        list(recoupe.cluster(inputs, stream=stream))


def test_features_are_the_command():
    assert [json.loads(r) for r in recoupe.features(DUPS)] == \
        cli_lines("features", DUPS)


def test_features_in_parts_concatenated():
    arts = jsonl(DUPS)
    parts = [arts[:1], arts[1:]]
    records = [r for p in parts for r in recoupe.features(p)]
    assert list(recoupe.cluster_features(records)) == \
        list(recoupe.cluster(arts))


def test_digest_stories_is_digest_with_story_labels():
    assignments = list(recoupe.cluster(SEEDS))
    got = recoupe.digest_stories(SEEDS, assignments)
    want = recoupe.digest(SEEDS)

    def unlabelled(stories):
        return sorted(json.dumps(dict(s, id=None), sort_keys=True)
                      for s in stories)
    assert unlabelled(got) == unlabelled(want)
    assert {s["id"] for s in got} == {a["story"] for a in assignments}


# ---- errors name their input ----

def test_missing_file_raises_naming_it(tmp_path):
    path = str(tmp_path / "nowhere.txt")
    with pytest.raises(recoupe.RecoupeError) as e:
        list(recoupe.extract(path))
    assert e.value.input == path and "no such file" in str(e.value)


def test_bad_line_names_file_and_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    arts = jsonl(DUPS)
    path.write_text(json.dumps(arts[0]) + "\n{not json\n")
    with pytest.raises(recoupe.RecoupeError) as e:
        list(recoupe.cluster(str(path)))
    assert (e.value.input, e.value.line) == (str(path), 2)
    assert str(e.value).startswith(f"cannot read '{path}': line 2: ")


@pytest.mark.parametrize("bad,message", [
    ({"id": "x"}, 'no "text" or "html" field'),
    ({"id": "x", "text": 3}, ""),
])
def test_bad_dict_names_its_position(bad, message):
    arts = jsonl(DUPS)[:1] + [bad]
    with pytest.raises(recoupe.RecoupeError) as e:
        list(recoupe.extract(arts))
    assert e.value.input == "article 2" and message in str(e.value)


def test_duplicate_ids_across_inputs():
    arts = jsonl(DUPS)
    with pytest.raises(recoupe.RecoupeError) as e:
        list(recoupe.extract([DUPS, arts[0]]))
    assert e.value.input == "article 2" and "duplicate id" in str(e.value)


def test_warn_skips_and_goes_on(tmp_path):
    missing = str(tmp_path / "gone.jsonl")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        got = list(recoupe.cluster([missing, DUPS], errors="warn"))
    assert got == list(recoupe.cluster(DUPS))
    assert len(w) == 1 and missing in str(w[0].message)


@pytest.mark.parametrize("bad", [
    "{not json",
    '{"id": "z", "months": 0, "sketch": null, "terms": "AAAA", '
    '"nterms": 1}',
    '{"id": "z", "months": 0, "sketch": "00", "terms": "", "nterms": 0}',
])
def test_bad_record_names_its_number(bad):
    records = list(recoupe.features(DUPS))
    with pytest.raises(recoupe.RecoupeError) as e:
        list(recoupe.cluster_features(records[:1] + [bad] + records[1:]))
    assert e.value.input == "record 2"


# ---- the README ----

def test_readme_example_prints_what_it_says():
    with open(os.path.join(ROOT, "python", "README.md")) as f:
        text = f.read()
    code = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    want = re.search(r"prints\n\n```\n(.*?)```", text, re.S).group(1)
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True,
                         env=env, check=True, cwd="/")
    assert out.stdout.decode() == want
