//! Microsoft Entra External ID, native authentication's password reset (v1.0). No real tenant
//! runs here, so this is a stub that keeps the documented wire format and state machine:
//! form-encoded POSTs carrying `client_id`, a new `continuation_token` in every answer and only
//! the latest one accepted, `challenge_type: "redirect"` in a 200, a password refused by
//! `submit` or later by `poll_completion`, expired tokens, `user_not_found`, throttling.
//! Sources: Microsoft's native authentication API reference (v1.0) and the MSAL SDKs' reset
//! clients, as summarised in the project's notes on the next providers.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};

use crate::common::*;
use crate::contract;

const CLIENT_ID: &str = "2d3a1f0e-app-client";
const HANA: &str = "hana@contoso.example";
const OLD_PW: &str = "Old Harbour 7 lantern";
/// A user whose tenant needs the browser (its start answers `redirect`).
const BROWSER_USER: &str = "mfa@contoso.example";

#[derive(Default)]
struct Tenant {
    password: String,
    /// token → (stage, user)
    tokens: HashMap<String, (&'static str, String)>,
    code: Option<String>,
    starts: u32,
    issued: u32,
    /// The token `continue` gave, kept valid after a password refused at poll.
    password_token: Option<String>,
    pending: Option<String>,
    /// Where the "email" lands, for a `--code-command` to read.
    mailbox: Option<std::path::PathBuf>,
    /// Polls answered `in_progress` before the outcome.
    slow_polls: u32,
}

impl Tenant {
    fn issue(&mut self, stage: &'static str, user: &str) -> String {
        self.issued += 1;
        let token = format!("ct-{}-{stage}", self.issued);
        self.tokens.insert(token.clone(), (stage, user.to_owned()));
        token
    }
}

fn error(error: &str, suberror: Option<&str>, description: &str) -> Reply {
    let mut body = json!({
        "error": error,
        "error_description": description,
        "error_codes": [500000],
        "timestamp": "2026-11-26 04:00:00Z",
        "trace_id": "t", "correlation_id": "c",
    });
    if let Some(s) = suberror {
        body["suberror"] = json!(s);
    }
    Reply::json(400, body)
}

/// The form fields of a request, or `None` when it is not form-encoded.
fn form(seen: &Seen) -> Option<HashMap<String, String>> {
    let ct = seen.header("content-type")?;
    ct.starts_with("application/x-www-form-urlencoded")
        .then(|| {
            url::form_urlencoded::parse(seen.body.as_bytes())
                .into_owned()
                .collect()
        })
}

struct EntraStub {
    stub: Stub,
    tenant: Arc<Mutex<Tenant>>,
}

fn entra_stub() -> EntraStub {
    let tenant = Arc::new(Mutex::new(Tenant {
        password: OLD_PW.into(),
        ..Tenant::default()
    }));
    let state = Arc::clone(&tenant);
    let stub = Stub::start(move |seen, _| {
        let Some(f) = form(seen) else {
            return error("invalid_request", None, "AADSTS900144: form body expected");
        };
        if f.get("client_id").map(String::as_str) != Some(CLIENT_ID) {
            return error(
                "invalid_client",
                None,
                "AADSTS700016: application not found",
            );
        }
        let mut t = state.lock().unwrap();
        let endpoint = seen
            .path
            .rsplit_once("/resetpassword/v1.0/")
            .map(|(_, e)| e.to_owned())
            .unwrap_or_default();
        if endpoint == "start" {
            let user = f.get("username").cloned().unwrap_or_default();
            if !f
                .get("challenge_type")
                .is_some_and(|c| c.split(' ').any(|c| c == "oob"))
            {
                return error("unsupported_challenge_type", None, "AADSTS55102");
            }
            if user == BROWSER_USER {
                return Reply::json(200, json!({"challenge_type": "redirect"}));
            }
            if user != HANA {
                return error("user_not_found", None, "AADSTS50034: user not found");
            }
            t.starts += 1;
            if t.starts > 8 {
                return Reply::json(429, json!({"error": "too_many_requests"}))
                    .header("Retry-After", "3");
            }
            let token = t.issue("started", &user);
            return Reply::json(200, json!({"continuation_token": token}));
        }
        let token = f.get("continuation_token").cloned().unwrap_or_default();
        let Some((stage, user)) = t.tokens.get(&token).cloned() else {
            return error(
                "expired_token",
                None,
                "AADSTS552003: the continuation token has expired",
            );
        };
        match endpoint.as_str() {
            "challenge" if matches!(stage, "started" | "challenged") => {
                t.tokens.remove(&token);
                let code = format!("{:08}", 31_415_926 + t.issued);
                if let Some(mailbox) = &t.mailbox {
                    std::fs::write(mailbox, format!("{code}\n")).unwrap();
                }
                t.code = Some(code);
                let next = t.issue("challenged", &user);
                Reply::json(
                    200,
                    json!({
                        "continuation_token": next, "challenge_type": "oob", "binding_method": "prompt",
                        "challenge_channel": "email", "challenge_target_label": "h***@co*****.example",
                        "code_length": 8
                    }),
                )
            }
            "continue" if stage == "challenged" => {
                if f.get("grant_type").map(String::as_str) != Some("oob") {
                    return error("invalid_request", None, "AADSTS900144: grant_type");
                }
                if f.get("oob") != t.code.as_ref() {
                    // The token stays valid for another try.
                    return error(
                        "invalid_grant",
                        Some("invalid_oob_value"),
                        "AADSTS50181: wrong code",
                    );
                }
                t.tokens.remove(&token);
                t.code = None;
                let next = t.issue("verified", &user);
                t.password_token = Some(next.clone());
                Reply::json(200, json!({"continuation_token": next, "expires_in": 600}))
            }
            "submit" if stage == "verified" => {
                let new = f.get("new_password").cloned().unwrap_or_default();
                if new.to_lowercase().contains("weak") {
                    return error(
                        "invalid_grant",
                        Some("password_too_weak"),
                        "AADSTS50142: too weak",
                    );
                }
                // The change starts now and finishes whether or not anyone polls; a banned
                // password is found out on the way, and said only at poll.
                if new.to_lowercase().contains("banned") {
                    t.pending = Some(new);
                } else {
                    t.password = new;
                    t.pending = None;
                }
                let next = t.issue("submitted", &user);
                Reply::json(200, json!({"continuation_token": next, "poll_interval": 1}))
            }
            "poll_completion" if stage == "submitted" && t.slow_polls > 0 => {
                t.slow_polls -= 1;
                Reply::json(200, json!({"status": "in_progress"}))
            }
            "poll_completion" if stage == "submitted" => {
                t.tokens.remove(&token);
                if t.pending.take().is_some() {
                    // Refused after `submit` said yes; the password step may be tried again.
                    return error(
                        "invalid_grant",
                        Some("password_banned"),
                        "AADSTS50053: banned",
                    );
                }
                if let Some(pt) = t.password_token.take() {
                    t.tokens.remove(&pt);
                }
                let next = t.issue("done", &user);
                Reply::json(
                    200,
                    json!({"status": "succeeded", "continuation_token": next, "expires_in": 600}),
                )
            }
            _ => error("invalid_request", None, "AADSTS900144: out of order"),
        }
    });
    EntraStub { stub, tenant }
}

impl contract::Target for EntraStub {
    fn provider(&self, base: &str) -> Box<dyn pwreset::provider::Provider> {
        Box::new(pwreset::provider::entra::EntraProvider::new(
            contract::api(&format!("{base}/contoso.onmicrosoft.com")),
            CLIENT_ID.into(),
        ))
    }
    fn base(&self) -> String {
        self.stub.url.clone()
    }
    fn account(&self) -> (String, String) {
        (HANA.into(), OLD_PW.into())
    }
    fn unknown_user(&self) -> String {
        "nobody@contoso.example".into()
    }
    fn latest_code(&self, _user: &str) -> String {
        self.tenant
            .lock()
            .unwrap()
            .code
            .clone()
            .expect("no code was sent")
    }
    fn wrong_code(&self) -> String {
        "00000000".into()
    }
    fn signs_in(&self, _user: &str, password: &str) -> bool {
        self.tenant.lock().unwrap().password == password
    }
    fn set_password_request(&self) -> &'static str {
        "/resetpassword/v1.0/submit"
    }
    fn refused_password(&self) -> Result<&'static str, &'static str> {
        // Refused late, by `poll_completion`, after `submit` answered 200.
        Ok("Banned Harbour 9 kite")
    }
    fn expire_codes(&self) -> Result<(), &'static str> {
        Err("the API documents no code lifetime and no answer that tells an expired code from a wrong one")
    }
    fn expire_flows(&self) -> Result<(), &'static str> {
        Err("the code goes out with the start, so an expired flow shows at the code: entra::an_expired_token_means_start_again")
    }
    fn limits_starts(&self) -> Result<(), &'static str> {
        Ok(())
    }
}

