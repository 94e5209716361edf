#!/usr/bin/env bash
# Captures CPython 3.11's dis listings for the compiler tests: for every
# vm-core/src/test/resources/dis/NAME.py writes NAME.dis, the recursive listing of the module
# (as `python3 -m dis NAME.py` prints it) or, when the file's first line is "# dis: FUNC", of
# the code object whose co_qualname is FUNC (as dis.dis(FUNC) prints it). Code-object
# addresses become 0x... so the test can compare them; the test normalises ours the same way.
set -eu
DIR="$(cd "$(dirname "$0")/.." && pwd)/vm-core/src/test/resources/dis"
cd "$DIR"
for py in *.py; do
    PYTHONHASHSEED=0 python3 - "$py" <<'PYEOF' | sed -E 's/0x[0-9a-f]+/0x.../g' > "${py%.py}.dis"
import dis, sys
path = sys.argv[1]
source = open(path, encoding="utf-8").read()
code = compile(source, path, "exec")
first = source.splitlines()[0] if source else ""
if first.startswith("# dis: "):
    wanted = first[len("# dis: "):].strip()
    def find(co):
        for c in co.co_consts:
            if hasattr(c, "co_code"):
                if c.co_qualname == wanted:
                    return c
                found = find(c)
                if found is not None:
                    return found
        return None
    code = find(code)
    if code is None:
        sys.exit("no function %r in %s" % (wanted, path))
dis.dis(code)
PYEOF
    echo "captured ${py%.py}.dis"
done
