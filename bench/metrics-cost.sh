#!/usr/bin/env bash
# The metrics issue's cost check: the count loop's total work in 2 threads under gil
# (bench/threads.py), with the metrics agent on (--metrics on a free port: JFR stream,
# Micrometer, the Prometheus endpoint) and off, alternating, a fresh JVM each, ROUNDS times
# each (default 5). Prints each run, then the medians and the cost ratio on/off for
#   - the loop alone (the threaded part, as bench/threads.py measures it): the goal, <= 1.03;
#   - the whole process (the agent's start-up and its final drain included).
#   [N=increments] bench/metrics-cost.sh [ROUNDS]
# N defaults to 10^8, the seeds' own count. Not a test: our machines are shared and noisy,
# so read the medians, not single runs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
n="${N:-100000000}"
"$here/gilvm" -c 'pass' >/dev/null   # build the jar and the start-up cache outside the timing

now() { date +%s.%N; }
run() { # on|off -> "wall loop"
  local t0 t1 out
  t0=$(now)
  if [ "$1" = on ]; then out=$("$here/gilvm" --metrics=127.0.0.1:0 --strategy gil "$here/bench/threads.py" 2 "$n")
  else out=$("$here/gilvm" --strategy gil "$here/bench/threads.py" 2 "$n"); fi
  t1=$(now)
  echo "$(echo "$t1 - $t0" | bc -l) $out"
}
declare -a onw onl offw offl
for ((r = 1; r <= rounds; r++)); do
  # Alternate which goes first, so neither always runs on a machine the other just warmed.
  if ((r % 2)); then order=(off on); else order=(on off); fi
  for m in "${order[@]}"; do
    read -r w l <<<"$(run "$m")"
    if [ "$m" = on ]; then onw+=("$w"); onl+=("$l"); else offw+=("$w"); offl+=("$l"); fi
  done
  printf 'round %d: off %.3f s (loop %s)   on %.3f s (loop %s)\n' "$r" "${offw[-1]}" "${offl[-1]}" "${onw[-1]}" "${onl[-1]}"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
a=$(median "${offl[@]}"); b=$(median "${onl[@]}"); c=$(median "${offw[@]}"); d=$(median "${onw[@]}")
printf 'median loop only:     off %.3f s, on %.3f s, cost ratio on/off %.3f (goal <= 1.03)\n' "$a" "$b" "$(echo "$b / $a" | bc -l)"
printf 'median whole process: off %.3f s, on %.3f s, cost ratio on/off %.3f\n' "$c" "$d" "$(echo "$d / $c" | bc -l)"
