#!/usr/bin/env python3
"""Check lexicon files against docs/LEXICON-FORMAT.md.

Usage: python3 scripts/lexicon-lint.py [FILE.yml | DIR ...]   (default: the repository's lexicons/)
Exit status 0 when every file passes, 1 otherwise. Needs PyYAML.

Checks: required top-level and entry keys; lexicon/version/language equal the path
lexicons/<name>/v<N>/<lang>.yml; every category used is declared with a description;
no duplicate (pattern, category) after case and diacritic folding (the matcher folds both);
no pattern (or phrase token) that is only '*'; gap an integer 0..5 and only on phrases;
value only on number.* entries (and required there); context 'migration' or 'none';
weight a positive number; settings non-negative integers.
"""
import os
import re
import sys
import unicodedata

import yaml

LANGS = {"en", "nl", "it", "es", "ca", "de", "fr"}
TOP_REQUIRED = ("lexicon", "version", "language", "description", "categories", "entries")
TOP_ALLOWED = set(TOP_REQUIRED) | {"settings"}
ENTRY_REQUIRED = ("pattern", "category", "source")
ENTRY_ALLOWED = set(ENTRY_REQUIRED) | {"context", "weight", "gap", "value", "note"}
SETTINGS_ALLOWED = {"context_window", "negation_window"}
CATEGORY_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
PATH_RE = re.compile(r"(?:^|/)lexicons/([^/]+)/v(\d+)/([a-z]{2})\.yml$")


class LineLoader(yaml.SafeLoader):
    """SafeLoader that records the line of every mapping (1-based) as '__line__'."""


def _construct_mapping(loader, node, deep=False):
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def fold(s):
    """Case- and diacritic-insensitive key, as the matcher folds (ö = o, ß = ss)."""
    s = unicodedata.normalize("NFD", s.casefold())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def strip_line(d):
    return {k: v for k, v in d.items() if k != "__line__"}


def lint_file(path):
    errors = []

    def err(line, msg):
        errors.append(f"{path}:{line}: {msg}")

    try:
        with open(path, encoding="utf-8") as f:
            doc = yaml.load(f, Loader=LineLoader)
    except yaml.YAMLError as e:
        return [f"{path}: YAML syntax error: {e}"]
    if not isinstance(doc, dict):
        return [f"{path}:1: top level must be a mapping"]
    top = strip_line(doc)
    for k in TOP_REQUIRED:
        if k not in top:
            err(1, f"missing top-level key '{k}'")
    for k in top:
        if k not in TOP_ALLOWED:
            err(1, f"unknown top-level key '{k}'")

    m = PATH_RE.search(os.path.abspath(path).replace(os.sep, "/"))
    if not m:
        err(1, "path must be lexicons/<name>/v<N>/<lang>.yml")
    else:
        name, ver, lang = m.group(1), int(m.group(2)), m.group(3)
        if top.get("lexicon") != name:
            err(1, f"lexicon '{top.get('lexicon')}' must equal the folder name '{name}'")
        if top.get("version") != ver or isinstance(top.get("version"), bool):
            err(1, f"version '{top.get('version')}' must be the integer {ver} (folder v{ver})")
        if top.get("language") != lang:
            err(1, f"language '{top.get('language')}' must equal the file name '{lang}'")
    if top.get("language") not in LANGS:
        err(1, f"language must be one of {sorted(LANGS)}")
    if not isinstance(top.get("description"), str) or not top.get("description", "").strip():
        err(1, "description must be non-empty text")

    settings = top.get("settings") or {}
    if not isinstance(settings, dict):
        err(1, "settings must be a mapping")
        settings = {}
    for k, v in strip_line(settings).items():
        if k not in SETTINGS_ALLOWED:
            err(settings.get("__line__", 1), f"unknown setting '{k}'")
        elif not isinstance(v, int) or isinstance(v, bool) or v < 0:
            err(settings.get("__line__", 1), f"setting '{k}' must be a non-negative integer")

    cats = top.get("categories")
    declared = set()
    if not isinstance(cats, dict):
        err(1, "categories must be a mapping of category: description")
    else:
        for c, d in strip_line(cats).items():
            if not CATEGORY_RE.match(str(c)):
                err(cats["__line__"], f"bad category name '{c}'")
            if not isinstance(d, str) or not d.strip():
                err(cats["__line__"], f"category '{c}' needs a one-line description")
            declared.add(c)

    entries = top.get("entries")
    if not isinstance(entries, list) or not entries:
        err(1, "entries must be a non-empty list")
        return errors
    seen = {}
    for e in entries:
        if not isinstance(e, dict):
            err(1, f"entry must be a mapping: {e!r}")
            continue
        line = e.get("__line__", 1)
        e = strip_line(e)
        for k in ENTRY_REQUIRED:
            if k not in e or e[k] in (None, ""):
                err(line, f"entry missing required key '{k}'")
        for k in e:
            if k not in ENTRY_ALLOWED:
                err(line, f"unknown entry key '{k}'")
        pat, cat = e.get("pattern"), e.get("category")
        if not isinstance(pat, str):
            err(line, f"pattern must be text: {pat!r}")
            continue
        if pat != pat.strip() or "  " in pat or "\t" in pat or "\n" in pat:
            err(line, f"pattern '{pat}': tokens must be separated by single spaces")
        toks = pat.split(" ")
        if all(set(t) <= {"*"} for t in toks):
            err(line, f"pattern '{pat}' is only '*'")
        elif any(set(t) <= {"*"} for t in toks):
            # Stricter than the format: a bare '*' token inside a phrase is what gap: is for.
            err(line, f"pattern '{pat}' has a token that is only '*' (use gap: instead)")
        if cat not in declared:
            err(line, f"category '{cat}' is not declared under categories:")
        if not isinstance(e.get("source"), str):
            err(line, "source must be text")
        ctx = e.get("context", "none")
        if ctx not in ("migration", "none"):
            err(line, f"context must be 'migration' or 'none', not '{ctx}'")
        if "weight" in e:
            w = e["weight"]
            if isinstance(w, bool) or not isinstance(w, (int, float)) or w <= 0:
                err(line, f"weight must be a positive number, not {w!r}")
        if "gap" in e:
            g = e["gap"]
            if isinstance(g, bool) or not isinstance(g, int) or not 0 <= g <= 5:
                err(line, f"gap must be an integer 0..5, not {g!r}")
            elif len(toks) < 2:
                err(line, f"gap is only for phrases; '{pat}' is one token")
        if "value" in e:
            v = e["value"]
            if not str(cat).startswith("number."):
                err(line, f"value is only for number.* categories, not '{cat}'")
            elif isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
                err(line, f"value must be a non-negative number, not {v!r}")
        elif str(cat).startswith("number."):
            err(line, f"number entry '{pat}' needs a value:")
        key = (fold(pat), cat)
        if key in seen:
            err(line, f"duplicate (pattern, category) ('{pat}', '{cat}'), first at line {seen[key]}")
        else:
            seen[key] = line
    return errors


def main(argv):
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "lexicons")
    targets = argv[1:] or [os.path.normpath(default)]
    files = []
    for t in targets:
        if os.path.isdir(t):
            for root, _, names in os.walk(t):
                files += [os.path.join(root, n) for n in names if n.endswith((".yml", ".yaml"))]
        else:
            files.append(t)
    if not files:
        print("lexicon-lint: no .yml files found", file=sys.stderr)
        return 1
    errors = []
    for f in sorted(files):
        errors += lint_file(f)
    for e in errors:
        print(e)
    print(f"lexicon-lint: {len(files)} file(s), {len(errors)} problem(s)", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
