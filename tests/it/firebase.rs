//! The firebase provider against the Firebase Auth Emulator (npm `firebase-tools`, installed
//! pinned into `target/firebase-tools` by `ensure_firebase_tools` when missing; one emulator per
//! test run, stopped with it) and, for what the emulator cannot produce (expiry, rate limits,
//! policy errors, a disabled user, API-key errors), a stub server these tests control.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant};

use crate::common::*;
use crate::contract;
use serde_json::{json, Value};

const FIREBASE_TOOLS: &str = "firebase-tools@15.34.2";
const OLD_PW: &str = "old-secret-words-1";
const NEW_PW: &str = "violet orbit staple 42";

fn tools_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/firebase-tools")
}

/// Installs firebase-tools into `target/firebase-tools` when missing. Never skips.
fn ensure_firebase_tools() -> PathBuf {
    let bin = tools_dir().join("node_modules/.bin/firebase");
    let marker = tools_dir().join(".pin");
    if bin.exists() && std::fs::read_to_string(&marker).is_ok_and(|m| m == FIREBASE_TOOLS) {
        return bin;
    }
    std::fs::create_dir_all(tools_dir()).unwrap();
    if !tools_dir().join("package.json").exists() {
        std::fs::write(tools_dir().join("package.json"), "{\"private\":true}\n").unwrap();
    }
    let ok = Command::new("npm")
        .args([
            "install",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--silent",
            FIREBASE_TOOLS,
        ])
        .current_dir(tools_dir())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        ok && bin.exists(),
        "could not install {FIREBASE_TOOLS} with npm into {}",
        tools_dir().display()
    );
    std::fs::write(&marker, FIREBASE_TOOLS).unwrap();
    bin
}

pub(crate) struct Emulator {
    host: String,
    project: String,
    _home: tempfile::TempDir,
}

impl Emulator {
    pub(crate) fn base(&self) -> String {
        format!("http://{}", self.host)
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One Auth Emulator per test run, on free loopback ports, HOME in a temp dir.
pub(crate) fn emulator() -> &'static Emulator {
    static EMU: OnceLock<Emulator> = OnceLock::new();
    EMU.get_or_init(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let bin = ensure_firebase_tools();
        let home = tempfile::tempdir().unwrap();
        let (auth, hub, logging) = (free_port(), free_port(), free_port());
        let config = home.path().join("firebase.json");
        std::fs::write(&config, json!({"emulators": {
            "auth": {"host": "127.0.0.1", "port": auth}, "hub": {"host": "127.0.0.1", "port": hub},
            "logging": {"host": "127.0.0.1", "port": logging}, "ui": {"enabled": false}, "singleProjectMode": true}}).to_string()).unwrap();
        let project = format!("demo-pwreset-{}", std::process::id());
        let mut cmd = Command::new(bin);
        cmd.args(["emulators:start", "--only", "auth", "--project", &project, "--config"]).arg(&config)
            .env("HOME", home.path()).env("CI", "true").current_dir(home.path())
            .stdout(Stdio::null()).stderr(Stdio::null());
        let started = Instant::now();
        spawn_for_test_run(cmd);
        let host = format!("127.0.0.1:{auth}");
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            let ready = reqwest::blocking::get(format!("http://{host}/")).ok().and_then(|r| r.text().ok()).is_some_and(|t| t.contains("\"ready\": true") || t.contains("\"ready\":true"));
            if ready {
                break;
            }
            assert!(Instant::now() < deadline, "the Auth Emulator did not start within 90 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        eprintln!("Firebase Auth Emulator ready in {:.1} s", started.elapsed().as_secs_f64());
        Emulator { host, project, _home: home }
    })
}

/// The privacy test changes project config; the others read under this lock.
fn config_lock() -> &'static RwLock<()> {
    static L: OnceLock<RwLock<()>> = OnceLock::new();
    L.get_or_init(|| RwLock::new(()))
}

fn idp(method: &str, body: Value) -> (u16, Value) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let r = reqwest::blocking::Client::new()
        .post(format!(
            "{}/identitytoolkit.googleapis.com/v1/accounts:{method}?key=fake-key",
            emulator().base()
        ))
        .json(&body)
        .send()
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().unwrap_or(Value::Null))
}

fn unique_email(tag: &str) -> String {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    format!(
        "{tag}-{}-{}@example.com",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    )
}

