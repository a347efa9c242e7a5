#!/usr/bin/env bash
# Mutation testing of the core's rule folders with Stryker.NET (dotnet-stryker 5.1.0, a local tool:
# dotnet-tools.json). CI does not run it: a full run takes hours on two cores.
# Usage: eng/mutation.sh [area ...]   areas: capaian scales budget calendar sop recap (default: all);
# sop is also split into sop-engine sop-roster sop-chain sop-definitions (eng/stryker/sop-*.json), each shorter to run.
# recap likewise into recap-rules recap-periods recap-calculator recap-source recap-table (eng/stryker/recap-*.json;
# together they mutate every file of src/Kinerja.Core/Recap once).
# Each area's configuration is eng/stryker/<area>.json; its report goes to artifacts/mutation/<area>/
# (reports/mutation-report.html and .json). The score printed is Stryker's: killed and timed-out
# mutants over every mutant that compiled and was not ignored (survivors and uncovered ones count
# against it). Property tests run 100 cases per mutant (KINERJA_PROPERTY_RUNS) to keep the run short;
# set KINERJA_PROPERTY_RUNS yourself to change it. STRYKER_CONCURRENCY sets the test runners (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
areas=("$@")
[ ${#areas[@]} -gt 0 ] || areas=(capaian scales budget calendar sop recap)
dotnet tool restore > /dev/null
export KINERJA_PROPERTY_RUNS=${KINERJA_PROPERTY_RUNS:-100}
for area in "${areas[@]}"; do
  config="$root/eng/stryker/$area.json"
  [ -f "$config" ] || { echo "no configuration for area '$area' ($config)"; exit 2; }
  out="$root/artifacts/mutation/$area"
  rm -rf "$out"
  echo "== $area"
  (cd tests/Kinerja.Core.Tests && dotnet stryker -f "$config" -c "${STRYKER_CONCURRENCY:-2}" -O "$out")
  python3 "$root/eng/stryker/score.py" "$out/reports/mutation-report.json" "$area"
done
