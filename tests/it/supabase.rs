//! The supabase provider against a stub of Supabase Auth (GoTrue): no Supabase server runs
//! here (a Go binary that needs PostgreSQL, in no registry this machine reaches). The stub
//! keeps one project's state and follows the published API and its source:
//! - `POST /recover`: 200 `{}` for any address; a second request within the per-user
//!   frequency is 429 `over_email_send_rate_limit` ("…only request this after N seconds");
//!   supabase/auth `internal/api/recover.go`.
//! - `POST /verify` `{type: "recovery", email, token}` or `{type, token_hash}`: 200 with a
//!   session (`access_token`, `token_type`, `expires_in`, `refresh_token`, `user`); a wrong or
//!   expired code is 403 `otp_expired` "Token has expired or is invalid";
//!   `internal/api/verify.go`, and https://supabase.com/docs/reference/javascript/auth-verifyotp.
//! - `PUT /user` with `Authorization: Bearer`: 422 `weak_password` with
//!   `weak_password.reasons`, 422 `same_password`; `internal/api/user.go`,
//!   https://supabase.com/docs/reference/javascript/auth-updateuser.
//! - `POST /logout` with the bearer: 204.
//! - Errors in the shape `X-Supabase-Api-Version: 2024-01-01` asks for (`{code, message}`), else
//!   the initial one (`{code: <status>, error_code, msg}`); `internal/api/errors.go`.
//! - Every request needs the project's `apikey` header (the API gateway answers 401 without it).

use std::sync::{Arc, Mutex};

use crate::common::*;
use crate::contract;
use serde_json::{json, Value};

const ANON_KEY: &str = "anon-public-key";
const EMAIL: &str = "mika@example.com";
const OLD_PW: &str = "old alpine meadow 7";
const NEW_PW: &str = "violet orbit staple 42";
/// Passes pwreset's local rules; the stub's project also requires a digit.
const NO_DIGIT_PW: &str = "violet orbit staple";

#[derive(Default)]
struct Project {
    password: String,
    /// The outstanding code and its token hash, and whether they expired.
    code: Option<(String, String, bool)>,
    sent: u32,
    /// Seconds a new recovery mail must wait (0: none), and whether the last one is that recent.
    frequency: u64,
    sessions: Vec<String>,
    logged_out: u32,
    /// Served at the root, as a GoTrue of its own is (no `/auth/v1` gateway path).
    at_root: bool,
}

fn error(status: u16, code: &str, message: &str, seen: &Seen, extra: Value) -> Reply {
    let mut body = if seen.header("x-supabase-api-version") == Some("2024-01-01") {
        json!({"code": code, "message": message})
    } else {
        json!({"code": status, "error_code": code, "msg": message})
    };
    body.as_object_mut()
        .unwrap()
        .extend(extra.as_object().cloned().unwrap_or_default());
    Reply::json(status, body)
}

