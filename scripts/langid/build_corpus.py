#!/usr/bin/env python3
"""Builds the language-identification corpus (train / dev / test) from unpacked Debian packages.

Usage: scripts/langid/build_corpus.py [--data .langid-data] [--locale-dir /usr/share/locale]

Reads what scripts/langid/fetch-sources.sh unpacked under DATA/root/ plus the translation
catalogues (.mo) installed under the locale directory, and writes:

  DATA/corpus/train.jsonl, DATA/corpus/dev.jsonl   texts the model is built and tuned from
  corpora/eval/langid/test.jsonl                    held-out test texts (committed)
  DATA/corpus/sources.tsv                           every source file used, with its split

Every source *document* (a whole man page, a whole HTML chapter/help page, a whole catalogue)
goes to exactly one split, chosen by a hash of a language-independent document key (so the
German and French translations of the same man page land on the same side). Paragraphs that
occur in more than one document (boilerplate) never enter the test set. Items whose own
language is doubtful (untranslated English left in a translation) are dropped by a stop-word
check (see `language_doubtful`). The output is deterministic for the same inputs.
"""
import argparse
import hashlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from langid_extract import (  # noqa: E402
    FORMAT_RE, catalogue_strings, clean, html_paragraphs, man_paragraphs)

TARGETS = ["en", "nl", "it", "es", "ca", "de", "fr"]
# Other languages, modelled so that text in them is answered `und` (not one of the targets).
OTHERS = ["pt", "gl", "oc", "ro", "sv", "da", "nb", "af", "pl", "cs", "sk", "hr", "sl",
          "hu", "fi", "et", "lt", "tr", "id", "eo", "eu", "ga"]
# Of the others, these make up the `und` part of the test set.
UND_TEST = {"pt", "gl", "pl", "ro", "sv"}

STOPWORDS = {
    "en": "the of and to in is that for it with as are be this by on not or from which an can you if",
    "de": "der die das und ist nicht ein eine zu den mit von des sich auf für im dem wird werden oder auch kann wenn",
    "nl": "de het een en van is dat niet te op voor met zijn wordt worden om in als ook bij er dit naar kan",
    "fr": "le la les et des est un une du pour que dans pas qui sur au par ne se ce avec sont peut",
    "es": "el la los las y de que en es un una por para con no se del al lo como más puede son",
    "it": "il la di e che è non un una per con del della le si sono da in al dei può come",
    "ca": "el la els les i de que en és un una per amb no es del al dels com més pot són",
}
STOPWORDS = {k: set(v.split()) for k, v in STOPWORDS.items()}

TEST_BUCKETS = range(0, 15)   # of 100: ~15 % of documents are test
DEV_BUCKETS = range(15, 25)   # ~10 % dev (tuning), the rest train
SEED = 20261129
PER_CLASS = 120               # test items per target language and length class
UND_PER_CLASS = 24            # test items per UND_TEST language and length class
LONG_MAX = 700                # long test texts are cut at a sentence end below this


def split_of(doc_key):
    bucket = int(hashlib.sha1(doc_key.encode()).hexdigest(), 16) % 100
    if bucket in TEST_BUCKETS:
        return "test"
    if bucket in DEV_BUCKETS:
        return "dev"
    return "train"


WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)


def words(text):
    return [w.lower().replace("’", "'") for w in WORD_RE.findall(text)]


def language_doubtful(text, lang, short):
    """True when the stop words say `text` is probably not in `lang` (e.g. untranslated English)."""
    toks = words(text)
    if not toks:
        return True
    hits = {l: sum(1 for t in toks if t in sw) for l, sw in STOPWORDS.items()}
    if lang in STOPWORDS:
        own = hits[lang]
        if own < (1 if short else 2) or own < max(hits.values()):
            return True
        if not any(len(t) > 1 and t in STOPWORDS[lang] for t in toks):
            return True
        if lang != "en" and hits["en"] >= own:
            return True
        return own / len(toks) < (0.08 if short else 0.12)
    # other languages: only guard against English left untranslated
    return hits["en"] > (0 if short else 1) and hits["en"] / len(toks) >= 0.08


TECH_CHARS = set("{}<>=|\\$#@*_~`[]^")


