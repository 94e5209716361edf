#!/usr/bin/env bash
# The strategies issue's scaling check: the count loop's total work in 1 and in 2 threads
# (bench/threads.py), under python3 and under each gilvm strategy, ROUNDS times each
# (default 5), alternating. Prints the median times and the speed-up T1/T2 for each, and
# for the gil strategy its speed-up relative to CPython's own.
#   [N=increments] [WARMUP=untimed runs] bench/threads.sh [ROUNDS]
# N defaults to 10^8, the seeds' own count (count_two_threads.py). Much smaller totals
# measure the JIT's warm-up more than the design: each run is a fresh JVM, and compiling the
# eval loop competes with the Python threads for the two cores.
# Not a test: our machines are shared and noisy, so read the medians, not single runs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
n="${N:-100000000}"
warmup="${WARMUP:-1}"   # untimed runs of the threaded part first (the JIT's warm-up; see threads.py)
python="${PYTHON:-python3}"
command -v "$python" >/dev/null || { echo "threads.sh: needs $python for the baseline" >&2; exit 2; }
"$here/gilvm" -c 'pass' >/dev/null   # build the jar and the start-up cache outside the timing

runners=(python3 gil atomic-refcount tracing unsafe-refcount)
run() { # runner threads -> seconds
  if [ "$1" = python3 ]; then "$python" "$here/bench/threads.py" "$2" "$n" "$warmup"
  else "$here/gilvm" --strategy "$1" "$here/bench/threads.py" "$2" "$n" "$warmup"; fi
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
declare -A times
for ((r = 1; r <= rounds; r++)); do
  for runner in "${runners[@]}"; do
    for t in 1 2; do
      # unsafe-refcount may end in a detected use after free (exit 134): that run has no time.
      if s=$(run "$runner" "$t" 2>/dev/null); then times[$runner,$t]+="$s "; fi
    done
  done
  echo "round $r done" >&2
done
printf '%-16s %8s %8s %8s\n' runner T1 T2 T1/T2
declare -A speedup
for runner in "${runners[@]}"; do
  t1=$(median ${times[$runner,1]:-nan}); t2=$(median ${times[$runner,2]:-nan})
  speedup[$runner]=$(echo "$t1 / $t2" | bc -l 2>/dev/null || echo nan)
  printf '%-16s %8.3f %8.3f %8.2f\n' "$runner" "$t1" "$t2" "${speedup[$runner]}"
done
printf 'gil speed-up relative to CPython'"'"'s: %.2f (goal: within 0.90..1.10)\n' \
  "$(echo "${speedup[gil]} / ${speedup[python3]}" | bc -l)"
printf 'goals: tracing T1/T2 >= 1.8 (measured %.2f), atomic-refcount >= 1.6 (measured %.2f)\n' \
  "${speedup[tracing]}" "${speedup[atomic-refcount]}"
