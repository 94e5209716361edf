#!/usr/bin/env bash
# The foundation issue's speed check: the seeds' count loop (bench/count.py, 2*10^7
# iterations) under gilvm and under python3, run alternately ROUNDS times each (default 5).
# Prints each run, then the medians and the ratio gilvm/CPython for
#   - the whole process (start-up included: what a user waits for), and
#   - the loop alone (the time the program measures around count()).
# Not a test: our machines are shared and noisy, so read the medians, not single runs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
python="${PYTHON:-python3}"
command -v "$python" >/dev/null || { echo "count.sh: needs $python for the baseline" >&2; exit 2; }
"$here/gilvm" -c 'pass' >/dev/null   # build the jar and the CDS archive outside the timing

now() { date +%s.%N; }
declare -a gw gl pw pl
for ((r = 1; r <= rounds; r++)); do
  t0=$(now); out=$("$here/gilvm" "$here/bench/count.py"); t1=$(now)
  gw+=("$(echo "$t1 - $t0" | bc -l)"); gl+=("${out#* }")
  t0=$(now); out=$("$python" "$here/bench/count.py"); t1=$(now)
  pw+=("$(echo "$t1 - $t0" | bc -l)"); pl+=("${out#* }")
  printf 'round %d: gilvm %.3f s (loop %s)   python3 %.3f s (loop %s)\n' "$r" "${gw[-1]}" "${gl[-1]}" "${pw[-1]}" "${pl[-1]}"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mgw=$(median "${gw[@]}"); mgl=$(median "${gl[@]}"); mpw=$(median "${pw[@]}"); mpl=$(median "${pl[@]}")
printf 'median whole process: gilvm %.3f s, python3 %.3f s, ratio %.2f\n' "$mgw" "$mpw" "$(echo "$mgw / $mpw" | bc -l)"
printf 'median loop only:     gilvm %.3f s, python3 %.3f s, ratio %.2f\n' "$mgl" "$mpl" "$(echo "$mgl / $mpl" | bc -l)"
