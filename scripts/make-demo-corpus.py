#!/usr/bin/env python3
"""Write the synthetic demo corpus under corpora/demo/ (standard library only).

The corpus is fictional: invented outlets and articles composed from sentence templates
(scripts/democorpus/<lang>.py). Dates are real calendar dates around real milestones from
corpora/milestones.csv, and the framing mix shifts around two of them (see corpora/demo/README.md).

Usage:
  scripts/make-demo-corpus.py            rewrite corpora/demo/ (same bytes on every run)
  scripts/make-demo-corpus.py --check    regenerate in memory, compare with the files on disk, parse
                                         every input, print counts and the designed shifts
  scripts/make-demo-corpus.py --check --update-readme
                                         also put the summary into corpora/demo/README.md
"""

import argparse
import csv
import datetime as dt
import html
import io
import json
import math
import os
import random
import re
import shutil
import sys
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from democorpus import de, en, it, nl  # noqa: E402

ROOT = os.path.dirname(HERE)
CORPORA = os.path.join(ROOT, "corpora")
DEMO = os.path.join(CORPORA, "demo")
MILESTONES = os.path.join(CORPORA, "milestones.csv")
SEED = "mediaclimate-demo-v1"
LANGS = {"en": en, "nl": nl, "it": it, "de": de}

START = dt.date(2015, 1, 5)   # a Monday
END = dt.date(2016, 8, 28)    # a Sunday
GENERATED_DIRS = ("feeds", "pages", "dumps", "design")

# id, name, language, country, domain, format, base weekly volume, threat lean, author pool
OUTLETS = [
    dict(id="harbour-courier", name="The Harbour Courier", language="en", country="GB",
         domain="harbour-courier.example", format="feed", base=4.0, lean=1.5, section="news",
         tz="uk"),
    dict(id="valletta-observer", name="The Valletta Observer", language="en", country="MT",
         domain="valletta-observer.example", format="feed", base=2.0, lean=0.9, section="local",
         tz="cet"),
    dict(id="liffey-ledger", name="The Liffey Ledger", language="en", country="IE",
         domain="liffey-ledger.example", format="feed", base=1.4, lean=0.8, section="world",
         tz="uk"),
    dict(id="dagblad-delta", name="Dagblad Delta", language="nl", country="NL",
         domain="dagblad-delta.example", format="feed", base=4.0, lean=1.1, section="binnenland",
         tz="cet"),
    dict(id="gazzetta-del-porto", name="Gazzetta del Porto", language="it", country="IT",
         domain="gazzetta-del-porto.example", format="pages", base=1.8, lean=0.7,
         section="cronaca", tz="cet"),
    dict(id="rheinische-rundschau", name="Rheinische Rundschau", language="de", country="DE",
         domain="rheinische-rundschau.example", format="dump", base=4.0, lean=1.0,
         section="politik", tz="cet"),
]
OUTLET = {o["id"]: o for o in OUTLETS}

MIGRATION_KINDS = ("threat", "humanity", "testimony", "death", "neutral", "mixed")
FILLER_LEADS = {"filler_weather": [0, 1], "filler_energy": [0, 4], "filler_sport": [0],
                "filler_tourism": [0, 3]}
FILLER_KINDS = ("filler_weather", "filler_energy", "filler_sport", "filler_tourism")


# --------------------------------------------------------------------------------------------
# milestones and the designed shifts


def load_milestones():
    with open(MILESTONES, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {r["id"]: dt.date.fromisoformat(r["date"]) for r in rows}


def week_monday(d):
    return d - dt.timedelta(days=d.weekday())


def weeks_since(monday, event_date):
    """Whole weeks from the event week (the ISO week that contains the date) to `monday`."""
    return (monday - week_monday(event_date)).days // 7


def design(monday, outlet, ms):
    """Attention share and frame weights for one outlet-week. This is the designed signal."""
    attention = 0.48
    w = dict(threat=0.20 * outlet["lean"], humanity=0.20, testimony=0.06, death=0.09,
             neutral=0.36, mixed=0.05)
    if dt.date(2015, 6, 1) <= monday < week_monday(ms["M003"]):
        attention = 0.50                                  # a busy summer before the shock
    # M003 Alan Kurdi photographs: humanity, testimonies and deaths spike, decaying over ~8 weeks
    k = weeks_since(monday, ms["M003"])
    if 0 <= k < 16:
        boost = 2.4 * math.exp(-k / 4.0)
        attention = max(attention, 0.50 + 0.30 * math.exp(-k / 5.0))
        for f in ("humanity", "testimony"):
            w[f] *= 1 + boost
        w["death"] *= 1 + 2 * boost
        w["threat"] /= 1 + boost
        w["neutral"] /= 1 + 0.5 * boost
    # M007 EU-Turkey Statement: threat framing rises in the weeks after, decaying over ~8 weeks
    k = weeks_since(monday, ms["M007"])
    if 0 <= k < 16:
        boost = 3.0 * math.exp(-k / 5.0)
        attention = max(attention, 0.48 + 0.22 * math.exp(-k / 5.0))
        w["threat"] *= 1 + boost
        w["mixed"] *= 1 + 0.5 * boost
        w["humanity"] /= 1 + 0.6 * boost
        w["testimony"] /= 1 + 0.6 * boost
    # minor, outlet-specific: first corridor arrivals in Rome (M006) for the Italian outlet,
    # the UK community sponsorship launch (M008) for the British outlet
    if outlet["id"] == "gazzetta-del-porto" and 0 <= weeks_since(monday, ms["M006"]) < 4:
        w["humanity"] *= 1.8
    if outlet["id"] == "harbour-courier" and 0 <= weeks_since(monday, ms["M008"]) < 3:
        w["humanity"] *= 1.8
    return attention, w


# --------------------------------------------------------------------------------------------
# small helpers


def poissonish(rng, mean):
    # Knuth's method; deterministic with the seeded generator
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def utc_offset(tz, local):
    """EU summer time: last Sunday of March to last Sunday of October (01:00 UTC)."""
    start = dt.datetime.combine(last_sunday(local.year, 3), dt.time(2, 0))
    end = dt.datetime.combine(last_sunday(local.year, 10), dt.time(2, 0))
    summer = start <= local < end
    base = 0 if tz == "uk" else 1
    return dt.timezone(dt.timedelta(hours=base + (1 if summer else 0)))


def fmt_int(n, lang):
    s = f"{n:,}"
    return s.replace(",", LANGS[lang].THOUSANDS)


def slugify(text):
    text = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("à", "a"), ("è", "e"),
                 ("é", "e"), ("ì", "i"), ("ò", "o"), ("ù", "u"), ("ë", "e"), ("ï", "i")):
        text = text.replace(a, b)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return "-".join(text.split("-")[:9])


