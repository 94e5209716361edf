#!/usr/bin/env bash
# Checks a live scrape of gilvm's Prometheus endpoint with `promtool check metrics`, in both
# ways of turning metrics on: the cli's --metrics and the -javaagent jar. For each, a
# two-thread CPU-bound program runs under gil with the endpoint on a free 127.0.0.1 port; the
# script waits (bounded) until the GIL series have appeared, scrapes, checks that every
# series family the agent promises is present, and lints the scrape. Exactly the two
# Micrometer JVM series promtool rejects by name (../shared/VERSIONS.md) are filtered out:
# process_cpu_time_ns_total and system_cpu_count. Anything else wrong exits non-zero.
# Needs promtool and curl (Debian's prometheus and curl packages: installed with apt-get when
# missing). Runs in `mvn verify` (the dashboards module's integration-test phase).
#   scripts/check-metrics.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "check-metrics: $*" >&2; exit 1; }

if ! command -v promtool >/dev/null || ! command -v curl >/dev/null; then
  echo "check-metrics: installing promtool and curl (apt-get install prometheus curl)..." >&2
  # A fresh machine may have no package lists yet.
  { apt-get update -qq && apt-get install -y prometheus curl; } >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; fail "cannot install prometheus and curl"; }
fi

"$here/gilvm" -c 'pass' >/dev/null || fail "gilvm does not build or run"
agent_jar="$here/agent/target/gilvm-agent.jar"
[ -f "$agent_jar" ] || fail "no $agent_jar (run mvn package)"

cat >"$work/spin.py" <<'PY'
import threading, time
end = time.monotonic() + 30
def spin():
    i = 0
    while time.monotonic() < end:
        i += 1
workers = [threading.Thread(target=spin) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
PY

# A port nothing listens on (a connection to it is refused).
free_port() {
  local p
  for _ in $(seq 200); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  fail "no free port found"
}

# The families every gil run must show (Prometheus names, DESIGN.md), and the JVM's.
required=(gilvm_gil_wait_seconds_bucket gilvm_gil_hold_seconds_bucket gilvm_gil_switches_total
  gilvm_gil_drop_requests_total gilvm_gil_futile_wakeups_total gilvm_wasted_timeslice_seconds_total
  gilvm_thread_context_switches_total gilvm_bytecodes_total gilvm_refcount_ops_total
  gilvm_refcount_errors_total gilvm_threads jvm_memory_used_bytes jvm_gc_pause_seconds_count)

has_all() { # scrape: every required family present
  local name
  for name in "${required[@]}"; do
    grep -q "^$name[{ ]" "$1" || return 1
  done
}

check() { # mode port: scrape the running gilvm and check it
  local mode="$1" port="$2" scrape="$work/scrape-$1.txt" tries=0 name
  # Series appear as the first snapshots and GCs arrive, not all in the same scrape: poll
  # until every one is there (bounded), then name what is missing.
  until curl -sf "http://127.0.0.1:$port/metrics" -o "$scrape" \
      && grep -q '^gilvm_gil_switches_total{.*reason="interval"' "$scrape" && has_all "$scrape"; do
    kill -0 "$pid" 2>/dev/null || fail "$mode: gilvm ended before its metrics showed the GIL at work"
    tries=$((tries + 1))
    if [ "$tries" -ge 200 ]; then
      [ -f "$scrape" ] || fail "$mode: no scrape from port $port after 20 s"
      for name in "${required[@]}"; do
        grep -q "^$name[{ ]" "$scrape" || fail "$mode: no $name series in the scrape after 20 s"
      done
      fail "$mode: no interval GIL switch after 20 s on port $port"
    fi
    sleep 0.1
  done
  curl -sf "http://127.0.0.1:$port/-/healthy" >/dev/null || fail "$mode: /-/healthy does not answer"
  grep -q 'application="gilvm"' "$scrape" && grep -q 'strategy="gil"' "$scrape" && grep -q "run=\"$mode-check\"" "$scrape" \
    || fail "$mode: the series lack the application, strategy or run label"
  grep -v -E '^(# (HELP|TYPE) )?(process_cpu_time_ns_total|system_cpu_count)[ {]' "$scrape" >"$scrape.filtered"
  if ! promtool check metrics <"$scrape.filtered"; then
    fail "$mode: promtool check metrics failed (scrape kept in $scrape while this script runs)"
  fi
  echo "check-metrics: $mode: $(grep -c '^gilvm_' "$scrape") gilvm samples, promtool check metrics passed"
}

port=$(free_port)
"$here/gilvm" --metrics="127.0.0.1:$port" --run-id cli-check "$work/spin.py" >"$work/cli.out" 2>&1 &
pid=$!
check cli "$port"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""

port=$(free_port)
JAVA_TOOL_OPTIONS="-javaagent:$agent_jar=127.0.0.1:$port" "$here/gilvm" --run-id javaagent-check "$work/spin.py" \
  >"$work/agent.out" 2>&1 &
pid=$!
check javaagent "$port"
echo "check-metrics: all passed"