def is_prose(text, min_words=5):
    """Running prose: mostly letters, no markup/code characters, no URLs, enough words."""
    if "://" in text or "www." in text or any(c in TECH_CHARS for c in text):
        return False
    toks = text.split()
    if len(toks) < min_words:
        return False
    tech = sum(1 for t in toks if "/" in t or re.search(r"\w\.\w", t) or re.search(r"\d", t)
               or re.search(r"[a-z][A-Z]", t) or t.startswith("-"))
    if tech > max(1, len(toks) // 12):
        return False
    letters = sum(1 for c in text if c.isalpha())
    nonspace = sum(1 for c in text if not c.isspace())
    if nonspace == 0 or letters / nonspace < 0.80:
        return False
    upper = sum(1 for c in text if c.isupper())
    return upper / max(1, letters) < 0.3


SENT_RE = re.compile(r"(?<=[.!?;:])\s+(?=[\"'«“(¿¡]?[A-ZÀ-ÖØ-Þ])")


def sentences(paragraph):
    return [s.strip() for s in SENT_RE.split(paragraph) if s.strip()]


def cut_long(paragraph):
    """Cuts a long paragraph at a sentence end so it stays ≥ 200 and (if possible) ≤ LONG_MAX."""
    if len(paragraph) <= LONG_MAX:
        return paragraph
    out = ""
    for s in sentences(paragraph):
        if len(out) >= 200 and len(out) + 1 + len(s) > LONG_MAX:
            break
        out = (out + " " + s).strip()
    return out if len(out) >= 200 else paragraph[:LONG_MAX]


# ---------------------------------------------------------------- sources

def man_lang(path):
    m = re.search(r"/usr/share/man/([a-z]{2})/man", path)
    return m.group(1) if m else "en"


def iter_sources(root, locale_dir):
    """Yields (language, kind, doc_key, path) for every source document."""
    for pkg in sorted(os.listdir(root)):
        base = os.path.join(root, pkg)
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames.sort()
            for fn in sorted(filenames):
                path = os.path.join(dirpath, fn)
                rel = path[len(base):]
                if pkg.startswith("manpages") and "/usr/share/man/" in rel and os.path.isfile(path) \
                        and not os.path.islink(path):
                    name = re.sub(r"\.gz$", "", fn)
                    yield man_lang(rel), "man", "man:" + name, path
                elif pkg.startswith("debian-reference") and re.search(r"\.\w\w\.html$", fn):
                    lang = fn.split(".")[-2]
                    yield lang, "debref", "debref:" + fn.split(".")[0], path
                elif pkg.startswith("maint-guide") and re.search(r"\.\w\w\.html$", fn):
                    lang = fn.split(".")[-2]
                    yield lang, "maint", "maint:" + fn.split(".")[0], path
                elif pkg.startswith("libreoffice-help") and fn.endswith(".html") and "/text/" in rel:
                    m = re.search(r"/help/([A-Za-z-]+)/(text/.*)$", rel)
                    lang = {"en-GB": "en", "ca-valencia": "ca"}.get(m.group(1), m.group(1))
                    yield lang, "lohelp", "lohelp:" + m.group(2), path
                elif pkg.startswith("libreoffice-l10n") and fn.endswith(".mo"):
                    yield "ca", "lomo", "lomo:" + fn, path
    for lang in TARGETS + OTHERS:
        d = os.path.join(locale_dir, lang, "LC_MESSAGES")
        if os.path.isdir(d):
            for fn in sorted(os.listdir(d)):
                if fn.endswith(".mo"):
                    yield lang, "mo", "mo:" + fn, os.path.join(d, fn)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=".langid-data")
    ap.add_argument("--locale-dir", default="/usr/share/locale")
    ap.add_argument("--test-out", default="corpora/eval/langid/test.jsonl")
    args = ap.parse_args()
    root = os.path.join(args.data, "root")
    out_dir = os.path.join(args.data, "corpus")
    os.makedirs(out_dir, exist_ok=True)

    docs = []   # (lang, kind, key, split, path, units) ; units = [(text, is_catalogue_string)]
    for lang, kind, key, path in iter_sources(root, args.locale_dir):
        if kind in ("man",):
            units = [(p, False) for p in man_paragraphs(path)]
        elif kind in ("debref", "maint", "lohelp"):
            units = [(p, False) for p in html_paragraphs(path)]
        else:
            units = [(clean(s), True) for s in catalogue_strings(path)]
        units = [u for u in units if u[0]]
        if units:
            docs.append((lang, kind, key, split_of(key), path, units))
        if len(docs) % 2000 == 0:
            print(f"build_corpus: {len(docs)} documents read", file=sys.stderr)

    # paragraphs seen in more than one document are boilerplate: never test
    seen = {}
    for lang, kind, key, split, path, units in docs:
        for text, _ in set(units):
            seen[(lang, text)] = seen.get((lang, text), 0) + 1

    files = {s: open(os.path.join(out_dir, s + ".jsonl"), "w", encoding="utf-8")
             for s in ("train", "dev")}
    candidates = {}   # (lang, length_class) -> list of items
    stats = {}
    with open(os.path.join(out_dir, "sources.tsv"), "w", encoding="utf-8") as src:
        for lang, kind, key, split, path, units in docs:
            src.write(f"{lang}\t{kind}\t{key}\t{split}\t{os.path.relpath(path, args.data)}\n")
            written = set()
            for text, catalogue in units:
                if split != "test" and catalogue:
                    text = clean(FORMAT_RE.sub(" ", text))
                if split != "test":
                    if text in written:
                        continue
                    written.add(text)
                    if not is_prose(text, min_words=2 if catalogue else 4):
                        continue
                    if language_doubtful(text, lang, short=len(text) < 200):
                        continue
                    files[split].write(json.dumps(
                        {"text": text, "language": lang, "source": kind, "doc": key},
                        ensure_ascii=False) + "\n")
                    stats[(lang, split)] = stats.get((lang, split), 0) + len(text)
                    continue
                if lang not in TARGETS and lang not in UND_TEST:
                    continue
                if seen[(lang, text)] > 1 or (catalogue and ("%" in text or FORMAT_RE.search(text))):
                    continue
                pieces = [text] if catalogue or len(text) < 200 else [text] + sentences(text)
                for i, piece in enumerate(pieces):
                    if len(piece) >= 200 and i == 0:
                        piece, cls = cut_long(piece), "long"
                    elif 50 <= len(piece) < 200:
                        cls = "short"
                    else:
                        continue
                    if not is_prose(piece, min_words=5) or len(piece) < 50:
                        continue
                    if language_doubtful(piece, lang, short=cls == "short"):
                        continue
                    candidates.setdefault((lang, cls), []).append(
                        {"text": piece, "language": lang if lang in TARGETS else "und",
                         "source": f"{kind}:{lang}:{key.split(':', 1)[1]}",
                         "length_class": "200+" if cls == "long" else "50-200"})
    for f in files.values():
        f.close()

    # deterministic, source-stratified sample of the test candidates
    rng = random.Random(SEED)
    test = []
    for lang in TARGETS + sorted(UND_TEST):
        for cls in ("long", "short"):
            items = sorted(candidates.get((lang, cls), []), key=lambda it: (it["source"], it["text"]))
            rng.shuffle(items)
            by_kind = {}
            for it in items:
                by_kind.setdefault(it["source"].split(":")[0], []).append(it)
            want = PER_CLASS if lang in TARGETS else UND_PER_CLASS
            picked, per_doc = [], {}
            while len(picked) < want and any(by_kind.values()):
                for kind in sorted(by_kind):
                    if by_kind[kind] and len(picked) < want:
                        it = by_kind[kind].pop()
                        if per_doc.get(it["source"], 0) < 3:   # at most 3 items per document
                            per_doc[it["source"]] = per_doc.get(it["source"], 0) + 1
                            picked.append(it)
            print(f"build_corpus: test {lang} {cls}: {len(picked)} of {len(items)} candidates",
                  file=sys.stderr)
            test.extend(picked)
    os.makedirs(os.path.dirname(args.test_out), exist_ok=True)
    with open(args.test_out, "w", encoding="utf-8") as f:
        for it in test:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    for (lang, split), n in sorted(stats.items()):
        print(f"build_corpus: {split} {lang}: {n} characters", file=sys.stderr)


if __name__ == "__main__":
    main()
