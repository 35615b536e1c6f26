//! Shared test harness: the real binary, isolated from this machine (temp HOME and XDG dirs,
//! no PWRESET_* or CI from outside, fixed COLUMNS), a dev-server per test on port 0, and a
//! pseudo-terminal for the interactive flows.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use serde_json::{json, Value};

pub const BIN: &str = env!("CARGO_BIN_EXE_pwreset");

/// A temp home for one test: HOME and XDG dirs point inside it.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        isolate_keyring();
        Home {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `pwreset ARGS` with an environment that holds nothing of this machine's.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args);
        self.isolate(&mut c);
        c.stdin(Stdio::null());
        c
    }

    pub fn isolate(&self, c: &mut Command) {
        let home = self.path();
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("COLUMNS", "100")
            .env("NO_COLOR", "1")
            .env("LANG", "C.UTF-8");
    }

    /// Runs to completion with no terminal (stdin is /dev/null).
    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.cmd(args).output().expect("run pwreset"))
    }

    /// `cmd` for a command line made with `Args`.
    pub fn cmd_args(&self, args: &Args) -> Command {
        self.cmd(&args.as_strs())
    }

    /// `run` for a command line made with `Args`.
    pub fn run_args(&self, args: &Args) -> Run {
        self.run(&args.as_strs())
    }

    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path().join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, text).unwrap();
        p
    }
}

/// A pwreset command line, built a piece at a time:
/// `Args::new("reset").url(&server.url).user(SVC).flag("--code-stdin").json()`.
#[derive(Debug, Clone)]
pub struct Args(Vec<String>);

impl Args {
    pub fn new(command: &str) -> Args {
        Args(vec![command.to_owned()])
    }

    pub fn flag(mut self, flag: &str) -> Args {
        self.0.push(flag.to_owned());
        self
    }

    pub fn opt(self, name: &str, value: &str) -> Args {
        self.flag(name).flag(value)
    }

    pub fn url(self, url: &str) -> Args {
        self.opt("--url", url)
    }

    pub fn user(self, user: &str) -> Args {
        self.opt("--user", user)
    }

    pub fn json(self) -> Args {
        self.opt("--output", "json")
    }

    pub fn as_strs(&self) -> Vec<&str> {
        self.0.iter().map(String::as_str).collect()
    }
}

/// A loopback address of its own (127.x.y.z) for a test's server. The keyring names entries by
/// service host, and keyutils entries outlive a test run (they are linked into the per-user
/// persistent keyring): a port freed and reused by a later server, in this run or the next,
/// must not find an earlier test's saved flow.
pub fn fresh_loopback() -> String {
    use rand::Rng;
    let mut r = rand::rng();
    format!(
        "127.{}.{}.{}",
        r.random_range(1..=254),
        r.random_range(0..=255),
        r.random_range(1..=254)
    )
}

/// Starts `cmd` with its output captured and a pipe to its stdin, for input only known once it
/// runs (a code the service sends after pwreset starts); `feed` finishes it.
pub fn start_piped(cmd: &mut Command) -> std::process::Child {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pwreset")
}

