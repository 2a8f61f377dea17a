"""Text extraction for build_corpus.py: HTML paragraphs, man-page paragraphs, catalogue strings.

Each function returns the running-text units of one source document, whitespace-normalised
(`clean`); the prose and language filters are applied by build_corpus.py.
"""
import html
import json
import re
import subprocess
import unicodedata
from html.parser import HTMLParser


def clean(text):
    """Unescapes entities, NFC-normalises, drops soft hyphens, collapses whitespace."""
    text = unicodedata.normalize("NFC", html.unescape(text))
    text = text.replace("\u00ad", "").replace("\u2010", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------- HTML documents

class ParagraphParser(HTMLParser):
    """Collects the text of <p>, <li>, <dd> blocks; skips code, hidden and script content."""
    BLOCKS = {"p", "li", "dd", "dt", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
              "tr", "table", "ul", "ol", "dl", "blockquote", "br", "pre", "section", "header",
              "aside", "nav", "title", "body"}
    KEEP = {"p", "li", "dd", "blockquote"}
    SKIP = {"pre", "code", "script", "style", "kbd", "tt", "samp", "title", "head", "nav",
            "aside", "header"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs, self.buf, self.blocks, self.skip = [], [], [], []

    def flush(self):
        text = clean("".join(self.buf))
        if text and self.blocks and self.blocks[-1] in self.KEEP:
            self.paragraphs.append(text)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        hidden = "hidden" in attrs or "literal" in (attrs.get("class") or "").split()
        if tag in self.BLOCKS:
            self.flush()
            if tag != "br":
                self.blocks.append(tag)
        if tag in self.SKIP or hidden:
            self.skip.append(tag)
        elif self.skip and tag == self.skip[-1]:
            self.skip.append(tag)

    def handle_endtag(self, tag):
        if self.skip and self.skip[-1] == tag:
            self.skip.pop()
        if tag in self.BLOCKS and tag != "br":
            self.flush()
            if tag in self.blocks:
                while self.blocks and self.blocks.pop() != tag:
                    pass

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_paragraphs(path):
    parser = ParagraphParser()
    with open(path, encoding="utf-8", errors="replace") as f:
        parser.feed(f.read())
    parser.flush()
    return parser.paragraphs


# ---------------------------------------------------------------- man pages

SKIP_SECTIONS = re.compile(
    r"^(SYNOPSIS|ÜBERSICHT|SINTASSI|SINOPSIS|OVERZICHT|SYNOPSIS|SEE ALSO|SIEHE AUCH|VOIR AUSSI|"
    r"VÉASE TAMBIÉN|VEDERE ANCHE|ZIE OOK|TRANSLATION|ÜBERSETZUNG|TRADUCTION|TRADUCCIÓN|"
    r"TRADUZIONE|VERTALING|COLOPHON|KOLOPHON|COPYRIGHT|AUTHORS?|AUTOR(EN)?|AUTEURS?|AUTORES|"
    r"AUTORI|EXAMPLES?|BEISPIELE?|EXEMPLES?|EJEMPLOS?|ESEMPI|VOORBEELDEN?)\b")


def man_paragraphs(path):
    raw = subprocess.run(
        f"zcat -f '{path}' | preconv -e utf-8 | groff -Tutf8 -man -P-c -P-b -P-u -rLL=20000n -rHY=0",
        shell=True, capture_output=True).stdout.decode("utf-8", "replace")
    paragraphs, buf, skipping = [], [], False
    for line in raw.splitlines():
        if line and not line[0].isspace():           # section header or page header/footer
            if buf:
                paragraphs.append(" ".join(buf))
            buf = []
            skipping = bool(SKIP_SECTIONS.match(line.strip()))
            continue
        if not line.strip():
            if buf:
                paragraphs.append(" ".join(buf))
            buf = []
            continue
        if not skipping:
            buf.append(line.strip())
    if buf:
        paragraphs.append(" ".join(buf))
    return [clean(p) for p in paragraphs]


# ---------------------------------------------------------------- catalogues

FORMAT_RE = re.compile(r"%(\d+\$)?[-#0 +']*\d*(\.\d+)?[hlLqjzt]*[diouxXeEfFgGcsSpmn%]|%\(\w+\)[sd]|"
                       r"\{[^}]*\}|\$\w+|<[^>]+>|\\[nt]")


def catalogue_strings(path):
    """The translated strings (msgstr) of a .mo file, accelerators removed."""
    raw = subprocess.run(["msgunfmt", "--no-wrap", path], capture_output=True).stdout
    charset = re.search(rb"charset=([A-Za-z0-9_-]+)", raw)
    try:
        po = raw.decode(charset.group(1).decode() if charset else "utf-8", "replace")
    except LookupError:
        po = raw.decode("utf-8", "replace")
    out, cur, in_str = [], [], False
    for line in po.splitlines():
        if line.startswith("msgstr"):
            in_str = True
            cur = [line.split(" ", 1)[1] if " " in line else '""']
        elif line.startswith('"') and in_str:
            cur.append(line)
        else:
            if in_str and cur:
                out.append("".join(json_unquote(c) for c in cur))
            in_str, cur = False, []
    if in_str and cur:
        out.append("".join(json_unquote(c) for c in cur))
    result = []
    for s in out:
        s = s.replace("\\n", " ")
        s = re.sub(r"[_&~](?=\w)", "", s)   # accelerators: _File, &File, ~File
        result.append(s)
    return result


def json_unquote(q):
    try:
        return json.loads(q)
    except ValueError:
        return q.strip('"')
