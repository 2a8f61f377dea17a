#!/usr/bin/env python3
"""Checks `mediaclimate evaluate framing` on the development gold set against the issue's bars.

Usage: check-framing.py BIN [GOLD_DIR]
Bars: F1 >= 0.90 per label (threat, humanity, testimony, deaths) over all languages, >= 0.85 per
label and language, toll exact-match (value + hedge) F1 >= 0.95.
Closing line: "framing: N passed, N failed" (bars). Exit 0 only when every bar holds.
"""
import re, subprocess, sys

LABELS = ("threat", "humanity", "testimony", "deaths")


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    gold = sys.argv[2] if len(sys.argv) > 2 else "corpora/eval/framing-dev"
    out = subprocess.run([sys.argv[1], "evaluate", "framing", "--gold", gold, "--show", "0"],
                         capture_output=True, text=True, check=True).stdout
    passed = failed = 0
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[0] in LABELS:
            label, lang, f1 = parts[0], parts[1], float(parts[4])
            bar = 0.90 if lang == "all" else 0.85
            ok = f1 >= bar
            passed, failed = passed + ok, failed + (not ok)
            print(f"{'PASS' if ok else 'FAIL'} {label:10} {lang:4} F1 {f1:.3f} (bar {bar:.2f})")
    m = re.search(r"tolls exact \(value\+hedge\): P [0-9.]+ R [0-9.]+ F1 ([0-9.]+)", out)
    if not m:
        print("FAIL toll exact-match: not in the report")
        failed += 1
    else:
        ok = float(m.group(1)) >= 0.95
        passed, failed = passed + ok, failed + (not ok)
        print(f"{'PASS' if ok else 'FAIL'} toll exact-match F1 {float(m.group(1)):.3f} (bar 0.95)")
    print(f"framing: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