fn start_stub(state: Arc<Mutex<Project>>) -> Stub {
    Stub::start(move |seen, _| {
        if seen.header("apikey") != Some(ANON_KEY) {
            return Reply::json(
                401,
                json!({"message": "No API key found in request", "hint": "No `apikey` request header or url param was found."}),
            );
        }
        let body: Value = serde_json::from_str(&seen.body).unwrap_or_default();
        let mut path = seen.path.split('?').next().unwrap_or("").to_owned();
        let mut p = state.lock().unwrap();
        if p.at_root {
            if path.starts_with("/auth/v1/") {
                return Reply::with_type(404, "text/plain", "404 page not found");
            }
            path = format!("/auth/v1{path}");
        }
        match (seen.method.as_str(), path.as_str()) {
            ("GET", "/auth/v1/health") => Reply::json(
                200,
                json!({"version": "v2.170.0", "name": "GoTrue", "description": "GoTrue is a user registration and authentication API"}),
            ),
            ("POST", "/auth/v1/recover") => {
                if body["email"] == EMAIL {
                    if p.frequency > 0 && p.sent > 0 {
                        return error(429, "over_email_send_rate_limit",
                            &format!("For security purposes, you can only request this after {} seconds.", p.frequency),
                            seen, json!({}));
                    }
                    p.sent += 1;
                    let code = format!("{:06}", 314_159 + p.sent * 7);
                    p.code = Some((code, format!("pkce_hash_{}", p.sent), false));
                }
                Reply::json(200, json!({}))
            }
            ("POST", "/auth/v1/verify") => {
                let matches = match &p.code {
                    Some((code, hash, false)) => {
                        (body["email"] == EMAIL && body["token"] == code.as_str())
                            || body["token_hash"] == hash.as_str()
                    }
                    _ => false,
                };
                if body["type"] != "recovery" || !matches {
                    return error(
                        403,
                        "otp_expired",
                        "Token has expired or is invalid",
                        seen,
                        json!({}),
                    );
                }
                p.code = None;
                let token = format!("eyJ.session.{}", p.sessions.len() + 1);
                p.sessions.push(token.clone());
                Reply::json(
                    200,
                    json!({
                        "access_token": token, "token_type": "bearer", "expires_in": 3600,
                        "expires_at": 4102444800u64, "refresh_token": "r1",
                        "user": {"id": "8f0c", "aud": "authenticated", "email": EMAIL}
                    }),
                )
            }
            ("PUT", "/auth/v1/user") | ("POST", "/auth/v1/logout") => {
                let bearer = seen
                    .header("authorization")
                    .unwrap_or("")
                    .trim_start_matches("Bearer ")
                    .to_owned();
                if !p.sessions.contains(&bearer) {
                    return error(
                        401,
                        "bad_jwt",
                        "invalid JWT: unable to parse or verify signature",
                        seen,
                        json!({}),
                    );
                }
                if seen.method == "POST" {
                    p.sessions.retain(|s| *s != bearer);
                    p.logged_out += 1;
                    return Reply::with_type(204, "application/json", "");
                }
                let new = body["password"].as_str().unwrap_or("");
                if new == p.password {
                    return error(
                        422,
                        "same_password",
                        "New password should be different from the old password.",
                        seen,
                        json!({}),
                    );
                }
                if !new.chars().any(|c| c.is_ascii_digit()) {
                    return error(
                        422,
                        "weak_password",
                        "Password should contain at least one character of each: 0123456789",
                        seen,
                        json!({"weak_password": {"reasons": ["characters"]}}),
                    );
                }
                p.password = new.to_owned();
                Reply::json(200, json!({"id": "8f0c", "email": EMAIL}))
            }
            _ => error(404, "not_found", "Not found", seen, json!({})),
        }
    })
}

struct SupabaseStubTarget {
    stub: Stub,
    state: Arc<Mutex<Project>>,
}

fn supabase_target() -> SupabaseStubTarget {
    let state = Arc::new(Mutex::new(Project {
        password: OLD_PW.into(),
        ..Project::default()
    }));
    SupabaseStubTarget {
        stub: start_stub(Arc::clone(&state)),
        state,
    }
}

impl contract::Target for SupabaseStubTarget {
    fn provider(&self, base: &str) -> Box<dyn pwreset::provider::Provider> {
        Box::new(pwreset::provider::supabase::SupabaseProvider::new(
            contract::api(base),
            Some(ANON_KEY.into()),
        ))
    }
    fn base(&self) -> String {
        self.stub.url.clone()
    }
    fn account(&self) -> (String, String) {
        (EMAIL.into(), OLD_PW.into())
    }
    fn unknown_user(&self) -> String {
        "nobody@example.com".into()
    }
    fn latest_code(&self, _user: &str) -> String {
        self.state.lock().unwrap().code.clone().expect("no code").0
    }
    fn wrong_code(&self) -> String {
        "000000".into()
    }
    fn signs_in(&self, _user: &str, password: &str) -> bool {
        self.state.lock().unwrap().password == password
    }
    fn set_password_request(&self) -> &'static str {
        "/auth/v1/user"
    }
    fn refused_password(&self) -> Result<&'static str, &'static str> {
        Ok(NO_DIGIT_PW)
    }
    fn expire_codes(&self) -> Result<(), &'static str> {
        Err("Supabase answers a wrong and an expired code alike (otp_expired): pwreset cannot tell them apart, and says so")
    }
    fn expire_flows(&self) -> Result<(), &'static str> {
        Err("Supabase keeps no flow before the code: the code alone starts the session")
    }
    fn limits_starts(&self) -> Result<(), &'static str> {
        self.state.lock().unwrap().frequency = 60;
        Ok(())
    }
}

