//! The allauth provider against a real django-allauth (the small Django project in
//! `tests/allauth_server/`, with Django and django-allauth pinned from PyPI and installed into
//! `target/allauth-venv` when missing; SQLite and the file email backend in a temp dir). Two
//! servers per test run, each started on first use and stopped with the run: one resets by
//! code (allauth's 8-character codes), one by link. The project's one test-only URL ages the
//! pending reset flows (what waiting out allauth's 3-minute timeout would do). Every reset is
//! proven by signing in: the new password works, the old one fails.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime};

use crate::common::*;
use crate::contract;
use serde_json::{json, Value};

const PINS: &[&str] = &[
    "Django==5.2.19",
    "django-allauth[headless]==65.21.1",
    "asgiref==3.13.0",
    "sqlparse==0.6.1",
    "PyJWT==2.15.1",
    "cryptography==50.0.2",
    "cffi==2.1.1",
    "pycparser==3.12",
];
const OLD_PW: &str = "old alpine meadow 7";
const NEW_PW: &str = "violet orbit staple 42";
/// Passes pwreset's local rules (8 or more), not the site's (10 or more).
const SHORT_PW: &str = "Tz9!kq2m";

pub(crate) struct Allauth {
    pub(crate) url: String,
    data: PathBuf,
    _dir: tempfile::TempDir,
}

fn start(links: bool) -> Allauth {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let started = Instant::now();
    let venv = ensure_venv("allauth-venv", PINS);
    let project = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/allauth_server");
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_owned();
    let django = |args: &[&str]| {
        let mut c = Command::new(venv.join("bin/python"));
        c.arg("manage.py")
            .args(args)
            .current_dir(&project)
            .env("PWRESET_TEST_ALLAUTH_DIR", &data)
            .env("PWRESET_TEST_ALLAUTH_LINKS", if links { "1" } else { "0" })
            .env("PYTHONDONTWRITEBYTECODE", "1");
        c
    };
    let migrate = django(&["migrate", "-v0"]).output().unwrap();
    assert!(migrate.status.success(), "{migrate:?}");
    let port = free_port();
    let mut serve = django(&["runserver", &format!("127.0.0.1:{port}"), "--noreload"]);
    serve.stdout(Stdio::null()).stderr(Stdio::null());
    spawn_for_test_run(serve);
    let url = format!("http://127.0.0.1:{port}");
    wait_until("allauth's /config", Duration::from_secs(60), || {
        reqwest::blocking::get(format!("{url}/_allauth/app/v1/config"))
            .is_ok_and(|r| r.status().is_success())
    });
    eprintln!(
        "django-allauth ({}) ready in {:.1} s",
        if links { "links" } else { "codes" },
        started.elapsed().as_secs_f64()
    );
    Allauth {
        url,
        data,
        _dir: dir,
    }
}

/// The site that resets by code.
pub(crate) fn by_code() -> &'static Allauth {
    static SITE: OnceLock<Allauth> = OnceLock::new();
    SITE.get_or_init(|| start(false))
}

/// The site that resets by link.
fn by_link() -> &'static Allauth {
    static SITE: OnceLock<Allauth> = OnceLock::new();
    SITE.get_or_init(|| start(true))
}

impl Allauth {
    fn api(&self, path: &str, body: Value) -> (u16, Value) {
        let r = reqwest::blocking::Client::new()
            .post(format!("{}/_allauth/app/v1/{path}", self.url))
            .json(&body)
            .send()
            .unwrap();
        let status = r.status().as_u16();
        (status, r.json().unwrap_or(Value::Null))
    }

