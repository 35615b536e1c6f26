//! The better-auth provider against a real Better Auth (the small Node program in
//! `tests/better_auth_server/`, with better-auth and better-sqlite3 pinned by its
//! package-lock.json and installed with `npm ci` into `target/better-auth` when missing). Three
//! servers per test run, each started on first use and stopped with the run: one with the
//! email-OTP plugin, one with only the core reset by link, and one with Better Auth's rate
//! limits on (they count per client address, and every test connects from 127.0.0.1). Mail is
//! an outbox of JSON lines; the program's one test-only route expires an address's codes and
//! tokens. Every reset is proven by signing in: the new password works, the old one fails.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::common::*;
use crate::contract;
use serde_json::{json, Value};

const OLD_PW: &str = "old alpine meadow 7";
const NEW_PW: &str = "violet orbit staple 42";
/// Passes pwreset's local rules (8 or more), not the app's (10 or more).
const SHORT_PW: &str = "Tz9!kq2m";

fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/better_auth_server")
}

fn install_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/better-auth")
}

/// `npm ci` of the pinned lock file into `target/better-auth`, when it is not there or the
/// lock changed. Never skips.
fn ensure_installed() -> PathBuf {
    static INSTALL: Mutex<()> = Mutex::new(());
    let _one = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = install_dir();
    let lock = std::fs::read_to_string(project().join("package-lock.json")).unwrap();
    let marker = dir.join(".installed-lock");
    if std::fs::read_to_string(&marker).is_ok_and(|m| m == lock)
        && dir.join("node_modules/better-auth").exists()
    {
        return dir;
    }
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["package.json", "package-lock.json"] {
        std::fs::copy(project().join(f), dir.join(f)).unwrap();
    }
    let ok = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--silent"])
        .current_dir(&dir)
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        ok,
        "could not install the Better Auth test server with npm into {}",
        dir.display()
    );
    std::fs::write(&marker, lock).unwrap();
    dir
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Otp,
    Link,
    RateLimited,
}

pub(crate) struct BetterAuth {
    pub(crate) url: String,
    outbox: PathBuf,
    _dir: tempfile::TempDir,
}

fn start(kind: Kind) -> BetterAuth {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let started = Instant::now();
    let installed = ensure_installed();
    // Beside node_modules, so that its imports resolve.
    let script = installed.join("server.mjs");
    std::fs::copy(project().join("server.mjs"), &script).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox.jsonl");
    let port = free_port();
    let mut node = Command::new("node");
    node.arg(&script)
        .env("BA_PORT", port.to_string())
        .env("BA_DB", dir.path().join("auth.sqlite"))
        .env("BA_OUTBOX", &outbox)
        .env("BA_MODE", if kind == Kind::Link { "link" } else { "otp" })
        .env(
            "BA_RATE_LIMIT",
            if kind == Kind::RateLimited { "1" } else { "0" },
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    spawn_for_test_run(node);
    let url = format!("http://127.0.0.1:{port}/api/auth");
    wait_until("Better Auth's /ok", Duration::from_secs(60), || {
        reqwest::blocking::get(format!("{url}/ok")).is_ok_and(|r| r.status().is_success())
    });
    eprintln!(
        "Better Auth ({kind:?}) ready in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    BetterAuth {
        url,
        outbox,
        _dir: dir,
    }
}

/// The server with the email-OTP plugin.
pub(crate) fn otp_server() -> &'static BetterAuth {
    server(Kind::Otp)
}

fn server(kind: Kind) -> &'static BetterAuth {
    static OTP: OnceLock<BetterAuth> = OnceLock::new();
    static LINK: OnceLock<BetterAuth> = OnceLock::new();
    static LIMITED: OnceLock<BetterAuth> = OnceLock::new();
    let cell = match kind {
        Kind::Otp => &OTP,
        Kind::Link => &LINK,
        Kind::RateLimited => &LIMITED,
    };
    cell.get_or_init(|| start(kind))
}

impl BetterAuth {
    fn post(&self, path: &str, body: Value) -> (u16, Value) {
        let r = reqwest::blocking::Client::new()
            .post(format!("{}/{path}", self.url))
            .json(&body)
            .send()
            .unwrap();
        let status = r.status().as_u16();
        (status, r.json().unwrap_or(Value::Null))
    }