def capitalise(s):
    i = 1 if s[:1] in "\u201c\u201e\u00ab\"'\u2018" else 0
    return s[:i] + s[i:i + 1].upper() + s[i + 1:]


def words(text):
    return len(re.findall(r"\w+", text))


# --------------------------------------------------------------------------------------------
# article composition


class Slots(dict):
    """Fills template slots; one instance per article so names and places stay consistent."""

    def __init__(self, lang, rng, when):
        super().__init__()
        self.lang, self.mod, self.rng, self.when = lang, LANGS[lang], rng, when
        self.current = []
        m = self.mod
        origin = rng.choice(list(m.ORIGINS))
        g = rng.choice("mf")
        first = rng.choice(en.MIGRANT_FIRST[origin][g])
        child_g = rng.choice("mf")
        self.update(
            first=first,
            name=f"{first} {rng.choice(en.MIGRANT_LAST[origin])}",
            age=str(rng.randint(19, 58)),
            origin=m.ORIGINS[origin],
            city=rng.choice(en.ORIGIN_CITIES[origin]),
            child=rng.choice([c for c in en.MIGRANT_FIRST[origin][child_g] if c != first]),
            child_age=str(rng.randint(2, 12)),
            town=rng.choice(m.TOWNS),
            town2=rng.choice(m.TOWNS),
            sea=rng.choice(m.SEA_PLACES),
            route=rng.choice(m.ROUTES),
            mayor=f"{rng.choice(m.LOCAL_FIRST)} {rng.choice(m.LOCAL_LAST)}",
            mp=f"{rng.choice(m.LOCAL_FIRST)} {rng.choice(m.LOCAL_LAST)}",
            volunteer=f"{rng.choice(m.LOCAL_FIRST)} {rng.choice(m.LOCAL_LAST)}",
            party=rng.choice(m.PARTIES),
            ngo=rng.choice(m.NGOS),
            weekday=m.WEEKDAYS[when.weekday()],
            team=rng.choice(m.TEAMS),
            river=rng.choice(m.RIVERS),
        )
        for attr, slot in (("ORIGINS_FROM", "from_origin"), ("ORIGINS_IN", "in_origin")):
            if hasattr(m, attr):
                self[slot] = getattr(m, attr)[origin]
        team2 = rng.choice([t for t in m.TEAMS if t != self["team"]])
        self["team2"] = team2
        self.update(m.pronouns(g))
        self._toll = int(round(math.exp(rng.uniform(math.log(3), math.log(420)))))
        small = [2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 17, 20, 30, 40]
        if rng.random() < 0.4:
            self._toll = rng.choice(small)
        # a toll in words equals the digit toll when it is small enough to be written out
        self._tollw = self._toll if self._toll in small else rng.choice(small[:10])
        self._period = rng.randrange(1400, 3800, 10)
        self._cum = rng.randrange(21000, 30000, 100)

    def _score(self):
        a = self.rng.randint(1, 4)
        return f"{a}{getattr(self.mod, 'SCORE_SEP', '-')}{self.rng.randint(0, a - 1)}"

    def __missing__(self, key):
        rng, lang = self.rng, self.lang
        kind, _, hedge = key.partition("_")
        if kind in ("T", "W", "P", "K") and hedge in ("exact", "lower", "approx", "upper"):
            if kind == "W":
                value, text = self._tollw, self.mod.number_word(self._tollw)
            else:
                value = {"T": self._toll, "P": self._period, "K": self._cum}[kind]
                text = fmt_int(value, lang)
            scope = {"T": "event", "W": "event", "P": "period", "K": "cumulative"}[kind]
            hedge_name = {"exact": "exact", "lower": "lower_bound", "approx": "approximate",
                          "upper": "upper_bound"}[hedge]
            self.current.append((value, hedge_name, scope))
            return text
        gen = {
            "rescued": lambda: fmt_int(rng.randint(24, 640), lang),
            "arrivals": lambda: fmt_int(rng.randrange(300, 14000, 5), lang),
            "places": lambda: fmt_int(rng.randrange(40, 2400, 10), lang),
            "beds": lambda: str(rng.randrange(20, 400, 5)),
            "euros": lambda: fmt_int(rng.randrange(2000, 90000, 500), lang),
            "millions": lambda: str(rng.randint(3, 480)),
            "pct": lambda: str(rng.randint(3, 38)),
            "n_small": lambda: str(rng.randint(3, 60)),
            "price": lambda: self.mod.price(rng),
            "score": lambda: self._score(),
            "temp": lambda: str(rng.randint(24, 36)),
            "tax": lambda: str(rng.randint(1, 6)),
            "mm": lambda: str(rng.randint(40, 180)),
            "tourists": lambda: fmt_int(rng.randrange(12000, 900000, 1000), lang),
            "minute": lambda: str(rng.randint(3, 90)),
            "hours": lambda: str(rng.randint(2, 40)),
        }
        if key in gen:
            v = gen[key]()
            self[key] = v
            return v
        raise KeyError(f"{self.lang}: unknown slot {{{key}}}")


def pick(rng, pool, used):
    choices = [i for i in range(len(pool)) if i not in used]
    if not choices:
        return None
    i = rng.choice(choices)
    used.add(i)
    return pool[i]


