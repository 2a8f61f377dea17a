#!/usr/bin/env python3
"""Validate the framing development gold set and print counts per language and label.

Usage: scripts/goldset-stats.py [DIR]   (default: corpora/eval/framing-dev)
Exit status 1 if any article fails validation.
"""
import json, os, re, sys
from collections import Counter, defaultdict

LANGS = ["en", "nl", "it", "es", "ca", "de", "fr"]
MIN_PER_LANG = 32
MIN_WORDS, MAX_WORDS = 80, 300
DOMINANT = {"threat", "humanity", "neutral", "mixed"}
KINDS = {"direct", "relayed"}
HEDGES = {"exact", "lower_bound", "approximate", "upper_bound"}
SCOPES = {"event", "period", "cumulative"}
EVIDENCE_KEYS = ["humanity", "testimony", "deaths", "threat"]
TRAPS = set("""negation quoted_official quoted_migrant relayed_testimony interview_mention_only institution_name
humanitarian_crisis weather electricity ukraine_war tourism animal_migration obituary road_accident finance_metaphor
number_words separators non_toll_numbers cumulative_toll period_toll hedge subgroup_toll fact_check smugglers_victim
illegal_authorial""".split())
TOP = {"id": str, "language": str, "title": str, "text": str, "gold": dict, "evidence": dict, "traps": list, "note": str}
GOLD = {"migration_relevant": bool, "threat": bool, "threat_quoted_only": (bool, type(None)), "humanity": bool,
        "dominant": str, "testimony": bool, "testimony_kind": str, "deaths": bool, "death_tolls": list}


