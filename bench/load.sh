#!/usr/bin/env bash
# Ward load benchmark: Ward (release, SQLite) against a bare Hummingbird 2 "limit" server, with wrk.
#
#   bash bench/load.sh
#
# 1. builds Ward in release into .build-bench and the limit (bench/limit) into .build-bench-limit;
# 2. starts both on 127.0.0.1 (Ward with a fresh data folder);
# 3. seeds Ward: a site administrator (CLI), a browser-style sign-in (curl), a viewer API token (REST API), and
#    100 scope entries (CLI, beside the running server);
# 4. runs wrk against Ward /healthz, limit /healthz, Ward's authenticated scope list (100 entries) and limit /list,
#    each twice, interleaved;
# 5. prints requests/s and p99 latency for each, and the ratios Ward/limit. Servers stop on exit.
#
# Environment: WARD_BENCH_PORT (default 18281), LIMIT_BENCH_PORT (18282), WRK_THREADS (2), WRK_CONNECTIONS (64),
# WRK_DURATION (15s), SKIP_BUILD=1 (use the binaries already built), RESULTS_DIR (where raw wrk output goes;
# default a temporary folder, kept and printed at the end).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WARD_SCRATCH="$REPO/.build-bench"
LIMIT_SCRATCH="$REPO/.build-bench-limit"
WARD_PORT="${WARD_BENCH_PORT:-18281}"
LIMIT_PORT="${LIMIT_BENCH_PORT:-18282}"
THREADS="${WRK_THREADS:-2}"
CONNECTIONS="${WRK_CONNECTIONS:-64}"
DURATION="${WRK_DURATION:-15s}"
WARD_URL="http://127.0.0.1:$WARD_PORT"
LIMIT_URL="http://127.0.0.1:$LIMIT_PORT"
EMAIL="bench@example.org"
PASSWORD="bench-password-$(date +%s)-$RANDOM"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'load.sh: %s\n' "$*" >&2; exit 1; }

for tool in swift curl wrk python3; do
    command -v "$tool" >/dev/null || die "needs $tool on PATH"
done

WORK="$(mktemp -d /tmp/ward-bench.XXXXXX)"
RESULTS_DIR="${RESULTS_DIR:-$WORK/results}"
mkdir -p "$RESULTS_DIR" "$WORK/data"
PIDS=()

cleanup() {
    local status=$?
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] || continue
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
            for _ in $(seq 1 50); do  # up to 5 s for a graceful stop (an exited child shows as a zombie: Z)
                case "$(ps -o stat= -p "$pid" 2>/dev/null || true)" in "" | Z*) break ;; esac
                sleep 0.1
            done
            kill -KILL "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$WORK/data" "$WORK/cookies"
    [ "$status" -eq 0 ] || printf 'load.sh: failed (exit %s); server logs and wrk output are in %s\n' "$status" "$WORK" >&2
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_free "$WARD_PORT" || die "port $WARD_PORT is in use (set WARD_BENCH_PORT)"
port_free "$LIMIT_PORT" || die "port $LIMIT_PORT is in use (set LIMIT_BENCH_PORT)"

# Bounded wait until URL answers 200 (at most 30 s).
wait_ready() {
    local url=$1 pid=$2
    for _ in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || die "the server for $url exited early; see $WORK/*.log"
        [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url")" = 200 ] && return 0
        sleep 0.1
    done
    die "$url did not answer 200 within 30 s"
}

# ---------------------------------------------------------------------------------------------------------- build
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    say "building Ward (release) into $WARD_SCRATCH (slow the first time)"
    (cd "$REPO" && swift build -c release --product ward --scratch-path "$WARD_SCRATCH")
    say "building the limit server (release) into $LIMIT_SCRATCH"
    swift build -c release --package-path "$REPO/bench/limit" --scratch-path "$LIMIT_SCRATCH"
