#!/usr/bin/env python3
"""Extraction speed: mediaclimate extract vs trafilatura 2.3.1 on the same pages, same run.

Usage: scripts/bench-extraction.py BIN SHARED [--rounds 3] [--python PY]

* Pages: SHARED/data/extraction/html/*.html.gz, decompressed once into a temp folder (not timed).
* trafilatura: `trafilatura.extract(bytes)` with default settings over the in-memory pages, timed
  with process CPU time and wall time in a child Python (PY, default `python3`; it needs
  trafilatura==2.3.1, see ../shared/tools/perf/README.md). One untimed warm-up page.
* mediaclimate: the whole `BIN extract DIR --jobs N` process (reading files, decoding, parsing,
  extraction, JSON output to /dev/null), wall time and CPU time (user+sys) of the child.
* parse-only: `BIN extract DIR --jobs 1 --parse-only` (read, decode, htmlReadMemory, free).
Rounds are interleaved (A B C D A B C D ...); the best round of each is reported (noisy machine).
"""
import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TRAF = r"""
import sys, time, json, os
import trafilatura
folder = sys.argv[1]
blobs = [open(os.path.join(folder, n), 'rb').read() for n in sorted(os.listdir(folder))]
trafilatura.extract(blobs[0])
c, w = time.process_time(), time.perf_counter()
chars = 0
for b in blobs:
    chars += len(trafilatura.extract(b) or '')
print(json.dumps({"cpu": time.process_time() - c, "wall": time.perf_counter() - w, "chars": chars,
                  "version": trafilatura.__version__}))
"""


def run_child(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("shared")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--python", default="python3")
    args = ap.parse_args()
    pages = sorted(Path(args.shared, "data/extraction/html").glob("*.html.gz"))
    with tempfile.TemporaryDirectory() as tmp:
        total = 0
        for p in pages:
            data = gzip.decompress(p.read_bytes())
            total += len(data)
            Path(tmp, p.name[:-3]).write_bytes(data)
        n = len(pages)
        runs = {"trafilatura": [], "jobs1": [], "jobs2": [], "parse": []}
        for _ in range(args.rounds):
            out = subprocess.run([args.python, "-c", TRAF, tmp], capture_output=True, text=True, check=True)
            runs["trafilatura"].append(json.loads(out.stdout))
            runs["jobs1"].append(run_child([args.bin, "extract", tmp, "--jobs", "1"]))
            runs["jobs2"].append(run_child([args.bin, "extract", tmp, "--jobs", "2"]))
            runs["parse"].append(run_child([args.bin, "extract", tmp, "--jobs", "1", "--parse-only"]))
        best = {k: {"wall": min(r["wall"] for r in v), "cpu": min(r["cpu"] for r in v)} for k, v in runs.items()}
        rate = {k: {m: n / v[m] for m in ("wall", "cpu")} for k, v in best.items()}
        print(f"pages={n} html_mb={total / 1e6:.2f} rounds={args.rounds} "
              f"trafilatura={runs['trafilatura'][0].get('version')}")
        for k in ("trafilatura", "jobs1", "jobs2", "parse"):
            print(f"{k:12s} wall {rate[k]['wall']:7.1f} pages/s  cpu {rate[k]['cpu']:7.1f} pages/s  "
                  f"({total / 1e6 / best[k]['wall']:.1f} MB/s wall)")
        print(f"ratio jobs1/trafilatura: wall {rate['jobs1']['wall'] / rate['trafilatura']['wall']:.2f}x  "
              f"cpu {rate['jobs1']['cpu'] / rate['trafilatura']['cpu']:.2f}x")
        print(f"ratio jobs1/parse-only: wall {rate['jobs1']['wall'] / rate['parse']['wall']:.2f}  "
              f"cpu {rate['jobs1']['cpu'] / rate['parse']['cpu']:.2f}")
        print(f"ratio jobs2/jobs1 (wall): {rate['jobs2']['wall'] / rate['jobs1']['wall']:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