    fn account(&self, tag: &str) -> String {
        static N: AtomicUsize = AtomicUsize::new(0);
        let email = format!(
            "{tag}-{}-{}@example.test",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let (status, v) = self.post(
            "sign-up/email",
            json!({"email": email, "password": OLD_PW, "name": tag}),
        );
        assert_eq!(status, 200, "{v}");
        email
    }

    fn signs_in(&self, email: &str, password: &str) -> bool {
        self.post(
            "sign-in/email",
            json!({"email": email, "password": password}),
        )
        .0 == 200
    }

    /// What was "mailed" to `email`, oldest first: the code, or the link.
    fn mails(&self, email: &str) -> Vec<String> {
        std::fs::read_to_string(&self.outbox)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|v| v["email"] == email)
            .filter_map(|v| v["otp"].as_str().or(v["url"].as_str()).map(str::to_owned))
            .collect()
    }

    fn latest(&self, email: &str) -> String {
        self.mails(email)
            .pop()
            .unwrap_or_else(|| panic!("nothing mailed to {email}"))
    }

    fn age(&self, email: &str) {
        let site = self.url.trim_end_matches("/api/auth");
        let r = reqwest::blocking::Client::new()
            .post(format!("{site}/test/age?email={email}"))
            .send()
            .unwrap();
        let v: Value = r.json().unwrap();
        assert!(v["aged"].as_u64().unwrap() >= 1, "{v}");
    }
}

fn args(ba: &BetterAuth, email: &str) -> Vec<String> {
    [
        "reset",
        "--provider",
        "better-auth",
        "--url",
        &ba.url,
        "--user",
        email,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// A scripted reset at `url` (the server's own when `None`) that pastes the latest mail.
fn scripted(ba: &BetterAuth, email: &str, url: Option<&str>, extra: &[&str]) -> Run {
    let home = Home::new();
    let before = ba.mails(email).len();
    let url = url.unwrap_or(&ba.url);
    let child = start_piped(
        home.cmd(&[])
            .args([
                "reset",
                "--provider",
                "better-auth",
                "--url",
                url,
                "--user",
                email,
            ])
            .args(["--code-stdin", "--password-stdin"])
            .args(extra),
    );
    wait_until("the reset mail", Duration::from_secs(15), || {
        ba.mails(email).len() > before
    });
    feed(child, &format!("{}\n{NEW_PW}\n", ba.latest(email)))
}

#[test]
fn scripted_reset_by_emailed_code() {
    let ba = server(Kind::Otp);
    let email = ba.account("otp");
    let run = scripted(ba, &email, None, &["--output", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["provider"], "better-auth");
    assert!(ba.signs_in(&email, NEW_PW), "the new password fails");
    assert!(!ba.signs_in(&email, OLD_PW), "the old password works");
}

#[test]
fn scripted_reset_by_pasted_link_with_the_site_as_url() {
    let ba = server(Kind::Link);
    let email = ba.account("link");
    // The site alone: Better Auth's default base path is added.
    let site = ba.url.trim_end_matches("/api/auth").to_owned();
    let run = scripted(ba, &email, Some(&site), &[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(ba.signs_in(&email, NEW_PW));
    assert!(!ba.signs_in(&email, OLD_PW));
    // The used link again: not valid (exit 3), and nothing changes.
    let used = ba.latest(&email);
    let home = Home::new();
    let child = start_piped(
        home.cmd(&[])
            .args(args(ba, &email))
            .args(["--code-stdin", "--password-stdin"]),
    );
    wait_until("the second mail", Duration::from_secs(15), || {
        ba.mails(&email).len() >= 2
    });
    let run = feed(child, &format!("{used}\nanother strong phrase 9\n"));
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stderr.contains("the reset link is not valid"),
        "{run:?}"
    );
    assert!(ba.signs_in(&email, NEW_PW));
}

#[test]
fn interactive_three_wrong_codes_need_a_new_one_then_a_refused_password() {
    let ba = server(Kind::Otp);
    let email = ba.account("pty");
    let home = Home::new();
    let a = args(ba, &email);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let mut s = pty(&home, &a);
    for _ in 0..3 {
        s.exp_string(&format!("Enter the code for {email}"))
            .unwrap();
        s.send_line("000000").unwrap();
        s.exp_string("That code is not correct.").unwrap();
    }
    // Better Auth now refuses even the right code: pwreset offers a new one.
    s.exp_string(&format!("Enter the code for {email}"))
        .unwrap();
    let first = ba.latest(&email);
    s.send_line(&first).unwrap();
    s.exp_string("can no longer be used").unwrap();
    s.exp_string("[Y/n]").unwrap();
    s.send_line("y").unwrap();
    s.exp_string(&format!("Enter the code for {email}"))
        .unwrap();
    let second = ba.latest(&email);
    assert_ne!(first, second, "no new code was sent");
    s.send_line(&second).unwrap();
    s.exp_string("New password (typing is hidden)").unwrap();
    s.send_line(SHORT_PW).unwrap();
    s.exp_string("Use it anyway? [y/N]").unwrap();
    s.send_line("y").unwrap();
    s.exp_string("Repeat the new password").unwrap();
    s.send_line(SHORT_PW).unwrap();
    s.exp_string("Password too short").unwrap();
    type_new_password(&mut s, NEW_PW);
    s.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(s).1, 0);
    assert!(ba.signs_in(&email, NEW_PW));
    assert!(!ba.signs_in(&email, OLD_PW));
}

#[test]
fn unlock_methods_policy_and_a_service_that_is_not_better_auth() {
    let ba = server(Kind::Otp);
    let home = Home::new();
    let base = [
        "--provider",
        "better-auth",
        "--url",
        &ba.url,
        "--user",
        "a@example.test",
    ];
    let run = home.run(&[&["unlock"], &base[..]].concat());
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("Better Auth has no self-service unlock"),
        "{run:?}"
    );
    let run = home.run(&[&["methods"], &base[..]].concat());
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("recovers by email only"), "{run:?}");
    let run = home.run(&[&["policy", "--output", "json"], &base[..]].concat());
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(
        (v["min_length"].as_u64(), v["max_length"].as_u64()),
        (Some(8), Some(128))
    );
    let other = DevServer::start(&[]);
    let run = home.run(&[
        "reset",
        "--provider",
        "better-auth",
        "--url",
        &other.url,
        "--user",
        "a@example.test",
        "--code-stdin",
        "--password-stdin",
    ]);
    assert_eq!(run.code, 6, "{run:?}");
}

// ------------------------------------------------------------------ the contract suite

struct BetterAuthTarget {
    kind: std::cell::Cell<Kind>,
    /// The account whose code was read last: the one the scenario is about.
    last_user: std::cell::RefCell<Option<String>>,
}

impl BetterAuthTarget {
    fn server(&self) -> &'static BetterAuth {
        server(self.kind.get())
    }
}

