#!/usr/bin/env bash
# Scoring benchmark: scores, crosswalk coverage and the action plan of a 500-requirement assessment with every
# crosswalk, against the limit (the same sums on bare arrays).
#
#   bash bench/scoring.sh [RUNS]        (default 300 runs per measurement)
#
# Builds bench/scoring in release into bench/scoring/.build (git-ignored) and runs it. No peer: the tools that do
# assessments (CISA CSET, CISO Assistant) are not installable offline here; see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/scoring"
swift build -c release --product ScoringBench 2>&1 | tail -n 1 >&2
exec .build/release/ScoringBench "${1:-300}"
