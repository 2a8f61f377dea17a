#!/usr/bin/env python3
"""Builds the committed language-identification model from the train split, tuned on dev.

Usage: scripts/langid/build_model.py [--data .langid-data]
         [--out Sources/ClimateLanguage/Resources/langid-model.tsv]

A multinomial naive Bayes over character 1..5-grams and short whole words (features in
langid_features.py). Per language, the training text is a deterministic, source-balanced
sample of DATA/corpus/train.jsonl (at most CAP_PER_KIND characters per source kind). The
vocabulary is the union of each language's TOP_K most frequent features; every vocabulary
feature gets, per language, the add-ALPHA smoothed cost -log p(feature | language),
quantised in STEP-nat steps and written as one printable character (chr(35 + q)).

The decision parameters (evidence cap, `und` bias, confidence threshold) are chosen by grid
search on DATA/corpus/dev.jsonl (never on the test set): dev texts of 200+, 50-200 and 20-50
characters (the last because the first two are nearly error-free on dev), target languages
weighted 1, the other languages 0.2, with capitalised words weighted CAPITAL_WEIGHT. They are
written into the model's `params` line.

Model file format (UTF-8 text, one record per line, tab-separated):
  # comment
  languages  <all modelled languages: targets first, then the other languages>
  targets    <the languages the identifier answers; all others answer `und`>
  params     step=.. evidence=.. und_bias=.. threshold=.. capital_weight=.. min_letters=..
  f          <feature, spaces written as _>  <one cost character per language>
"""
import argparse
import json
import math
import os
import random
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import langid_features as lf  # noqa: E402
from build_corpus import TARGETS, OTHERS, SEED, LONG_MAX, sentences, cut_long  # noqa: E402

CAP_PER_KIND = {"target": 900_000, "other": 400_000}
TOP_K = {"target": 5000, "other": 1200}
ALPHA = 0.5
STEP = 0.15
MAX_Q = 90
DEV_PER_CLASS = 200
# Weight of the features of capitalised words (names, mostly). Not tuned on the dev split,
# which is technical text with few names and cannot tell 1.0 from 0.5 (scores within 0.02):
# fixed at 0.5 from the news DEV halves in ../shared (feed titles and article snippets, where
# 0.5 beats 1.0 for every language: docs/LANGUAGE-ID.md). The held-out halves stay unseen.
CAPITAL_WEIGHT = 0.5


def sample_training(path):
    by = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            it = json.loads(line)
            by.setdefault((it["language"], it["source"]), []).append(it["text"])
    rng = random.Random(SEED)
    texts = {}
    for (lang, kind) in sorted(by):
        items = sorted(by[(lang, kind)])
        rng.shuffle(items)
        cap = CAP_PER_KIND["target" if lang in TARGETS else "other"]
        total = 0
        for t in items:
            if total >= cap:
                break
            texts.setdefault(lang, []).append(t)
            total += len(t)
    return texts