fn sign_up(email: &str, tenant: Option<&str>) {
    let mut body = json!({"email": email, "password": OLD_PW});
    if let Some(t) = tenant {
        body["tenantId"] = json!(t);
    }
    let (s, v) = idp("signUp", body);
    assert_eq!(s, 200, "{v}");
}

fn sign_in(email: &str, password: &str, tenant: Option<&str>) -> u16 {
    let mut body = json!({"email": email, "password": password, "returnSecureToken": true});
    if let Some(t) = tenant {
        body["tenantId"] = json!(t);
    }
    idp("signInWithPassword", body).0
}

/// The reset email the emulator "sent" to `email`: (code, link). Waits for it.
fn mailbox(email: &str, tenant: Option<&str>) -> (String, String) {
    let e = emulator();
    let path = match tenant {
        Some(t) => format!("/emulator/v1/projects/{}/tenants/{t}/oobCodes", e.project),
        None => format!("/emulator/v1/projects/{}/oobCodes", e.project),
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let v: Value = reqwest::blocking::get(format!("{}{path}", e.base()))
            .unwrap()
            .json()
            .unwrap();
        if let Some(c) = v["oobCodes"].as_array().and_then(|a| {
            a.iter()
                .rev()
                .find(|c| c["email"] == email && c["requestType"] == "PASSWORD_RESET")
        }) {
            return (
                c["oobCode"].as_str().unwrap().to_owned(),
                c["oobLink"].as_str().unwrap().to_owned(),
            );
        }
        assert!(Instant::now() < deadline, "no reset email for {email}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn base_args(email: &str) -> Vec<String> {
    [
        "reset",
        "--provider",
        "firebase",
        "--api-key",
        "fake-key",
        "--user",
        email,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// A scripted reset that reads the mailbox once the email is sent and pastes `pick(code, link)`.
fn scripted(
    email: &str,
    tenant: Option<&str>,
    pick: fn(String, String) -> String,
    extra: &[&str],
) -> Run {
    let home = Home::new();
    let child = start_piped(
        home.cmd(&[])
            .args(base_args(email))
            .args(["--code-stdin", "--password-stdin"])
            .args(extra)
            .env("FIREBASE_AUTH_EMULATOR_HOST", &emulator().host),
    );
    let (code, link) = mailbox(email, tenant);
    feed(child, &format!("{}\n{NEW_PW}\n", pick(code, link)))
}

#[test]
fn scripted_reset_with_the_raw_code() {
    let _r = config_lock().read().unwrap();
    let email = unique_email("raw");
    sign_up(&email, None);
    let run = scripted(&email, None, |code, _| code, &["--output", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr
            .contains(&format!("The code is valid for {email}")),
        "{run:?}"
    );
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["provider"], "firebase");
    assert_eq!(sign_in(&email, NEW_PW, None), 200, "new password works");
    assert_ne!(sign_in(&email, OLD_PW, None), 200, "old password fails");
}

#[test]
fn scripted_reset_with_the_whole_link() {
    let _r = config_lock().read().unwrap();
    let email = unique_email("link");
    sign_up(&email, None);
    let run = scripted(&email, None, |_, link| link, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(sign_in(&email, NEW_PW, None), 200);
    assert_ne!(sign_in(&email, OLD_PW, None), 200);
}

#[test]
fn interactive_reset_pasting_the_link() {
    let _r = config_lock().read().unwrap();
    let email = unique_email("pty");
    sign_up(&email, None);
    let home = Home::new();
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg("stty echo; exec \"$0\" \"$@\"")
        .arg(BIN)
        .args(base_args(&email));
    home.isolate(&mut c);
    c.env("FIREBASE_AUTH_EMULATOR_HOST", &emulator().host);
    let mut s = rexpect::session::spawn_command(c, Some(20_000)).unwrap();
    s.exp_string("a code was sent by email").unwrap();
    s.exp_string("paste the whole link").unwrap();
    s.send_line("not-a-real-code").unwrap();
    s.exp_string("That code is not correct.").unwrap();
    s.exp_string("paste the whole link").unwrap();
    s.send_line("https://x.firebaseapp.com/__/auth/action?mode=verifyEmail&oobCode=A")
        .unwrap();
    s.exp_string("not for resetting a password").unwrap();
    s.exp_string("paste the whole link").unwrap();
    s.send_line(&mailbox(&email, None).1).unwrap();
    s.exp_string(&format!("The code is valid for {email}"))
        .unwrap();
    type_new_password(&mut s, NEW_PW);
    s.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(s).1, 0);
    assert_eq!(sign_in(&email, NEW_PW, None), 200);
}

#[test]
fn tenant_flow() {
    let _r = config_lock().read().unwrap();
    let e = emulator();
    let r = reqwest::blocking::Client::new()
        .post(format!(
            "{}/identitytoolkit.googleapis.com/v2/projects/{}/tenants",
            e.base(),
            e.project
        ))
        .bearer_auth("owner")
        .json(&json!({"displayName": "acme", "allowPasswordSignup": true}))
        .send()
        .unwrap();
    assert!(r.status().is_success(), "{:?}", r.text());
    let tenant = r.json::<Value>().unwrap()["name"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let email = unique_email("tenant");
    sign_up(&email, Some(&tenant));
    let home = Home::new();
    let child = start_piped(
        home.cmd(&[])
            .args(base_args(&email))
            .args(["--tenant-id", &tenant, "--code-stdin", "--password-stdin"])
            .env("FIREBASE_AUTH_EMULATOR_HOST", &e.host),
    );
    let (_, link) = mailbox(&email, Some(&tenant));
    assert!(link.contains(&format!("tenantId={tenant}")), "{link}");
    let run = feed(child, &format!("{link}\n{NEW_PW}\n"));
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(sign_in(&email, NEW_PW, Some(&tenant)), 200);
    assert_ne!(sign_in(&email, OLD_PW, Some(&tenant)), 200);
}

#[test]
fn same_words_for_unknown_emails_with_and_without_improved_privacy() {
    let _w = config_lock().write().unwrap();
    let e = emulator();
    let set_privacy = |on: bool| {
        let r = reqwest::blocking::Client::new()
            .patch(format!(
                "{}/emulator/v1/projects/{}/config",
                e.base(),
                e.project
            ))
            .json(&json!({"emailPrivacyConfig": {"enableImprovedEmailPrivacy": on}}))
            .send()
            .unwrap();
        assert!(r.status().is_success(), "{:?}", r.text());
    };
    let known = unique_email("known");
    sign_up(&known, None);
    let mut outputs = Vec::new();
    for privacy in [false, true] {
        set_privacy(privacy);
        for email in [known.clone(), unique_email("nobody")] {
            let home = Home::new();
            let child = start_piped(
                home.cmd(&[])
                    .args(base_args(&email))
                    .args(["--code-stdin", "--password-stdin"])
                    .env("FIREBASE_AUTH_EMULATOR_HOST", &e.host)
                    // The keyring is shared by this thread's runs: a saved flow from the first
                    // run for `known` would add a (local, service-independent) note to the second.
                    .env("PWRESET_KEYRING", "none"),
            );
            let run = feed(child, &format!("wrong-code\n{NEW_PW}\n"));
            assert_eq!(run.code, 3, "{run:?}");
            outputs.push(run.stderr.replace(&email, "EMAIL"));
        }
    }
    set_privacy(false);
    assert!(
        outputs.iter().all(|o| o == &outputs[0]),
        "outputs differ:\n{}",
        outputs.join("\n---\n")
    );
}

#[test]
fn unlock_methods_policy_statements() {
    let home = Home::new();
    let args = [
        "--provider",
        "firebase",
        "--api-key",
        "fake-key",
        "--user",
        "a@example.com",
    ];
    let out = home
        .cmd(&["unlock"])
        .args(args)
        .env("FIREBASE_AUTH_EMULATOR_HOST", &emulator().host)
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("no self-service unlock"), "{run:?}");
    let out = home
        .cmd(&["methods"])
        .args(args)
        .env("FIREBASE_AUTH_EMULATOR_HOST", &emulator().host)
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("by email only"), "{run:?}");
    // The emulator publishes no policy (501): the local rules are shown, and said to be local.
    let out = home
        .cmd(&["policy"])
        .args(args)
        .env("FIREBASE_AUTH_EMULATOR_HOST", &emulator().host)
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("checks locally") && run.stdout.contains("8 to 4096"),
        "{run:?}"
    );
}

// ------------------------------------------------------------------ the stub

type Reply = Box<dyn Fn(&str, &Value, usize) -> (u16, String) + Send + Sync>;
/// (path, body) of every request the stub saw.
type Requests = Arc<Mutex<Vec<(String, Value)>>>;

/// A stand-in for Identity Toolkit; `reply(path, body, n)` answers the n-th call to that path.
/// It records every request and fails the test if a `newPassword` is ever empty.
fn stub(reply: Reply) -> (String, Requests) {
    let server = tiny_http::Server::http(format!("{}:0", fresh_loopback())).unwrap();
    let url = format!(
        "http://{}/identitytoolkit.googleapis.com",
        server.server_addr().to_ip().unwrap()
    );
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    std::thread::spawn(move || {
        for mut req in server.incoming_requests() {
            let path = req
                .url()
                .split('?')
                .next()
                .unwrap_or("")
                .rsplit('/')
                .next()
                .unwrap_or("")
                .to_owned();
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(req.as_reader(), &mut text);
            let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            let n = log
                .lock()
                .unwrap()
                .iter()
                .filter(|(p, _): &&(String, Value)| *p == path)
                .count();
            log.lock().unwrap().push((path.clone(), body.clone()));
            let (status, text) = reply(&path, &body, n);
            let ct = if text.starts_with('<') {
                "text/html"
            } else {
                "application/json"
            };
            let resp = tiny_http::Response::from_string(text)
                .with_status_code(status)
                .with_header(tiny_http::Header::from_bytes("Content-Type", ct).unwrap());
            let _ = req.respond(resp);
        }
    });
    (url, seen)
}

fn google_error(status: u16, message: &str) -> (u16, String) {
    (
        status,
        json!({"error": {"code": status, "message": message, "errors": [{"message": message}]}})
            .to_string(),
    )
}

fn ok_check(body: &Value) -> (u16, String) {
    assert!(
        body.get("newPassword")
            .is_none_or(|p| p.as_str().is_some_and(|p| !p.is_empty())),
        "an empty newPassword was sent"
    );
    (
        200,
        json!({"email": "gina@example.com", "requestType": "PASSWORD_RESET"}).to_string(),
    )
}

fn run_stub(url: &str, stdin: &str, extra: &[&str]) -> Run {
    let home = Home::new();
    let child = start_piped(
        home.cmd(&[])
            .args(base_args("gina@example.com"))
            .args(["--endpoint-url", url, "--code-stdin", "--password-stdin"])
            .args(extra),
    );
    feed(child, stdin)
}

#[test]
fn stub_errors_map_to_their_exit_codes() {
    let cases: &[(&str, u16, &str, i32, &str)] = &[
        // (failing call, status, message, exit code, words)
        ("accounts:resetPassword#check", 400, "EXPIRED_OOB_CODE", 3, "expired"),
        ("accounts:resetPassword#check", 400, "INVALID_OOB_CODE", 3, "not valid"),
        ("accounts:resetPassword#set", 400, "WEAK_PASSWORD : Password should be at least 6 characters", 4, "at least 6 characters"),
        ("accounts:resetPassword#set", 400, "PASSWORD_DOES_NOT_MEET_REQUIREMENTS : Missing password requirements: [MISSING_UPPERCASE_CHARACTER, MISSING_NON_ALPHANUMERIC_CHARACTER]", 4, "has no upper-case character"),
        ("accounts:sendOobCode", 400, "TOO_MANY_ATTEMPTS_TRY_LATER", 5, "too many attempts"),
        ("accounts:resetPassword#set", 400, "RESET_PASSWORD_EXCEED_LIMIT", 5, "too many attempts"),
        ("accounts:sendOobCode", 400, "USER_DISABLED : The user account has been disabled by an administrator.", 3, "disabled by its administrators"),
        ("accounts:sendOobCode", 400, "API key not valid. Please pass a valid API key.", 2, "--api-key"),
        ("accounts:sendOobCode", 403, "The request is missing a valid API key.", 2, "--api-key"),
    ];
    for (call, status, message, code, words) in cases {
        let (call, status, owned) = (call.to_string(), *status, message.to_string());
        let (url, _) = stub(Box::new(move |path, body, _| {
            let which = match path {
                "accounts:resetPassword" if body.get("newPassword").is_some() => {
                    "accounts:resetPassword#set"
                }
                "accounts:resetPassword" => "accounts:resetPassword#check",
                other => other,
            };
            if which == call {
                return google_error(status, &owned);
            }
            match path {
                "accounts:sendOobCode" => (200, json!({"email": "gina@example.com"}).to_string()),
                "passwordPolicy" => (501, "{}".into()),
                _ => ok_check(body),
            }
        }));
        let run = run_stub(&url, &format!("CODE123\n{NEW_PW}\n"), &["--output", "json"]);
        assert_eq!(run.code, *code, "{message}: {run:?}");
        assert!(
            run.stderr.contains(words),
            "{message}: expected {words:?} in {run:?}"
        );
    }
}

#[test]
fn stub_html_and_server_errors_are_exit_6() {
    let (url, _) = stub(Box::new(|_, _, _| (502, "<html>Bad Gateway</html>".into())));
    let run = run_stub(&url, &format!("C\n{NEW_PW}\n"), &[]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("HTTP 502"), "{run:?}");
}

#[test]
fn stub_published_policy_is_checked_locally_and_no_empty_password_is_sent() {
    let (url, seen) = stub(Box::new(|path, body, _| {
        match path {
        "accounts:sendOobCode" => (200, "{}".into()),
        "passwordPolicy" => (200, json!({"customStrengthOptions": {"minPasswordLength": 10, "maxPasswordLength": 64,
            "containsUppercaseCharacter": true, "containsNumericCharacter": true}, "enforcementState": "ENFORCE"}).to_string()),
        _ => ok_check(body),
    }
    }));
    // Lacks an upper-case character: refused locally, nothing set.
    let run = run_stub(&url, &format!("CODE\n{NEW_PW}\n"), &["--output", "json"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stdout.contains("require_uppercase"), "{run:?}");
    assert!(seen
        .lock()
        .unwrap()
        .iter()
        .all(|(p, b)| !(p == "accounts:resetPassword" && b.get("newPassword").is_some())));
    let run = run_stub(&url, "CODE\nViolet orbit staple 42\n", &[]);
    assert_eq!(run.code, 0, "{run:?}");
    let seen = seen.lock().unwrap();
    let sets: Vec<&Value> = seen
        .iter()
        .filter(|(p, b)| p == "accounts:resetPassword" && b.get("newPassword").is_some())
        .map(|(_, b)| b)
        .collect();
    assert_eq!(sets.len(), 1);
    assert_eq!(sets[0]["newPassword"], "Violet orbit staple 42");
    assert_eq!(sets[0]["oobCode"], "CODE");
}

#[test]
fn stub_link_of_another_mode_is_refused() {
    let (url, seen) = stub(Box::new(|path, body, _| match path {
        "accounts:sendOobCode" => (200, "{}".into()),
        _ => ok_check(body),
    }));
    let run = run_stub(&url, &format!("https://x.firebaseapp.com/__/auth/action?mode=verifyEmail&oobCode=AAA&apiKey=k\n{NEW_PW}\n"), &[]);
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stderr
            .contains("\"verifyEmail\", not for resetting a password"),
        "{run:?}"
    );
    assert!(
        seen.lock()
            .unwrap()
            .iter()
            .all(|(p, _)| p != "accounts:resetPassword"),
        "a wrong link reached the service"
    );
}

#[test]
fn lost_answer_keeps_the_generated_password_and_resume_settles_what_it_can() {
    let _r = config_lock().read().unwrap();
    let email = unique_email("lost");
    sign_up(&email, None);
    // The emulator sets the password; the proxy then drops the connection before the answer.
    let proxy = FaultProxy::start(&emulator().base(), "newPassword", 1);
    let home = Home::new();
    let out_file = home.path().join("new.pw");
    let mut args = base_args(&email);
    args.extend(
        [
            "--code-stdin",
            "--generate",
            "--password-out",
            out_file.to_str().unwrap(),
            "--output",
            "json",
        ]
        .map(String::from),
    );
    let emulator_host = proxy.url.trim_start_matches("http://").to_owned();
    let child = start_piped(
        home.cmd(&[])
            .args(&args)
            .env("FIREBASE_AUTH_EMULATOR_HOST", &emulator_host),
    );
    let (code, _) = mailbox(&email, None);
    let run = feed(child, &format!("{code}\n"));
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stdout.contains("may or may not be set"), "{run:?}");
    let pending_file = home.path().join("new.pw.pending");
    let pending = std::fs::read_to_string(&pending_file).unwrap();
    assert_eq!(sign_in(&email, pending.trim(), None), 200, "it was set");

    // --resume needs no code from stdin: the code is kept with the flow.
    let run = Run::from(
        home.cmd(&[])
            .args(&args)
            .arg("--resume")
            .env("FIREBASE_AUTH_EMULATOR_HOST", &emulator_host)
            .stdin(Stdio::null())
            .output()
            .unwrap(),
    );
    // The emulator spends an oobCode when it sets the password, as Firebase does.
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stdout.contains("used up or expired"), "{run:?}");
    assert_eq!(std::fs::read_to_string(&pending_file).unwrap(), pending);
    assert!(!out_file.exists(), "not confirmed: pwreset cannot know");

    // A new run leaves the pending password alone unless told to replace it.
    let run = Run::from(
        home.cmd(&[])
            .args(&args)
            .env("FIREBASE_AUTH_EMULATOR_HOST", &emulator().host)
            .stdin(Stdio::null())
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.contains("holds a pending password"), "{run:?}");
    let child = start_piped(
        home.cmd(&[])
            .args(&args)
            .arg("--force-overwrite")
            .env("FIREBASE_AUTH_EMULATOR_HOST", &emulator().host),
    );
    let (code, _) = mailbox(&email, None);
    let run = feed(child, &format!("{code}\n"));
    assert_eq!(run.code, 0, "{run:?}");
    let newest = std::fs::read_to_string(&out_file).unwrap();
    assert_ne!(newest, pending);
    assert!(!pending_file.exists());
    assert_eq!(sign_in(&email, newest.trim(), None), 200);
}

