#!/usr/bin/env bash
# Scanner benchmark (issue 9): all 65,535 TCP ports of loopback, Ward's connect sweep (profile fast) against
# `nmap -sT -p- -T4 -n -Pn` (Debian's nmap 7.93) and the limit probe (bench/scanner/limit_probe.c, a plain
# non-blocking connect sweep in C with 16,000 in flight and a 200 ms timeout), in the same run, ROUNDS times.
# It also compares the open ports each reports: nmap's are the reference; the limit probe may list ports that
# connected to themselves (the kernel picked the target port as the source port), which Ward must not.
#
#   bash bench/scanner.sh [ROUNDS]      (default 3)
#
# Only 127.0.0.1 is scanned.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROUNDS="${1:-3}"
for tool in nmap cc python3; do command -v "$tool" >/dev/null || { echo "scanner.sh: needs $tool" >&2; exit 1; }; done
cd "$HERE/inventory"
swift build -c release --product ScanBench 2>&1 | tail -n 1 >&2
BENCH="$(swift build -c release --show-bin-path)/ScanBench"
WORK="$(mktemp -d /tmp/ward-scanner-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
cc -O2 -o "$WORK/limit_probe" "$HERE/scanner/limit_probe.c"

seconds() { python3 -c 'import sys,time; print(f"{float(sys.argv[1]):.3f}")' "$1"; }
for round in $(seq 1 "$ROUNDS"); do
    echo "== round $round"
    t0=$(date +%s.%N)
    nmap -sT -p- -T4 -n -Pn 127.0.0.1 -oX "$WORK/nmap.xml" >/dev/null
    t1=$(date +%s.%N)
    python3 - "$WORK/nmap.xml" >"$WORK/nmap.open" <<'PY'
import sys, xml.etree.ElementTree as ET
for port in ET.parse(sys.argv[1]).iter("port"):
    if port.find("state").get("state") == "open":
        print(f"open {port.get('portid')}")
PY
    "$BENCH" 127.0.0.1 all fast >"$WORK/ward.open" 2>"$WORK/ward.err"
    "$WORK/limit_probe" 127.0.0.1 1 65535 16000 200 2>"$WORK/limit.err" | sort -u >"$WORK/limit.open"
    nmap_s=$(python3 -c "print(f'{$t1-$t0:.3f}')")
    ward_s=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' "$WORK/ward.err")
    limit_s=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' "$WORK/limit.err")
    echo "nmap  $nmap_s s  open: $(sort -n -k2 "$WORK/nmap.open" | awk '{print $2}' | tr '\n' ' ')"
    echo "ward  $ward_s s  open: $(sort -n -k2 "$WORK/ward.open" | awk '{print $2}' | tr '\n' ' ')  ($(cat "$WORK/ward.err"))"
    echo "limit $limit_s s  open: $(sort -n -k2 "$WORK/limit.open" | awk '{print $2}' | tr '\n' ' ')"
    python3 - "$ward_s" "$nmap_s" "$limit_s" <<'PY'
import sys
ward, nmap, limit = map(float, sys.argv[1:])
print(f"ratio ward/limit {ward/limit:.2f}  ward/nmap {ward/nmap:.2f}")
PY
    # Ports that listened during only one of the runs (other processes on this machine open and close listeners)
    # show up as differences; a port in the limit's list but not nmap's is the limit's self-connect.
    if diff <(sort "$WORK/nmap.open") <(sort "$WORK/ward.open") >/dev/null; then
        echo "ward's open ports = nmap's"
    else
        echo "ward and nmap differ: $(diff <(sort "$WORK/nmap.open") <(sort "$WORK/ward.open") | grep '^[<>]' | tr '\n' ' ')"
    fi
done
