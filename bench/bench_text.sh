#!/bin/sh
# bench_text.sh - text analysis (rcp_doc_new: normalisation, tokens,
# sentences, folding, stopwords, stems) on the French and English dev
# articles: MB/s and articles/s, then peak RSS. Set by bench/run.sh:
# TOOLS, DATA. ROUNDS (default 10) repeats the set to get a stable time.
set -u
ROUNDS=${ROUNDS:-10}
IN="$DATA/rpm2-cluster-dev/articles.jsonl $DATA/ecbplus-dev/articles.jsonl"
for f in $IN; do
    [ -f "$f" ] || { echo "bench_text: missing $f"; exit 0; }
done
echo "-- languages as given"
/usr/bin/time -f "peak RSS %M KB" "$TOOLS/bench_text" -n "$ROUNDS" $IN 2>&1
echo "-- languages detected"
/usr/bin/time -f "peak RSS %M KB" "$TOOLS/bench_text" -n "$ROUNDS" -l "" $IN 2>&1
