#!/bin/sh
# tests/store/run.sh RECOUPE - the store: round trips, no-op re-adds,
# stable story ids as stories grow, show, migrations, concurrent adds, and
# kill -9 at random moments during adds (bounded: KILLS runs, default 8).
# Prints "ok" / "not ok" lines; needs python3's sqlite3 module for the
# integrity checks (skipped with a message without it).
set -u
RECOUPE=$1
KILLS=${KILLS:-8}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
here=$(dirname "$0")
ok() { echo "ok - store $1"; }
nok() { echo "not ok - store $1"; }
check() { if eval "$2"; then ok "$1"; else nok "$1"; fi; }

awk -v n=400 -f "$here/gen.awk" >"$T/all.jsonl"
head -n 200 "$T/all.jsonl" >"$T/first.jsonl"
tail -n 200 "$T/all.jsonl" >"$T/second.jsonl"
ids() { sed 's/^{"id": "\([^"]*\)".*/\1/' "$1"; }
field() { # field NAME < export: the values of one field, one a line
    sed "s/.*\"$1\": \\(\"[^\"]*\"\\|null\\).*/\\1/"
}

# round trip: every article, in order, with the streaming stories
"$RECOUPE" add -q --db "$T/a.db" "$T/all.jsonl"
check "add exits 0" "[ $? -eq 0 ]"
"$RECOUPE" export --db "$T/a.db" >"$T/a.out"
check "export keeps every article in order" \
    "[ \"\$(ids "$T/a.out")\" = \"\$(ids "$T/all.jsonl")\" ]"
# the store's stories are the stream's, its later moves applied: each
# article's last line (the ids may differ: a merged story keeps the older
# id in the store, the larger one in the stream)
"$RECOUPE" cluster --stream "$T/all.jsonl" |
    awk '{ i = $2; if (!(i in last)) ord[n++] = i; last[i] = $0 }
         END { for (k = 0; k < n; k++) print last[ord[k]] }' >"$T/stream.out"
same_partition() { # same_partition A B: the same groups, whatever the names
    paste -d ' ' "$1" "$2" | awk '{ a[$1]; b[$2]; p[$0] }
        END { na = nb = np = 0; for (k in a) na++; for (k in b) nb++;
              for (k in p) np++; exit !(na == np && nb == np) }'
}
field story <"$T/a.out" >"$T/a.story"
field story <"$T/stream.out" >"$T/stream.story"
check "stories are the streaming clusterer's, its moves applied" \
    "[ \$(wc -l <$T/a.story) -eq 400 ] && [ \$(wc -l <$T/stream.story) -eq 400 ] && same_partition $T/a.story $T/stream.story"
check "duplicates are named" \
    "grep -q '\"duplicate_of\": \"a' $T/a.out" && check "duplicates are the clusterer's" \
    "[ \"\$(field duplicate_of <"$T/a.out")\" = \"\$(field duplicate_of <"$T/stream.out")\" ]"
check "export has the url, source and date" \
    "grep -q '\"topic\": \"t1\", \"source\": \"reuters.example\", \"url\": \"https://reuters.example/n/0\", \"date\": \"2024-01-01\"}' $T/a.out"

# adding again is a no-op, by id and by content
"$RECOUPE" add -q --db "$T/a.db" "$T/all.jsonl"
sed 's/"id": "a/"id": "copy-a/' "$T/first.jsonl" >"$T/copies.jsonl"
"$RECOUPE" add --db "$T/a.db" "$T/copies.jsonl" 2>"$T/copies.err"
"$RECOUPE" export --db "$T/a.db" >"$T/a2.out"
check "re-adding the same ids or texts changes nothing" \
    "cmp -s $T/a.out $T/a2.out"
check "the summary says they were already stored" \
    "grep -q '200 read, 0 added, 200 already stored' $T/copies.err"

# stable ids: the first half keeps its stories when the second arrives,
# and two adds give what one add gives
"$RECOUPE" add -q --db "$T/b.db" "$T/first.jsonl"
"$RECOUPE" export --db "$T/b.db" >"$T/b1.out"
"$RECOUPE" add -q --db "$T/b.db" "$T/second.jsonl"
"$RECOUPE" export --db "$T/b.db" >"$T/b2.out"
check "stories keep their ids as they grow" \
    "[ \"\$(head -n 200 $T/b2.out)\" = \"\$(cat $T/b1.out)\" ]"
