#!/usr/bin/env bash
# Adds every public symbol that the PublicAPI analyzer reports as undeclared (RS0016) to the
# project's PublicAPI.Unshipped.txt, and drops the lines it reports as removed (RS0017); a removed symbol that
# shipped (in PublicAPI.Shipped.txt, 1.0's surface) is added as a `*REMOVED*` line instead, as the analyzer asks.
# Usage: eng/update-public-api.sh [src/Kinerja.Core]
# Review the diff of PublicAPI.Unshipped.txt: it is the change to the public surface.
set -euo pipefail
project=${1:-src/Kinerja.Core}
file="$project/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 > "$log" || true
python3 - "$log" "$file" <<'PY'
import re, sys
log, path = sys.argv[1], sys.argv[2]
text = open(log, encoding='utf-8').read()
add = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
remove = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", text))
lines = [l.rstrip('\n') for l in open(path, encoding='utf-8')]
header = [l for l in lines if l.startswith('#')] or ['#nullable enable']
body = set(l for l in lines if l and not l.startswith('#'))
shipped_path = path.replace('PublicAPI.Unshipped.txt', 'PublicAPI.Shipped.txt')
shipped = set(l.rstrip('\n') for l in open(shipped_path, encoding='utf-8') if l.strip() and not l.startswith('#'))
removed_shipped = set('*REMOVED*' + s for s in remove if s in shipped and s not in body)
body = ((body | add) - remove) | removed_shipped
open(path, 'w', encoding='utf-8').write('\n'.join(header + sorted(body, key=lambda s: s.lower())) + '\n')
print(f"{len(add)} added, {len(remove)} removed, {len(body)} lines")
PY
rm -f "$log"