PLANS = {
    # kind: headline family, lead family, [(family, min, max)] body parts
    "threat": ("threat", "threat", [("threat", 2, 5), ("neutral", 1, 2)]),
    "humanity": ("humanity", "humanity", [("humanity", 2, 4), ("neutral", 0, 1),
                                          ("testimony", 0, 1)]),
    "testimony": ("testimony", "humanity", [("testimony", 2, 3), ("humanity", 1, 2)]),
    "death": ("death", "death", [("death", 1, 3), ("humanity", 0, 2), ("testimony", 0, 1),
                                 ("neutral", 0, 1)]),
    "neutral": ("neutral", "neutral", [("neutral", 3, 5)]),
    "mixed": ("threat", "threat", [("humanity", 2, 3), ("threat", 1, 2), ("neutral", 0, 1)]),
}


def compose(lang, kind, rng, when, ms, monday, seen=None):
    """Return (headline, paragraphs, labels) for one article.

    Sentences are drawn without repetition from the families of the kind's plan, then trimmed
    to a target length; the labels are computed from the sentences that were kept."""
    m = LANGS[lang]
    slots = Slots(lang, rng, when)
    used = {fam: set() for fam in m.S}

    def sentence(fam):
        t = pick(rng, m.S[fam], used[fam])
        if t is None:
            return None
        relayed = t.startswith("~")
        slots.current = []
        text = capitalise(t.lstrip("~").format_map(slots))
        return dict(fam=fam, text=text, relayed=relayed, tolls=slots.current)

    if kind in FILLER_KINDS:
        head_fam, lead_fam, parts = kind, kind, [(kind, 3, 5)]
        target = int(rng.triangular(62, 125, 72))
    else:
        head_fam, lead_fam, parts = PLANS[kind]
        target = int(rng.triangular(62, 235, 90))
    slots.current = []
    # avoid repeating a headline of the same outlet within eight weeks; a kicker ("Update:")
    # makes a repeat distinct when the family's headlines are used up
    seen = {} if seen is None else seen
    fresh = lambda h: h not in seen or (when.date() - seen[h]).days > 56  # noqa: E731
    for attempt in range(8):
        headline = capitalise(rng.choice(m.H[head_fam]).format_map(slots))
        if attempt >= 5 and ":" not in headline and kind in MIGRATION_KINDS:
            headline = rng.choice(m.KICKERS).format_map(slots) + " " + headline
        if fresh(headline):
            break
    seen[headline] = when.date()
    head_tolls = slots.current
    if kind in FILLER_KINDS:
        # fillers open with a lead-like sentence (same positions in every language's pool)
        i = rng.choice(FILLER_LEADS[kind])
        used[kind].add(i)
        slots.current = []
        sents = [dict(fam=kind, text=capitalise(m.S[kind][i].format_map(slots)), relayed=False,
                      tolls=slots.current)]
    else:
        sents = [sentence(lead_fam)]
    # a context sentence about a recent real milestone (facts only, no invented quotes)
    if kind in MIGRATION_KINDS:
        for mid in ("M003", "M007", "M006", "M008"):
            key = f"ctx_{mid}"
            if key in m.S and 0 <= weeks_since(monday, ms[mid]) < 10 and rng.random() < 0.5:
                sents.append(sentence(key))
                break
    body = []
    for fam, lo, hi in parts:
        for _ in range(rng.randint(lo, hi)):
            body.append(fam)
    rng.shuffle(body)
    for fam in body:
        s = sentence(fam)
        if s:
            sents.append(s)
    top_up = kind if kind in FILLER_KINDS else "neutral"
    total = lambda: sum(words(x["text"]) for x in sents)  # noqa: E731
    while total() < 62:
        s = sentence(top_up)
        if not s:
            break
        sents.append(s)
    # trim from the end towards the target, keeping at least one sentence of the core family
    core = {"testimony": "testimony", "death": "death", "mixed": "threat"}.get(kind, lead_fam)
    k = len(sents) - 1
    while k > 0 and total() > target:
        x = sents[k]
        rest = total() - words(x["text"])
        keeps_core = x["fam"] != core or sum(y["fam"] == core for y in sents) > 1
        keeps_humanity = kind != "mixed" or x["fam"] != "humanity" or \
            sum(y["fam"] == "humanity" for y in sents) > 1
        if rest >= 62 and keeps_core and keeps_humanity:
            sents.pop(k)
        k -= 1
    # paragraphs of one to three sentences; the lead stands alone
    texts = [x["text"] for x in sents]
    paras, i = [texts[0]], 1
    while i < len(texts):
        n = rng.choice((1, 2, 2, 3))
        paras.append(" ".join(texts[i:i + n]))
        i += n
    fams = [x["fam"] for x in sents]
    testimony = ""
    if "testimony" in fams:
        testimony = "direct" if any(x["fam"] == "testimony" and not x["relayed"]
                                    for x in sents) else "relayed"
    tolls = []
    for rec in head_tolls + [t for x in sents for t in x["tolls"]]:
        if rec not in tolls:
            tolls.append(rec)
    labels = dict(
        kind=kind,
        is_migration=kind in MIGRATION_KINDS,
        threat=fams.count("threat"),
        humanity=fams.count("humanity") + fams.count("testimony"),
        testimony=testimony,
        death=fams.count("death"),
        tolls=tolls,
        category=m.CATEGORY[head_fam if kind in FILLER_KINDS else
                            ("politics" if kind in ("threat", "neutral", "mixed") else "migration")],
    )
    return headline, paras, labels


# --------------------------------------------------------------------------------------------
# the article list