contract_suite!(contract_entra_stub, entra_stub);

fn args(stub: &EntraStub) -> Args {
    Args::new("reset")
        .opt("--provider", "entra")
        .opt(
            "--authority-url",
            &format!("{}/contoso.onmicrosoft.com", stub.stub.url),
        )
        .opt("--client-id", CLIENT_ID)
}

/// Every call is form-encoded with the app's client id and the latest token, and the masked
/// address the service gives is what the person reads.
#[test]
fn a_scripted_reset_sends_the_latest_token_each_time() {
    let stub = entra_stub();
    let home = Home::new();
    let mailbox = home.path().join("mailbox");
    stub.tenant.lock().unwrap().mailbox = Some(mailbox.clone());
    let read_mail = format!("cat {}", mailbox.display());
    let mut cmd = home.cmd_args(
        &args(&stub)
            .user(HANA)
            .opt("--code-command", &read_mail)
            .flag("--password-stdin"),
    );
    let run = feed(start_piped(&mut cmd), "Fresh Harbour 8 kite\n");
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("h***@co*****.example"),
        "{}",
        run.stderr
    );
    assert_eq!(stub.tenant.lock().unwrap().password, "Fresh Harbour 8 kite");
    let seen = stub.stub.seen.lock().unwrap();
    let endpoints: Vec<&str> = seen
        .iter()
        .map(|s| s.path.rsplit('/').next().unwrap_or_default())
        .collect();
    assert_eq!(
        endpoints,
        [
            "start",
            "challenge",
            "continue",
            "submit",
            "poll_completion"
        ],
        "{endpoints:?}"
    );
}