/// Writes `input` to the child's stdin, closes it and waits for the child.
pub fn feed(mut child: std::process::Child, input: &str) -> Run {
    use std::io::Write;
    let mut stdin = child.stdin.take().expect("stdin piped");
    // A child that has already ended (a usage error) reads nothing more; its Run tells why.
    let _ = stdin.write_all(input.as_bytes());
    drop(stdin);
    Run::from(child.wait_with_output().expect("wait for pwreset"))
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Accounts used by most tests (the dev-server's `--users` format).
pub fn test_users() -> Value {
    json!([
        {"user": "alice@example.com", "password": "old alpine meadow song", "gates": 2,
         "methods": [
            {"kind": "email", "to": "alice@example.com"},
            {"kind": "sms", "to": "+391234567812"},
            {"kind": "totp", "secret": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"},
            {"kind": "questions", "answers": {"What was the name of your first pet?": "Rex"}}
         ]},
        {"user": "bob@example.com", "password": "bobs quiet harbour lantern", "gates": 1, "locked": true,
         "methods": [{"kind": "email", "to": "bob@example.com"}]},
        {"user": "svc@example.com", "password": "service account first secret", "gates": 1,
         "methods": [{"kind": "totp", "secret": "KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF"}]},
        {"user": "eve@example.com", "password": "eves lantern copper tide", "gates": 2,
         "methods": [{"kind": "email", "to": "eve@example.com"}, {"kind": "sms", "to": "+15550100199"}]},
        {"user": "solo@example.com", "password": "river copper kite lantern", "gates": 1,
         "methods": [{"kind": "email", "to": "solo@example.com"}]}
    ])
}

pub const ALICE: &str = "alice@example.com";
pub const ALICE_PW: &str = "old alpine meadow song";

/// A dev-server process on a free loopback port, stopped on drop. Its request log is kept.
pub struct DevServer {
    child: Child,
    pub url: String,
    log: Arc<Mutex<Vec<String>>>,
    http: reqwest::blocking::Client,
    _home: Home,
}

impl DevServer {
    pub fn start(extra: &[&str]) -> DevServer {
        Self::start_on(&fresh_loopback(), extra)
    }

    /// `start` on a given loopback address, for output whose layout depends on the service's
    /// name (127.0.0.1 and an ephemeral port always have the same length).
    pub fn start_on(ip: &str, extra: &[&str]) -> DevServer {
        let home = Home::new();
        let users = home.write("users.json", &test_users().to_string());
        let addr = format!("{ip}:0");
        let mut args = vec![
            "dev-server",
            "--addr",
            &addr,
            "--users",
            users.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        Self::spawn(home, &args)
    }

    /// With the built-in demo accounts.
    pub fn start_demo() -> DevServer {
        let addr = format!("{}:0", fresh_loopback());
        Self::spawn(Home::new(), &["dev-server", "--addr", &addr])
    }

    fn spawn(home: Home, args: &[&str]) -> DevServer {
        let mut c = home.cmd(args);
        c.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = c.spawn().expect("start dev-server");
        let mut first = String::new();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        out.read_line(&mut first)
            .expect("dev-server prints its URL");
        let url = first.trim().to_owned();
        assert!(url.starts_with("http://127."), "first line: {url:?}");
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&log);
        let err = child.stderr.take().unwrap();
        thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        thread::spawn(move || for _ in out.lines() {});
        // The build has no default TLS crypto provider; pwreset installs ring, so do tests.
        let _ = rustls::crypto::ring::default_provider().install_default();
        DevServer {
            child,
            url,
            log,
            http: reqwest::blocking::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .unwrap(),
            _home: home,
        }
    }

    /// Request lines the server logged (`METHOD /path -> STATUS`), every answered one included.
    pub fn requests(&self) -> Vec<String> {
        // The server logs a request before answering it, so a marker request sent now is
        // logged after every request already answered: once its line is read, so are theirs.
        static MARKS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let marker = format!(
            "/_dev/settled-{}",
            MARKS.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        );
        let _ = self.http.get(format!("{}{marker}", self.url)).send();
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while !self.log.lock().unwrap().iter().any(|l| l.contains(&marker)) {
            assert!(
                std::time::Instant::now() < deadline,
                "the dev-server never logged {marker}"
            );
            thread::sleep(Duration::from_millis(5));
        }
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.contains(" -> ") && !l.contains("/_dev/settled-"))
            .cloned()
            .collect()
    }

    pub fn count_requests(&self, needle: &str) -> usize {
        self.requests()
            .iter()
            .filter(|l| l.contains(needle))
            .count()
    }

    pub fn get(&self, path: &str) -> (u16, Value) {
        let r = self.http.get(format!("{}{path}", self.url)).send().unwrap();
        let status = r.status().as_u16();
        (status, r.json().unwrap_or(Value::Null))
    }

    pub fn post(&self, path: &str, body: Value) -> (u16, Value) {
        let r = self
            .http
            .post(format!("{}{path}", self.url))
            .json(&body)
            .send()
            .unwrap();
        let status = r.status().as_u16();
        (status, r.json().unwrap_or(Value::Null))
    }

    pub fn outbox(&self, user: &str) -> Vec<Value> {
        let (_, v) = self.get(&format!("/_dev/outbox?user={user}"));
        v.as_array().cloned().unwrap_or_default()
    }

    /// The latest code delivered to `user` by `kind`, as the person's phone/mailbox shows it.
    pub fn latest_code(&self, user: &str, kind: &str) -> String {
        self.outbox(user)
            .iter()
            .rev()
            .find(|e| e["kind"] == kind)
            .and_then(|e| e["code"].as_str().map(str::to_owned))
            .unwrap_or_else(|| panic!("no {kind} code for {user} in the outbox"))
    }

    pub fn login(&self, user: &str, password: &str) -> u16 {
        self.post("/_dev/login", json!({"user": user, "password": password}))
            .0
    }

    pub fn lock(&self, user: &str) {
        assert_eq!(self.post("/_dev/lock", json!({"user": user})).0, 200);
    }

    pub fn advance_clock(&self, secs: u64) {
        assert_eq!(self.post("/_dev/clock", json!({"advance_s": secs})).0, 200);
    }
}

impl Drop for DevServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The current RFC 6238 code for a base32 secret (what an authenticator app shows).
pub fn totp_now(secret: &str) -> String {
    let bytes = totp_rs::Secret::Encoded(secret.into()).to_bytes().unwrap();
    let totp = totp_rs::TOTP::new_unchecked(totp_rs::Algorithm::SHA1, 6, 1, 30, bytes);
    totp.generate_current().unwrap()
}

/// An interactive session in a pseudo-terminal with echo on, as a real terminal has it
/// (rexpect turns echo off; `stty echo` turns it back on before pwreset starts).
pub fn pty(home: &Home, args: &[&str]) -> rexpect::session::PtySession {
    pty_with_term(home, args, "dumb")
}

/// `pty` with another `TERM` (a capable terminal, where pwreset draws its symbols).
pub fn pty_with_term(home: &Home, args: &[&str], term: &str) -> rexpect::session::PtySession {
    pty_sized(home, args, term, 100)
}

/// `pty_with_term` on a terminal `cols` columns wide.
pub fn pty_sized(
    home: &Home,
    args: &[&str],
    term: &str,
    cols: u16,
) -> rexpect::session::PtySession {
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!("stty echo cols {cols} rows 40; exec \"$0\" \"$@\""))
        .arg(BIN)
        .args(args);
    home.isolate(&mut c);
    c.env("TERM", term).env("COLUMNS", cols.to_string());
    rexpect::session::spawn_command(c, Some(15_000)).expect("spawn in a pty")
}

/// Types `password` at the new-password prompt, and again at the confirmation.
pub fn type_new_password(p: &mut rexpect::session::PtySession, password: &str) {
    p.exp_string("New password (typing is hidden)").unwrap();
    p.send_line(password).unwrap();
    p.exp_string("Repeat the new password").unwrap();
    p.send_line(password).unwrap();
}

/// Waits for the end of a pty session; returns everything printed after the last expectation
/// and the exit code.
pub fn pty_finish(mut p: rexpect::session::PtySession) -> (String, i32) {
    let rest = p.exp_eof().expect("pwreset exits");
    let status = p.process().wait().expect("wait");
    let code = match status {
        rexpect::process::wait::WaitStatus::Exited(_, code) => code,
        rexpect::process::wait::WaitStatus::Signaled(_, sig, _) => 128 + sig as i32,
        other => panic!("unexpected status {other:?}"),
    };
    (rest, code)
}

/// An HTTP proxy for tests. It forwards everything, except that for the first `drops` requests
/// whose path ends with `drop_suffix` it waits for the server's answer and then closes the
/// client's connection without passing it on — "the request arrived, the answer was lost",
/// which the real server cannot produce on demand. With `record_header`, it keeps that response
/// header's values (in `recorded`, and the latest in `record_file`): how the tests read the
/// code moto sends, as the person's phone would.
pub struct FaultProxy {
    pub url: String,
    pub recorded: Arc<Mutex<Vec<String>>>,
    /// Every request that passed: its request line, a newline, then its body.
    pub requests: Arc<Mutex<Vec<String>>>,
    pub record_file: PathBuf,
    _dir: tempfile::TempDir,
}

impl FaultProxy {
    /// Forwards everything to `upstream`, but drops the connection instead of answering (after
    /// the upstream has handled it) the first `drops` requests whose path or `X-Amz-Target` ends
    /// with `drop_suffix`, or whose JSON body has the key `drop_suffix`.
    pub fn start(upstream: &str, drop_suffix: &'static str, drops: usize) -> FaultProxy {
        Self::start_with(upstream, drop_suffix, drops, None)
    }

    pub fn recording(upstream: &str, header: &'static str) -> FaultProxy {
        Self::start_with(upstream, "\u{0}never", 0, Some(header))
    }

    /// Records `header` of every response, and drops the connection after the first `drops`
    /// requests that `start` would drop.
    pub fn recording_and_dropping(
        upstream: &str,
        header: &'static str,
        drop_suffix: &'static str,
        drops: usize,
    ) -> FaultProxy {
        Self::start_with(upstream, drop_suffix, drops, Some(header))
    }

    fn start_with(
        upstream: &str,
        drop_suffix: &'static str,
        drops: usize,
        record_header: Option<&'static str>,
    ) -> FaultProxy {
        use std::net::{TcpListener, TcpStream};
        use std::sync::atomic::{AtomicUsize, Ordering};
        let listener = TcpListener::bind((fresh_loopback(), 0)).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        // Only the host and port: the path stays in the requests it forwards.
        let upstream = upstream
            .trim_start_matches("http://")
            .split('/')
            .next()
            .unwrap_or_default()
            .to_owned();
        let left = Arc::new(AtomicUsize::new(drops));
        let recorded = Arc::new(Mutex::new(Vec::new()));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        let dir = tempfile::tempdir().unwrap();
        let record_file = dir.path().join("latest");
        let (rec, file) = (Arc::clone(&recorded), record_file.clone());
        thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { break };
                let upstream = upstream.clone();
                let left = Arc::clone(&left);
                let (rec, file) = (Arc::clone(&rec), file.clone());
                let seen = Arc::clone(&seen);
                thread::spawn(move || {
                    let mut reader = BufReader::new(client.try_clone().unwrap());
                    let mut client = client;
                    while let Some(request) = read_message(&mut reader) {
                        let first = String::from_utf8_lossy(
                            &request[..request.iter().position(|b| *b == b'\r').unwrap_or(0)],
                        )
                        .into_owned();
                        {
                            let text = String::from_utf8_lossy(&request);
                            let body = text.split_once("\r\n\r\n").map_or("", |(_, b)| b);
                            seen.lock().unwrap().push(format!("{first}\n{body}"));
                        }
                        let mut server = TcpStream::connect(&upstream).unwrap();
                        std::io::Write::write_all(&mut server, &request).unwrap();
                        let Some(response) = read_message(&mut BufReader::new(server)) else {
                            return;
                        };
                        if let Some(name) = record_header {
                            let text = String::from_utf8_lossy(&response);
                            for line in text.split("\r\n").take_while(|l| !l.is_empty()) {
                                if let Some((k, v)) = line.split_once(':') {
                                    if k.trim().eq_ignore_ascii_case(name) {
                                        rec.lock().unwrap().push(v.trim().to_owned());
                                        std::fs::write(&file, format!("{}\n", v.trim())).unwrap();
                                    }
                                }
                            }
                        }
                        let path = first.split(' ').nth(1).unwrap_or("");
                        let text = String::from_utf8_lossy(&request);
                        let target = text
                            .split("\r\n")
                            .take_while(|l| !l.is_empty())
                            .find_map(|l| {
                                l.split_once(':')
                                    .filter(|(k, _)| k.eq_ignore_ascii_case("x-amz-target"))
                                    .map(|(_, v)| v.trim().to_owned())
                            })
                            .unwrap_or_default();
                        let body_key = text
                            .split_once("\r\n\r\n")
                            .is_some_and(|(_, body)| body.contains(&format!("\"{drop_suffix}\":")));
                        if (path.ends_with(drop_suffix)
                            || target.ends_with(drop_suffix)
                            || body_key)
                            && left
                                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                                    n.checked_sub(1)
                                })
                                .is_ok()
                        {
                            let _ = client.shutdown(std::net::Shutdown::Both);
                            return;
                        }
                        if std::io::Write::write_all(&mut client, &response).is_err() {
                            return;
                        }
                    }
                });
            }
        });
        FaultProxy {
            url,
            recorded,
            requests,
            record_file,
            _dir: dir,
        }
    }

    /// The latest recorded header value, waiting briefly for it.
    pub fn latest(&self) -> String {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(v) = self.recorded.lock().unwrap().last() {
                return v.clone();
            }
            assert!(std::time::Instant::now() < deadline, "nothing recorded");
            thread::sleep(Duration::from_millis(20));
        }
    }
}

