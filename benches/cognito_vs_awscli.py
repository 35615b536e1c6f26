#!/usr/bin/env python3
"""Benchmark: pwreset vs the aws CLI for a Cognito password reset, against the same moto.

pwreset does the whole scripted reset in one process (ForgotPassword + ConfirmForgotPassword);
the aws CLI needs two processes (`forgot-password`, then `confirm-forgot-password`, which also
puts the new password on the command line). N alternating pairs (default 10); prints the
medians, the ratio and the peak RSS of each tool's processes.

Both tools send the same code, an unprefixed one that moto accepts without checking (the
tests read the real code instead; here only the cost of each tool is measured).

    python3 benches/cognito_vs_awscli.py [N]
"""
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIST = os.path.join(ROOT, "target", "dist", "pwreset")
BIN = DIST if os.path.exists(DIST) else os.path.join(ROOT, "target", "release", "pwreset")
MOTO = os.path.join(ROOT, "target", "moto-venv")
AWSCLI = os.path.join(ROOT, "target", "awscli-venv")
MOTO_PIN = ["moto[cognitoidp]==5.2.5", "flask==3.1.2", "flask-cors==6.0.1"]
AWSCLI_PIN = ["awscli==1.46.3"]


def venv(path, pins, probe):
    if not os.path.exists(os.path.join(path, "bin", probe)):
        subprocess.run([sys.executable, "-m", "venv", path], check=True)
        subprocess.run([os.path.join(path, "bin", "pip"), "install", "-q", *pins], check=True)


def call(url, target, body):
    req = urllib.request.Request(url + "/", data=json.dumps(body).encode(), headers={
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AWSCognitoIdentityProviderService." + target})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def ensure_gnu_time():
    # RSS comes from GNU time: a child forked from Python would report Python's own memory,
    # because Linux keeps the pre-exec high-water mark.
    if not os.path.exists("/usr/bin/time"):
        subprocess.run(["sh", "-c", "apt-get install -y -qq time || (apt-get update -qq && apt-get install -y -qq time)"], check=True)


def timed(args, env):
    """Wall time of `args` (measured around GNU time, whose own cost is ~1 ms) and its peak RSS in KiB."""
    rss_file = os.path.join(tempfile.gettempdir(), f"rss-{os.getpid()}")
    start = time.perf_counter()
    run = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss_file, *args], env=env,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"{args[0]} failed: {run.stderr.decode()}")
    with open(rss_file) as f:
        return elapsed, int(f.read().split()[-1])


if BIN != DIST:
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
ensure_gnu_time()
if not os.path.exists("/usr/bin/curl"):
    subprocess.run(["sh", "-c", "apt-get install -y -qq curl || (apt-get update -qq && apt-get install -y -qq curl)"], check=True)
venv(MOTO, MOTO_PIN, "moto_server")
venv(AWSCLI, AWSCLI_PIN, "aws")
sock = socket.socket()
sock.bind(("127.0.0.1", 0))
port = sock.getsockname()[1]
sock.close()
moto = subprocess.Popen([os.path.join(MOTO, "bin", "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
url = f"http://127.0.0.1:{port}"
for _ in range(100):
    try:
        urllib.request.urlopen(url + "/moto-api/")
        break
    except OSError:
        time.sleep(0.1)
try:
    pool = call(url, "CreateUserPool", {"PoolName": "bench"})["UserPool"]["Id"]
    client = call(url, "CreateUserPoolClient", {"UserPoolId": pool, "ClientName": "bench"})["UserPoolClient"]["ClientId"]
    for i in range(N):
        for who in ("p", "a", "c"):
            user = f"{who}{i}"
            call(url, "AdminCreateUser", {"UserPoolId": pool, "Username": user, "MessageAction": "SUPPRESS",
                                          "UserAttributes": [{"Name": "email", "Value": f"{user}@example.com"}]})
    tmp = tempfile.mkdtemp()
    code_file = os.path.join(tmp, "code")
    with open(code_file, "w") as f:
        f.write("123456\n")
    pw_file = os.path.join(tmp, "pw")
    with open(pw_file, "w") as f:
        f.write("violet orbit staple 42\n")
    os.chmod(pw_file, 0o600)
    env = {"PATH": os.environ["PATH"], "HOME": tmp, "CI": "true", "PWRESET_KEYRING": "none",
           "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}
    aws = os.path.join(AWSCLI, "bin", "aws")
    pw_times, pw_rss, aws_times, aws_rss, curl_times = [], [], [], [], []

    def curl(target, body):
        return ["curl", "-s", "-f", "-o", "/dev/null", "-X", "POST", url + "/",
                "-H", "Content-Type: application/x-amz-json-1.1",
                "-H", "X-Amz-Target: AWSCognitoIdentityProviderService." + target, "-d", json.dumps(body)]
    for i in range(N):
        t, rss = timed([BIN, "reset", "--provider", "cognito", "--endpoint-url", url, "--client-id", client,
                        "--user", f"p{i}", "--code-file", code_file, "--password-file", pw_file], env)
        pw_times.append(t)
        pw_rss.append(rss)
        t1, r1 = timed([aws, "cognito-idp", "forgot-password", "--endpoint-url", url, "--client-id", client,
                        "--username", f"a{i}"], env)
        t2, r2 = timed([aws, "cognito-idp", "confirm-forgot-password", "--endpoint-url", url, "--client-id", client,
                        "--username", f"a{i}", "--confirmation-code", "123456", "--password", "violet orbit staple 42"], env)
        aws_times.append(t1 + t2)
        aws_rss.append(max(r1, r2))
        # The floor: two bare HTTP requests from two curl processes (no checks, no prompts).
        t1, _ = timed(curl("ForgotPassword", {"ClientId": client, "Username": f"c{i}"}), env)
        t2, _ = timed(curl("ConfirmForgotPassword", {"ClientId": client, "Username": f"c{i}",
                                                     "ConfirmationCode": "123456", "Password": "violet orbit staple 42"}), env)
        curl_times.append(t1 + t2)
finally:
    moto.terminate()
    moto.wait()

pw_med, aws_med = statistics.median(pw_times), statistics.median(aws_times)
curl_med = statistics.median(curl_times)
print(f"Cognito reset against moto, {N} alternating pairs")
print("| tool | processes | median wall time | peak RSS |")
print("|---|---|---|---|")
print(f"| pwreset ({os.path.basename(os.path.dirname(BIN))}) | 1 | {pw_med * 1000:.1f} ms | {max(pw_rss) / 1024:.1f} MiB |")
print(f"| aws CLI {AWSCLI_PIN[0].split('==')[1]} | 2 | {aws_med * 1000:.1f} ms | {max(aws_rss) / 1024:.1f} MiB |")
print(f"| two bare curl calls | 2 | {curl_med * 1000:.1f} ms | |")
print(f"speed-up: {aws_med / pw_med:.1f}x; RSS ratio: {max(pw_rss) / max(aws_rss):.2f}; "
      f"pwreset vs two curl calls: {curl_med / pw_med:.2f}x")