impl contract::Target for BetterAuthTarget {
    fn provider(&self, base: &str) -> Box<dyn pwreset::provider::Provider> {
        Box::new(pwreset::provider::better_auth::BetterAuthProvider::new(
            contract::api(base),
        ))
    }
    fn base(&self) -> String {
        self.server().url.clone()
    }
    fn account(&self) -> (String, String) {
        (self.server().account("contract"), OLD_PW.into())
    }
    fn unknown_user(&self) -> String {
        "nobody-at-all@example.test".into()
    }
    fn latest_code(&self, user: &str) -> String {
        *self.last_user.borrow_mut() = Some(user.to_owned());
        self.server().latest(user)
    }
    fn signs_in(&self, user: &str, password: &str) -> bool {
        self.server().signs_in(user, password)
    }
    fn set_password_request(&self) -> &'static str {
        "email-otp/reset-password"
    }
    fn refused_password(&self) -> Result<&'static str, &'static str> {
        Ok(SHORT_PW)
    }
    fn expire_codes(&self) -> Result<(), &'static str> {
        let user = self.last_user.borrow().clone().expect("no code was read");
        self.server().age(&user);
        Ok(())
    }
    fn expire_flows(&self) -> Result<(), &'static str> {
        Err("Better Auth keeps no flow: the code (or the link) alone carries the reset")
    }
    fn limits_starts(&self) -> Result<(), &'static str> {
        self.kind.set(Kind::RateLimited);
        Ok(())
    }
}

fn better_auth_target() -> BetterAuthTarget {
    BetterAuthTarget {
        kind: std::cell::Cell::new(Kind::Otp),
        last_user: std::cell::RefCell::new(None),
    }
}

contract_suite!(contract_better_auth, better_auth_target);

#[test]
fn a_rate_limit_says_how_long_to_wait() {
    let ba = server(Kind::RateLimited);
    let email = ba.account("limited");
    let home = Home::new();
    // Better Auth lets 3 code requests a minute through, then answers 429 with x-retry-after.
    let run = (0..10)
        .map(|_| {
            home.run(&[
                "reset",
                "--provider",
                "better-auth",
                "--url",
                &ba.url,
                "--user",
                &email,
                "--code-stdin",
                "--password-stdin",
                "--output",
                "json",
            ])
        })
        .find(|r| r.code == 5)
        .expect("never rate-limited");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["error"]["kind"], "rate_limited", "{v}");
    let wait = v["error"]["retry_after_s"].as_u64().expect("the wait");
    assert!((1..=60).contains(&wait), "{v}");
}
