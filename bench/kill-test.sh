#!/usr/bin/env bash
# Kill test: run the offline suite, kill -9 the JVM at N random moments, resume each time, then check
# that every episode key is present exactly once and that the summary equals an uninterrupted run's.
# Usage: bench/kill-test.sh [kills=20] [seed=7]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
KILLS="${1:-20}"
SEED="${2:-7}"
WORK="$(mktemp -d)"
ARGS=(--personas 60 --seed "$SEED" -q)
JAR="$ROOT/runners/target/attune.jar"
"$ROOT/attune" --version >/dev/null  # builds when stale

echo "uninterrupted reference run..."
t0=$(date +%s.%N)
java -jar "$JAR" run "${ARGS[@]}" --out "$WORK/reference" >/dev/null
t1=$(date +%s.%N)
ref_secs=$(echo "$t1 - $t0" | bc)
echo "reference: $(wc -l < "$WORK/reference/episodes.jsonl") episodes in ${ref_secs}s"

RUN="$WORK/killed"
kills=0
resumes=0
RANDOM=$SEED
while :; do
  if [ -f "$RUN/run.json" ]; then
    java -jar "$JAR" run --resume "$RUN" -q >/dev/null 2>"$WORK/err" & pid=$!
    resumes=$((resumes + 1))
  else
    rm -rf "$RUN"
    java -jar "$JAR" run "${ARGS[@]}" --out "$RUN" >/dev/null 2>"$WORK/err" & pid=$!
  fi
  if [ "$kills" -lt "$KILLS" ]; then
    sleep "$(printf '0.%03d' $((RANDOM % 1000)))"
    sleep $((1 + RANDOM % 3))
    if kill -0 "$pid" 2>/dev/null; then
      kill -9 "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      kills=$((kills + 1))
      lines=$( [ -f "$RUN/episodes.jsonl" ] && wc -l < "$RUN/episodes.jsonl" || echo 0)
      echo "kill $kills: $lines lines journaled"
      continue
    fi
  fi
  wait "$pid"
  break
done

python3 - "$WORK/reference" "$RUN" <<'PY'
import json, sys
ref, run = sys.argv[1], sys.argv[2]
keys = [json.loads(l)["key"] for l in open(f"{run}/episodes.jsonl")]
ref_keys = sorted(json.loads(l)["key"] for l in open(f"{ref}/episodes.jsonl"))
assert len(keys) == len(set(keys)), f"duplicate keys: {len(keys) - len(set(keys))}"
assert sorted(keys) == ref_keys, "key sets differ"
a = json.load(open(f"{ref}/summary.json")); b = json.load(open(f"{run}/summary.json"))
for k in ("groups", "byTask", "byPersona", "byAttribute"):
    assert a[k] == b[k], f"summary.{k} differs"
print(f"OK: {len(keys)} keys, each exactly once; summary equals the uninterrupted run's")
PY
echo "kills: $kills, resumes: $resumes, torn lines set aside: $(ls "$RUN"/*.torn 2>/dev/null | wc -l)"
rm -rf "$WORK"