/// One HTTP/1.1 message (head and a Content-Length or chunked body) from `r`, as it came, or
/// None at end of stream.
fn read_message(r: &mut impl BufRead) -> Option<Vec<u8>> {
    // The head, parsed by httparse (a request or a response, whichever this is).
    let mut head = Vec::new();
    let (head_len, length, chunked) = loop {
        let mut line = Vec::new();
        if r.read_until(b'\n', &mut line).ok()? == 0 {
            return None;
        }
        head.extend_from_slice(&line);
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let parsed = if head.starts_with(b"HTTP/") {
            let mut resp = httparse::Response::new(&mut headers);
            match resp.parse(&head).ok()? {
                httparse::Status::Complete(n) => Some((n, resp.headers.to_vec())),
                httparse::Status::Partial => None,
            }
        } else {
            let mut req = httparse::Request::new(&mut headers);
            match req.parse(&head).ok()? {
                httparse::Status::Complete(n) => Some((n, req.headers.to_vec())),
                httparse::Status::Partial => None,
            }
        };
        if let Some((n, headers)) = parsed {
            let value = |name: &str| {
                headers
                    .iter()
                    .find(|h| h.name.eq_ignore_ascii_case(name))
                    .map(|h| String::from_utf8_lossy(h.value).into_owned())
            };
            let length = value("content-length").and_then(|v| v.trim().parse().ok());
            let chunked = value("transfer-encoding").is_some_and(|v| v.contains("chunked"));
            break (n, length.unwrap_or(0), chunked);
        }
    };
    debug_assert_eq!(head_len, head.len());
    if !chunked {
        let mut body = vec![0u8; length];
        r.read_exact(&mut body).ok()?;
        head.extend_from_slice(&body);
        return Some(head);
    }
    loop {
        let mut size_line = Vec::new();
        if r.read_until(b'\n', &mut size_line).ok()? == 0 {
            return None;
        }
        head.extend_from_slice(&size_line);
        let size = match httparse::parse_chunk_size(&size_line).ok()? {
            httparse::Status::Complete((_, size)) => usize::try_from(size).ok()?,
            httparse::Status::Partial => return None,
        };
        // The chunk and its CRLF; after the last (empty) chunk, the CRLF that ends the message.
        let mut chunk = vec![0u8; size + 2];
        r.read_exact(&mut chunk).ok()?;
        head.extend_from_slice(&chunk);
        if size == 0 {
            return Some(head);
        }
    }
}

