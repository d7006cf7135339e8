#!/usr/bin/env bash
# Ingest speed and robustness on FANG-COVID (41,242 articles, ~237 MB of text):
#   1. ingest alone (--no-extract) into a new store: MB/s of article text, peak memory;
#   2. the same ingest again: must store nothing more;
#   3. an ingest killed with kill -9 half way, then run again: same count, integrity ok;
#   4. ingest with extraction into a new store, the whole file (the speed target of
#      issues 3 and 4: 5 MB/s of text on 2 cores) or its first $EXTRACT_N articles.
# Environment: CORPUS (binary, default bin/corpus), SHARED (default ../shared),
# EXTRACT_N (default all; a number takes the first N articles; 0 skips step 4),
# KEEP=1 keeps the stores.
# Needs /usr/bin/time (GNU) and sqlite3 for the count and the integrity check.
set -euo pipefail

CORPUS=${CORPUS:-bin/corpus}
SHARED=${SHARED:-../shared}
DATA=$SHARED/data/fang-covid/fang_covid.jsonl.gz
EXTRACT_N=${EXTRACT_N:-all}

if [ ! -e "$DATA" ]; then
	echo "skip: $DATA is absent"
	exit 0
fi
for tool in /usr/bin/time sqlite3; do
	if ! command -v "$tool" >/dev/null; then
		echo "skip: $tool is not installed"
		exit 0
	fi
done

tmp=$(mktemp -d)
if [ "${KEEP:-}" != 1 ]; then
	trap 'rm -rf "$tmp"' EXIT
else
	echo "stores kept in $tmp"
fi

count() { sqlite3 "$1" 'SELECT count(*) FROM articles'; }

# timed runs corpus under /usr/bin/time -v and prints the summary line, the
# wall time and the peak resident memory.
timed() {
	local log=$1
	shift
	/usr/bin/time -v "$CORPUS" "$@" 2>"$log" >/dev/null || true
	grep -E '^stored ' "$log" || true
	grep -E 'User time|System time|Percent of CPU|Elapsed \(wall clock\)|Maximum resident set size|Exit status' "$log" | sed 's/^\s*/  /'
	# MB of text per CPU-second: what the machine's load does not change
	awk '/^stored / { for (i = 1; i < NF; i++) if ($(i+1) == "MB" && $(i+2) == "of") mb = $i }
		/User time/ { cpu += $NF } /System time/ { cpu += $NF }
		END { if (mb > 0 && cpu > 0) printf "  CPU time: %.1f s, %.1f MB of text per CPU-second (2 free cores: %.1f MB/s at most)\n", cpu, mb / cpu, 2 * mb / cpu }' "$log"
}

echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg) (other processes share the cores: wall-clock MB/s falls with the load, MB per CPU-second does not)"
echo
echo "### 1. ingest alone, new store"
echo "\$ corpus ingest --no-extract --db a.db $DATA"
timed "$tmp/1.log" ingest --no-extract --db "$tmp/a.db" "$DATA"
first=$(count "$tmp/a.db")
echo "  articles in store: $first"

echo
echo "### 2. the same ingest again"
timed "$tmp/2.log" ingest --no-extract --db "$tmp/a.db" "$DATA"
second=$(count "$tmp/a.db")
echo "  articles in store: $second $([ "$first" = "$second" ] && echo '(none added: ok)' || echo '(CHANGED: FAIL)')"

echo
echo "### 3. killed half way with kill -9, then run again"
secs=$(grep -oE 'in [0-9.]+ s' "$tmp/1.log" | grep -oE '[0-9.]+' || echo 10)
half=$(awk -v s="$secs" 'BEGIN { printf "%.1f", s / 2 }')
"$CORPUS" ingest --quiet --no-extract --db "$tmp/b.db" "$DATA" 2>/dev/null &
pid=$!
sleep "$half"
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
echo "  killed after ${half} s: $(count "$tmp/b.db") articles stored, integrity: $(sqlite3 "$tmp/b.db" 'PRAGMA integrity_check')"
timed "$tmp/3.log" ingest --no-extract --db "$tmp/b.db" "$DATA"
third=$(count "$tmp/b.db")
echo "  after the rerun: $third articles, integrity: $(sqlite3 "$tmp/b.db" 'PRAGMA integrity_check')" \
	"$([ "$first" = "$third" ] && echo '(same count: ok)' || echo '(DIFFERENT COUNT: FAIL)')"

if [ "$EXTRACT_N" = all ]; then
	echo
	echo "### 4. ingest with extraction, new store, every article"
	echo "\$ corpus ingest --db c.db $DATA"
	timed "$tmp/4.log" ingest --db "$tmp/c.db" "$DATA"
elif [ "$EXTRACT_N" != 0 ]; then
	echo
	echo "### 4. ingest with extraction, new store, first $EXTRACT_N articles"
	{ gzip -dc "$DATA" || true; } | head -n "$EXTRACT_N" >"$tmp/sample.jsonl" # gzip stops on SIGPIPE
	echo "\$ corpus ingest --db c.db sample.jsonl"
	timed "$tmp/4.log" ingest --db "$tmp/c.db" "$tmp/sample.jsonl"
fi
echo
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
