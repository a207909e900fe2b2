#!/usr/bin/env bash
# Inventory benchmarks (issue 6):
#   1. Streaming nmap import of generated files of 1,000, 10,000 and 40,000 hosts into a new SQLite database:
#      wall time and peak memory, against the limit (Ward's streaming XML reader alone, no database) and Python's
#      iterparse of the same file.
#   2. A page of 50 open findings of high severity and up, oldest first, out of 1,000,000, on SQLite and (when
#      WARD_BENCH_POSTGRES_URL names a database the bench may wipe) on PostgreSQL, against the limit (the same SQL
#      through the bare driver, bodies not decoded).
#
#      Then the remediation figures of the same findings: counted by the database (FindingRecords.metrics, what the
#      findings page and GET …/remediation run) against reading and decoding every finding and counting in memory
#      (how Ward computed them before migration 12).
#
#   bash bench/inventory.sh            WARD_BENCH_POSTGRES_URL=postgres://ward:ward@127.0.0.1:5432/wardbench
#   SKIP_NMAP=1 bash bench/inventory.sh    the findings part only; SKIP_FINDINGS=1 the nmap part only
#
# Builds bench/inventory in release into bench/inventory/.build (git-ignored). No peer: the tools that import nmap
# XML and page findings (DefectDojo, Dependency-Track) are not installable offline here; see docs/benchmarks.md.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE/inventory"
swift build -c release --product InventoryBench 2>&1 | tail -n 1 >&2
BENCH="$(swift build -c release --show-bin-path)/InventoryBench"
WORK="$(mktemp -d /tmp/ward-inventory-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

echo "== nmap import (SQLite)"
for hosts in $([ -n "${SKIP_NMAP:-}" ] || echo 1000 10000 40000); do
    python3 "$HERE/inventory/generate_nmap.py" "$hosts" "$WORK/nmap-$hosts.xml"
    printf '%s hosts, %s MiB file\n' "$hosts" "$(( $(stat -c %s "$WORK/nmap-$hosts.xml") / 1048576 ))"
    "$BENCH" nmap "$WORK/nmap-$hosts.xml" sqlite
    "$BENCH" parse "$WORK/nmap-$hosts.xml"
    /usr/bin/time -f "python-iterparse seconds=%e peak_mib=%M(KiB)" python3 "$HERE/inventory/parse_limit.py" "$WORK/nmap-$hosts.xml"
done

[ -n "${SKIP_FINDINGS:-}" ] && exit 0
echo "== findings page, 1,000,000 findings"
"$BENCH" findings sqlite "${FINDINGS:-1000000}"
if [ -n "${WARD_BENCH_POSTGRES_URL:-}" ]; then
    WARD_BENCH_POSTGRES_URL="$WARD_BENCH_POSTGRES_URL" "$BENCH" findings postgres "${FINDINGS:-1000000}"
else
    echo "(PostgreSQL skipped: set WARD_BENCH_POSTGRES_URL)"
fi
