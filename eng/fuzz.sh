#!/usr/bin/env bash
# The long fuzzing round (docs/reliability.md): every public loader fed mutated copies of the
# project's valid documents. Usage: eng/fuzz.sh [inputs, default 1000000] [seed, default 1] [loaders: a part of their names, e.g. MeasurementCsv]
# Prints the counts per loader; exits 1 if any loader threw or any input took over 2 s.
set -euo pipefail
cd "$(dirname "$0")/.."
inputs="${1:-1000000}"
seed="${2:-1}"
dotnet build -c Release tests/Kinerja.Fuzz -warnaserror -nologo -v quiet
exec dotnet tests/Kinerja.Fuzz/bin/Release/net10.0/Kinerja.Fuzz.dll --inputs "$inputs" --seed "$seed" --limit-ms 2000 ${3:+--target "$3"}