/// At a terminal: a wrong code, then the right one; a password refused late (by
/// `poll_completion`), then another, as a person types them.
#[test]
fn a_person_at_a_terminal_gets_past_a_wrong_code_and_a_late_refusal() {
    let stub = entra_stub();
    let home = Home::new();
    let a = args(&stub).user(HANA);
    let mut p = pty(&home, &a.as_strs());
    // This service says when a user does not exist: a code sent is said plainly to be sent.
    let before = p
        .exp_string("Enter the 8-digit code for hana@contoso.example")
        .unwrap();
    assert!(
        before.contains("A code was sent by email to h***@co*****.example."),
        "{before}"
    );
    assert!(!before.contains("has an account"), "{before}");
    p.send_line("12345678").unwrap();
    p.exp_string("That code is not correct.").unwrap();
    let code = stub.tenant.lock().unwrap().code.clone().unwrap();
    p.send_line(&code).unwrap();
    p.exp_string("Verified.").unwrap();
    type_new_password(&mut p, "Banned Harbour 9 kite");
    p.exp_string("refused that password").unwrap();
    p.exp_string("is on the list of banned passwords").unwrap();
    type_new_password(&mut p, "Second Harbour 10 kite");
    p.exp_string("Password changed for hana@contoso.example")
        .unwrap();
    assert_eq!(pty_finish(p).1, 0);
    assert_eq!(
        stub.tenant.lock().unwrap().password,
        "Second Harbour 10 kite"
    );
}

/// `challenge_type: "redirect"` in a 200 ends the run as a hand-off (exit 8): this tenant needs
/// the browser.
#[test]
fn a_redirect_means_the_browser() {
    let stub = entra_stub();
    let run = Home::new().run_args(
        &args(&stub)
            .user(BROWSER_USER)
            .flag("--code-stdin")
            .flag("--password-stdin")
            .json(),
    );
    assert_eq!(run.code, 8, "{run:?}");
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["status"], "handoff", "{v}");
    assert_eq!(v["reason"], "browser_required", "{v}");
    assert!(run.stderr.contains("in the browser"), "{}", run.stderr);
}