/// Joins a fresh session keyring for this test process, so that the pwreset processes it starts
/// share one keyring that is not the developer's own.
/// Credentials (and so the session keyring) belong to a thread, and each test runs on its own
/// thread: join once per thread.
pub fn isolate_keyring() {
    thread_local!(static JOINED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    JOINED.with(|joined| {
        if !joined.get() {
            // SAFETY: keyctl(KEYCTL_JOIN_SESSION_KEYRING, NULL) takes no pointers we own.
            #[allow(unsafe_code)]
            let r = unsafe {
                libc::syscall(
                    libc::SYS_keyctl,
                    1 as libc::c_long,
                    std::ptr::null::<libc::c_char>(),
                )
            };
            assert!(
                r >= 0,
                "cannot join a session keyring: {}",
                std::io::Error::last_os_error()
            );
            joined.set(true);
        }
    });
}

/// Reads an entry of the keyring the pwreset processes of this test used.
pub fn keyring_get(service: &str, account: &str) -> Option<String> {
    use std::sync::Once;
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        keyring_core::set_default_store(linux_keyutils_keyring_store::Store::new().unwrap())
    });
    keyring_core::Entry::new(service, account)
        .unwrap()
        .get_password()
        .ok()
}

/// Starts a service for the whole test run and makes sure it stops with it: the child is spawned
/// from a thread that then waits forever, with PR_SET_PDEATHSIG, so it gets SIGTERM when this
/// test process exits (statics are never dropped, so nothing else would stop it).
pub fn spawn_for_test_run(mut cmd: Command) -> u32 {
    use std::os::unix::process::CommandExt;
    let (tx, rx) = std::sync::mpsc::channel();
    thread::spawn(move || {
        // SAFETY: prctl in the forked child before exec; async-signal-safe.
        #[allow(unsafe_code)]
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM);
                Ok(())
            });
        }
        let mut child = cmd.spawn().expect("start a service for the tests");
        tx.send(child.id()).unwrap();
        let _ = child.wait();
        // Keep this thread (the child's parent for PDEATHSIG) alive until the process ends.
        loop {
            thread::park();
        }
    });
    rx.recv().unwrap()
}