def build_articles(ms):
    arts = []
    for outlet in OUTLETS:
        rng = random.Random(f"{SEED}/{outlet['id']}")
        lang = outlet["language"]
        m = LANGS[lang]
        monday = START
        seen_slugs, seen_heads = set(), {}
        acc_mig, acc_kind = 0.0, {k: 0.0 for k in MIGRATION_KINDS}
        while monday <= END:
            attention, weights = design(monday, outlet, ms)
            season = 1.0 + 0.15 * math.sin((monday.timetuple().tm_yday / 365.0) * 2 * math.pi)
            mean = outlet["base"] * season * (1 + 1.4 * max(0.0, attention - 0.48))
            n = min(15, max(1, poissonish(rng, mean)))
            for _ in range(n):
                day = monday + dt.timedelta(days=rng.randint(0, 6))
                local = dt.datetime.combine(day, dt.time(rng.randint(6, 22), rng.randint(0, 59)))
                when = local.replace(tzinfo=utc_offset(outlet["tz"], local))
                # low-discrepancy allocation: realised shares follow the design closely
                acc_mig += attention
                if acc_mig >= rng.uniform(0.7, 1.0):
                    acc_mig -= 1
                    total_w = sum(weights.values())
                    for k_ in weights:
                        acc_kind[k_] += weights[k_] / total_w
                    kind = max(weights, key=lambda k_: acc_kind[k_] + rng.uniform(0, 0.25))
                    acc_kind[kind] -= 1
                else:
                    kind = rng.choice(FILLER_KINDS)
                    if kind == "filler_weather" and not (day.month in (1, 2, 3, 6, 7, 8, 11, 12)):
                        kind = "filler_energy"
                headline, paras, labels = compose(lang, kind, rng, when, ms, monday,
                                                  seen_heads)
                slug = slugify(headline)
                base = slug
                k = 2
                while slug in seen_slugs:
                    slug = f"{base}-{k}"
                    k += 1
                seen_slugs.add(slug)
                section = m.SECTION_PATH[labels["category"]]
                url = f"https://{outlet['domain']}/{section}/{day:%Y/%m/%d}/{slug}"
                arts.append(dict(outlet=outlet["id"], language=lang, country=outlet["country"],
                                 when=when, headline=headline, paras=paras, labels=labels,
                                 url=url, slug=slug, author=rng.choice(m.AUTHORS[outlet["id"]]),
                                 dedup_group="", variant=""))
            monday += dt.timedelta(days=7)
    add_syndication(arts, ms)
    arts.sort(key=lambda a: (a["outlet"], a["when"], a["url"]))
    for i, a in enumerate(arts, 1):
        a["seq"] = i
    return arts


WIRE_OUTLETS = ("harbour-courier", "valletta-observer", "liffey-ledger")


def add_syndication(arts, ms):
    """Continental Press Agency stories republished by the three English outlets, and one
    Harbour Courier story repeated with tracking parameters in its link."""
    rng = random.Random(f"{SEED}/wire")
    days = [ms["M003"] + dt.timedelta(days=1), dt.date(2015, 4, 21), dt.date(2015, 11, 10),
            ms["M007"] + dt.timedelta(days=3)]
    kinds = ["death", "death", "neutral", "threat"]
    for n, (day, kind) in enumerate(zip(days, kinds), 1):
        local = dt.datetime.combine(day, dt.time(rng.randint(6, 11), rng.randint(0, 59)))
        headline, paras, labels = compose("en", kind, rng, local, ms, week_monday(day))
        for j, oid in enumerate(WIRE_OUTLETS):
            o = OUTLET[oid]
            at = local + dt.timedelta(minutes=37 * j + rng.randint(0, 30))
            when = at.replace(tzinfo=utc_offset(o["tz"], at))
            head, foot = en.WIRE_LINES[oid]
            body = ([head.format(place=o["name"].replace("The ", ""))] + paras +
                    [foot.format(year=day.year)])
            slug = slugify(headline) + "-cpa"
            url = f"https://{o['domain']}/wires/{day:%Y/%m/%d}/{slug}"
            arts.append(dict(outlet=oid, language="en", country=o["country"], when=when,
                             headline=headline, paras=body, labels=dict(labels), url=url,
                             slug=slug, author="Continental Press Agency",
                             dedup_group=f"wire-{n:02d}", variant="wire"))
    # the same Harbour Courier article reposted from the newsletter with utm parameters
    hc = [a for a in arts if a["outlet"] == "harbour-courier" and a["labels"]["kind"] == "humanity"
          and a["when"].date() > ms["M003"]]
    orig = hc[0]
    orig["dedup_group"] = "utm-01"
    dup = dict(orig)
    dup["url"] = orig["url"] + "?utm_source=newsletter&utm_medium=email&utm_campaign=weekly"
    dup["when"] = orig["when"] + dt.timedelta(hours=20)
    dup["variant"] = "utm"
    arts.append(dup)


# --------------------------------------------------------------------------------------------
# writers


def esc(s):
    return html.escape(s, quote=True)


def paras_html(paras):
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)


def teaser(a, m):
    first = a["paras"][0]
    return first if len(first) <= 200 else first[:180].rsplit(" ", 1)[0] + " …"


def rss(outlet, items, full=True):
    m = LANGS[outlet["language"]]
    site = f"https://{outlet['domain']}/"
    out = io.StringIO()
    w = out.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    w('<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n')
    w("<channel>\n")
    w(f"  <title>{esc(outlet['name'])}</title>\n")
    w(f"  <link>{site}</link>\n")
    w(f'  <atom:link href="{site}feed.xml" rel="self" type="application/rss+xml"/>\n')
    w(f"  <description>{esc(m.FEED_DESCRIPTION.format(name=outlet['name']))}</description>\n")
    w(f"  <language>{outlet['language']}-{outlet['country'].lower()}</language>\n")
    w(f"  <generator>mediaclimate make-demo-corpus.py (synthetic demo data)</generator>\n")
    if items:
        w(f"  <lastBuildDate>{rfc822(items[-1]['when'])}</lastBuildDate>\n")
    for a in items:
        w("  <item>\n")
        w(f"    <title>{esc(a['headline'])}</title>\n")
        w(f"    <link>{esc(a['url'])}</link>\n")
        w(f'    <guid isPermaLink="true">{esc(a["url"])}</guid>\n')
        w(f"    <pubDate>{rfc822(a['when'])}</pubDate>\n")
        w(f"    <dc:creator>{esc(a['author'])}</dc:creator>\n")
        w(f"    <category>{esc(a['labels']['category'])}</category>\n")
        more = "" if full else f' <a href="{esc(a["url"])}">{esc(m.READ_MORE)}</a>'
        w(f"    <description><![CDATA[<p>{html.escape(teaser(a, m), quote=False)}{more}</p>]]>"
          "</description>\n")
        if full:
            w(f"    <content:encoded><![CDATA[{paras_html(a['paras'])}]]></content:encoded>\n")
        w("  </item>\n")
    w("</channel>\n</rss>\n")
    return out.getvalue()