def check(a, lang, lineno, errs, ids):
    where = f"{lang}.jsonl:{lineno}"
    def err(msg):
        errs.append(f"{where} ({a.get('id', '?') if isinstance(a, dict) else '?'}): {msg}")
    if not isinstance(a, dict):
        return err("not a JSON object")
    for k, t in TOP.items():
        if not isinstance(a.get(k), t):
            err(f"field {k!r} missing or not {t.__name__}")
    if set(a) - set(TOP):
        err(f"unexpected fields {sorted(set(a) - set(TOP))}")
    if errs and errs[-1].startswith(where):
        return
    if a["language"] != lang:
        err(f"language {a['language']!r} does not match file")
    if not re.fullmatch(rf"{lang}-\d{{3}}", a["id"]):
        err("id must look like '<lang>-NNN'")
    if a["id"] in ids:
        err("duplicate id")
    ids.add(a["id"])
    if not a["title"].strip() or not a["note"].strip():
        err("empty title or note")
    n = len(a["text"].split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        err(f"text has {n} words (want {MIN_WORDS}-{MAX_WORDS})")
    g = a["gold"]
    for k, t in GOLD.items():
        if k not in g or not isinstance(g[k], t):
            err(f"gold.{k} missing or wrong type")
    if set(g) - set(GOLD):
        err(f"unexpected gold fields {sorted(set(g) - set(GOLD))}")
    if errs and errs[-1].startswith(where):
        return
    if g["dominant"] not in DOMINANT:
        err(f"dominant {g['dominant']!r} not in {sorted(DOMINANT)}")
    if g["threat"] and g["threat_quoted_only"] is None:
        err("threat true needs threat_quoted_only true/false")
    if not g["threat"] and g["threat_quoted_only"] is not None:
        err("threat_quoted_only must be null when threat is false")
    if g["testimony"] != (g["testimony_kind"] in KINDS):
        err("testimony_kind must be direct/relayed iff testimony is true, else ''")
    if not g["testimony"] and g["testimony_kind"] != "":
        err("testimony_kind must be '' when testimony is false")
    if g["dominant"] == "threat" and not g["threat"]:
        err("dominant threat but threat false")
    if g["dominant"] == "humanity" and not g["humanity"]:
        err("dominant humanity but humanity false")
    if g["dominant"] == "mixed" and not (g["threat"] and g["humanity"]):
        err("dominant mixed needs threat and humanity")
    if not g["migration_relevant"]:
        if g["threat"] or g["humanity"] or g["testimony"] or g["deaths"] or g["death_tolls"] or g["dominant"] != "neutral":
            err("not migration-relevant: all frames must be false, no tolls, dominant neutral")
    if not g["deaths"] and g["death_tolls"]:
        err("death_tolls given but deaths false")
    for t in g["death_tolls"]:
        if not (isinstance(t, dict) and set(t) == {"value", "hedge", "scope"}):
            err(f"bad toll shape {t!r}")
            continue
        if not (isinstance(t["value"], int) and not isinstance(t["value"], bool) and t["value"] > 0):
            err(f"toll value must be a positive integer: {t!r}")
        if t["hedge"] not in HEDGES or t["scope"] not in SCOPES:
            err(f"bad toll hedge/scope {t!r}")
    ev = a["evidence"]
    if set(ev) != set(EVIDENCE_KEYS):
        err(f"evidence keys must be {EVIDENCE_KEYS}")
        return
    for k in EVIDENCE_KEYS:
        if not isinstance(ev[k], list) or not all(isinstance(s, str) and s for s in ev[k]):
            err(f"evidence.{k} must be a list of non-empty strings")
            continue
        for s in ev[k]:
            if s not in a["text"]:
                err(f"evidence.{k} not a substring of text: {s!r}")
        label = g[k]
        if label and not ev[k]:
            err(f"{k} is true but evidence.{k} is empty")
        if not label and ev[k]:
            err(f"{k} is false but evidence.{k} is not empty")
    bad = set(a["traps"]) - TRAPS
    if bad:
        err(f"unknown trap tags {sorted(bad)}")


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "corpora", "eval", "framing-dev")
    errs, ids = [], set()
    stats = {}
    for lang in LANGS:
        p = os.path.join(d, f"{lang}.jsonl")
        if not os.path.exists(p):
            errs.append(f"{lang}.jsonl: missing")
            continue
        arts = []
        with open(p, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    a = json.loads(line)
                except json.JSONDecodeError as e:
                    errs.append(f"{lang}.jsonl:{i}: invalid JSON ({e})")
                    continue
                check(a, lang, i, errs, ids)
                arts.append(a)
        if len(arts) < MIN_PER_LANG:
            errs.append(f"{lang}.jsonl: {len(arts)} articles (want >= {MIN_PER_LANG})")
        stats[lang] = arts

    cols = ["n", "migr", "threat", "quoted", "human", "testim", "direct", "relayed", "deaths", "tolls",
            "d:hum", "d:thr", "d:neu", "d:mix", "words"]
    print("counts per language and label")
    print(f"{'lang':<6}" + "".join(f"{c:>8}" for c in cols))
    tot = Counter()
    traps = Counter()
    hedges, scopes = Counter(), Counter()
    for lang, arts in stats.items():
        c = Counter()
        for a in arts:
            g = a.get("gold", {})
            c["n"] += 1
            c["migr"] += bool(g.get("migration_relevant"))
            c["threat"] += bool(g.get("threat"))
            c["quoted"] += g.get("threat_quoted_only") is True
            c["human"] += bool(g.get("humanity"))
            c["testim"] += bool(g.get("testimony"))
            c["direct"] += g.get("testimony_kind") == "direct"
            c["relayed"] += g.get("testimony_kind") == "relayed"
            c["deaths"] += bool(g.get("deaths"))
            c["tolls"] += len(g.get("death_tolls", []))
            c["d:" + str(g.get("dominant", "?"))[:3]] += 1
            c["words"] += len(a.get("text", "").split())
            traps.update(a.get("traps", []))
            for t in g.get("death_tolls", []):
                if isinstance(t, dict):
                    hedges[t.get("hedge")] += 1
                    scopes[t.get("scope")] += 1
        tot.update(c)
        print(f"{lang:<6}" + "".join(f"{c[k]:>8}" for k in cols))
    print(f"{'all':<6}" + "".join(f"{tot[k]:>8}" for k in cols))
    print("(quoted = threat_quoted_only true; d:* = dominant; tolls = number of death_tolls entries)")
    print("toll hedges:", dict(sorted(hedges.items())), " scopes:", dict(sorted(scopes.items())))
    print("traps:", ", ".join(f"{k} {v}" for k, v in sorted(traps.items())))
    unused = TRAPS - set(traps)
    if unused:
        print("traps never used:", ", ".join(sorted(unused)))
    if errs:
        print(f"\nFAIL: {len(errs)} problem(s)")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print(f"\nOK: {sum(len(v) for v in stats.values())} articles, {len(ids)} unique ids, all checks passed")


if __name__ == "__main__":
    main()
