#!/usr/bin/env bash
# Speed and memory of cross-checking on FANG-COVID: `corpus check` over a
# store of about 4k, 10k and all 41k articles, ingested with extraction.
# Targets (issue 5): all of FANG-COVID in under 60 s with peak memory under 2 GB.
#
# Environment:
#   CORPUS  binary (default bin/corpus)
#   SHARED  default ../shared
#   STORE   a store of all of FANG-COVID ingested WITH extraction; when unset,
#           one is made first in a temporary folder (takes long: run this
#           script in the background, writing to a file)
#   SIZES   article counts to time (default "4000 10000 all")
#   KEEP=1  keeps the temporary stores
# Needs /usr/bin/time (GNU) and sqlite3 (to cut the smaller stores out of the full one).
set -euo pipefail

CORPUS=${CORPUS:-bin/corpus}
SHARED=${SHARED:-../shared}
DATA=$SHARED/data/fang-covid/fang_covid.jsonl.gz
SIZES=${SIZES:-4000 10000 all}

if [ ! -e "$DATA" ] && [ -z "${STORE:-}" ]; then
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

store=${STORE:-}
if [ -z "$store" ]; then
	store=$tmp/full.db
	echo "### ingest with extraction (to build the store)"
	echo "\$ corpus ingest --quiet --db full.db $DATA"
	/usr/bin/time -v "$CORPUS" ingest --quiet --db "$store" "$DATA" 2>"$tmp/ingest.log" >/dev/null || true
	grep -E 'Elapsed \(wall clock\)|Maximum resident set size|Exit status' "$tmp/ingest.log" | sed 's/^\s*/  /'
	echo
fi
total=$(sqlite3 "$store" 'SELECT count(*) FROM articles')
claims=$(sqlite3 "$store" 'SELECT count(*) FROM claims')
figures=$(sqlite3 "$store" 'SELECT count(*) FROM figures')
echo "store: $total articles, $claims claims, $figures figures"

for n in $SIZES; do
	db=$store
	if [ "$n" != all ] && [ "$n" -lt "$total" ]; then
		db=$tmp/first-$n.db
		cp "$store" "$db"
		rm -f "$db-wal" "$db-shm"
		sqlite3 "$db" "PRAGMA foreign_keys=ON; DELETE FROM articles WHERE id NOT IN (SELECT id FROM articles ORDER BY source_file, source_line, id LIMIT $n);"
	fi
	have=$(sqlite3 "$db" 'SELECT count(*) FROM articles')
	echo
	echo "### corpus check over $have articles"
	echo "\$ corpus check --db $(basename "$db") --format ndjson   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
	/usr/bin/time -v "$CORPUS" check --db "$db" --format ndjson >"$tmp/check.ndjson" 2>"$tmp/check.log" || true
	grep -E 'User time|System time|Elapsed \(wall clock\)|Maximum resident set size|Exit status' "$tmp/check.log" | sed 's/^\s*/  /'
	grep -v 'Command being timed\|^\s' "$tmp/check.log" | head -5 || true
	# Kinds from the NDJSON: CSV fields hold commas and line breaks.
	echo "  findings by kind:"
	grep -o '"kind":"[a-z]*"' "$tmp/check.ndjson" | cut -d'"' -f4 | sort | uniq -c | sed 's/^/  /'
	secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$tmp/check.log")
	kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/check.log")
	if [ "$n" = all ] || [ "$have" -eq "$total" ]; then
		awk -v s="$secs" -v kb="$kb" 'BEGIN {
			ok = (s < 60 && kb < 2 * 1024 * 1024)
			printf "  target (all articles: < 60 s, < 2 GB): %.1f s, %.0f MB: %s\n", s, kb / 1024, ok ? "ok" : "MISSED"
		}'
	fi
done
