#!/usr/bin/env python3
"""Evaluates the committed language model on the committed test set; prints Markdown tables.

Usage: scripts/langid/evaluate.py [--model Sources/ClimateLanguage/Resources/langid-model.tsv]
                                  [--test corpora/eval/langid/test.jsonl] [--errors]

Uses the Python mirror of the Swift scorer (langid_features.py); the authoritative check is the
Swift test `LanguageEvaluationTests` (`swift test --filter LanguageEvaluationTests`), which
prints the same matrices. Output (stdout): accuracy per length class and per language and the
confusion matrices (rows = true language, columns = answer), ready for docs/LANGUAGE-ID.md.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import langid_features as lf  # noqa: E402

ORDER = ["en", "nl", "it", "es", "ca", "de", "fr", "und"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="Sources/ClimateLanguage/Resources/langid-model.tsv")
    ap.add_argument("--test", default="corpora/eval/langid/test.jsonl")
    ap.add_argument("--errors", action="store_true", help="also list the misidentified texts")
    args = ap.parse_args()
    model = lf.Model(args.model)
    items = [json.loads(l) for l in open(args.test, encoding="utf-8")]
    for cls in ("200+", "50-200"):
        matrix = {t: {a: 0 for a in ORDER} for t in ORDER}
        errors = []
        for it in items:
            if it["length_class"] != cls:
                continue
            got, conf, _ = model.identify(it["text"])
            matrix[it["language"]][got] += 1
            if got != it["language"]:
                errors.append((it["language"], got, conf, it["source"], it["text"]))
        targets = [t for t in ORDER if t != "und"]
        n = sum(sum(matrix[t].values()) for t in targets)
        ok = sum(matrix[t][t] for t in targets)
        und_n = sum(matrix["und"].values())
        print(f"\n### Length class {cls}: accuracy {ok}/{n} = {ok / max(1, n):.4f} "
              f"over the seven languages; `und` texts answered `und`: "
              f"{matrix['und']['und']}/{und_n}\n")
        print("| true \\ answer | " + " | ".join(ORDER) + " | n | accuracy |")
        print("|---" * (len(ORDER) + 3) + "|")
        for t in ORDER:
            row = matrix[t]
            total = sum(row.values())
            if total == 0:
                continue
            print(f"| **{t}** | " + " | ".join(str(row[a]) for a in ORDER)
                  + f" | {total} | {row[t] / total:.3f} |")
        if args.errors:
            for e in errors:
                print(f"ERR {cls} true={e[0]} got={e[1]} conf={e[2]:.2f} {e[3]}: {e[4][:160]}",
                      file=sys.stderr)


if __name__ == "__main__":
    main()