contract_suite!(contract_supabase_stub, supabase_target);

fn args(url: &str) -> Vec<String> {
    [
        "reset",
        "--provider",
        "supabase",
        "--url",
        url,
        "--user",
        EMAIL,
        "--api-key",
        ANON_KEY,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

#[test]
fn scripted_reset_by_code_sends_the_apikey_and_signs_the_session_out() {
    let t = supabase_target();
    let home = Home::new();
    let child = start_piped(home.cmd(&[]).args(args(&t.stub.url)).args([
        "--code-stdin",
        "--password-stdin",
        "--output",
        "json",
    ]));
    wait_until(
        "the recovery mail",
        std::time::Duration::from_secs(10),
        || t.state.lock().unwrap().code.is_some(),
    );
    let code = t.state.lock().unwrap().code.clone().unwrap().0;
    let run = feed(child, &format!("{code}\n{NEW_PW}\n"));
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["provider"], "supabase");
    let p = t.state.lock().unwrap();
    assert_eq!(p.password, NEW_PW);
    assert_eq!(p.logged_out, 1, "the session was not signed out");
    // The bearer goes only where a session is needed, and never before there is one.
    for r in t.stub.requests() {
        let bearer = r.header("authorization").is_some();
        assert_eq!(
            bearer,
            r.path.ends_with("/user") || r.path.ends_with("/logout"),
            "{r:?}"
        );
        assert_eq!(r.header("x-supabase-api-version"), Some("2024-01-01"));
    }
}

#[test]
fn scripted_reset_with_the_pasted_link_and_the_site_as_url() {
    let t = supabase_target();
    let home = Home::new();
    let child = start_piped(
        home.cmd(&[])
            .args(args(&t.stub.url))
            .args(["--code-stdin", "--password-stdin"]),
    );
    wait_until(
        "the recovery mail",
        std::time::Duration::from_secs(10),
        || t.state.lock().unwrap().code.is_some(),
    );
    let hash = t.state.lock().unwrap().code.clone().unwrap().1;
    let link = format!(
        "{}/auth/v1/verify?token={hash}&type=recovery&redirect_to=https://app.example.com",
        t.stub.url
    );
    let run = feed(child, &format!("{link}\n{NEW_PW}\n"));
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(t.state.lock().unwrap().password, NEW_PW);
}

#[test]
fn interactive_wrong_code_then_the_projects_reasons() {
    let t = supabase_target();
    let home = Home::new();
    let a = args(&t.stub.url);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let mut s = pty(&home, &a);
    s.exp_string("paste the whole link").unwrap();
    s.send_line("000000").unwrap();
    s.exp_string("That code is not correct.").unwrap();
    let code = t.state.lock().unwrap().code.clone().unwrap().0;
    s.send_line(&code).unwrap();
    s.exp_string(&format!("The code is valid for {EMAIL}"))
        .unwrap();
    type_new_password(&mut s, NO_DIGIT_PW);
    s.exp_string("lacks a kind of character the project requires")
        .unwrap();
    type_new_password(&mut s, NEW_PW);
    s.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(s).1, 0);
    assert_eq!(t.state.lock().unwrap().password, NEW_PW);
}

