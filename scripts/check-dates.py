#!/usr/bin/env python3
"""Checks `mediaclimate inspect date` against ../shared/data/feeds/dates-dev.jsonl.

Usage: check-dates.py BIN DATES.jsonl
Every line must give its `utc` value (or `invalid: ...` where `utc` is null).
Closing line: "dates: N passed, N failed". Exit 0 only when nothing failed.
"""
import json, subprocess, sys


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    binary, path = sys.argv[1], sys.argv[2]
    cases = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    stdin = "".join(c["input"] + "\n" for c in cases)
    out = subprocess.run([binary, "inspect", "date"], input=stdin, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    if len(out) != len(cases):
        print(f"dates: expected {len(cases)} output lines, got {len(out)}", file=sys.stderr)
        return 1
    failed = 0
    for case, got in zip(cases, out):
        want = case["utc"]
        ok = got.startswith("invalid:") if want is None else got == want
        if not ok:
            failed += 1
            print(f"FAIL {case['input']!r}: expected {want or 'invalid'}, got {got!r}")
    print(f"dates: {len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
