#!/usr/bin/env python3
"""Checks a report screenshot and DOM (standard library only).

Usage: scripts/check-report-png.py SCREENSHOT.png DOM.html CHROMIUM.log

Fails (exit 1) when
- the DOM references an external resource (src/srcset/data/poster attributes, <link href>, CSS url()
  or @import pointing at http(s) or protocol-relative URLs; plain <a href> links are allowed),
- the page contains <script> elements or Chromium logged a console error or a blocked request,
- the chart area is blank: fewer than 300 pixels (within ±16 per channel) of the threat colour or of the humanity colour, or
  under 2% non-white pixels in the band of the screenshot that holds the timeline.
"""
import html.parser, re, struct, sys, zlib

THREAT, HUMANITY = (0xD5, 0x5E, 0x00), (0x00, 0x72, 0xB2)


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG file")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise SystemExit(f"{path}: unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + ((a + b) >> 1)) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


class Refs(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.external, self.scripts = [], 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        for name, value in attrs:
            value = (value or "").strip()
            remote = re.match(r"(?i)^(https?:)?//", value) is not None
            if name in ("src", "srcset", "data", "poster", "background") and value and not value.startswith("data:"):
                self.external.append(f"<{tag} {name}={value}>")
            elif name == "href" and tag in ("link", "use", "image", "base") and remote:
                self.external.append(f"<{tag} href={value}>")
            elif name == "style" and re.search(r"url\(\s*['\"]?(https?:)?//", value):
                self.external.append(f"<{tag} style url()>")

    def handle_data(self, data):
        if re.search(r"@import|url\(\s*['\"]?(https?:)?//", data):
            self.external.append("CSS @import/url() in a style sheet")


def main():
    png, dom, log = sys.argv[1:4]
    failures = []
    refs = Refs()
    refs.feed(open(dom, encoding="utf-8").read())
    failures += [f"external resource: {r}" for r in refs.external]
    if refs.scripts:
        failures.append(f"{refs.scripts} <script> element(s)")
    for line in open(log, encoding="utf-8", errors="replace"):
        if re.search(r"Uncaught|CONSOLE.*(Error|Refused)|Refused to |net::ERR_", line):
            failures.append("chromium: " + line.strip()[:200])
    width, height, channels, rows = read_png(png)
    threat = humanity = 0
    for row in rows:
        for x in range(0, width * channels, channels):
            r, g, b = row[x], row[x + 1], row[x + 2]
            if abs(r - THREAT[0]) < 16 and abs(g - THREAT[1]) < 16 and abs(b - THREAT[2]) < 16:
                threat += 1
            elif abs(r - HUMANITY[0]) < 16 and abs(g - HUMANITY[1]) < 16 and abs(b - HUMANITY[2]) < 16:
                humanity += 1
    band = rows[min(height - 1, 250):min(height, 900)]
    nonwhite = sum(1 for row in band for x in range(0, width * channels, channels) if min(row[x], row[x + 1], row[x + 2]) < 235)
    share = nonwhite / max(1, len(band) * width)
    print(f"screenshot {width}x{height}: threat-colour pixels {threat}, humanity-colour pixels {humanity}, "
          f"non-white in chart band {share:.1%}")
    if threat < 300 or humanity < 300:
        failures.append("blank chart area: the threat or humanity series is not drawn")
    if share < 0.02:
        failures.append("blank chart area: under 2% non-white pixels where the timeline should be")
    for f in failures:
        print("FAIL " + f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
