#!/usr/bin/env bash
# Intelligence benchmarks (issue 5), all figures from one run of this script:
#   1. Typed parsing of every CSAF advisory and example in ../shared/data plus the 803-component CycloneDX SBOM:
#      Ward (IntelBench parse), the peer (Python's json.loads over the same bytes) and the limit (Foundation's
#      JSONSerialization over the same bytes, no typed model). Target: Ward <= 1.0 x Python.
#   2. Matching the 803-component SBOM against KEV and every NVD configuration in ../shared/data: Ward's index and
#      match, and the limit (one hash lookup per CPE name). Target: under 100 ms.
#   3. Importing the full KEV catalog into a new SQLite database (and PostgreSQL when WARD_BENCH_POSTGRES_URL names a
#      database the bench may wipe), the same catalog again, and one entry more; the limit is reading the file.
#      Target: under 1 s each, and the second import changes nothing.
#
#   bash bench/intel.sh [ROUNDS]      (default 30 rounds; each figure is the best and the median)
#
# Builds bench/inventory in release into bench/inventory/.build (git-ignored).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA="${WARD_SHARED_DATA:-$HERE/../../shared/data}"
ROUNDS="${1:-30}"
cd "$HERE/inventory"
swift build -c release --product IntelBench 2>&1 | tail -n 1 >&2
BENCH="$(swift build -c release --show-bin-path)/IntelBench"
for repeat in 1 2; do
    echo "== parse (repeat $repeat)"
    "$BENCH" parse "$DATA" "$ROUNDS"
    python3 "$HERE/intel/parse_peer.py" "$DATA" "$ROUNDS"
done
echo "== match"
"$BENCH" match "$DATA" "$ROUNDS"
echo "== KEV import (full catalog, then the same again, then one entry more)"
swift build -c release --product InventoryBench 2>&1 | tail -n 1 >&2
INVENTORY="$(swift build -c release --show-bin-path)/InventoryBench"
"$INVENTORY" kev "$DATA/kev/known_exploited_vulnerabilities.json" sqlite
if [ -n "${WARD_BENCH_POSTGRES_URL:-}" ]; then
    WARD_BENCH_POSTGRES_URL="$WARD_BENCH_POSTGRES_URL" "$INVENTORY" kev "$DATA/kev/known_exploited_vulnerabilities.json" postgres
else
    echo "(PostgreSQL skipped: set WARD_BENCH_POSTGRES_URL)"
fi