def rfc822(when):
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    off = when.utcoffset()
    mins = int(off.total_seconds() // 60)
    return (f"{days[when.weekday()]}, {when.day:02d} {months[when.month - 1]} {when.year} "
            f"{when:%H:%M:%S} {'+' if mins >= 0 else '-'}{abs(mins) // 60:02d}{abs(mins) % 60:02d}")


def iso(when):
    return when.isoformat(timespec="seconds")


def page(a, outlet, related):
    m = LANGS[outlet["language"]]
    site = f"https://{outlet['domain']}"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["headline"],
        "datePublished": iso(a["when"]),
        "dateModified": iso(a["when"] + dt.timedelta(minutes=42)),
        "author": [{"@type": "Person", "name": a["author"]}],
        "publisher": {"@type": "Organization", "name": outlet["name"],
                      "logo": {"@type": "ImageObject", "url": f"{site}/static/logo.png"}},
        "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
        "inLanguage": outlet["language"],
        "articleSection": a["labels"]["category"],
        "description": teaser(a, m),
    }
    b = m.PAGE
    rel = "\n".join(f'        <li><a href="{esc(r["url"])}">{esc(r["headline"])}</a></li>'
                    for r in related)
    nav = "\n".join(f'        <li><a href="/{p}/">{esc(t)}</a></li>' for p, t in b["nav"])
    date_text = m.long_date(a["when"])
    return f"""<!DOCTYPE html>
<html lang="{outlet['language']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(a['headline'])} | {esc(outlet['name'])}</title>
  <meta name="description" content="{esc(teaser(a, m))}">
  <meta name="author" content="{esc(a['author'])}">
  <link rel="canonical" href="{esc(a['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{esc(outlet['name'])}">
  <meta property="og:title" content="{esc(a['headline'])}">
  <meta property="og:url" content="{esc(a['url'])}">
  <meta property="article:published_time" content="{iso(a['when'])}">
  <meta property="article:section" content="{esc(a['labels']['category'])}">
  <link rel="stylesheet" href="/static/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="cookie-banner" role="dialog">
    <p>{esc(b['cookie'])}</p>
    <button class="accept">{esc(b['accept'])}</button> <button class="reject">{esc(b['reject'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{esc(outlet['name'])}</a>
    <nav class="main-nav">
      <ul>
{nav}
      </ul>
    </nav>
    <form class="search" action="/cerca"><input name="q" placeholder="{esc(b['search'])}"></form>
  </header>
  <main>
    <article class="article">
      <p class="breadcrumb"><a href="/">Home</a> › <a href="/{a['url'].split('/')[3]}/">{esc(a['labels']['category'])}</a></p>
      <h1 class="headline">{esc(a['headline'])}</h1>
      <p class="byline">{esc(b['by'])} <span class="author">{esc(a['author'])}</span> · <time datetime="{iso(a['when'])}">{esc(date_text)}</time></p>
      <div class="share">{esc(b['share'])} <a href="#fb">Facebook</a> <a href="#tw">Twitter</a> <a href="#wa">WhatsApp</a> <a href="#mail">Email</a></div>
      <div class="article-body">
{paras_html(a['paras'])}
      </div>
      <div class="ad-slot">{esc(b['ad'])}</div>
      <aside class="related">
        <h2>{esc(b['related'])}</h2>
        <ul>
{rel}
        </ul>
      </aside>
      <div class="newsletter">{esc(b['newsletter'])} <input type="email"> <button>OK</button></div>
    </article>
  </main>
  <footer class="site-footer">
    <p>{esc(b['footer'].format(year=a['when'].year, name=outlet['name']))}</p>
    <p><a href="/privacy">Privacy</a> · <a href="/cookie">Cookie policy</a> · <a href="/contatti">{esc(b['contact'])}</a></p>
  </footer>
</body>
</html>
"""


def jsonl_line(a, outlet, use_html):
    rec = {"url": a["url"], "title": a["headline"], "published": iso(a["when"]),
           "outlet": outlet["id"], "language": outlet["language"]}
    if use_html:
        rec["html"] = paras_html(a["paras"])
    else:
        rec["text"] = "\n\n".join(a["paras"])
    rec["section"] = a["labels"]["category"]
    rec["author"] = a["author"]
    rec["crawl_id"] = f"rr-crawl-{a['when']:%Y%m%d}"
    return json.dumps(rec, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# broken inputs (each documented in corpora/demo/README.md)


def broken_inputs(ms, files, records):
    rng = random.Random(f"{SEED}/broken")

    def make(lang, oid, kind, day, hour):
        local = dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59)))
        when = local.replace(tzinfo=utc_offset(OUTLET[oid]["tz"], local))
        headline, paras, labels = compose(lang, kind, rng, when, ms, week_monday(day))
        o = OUTLET[oid]
        slug = slugify(headline)
        m = LANGS[lang]
        url = f"https://{o['domain']}/{m.SECTION_PATH[labels['category']]}/{day:%Y/%m/%d}/{slug}"
        return dict(outlet=oid, language=lang, country=o["country"], when=when,
                    headline=headline, paras=paras, labels=labels, url=url, slug=slug,
                    author=rng.choice(m.AUTHORS[oid]), dedup_group="", variant="")

    # 1. UTF-8 declared, windows-1252 bytes (curly quotes, pound sign): recoverable
    items = [make("en", "harbour-courier", k, d, h) for k, d, h in
             (("testimony", dt.date(2015, 9, 12), 9), ("filler_energy", dt.date(2015, 9, 13), 10),
              ("humanity", dt.date(2015, 9, 13), 18))]
    items[1]["paras"].append("A typical household now pays about £1,120 a year for gas and "
                             "electricity, according to the café owners’ association.")
    text = rss(dict(OUTLET["harbour-courier"], name="The Harbour Courier – Weekend"), items)
    files["feeds/harbour-courier-weekend.xml"] = text.encode("cp1252", errors="replace")
    for a in items:
        records.append((a, "feeds/harbour-courier-weekend.xml", "broken:encoding"))
    # 2. undefined HTML entities outside CDATA: recoverable
    items = [make("nl", "dagblad-delta", k, d, h) for k, d, h in
             (("threat", dt.date(2016, 3, 26), 8), ("filler_energy", dt.date(2016, 4, 2), 8))]
    text = rss(dict(OUTLET["dagblad-delta"], name="Dagblad Delta – Opinie"), items)
    text = text.replace(f"<title>{esc(items[0]['headline'])}</title>",
                        f"<title>Opinie:&nbsp;{esc(items[0]['headline'])}</title>", 1)
    text = text.replace(f"<title>{esc(items[1]['headline'])}</title>",
                        f"<title>Column&nbsp;&ndash; {esc(items[1]['headline'])} (&euro;)</title>", 1)
    files["feeds/dagblad-delta-opinie.xml"] = text.encode("utf-8")
    for a in items:
        records.append((a, "feeds/dagblad-delta-opinie.xml", "broken:entity"))
    # 3. truncated feed: the download stopped inside the third item
    items = [make("en", "valletta-observer", k, d, h) for k, d, h in
             (("death", dt.date(2016, 5, 26), 7), ("neutral", dt.date(2016, 5, 27), 12),
              ("humanity", dt.date(2016, 5, 28), 16))]
    text = rss(dict(OUTLET["valletta-observer"], name="The Valletta Observer – Archive"), items)
    cut = text.index("<content:encoded>", text.index(items[2]["url"])) + 160
    files["feeds/valletta-observer-archive.xml"] = text[:cut].encode("utf-8")
    for a in items[:2]:
        records.append((a, "feeds/valletta-observer-archive.xml", "broken:truncated-file"))
    records.append((items[2], "feeds/valletta-observer-archive.xml", "broken:truncated-item"))
    # 4. an empty HTML page
    files["pages/gazzetta-del-porto/sbarchi-il-punto-della-settimana.html"] = b""