/// This API says when a user does not exist (it does not hide unknown users), and pwreset says
/// so plainly: exit 3.
#[test]
fn an_unknown_user_is_said_plainly() {
    let stub = entra_stub();
    let run = Home::new().run_args(
        &args(&stub)
            .user("nobody@contoso.example")
            .flag("--no-input")
            .flag("--code-stdin")
            .flag("--password-stdin"),
    );
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stderr.contains("has no account with this user id"),
        "{}",
        run.stderr
    );
}

/// A continuation token that has expired means starting again (exit 7), never a wrong code.
#[test]
fn an_expired_token_means_start_again() {
    use pwreset::protocol::Intent;
    use pwreset::provider::Refusal;
    let stub = entra_stub();
    let mut p = contract::Target::provider(&stub, &stub.stub.url);
    let flow = p.start(HANA, Intent::Reset).unwrap();
    let challenge = p.send_challenge(&flow, &flow.methods[0]).unwrap();
    stub.tenant.lock().unwrap().tokens.clear();
    let code = pwreset::secret::Secret::new(stub.tenant.lock().unwrap().code.clone().unwrap());
    let f = p.verify(&flow, &challenge, &code).unwrap_err();
    assert_eq!(f.refusal, Some(Refusal::FlowGone), "{f:?}");
    assert_eq!(f.kind, pwreset::error::FailureKind::FlowExpired);
}

/// Without a tenant or an authority, and without a client id, the run stops before any request
/// and names what to pass.
#[test]
fn missing_settings_are_named() {
    let home = Home::new();
    let run = home.run_args(
        &Args::new("reset")
            .opt("--provider", "entra")
            .user(HANA)
            .opt("--client-id", CLIENT_ID)
            .flag("--no-input"),
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--tenant"), "{}", run.stderr);
    let run = home.run_args(
        &Args::new("reset")
            .opt("--provider", "entra")
            .opt("--tenant", "contoso")
            .user(HANA)
            .flag("--no-input"),
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--client-id"), "{}", run.stderr);
    let run = home.run_args(
        &Args::new("reset")
            .opt("--provider", "entra")
            .opt("--tenant", "con/toso")
            .opt("--client-id", CLIENT_ID)
            .user(HANA)
            .flag("--no-input"),
    );
    assert_eq!(run.code, 2, "{run:?}");
}

/// Workforce accounts: a stub of the public discovery answers (OpenID configuration by domain,
/// user realm by user id) for each Microsoft cloud and for a federated organisation.
fn discovery_stub() -> Stub {
    Stub::start(|seen, _| {
        let path = seen.path.split('?').next().unwrap_or_default().to_owned();
        if let Some(domain) = path
            .strip_prefix('/')
            .and_then(|p| p.strip_suffix("/v2.0/.well-known/openid-configuration"))
        {
            let cloud = match domain {
                "contoso.com" | "fabrikam.com" => "microsoftonline.com",
                "agency.us" => "microsoftonline.us",
                "contoso.partner.onmschina.cn" => "partner.microsoftonline.cn",
                _ => {
                    return Reply::json(
                        400,
                        json!({
                            "error": "invalid_tenant",
                            "error_description": format!("AADSTS90002: Tenant '{domain}' not found.")
                        }),
                    )
                }
            };
            return Reply::json(
                200,
                json!({
                    "issuer": "https://login.example/tid/v2.0",
                    "tenant_region_scope": "NA",
                    "cloud_instance_name": cloud,
                    "msgraph_host": "graph.microsoft.com"
                }),
            );
        }
        if let Some(user) = path.strip_prefix("/common/userrealm/") {
            let user = url::form_urlencoded::parse(format!("u={user}").as_bytes())
                .next()
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default();
            return Reply::json(
                200,
                match user.as_str() {
                    u if u.starts_with("nobody@") => {
                        json!({"NameSpaceType": "Unknown", "Login": u})
                    }
                    u if u.ends_with("@fabrikam.com") => json!({
                        "NameSpaceType": "Federated", "Login": u, "DomainName": "fabrikam.com",
                        "FederationBrandName": "Fabrikam", "federation_protocol": "WSFed",
                        "AuthURL": "https://sts.fabrikam.com/adfs/ls/?username=x&wa=wsignin1.0"
                    }),
                    u => {
                        json!({"NameSpaceType": "Managed", "Login": u, "DomainName": u.split('@').nth(1), "FederationBrandName": "Contoso"})
                    }
                },
            );
        }
        Reply::json(404, json!({"error": "not_found"}))
    })
}

fn workforce(stub: &Stub, user: &str) -> Args {
    Args::new("reset")
        .opt("--provider", "entra")
        .opt("--login-url", &stub.url)
        .user(user)
}

/// Each cloud's portal, with the tenant hint and the language, as JSON with exit 8; nothing is
/// asked for and nothing opened without a terminal.
#[test]
fn workforce_accounts_are_handed_to_their_clouds_portal() {
    let stub = discovery_stub();
    let home = Home::new();
    for (user, portal, cloud) in [
        ("ada@contoso.com", "https://passwordreset.microsoftonline.com/?whr=contoso.com&mkt=en", "global"),
        ("ada@agency.us", "https://passwordreset.microsoftonline.us/?whr=agency.us&mkt=en", "usgov"),
        (
            "ada@contoso.partner.onmschina.cn",
            "https://passwordreset.activedirectory.windowsazure.cn/?whr=contoso.partner.onmschina.cn&mkt=en",
            "china",
        ),
    ] {
        let run = home.run_args(&workforce(&stub, user).json());
        assert_eq!(run.code, 8, "{run:?}");
        let v: Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(v["status"], "handoff", "{v}");
        assert_eq!(v["url"], portal, "{v}");
        assert_eq!(v["cloud"], cloud, "{v}");
        assert!(run.stderr.contains("I forgot my password"), "{}", run.stderr);
        assert!(run.stderr.contains("An administrator cannot reset a password on your behalf"), "{}", run.stderr);
    }
    // The request carried no credential of any kind.
    for seen in stub.seen.lock().unwrap().iter() {
        assert_eq!(seen.header("authorization"), None);
        assert_eq!(seen.method, "GET");
    }
}

#[test]
fn a_federated_account_is_sent_to_its_organisation() {
    let stub = discovery_stub();
    let run = Home::new().run_args(&workforce(&stub, "ada@fabrikam.com").json());
    assert_eq!(run.code, 8, "{run:?}");
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["federated"], "sts.fabrikam.com", "{v}");
    assert_eq!(v["url"], Value::Null, "{v}");
    assert!(run.stderr.contains("sts.fabrikam.com"), "{}", run.stderr);
}

#[test]
fn an_unknown_organisation_or_account_is_exit_3() {
    let stub = discovery_stub();
    let home = Home::new();
    let run = home.run_args(&workforce(&stub, "ada@nowhere.example"));
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stderr
            .contains("no Microsoft Entra organisation uses nowhere.example"),
        "{}",
        run.stderr
    );
    let run = home.run_args(&workforce(&stub, "nobody@contoso.com"));
    assert_eq!(run.code, 3, "{run:?}");
    let run = home.run_args(&workforce(&stub, "not-an-address"));
    assert_eq!(run.code, 2, "{run:?}");
}

