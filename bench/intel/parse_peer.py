"""The peer for the intelligence parse benchmark: Python's json.loads over the same files IntelBench parses.

Files are read into memory first; only parsing is timed, ROUNDS times; prints the best and the median in ms.
"""
import json
import os
import statistics
import sys
import time

root, rounds = sys.argv[1], int(sys.argv[2])


def files(folder):
    path = os.path.join(root, folder)
    return [os.path.join(path, n) for n in sorted(os.listdir(path)) if n.endswith(".json")]


paths = (files("csaf/cisa-icsma") + files("csaf/cisa-ics") + files("csaf/oasis/examples/csaf")
         + files("csaf/oasis/examples/csaf/csaf_vex") + [os.path.join(root, "sbom/debian-host/debian12-host.cdx.json")])
blobs = [open(p, "rb").read() for p in paths]
print(f"files={len(blobs)} bytes={sum(len(b) for b in blobs)}")
samples = []
for _ in range(rounds):
    start = time.perf_counter()
    for blob in blobs:
        json.loads(blob)
    samples.append((time.perf_counter() - start) * 1000)
print(f"python-json.loads best_ms={min(samples):.2f} median_ms={statistics.median(samples):.2f}")
