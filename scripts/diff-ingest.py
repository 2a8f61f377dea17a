#!/usr/bin/env python3
"""Compares two `mediaclimate ingest` outputs (JSONL) record by record: ids, key order and fields.

Usage: scripts/diff-ingest.py BEFORE.jsonl AFTER.jsonl
Prints the number of records, of changed ids and, per field, how many records differ (with the
first example); exits 1 when anything differs. Records are matched by position (ingest order is
deterministic), so a dropped or added record shows up as a count mismatch.
"""
import json
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    with open(sys.argv[1], encoding="utf-8") as f:
        before = [json.loads(line) for line in f]
    with open(sys.argv[2], encoding="utf-8") as f:
        after = [json.loads(line) for line in f]
    problems = 0
    if len(before) != len(after):
        print(f"record count differs: {len(before)} before, {len(after)} after")
        problems += 1
    changed_ids = 0
    key_order = 0
    fields: dict[str, list] = {}
    for old, new in zip(before, after):
        if old.get("id") != new.get("id"):
            changed_ids += 1
        if list(old) != list(new):
            key_order += 1
        for key in set(old) | set(new):
            if old.get(key) != new.get(key):
                fields.setdefault(key, []).append((old.get("source"), old.get(key), new.get(key)))
    print(f"records: {len(before)} before, {len(after)} after; ids changed: {changed_ids}; "
          f"key order/set changed: {key_order}")
    for key, diffs in sorted(fields.items()):
        source, old, new = diffs[0]
        print(f"  field {key}: {len(diffs)} record(s) differ, e.g. {source}: {str(old)[:80]!r} -> {str(new)[:80]!r}")
    problems += changed_ids + key_order + len(fields)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
