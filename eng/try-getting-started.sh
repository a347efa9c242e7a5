#!/usr/bin/env bash
# Follows docs/getting-started.md as a stranger would: a new console app, the package added from
# the packed artifacts (nuget.org stands in for them on a real machine), the page's Program.cs, and
# `dotnet run`; then compares the output with the page's expected text. Needs `artifacts/` from
# `dotnet pack -c Release src/Kinerja.Core -o artifacts` (the pack step of .ci/run makes it).
# Usage: eng/try-getting-started.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
page="$root/docs/getting-started.md"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# This repository's packages stand in for nuget.org's, beside the machine's own sources; a
# package folder of its own, so no earlier build of the same version is taken from the cache.
cat > nuget.config <<XML
<configuration><packageSources><add key="kinerja-artifacts" value="$root/artifacts" /></packageSources></configuration>
XML
export NUGET_PACKAGES="$work/packages"
# The page's own commands.
dotnet new console -n CapaianKu --framework net10.0 >/dev/null
cd CapaianKu
dotnet add package Kinerja.Core >/dev/null
python3 - "$page" > Program.cs <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
print(re.findall(r"```csharp\n(.*?)```", text, re.S)[0], end="")
PY
expected=$(python3 - "$page" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
print(re.findall(r"```text\n(.*?)```", text, re.S)[0], end="")
PY
)
actual=$(dotnet run 2>&1)
if [ "$actual" != "$expected" ]; then
  echo "docs/getting-started.md printed something else:"; echo "$actual"; exit 1
fi
echo "docs/getting-started.md works as written:"; echo "$actual"
