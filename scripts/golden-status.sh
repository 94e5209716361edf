#!/usr/bin/env bash
# Runs every golden program (or the ones given, as AREA/NNN_name.py) through the built jar,
# each in its own JVM as a user would, and lists those whose stdout, exit status or (for
# failing programs) stderr differ from CPython's recorded output. A developer tool; the
# test suite's GoldenCorpusTest checks the same in-process.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/gilvm" -c pass >/dev/null || exit 2
cd "$here/tests/golden"
pass=0; fail=0
out="$(mktemp)"; err="$(mktemp)"
trap 'rm -f "$out" "$err"' EXIT
for f in "${@:-*/[0-9][0-9][0-9]_*.py}"; do
  for p in $f; do
    d="$(dirname "$p")"; b="$(basename "$p" .py)"
    want=0; [ -f "$d/$b.exit" ] && want="$(cat "$d/$b.exit")"
    (cd "$d" && timeout 20 "$here/gilvm" "$b.py" </dev/null >"$out" 2>"$err"); got=$?
    if cmp -s "$out" "$d/$b.out" && [ "$got" = "$want" ] && { [ "$want" = 0 ] || cmp -s "$err" "$d/$b.err"; }; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL $p (exit $got, expected $want): $(head -c 160 "$err" | tr '\n' '|')"
    fi
  done
done
echo "passed $pass, failed $fail"
