#!/usr/bin/env python3
"""Benchmark: what the message catalogs cost at start and in bytes.

Times `pwreset --help` (English, Italian, Chinese, and `reset --help`) and a run that fails at
once without help (`pwreset reset --no-input` with nothing to do), with hyperfine when the
machine has it, else a loop of N runs; prints the mean and the binary's size. Pass another
binary as the baseline to compare (for example one built from an earlier commit):

    python3 benches/languages.py [BINARY] [BASELINE_BINARY]

The binary defaults to target/dist/pwreset when it is built, else target/release/pwreset.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_binary():
    dist = os.path.join(ROOT, "target", "dist", "pwreset")
    if os.path.exists(dist):
        return dist
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    return os.path.join(ROOT, "target", "release", "pwreset")


BIN = sys.argv[1] if len(sys.argv) > 1 else default_binary()
BASE = sys.argv[2] if len(sys.argv) > 2 else None
CASES = [
    ("--help (en)", ["--help"], {"LANG": "C"}),
    ("--help (it)", ["--help"], {"LANG": "it_IT.UTF-8"}),
    ("--help (zh-CN)", ["--help"], {"LANG": "zh_CN.UTF-8"}),
    ("reset --help (it)", ["reset", "--help"], {"LANG": "it_IT.UTF-8"}),
    ("usage error, no help (it)", ["reset", "--no-input"], {"LANG": "it_IT.UTF-8"}),
]


def mean_ms(binary, args, env):
    full_env = {"PATH": os.environ["PATH"], "HOME": tempfile.gettempdir(), **env}
    if shutil.which("hyperfine"):
        out = tempfile.NamedTemporaryFile(suffix=".json", delete=False).name
        cmd = " ".join([binary] + args)
        subprocess.run(["hyperfine", "-N", "-i", "--warmup", "30", "--runs", "300", "--export-json", out, cmd],
                       env=full_env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out) as f:
            result = json.load(f)["results"][0]
        return result["mean"] * 1000, result["stddev"] * 1000
    runs = []
    for _ in range(300):
        start = time.perf_counter()
        subprocess.run([binary] + args, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        runs.append(time.perf_counter() - start)
    runs.sort()
    return runs[len(runs) // 2] * 1000, 0.0


print(f"binary: {BIN} ({os.path.getsize(BIN) / 1024:.0f} KiB)")
if BASE:
    grown = (os.path.getsize(BIN) - os.path.getsize(BASE)) / 1024
    print(f"baseline: {BASE} ({os.path.getsize(BASE) / 1024:.0f} KiB); grown by {grown:.0f} KiB")
print()
print("| run | mean ms | ± |" + (" baseline mean ms |" if BASE else ""))
print("|---|---|---|" + ("---|" if BASE else ""))
for name, args, env in CASES:
    mean, sd = mean_ms(BIN, args, env)
    row = f"| {name} | {mean:.2f} | {sd:.2f} |"
    if BASE:
        base_mean, _ = mean_ms(BASE, args, env)
        row += f" {base_mean:.2f} |"
    print(row)