    /// A new account (signed up through the API), with `OLD_PW`.
    pub(crate) fn account(&self, tag: &str) -> String {
        static N: AtomicUsize = AtomicUsize::new(0);
        let email = format!(
            "{tag}-{}-{}@example.test",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let (status, v) = self.api("auth/signup", json!({"email": email, "password": OLD_PW}));
        assert_eq!(status, 200, "{v}");
        email
    }

    pub(crate) fn signs_in(&self, email: &str, password: &str) -> bool {
        self.api("auth/login", json!({"email": email, "password": password}))
            .0
            == 200
    }

    /// The mails sent to `email` (Django writes them before it answers), oldest first.
    pub(crate) fn mails(&self, email: &str) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.data.join("emails")) else {
            return Vec::new();
        };
        let mut files: Vec<(SystemTime, PathBuf)> = entries
            .filter_map(|e| e.ok())
            .map(|e| (e.metadata().unwrap().modified().unwrap(), e.path()))
            .collect();
        files.sort();
        let separator = "-".repeat(79);
        files
            .iter()
            .flat_map(|(_, p)| {
                std::fs::read_to_string(p)
                    .unwrap_or_default()
                    .split(&separator)
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .filter(|m| m.lines().any(|l| l == format!("To: {email}")))
            .collect()
    }

    /// The code (or the link) of the latest reset mail to `email`.
    pub(crate) fn latest(&self, email: &str) -> String {
        let mails = self.mails(email);
        let mail = mails
            .iter()
            .rev()
            .find(|m| m.contains("Subject: [idp] Password Reset"))
            .unwrap_or_else(|| panic!("no reset mail to {email}"));
        mail.lines()
            .map(str::trim)
            .find(|l| {
                l.contains("/password/reset/key/")
                    || (l.len() == 9
                        && l.chars().enumerate().all(|(i, c)| {
                            if i == 4 {
                                c == '-'
                            } else {
                                c.is_ascii_uppercase()
                            }
                        }))
            })
            .map(|l| l[l.find("http").unwrap_or(0)..].to_owned())
            .unwrap_or_else(|| panic!("no code or link in {mail}"))
    }

    /// Ages `email`'s pending flows; how many there were.
    fn age_flows(&self, email: &str) -> u64 {
        let r = reqwest::blocking::Client::new()
            .post(format!(
                "{}/_test/age-reset-flows?email={}",
                self.url,
                email.replace('+', "%2B")
            ))
            .send()
            .unwrap();
        let v: Value = r.json().unwrap();
        v["aged"].as_u64().unwrap()
    }
}

fn args(site: &Allauth, email: &str) -> Vec<String> {
    [
        "reset",
        "--provider",
        "allauth",
        "--url",
        &site.url,
        "--user",
        email,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Starts a scripted reset, waits for its mail, and pastes `pick(code or link)` then `NEW_PW`.
fn scripted(site: &Allauth, email: &str, pick: fn(&str) -> String, extra: &[&str]) -> Run {
    let home = Home::new();
    let before = site.mails(email).len();
    let child = start_piped(
        home.cmd(&[])
            .args(args(site, email))
            .args(["--code-stdin", "--password-stdin"])
            .args(extra),
    );
    wait_until("the reset mail", Duration::from_secs(15), || {
        site.mails(email).len() > before
    });
    feed(child, &format!("{}\n{NEW_PW}\n", pick(&site.latest(email))))
}

#[test]
fn scripted_reset_by_code_typed_the_way_people_type_it() {
    let site = by_code();
    let email = site.account("code");
    // Lower case, no dash, spaces around: allauth ignores them, and so does pwreset.
    let run = scripted(
        site,
        &email,
        |code| format!("  {}  ", code.replace('-', " ").to_lowercase()),
        &["--output", "json"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["provider"], "allauth");
    assert!(
        run.stderr
            .contains(&format!("The code is valid for {email}")),
        "{run:?}"
    );
    assert!(site.signs_in(&email, NEW_PW), "the new password fails");
    assert!(!site.signs_in(&email, OLD_PW), "the old password works");
}

#[test]
fn scripted_reset_by_pasted_link() {
    let site = by_link();
    let email = site.account("link");
    let run = scripted(site, &email, |link| link.to_owned(), &[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(site.signs_in(&email, NEW_PW));
    assert!(!site.signs_in(&email, OLD_PW));
    // The same link again: allauth says it is no longer valid.
    let used = site.latest(&email);
    let home = Home::new();
    let child = start_piped(
        home.cmd(&[])
            .args(args(site, &email))
            .args(["--code-stdin", "--password-stdin"]),
    );
    wait_until("the second mail", Duration::from_secs(15), || {
        site.latest(&email) != used
    });
    let run = feed(child, &format!("{used}\nanother strong phrase 9\n"));
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stderr.contains("the reset link is not valid"),
        "{run:?}"
    );
}

#[test]
fn interactive_wrong_code_then_refused_password_then_done() {
    let site = by_code();
    let email = site.account("pty");
    let home = Home::new();
    let a = args(site, &email);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let mut s = pty(&home, &a);
    s.exp_string(&format!("Enter the code for {email}"))
        .unwrap();
    s.send_line("BBBB-BBBB").unwrap();
    s.exp_string("That code is not correct.").unwrap();
    s.exp_string(&format!("Enter the code for {email}"))
        .unwrap();
    s.send_line(&site.latest(&email)).unwrap();
    s.exp_string(&format!("The code is valid for {email}"))
        .unwrap();
    // Django's own validator, in its own words; the code is not spent by it.
    s.exp_string("New password (typing is hidden)").unwrap();
    s.send_line(SHORT_PW).unwrap();
    s.exp_string("Use it anyway? [y/N]").unwrap();
    s.send_line("y").unwrap();
    s.exp_string("Repeat the new password").unwrap();
    s.send_line(SHORT_PW).unwrap();
    s.exp_string("This password is too short.").unwrap();
    type_new_password(&mut s, NEW_PW);
    s.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(s).1, 0);
    assert!(site.signs_in(&email, NEW_PW));
    assert!(!site.signs_in(&email, OLD_PW));
}

#[test]
fn three_wrong_codes_end_the_flow_and_the_right_one_then_says_start_again() {
    let site = by_code();
    let email = site.account("attempts");
    let home = Home::new();
    let a = args(site, &email);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let mut s = pty(&home, &a);
    for _ in 0..3 {
        s.exp_string(&format!("Enter the code for {email}"))
            .unwrap();
        s.send_line("BBBB-BBBB").unwrap();
        s.exp_string("That code is not correct.").unwrap();
    }
    s.exp_string(&format!("Enter the code for {email}"))
        .unwrap();
    s.send_line(&site.latest(&email)).unwrap();
    s.exp_string("this reset is over").unwrap();
    assert_eq!(pty_finish(s).1, 7);
    assert!(site.signs_in(&email, OLD_PW));
}

#[test]
fn a_timed_out_flow_means_start_again() {
    let site = by_code();
    let email = site.account("aged");
    let home = Home::new();
    let child = start_piped(home.cmd(&[]).args(args(site, &email)).args([
        "--code-stdin",
        "--password-stdin",
        "--output",
        "json",
    ]));
    wait_until("the reset mail", Duration::from_secs(15), || {
        site.mails(&email)
            .iter()
            .any(|m| m.contains("Password Reset Code"))
    });
    // Django mails the code before its session (which holds the flow) is saved: aged once
    // the flow is there.
    wait_until(
        "the flow to be stored and aged",
        Duration::from_secs(15),
        || site.age_flows(&email) == 1,
    );
    let run = feed(child, &format!("{}\n{NEW_PW}\n", site.latest(&email)));
    assert_eq!(run.code, 7, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["error"]["code"], "flow_expired", "{v}");
    assert!(site.signs_in(&email, OLD_PW));
}

#[test]
fn unlock_methods_policy_and_a_site_without_allauth() {
    let site = by_code();
    let home = Home::new();
    let base = [
        "--provider",
        "allauth",
        "--url",
        &site.url,
        "--user",
        "a@example.test",
    ];
    let run = home.run(&[&["unlock"], &base[..]].concat());
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("django-allauth has no self-service unlock"),
        "{run:?}"
    );
    let run = home.run(&[&["methods"], &base[..]].concat());
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("recovers by email only"), "{run:?}");
    let run = home.run(&[&["policy"], &base[..]].concat());
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("publishes no password rules"),
        "{run:?}"
    );
    // The API base itself works as --url too.
    let api = format!("{}/_allauth/app/v1", site.url);
    let run = home.run(&["policy", "--provider", "allauth", "--url", &api]);
    assert_eq!(run.code, 0, "{run:?}");
    // A site that is not allauth: a clear "not this kind of service" (exit 6), no crash.
    let other = DevServer::start(&[]);
    let run = home.run(&[
        "reset",
        "--provider",
        "allauth",
        "--url",
        &other.url,
        "--user",
        "a@example.test",
        "--code-stdin",
        "--password-stdin",
    ]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(
        run.stderr
            .contains("does not serve django-allauth's headless API"),
        "{run:?}"
    );
}

// ------------------------------------------------------------------ the contract suite

struct AllauthTarget;

impl contract::Target for AllauthTarget {
    fn provider(&self, base: &str) -> Box<dyn pwreset::provider::Provider> {
        Box::new(pwreset::provider::allauth::AllauthProvider::new(
            contract::api(base),
        ))
    }
    fn base(&self) -> String {
        by_code().url.clone()
    }
    fn account(&self) -> (String, String) {
        (by_code().account("contract"), OLD_PW.into())
    }
    fn unknown_user(&self) -> String {
        "nobody-at-all@example.test".into()
    }
    fn latest_code(&self, user: &str) -> String {
        by_code().latest(user)
    }
    fn wrong_code(&self) -> String {
        "BBBB-BBBB".into()
    }
    fn signs_in(&self, user: &str, password: &str) -> bool {
        by_code().signs_in(user, password)
    }
    fn set_password_request(&self) -> &'static str {
        // Only the submission carries the key in its body (the check sends it as a header).
        "key"
    }
    fn refused_password(&self) -> Result<&'static str, &'static str> {
        Ok(SHORT_PW)
    }
    fn expire_codes(&self) -> Result<(), &'static str> {
        Err("allauth's codes live as long as their flow; its timeout is the flow's (allauth::a_timed_out_flow_means_start_again)")
    }
    fn expire_flows(&self) -> Result<(), &'static str> {
        Err("a new code request on an aged session simply starts a new flow; the timeout shows at the code (allauth::a_timed_out_flow_means_start_again)")
    }
    fn limits_starts(&self) -> Result<(), &'static str> {
        // allauth's shipped limit: 5 reset requests a minute per address.
        Ok(())
    }
}

contract_suite!(contract_allauth, || AllauthTarget);
