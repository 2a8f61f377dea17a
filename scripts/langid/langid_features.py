"""Feature extraction and scoring shared by build_model.py and evaluate.py.

Mirrors Sources/ClimateLanguage exactly (keep both in step):

* only the first MAX_SCALARS code points of a text are read; the text is lower-cased;
* letters are the Unicode categories Lu Ll Lt Lm Lo Mn; an apostrophe (' ’ ʼ) or a
  middle dot (·) between two letters belongs to the word (as "'" and "·"); everything else
  separates words;
* each word w (at most MAX_WORD letters; longer words are skipped) is padded as " w " and
  gives every character n-gram of length 1..5 except the lone space, plus the padded word
  itself when w has 4..15 characters (word-level features for function words like " això ");
* when scoring, the features of a capitalised word (first letter upper case: names, mostly)
  weigh `capital_weight` (a model parameter), the others 1; training counts are unweighted.
"""
import math
import unicodedata

MAX_SCALARS = 2000
MAX_WORD = 40
MAX_N = 5
LETTER_CATEGORIES = {"Lu", "Ll", "Lt", "Lm", "Lo", "Mn"}
APOSTROPHES = {"'": "'", "\u2019": "'", "\u02bc": "'", "\u00b7": "\u00b7"}


def is_letter(c):
    return unicodedata.category(c) in LETTER_CATEGORIES


def words_with_case(text):
    """The lower-cased words of `text` as the model sees them, each with whether it was
    capitalised (its first letter upper case in the text)."""
    s = text[:MAX_SCALARS]
    out, cur, capital = [], [], False
    n = len(s)
    for i, c in enumerate(s):
        if is_letter(c):
            if not cur:
                capital = c.isupper()
            cur.append(c.lower())
        elif c in APOSTROPHES and cur and i + 1 < n and is_letter(s[i + 1]):
            cur.append(APOSTROPHES[c])
        else:
            if cur:
                out.append(("".join(cur), capital))
                cur = []
    if cur:
        out.append(("".join(cur), capital))
    return out


def words(text):
    """The lower-cased words of `text` as the model sees them."""
    return [w for w, _ in words_with_case(text)]


def word_features(w):
    """The features of one lower-cased word (none when it is longer than MAX_WORD)."""
    if len(w) > MAX_WORD:
        return []
    out = []
    p = " " + w + " "
    for i in range(len(p)):
        for n in range(1, MAX_N + 1):
            if i + n > len(p):
                break
            g = p[i:i + n]
            if g != " ":
                out.append(g)
    if 4 <= len(w) <= 15:
        out.append(p)
    return out


def features(text):
    """The features of `text` (with repetition), as strings."""
    return [f for w in words(text) for f in word_features(w)]


def letter_count(text):
    return sum(1 for c in text[:MAX_SCALARS] if is_letter(c))


class Model:
    """A loaded model file (see build_model.py for the format)."""

    def __init__(self, path):
        self.table = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("#") or not line:
                    continue
                key, _, value = line.partition("\t")
                if key == "languages":
                    self.languages = value.split()
                elif key == "targets":
                    self.targets = value.split()
                elif key == "params":
                    self.params = {k: float(v) for k, v in (kv.split("=") for kv in value.split())}
                elif key == "f":
                    feat, costs = value.rsplit("\t", 1)
                    self.table[feat.replace("_", " ")] = [ord(c) - 35 for c in costs]

    def raw(self, text, capital_weight=None):
        """Weighted sums of feature costs per language and the weighted number of features found
        (or None). Features of capitalised words (names, mostly) weigh `capital_weight`."""
        if letter_count(text) < self.params["min_letters"]:
            return None
        weight_capital = self.params["capital_weight"] if capital_weight is None else capital_weight
        L = len(self.languages)
        ll = [0.0] * L
        n = 0.0
        for w, capital in words_with_case(text):
            weight = weight_capital if capital else 1.0
            for f in word_features(w):
                row = self.table.get(f)
                if row is None:
                    continue
                n += weight
                for i in range(L):
                    ll[i] += weight * row[i]
        return (ll, n) if n else None

    def decide(self, raw, params=None):
        """Returns (language, confidence, {language: posterior}) for a `raw` result."""
        p = dict(self.params)
        if params:
            p.update(params)
        if raw is None:
            return "und", 1.0, {}
        ll, n = raw
        scale = p["step"] * min(1.0, p["evidence"] / n)
        logits = [-ll[i] * scale + (0.0 if lang in self.targets else p["und_bias"])
                  for i, lang in enumerate(self.languages)]
        m = max(logits)
        ex = [math.exp(x - m) for x in logits]
        z = sum(ex)
        post = {}
        for i, lang in enumerate(self.languages):
            key = lang if lang in self.targets else "und"
            post[key] = post.get(key, 0.0) + ex[i] / z
        best = max(self.targets, key=lambda l: post[l])
        if post[best] < p["threshold"]:
            return "und", 1.0 - post[best], post
        return best, post[best], post

    def identify(self, text, params=None):
        """Returns (language, confidence, {language: posterior})."""
        return self.decide(self.raw(text), params)
