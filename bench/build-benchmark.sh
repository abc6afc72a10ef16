#!/usr/bin/env bash
# Speed and memory of `divpo build` (issue: "Speed and memory"). Prints wall time and peak RSS for
#  1. the AlpacaEval pools (14 MB, 805 pools x 16 responses), whole process, 5 runs, guards on and off;
#  2. a synthetic ~1 GB grouped input (generated once into $WORK), guards on (two passes) and off.
# Usage: bench/build-benchmark.sh [megabytes=1024]. Needs python3 for the generator.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
megabytes="${1:-1024}"
work="${WORK:-/tmp/divpo-bench}"
mkdir -p "$work"

dotnet publish "$root/src/DivPO.Cli" -c Release -o "$work/divpo" --nologo -v quiet >/dev/null
divpo="$work/divpo/divpo"

measure() { # label, then the command
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
  read -r seconds kilobytes <"$work/time.txt"
  printf '%-48s %8.2f s %8.0f MB\n' "$label" "$seconds" "$((kilobytes / 1024))"
}

alpaca="$root/../shared/datasets/alpacaeval-pools.jsonl"
if [ -f "$alpaca" ]; then
  for run in 1 2 3 4 5; do
    measure "alpacaeval, guards on (run $run)" "$divpo" build "$alpaca" -o "$work/pairs.jsonl" --no-progress
  done
  for run in 1 2 3; do
    measure "alpacaeval, --guard none (run $run)" "$divpo" build "$alpaca" -o "$work/pairs.jsonl" --no-progress --guard none
  done
fi

synthetic="$work/synthetic-${megabytes}mb.jsonl"
[ -f "$synthetic" ] || python3 "$root/bench/generate-pools.py" "$synthetic" --megabytes "$megabytes"
measure "synthetic ${megabytes} MB, --guard none" "$divpo" build "$synthetic" -o "$work/pairs.jsonl" --no-progress --guard none
measure "synthetic ${megabytes} MB, guards on" "$divpo" build "$synthetic" -o "$work/pairs.jsonl" --no-progress