check "two adds give the stories of one" "cmp -s $T/a.out $T/b2.out"
grown=$(field story <"$T/b2.out" | head -n 200 | sort -u | wc -l)
check "the second add grew the first add's stories" \
    "[ \$(field story <$T/b2.out | tail -n 200 | sort -u | grep -c -x -F \"\$(field story <$T/b1.out | sort -u)\") -gt 0 ] && [ $grown -gt 0 ]"

# the stream's later moves are applied (tests/data/cluster/follow-up.jsonl:
# two articles on a trial are placed in the arrest's story, then moved to
# the trial's when its third article comes, in the next add)
data=$(dirname "$0")/../data/cluster
two_adds() { # two_adds NAME FILE N: its first N lines, then the rest
    head -n "$3" "$2" >"$T/${1}1.jsonl"
    tail -n +"$(($3 + 1))" "$2" >"$T/${1}2.jsonl"
    "$RECOUPE" add -q --db "$T/$1.db" "$T/${1}1.jsonl"
    "$RECOUPE" export --db "$T/$1.db" | field story >"$T/${1}1.story"
    "$RECOUPE" add --db "$T/$1.db" "$T/${1}2.jsonl" 2>"$T/$1.err"
    "$RECOUPE" export --db "$T/$1.db" | field story >"$T/${1}2.story"
}
two_adds fu "$data/follow-up.jsonl" 5
check "an add applies the stream's moves to stored articles" \
    "[ \"\$(cat $T/fu1.story | tr '\n' ' ')\" = '\"s1\" \"s1\" \"s1\" \"s1\" \"s1\" ' ] && [ \"\$(cat $T/fu2.story | tr '\n' ' ')\" = '\"s1\" \"s1\" \"s1\" \"s2\" \"s2\" \"s2\" ' ] && grep -q '; 2 articles moved, 0 stories merged;' $T/fu.err"
# a story that merges into an older one takes its id
# (tests/data/cluster/merge.jsonl: a flood told by its mayor, then twice
# by its firefighters, then by articles that tell both: the stream keeps
# the firefighters' larger story and moves the mayor's article into it;
# the store keeps the older id)
two_adds mg "$data/merge.jsonl" 3
"$RECOUPE" show --db "$T/mg.db" s2 2>"$T/mgshow.err" >/dev/null
s=$?
check "a story merged into an older one takes its id" \
    "[ \"\$(cat $T/mg1.story | tr '\n' ' ')\" = '\"s1\" \"s2\" \"s2\" ' ] && [ \"\$(sort -u $T/mg2.story)\" = '\"s1\"' ] && grep -q '; 0 articles moved, 1 stories merged;' $T/mg.err"
check "show of a merged story names the story it merged into" \
    "[ $s -eq 2 ] && grep -q 'no story s2: merged into s1' $T/mgshow.err"
# an id merged away is never given again: a new story after the merge
# takes s3, not s2
printf '%s\n' '{"id": "z1", "text": "The chess olympiad opened in Tallinn with a record of teams from ninety countries, the organisers said on Friday."}' >"$T/mg3.jsonl"
"$RECOUPE" add -q --db "$T/mg.db" "$T/mg3.jsonl"
check "a merged story's id is not given to a new story" \
    "[ \"\$("$RECOUPE" export --db "$T/mg.db" | grep '\"z1\"' | field story)\" = '\"s3\"' ]"

# an add builds the digests of the stories it changed, and only those
"$RECOUPE" add --db "$T/d.db" "$T/first.jsonl" 2>"$T/d1.err"
"$RECOUPE" add --db "$T/d.db" "$T/second.jsonl" 2>"$T/d2.err"
built() { sed -n 's/.* \([0-9]*\) changed; .* \([0-9]*\) digests built$/\1 \2/p' "$1"; }
check "an add builds a digest per story it changed, no other" \
    "[ -n \"\$(built $T/d1.err)\" ] && built $T/d1.err | awk '{ exit !(\$1 == \$2 && \$1 > 0) }' && built $T/d2.err | awk '{ exit !(\$1 == \$2 && \$1 > 0) }'"