#[test]
fn no_api_key_a_rate_limit_and_what_supabase_cannot_do() {
    let t = supabase_target();
    let home = Home::new();
    let run = home.run(&[
        "reset",
        "--provider",
        "supabase",
        "--url",
        &t.stub.url,
        "--user",
        EMAIL,
        "--code-stdin",
        "--password-stdin",
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--api-key"), "{run:?}");
    // The per-user frequency: the wait Supabase names is the wait pwreset reports.
    t.state.lock().unwrap().frequency = 42;
    t.state.lock().unwrap().sent = 1;
    let mut a = args(&t.stub.url);
    a.extend(["--code-stdin", "--password-stdin", "--output", "json"].map(String::from));
    let run = home.run(&a.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(run.code, 5, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["error"]["retry_after_s"], 42, "{v}");
    for (cmd, says) in [
        ("unlock", "no self-service unlock"),
        ("methods", "recovers by email only"),
    ] {
        let run = home.run(&[
            cmd,
            "--provider",
            "supabase",
            "--url",
            &t.stub.url,
            "--user",
            EMAIL,
            "--api-key",
            ANON_KEY,
        ]);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains(says), "{run:?}");
    }
    let run = home.run(&[
        "policy",
        "--provider",
        "supabase",
        "--url",
        &t.stub.url,
        "--api-key",
        ANON_KEY,
        "--output",
        "json",
    ]);
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(
        (v["min_length"].as_u64(), v["max_bytes"].as_u64()),
        (Some(6), Some(72)),
        "{v}"
    );
}

#[test]
fn auto_knows_a_gotrue_behind_its_gateway_with_the_key() {
    let t = supabase_target();
    let home = Home::new();
    // The gateway answers nothing without the key: no kind is found, and that is said.
    let run = home.run(&["detect", "--url", &t.stub.url]);
    assert_eq!(run.code, 6, "{run:?}");
    let run = home.run(&["detect", "--url", &t.stub.url, "--api-key", ANON_KEY]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.trim(), "supabase");
    // Remembered: a reset with no --provider goes straight to Supabase.
    let child = start_piped(home.cmd(&[]).args([
        "reset",
        "--url",
        &t.stub.url,
        "--api-key",
        ANON_KEY,
        "--user",
        EMAIL,
        "--code-stdin",
        "--password-stdin",
    ]));
    wait_until(
        "the recovery mail",
        std::time::Duration::from_secs(10),
        || t.state.lock().unwrap().code.is_some(),
    );
    let code = t.state.lock().unwrap().code.clone().unwrap().0;
    let run = feed(child, &format!("{code}\n{NEW_PW}\n"));
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(t.state.lock().unwrap().password, NEW_PW);
}

#[test]
fn a_gotrue_of_its_own_at_the_root_of_the_url() {
    let t = supabase_target();
    t.state.lock().unwrap().at_root = true;
    let home = Home::new();
    let child = start_piped(
        home.cmd(&[])
            .args(args(&t.stub.url))
            .args(["--code-stdin", "--password-stdin"]),
    );
    wait_until(
        "the recovery mail",
        std::time::Duration::from_secs(10),
        || t.state.lock().unwrap().code.is_some(),
    );
    let code = t.state.lock().unwrap().code.clone().unwrap().0;
    let run = feed(child, &format!("{code}\n{NEW_PW}\n"));
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(t.state.lock().unwrap().password, NEW_PW);
    // Something else at that URL: said plainly (exit 6), not a crash.
    let other = Stub::start(|_, _| Reply::with_type(404, "text/html", "<h1>nope</h1>"));
    let run = home.run(&[
        "reset",
        "--provider",
        "supabase",
        "--url",
        &other.url,
        "--user",
        EMAIL,
        "--api-key",
        ANON_KEY,
        "--code-stdin",
        "--password-stdin",
    ]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(
        run.stderr.contains("does not answer Supabase Auth"),
        "{run:?}"
    );
}
