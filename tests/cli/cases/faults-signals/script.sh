# SIGINT/SIGTERM: the record being read is finished, the output is whole, exit 130/143
R=$PWD; T=${TMPDIR:-/tmp}/rcp-sig.$$; mkdir -p $T && cd $T && cp $R/tests/data/inputs/crlf_bom.txt G1.txt
rec='{"id": "a1", "text": "La mer a envahi la digue du port ce matin, disent les secours."}'
waitfor() { i=0; while ! eval "$1" && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done; }
# extract and cluster --stream: SIGINT after the first record is out
for c in extract "cluster --stream"; do
  rm -f in.jsonl outp out; mkfifo in.jsonl outp
  cat outp > out & cpid=$!
  exec 3<>in.jsonl
  timeout 20 $RECOUPE $c in.jsonl > outp 3>&- & pid=$!
  echo "$rec" >&3
  waitfor '[ -s out ]'
  kill -INT $pid; wait $pid; echo "$c, SIGINT: status $?"
  exec 3>&-; wait $cpid; cat out
done
# every command: SIGTERM while waiting on an input, after G1 was read
for c in extract cluster "cluster --stream" digest "digest --format json"; do
  rm -f in.jsonl; mkfifo in.jsonl; exec 3<>in.jsonl
  $RECOUPE $c G1.txt in.jsonl -o out.txt 3>&- & pid=$!
  # recoupe itself (after exec: the shell's fd 3 is closed by then) has
  # opened the FIFO, so G1.txt has been read
  waitfor 'readlink /proc/$pid/exe | grep -q recoupe && ls -l /proc/$pid/fd 2>/dev/null | grep -q in.jsonl'
  kill -TERM $pid; wait $pid; echo "$c, SIGTERM: status $?, $(grep -c . out.txt) lines"
  head -c 100 out.txt; echo
  exec 3>&-; rm -f out.txt
done
ls -A
cd $R; rm -rf $T