def dev_items(path):
    by = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            it = json.loads(line)
            t = it["text"]
            if len(t) >= 200:
                by.setdefault((it["language"], "long"), []).append(cut_long(t))
                parts = sentences(t)
            else:
                parts = [t]
            for s in parts:
                if 50 <= len(s) < 200:
                    by.setdefault((it["language"], "short"), []).append(s)
                elif 20 <= len(s) < 50:
                    by.setdefault((it["language"], "tiny"), []).append(s)
    rng = random.Random(SEED + 1)
    out = []
    for key in sorted(by):
        items = sorted(set(by[key]))
        rng.shuffle(items)
        n = DEV_PER_CLASS if key[0] in TARGETS else DEV_PER_CLASS // 8
        out.extend((key[0], key[1], t) for t in items[:n])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=".langid-data")
    ap.add_argument("--out", default="Sources/ClimateLanguage/Resources/langid-model.tsv")
    args = ap.parse_args()
    corpus = os.path.join(args.data, "corpus")

    texts = sample_training(os.path.join(corpus, "train.jsonl"))
    languages = [l for l in TARGETS if l in texts] + [l for l in OTHERS if l in texts]
    counts = {}
    for lang in languages:
        c = Counter()
        for t in texts[lang]:
            c.update(lf.features(t))
        counts[lang] = c
        print(f"build_model: {lang}: {sum(len(t) for t in texts[lang])} characters, "
              f"{len(c)} distinct features", file=sys.stderr)

    vocab = set()
    for lang in languages:
        k = TOP_K["target" if lang in TARGETS else "other"]
        vocab.update(f for f, _ in sorted(counts[lang].items(), key=lambda x: (-x[1], x[0]))[:k])
    vocab = sorted(vocab)
    print(f"build_model: vocabulary {len(vocab)} features", file=sys.stderr)

    costs = {}
    for lang in languages:
        c = counts[lang]
        total = sum(c[f] for f in vocab) + ALPHA * len(vocab)
        costs[lang] = [-math.log((c[f] + ALPHA) / total) for f in vocab]
    base = min(min(v) for v in costs.values())

    tmp = args.out + ".tmp"
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    params = {"step": STEP, "evidence": 40.0, "und_bias": 0.0, "threshold": 0.5,
              "capital_weight": 1.0, "min_letters": 10.0}

    def write(params):
        with open(tmp, "w", encoding="utf-8") as f:
            f.write("# mediaclimate language-identification model (scripts/langid/build_model.py)\n")
            f.write("# multinomial naive Bayes over character 1-5-grams and whole words 4-15 long;\n")
            f.write(f"# cost = round((-ln p - {base:.4f}) / step), written as chr(35 + cost)\n")
            f.write("languages\t" + " ".join(languages) + "\n")
            f.write("targets\t" + " ".join(l for l in languages if l in TARGETS) + "\n")
            f.write("params\t" + " ".join(f"{k}={v:g}" for k, v in params.items()) + "\n")
            for i, feat in enumerate(vocab):
                q = "".join(chr(35 + min(MAX_Q, round((costs[l][i] - base) / STEP)))
                            for l in languages)
                f.write(f"f\t{feat.replace(' ', '_')}\t{q}\n")
        os.replace(tmp, args.out)

    write(params)
    model = lf.Model(args.out)
    dev = dev_items(os.path.join(corpus, "dev.jsonl"))
    print(f"build_model: tuning on {len(dev)} dev items", file=sys.stderr)
    best = None
    for capital_weight in (CAPITAL_WEIGHT,):
        raw = [(lang, cls, model.raw(text, capital_weight)) for lang, cls, text in dev]
        for evidence in (10.0, 20.0, 40.0, 80.0):
            for und_bias in (0.0, -1.0, -2.0, -3.0, -4.0, -6.0):
                for threshold in (0.2, 0.3, 0.4, 0.5, 0.6):
                    trial = dict(params, evidence=evidence, und_bias=und_bias, threshold=threshold,
                                 capital_weight=capital_weight)
                    score = evaluate(model, raw, trial)
                    if best is None or score[0] > best[0][0]:
                        best = (score, trial)
    (score, params) = best
    print(f"build_model: chosen {params}: dev errors {score[1]}", file=sys.stderr)
    write(params)
    print(f"build_model: wrote {args.out} ({os.path.getsize(args.out)} bytes)", file=sys.stderr)


def evaluate(model, dev, params):
    """Weighted dev accuracy per (language, length class): targets count 1, `und` texts 0.2."""
    ok = {}
    for lang, cls, raw in dev:
        want = lang if lang in TARGETS else "und"
        got, _, _ = model.decide(raw, params)
        group = (want, cls)
        hit, n = ok.get(group, (0, 0))
        ok[group] = (hit + (got == want), n + 1)
    score = 0.0
    for (want, cls), (hit, n) in ok.items():
        score += (0.2 if want == "und" else 1.0) * hit / n
    errors = {f"{w}/{c}": n - h for (w, c), (h, n) in sorted(ok.items()) if h < n}
    return score, errors


if __name__ == "__main__":
    main()