fi
WARD="$(cd "$REPO" && swift build -c release --scratch-path "$WARD_SCRATCH" --show-bin-path)/ward"
LIMIT="$(swift build -c release --package-path "$REPO/bench/limit" --scratch-path "$LIMIT_SCRATCH" --show-bin-path)/limit"
[ -x "$WARD" ] || die "no Ward binary at $WARD"
[ -x "$LIMIT" ] || die "no limit binary at $LIMIT"

# ------------------------------------------------------------------------------------------------- start and seed
DATA="$WORK/data"
say "creating the site administrator $EMAIL (CLI)"
printf '%s\n' "$PASSWORD" | "$WARD" admin create --data-dir "$DATA" --email "$EMAIL" --name "Bench" --password-stdin \
    >"$WORK/admin.log" 2>&1 || { cat "$WORK/admin.log" >&2; die "ward admin create failed"; }

say "starting Ward on $WARD_URL and the limit on $LIMIT_URL"
(cd "$WORK" && exec "$WARD" serve --data-dir "$DATA" --host 127.0.0.1 --port "$WARD_PORT" >"$WORK/ward.log" 2>&1) &
PIDS+=($!)
WARD_PID=$!
(exec "$LIMIT" --host 127.0.0.1 --port "$LIMIT_PORT" >"$WORK/limit.log" 2>&1) &
PIDS+=($!)
LIMIT_PID=$!
wait_ready "$WARD_URL/healthz" "$WARD_PID"
wait_ready "$LIMIT_URL/healthz" "$LIMIT_PID"

JAR="$WORK/cookies"
hidden_csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }

say "signing in through POST /login"
LOGIN_CSRF="$(curl -sf -c "$JAR" -b "$JAR" "$WARD_URL/login" | hidden_csrf)"
[ -n "$LOGIN_CSRF" ] || die "GET /login has no _csrf field"
status="$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" \
    --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$LOGIN_CSRF" \
    "$WARD_URL/login")"
[ "$status" = 303 ] || die "POST /login answered $status, expected 303"
grep -q ward_session "$JAR" || die "POST /login set no ward_session cookie"

SESSION_CSRF="$(curl -sf -b "$JAR" "$WARD_URL/account" | hidden_csrf)"
[ -n "$SESSION_CSRF" ] || die "GET /account has no _csrf field (not signed in?)"
ORG="$(curl -sf -b "$JAR" "$WARD_URL/api/v1/organizations" | python3 -c '
import json, sys
body = json.load(sys.stdin)
items = body["items"] if isinstance(body, dict) else body
print(items[0]["id"])')"
[ -n "$ORG" ] || die "GET /api/v1/organizations listed no organization"

say "creating a viewer API token in organization $ORG"
TOKEN="$(curl -sf -b "$JAR" -H "X-CSRF-Token: $SESSION_CSRF" -H 'Content-Type: application/json' \
    -d '{"name":"bench","role":"viewer"}' "$WARD_URL/api/v1/organizations/$ORG/tokens" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["secret"])')"
[ -n "$TOKEN" ] || die "creating the API token returned no secret"

say "adding 100 scope entries (CLI, beside the running server)"
TARGETS=()
for i in $(seq 0 99); do TARGETS+=("10.1.$i.0/24"); done
"$WARD" org scope add --data-dir "$DATA" --org "$ORG" "${TARGETS[@]}" >"$WORK/scope.log" 2>&1 \
    || { tail -n 5 "$WORK/scope.log" >&2; die "ward org scope add failed"; }

LIST_PATH="/api/v1/organizations/$ORG/scope"
count="$(curl -sf -H "Authorization: Bearer $TOKEN" "$WARD_URL$LIST_PATH" \
    | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["entries"]))')"
[ "$count" = 100 ] || die "GET $LIST_PATH returned $count entries, expected 100"
count="$(curl -sf "$LIMIT_URL/list" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["entries"]))')"
[ "$count" = 100 ] || die "limit /list returned $count entries, expected 100"
printf 'Ward list: %s bytes, limit list: %s bytes\n' \
    "$(curl -sf -H "Authorization: Bearer $TOKEN" "$WARD_URL$LIST_PATH" | wc -c)" "$(curl -sf "$LIMIT_URL/list" | wc -c)"