# --no-digests leaves them stale; --digests alone builds them, reading
# nothing
"$RECOUPE" add -q --no-digests --db "$T/nd.db" "$T/first.jsonl"
"$RECOUPE" add --digests --db "$T/nd.db" 2>"$T/dig.err" </dev/null
check "add --digests alone builds the stale digests" \
    "[ $? -eq 0 ] && grep -q '^recoupe: [1-9][0-9]* digests built' $T/dig.err"
"$RECOUPE" add --digests --db "$T/nd.db" 2>"$T/dig2.err" </dev/null
check "then none is stale" "grep -q '^recoupe: 0 digests built' $T/dig2.err"

# show: a story's digest in each format
"$RECOUPE" show --db "$T/a.db" s1 >"$T/s1.md"
check "show writes the digest" "[ $? -eq 0 ] && grep -q '^# ' $T/s1.md"
"$RECOUPE" show --db "$T/a.db" --format json 1 >"$T/s1.json"
check "show --format json" "grep -q '\"id\": \"s1\"' $T/s1.json"
"$RECOUPE" show --db "$T/a.db" s9999 2>"$T/none.err"
check "show of a missing story fails clearly" \
    "[ $? -eq 2 ] && grep -q 'no story s9999' $T/none.err"
"$RECOUPE" export --db "$T/missing.db" 2>/dev/null
check "export of a missing store fails" "[ $? -eq 2 ]"
[ ! -e "$T/missing.db" ] && ok "a read never creates a store" ||
    nok "a read never creates a store"

if python3 -c 'import sqlite3' 2>/dev/null; then
    have_py=1
else
    have_py=0
    echo "# python3 sqlite3 missing: integrity and migration checks skipped"
fi
integrity() {
    python3 -c 'import sqlite3,sys
c=sqlite3.connect(sys.argv[1])
print(c.execute("PRAGMA integrity_check").fetchone()[0])' "$1"
}

if [ $have_py -eq 1 ]; then
    # migrations: an empty SQLite file is given the schema; a newer
    # schema is refused
    python3 -c 'import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA user_version=0")' "$T/empty.db"
    "$RECOUPE" add -q --db "$T/empty.db" "$T/first.jsonl"
    check "an empty database is migrated to the schema" "[ $? -eq 0 ]"
    python3 -c 'import sqlite3,sys
c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version=99"); c.commit()' "$T/empty.db"
    "$RECOUPE" add -q --db "$T/empty.db" "$T/first.jsonl" 2>"$T/new.err"
    check "a newer schema is refused" \
        "[ $? -eq 2 ] && grep -q 'newer than this' $T/new.err"
    # version 1 -> 3: a v1 store (tables as version 1 made them, five
    # articles in story 1 with a digest and a fact in the search index)
    # is migrated by the next add: the fact's search row is tracked (and
    # so replaced when the story's digest is built again), every digest
    # is built again with its page
    head -n 5 "$T/first.jsonl" >"$T/v1.jsonl"
    "$RECOUPE" features "$T/v1.jsonl" >"$T/v1.features"
    python3 - "$T/v1.db" "$T/v1.jsonl" "$T/v1.features" <<'PY'
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for sql in [
    "CREATE TABLE batches (id INTEGER PRIMARY KEY, at TEXT NOT NULL, added INTEGER NOT NULL)",
    "CREATE TABLE articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, hash INTEGER NOT NULL, story INTEGER NOT NULL, topic INTEGER NOT NULL, duplicate_of TEXT, source TEXT, url TEXT, title TEXT, date TEXT, author TEXT, lang TEXT, batch INTEGER NOT NULL)",
    "CREATE TABLE texts (seq INTEGER PRIMARY KEY REFERENCES articles(seq), text TEXT NOT NULL, features TEXT NOT NULL)",
    "CREATE INDEX articles_hash ON articles(hash)",
    "CREATE INDEX articles_story ON articles(story, seq)",
    "CREATE TABLE stories (id INTEGER PRIMARY KEY, title TEXT, articles INTEGER NOT NULL DEFAULT 0, outlets INTEGER NOT NULL DEFAULT 0, outlet_names TEXT, langs TEXT, first_date TEXT, last_date TEXT, created INTEGER NOT NULL, updated INTEGER NOT NULL, digest TEXT)",
    "CREATE INDEX stories_rank ON stories(outlets DESC, last_date DESC)",
    "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, story UNINDEXED, ref UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"]:
    c.execute(sql)
