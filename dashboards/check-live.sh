#!/usr/bin/env bash
# The dashboards against real data: starts a Prometheus (Debian's package) on 127.0.0.1 with a
# temporary config and data dir, runs gilvm with its metrics endpoint on, one run after another
# so that every panel has a run where its series exist:
#
#   gil              two CPU-bound threads for $CHECK_SECONDS s: every GIL series moves
#   atomic-refcount  the same program: atomic refcounts, contended per-object locks
#   unsafe-refcount  the seeds' refcount race until a use after free is detected (bounded tries)
#
# then evaluates every query of every panel, Grafana variables replaced by what "All" selects
# (.*) and $__rate_interval by 5s, and fails on a query without data. A query is evaluated
# over the whole time of the runs (/api/v1/query_range, step 1 s), as the panel in Grafana
# does: the runs come one after another, so an instant query at the end would see only the
# last one. A result holding only NaN (a quantile of nothing) counts as empty.
# It also checks that every metric a panel names appears in a scrape of the gilvm endpoint,
# and that each template variable's label_values query finds values.
# Prints one line per panel; exits 1 if any check failed, 2 if it could not run.
#
# Usage: dashboards/check-live.sh      (CHECK_SECONDS=15, KEEP_TMP=1 keeps the temp dir)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
seconds="${CHECK_SECONDS:-15}"
rate_interval=5s
uaf_tries=8

die() { echo "check-live: $*" >&2; exit 2; }

