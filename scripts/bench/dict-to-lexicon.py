#!/usr/bin/env python3
"""Converts the perf dictionary of ../shared/tools/perf/make_corpus.py (`{"category": ["pattern", ...]}`)
into a mediaclimate lexicon version folder: OUT/perf-dict/v1/<lang>.yml for the seven languages
(the same entries in each file, since the generated corpus mixes vocabulary across languages).

Usage: dict-to-lexicon.py DICT.json OUT_DIR
Patterns are folded the way the loader compares them (lower case, no diacritics) to drop duplicates.
"""
import json, sys, unicodedata, os

def fold(s):
    s = s.lower().replace("ß", "ss").replace("œ", "oe").replace("æ", "ae").replace("ø", "o").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))

def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    d = json.load(open(sys.argv[1], encoding="utf-8"))
    out = os.path.join(sys.argv[2], "perf-dict", "v1")
    os.makedirs(out, exist_ok=True)
    for lang in ["en", "nl", "it", "es", "ca", "de", "fr"]:
        lines = ["lexicon: perf-dict", "version: 1", f"language: {lang}",
                 "description: Benchmark dictionary converted from make_corpus.py dict (not a framing lexicon).", "categories:"]
        for cat in sorted(d):
            lines.append(f"  bench.{cat}: \"benchmark category {cat}\"")
        lines.append("entries:")
        for cat in sorted(d):
            seen = set()
            for p in d[cat]:
                key = fold(p)
                if key in seen or not key.strip("*?"):
                    continue
                seen.add(key)
                lines.append(f"  - {{pattern: {json.dumps(p, ensure_ascii=False)}, category: bench.{cat}, source: make_corpus.py}}")
        open(os.path.join(out, f"{lang}.yml"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(f"wrote {out}")

if __name__ == "__main__":
    main()
