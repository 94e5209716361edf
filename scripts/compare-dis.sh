#!/usr/bin/env bash
# Compares `gilvm dis` with CPython 3.11's `python3 -m dis` for every golden program
# (or the .py files given as arguments): prints a unified diff per differing file and a
# summary count of exact matches. Code-object addresses are normalised to 0x...
# Programs CPython itself rejects (SyntaxError) count as matching when gilvm rejects them too.
#
# usage: scripts/compare-dis.sh [-q] [-j JOBS] [FILE.py...]     (-q: summary and names only)
set -u
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
QUIET=0
JOBS=$(nproc 2>/dev/null || echo 4)
while getopts "qj:" opt; do
    case $opt in
        q) QUIET=1 ;;
        j) JOBS=$OPTARG ;;
        *) echo "usage: $0 [-q] [-j JOBS] [FILE.py...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
JAVA=${JAVA:-java}
JAR="$ROOT/cli/target/gilvm.jar"
if [ ! -f "$JAR" ]; then
    echo "build first: mvn -q -B -o -DskipTests package" >&2
    exit 2
fi

if [ $# -gt 0 ]; then
    FILES=()
    for f in "$@"; do FILES+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
else
    mapfile -t FILES < <(find "$ROOT/tests/golden" -name '*.py' | sort)
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export WORK JAVA JAR
export PYTHONHASHSEED=0

# One file: writes WORK/<n>.status ("match", "differ" or "both-reject") and WORK/<n>.diff.
compare_one() {
    local n=$1 path=$2 dir base
    dir=$(dirname "$path"); base=$(basename "$path")
    (cd "$dir" && python3 -m dis "$base" >"$WORK/$n.py.out" 2>/dev/null); local prc=$?
    (cd "$dir" && "$JAVA" -jar "$JAR" dis "$base" >"$WORK/$n.gv.out" 2>"$WORK/$n.gv.err"); local grc=$?
    if [ $prc -ne 0 ]; then
        if [ $grc -eq 1 ]; then echo both-reject >"$WORK/$n.status"; else echo differ >"$WORK/$n.status";
            echo "python3 rejects $base (SyntaxError), gilvm exit $grc" >"$WORK/$n.diff"; fi
        return
    fi
    sed -E 's/0x[0-9a-f]+/0x.../g' "$WORK/$n.py.out" >"$WORK/$n.py.norm"
    sed -E 's/0x[0-9a-f]+/0x.../g' "$WORK/$n.gv.out" >"$WORK/$n.gv.norm"
    if [ $grc -eq 0 ] && cmp -s "$WORK/$n.py.norm" "$WORK/$n.gv.norm"; then
        echo match >"$WORK/$n.status"
    else
        echo differ >"$WORK/$n.status"
        { diff -u --label "python3 -m dis $base" --label "gilvm dis $base" "$WORK/$n.py.norm" "$WORK/$n.gv.norm"
          if [ $grc -ne 0 ]; then echo "gilvm exit $grc:"; head -5 "$WORK/$n.gv.err"; fi; } >"$WORK/$n.diff"
    fi
}
export -f compare_one

for i in "${!FILES[@]}"; do printf '%s\0%s\0' "$i" "${FILES[$i]}"; done \
    | xargs -0 -n 2 -P "$JOBS" bash -c 'compare_one "$0" "$1"'

match=0; total=${#FILES[@]}; differing=()
for i in "${!FILES[@]}"; do
    status=$(cat "$WORK/$i.status" 2>/dev/null || echo differ)
    rel=${FILES[$i]#"$ROOT/"}
    if [ "$status" = differ ]; then
        differing+=("$rel")
        if [ $QUIET -eq 0 ]; then
            echo "=== $rel"
            cat "$WORK/$i.diff" 2>/dev/null
        fi
    else
        match=$((match + 1))
    fi
done
if [ $QUIET -eq 1 ] && [ ${#differing[@]} -gt 0 ]; then
    printf 'differs: %s\n' "${differing[@]}"
fi
echo "compare-dis: $match of $total files match python3 -m dis"
