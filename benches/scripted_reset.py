#!/usr/bin/env python3
"""Benchmark: a full scripted two-gate reset against the local dev-server.

Runs the release binary N times (default 20), each a complete `pwreset reset` with two gates
(security question from --code-file, authenticator code from --totp-secret-env) and a new
password from --password-file, and prints the median and p90 wall time, the HTTP requests one
reset makes (from the dev-server's log), and the peak RSS of the pwreset processes.

    python3 benches/scripted_reset.py [N]
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "pwreset")
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
if not os.path.exists("/usr/bin/time"):
    subprocess.run(["sh", "-c", "apt-get install -y -qq time || (apt-get update -qq && apt-get install -y -qq time)"], check=True)
tmp = tempfile.mkdtemp()
# One account per run (and one more per run for the RSS pass): an authenticator step is
# single-use within its 30 s window.
users = [{"user": f"bench{i}@example.com", "password": "the old bench password", "gates": 2,
          "methods": [{"kind": "questions", "answers": {"Pet?": "Rex"}}, {"kind": "totp", "secret": SECRET}]}
         for i in range(2 * N)]
with open(os.path.join(tmp, "users.json"), "w") as f:
    json.dump(users, f)
codes = os.path.join(tmp, "codes")
with open(codes, "w") as f:
    f.write("rex\n")
pw = os.path.join(tmp, "pw")
with open(pw, "w") as f:
    f.write("violet orbit staple 42\n")
os.chmod(pw, 0o600)
log = open(os.path.join(tmp, "server.log"), "w+")
server = subprocess.Popen([BIN, "dev-server", "--addr", "127.0.0.1:0", "--users", os.path.join(tmp, "users.json"),
                           "--requests-per-client", "100000"], stdout=subprocess.PIPE, stderr=log, text=True)
url = server.stdout.readline().strip()
env = {"PATH": os.environ["PATH"], "HOME": tmp, "SVC_TOTP": SECRET, "CI": "true", "PWRESET_KEYRING": "none"}
times = []
cpu = []
peak_kib = 0
try:
    for i in range(N):
        args = [BIN, "reset", "--url", url, "--user", f"bench{i}@example.com", "--method", "questions", "--method", "totp",
                "--code-file", codes, "--totp-secret-env", "SVC_TOTP", "--password-file", pw, "--output", "json"]
        start = time.perf_counter()
        child = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)
        times.append(time.perf_counter() - start)
        err = child.stderr.read().decode()
        child.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"run {i} failed ({status}): {err}")
        cpu.append(usage.ru_utime + usage.ru_stime)
        # Peak RSS from GNU time: a child forked from Python reports Python's own memory,
        # because Linux keeps the pre-exec high-water mark.
        args[args.index(f"bench{i}@example.com")] = f"bench{N + i}@example.com"
        rss = subprocess.run(["/usr/bin/time", "-f", "%M", *args], env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        peak_kib = max(peak_kib, int(rss.stderr.split()[-1]))
finally:
    server.terminate()
    server.wait()
log.seek(0)
requests = sum(1 for line in log if " -> " in line and "/v1/" in line)
times.sort()
print(f"scripted two-gate reset, {N} runs against the local dev-server (release build)")
print(f"  wall time: median {statistics.median(times) * 1000:.1f} ms, p90 {times[int(N * 0.9) - 1] * 1000:.1f} ms, min {times[0] * 1000:.1f} ms")
print(f"  HTTP requests per reset: {requests / (2 * N):.1f}")
print(f"  pwreset CPU time (user+sys): median {statistics.median(cpu) * 1000:.1f} ms (the rest is the server hashing with Argon2id)")
print(f"  pwreset peak RSS: {peak_kib / 1024:.1f} MiB")