def build(ms):
    arts = build_articles(ms)
    files = {}
    records = []   # (article, file, note)
    by_outlet = {}
    for a in arts:
        by_outlet.setdefault(a["outlet"], []).append(a)
    for outlet in OUTLETS:
        items = by_outlet[outlet["id"]]
        if outlet["format"] == "feed":
            path = f"feeds/{outlet['id']}.xml"
            files[path] = rss(outlet, items).encode("utf-8")
            for a in items:
                records.append((a, path, ""))
        elif outlet["format"] == "pages":
            path = f"feeds/{outlet['id']}.xml"
            files[path] = rss(outlet, items, full=False).encode("utf-8")
            for i, a in enumerate(items):
                related = [items[j] for j in (i - 3, i - 2, i - 1) if j >= 0] or items[1:4]
                p = f"pages/{outlet['id']}/{a['slug']}.html"
                files[p] = page(a, outlet, related).encode("utf-8")
                records.append((a, p, "feed has the teaser only"))
        elif outlet["format"] == "dump":
            path = f"dumps/{outlet['id']}.jsonl"
            lines = []
            for i, a in enumerate(items):
                lines.append(jsonl_line(a, outlet, use_html=(i % 9 == 4)))
                records.append((a, path, "html field" if i % 9 == 4 else ""))
            # deliberately broken lines: one not JSON, one without html/text
            bad1 = ('{"url": "https://rheinische-rundschau.example/wetter/2015/07/08/'
                    'unwetter-ueber-dem-rheintal", "title": "Unwetter über dem Rheintal", '
                    '"published": "2015-07-08T17:02:00+02:00", "outlet": "rheinische-rundschau", '
                    '"language": "de", "text": "Heftige Gewitter haben am Mittwochabend')
            bad2 = json.dumps({"url": "https://rheinische-rundschau.example/politik/2016/04/"
                                      "12/kreistag-vertagt-entscheidung-ueber-unterkunft",
                               "title": "Kreistag vertagt Entscheidung über Unterkunft",
                               "published": "2016-04-12T19:30:00+02:00",
                               "outlet": "rheinische-rundschau", "language": "de",
                               "section": "Politik"}, ensure_ascii=False)
            lines.insert(150, bad1)
            lines.insert(300, bad2)
            files[path] = ("\n".join(lines) + "\n").encode("utf-8")
    broken_inputs(ms, files, records)
    files["design/articles.csv"] = design_csv(records).encode("utf-8")
    files["mediaclimate.yml"] = config_yaml().encode("utf-8")
    return arts, files, records


def design_csv(records):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["outlet", "language", "file", "url", "published", "kind",
                "migration", "threat_sentences", "humanity_sentences", "testimony",
                "death_sentences", "tolls", "words", "dedup_group", "note"])
    for a, path, note in sorted(records, key=lambda r: (r[0]["outlet"], iso(r[0]["when"]),
                                                          r[0]["url"], r[1])):
        lab = a["labels"]
        tolls = ";".join(f"{v}|{h}|{s}" for v, h, s in lab["tolls"])
        w.writerow([a["outlet"], a["language"], path, a["url"], iso(a["when"]), lab["kind"], "yes" if lab["is_migration"] else "no",
                    lab["threat"], lab["humanity"], lab["testimony"], lab["death"], tolls,
                    words(a["headline"] + " " + " ".join(a["paras"])), a["dedup_group"],
                    ("; ".join(x for x in (a["variant"], note) if x))])
    return out.getvalue()