/// At a terminal the portal opens in the browser (`$BROWSER` here, which records it), with a
/// QR code for a phone; in Italian, the portal is asked for in Italian; `--no-browser` and
/// `unlock` say and do what they should.
#[test]
fn at_a_terminal_the_portal_opens_in_the_browser() {
    let stub = discovery_stub();
    let home = Home::new();
    let opened = home.path().join("opened");
    // Named like a text browser, which the browser crate runs and waits for: a graphical one
    // is started in the background, where the closing terminal could stop it first.
    let browser = home.write(
        "bin/w3m",
        &format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> {}\n", opened.display()),
    );
    std::fs::set_permissions(
        &browser,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )
    .unwrap();
    let run_at_terminal = |extra: &[&str], lang: &str, intent: &str| {
        let mut c = std::process::Command::new("sh");
        let mut args = vec![
            intent,
            "--provider",
            "entra",
            "--login-url",
            &stub.url,
            "--user",
            "ada@contoso.com",
        ];
        args.extend_from_slice(extra);
        c.arg("-c")
            .arg("stty echo cols 100 rows 60; exec \"$0\" \"$@\"")
            .arg(BIN)
            .args(&args);
        home.isolate(&mut c);
        c.env("TERM", "xterm-256color")
            .env("LANG", lang)
            .env("BROWSER", browser.to_str().unwrap());
        let p = rexpect::session::spawn_command(c, Some(15_000)).unwrap();
        let (out, code) = pty_finish(p);
        let bytes: Vec<u8> = out.chars().map(|c| c as u8).collect();
        (String::from_utf8_lossy(&bytes).into_owned(), code)
    };
    // The browser is started, not waited for: wait for what it was given.
    let opened_urls = |n: usize| {
        for _ in 0..500 {
            let urls = std::fs::read_to_string(&opened).unwrap_or_default();
            if urls.lines().count() >= n {
                return urls;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!("the browser was not given {n} addresses");
    };
    let (screen, code) = run_at_terminal(&[], "C.UTF-8", "reset");
    assert_eq!(code, 8, "{screen}");
    assert!(screen.contains("Opened in your browser."), "{screen}");
    assert!(
        screen.contains('▀') || screen.contains('█'),
        "a QR code: {screen}"
    );
    let urls = opened_urls(1);
    assert_eq!(
        urls.trim(),
        "https://passwordreset.microsoftonline.com/?whr=contoso.com&mkt=en"
    );

    let (screen, code) = run_at_terminal(&[], "it_IT.UTF-8", "unlock");
    assert_eq!(code, 8, "{screen}");
    assert!(
        screen.contains("Conosco la password, ma non riesco comunque ad accedere"),
        "{screen}"
    );
    let urls = opened_urls(2);
    assert!(urls.lines().last().unwrap().ends_with("mkt=it"), "{urls}");

    let (screen, code) = run_at_terminal(&["--no-browser"], "C.UTF-8", "reset");
    assert_eq!(code, 8, "{screen}");
    assert!(!screen.contains("Opened in your browser."), "{screen}");
    assert_eq!(std::fs::read_to_string(&opened).unwrap().lines().count(), 2);
}

/// What the service answers `start` with decides the exit code and the words: each error the
/// API documents, one at a time.
#[test]
fn start_errors_are_mapped_to_exit_codes() {
    for (answer, code, words) in [
        (
            error("unsupported_challenge_type", None, "AADSTS55102"),
            2,
            "cannot do at a terminal",
        ),
        (
            error(
                "invalid_client",
                None,
                "AADSTS700016: application not found",
            ),
            2,
            "does not know this app",
        ),
        (
            error(
                "unauthorized_client",
                Some("nativeauthapi_disabled"),
                "AADSTS500222",
            ),
            2,
            "native authentication turned off",
        ),
        (
            error("user_not_found", None, "AADSTS50034"),
            3,
            "no account with this user id",
        ),
        (
            error("invalid_request", None, "AADSTS900144: something else"),
            6,
            "refused the request",
        ),
        (
            Reply::json(429, json!({"error": "too_many_requests"})).header("Retry-After", "7"),
            5,
            "",
        ),
        (
            Reply::json(
                200,
                json!({"challenge_type": "redirect", "redirect_reason": "MFA required"}),
            ),
            8,
            "in the browser",
        ),
        (
            Reply::json(200, json!({"challenge_type": "oob"})),
            6,
            "no continuation token",
        ),
    ] {
        let answer = Arc::new(Mutex::new(Some(answer)));
        let stub = Stub::start(move |_, _| {
            answer
                .lock()
                .unwrap()
                .take()
                .unwrap_or_else(|| Reply::json(500, json!({})))
        });
        let target = EntraStub {
            stub,
            tenant: Arc::default(),
        };
        let run = Home::new().run_args(
            &args(&target)
                .user(HANA)
                .flag("--code-stdin")
                .flag("--password-stdin")
                .json(),
        );
        assert_eq!(run.code, code, "{words}: {run:?}");
        assert!(run.stderr.contains(words), "{words}: {}", run.stderr);
        let v: Value = serde_json::from_str(&run.stdout).unwrap();
        if code == 8 {
            assert_eq!(v["status"], "handoff", "{v}");
        }
        if code == 5 {
            assert_eq!(v["error"]["retry_after_s"], 7, "{v}");
        }
    }
}

/// A profile holds the tenant's settings (`provider`, `authority_url`, `client_id`, `user`);
/// the environment holds them too.
#[test]
fn a_profile_or_the_environment_holds_the_tenant() {
    let stub = entra_stub();
    let home = Home::new();
    let mailbox = home.path().join("mailbox");
    stub.tenant.lock().unwrap().mailbox = Some(mailbox.clone());
    home.write(
        "config/pwreset/config.toml",
        &format!(
            "[profiles.shop]\nprovider = \"entra\"\nauthority_url = \"{}/contoso.onmicrosoft.com\"\nclient_id = \"{CLIENT_ID}\"\nuser = \"{HANA}\"\n",
            stub.stub.url
        ),
    );
    let read_mail = format!("cat {}", mailbox.display());
    let mut cmd = home.cmd(&[
        "reset",
        "-p",
        "shop",
        "--code-command",
        &read_mail,
        "--password-stdin",
    ]);
    let run = feed(start_piped(&mut cmd), "Profile Harbour 11 kite\n");
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        stub.tenant.lock().unwrap().password,
        "Profile Harbour 11 kite"
    );
    // The same from the environment, with the tenant's own authority refused for plain http.
    let mut cmd = home.cmd(&["methods"]);
    cmd.env("PWRESET_PROVIDER", "entra")
        .env("PWRESET_TENANT", "contoso")
        .env("PWRESET_CLIENT_ID", CLIENT_ID)
        .env("PWRESET_USER", HANA);
    let run = Run::from(cmd.output().unwrap());
    // Entra cannot list methods without sending a code: said before any request.
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("names where the code goes only when it sends one"),
        "{}",
        run.stderr
    );
}