/// The provider contract against the Firebase Auth Emulator: an account per scenario, the code
/// read from the emulator's outbox (the person's mailbox).
struct EmulatorTarget {
    email: String,
    _reading: std::sync::RwLockReadGuard<'static, ()>,
}

impl contract::Target for EmulatorTarget {
    fn provider(&self, base: &str) -> Box<dyn pwreset::provider::Provider> {
        Box::new(pwreset::provider::firebase::FirebaseProvider::new(
            contract::api(&format!("{base}/identitytoolkit.googleapis.com")),
            "fake-key".into(),
            None,
            pwreset::policy::Policy::new(8, 4096, 0, false),
        ))
    }
    fn base(&self) -> String {
        emulator().base()
    }
    fn account(&self) -> (String, String) {
        (self.email.clone(), OLD_PW.into())
    }
    fn unknown_user(&self) -> String {
        unique_email("nobody")
    }
    fn latest_code(&self, user: &str) -> String {
        mailbox(user, None).0
    }
    fn signs_in(&self, user: &str, password: &str) -> bool {
        sign_in(user, password, None) == 200
    }
    fn set_password_request(&self) -> &'static str {
        "newPassword"
    }
    fn refused_password(&self) -> Result<&'static str, &'static str> {
        Err("the emulator refuses only passwords under 6 characters, which pwreset's local rules refuse first; the stub tests cover WEAK_PASSWORD")
    }
    fn expire_flows(&self) -> Result<(), &'static str> {
        Err("Firebase has no flow: the code alone authorises the change")
    }
    fn limits_starts(&self) -> Result<(), &'static str> {
        Err("the emulator does not rate-limit; the stub tests cover TOO_MANY_ATTEMPTS_TRY_LATER")
    }
    fn expire_codes(&self) -> Result<(), &'static str> {
        Err("the emulator does not expire codes; the stub tests cover EXPIRED_OOB_CODE")
    }
}