/// One request a `Stub` received.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What a `Stub` answers.
pub enum Reply {
    /// Status, headers, body, and an optional pause between body bytes (a dripping service).
    Send {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        drip: Option<Duration>,
    },
}

impl Reply {
    pub fn json(status: u16, body: Value) -> Reply {
        Reply::with_type(status, "application/json", body.to_string())
    }

    pub fn problem(status: u16, body: Value) -> Reply {
        Reply::with_type(status, "application/problem+json", body.to_string())
    }

    pub fn with_type(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Send {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            drip: None,
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        let Reply::Send { headers, .. } = &mut self;
        headers.push((name.into(), value.into()));
        self
    }

    pub fn dripping(mut self, every: Duration) -> Reply {
        let Reply::Send { drip, .. } = &mut self;
        *drip = Some(every);
        self
    }
}

pub type Handler = Arc<dyn Fn(&Seen, usize) -> Reply + Send + Sync>;

/// A service that answers whatever its test tells it to, for what no real service produces on
/// demand: nonsense, hostile text, drips, throttling. It records every request it gets; the
/// handler also gets how many requests came before this one.
pub struct Stub {
    pub url: String,
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

impl Stub {
    pub fn start(handler: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static) -> Stub {
        let listener = std::net::TcpListener::bind((fresh_loopback(), 0)).expect("bind stub");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let handler: Handler = Arc::new(handler);
        let log = seen.clone();
        thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let (handler, log) = (handler.clone(), log.clone());
                thread::spawn(move || serve_stub_connection(conn, &handler, &log));
            }
        });
        Stub { url, seen }
    }

    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    pub fn paths(&self) -> Vec<String> {
        self.requests()
            .iter()
            .map(|s| format!("{} {}", s.method, s.path))
            .collect()
    }
}

