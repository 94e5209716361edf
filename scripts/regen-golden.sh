#!/usr/bin/env bash
# Regenerate the expected outputs of the golden test corpus (tests/golden/).
#
# Usage:
#   scripts/regen-golden.sh                 # every tests/golden/<area>/NNN_*.py (other .py files
#                                           # there are modules the programs import)
#   scripts/regen-golden.sh FILE.py...      # only the given programs
#   PYTHON=/path/to/python3 scripts/regen-golden.sh   # interpreter override
#
# For each program NAME.py it runs `cd <its dir> && python3 NAME.py` (stdin
# from /dev/null) with PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8
# and writes, beside it:
#   NAME.out   exact stdout bytes (always written, possibly empty)
#   NAME.err   stderr bytes, ONLY if the exit code is non-zero (see below)
#   NAME.exit  the exit code in decimal plus "\n", ONLY if it is non-zero
# Stale .err/.exit files of programs that now exit 0 are removed, so the
# script is idempotent. It refuses to run unless the interpreter is 3.11.x.
#
# Path normalisation: since 3.9 CPython makes the script path absolute, so even
# `cd dir && python3 NAME.py` prints `File "/abs/dir/NAME.py"` in tracebacks and
# SyntaxError reports. The one rewrite applied to stderr turns exactly the
# string `File "/abs/dir/NAME.py"` back into `File "NAME.py"`, which is what a
# VM run the same way (cwd = the program's directory, bare name) should print.
# Frames in CPython's own Lib/ (threading.py's _bootstrap_inner, say) name its
# install directory; that prefix becomes `<stdlib>`, so the expected files do not
# depend on where python3 is installed: `File "<stdlib>/threading.py", line 1045`.
# (GoldenCorpusTest compares such frames, and gilvm's `<gilvm>/` ones, without
# their directory and line number: the bundled modules are not CPython's files.)
# Nothing else is changed; the script fails if the absolute directory still
# appears anywhere in the captured stdout or stderr afterwards.
set -euo pipefail

PYTHON="${PYTHON:-python3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GOLDEN="$ROOT/tests/golden"
TIMEOUT_SECS="${TIMEOUT_SECS:-30}"

die() { echo "regen-golden: $*" >&2; exit 2; }

version="$("$PYTHON" --version 2>&1)" || die "cannot run '$PYTHON --version'"
case "$version" in
    "Python 3.11."*) ;;
    *) die "need CPython 3.11.x, but '$PYTHON --version' says: $version" ;;
esac

# Collect the programs to run.
files=()
if [ "$#" -gt 0 ]; then
    for f in "$@"; do
        [ -f "$f" ] || die "no such file: $f"
        case "$f" in *.py) ;; *) die "not a .py file: $f" ;; esac
        files+=("$f")
    done
else
    while IFS= read -r -d '' f; do files+=("$f"); done \
        < <(find "$GOLDEN" -mindepth 2 -maxdepth 2 -name '[0-9][0-9][0-9]_*.py' -print0 | LC_ALL=C sort -z)
    [ "${#files[@]}" -gt 0 ] || die "no programs found under $GOLDEN"
fi

# Drop inherited PYTHON* variables (PYTHONPATH, PYTHONUNBUFFERED, PYTHONWARNINGS,
# ...) so that only the variables below influence the run.
for v in $(compgen -e | grep '^PYTHON' || true); do unset "$v"; done
export PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1

ok=0; failing=0
for f in "${files[@]}"; do
    dir="$(cd "$(dirname "$f")" && pwd -P)"
    base="$(basename "$f")"
    stem="${base%.py}"
    errtmp="$(mktemp)"
    set +e
    (cd "$dir" && timeout "$TIMEOUT_SECS" "$PYTHON" "$base" </dev/null >"$stem.out" 2>"$errtmp")
    rc=$?
    set -e
    if [ "$rc" -eq 124 ]; then
        rm -f "$errtmp"
        die "$f: timed out after ${TIMEOUT_SECS}s"
    fi
    if [ "$rc" -eq 0 ] && grep -qF "$dir/" "$dir/$stem.out"; then
        rm -f "$errtmp"
        die "$f: stdout mentions the absolute path $dir/"
    fi
    if [ "$rc" -eq 0 ] && [ -s "$errtmp" ]; then
        echo "regen-golden: warning: $f exited 0 but wrote to stderr (not recorded):" >&2
        sed 's/^/    /' "$errtmp" >&2
    fi
    if [ "$rc" -ne 0 ]; then
        ABS="$dir/$base" BASE="$base" "$PYTHON" -c '
import os, sys, sysconfig
p = sys.argv[1]
data = open(p, "rb").read()
old = b"File \"" + os.fsencode(os.environ["ABS"]) + b"\""
new = b"File \"" + os.fsencode(os.environ["BASE"]) + b"\""
stdlib = b"File \"" + os.fsencode(sysconfig.get_paths()["stdlib"]) + b"/"
open(p, "wb").write(data.replace(old, new).replace(stdlib, b"File \"<stdlib>/"))
' "$errtmp"
        if grep -qF "$dir/" "$errtmp" "$dir/$stem.out"; then
            rm -f "$errtmp"
            die "$f: output still mentions the absolute path $dir/"
        fi
        cp "$errtmp" "$dir/$stem.err"
        printf '%d\n' "$rc" >"$dir/$stem.exit"
        failing=$((failing + 1))
    else
        rm -f "$dir/$stem.err" "$dir/$stem.exit"
        ok=$((ok + 1))
    fi
    rm -f "$errtmp"
done
echo "regen-golden: ${#files[@]} programs ($ok exit 0, $failing non-zero) with $version"