c.execute("INSERT INTO batches VALUES (1, '2024-01-01T00:00:00Z', 5)")
arts = [json.loads(l) for l in open(sys.argv[2])]
feats = [l.strip() for l in open(sys.argv[3])]
for i, (a, f) in enumerate(zip(arts, feats)):
    c.execute("INSERT INTO articles VALUES (?, ?, ?, 1, 1, NULL, ?, ?, ?, ?, NULL, NULL, 1)",
              (i + 1, a["id"], i + 1, a.get("source"), a.get("url"), a.get("title"), a.get("date")))
    c.execute("INSERT INTO texts VALUES (?, ?, ?)", (i + 1, a["text"], f))
c.execute("INSERT INTO stories VALUES (1, 't', 5, 1, 'x', 'en', NULL, NULL, 1, 1, '{}')")
c.execute("INSERT INTO search VALUES ('fact', 1, ?, NULL, 'zanzibarian fact')", (arts[0]["id"],))
c.execute("PRAGMA user_version = 1")
c.commit()
PY
    sed -n '6,8p' "$T/first.jsonl" >"$T/v1more.jsonl"
    "$RECOUPE" add -q --db "$T/v1.db" "$T/v1more.jsonl"
    s=$?
    check "a version 1 store is migrated to version 7 by an add" \
        "[ $s -eq 0 ] && [ \"\$(python3 -c 'import sqlite3,sys