# ---------------------------------------------------------------------------------------------------------- load
# run NAME URL [wrk arguments…]: one wrk run, raw output kept in RESULTS_DIR/NAME-ROUND.txt.
run() {
    local name=$1 url=$2; shift 2
    local out="$RESULTS_DIR/$name-$ROUND.txt"
    say "round $ROUND: $name ($url)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s --latency "$@" "$url" >"$out" 2>&1 \
        || { cat "$out" >&2; die "wrk failed for $name"; }
    grep -E 'Requests/sec|99%|Non-2xx|Socket errors' "$out" | sed 's/^/      /' >&2
}

for ROUND in 1 2; do
    run ward-healthz "$WARD_URL/healthz"
    run limit-healthz "$LIMIT_URL/healthz"
    run ward-list "$WARD_URL$LIST_PATH" -H "Authorization: Bearer $TOKEN"
    run limit-list "$LIMIT_URL/list"
done

kill -0 "$WARD_PID" 2>/dev/null || die "Ward exited during the benchmark; see $WORK/ward.log"

# -------------------------------------------------------------------------------------------------------- summary
python3 - "$RESULTS_DIR" "$THREADS" "$CONNECTIONS" "$DURATION" <<'PY'
import os, re, sys

results, threads, connections, duration = sys.argv[1:5]
unit = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}

def parse(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    value, suffix = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M).groups()
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    errors = re.search(r"Socket errors:.*", text)
    return rps, float(value) * unit[suffix], int(bad.group(1)) if bad else 0, errors.group(0) if errors else ""

names = ["ward-healthz", "limit-healthz", "ward-list", "limit-list"]
data = {n: [parse(os.path.join(results, f"{n}-{r}.txt")) for r in (1, 2)] for n in names}

print(f"\nwrk -t{threads} -c{connections} -d{duration} --latency, each endpoint twice (interleaved)\n")
print(f"{'endpoint':<15}{'req/s run 1':>13}{'req/s run 2':>13}{'req/s mean':>12}{'p99 run 1':>12}{'p99 run 2':>12}  notes")
mean = {}
for n in names:
    (r1, p1, b1, e1), (r2, p2, b2, e2) = data[n]
    mean[n] = ((r1 + r2) / 2, max(p1, p2))
    notes = "; ".join(x for x in (f"{b1 + b2} non-2xx" if b1 + b2 else "", e1, e2) if x)
    print(f"{n:<15}{r1:>13,.0f}{r2:>13,.0f}{mean[n][0]:>12,.0f}{p1:>10.2f}ms{p2:>10.2f}ms  {notes}")
print()
for what in ("healthz", "list"):
    w, l = mean[f"ward-{what}"], mean[f"limit-{what}"]
    print(f"Ward/limit {what:<8} throughput {w[0] / l[0]:6.1%}   worst p99 {w[1]:.2f} ms vs {l[1]:.2f} ms"
          f" ({w[1] / l[1]:.1f}x)")
print()
hz, ls = mean["ward-healthz"], mean["ward-list"]
print(f"target /healthz >= 20,000 req/s: {'met' if hz[0] >= 20000 else 'NOT met'} ({hz[0]:,.0f})")
print(f"target list >= 3,000 req/s with p99 < 50 ms: {'met' if ls[0] >= 3000 and ls[1] < 50 else 'NOT met'}"
      f" ({ls[0]:,.0f} req/s, worst p99 {ls[1]:.2f} ms)")
bad = [n for n in names for run in data[n] if run[2]]
if bad:
    print(f"WARNING: non-2xx responses in {sorted(set(bad))}; those figures are not valid")
PY
printf '\nraw wrk output: %s\n' "$RESULTS_DIR"
