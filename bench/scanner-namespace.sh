#!/usr/bin/env bash
# Scanner benchmark on a firewalled host (issue 9): two network namespaces joined by a veth pair, made and removed by
# this script. The target namespace listens on 5 ports and its nftables ruleset drops every other TCP packet, so
# 65,530 ports are silent. Ward (profile fast) against `nmap -sT -p- -T4 -n -Pn --max-retries 1` and the limit probe
# (16,000 in flight, 200 ms timeout), all run inside the scanner namespace; then the gentle profile on ports 1-500,
# with its wall time and peak connection attempts per second.
#
#   sudo bash bench/scanner-namespace.sh [ROUNDS]      (default 1; nmap takes about 90 s a round)
#
# Needs root, iproute2, nftables, nmap, python3, cc. Only 10.250.0.2, inside the namespace made here, is scanned.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROUNDS="${1:-1}"
A=wardbench-scanner
B=wardbench-target
TARGET=10.250.0.2
PORTS=(22 80 443 2575 11112)
for tool in ip nft nmap cc python3; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done
[ "$(id -u)" = 0 ] || { echo "scanner-namespace.sh: run as root (it makes network namespaces)" >&2; exit 1; }

WORK="$(mktemp -d /tmp/ward-netns-bench.XXXXXX)"
cleanup() {
    ip netns pids "$B" 2>/dev/null | xargs -r kill 2>/dev/null || true
    ip netns del "$A" 2>/dev/null || true
    ip netns del "$B" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
cleanup
mkdir -p "$WORK"

ip netns add "$A"
ip netns add "$B"
ip link add wardbench0 netns "$A" type veth peer name wardbench1 netns "$B"
ip -n "$A" addr add 10.250.0.1/30 dev wardbench0
ip -n "$B" addr add "$TARGET/30" dev wardbench1
for ns in "$A" "$B"; do ip -n "$ns" link set lo up; done
ip -n "$A" link set wardbench0 up
ip -n "$B" link set wardbench1 up
ip netns exec "$B" nft -f - <<NFT
table inet wardbench {
    chain input {
        type filter hook input priority 0; policy accept;
        iif "lo" accept
        tcp dport { $(IFS=,; echo "${PORTS[*]}") } accept
        meta l4proto tcp drop
    }
}
NFT
for port in "${PORTS[@]}"; do
    ip netns exec "$B" python3 -m http.server "$port" --bind "$TARGET" >/dev/null 2>&1 &
done
sleep 1

cd "$HERE/inventory"
swift build -c release --product ScanBench 2>&1 | tail -n 1 >&2
BENCH="$(swift build -c release --show-bin-path)/ScanBench"
cc -O2 -o "$WORK/limit_probe" "$HERE/scanner/limit_probe.c"

for round in $(seq 1 "$ROUNDS"); do
    echo "== round $round: all ports of a firewalled host ($TARGET, listening on ${PORTS[*]})"
    ip netns exec "$A" "$BENCH" "$TARGET" all fast >"$WORK/ward.open" 2>"$WORK/ward.err"
    echo "ward   $(cat "$WORK/ward.err")  open: $(awk '{print $2}' "$WORK/ward.open" | sort -n | tr '\n' ' ')"
    ip netns exec "$A" "$WORK/limit_probe" "$TARGET" 1 65535 16000 200 2>"$WORK/limit.err" | sort -u >"$WORK/limit.open"
    echo "limit  $(cat "$WORK/limit.err")  open: $(awk '{print $2}' "$WORK/limit.open" | sort -n | tr '\n' ' ')"
    t0=$(date +%s.%N)
    ip netns exec "$A" nmap -sT -p- -T4 -n -Pn --max-retries 1 "$TARGET" -oX "$WORK/nmap.xml" >/dev/null
    t1=$(date +%s.%N)
    python3 - "$WORK/nmap.xml" "$(python3 -c "print($t1-$t0)")" "$WORK/ward.err" <<'PY'
import re, sys, xml.etree.ElementTree as ET
states = {}
for port in ET.parse(sys.argv[1]).iter("port"):
    states.setdefault(port.find("state").get("state"), []).append(int(port.get("portid")))
nmap_seconds = float(sys.argv[2])
ward_seconds = float(re.search(r"seconds=([0-9.]+)", open(sys.argv[3]).read()).group(1))
print(f"nmap   seconds={nmap_seconds:.1f} open: {' '.join(map(str, sorted(states.get('open', []))))}")
print(f"ratio ward/nmap {ward_seconds / nmap_seconds:.3f}")
PY
done

echo "== gentle profile, ports 1-500 of the same host"
ip netns exec "$A" "$BENCH" "$TARGET" 1-500 gentle >"$WORK/gentle.open" 2>"$WORK/gentle.err"
echo "gentle $(cat "$WORK/gentle.err")  open: $(awk '{print $2}' "$WORK/gentle.open" | sort -n | tr '\n' ' ')"
echo "(the gentle profile declares at most 50 attempts per second)"