fn serve_stub_connection(
    conn: std::net::TcpStream,
    handler: &Handler,
    log: &Arc<Mutex<Vec<Seen>>>,
) {
    use std::io::Write;
    let mut reader = BufReader::new(conn.try_clone().unwrap());
    let mut writer = conn;
    loop {
        let Some(message) = read_message(&mut reader) else {
            return;
        };
        let mut parsed = [httparse::EMPTY_HEADER; 64];
        let mut request = httparse::Request::new(&mut parsed);
        let Ok(httparse::Status::Complete(head_len)) = request.parse(&message) else {
            return;
        };
        let method = request.method.unwrap_or("").to_owned();
        let path = request.path.unwrap_or("").to_owned();
        let headers: Vec<(String, String)> = request
            .headers
            .iter()
            .map(|h| {
                (
                    h.name.to_owned(),
                    String::from_utf8_lossy(h.value).trim().to_owned(),
                )
            })
            .collect();
        let body = message[head_len..].to_vec();
        let seen = Seen {
            method,
            path,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
        };
        let before = {
            let mut log = log.lock().unwrap();
            log.push(seen.clone());
            log.len() - 1
        };
        let Reply::Send {
            status,
            headers,
            body,
            drip,
        } = handler(&seen, before);
        let mut head = format!(
            "HTTP/1.1 {status} Stub\r\nContent-Length: {}\r\n",
            body.len()
        );
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        if writer.write_all(head.as_bytes()).is_err() {
            return;
        }
        match drip {
            None => {
                if writer.write_all(&body).is_err() {
                    return;
                }
            }
            Some(every) => {
                for b in body {
                    if writer
                        .write_all(&[b])
                        .and_then(|()| writer.flush())
                        .is_err()
                    {
                        return;
                    }
                    thread::sleep(every);
                }
            }
        }
        let _ = writer.flush();
    }
}

/// RFC 3339 for `secs` seconds from now.
pub fn rfc3339_in(secs: u64) -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now() + Duration::from_secs(secs))
        .to_string()
}