c = sqlite3.connect(sys.argv[1])
print(c.execute(\"PRAGMA user_version\").fetchone()[0],
      c.execute(\"SELECT count(*) FROM stories s LEFT JOIN pages p ON p.story = s.id WHERE p.html IS NULL OR p.md IS NULL OR p.digest = \x27{}\x27\").fetchone()[0],
      c.execute(\"SELECT count(*) FROM search WHERE search MATCH \x27zanzibarian\x27\").fetchone()[0])' $T/v1.db)\" = '7 0 0' ]"
    check "the migrated store keeps its articles and their story" \
        "[ \"\$("$RECOUPE" export --db $T/v1.db | head -n 5 | field story | sort -u)\" = '\"s1\"' ]"
fi

if [ $have_py -eq 1 ]; then
    # a merge is followed through later merges, to a stored story only
    # (moves written here: s7 into s5 into s1; s6 into s4, never stored)
    python3 -c 'import sqlite3,sys
c = sqlite3.connect(sys.argv[1])
c.executemany("INSERT INTO moves(batch, article, from_story, to_story) VALUES (9, NULL, ?, ?)", [(7, 5), (5, 1), (6, 4)])
c.commit()' "$T/mg.db"
    for x in 7:s1 5:s1 6: 2:s1; do
        "$RECOUPE" show --db "$T/mg.db" "s${x%%:*}" 2>"$T/chain.err" >/dev/null
        if [ -n "${x#*:}" ]; then
            check "show of s${x%%:*} names ${x#*:}" \
                "grep -q 'no story s${x%%:*}: merged into ${x#*:}\$' $T/chain.err"
        else
            check "show of s${x%%:*} says only that it is not stored" \
                "grep -q 'no story s${x%%:*}\$' $T/chain.err"
        fi
    done
fi

if [ $have_py -eq 1 ]; then
    # show reads the page add kept (here altered behind its back, so that
    # only a read of the row can show it), in each format
    sql() { python3 -c 'import sqlite3,sys
c = sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()' "$@"; }
    for f in md json html; do
        "$RECOUPE" show --db "$T/a.db" --format $f s1 >"$T/kept.$f"
    done
    sql "$T/a.db" "UPDATE pages SET md = '# zanzibarian kept page' || char(10), digest = '{\"id\": \"s1\", \"zanzibarian\": 1}', html = '<article>zanzibarian</article>' || char(10) WHERE story = 1"
    "$RECOUPE" show --db "$T/a.db" s1 >"$T/alt.md"
    "$RECOUPE" show --db "$T/a.db" --format json s1 >"$T/alt.json"
    "$RECOUPE" show --db "$T/a.db" --format html s1 >"$T/alt.html"
    check "show reads the kept page, in each format" \
        "[ \"\$(cat $T/alt.md)\" = '# zanzibarian kept page' ] && python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))[\"stories\"][0][\"zanzibarian\"] == 1' $T/alt.json && grep -q '^<main>' $T/alt.html && grep -q '^<article>zanzibarian</article>' $T/alt.html && grep -q '</html>' $T/alt.html"
    # stale (the story changed, or the row is of schema v3): built from
    # the stored articles, the same text as the kept page
    sql "$T/a.db" "UPDATE pages SET md = NULL WHERE story = 1"
    "$RECOUPE" show --db "$T/a.db" s1 >"$T/v3.md"
    sql "$T/a.db" "DELETE FROM pages WHERE story = 1"
    for f in md json html; do
        "$RECOUPE" show --db "$T/a.db" --format $f s1 >"$T/stale.$f"
    done
    check "a stale page is built from the articles, as it was kept" \
        "cmp -s $T/kept.md $T/stale.md && cmp -s $T/kept.json $T/stale.json && cmp -s $T/kept.html $T/stale.html && cmp -s $T/kept.md $T/v3.md && ! cmp -s $T/kept.md $T/alt.md"
    check "show --format json is the contract's object" \
        "python3 -c 'import json,sys; s = json.load(open(sys.argv[1]))[\"stories\"]; assert len(s) == 1 and s[0][\"id\"] == \"s1\" and s[0][\"facts\"] is not None' $T/kept.json"
    # the digests an add builds from the docs it kept (rcp_store_keep_docs)
    # are those built later from the stored articles
    "$RECOUPE" add -q --db "$T/kd.db" "$T/first.jsonl"
    pages() { python3 -c 'import sqlite3,sys
for r in sqlite3.connect(sys.argv[1]).execute("SELECT story, digest, html, md, title FROM pages ORDER BY story"): print(r)' "$1"; }
    check "digests from the docs an add kept equal those built from the store" \
        "[ -n \"\$(pages $T/kd.db)\" ] && [ \"\$(pages $T/kd.db)\" = \"\$(pages $T/nd.db)\" ]"
    # version 3 -> 4: pages get their Markdown and title; a v3 row is read
    # by serve as before, and show builds its story
    cp "$T/d.db" "$T/v3.db"
    "$RECOUPE" show --db "$T/v3.db" s2 >"$T/v3before.md"
    sql "$T/v3.db" "ALTER TABLE pages DROP COLUMN md"
    sql "$T/v3.db" "ALTER TABLE pages DROP COLUMN title"
    sql "$T/v3.db" "PRAGMA user_version = 3"
    "$RECOUPE" show --db "$T/v3.db" s2 2>"$T/v3.err" >/dev/null
    check "a version 3 store is read once an add migrated it" \
        "[ $? -eq 2 ] && grep -q 'run .recoupe add. once' $T/v3.err"
    "$RECOUPE" add -q --digests --db "$T/v3.db" </dev/null
    "$RECOUPE" show --db "$T/v3.db" s2 >"$T/v3after.md"
    check "a version 3 store is migrated to version 7, its stories shown as before" \
        "[ \"\$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"PRAGMA user_version\").fetchone()[0])' $T/v3.db)\" = 7 ] && cmp -s $T/v3before.md $T/v3after.md"
    # version 5 -> 6: the search index's rarer merges
    check "a migrated store's search index merges 16 segments at a time" \
        "[ \"\$(python3 -c 'import sqlite3,sys; c = sqlite3.connect(sys.argv[1]); print(*[r[0] for r in c.execute(\"SELECT v FROM search_config WHERE k = \x27automerge\x27\")])' $T/v3.db)\" = '16' ]"
fi

if [ $have_py -eq 1 ]; then
    # a story of more than 256 articles: its digest reads 256 of them (the
    # latest of each outlet first), and says so
    for k in $(seq 1 75); do
        awk -v n=4 -v seed=$k -f "$here/gen.awk" | sed "s/\"id\": \"a/\"id\": \"g$k-/"
    done >"$T/giant.jsonl"
    "$RECOUPE" add -q --db "$T/g.db" "$T/giant.jsonl"
    check "a giant story's digest reads 256 of its articles, and says so" \
        "[ \"\$(python3 -c 'import json,sqlite3,sys
c = sqlite3.connect(sys.argv[1])
n, d, h = c.execute(\"SELECT s.articles, p.digest, p.html FROM stories s JOIN pages p ON p.story = s.id ORDER BY s.articles DESC\").fetchone()
d = json.loads(d)
print(n, d[\"story_articles\"], len(d[\"articles\"]), (\"reads 256 of the story%ss %d articles\" % (chr(39), n)) in h)' $T/g.db)\" = '300 300 256 True' ]"
    "$RECOUPE" show --db "$T/g.db" --format md \
        "$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT id FROM stories ORDER BY articles DESC").fetchone()[0])' "$T/g.db")" >"$T/giant.md"
    check "show of a giant story says which articles its digest reads" \
        "grep -q \"^\\*This digest reads 256 of the story's 300 articles\" $T/giant.md && [ \"\$(sed -n 3p $T/giant.md | cut -c1-2)\" = '*s' ]"

    # version 6 -> 7: features packed; a v6 store's JSON features (those
    # `recoupe features` writes, put in place of the packed ones) are
    # replayed by the next add as the packed ones are: the same stories
    "$RECOUPE" add -q --no-digests --db "$T/v6.db" "$T/first.jsonl"
    "$RECOUPE" features "$T/first.jsonl" >"$T/v6.features"
    python3 - "$T/v6.db" "$T/v6.features" <<'PY'
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
assert c.execute("SELECT count(*) FROM texts WHERE typeof(features) != 'blob'").fetchone()[0] == 0
for l in open(sys.argv[2]):
    c.execute("UPDATE texts SET features = ? WHERE seq = (SELECT seq FROM articles WHERE id = ?)",
              (l.strip(), json.loads(l)["id"]))
c.execute("PRAGMA user_version = 6")
c.commit()
PY
    "$RECOUPE" add -q --no-digests --db "$T/v6.db" "$T/second.jsonl"
    s=$?
    "$RECOUPE" add -q --no-digests --db "$T/v7.db" "$T/first.jsonl"
    "$RECOUPE" add -q --no-digests --db "$T/v7.db" "$T/second.jsonl"
    check "a version 6 store (JSON features) is migrated to 7 and replayed as a packed one" \
        "[ $s -eq 0 ] && [ \"\$(python3 -c 'import sqlite3,sys
c = sqlite3.connect(sys.argv[1])
print(c.execute(\"PRAGMA user_version\").fetchone()[0], *c.execute(\"SELECT sum(typeof(features) = \x27text\x27), sum(typeof(features) = \x27blob\x27) FROM texts\").fetchone())' $T/v6.db)\" = '7 200 200' ] && [ \"\$("$RECOUPE" export --db $T/v6.db)\" = \"\$("$RECOUPE" export --db $T/v7.db)\" ]"

    # a story's row (counts, outlets, languages, dates) is what the
    # aggregate SQL of the eleventh session gives over its articles,
    # counted in C since: articles without a title, a source (the id is
    # the outlet), a date; two languages; two adds, the second growing
    # and moving stories; the giant story of 300 articles
    awk -v n=200 -v seed=7 -f "$here/gen.awk" | awk '{
        if (NR % 7 == 1) sub(/"title": "[^"]*", /, "")
        if (NR % 5 == 2) sub(/"source": "[^"]*", /, "")
        if (NR % 6 == 3) sub(/"date": "[^"]*", /, "")
        if (NR % 4 == 0) sub(/^\{/, "{\"lang\": \"fr\", ")
        if (NR % 9 == 0) sub(/^\{/, "{\"lang\": \"de\", ")
        print }' >"$T/agg.jsonl"
    head -n 120 "$T/agg.jsonl" >"$T/agg1.jsonl"
    tail -n 80 "$T/agg.jsonl" >"$T/agg2.jsonl"
    "$RECOUPE" add -q --no-digests --db "$T/agg.db" "$T/agg1.jsonl" &&
        "$RECOUPE" add -q --no-digests --db "$T/agg.db" "$T/agg2.jsonl"
    aggsql() {
        python3 -c 'import sqlite3,sys
c = sqlite3.connect(sys.argv[1])
q = """SELECT s.id, s.title, s.articles, s.outlets, s.outlet_names, s.langs,
 s.first_date, s.last_date FROM stories s ORDER BY s.id"""
ref = """SELECT ?1, (SELECT title FROM articles WHERE story = ?1 AND title
  IS NOT NULL ORDER BY seq LIMIT 1), count(*),
 count(DISTINCT coalesce(source, id)),
 (SELECT group_concat(o, char(10)) FROM (SELECT DISTINCT
  coalesce(source, id) AS o FROM articles WHERE story = ?1)),
 (SELECT group_concat(l, " ") FROM (SELECT DISTINCT lang AS l FROM
  articles WHERE story = ?1 AND lang IS NOT NULL ORDER BY l)),
 min(substr(date, 1, 10)), max(substr(date, 1, 10))
 FROM articles WHERE story = ?1"""
rows = c.execute(q).fetchall()
bad = [r for r in rows if c.execute(ref, (r[0],)).fetchone() != r]
multi = sum(1 for r in rows if r[3] > 1 and r[5] and " " in r[5])
print(not bad, len(rows), len(bad), multi)' "$1"
    }
    check "each story's row is the aggregate of its articles (two adds, missing fields, languages)" \
        "aggsql $T/agg.db | awk '\$1 == \"True\" && \$2 > 10 && \$4 > 0 { ok = 1 } END { exit !ok }'"
    check "the giant story's row is the aggregate of its articles" \
        "[ \"\$(aggsql $T/g.db | cut -d' ' -f1)\" = True ]"
fi

# two adds at once: serialised, or the second refused with a message
awk -v n=3000 -v seed=2 -f "$here/gen.awk" >"$T/big.jsonl"
"$RECOUPE" add -q --db "$T/c.db" "$T/big.jsonl" 2>"$T/c1.err" &
p1=$!
"$RECOUPE" add -q --db "$T/c.db" "$T/big.jsonl" 2>"$T/c2.err"
s2=$?
wait $p1
s1=$?
n=$("$RECOUPE" export --db "$T/c.db" | wc -l)
check "two concurrent adds: each finished or was refused clearly" \
    "{ [ $s1 -eq 0 ] || grep -q 'another process' $T/c1.err; } && { [ $s2 -eq 0 ] || grep -q 'another process' $T/c2.err; }"
check "two concurrent adds store each article once" "[ $n -eq 3000 ]"

# kill -9 at random moments: the store opens, is intact, and keeps every
# article of the adds that finished
"$RECOUPE" add -q --db "$T/k.db" "$T/first.jsonl"
i=0
bad=0
while [ $i -lt "$KILLS" ]; do
    awk -v n=3000 -v seed=$((10 + i)) -f "$here/gen.awk" |
        sed "s/\"id\": \"a/\"id\": \"k$i-/" >"$T/k.jsonl"
    "$RECOUPE" add -q --db "$T/k.db" "$T/k.jsonl" &
    pid=$!
    # anywhere in the first 3 s: before, during or after a commit
    ms=$(awk -v s=$i 'BEGIN { srand(s); printf "%.1f", rand() * 3 }')
    sleep "$ms"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    if ! "$RECOUPE" export --db "$T/k.db" >"$T/k.out" 2>"$T/k.err"; then
        echo "# kill $i: the store does not open: $(cat "$T/k.err")"
        bad=1
    fi
    part=$(grep -c "\"id\": \"k$i-" "$T/k.out")
    echo "# kill $i after ${ms}s: $part of the 3000 articles kept"
    case $part in 0 | 2000 | 3000) ;; *)
        echo "# kill $i: $part articles of the killed add: not whole batches"
        bad=1 ;;
    esac
    for id in $(ids "$T/first.jsonl"); do
        grep -q "\"id\": \"$id\"" "$T/k.out" || { bad=1; break; }
    done
    if [ $have_py -eq 1 ] && [ "$(integrity "$T/k.db")" != ok ]; then
        echo "# kill $i: integrity_check failed"
        bad=1
    fi
    i=$((i + 1))
done
"$RECOUPE" add -q --db "$T/k.db" "$T/second.jsonl"
s=$?
check "after $KILLS kill -9, the store opens intact, in whole batches, with every finished add, and takes more" \
    "[ $bad -eq 0 ] && [ $s -eq 0 ]"
