"""Prints the mutation score of a Stryker JSON report, the count per status, and every survivor and
uncovered mutant (file:line, mutator, replacement), so they can be killed or listed as equivalent.
Usage: score.py <mutation-report.json> <area> [folder]; with a folder (e.g. src/Kinerja.Core/Calendar/)
only the files under it count, so one run that mutated several folders gives each folder's score."""
import json, sys
from collections import Counter

path, area = sys.argv[1], sys.argv[2]
folder = sys.argv[3] if len(sys.argv) > 3 else None
report = json.load(open(path, encoding="utf-8"))
counts = Counter()
left = []
for name, data in sorted(report["files"].items()):
    short = name[name.find("src/"):] if "src/" in name else name
    if folder and not short.startswith(folder):
        continue
    for m in data["mutants"]:
        counts[m["status"]] += 1
        if m["status"] in ("Survived", "NoCoverage"):
            left.append((short, m["location"]["start"]["line"], m["status"], m["mutatorName"], m.get("replacement", "").replace("\n", " ")[:90]))
detected = counts["Killed"] + counts["Timeout"]
undetected = counts["Survived"] + counts["NoCoverage"]
score = 100.0 * detected / (detected + undetected) if detected + undetected else 100.0
print(f"{area}: score {score:.1f} % ({detected} detected, {counts['Survived']} survived, {counts['NoCoverage']} not covered; "
      + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ")")
for row in left:
    print("  %s:%d %s %s -> %s" % row)