/// A well-behaved protocol v1 service with `gates` steps (email, then sms), for tests that make
/// one of its answers misbehave: `verifies` counts the /verify calls answered so far.
pub fn good_v1(seen: &Seen, gates: u32, verifies: usize) -> Reply {
    let p = seen.path.as_str();
    match (seen.method.as_str(), p) {
        ("POST", "/v1/flows") => Reply::json(
            201,
            json!({"flow_id": "fl_1", "flow_token": "ft_secret", "expires_at": rfc3339_in(600),
            "intent": "reset", "gates_required": gates, "gates_passed": 0,
            "methods": if gates == 1 {
                json!([{"id": "m1", "kind": "email", "hint": "a***@e***.com"}])
            } else {
                json!([{"id": "m1", "kind": "email", "hint": "a***@e***.com"},
                       {"id": "m2", "kind": "sms", "hint": "+1*******99"}])
            }}),
        ),
        (_, p) if p.ends_with("/challenges") => {
            let m = if seen.body.contains("m2") {
                ("m2", "sms")
            } else {
                ("m1", "email")
            };
            Reply::json(
                202,
                json!({"challenge_id": format!("ch_{}", m.0), "method": m.0, "kind": m.1,
                       "code_length": 6, "expires_at": rfc3339_in(600), "resend_after_s": 30,
                       "attempts_left": 3}),
            )
        }
        (_, p) if p.ends_with("/verify") => {
            let passed = verifies as u32 + 1;
            let next = if passed < gates {
                "challenge"
            } else {
                "password"
            };
            Reply::json(
                200,
                json!({"gates_passed": passed, "gates_required": gates, "next": next}),
            )
        }
        (_, p) if p.ends_with("/policy") => Reply::json(
            200,
            json!({"min_length": 8, "max_length": 64, "min_character_classes": 0,
                   "disallow_common": true, "disallow_user_id": true, "disallow_reuse": false,
                   "rules": [{"id": "length", "description": "8 to 64 characters"}]}),
        ),
        (_, p) if p.ends_with("/password") || p.ends_with("/unlock") => {
            Reply::json(200, json!({"state": "complete", "was_locked": true}))
        }
        _ => Reply::problem(
            404,
            json!({"code": "not_found", "title": "Not found", "status": 404}),
        ),
    }
}

/// How many of `seen` went to a path ending with `suffix`.
pub fn count_calls(seen: &[Seen], suffix: &str) -> usize {
    seen.iter().filter(|s| s.path.ends_with(suffix)).count()
}

/// Waits for `child` at most `limit`; kills it and fails the test if it is still running.
pub fn wait_bounded(mut child: Child, limit: Duration) -> Run {
    let start = std::time::Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return Run::from(child.wait_with_output().unwrap());
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let run = Run::from(child.wait_with_output().unwrap());
            panic!("pwreset still ran after {limit:?} (killed)\n{run:?}");
        }
        thread::sleep(Duration::from_millis(20));
    }
}

/// A Python virtual environment under `target/` with exactly `pins` installed (installed when
/// missing or pinned differently). Never skips: a failed install fails the test run loudly.
pub fn ensure_venv(name: &str, pins: &[&str]) -> PathBuf {
    static INSTALL: Mutex<()> = Mutex::new(());
    let _one_at_a_time = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
    let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join(name);
    let marker = venv.join(".pins");
    let wanted = pins.join(" ");
    if std::fs::read_to_string(&marker).is_ok_and(|m| m == wanted) {
        return venv;
    }
    let ok = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .is_ok_and(|s| s.success())
        && Command::new(venv.join("bin/pip"))
            .args(["install", "-q", "--disable-pip-version-check"])
            .args(pins)
            .status()
            .is_ok_and(|s| s.success());
    assert!(ok, "could not install {pins:?} into {}", venv.display());
    std::fs::write(&marker, wanted).unwrap();
    venv
}

/// A free TCP port on 127.0.0.1 (for a server the tests start).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Polls `ready` until it holds (a server's answer, a mail in a folder); fails the test naming
/// `what` after `limit`.
pub fn wait_until(what: &str, limit: Duration, mut ready: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + limit;
    while !ready() {
        assert!(
            std::time::Instant::now() < deadline,
            "{what} did not happen within {limit:?}"
        );
        thread::sleep(Duration::from_millis(20));
    }
}