fn emulator_target() -> EmulatorTarget {
    let reading = config_lock().read().unwrap();
    let email = unique_email("contract");
    sign_up(&email, None);
    EmulatorTarget {
        email,
        _reading: reading,
    }
}

contract_suite!(contract_emulator, emulator_target);

/// A stateful stand-in for the Identity Toolkit API, for what the emulator does not do: expire
/// codes, enforce a password policy, spend a code once, and rate-limit. It follows the REST
/// reference: accounts.sendOobCode
/// (https://cloud.google.com/identity-platform/docs/reference/rest/v1/accounts/sendOobCode) and
/// accounts.resetPassword
/// (https://cloud.google.com/identity-platform/docs/reference/rest/v1/accounts/resetPassword):
/// errors as `{"error": {"code", "message": "CODE : detail"}}`.
struct FirebaseStubTarget {
    stub: Stub,
    state: Arc<Mutex<contract::StubAccount>>,
}

const STUB_EMAIL: &str = "hana@example.com";

fn toolkit_error(message: &str) -> crate::common::Reply {
    crate::common::Reply::json(400, json!({"error": {"code": 400, "message": message}}))
}

fn firebase_stub_target() -> FirebaseStubTarget {
    let state = contract::StubAccount::shared(OLD_PW);
    let shared = Arc::clone(&state);
    let stub = Stub::start(move |seen, _| {
        let body: Value = serde_json::from_str(&seen.body).unwrap_or_default();
        let path = seen.path.split('?').next().unwrap_or("").to_owned();
        let mut s = shared.lock().unwrap();
        if path.ends_with("/passwordPolicy") {
            return crate::common::Reply::json(
                404,
                json!({"error": {"code": 404, "message": "CONFIGURATION_NOT_FOUND"}}),
            );
        }
        if path.ends_with("accounts:sendOobCode") {
            if body["email"] != STUB_EMAIL {
                return toolkit_error("EMAIL_NOT_FOUND");
            }
            if s.sent >= 5 {
                return toolkit_error("TOO_MANY_ATTEMPTS_TRY_LATER");
            }
            let code = format!("oob-{}-Xy7", s.sent + 1);
            s.send(code);
            return crate::common::Reply::json(
                200,
                json!({"kind": "identitytoolkit#GetOobConfirmationCodeResponse", "email": STUB_EMAIL}),
            );
        }
        if path.ends_with("accounts:resetPassword") {
            let given = body["oobCode"].as_str().unwrap_or("");
            match s.code.clone() {
                Some((code, _)) if code != given => return toolkit_error("INVALID_OOB_CODE"),
                None => return toolkit_error("INVALID_OOB_CODE"),
                Some((_, true)) => return toolkit_error("EXPIRED_OOB_CODE"),
                Some(_) => {}
            }
            let Some(new) = body["newPassword"].as_str() else {
                return crate::common::Reply::json(
                    200,
                    json!({"email": STUB_EMAIL, "requestType": "PASSWORD_RESET"}),
                );
            };
            if !new.chars().any(|c| c.is_ascii_digit()) {
                return toolkit_error("PASSWORD_DOES_NOT_MEET_REQUIREMENTS : Missing password requirements: [MISSING_NUMERIC_CHARACTER]");
            }
            s.reset(new);
            return crate::common::Reply::json(
                200,
                json!({"email": STUB_EMAIL, "requestType": "PASSWORD_RESET"}),
            );
        }
        crate::common::Reply::json(404, json!({"error": {"code": 404, "message": "NOT_FOUND"}}))
    });
    FirebaseStubTarget { stub, state }
}

