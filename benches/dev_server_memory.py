#!/usr/bin/env python3
"""Benchmark: the dev-server's memory and flow-start rate under a flood of flow starts.

Starts `pwreset dev-server` (the binary in target/dist, else target/release) with its per-user
and per-client limits raised, floods POST /v1/flows with wrk (Debian's package, installed when
missing) from many distinct users until at least N flows have been started (default 1,000,000),
and reports the rate and the server's memory (VmRSS at the end, VmHWM at its peak).

Two runs:
  - reclaim: flows live 1 s (and answer `flow_expired` 1 s more), so expired flows are
    reclaimed while the flood goes on;
  - cap: flows live the default 15 min, so the table fills up; starts beyond `--max-flows` are
    answered 503 with Retry-After, and memory stays bounded anyway.

    python3 benches/dev_server_memory.py [N]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHUNK_S = 10

LUA = r"""
local counter = 0
local threads = 0
setup = function(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
request = function()
  counter = counter + 1
  local body = string.format('{"user":"u%d-%d@example.com","intent":"reset"}', tid, counter % 250000)
  return wrk.format("POST", "/v1/flows", {["Content-Type"] = "application/json"}, body)
end
"""


def binary():
    for profile in ("dist", "release"):
        path = os.path.join(ROOT, "target", profile, "pwreset")
        if os.path.exists(path):
            return path
    sys.exit("build first: cargo build --profile dist (or --release)")


def ensure_wrk():
    if shutil.which("wrk") is None:
        subprocess.run(["sh", "-c", "apt-get install -y -qq wrk || (apt-get update -qq && apt-get install -y -qq wrk)"], check=True)


def status_kib(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def flood(extra, count_refused):
    server = subprocess.Popen(
        [binary(), "dev-server", "--addr", "127.0.0.1:0", "--no-log", "--flows-per-user", "1000000",
         "--requests-per-client", "1000000000", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = server.stdout.readline().strip()
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    script.write(LUA)
    script.close()
    started = refused = total = 0
    elapsed = 0.0
    try:
        while (total if count_refused else started) < N:
            t0 = time.perf_counter()
            out = subprocess.run(["wrk", "-t2", "-c32", f"-d{CHUNK_S}s", "-s", script.name, url],
                                 capture_output=True, text=True, check=True).stdout
            elapsed += time.perf_counter() - t0
            done = int(re.search(r"(\d+) requests in", out).group(1))
            non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
            bad = int(non2xx.group(1)) if non2xx else 0
            total += done
            refused += bad
            started += done - bad
        rss = status_kib(server.pid, "VmRSS")
        peak = status_kib(server.pid, "VmHWM")
    finally:
        server.terminate()
        server.wait()
        os.unlink(script.name)
    return {"requests": total, "started": started, "refused_503": refused, "seconds": elapsed,
            "starts_per_s": started / elapsed, "requests_per_s": total / elapsed,
            "rss_mib": rss / 1024, "peak_mib": peak / 1024}


def main():
    ensure_wrk()
    print(f"binary: {binary()}; target: {N:,} flow starts per run\n")
    print("| run | requests | flows started | 503 | flow starts/s | requests/s | RSS at end | peak RSS |")
    print("|---|---|---|---|---|---|---|---|")
    for name, extra, count_refused in (
            ("reclaim (flow TTL 1 s)", ["--flow-ttl", "1s", "--rate-window", "1s"], False),
            ("cap (flow TTL 15 min)", ["--rate-window", "1s"], True)):
        r = flood(extra, count_refused)
        print(f"| {name} | {r['requests']:,} | {r['started']:,} | {r['refused_503']:,} | "
              f"{r['starts_per_s']:,.0f} | {r['requests_per_s']:,.0f} | {r['rss_mib']:.1f} MiB | "
              f"{r['peak_mib']:.1f} MiB |")


if __name__ == "__main__":
    main()