/// A change still `in_progress` is polled again, `poll_interval` apart, until it succeeds; the
/// poll reuses the token `submit` gave.
#[test]
fn a_slow_change_is_polled_until_it_succeeds() {
    use pwreset::protocol::Intent;
    let stub = entra_stub();
    stub.tenant.lock().unwrap().slow_polls = 2;
    let mut p = contract::Target::provider(&stub, &stub.stub.url);
    let flow = p.start(HANA, Intent::Reset).unwrap();
    let challenge = p.send_challenge(&flow, &flow.methods[0]).unwrap();
    let code = pwreset::secret::Secret::new(stub.tenant.lock().unwrap().code.clone().unwrap());
    p.verify(&flow, &challenge, &code).unwrap();
    p.set_password(
        &flow,
        &pwreset::secret::Secret::from("Slow Harbour 12 kite"),
        "k",
    )
    .unwrap();
    assert_eq!(stub.tenant.lock().unwrap().password, "Slow Harbour 12 kite");
    let polls = stub
        .stub
        .seen
        .lock()
        .unwrap()
        .iter()
        .filter(|s| s.path.ends_with("/poll_completion"))
        .count();
    assert_eq!(polls, 3);
}

/// At a terminal, "r" asks `/challenge` again with the latest token: a new code, and the one
/// before no longer works.
#[test]
fn a_new_code_is_asked_for_with_the_latest_token() {
    let stub = entra_stub();
    let home = Home::new();
    let a = args(&stub).user(HANA);
    let mut p = pty(&home, &a.as_strs());
    p.exp_string("(r: send a new code)").unwrap();
    let first = stub.tenant.lock().unwrap().code.clone().unwrap();
    p.send_line("r").unwrap();
    p.exp_string("Sending a code by email to h***@co*****.example")
        .unwrap();
    p.exp_string("(r: send a new code)").unwrap();
    let second = stub.tenant.lock().unwrap().code.clone().unwrap();
    assert_ne!(first, second);
    p.send_line(&first).unwrap();
    p.exp_string("That code is not correct.").unwrap();
    p.send_line(&second).unwrap();
    p.exp_string("Verified.").unwrap();
    type_new_password(&mut p, "Resent Harbour 13 kite");
    p.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(p).1, 0);
    let challenges = stub
        .stub
        .seen
        .lock()
        .unwrap()
        .iter()
        .filter(|s| s.path.ends_with("/challenge"))
        .count();
    assert_eq!(challenges, 2);
}

/// `methods` and `policy` have nothing to ask of a work account: said, with where to go.
#[test]
fn methods_and_policy_of_a_work_account_point_at_reset() {
    let home = Home::new();
    for command in ["methods", "policy"] {
        let run = home.run_args(
            &Args::new(command)
                .opt("--provider", "entra")
                .user("ada@contoso.com"),
        );
        assert_eq!(run.code, 2, "{run:?}");
        assert!(
            run.stderr.contains("pwreset reset --provider entra"),
            "{}",
            run.stderr
        );
    }
}
