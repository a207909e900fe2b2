#!/usr/bin/env bash
# Scanner memory benchmark (issue 9): does Ward's memory stay flat as the number of mostly silent addresses grows?
# Two network namespaces joined by a veth pair, made and removed by this script. Every address of 10.252.0.0/16 is
# local to the target namespace, whose nftables ruleset drops all TCP and ICMP except to 10.252.0.10, which listens
# on port 80. The scanner namespace routes the /16 over the veth. Inside it, for a /24, a /20 and the /16:
#
#   ward scan run BLOCK --scope BLOCK --ports 22,80,443 --profile fast --no-identify --max-hosts 65536
#       with discovery (the default) and with --no-discover,
#   nmap -sT -n -Pn -p 22,80,443 -T5 --max-retries 1 BLOCK        (the peer, for the /24 and the /20)
#   bench/scanner/limit_probe.c is single-host and has no place here; the limit is the empty process: `ward --version`.
#
# Each run's peak resident memory comes from /usr/bin/time -v. Flat means the /16 costs little more than the /24
# beyond its results.
#
#   sudo bash bench/scanner-memory.sh
#   sudo FORMAT=table SKIP_NMAP=1 bash bench/scanner-memory.sh   (only up hosts are printed; no nmap)
#   sudo NMAP_BLOCKS=10.252.0.0/24 bash bench/scanner-memory.sh  (nmap on the /24 only)
#   sudo WIDE=1 … bash bench/scanner-memory.sh   (also the /16 with the top100 ports, 6.5 million pairs, no discovery)
#
# Needs root, iproute2, nftables, nmap, python3 and a release build of ward (swift build -c release).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
FORMAT="${FORMAT:-json}"
NMAP_BLOCKS="${NMAP_BLOCKS:-10.252.0.0/24 10.252.0.0/20}"   # nmap took 10 minutes for the /20: NMAP_BLOCKS=10.252.0.0/24
A=wardmem-scanner
B=wardmem-target
for tool in ip nft nmap python3; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done
[ "$(id -u)" = 0 ] || { echo "scanner-memory.sh: run as root (it makes network namespaces)" >&2; exit 1; }
cd "$ROOT"
swift build -c release --product ward 2>&1 | tail -n 1 >&2
WARD="$(swift build -c release --show-bin-path)/ward"

WORK="$(mktemp -d /tmp/ward-memory-bench.XXXXXX)"
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
ip link add wardmem0 netns "$A" type veth peer name wardmem1 netns "$B"
ip -n "$A" addr add 10.253.0.1/30 dev wardmem0
ip -n "$B" addr add 10.253.0.2/30 dev wardmem1
for ns in "$A" "$B"; do ip -n "$ns" link set lo up; done
ip -n "$A" link set wardmem0 up
ip -n "$B" link set wardmem1 up
ip -n "$A" route add 10.252.0.0/16 via 10.253.0.2
ip -n "$B" route add local 10.252.0.0/16 dev lo
ip netns exec "$B" nft -f - <<NFT
table inet wardmem {
    chain input {
        type filter hook input priority 0; policy accept;
        iif "lo" ip saddr 10.252.0.0/16 accept
        ip daddr 10.252.0.10 accept
        ip daddr 10.252.0.0/16 drop
    }
}
NFT
ip netns exec "$B" python3 -m http.server 80 --bind 10.252.0.10 >/dev/null 2>&1 &
sleep 1

peak() {  # peak resident memory in MiB and wall seconds of a command run in the scanner namespace
    /usr/bin/time -v ip netns exec "$A" "$@" >/dev/null 2>"$WORK/time.txt" || true
    python3 - "$WORK/time.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", text)
seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
print(f"{rss:8.1f} MiB {seconds:8.1f} s")
PY
}

echo "limit (ward --version):              $(peak "$WARD" --version)"
for block in 10.252.0.0/24 10.252.0.0/20 10.252.0.0/16; do
    common=(scan run "$block" --scope "$block" --ports 22,80,443 --profile fast --no-identify --max-hosts 65536
        --quiet --format "$FORMAT")
    echo "$block ward (discovery):     $(peak "$WARD" "${common[@]}")"
    echo "$block ward (--no-discover): $(peak "$WARD" "${common[@]}" --no-discover)"
    if [ "$block" = 10.252.0.0/16 ] && [ -n "${WIDE:-}" ]; then
        # 6.5 million pairs: the sweep's memory must not follow the number of pairs either.
        echo "$block ward (--no-discover, top100): $(peak "$WARD" "${common[@]/22,80,443/top100}" --no-discover)"
    fi
    if [[ " $NMAP_BLOCKS " == *" $block "* ]] && [ -z "${SKIP_NMAP:-}" ]; then
        echo "$block nmap -sT -T5:         $(peak timeout 600 nmap -sT -n -Pn -p 22,80,443 -T5 --max-retries 1 "$block")"
    fi
done
# What the /16 found: the one listening address.
ip netns exec "$A" "$WARD" scan run 10.252.0.0/16 --scope 10.252.0.0/16 --ports 22,80,443 --profile fast \
    --no-identify --max-hosts 65536 --quiet --open-only 2>/dev/null | head -n 3