impl contract::Target for FirebaseStubTarget {
    fn provider(&self, base: &str) -> Box<dyn pwreset::provider::Provider> {
        Box::new(pwreset::provider::firebase::FirebaseProvider::new(
            contract::api(base),
            "fake-key".into(),
            None,
            pwreset::policy::Policy::new(8, 4096, 0, false),
        ))
    }
    fn base(&self) -> String {
        self.stub.url.clone()
    }
    fn account(&self) -> (String, String) {
        (STUB_EMAIL.into(), OLD_PW.into())
    }
    fn unknown_user(&self) -> String {
        "nobody@example.com".into()
    }
    fn latest_code(&self, _user: &str) -> String {
        self.state.lock().unwrap().latest_code()
    }
    fn wrong_code(&self) -> String {
        "oob-wrong-Xy7".into()
    }
    fn signs_in(&self, _user: &str, password: &str) -> bool {
        self.state.lock().unwrap().password == password
    }
    fn set_password_request(&self) -> &'static str {
        "newPassword"
    }
    fn refused_password(&self) -> Result<&'static str, &'static str> {
        Ok("kite river without digits")
    }
    fn expire_flows(&self) -> Result<(), &'static str> {
        Err("Firebase has no flow: the code alone authorises the change")
    }
    fn limits_starts(&self) -> Result<(), &'static str> {
        Ok(())
    }
    fn expire_codes(&self) -> Result<(), &'static str> {
        self.state.lock().unwrap().expire_code();
        Ok(())
    }
}

contract_suite!(contract_firebase_stub, firebase_stub_target);