def config_yaml():
    lines = [
        "# mediaclimate configuration for the bundled SYNTHETIC demo corpus",
        "# (written by scripts/make-demo-corpus.py; paths are relative to this file)",
        "version: 1",
        "store: ../../out/demo/mediaclimate.sqlite",
        "inputs:",
        "  feeds: [feeds/]",
        "  pages: [pages/]",
        "  dumps: [dumps/]",
        "outlets:",
    ]
    for o in OUTLETS:
        lines += [f"  - id: {o['id']}",
                  f"    name: {o['name']}",
                  f"    country: {o['country']}",
                  f"    language: {o['language']}",
                  f"    domain: {o['domain']}"]
    lines += [
        "lexicons: [migration-frames@v1]",
        "milestones: ../milestones.csv",
        "report:",
        "  folder: ../../reports/demo",
        "  week_start: monday",
        "",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# write / check


def write(files):
    for d in GENERATED_DIRS:
        shutil.rmtree(os.path.join(DEMO, d), ignore_errors=True)
    for rel, data in sorted(files.items()):
        path = os.path.join(DEMO, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)


def on_disk():
    found = {}
    for d in GENERATED_DIRS:
        for base, _, names in os.walk(os.path.join(DEMO, d)):
            for n in names:
                p = os.path.join(base, n)
                with open(p, "rb") as f:
                    found[os.path.relpath(p, DEMO)] = f.read()
    p = os.path.join(DEMO, "mediaclimate.yml")
    if os.path.exists(p):
        with open(p, "rb") as f:
            found["mediaclimate.yml"] = f.read()
    return found


EXPECTED_BROKEN = {
    "feeds/harbour-courier-weekend.xml": "encoding",
    "feeds/dagblad-delta-opinie.xml": "entity",
    "feeds/valletta-observer-archive.xml": "truncated",
}


def check(ms, arts, files, records):
    out = []
    p = out.append
    problems = []
    disk = on_disk()
    same = disk == files
    if not same:
        diff = sorted(set(disk) ^ set(files)) + sorted(k for k in files if k in disk and
                                                        disk[k] != files[k])
        problems.append(f"files on disk differ from the generator: {diff[:5]} ...")
    total_bytes = sum(len(v) for v in files.values())
    p(f"Generated files: {len(files)}, {total_bytes / 1e6:.2f} MB "
      f"(on disk identical to a fresh run: {'yes' if same else 'NO'})")

    # articles as ingested: each record counted once per outlet file (pages of the Italian
    # outlet are the same articles as its teaser feed, so count the pages only)
    ok_records = [r for r in records if not r[2].startswith("broken")]
    p(f"Articles (valid inputs): {len(ok_records)}; plus {len(records) - len(ok_records)} "
      f"in deliberately broken files")

    p("")
    p("| outlet | language | country | format | articles | migration | words min/mean/max |")
    p("|---|---|---|---|---|---|---|")
    for o in OUTLETS:
        rs = [a for a, _, _ in ok_records if a["outlet"] == o["id"]]
        wc = [words(a["headline"] + " " + " ".join(a["paras"])) for a in rs]
        mig = sum(a["labels"]["is_migration"] for a in rs)
        p(f"| {o['id']} | {o['language']} | {o['country']} | {o['format']} | {len(rs)} | {mig} | "
          f"{min(wc)}/{sum(wc) / len(wc):.0f}/{max(wc)} |")
        body = [words(" ".join(a["paras"])) for a in rs if a["variant"] != "wire"]
        if min(body) < 60 or max(body) > 250:
            problems.append(f"{o['id']}: body words outside 60-250: {min(body)}-{max(body)}")
    p("")
    weekly = []
    for o in OUTLETS:
        per = {}
        for a, _, _ in ok_records:
            if a["outlet"] == o["id"]:
                per[week_monday(a["when"].date())] = per.get(week_monday(a["when"].date()), 0) + 1
        n_weeks = (END - START).days // 7 + 1
        counts = [per.get(START + dt.timedelta(weeks=i), 0) for i in range(n_weeks)]
        weekly.append(f"{o['id']} {min(counts)}-{max(counts)} (mean {sum(counts) / n_weeks:.1f})")
    p(f"Items per outlet-week over {n_weeks} weeks: " + "; ".join(weekly))
    langs = {}
    for a, _, _ in ok_records:
        langs[a["language"]] = langs.get(a["language"], 0) + 1
    p("")
    p("Per language: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))

    # months
    months = []
    d = dt.date(START.year, START.month, 1)
    while d <= END:
        months.append(f"{d:%Y-%m}")
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    table = {mo: {o["id"]: 0 for o in OUTLETS} for mo in months}
    for a, _, _ in ok_records:
        mo = f"{a['when']:%Y-%m}"
        if mo in table:
            table[mo][a["outlet"]] += 1
    p("")
    p("| month | " + " | ".join(o["id"] for o in OUTLETS) + " | all |")
    p("|---|" + "---|" * (len(OUTLETS) + 1))
    for mo in months:
        row = table[mo]
        p(f"| {mo} | " + " | ".join(str(row[o["id"]]) for o in OUTLETS) + f" | {sum(row.values())} |")
        for o in OUTLETS:
            if row[o["id"]] == 0:
                problems.append(f"{mo}: no items for {o['id']}")

    # every template of every language fills without unknown slots
    n_templates = 0
    rng = random.Random("lint")
    when = dt.datetime(2015, 9, 3, 12, 0, tzinfo=dt.timezone.utc)
    for lang, m in LANGS.items():
        for pools in (m.S, m.H):
            for fam, pool in pools.items():
                for t in pool:
                    try:
                        t.lstrip("~").format_map(Slots(lang, rng, when))
                        n_templates += 1
                    except (KeyError, ValueError, IndexError) as e:
                        problems.append(f"{lang} {fam}: template {t[:40]!r}: {e}")
        for k in m.KICKERS:
            k.format_map(Slots(lang, rng, when))
    p("")
    p(f"Templates that fill without errors: {n_templates} (sentences and headlines, "
      f"{len(LANGS)} languages)")

    # parsing
    p("")
    feeds_ok, feed_items = 0, 0
    for rel in sorted(k for k in files if k.startswith("feeds/")):
        try:
            root = ET.fromstring(files[rel])
            feed_items += len(root.findall("./channel/item"))
            feeds_ok += 1
            if rel in EXPECTED_BROKEN:
                problems.append(f"{rel} should not parse but does")
        except ET.ParseError as e:
            if rel in EXPECTED_BROKEN:
                p(f"- {rel}: fails as designed ({EXPECTED_BROKEN[rel]}): {e}")
            else:
                problems.append(f"{rel}: {e}")
    p(f"- feeds parsed with xml.etree: {feeds_ok} files, {feed_items} items")
    bad_lines, good_lines, no_body = [], 0, []
    for rel in sorted(k for k in files if k.startswith("dumps/")):
        for n, line in enumerate(files[rel].decode("utf-8").splitlines(), 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                bad_lines.append(f"{rel}:{n}")
                continue
            if "text" not in rec and "html" not in rec:
                no_body.append(f"{rel}:{n}")
            else:
                good_lines += 1
    p(f"- JSONL: {good_lines} good lines; not JSON (as designed): {', '.join(bad_lines)}; "
      f"no html/text (as designed): {', '.join(no_body)}")
    if len(bad_lines) != 1 or len(no_body) != 1:
        problems.append("JSONL broken lines are not exactly the two designed ones")
    pages, empty = 0, []
    for rel in sorted(k for k in files if k.startswith("pages/")):
        data = files[rel]
        if not data:
            empty.append(rel)
            continue
        t = data.decode("utf-8")
        ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', t)
        if not (ld and json.loads(ld.group(1))["@type"] == "NewsArticle"
                and '<link rel="canonical"' in t and 'article:published_time' in t
                and '<html lang="' in t):
            problems.append(f"{rel}: missing metadata")
        pages += 1
    p(f"- HTML pages with canonical, article:published_time, JSON-LD NewsArticle and lang: "
      f"{pages}; empty (as designed): {', '.join(empty)}")
    dup = {}
    for a, _, _ in ok_records:
        if a["dedup_group"]:
            dup.setdefault(a["dedup_group"], []).append(a["outlet"])
    p("- duplicate groups: " + "; ".join(f"{g}: {', '.join(v)}" for g, v in sorted(dup.items())))

    # designed shifts
    p("")
    p("Designed shifts: frame shares among the migration articles of each window (ANALYSIS.md "
      "1.2: n_T / n). The design rows count the generator's template sentences; the lexical "
      "rows look for a few seed cue words in the text (CUES in scripts/democorpus/<lang>.py). "
      "Attention = migration articles / all articles.")
    p("")
    p("| milestone | measure | 8 weeks before | 8 weeks after (incl. event week) | ratio |")
    p("|---|---|---|---|---|")
    primary = [a for a, _, n in ok_records if a["variant"] == ""]
    migration = [a for a in primary if a["labels"]["is_migration"]]

    def window(mid, before):
        ev = week_monday(ms[mid])
        lo, hi = (ev - dt.timedelta(weeks=8), ev) if before else (ev, ev + dt.timedelta(weeks=8))
        return [a for a in migration if lo <= a["when"].date() < hi]

    def attention(mid, before):
        ev = week_monday(ms[mid])
        lo, hi = (ev - dt.timedelta(weeks=8), ev) if before else (ev, ev + dt.timedelta(weeks=8))
        rs = [a for a in primary if lo <= a["when"].date() < hi]
        return sum(a["labels"]["is_migration"] for a in rs) / len(rs), len(rs)

    for mid in ("M003", "M007"):
        (a, na), (b, nb) = attention(mid, True), attention(mid, False)
        p(f"| {mid} {ms[mid]} | attention (all articles) | {a:.1%} (n={na}) | {b:.1%} (n={nb}) | "
          f"{b / a:.2f} |")
    measures = [
        ("M003", "humanity (≥1 humanity/testimony sentence)", lambda a: a["labels"]["humanity"] > 0),
        ("M003", "testimony", lambda a: bool(a["labels"]["testimony"])),
        ("M003", "death reports", lambda a: a["labels"]["death"] > 0),
        ("M003", "humanity, lexical", lambda a: lexical(a, "humanity")),
        ("M007", "threat (≥1 threat sentence)", lambda a: a["labels"]["threat"] > 0),
        ("M007", "threat, lexical", lambda a: lexical(a, "threat")),
    ]
    for mid, name, f in measures:
        pre, post = window(mid, True), window(mid, False)
        a = sum(map(f, pre)) / len(pre)
        b = sum(map(f, post)) / len(post)
        p(f"| {mid} {ms[mid]} | {name} | {a:.1%} (n={len(pre)}) | {b:.1%} (n={len(post)}) | "
          f"{b / a if a else float('inf'):.2f} |")
        if b < (1.05 if "lexical" in name else 1.5) * a:
            problems.append(f"{mid} {name}: shift too small ({a:.2f} -> {b:.2f})")
    p("")
    p("Per outlet, humanity share around M003 and threat share around M007 (before → after):")
    p("")
    for o in OUTLETS:
        def share(mid, before, f):
            rs = [a for a in window(mid, before) if a["outlet"] == o["id"]]
            return sum(map(f, rs)) / len(rs) if rs else float("nan")
        h = lambda a: a["labels"]["humanity"] > 0  # noqa: E731
        t = lambda a: a["labels"]["threat"] > 0  # noqa: E731
        p(f"- {o['id']}: humanity {share('M003', True, h):.0%} → {share('M003', False, h):.0%}; "
          f"threat {share('M007', True, t):.0%} → {share('M007', False, t):.0%}")
    return out, problems


def lexical(a, frame):
    text = (a["headline"] + " " + " ".join(a["paras"])).lower()
    return any(cue in text for cue in LANGS[a["language"]].CUES[frame])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify instead of writing")
    ap.add_argument("--update-readme", action="store_true",
                    help="with --check: put the summary into corpora/demo/README.md")
    args = ap.parse_args()
    ms = load_milestones()
    arts, files, records = build(ms)
    if not args.check:
        write(files)
        print(f"wrote {len(files)} files under {os.path.relpath(DEMO, ROOT)}/", file=sys.stderr)
        return 0
    lines, problems = check(ms, arts, files, records)
    print("\n".join(lines))
    if problems:
        print("\nPROBLEMS:\n" + "\n".join(f"- {x}" for x in problems))
    if args.update_readme:
        readme = os.path.join(DEMO, "README.md")
        with open(readme, encoding="utf-8") as f:
            text = f.read()
        start, end = "<!-- check-summary:start -->", "<!-- check-summary:end -->"
        i, j = text.index(start) + len(start), text.index(end)
        text = text[:i] + "\n" + "\n".join(lines) + "\n" + text[j:]
        with open(readme, "w", encoding="utf-8") as f:
            f.write(text)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