missing=()
for tool in prometheus promtool jq curl; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ "${#missing[@]}" -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "needs ${missing[*]}: apt-get install -y prometheus jq curl"
  echo "check-live: installing prometheus jq curl (Debian packages)..."
  { apt-get update -qq && apt-get install -y -qq prometheus jq curl; } >/dev/null || die "apt-get install failed"
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/gilvm-check-live.XXXXXX")"
pids=()
cleanup() {
  if [ "${#pids[@]}" -gt 0 ]; then
    kill "${pids[@]}" 2>/dev/null || true
    # A JVM runs its shutdown hooks on SIGTERM; one that hangs gets SIGKILL after 10 s.
    (sleep 10; kill -9 "${pids[@]}") >/dev/null 2>&1 &
    local watchdog="$!"
    wait "${pids[@]}" 2>/dev/null || true
    kill "$watchdog" 2>/dev/null || true
  fi
  if [ -n "${KEEP_TMP:-}" ]; then echo "check-live: kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A port nothing listens on (a connection to it is refused), not one handed out before.
taken=" "
free_port() {
  local p
  for _ in $(seq 200); do
    p=$((20000 + RANDOM % 40000))
    case "$taken" in *" $p "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      taken+="$p "
      REPLY="$p"
      return 0
    fi
  done
  die "no free port found"
}

# Polls COMMAND every 0.2 s for up to SECONDS; returns 1 if it never succeeded.
wait_for() {
  local limit=$(($1 * 5)) i
  shift
  for ((i = 0; i < limit; i++)); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  return 1
}

free_port; prom_port="$REPLY"
free_port; gil_port="$REPLY"
free_port; atomic_port="$REPLY"
free_port; unsafe_port="$REPLY"
prom="http://127.0.0.1:$prom_port"

cat >"$tmp/prometheus.yml" <<EOF
global:
  scrape_interval: 1s
  scrape_timeout: 1s
scrape_configs:
  - job_name: gilvm
    static_configs:
      - targets: ['127.0.0.1:$gil_port', '127.0.0.1:$atomic_port', '127.0.0.1:$unsafe_port']
EOF
promtool check config "$tmp/prometheus.yml" >/dev/null || die "promtool rejects $tmp/prometheus.yml"

# Two CPU-bound threads that also share a list, so that without a GIL its lock is contended.
cat >"$tmp/cpu_threads.py" <<'EOF'
import sys, threading, time

SECONDS = float(sys.argv[1])
shared = []
counts = {}

def work(name):
    end = time.monotonic() + SECONDS
    n = 0
    while time.monotonic() < end:
        for i in range(1000):
            n += 1
            shared.append(n)
            shared.pop()
        counts[name] = n

threads = [threading.Thread(target=work, args=(k,)) for k in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done", flush=True)
EOF

# The seeds' refcount race: two threads take and drop references to the same few lists.
# Under unsafe-refcount a count goes wrong and the VM stops at the first use after free.
cat >"$tmp/refcount_race.py" <<'EOF'
import threading

shared = [[i] for i in range(4)]

def work():
    for i in range(3000000):
        x = shared[i & 3]
        y = x
        z = y

threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("clean", flush=True)
EOF

# An instant query's first value, or nothing.
query_value() {
  curl -fsS -G "$prom/api/v1/query" --data-urlencode "query=$1" | jq -r '.data.result[0].value[1] // empty'
}

echo "check-live: Prometheus on $prom, gilvm endpoints on $gil_port (gil), $atomic_port (atomic-refcount), $unsafe_port (unsafe-refcount)"
prometheus --config.file="$tmp/prometheus.yml" --storage.tsdb.path="$tmp/data" \
  --web.listen-address="127.0.0.1:$prom_port" --log.level=warn >"$tmp/prometheus.log" 2>&1 &
pids+=("$!")
wait_for 30 curl -fs "$prom/-/ready" || { cat "$tmp/prometheus.log" >&2; die "Prometheus did not start"; }

# Prometheus hands new targets to its scrape loops a few seconds after start: wait until it
# scrapes all three (down for now), or the first run's early seconds would be lost.
targets_scraped() { [ "$(query_value 'count(up{job="gilvm"})')" = 3 ]; }
wait_for 30 targets_scraped || die "Prometheus does not scrape its targets"

"$root/gilvm" -c pass >/dev/null || die "gilvm does not run (see the build output above)"

scraped_up_since() { # PORT EPOCH: Prometheus has a successful scrape of PORT taken after EPOCH
  local t
  t="$(query_value "timestamp(up{instance=\"127.0.0.1:$1\"} == 1)")"
  [ -n "$t" ] && jq -en --argjson t "$t" --argjson since "$2" '$t > $since' >/dev/null
}

run_pid=""
start_run() { # NAME STRATEGY PORT PROGRAM ARGS...
  local name="$1" strategy="$2" port="$3"
  shift 3
  cat >"$tmp/$name.yaml" <<EOF
strategy: $strategy
metrics:
  prometheus: 127.0.0.1:$port
  linger: 30s
EOF
  "$root/gilvm" run --metrics --config "$tmp/$name.yaml" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" &
  run_pid="$!"
  pids+=("$run_pid")
}

stop_run() { # kills the current run and forgets its pid, so cleanup never signals a reused one
  local p kept=()
  kill "$run_pid" 2>/dev/null || true
  wait "$run_pid" 2>/dev/null || true
  for p in "${pids[@]}"; do [ "$p" = "$run_pid" ] || kept+=("$p"); done
  pids=("${kept[@]}")
}

fail_run() { # NAME MESSAGE
  echo "check-live: $1: $2" >&2
  echo "--- stdout" >&2; tail -n 20 "$tmp/$1.out" >&2 || true
  echo "--- stderr" >&2; tail -n 20 "$tmp/$1.err" >&2 || true
  exit 2
}

# Waits for the program's end (a line matching END_PATTERN in its output), then for a scrape of
# the lingering endpoint that saw the final values; keeps that scrape and stops the run.
# Returns 1 if a line matched NO_PATTERN instead (the race did not happen, or did other harm).
finish_run() { # NAME PORT END_PATTERN [NO_PATTERN]
  local name="$1" port="$2" end="$3" no="${4:-}" limit=$((seconds * 10 + 600)) i ended=""
  for ((i = 0; ; i++)); do
    curl -fs "http://127.0.0.1:$port/metrics" >/dev/null 2>&1 && break
    kill -0 "$run_pid" 2>/dev/null || fail_run "$name" "gilvm exited without serving metrics"
    [ "$i" -lt 600 ] || fail_run "$name" "the metrics endpoint never answered"
    sleep 0.2
  done
  wait_for 20 scraped_up_since "$port" 0 || fail_run "$name" "Prometheus never scraped the endpoint"
  for ((i = 0; i < limit; i++)); do
    if grep -qE "$end" "$tmp/$name.out" "$tmp/$name.err"; then ended=yes; break; fi
    if [ -n "$no" ] && grep -qE "$no" "$tmp/$name.out" "$tmp/$name.err"; then ended=no; break; fi
    kill -0 "$run_pid" 2>/dev/null || fail_run "$name" "gilvm exited before the program's end was seen"
    sleep 0.2
  done
  [ -n "$ended" ] || fail_run "$name" "the program did not end in time"
  local since
  since="$(date +%s.%N)"
  curl -fsS "http://127.0.0.1:$port/metrics" >"$tmp/$name.metrics" 2>/dev/null \
    || fail_run "$name" "the endpoint did not stay up after the program ended (metrics.linger)"
  # Three scrapes of the final values: the series then stay visible to a 1 s step for 2 s
  # or more before the run is stopped and Prometheus marks them stale.
  wait_for 20 scraped_up_since "$port" "$(jq -n "$since + 2")" || fail_run "$name" "Prometheus did not scrape the final values"
  stop_run
  [ "$ended" = yes ]
}

window_start="$(date +%s)"
echo "check-live: gil: 2 CPU-bound threads for ${seconds} s"
start_run gil gil "$gil_port" "$tmp/cpu_threads.py" "$seconds"
finish_run gil "$gil_port" '^done$'

echo "check-live: atomic-refcount: the same program"
start_run atomic atomic-refcount "$atomic_port" "$tmp/cpu_threads.py" "$seconds"
finish_run atomic "$atomic_port" '^done$'

uaf=""
for ((try = 1; try <= uaf_tries; try++)); do
  echo "check-live: unsafe-refcount: the refcount race, try $try of $uaf_tries"
  start_run unsafe unsafe-refcount "$unsafe_port" "$tmp/refcount_race.py"
  # Any other end of the race (no harm done, a corrupted object's exception or another fatal
  # error) is a try without the use after free the panels need.
  if finish_run unsafe "$unsafe_port" '^Fatal Python error: use after free' \
      '^(clean|Traceback \(most recent call last\):|Fatal Python error: .*)$'; then
    uaf=yes
    break
  fi
done
[ -n "$uaf" ] || die "no use after free in $uaf_tries unsafe-refcount runs: the use-after-free panels would be empty"
window_end="$(($(date +%s) + 1))"

# The metric names the gilvm endpoint exported, over the three runs.
cat "$tmp"/*.metrics | grep -v '^#' | sed -E 's/[{ ].*//' | sort -u >"$tmp/exported.txt"

# PromQL's metric names, as PromQl.java finds them: strings, label matchers, ranges, label
# lists and variables removed; then identifiers not followed by "(" that are not keywords.
cat >"$tmp/names.jq" <<'EOF'
def metric_names:
  gsub("\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*'|`[^`]*`"; "")
  | gsub("\\{[^}]*\\}"; "")
  | gsub("\\[[^\\]]*\\]"; "")
  | gsub("(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)"; "")
  | gsub("\\$\\{?\\w+\\}?"; "")
  | gsub("#[^\\n]*"; "")
  | [scan("(?<![\\w.])[a-zA-Z_:][a-zA-Z0-9_:]*(?![\\w:]|\\s*\\()")]
  | map(select(ascii_downcase | IN("and", "or", "unless", "bool", "offset", "atan2", "inf", "nan",
      "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk",
      "topk", "quantile", "limitk", "limit_ratio") | not))
  | unique;
$e | metric_names | .[]
EOF

substitute() { # EXPR: Grafana's variables as the "All" option and the rate interval as 5s
  local e="$1" v
  e="${e//\$__rate_interval/$rate_interval}"
  e="${e//\$\{__rate_interval\}/$rate_interval}"
  for v in strategy run thread; do
    e="${e//\$\{$v\}/.*}"
    e="${e//\$$v/.*}"
  done
  printf '%s' "$e"
}

failures=0

# Each variable's label_values(selector, label) must find values.
for file in "$here"/gilvm-*.json; do
  board="$(basename "$file" .json)"
  while IFS=$'\t' read -r name query64; do
    query="$(printf '%s' "$query64" | base64 -d)"
    selector="$(substitute "$(printf '%s' "$query" | sed -E 's/^label_values\((.*),[[:space:]]*[A-Za-z_]+[[:space:]]*\)$/\1/')")"
    values="$(curl -fsS -G "$prom/api/v1/label/$name/values" --data-urlencode "match[]=$selector" \
      --data-urlencode "start=$window_start" --data-urlencode "end=$window_end" | jq -r '.data | join(", ")' || true)"
    if [ -n "$values" ]; then
      printf 'ok     %-18s variable %-8s %s\n' "$board" "$name" "$values"
    else
      printf 'FAIL   %-18s variable %-8s no values for %s\n' "$board" "$name" "$selector"
      failures=$((failures + 1))
    fi
  done < <(jq -r '.templating.list[] | select(.type == "query") | [.name, ((.query.query // .query) | @base64)] | @tsv' "$file")
done

# Every panel: each query returns data, and names only metrics the endpoint exported.
for file in "$here"/gilvm-*.json; do
  board="$(basename "$file" .json)"
  while IFS=$'\t' read -r id title exprs64; do
    problems=()
    samples=0
    while IFS=$'\t' read -r ref expr64; do
      expr="$(printf '%s' "$expr64" | base64 -d)"
      for metric in $(jq -rn --arg e "$expr" -f "$tmp/names.jq"); do
        grep -qxF "$metric" "$tmp/exported.txt" || problems+=("$ref: $metric is not exported")
      done
      result="$(curl -sS -G "$prom/api/v1/query_range" --data-urlencode "query=$(substitute "$expr")" \
        --data-urlencode "start=$window_start" --data-urlencode "end=$window_end" --data-urlencode "step=1" || true)"
      n="$(printf '%s' "$result" | jq '[.data.result[]?.values[][1] | select(. != "NaN")] | length' 2>/dev/null || echo 0)"
      if [ "$(printf '%s' "$result" | jq -r '.status' 2>/dev/null)" != success ]; then
        problems+=("$ref: query failed: $(printf '%s' "$result" | jq -r '.error // "no answer"' 2>/dev/null)")
      elif [ "$n" -eq 0 ]; then
        problems+=("$ref: no data")
      fi
      samples=$((samples + n))
    done < <(printf '%s' "$exprs64" | base64 -d | jq -r '.[] | [.refId, (.expr | @base64)] | @tsv')
    if [ "${#problems[@]}" -eq 0 ]; then
      printf 'ok     %-18s #%-3s %-56s %6d samples\n' "$board" "$id" "$title" "$samples"
    else
      printf 'FAIL   %-18s #%-3s %-56s %s\n' "$board" "$id" "$title" "$(printf '%s; ' "${problems[@]}")"
      failures=$((failures + 1))
    fi
  done < <(jq -r '.panels[] | select(.targets) | [.id, .title, ([.targets[] | {refId, expr}] | tojson | @base64)] | @tsv' "$file")
done

if [ "$failures" -gt 0 ]; then
  echo "check-live: $failures check(s) failed"
  exit 1
fi
echo "check-live: every panel has data and names only exported metrics"
