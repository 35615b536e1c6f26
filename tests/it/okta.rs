//! The okta provider against a stub of Okta's Classic Authentication API: no Okta org runs
//! here. The stub keeps one user and follows the published reference for recovery
//! (https://developer.okta.com/docs/reference/api/authn/#recovery-operations, and the state
//! model at https://developer.okta.com/docs/reference/api/authn/#transaction-state), as the
//! okta-signin-widget's tests exercise it:
//! - `POST /api/v1/authn/recovery/password` and `/recovery/unlock` `{username, factorType}`:
//!   SMS/CALL → `RECOVERY_CHALLENGE` with a `stateToken` and `_links`; EMAIL →
//!   `RECOVERY_CHALLENGE`, `factorResult: WAITING`, no `stateToken` (the mail carries a
//!   `recoveryToken` in `…/signin/reset-password/{token}`). The same for an unknown username.
//! - `/recovery/factors/{SMS|CALL}/verify` `{stateToken, passCode}`, `/recovery/factors/{…}/resend`,
//!   `/recovery/token` `{recoveryToken}`, `/recovery/answer` `{stateToken, answer}`:
//!   `RECOVERY` with `_embedded.user.recovery_question`, `PASSWORD_RESET` with
//!   `_embedded.policy`, or `SUCCESS` with `recoveryType: UNLOCK`.
//! - `/credentials/reset_password` `{stateToken, newPassword}` → `SUCCESS`.
//! - `POST /api/v1/authn` `{stateToken}`: the transaction's current state; `/cancel`.
//! - Errors `{errorCode, errorSummary, errorLink, errorId, errorCauses}`: E0000011 (401, invalid
//!   token), E0000068 (403, invalid passcode), E0000087 (403, answer mismatch), E0000080 (403,
//!   policy, with causes), E0000079 (403, wrong state), E0000047 (429, with
//!   `X-Rate-Limit-Reset`), E0000095 (403, recovery not allowed).
//! - `GET /.well-known/okta-organization`: `{id, pipeline, _links}`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::common::*;
use crate::contract;
use serde_json::{json, Value};

const USER: &str = "dana@example.com";
const OLD_PW: &str = "old alpine meadow 7";
const NEW_PW: &str = "violet orbit staple 42";
const QUESTION: &str = "What is the food you least liked as a child?";
const ANSWER: &str = "boiled spinach";

#[derive(Clone)]
struct Transaction {
    status: String,
    recovery: String,
    code: Option<String>,
    expired: bool,
}

#[derive(Default)]
struct Org {
    password: String,
    history: Vec<String>,
    locked: bool,
    question: bool,
    /// Refuse recovery for this user (E0000095).
    refused: bool,
    /// Answer as an org on Identity Engine that refuses the Classic recovery calls.
    identity_engine: bool,
    /// Requests allowed before 429 (0: no limit).
    limit: u32,
    starts: u32,
    codes: u32,
    transactions: HashMap<String, Transaction>,
    /// Mailed recovery tokens, with the recovery type, until used.
    mailed: HashMap<String, String>,
    authorization_seen: u32,
}

fn okta_error(status: u16, code: &str, summary: &str, causes: &[&str]) -> Reply {
    Reply::json(
        status,
        json!({"errorCode": code, "errorSummary": summary, "errorLink": code, "errorId": "oae1",
               "errorCauses": causes.iter().map(|c| json!({"errorSummary": c})).collect::<Vec<_>>()}),
    )
}

fn policy() -> Value {
    json!({"expiration": {"passwordExpireDays": 0},
           "complexity": {"minLength": 10, "minLowerCase": 0, "minUpperCase": 0, "minNumber": 1, "minSymbol": 0, "excludeUsername": true},
           "age": {"minAgeMinutes": 0, "historyCount": 4}})
}

/// The state a transaction moves to once its factor (or link) is verified.
fn after_factor(o: &mut Org, token: &str) -> Value {
    let t = o.transactions.get_mut(token).unwrap();
    t.code = None;
    if o.question {
        t.status = "RECOVERY".into();
        return json!({"stateToken": token, "expiresAt": rfc3339_in(300), "status": "RECOVERY", "recoveryType": t.recovery,
            "_embedded": {"user": {"id": "00u1", "profile": {"login": USER, "firstName": "Dana", "lastName": "K", "locale": "en_US", "timeZone": "UTC"},
                                   "recovery_question": {"question": QUESTION}}},
            "_links": {"next": {"name": "answer", "href": "https://acme.okta.com/api/v1/authn/recovery/answer"}}});
    }
    after_question(o, token)
}

fn after_question(o: &mut Org, token: &str) -> Value {
    let t = o.transactions.get_mut(token).unwrap();
    if t.recovery == "UNLOCK" {
        t.status = "SUCCESS".into();
        o.locked = false;
        return json!({"status": "SUCCESS", "recoveryType": "UNLOCK", "relayState": null});
    }
    t.status = "PASSWORD_RESET".into();
    json!({"stateToken": token, "expiresAt": rfc3339_in(300), "status": "PASSWORD_RESET", "recoveryType": "PASSWORD",
        "_embedded": {"user": {"id": "00u1", "profile": {"login": USER}}, "policy": policy()},
        "_links": {"next": {"name": "password", "href": "https://acme.okta.com/api/v1/authn/credentials/reset_password"}}})
}

fn start_stub(state: Arc<Mutex<Org>>) -> Stub {
    Stub::start(move |seen, _| {
        let body: Value = serde_json::from_str(&seen.body).unwrap_or_default();
        let mut o = state.lock().unwrap();
        if seen.header("authorization").is_some() {
            o.authorization_seen += 1;
        }
        let token = body["stateToken"].as_str().unwrap_or("").to_owned();
        let live = |o: &Org| o.transactions.get(&token).filter(|t| !t.expired).cloned();
        let invalid_token = || okta_error(401, "E0000011", "Invalid token provided", &[]);
        match (seen.method.as_str(), seen.path.as_str()) {
            ("GET", "/.well-known/okta-organization") => Reply::json(
                200,
                json!({"id": "00o1", "pipeline": "v1",
                "_links": {"organization": {"href": "https://acme.okta.com"}}}),
            ),
            ("POST", "/api/v1/authn/recovery/password" | "/api/v1/authn/recovery/unlock") => {
                o.starts += 1;
                if o.limit > 0 && o.starts > o.limit {
                    let reset = std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .unwrap()
                        .as_secs()
                        + 30;
                    return okta_error(
                        429,
                        "E0000047",
                        "API call exceeded rate limit due to too many requests.",
                        &[],
                    )
                    .header("X-Rate-Limit-Reset", &reset.to_string());
                }
                if o.refused {
                    return okta_error(
                        403,
                        "E0000095",
                        "Recovery not allowed for unknown user.",
                        &[],
                    );
                }
                if o.identity_engine {
                    return okta_error(
                        403,
                        "E0000006",
                        "You do not have permission to perform the requested action",
                        &[],
                    );
                }
                let recovery = if seen.path.ends_with("unlock") {
                    "UNLOCK"
                } else {
                    "PASSWORD"
                };
                let factor = body["factorType"].as_str().unwrap_or("");
                let known = body["username"] == USER;
                if factor == "EMAIL" {
                    if known {
                        o.codes += 1;
                        let rt = format!("VJFmw{}Xq", o.codes);
                        o.mailed.insert(rt, recovery.into());
                    }
                    return Reply::json(
                        200,
                        json!({"status": "RECOVERY_CHALLENGE", "factorResult": "WAITING",
                        "factorType": "EMAIL", "recoveryType": recovery}),
                    );
                }
                o.codes += 1;
                let st = format!("00st{}AbC", o.codes);
                let code = format!("{:06}", 161_803 + o.codes * 13);
                // An unknown user gets a transaction too, whose code never comes.
                o.transactions.insert(
                    st.clone(),
                    Transaction {
                        status: "RECOVERY_CHALLENGE".into(),
                        recovery: recovery.into(),
                        code: known.then_some(code),
                        expired: false,
                    },
                );
                Reply::json(
                    200,
                    json!({"stateToken": st, "expiresAt": rfc3339_in(300), "status": "RECOVERY_CHALLENGE",
                    "factorType": factor, "recoveryType": recovery,
                    "_links": {"next": {"name": "verify", "href": format!("https://acme.okta.com/api/v1/authn/recovery/factors/{factor}/verify")},
                               "cancel": {"href": "https://acme.okta.com/api/v1/authn/cancel"},
                               "resend": {"name": "sms", "href": format!("https://acme.okta.com/api/v1/authn/recovery/factors/{factor}/resend")}}}),
                )
            }
            ("POST", p) if p.starts_with("/api/v1/authn/recovery/factors/") => {
                let Some(t) = live(&o) else {
                    return invalid_token();
                };
                if t.status != "RECOVERY_CHALLENGE" {
                    return okta_error(
                        403,
                        "E0000079",
                        "This operation is not allowed in the current authentication state.",
                        &[],
                    );
                }
                if p.ends_with("/resend") {
                    o.codes += 1;
                    let code = format!("{:06}", 161_803 + o.codes * 13);
                    let had = t.code.is_some();
                    o.transactions.get_mut(&token).unwrap().code = had.then_some(code);
                    return Reply::json(
                        200,
                        json!({"stateToken": token, "status": "RECOVERY_CHALLENGE", "expiresAt": rfc3339_in(300)}),
                    );
                }
                if t.code.as_deref() != Some(body["passCode"].as_str().unwrap_or("")) {
                    return okta_error(
                        403,
                        "E0000068",
                        "Invalid Passcode/Answer",
                        &["Your passcode doesn't match our records. Please try again."],
                    );
                }
                Reply::json(200, after_factor(&mut o, &token))
            }
            ("POST", "/api/v1/authn/recovery/token") => {
                let rt = body["recoveryToken"].as_str().unwrap_or("");
                let Some(recovery) = o.mailed.remove(rt) else {
                    return invalid_token();
                };
                let st = format!("00st{}Em", o.transactions.len() + 1);
                o.transactions.insert(
                    st.clone(),
                    Transaction {
                        status: "RECOVERY_CHALLENGE".into(),
                        recovery,
                        code: None,
                        expired: false,
                    },
                );
                Reply::json(200, after_factor(&mut o, &st))
            }
            ("POST", "/api/v1/authn/recovery/answer") => {
                let Some(t) = live(&o) else {
                    return invalid_token();
                };
                if t.status != "RECOVERY" {
                    return okta_error(
                        403,
                        "E0000079",
                        "This operation is not allowed in the current authentication state.",
                        &[],
                    );
                }
                if !body["answer"]
                    .as_str()
                    .unwrap_or("")
                    .eq_ignore_ascii_case(ANSWER)
                {
                    return okta_error(
                        403,
                        "E0000087",
                        "The recovery question answer did not match our records.",
                        &[],
                    );
                }
                Reply::json(200, after_question(&mut o, &token))
            }
            ("POST", "/api/v1/authn/credentials/reset_password") => {
                let Some(t) = live(&o) else {
                    return invalid_token();
                };
                if t.status != "PASSWORD_RESET" {
                    return okta_error(
                        403,
                        "E0000079",
                        "This operation is not allowed in the current authentication state.",
                        &[],
                    );
                }
                let pw = body["newPassword"].as_str().unwrap_or("").to_owned();
                if pw.chars().count() < 10
                    || !pw.chars().any(|c| c.is_ascii_digit())
                    || pw.contains("dana")
                {
                    return okta_error(403, "E0000080", "The password does not meet the complexity requirements of the current password policy.",
                        &["Password requirements were not met. Password requirements: at least 10 characters, a number, no parts of your username."]);
                }
                if pw == o.password || o.history.contains(&pw) {
                    return okta_error(403, "E0000080", "The password does not meet the complexity requirements of the current password policy.",
                        &["Password has been used too recently"]);
                }
                let old = std::mem::replace(&mut o.password, pw);
                o.history.push(old);
                o.transactions.remove(&token);
                Reply::json(
                    200,
                    json!({"status": "SUCCESS", "sessionToken": "20111h", "_embedded": {"user": {"id": "00u1", "profile": {"login": USER}}}}),
                )
            }
            ("POST", "/api/v1/authn") => {
                let Some(t) = live(&o) else {
                    return invalid_token();
                };
                let status = t.status.clone();
                let mut v =
                    json!({"stateToken": token, "status": status, "recoveryType": t.recovery});
                if status == "PASSWORD_RESET" {
                    v["_embedded"] = json!({"policy": policy()});
                }
                Reply::json(200, v)
            }
            ("POST", "/api/v1/authn/cancel") => {
                o.transactions.remove(&token);
                Reply::json(200, json!({}))
            }
            _ => okta_error(
                404,
                "E0000022",
                "The endpoint does not support the provided HTTP method",
                &[],
            ),
        }
    })
}

struct OktaStubTarget {
    stub: Stub,
    state: Arc<Mutex<Org>>,
}

fn okta_target() -> OktaStubTarget {
    let state = Arc::new(Mutex::new(Org {
        password: OLD_PW.into(),
        locked: true,
        ..Org::default()
    }));
    OktaStubTarget {
        stub: start_stub(Arc::clone(&state)),
        state,
    }
}

impl OktaStubTarget {
    fn latest_code(&self) -> String {
        let o = self.state.lock().unwrap();
        o.transactions
            .values()
            .filter_map(|t| t.code.clone())
            .max()
            .expect("no code sent")
    }

    fn latest_link(&self) -> String {
        let o = self.state.lock().unwrap();
        let token = o.mailed.keys().max().expect("no mail").clone();
        format!("https://acme.okta.com/signin/reset-password/{token}")
    }
}

impl Drop for OktaStubTarget {
    fn drop(&mut self) {
        // Never an Authorization header: with one these calls are the administrator's.
        if !std::thread::panicking() {
            assert_eq!(
                self.state.lock().unwrap().authorization_seen,
                0,
                "a request carried Authorization"
            );
        }
    }
}

impl contract::Target for OktaStubTarget {
    fn provider(&self, base: &str) -> Box<dyn pwreset::provider::Provider> {
        Box::new(pwreset::provider::okta::OktaProvider::new(contract::api(
            base,
        )))
    }
    fn base(&self) -> String {
        self.stub.url.clone()
    }
    fn account(&self) -> (String, String) {
        (USER.into(), OLD_PW.into())
    }
    fn unknown_user(&self) -> String {
        "nobody@example.com".into()
    }
    fn latest_code(&self, _user: &str) -> String {
        OktaStubTarget::latest_code(self)
    }
    fn signs_in(&self, _user: &str, password: &str) -> bool {
        let o = self.state.lock().unwrap();
        o.password == password
    }
    fn set_password_request(&self) -> &'static str {
        "/credentials/reset_password"
    }
    fn refused_password(&self) -> Result<&'static str, &'static str> {
        // Meets the published complexity, but Okta's history rule refuses it.
        Ok(OLD_PW)
    }
    fn expire_codes(&self) -> Result<(), &'static str> {
        Err("Okta answers an expired passcode like a wrong one (E0000068)")
    }
    fn expire_flows(&self) -> Result<(), &'static str> {
        Err("the transaction starts with the chosen factor's send, so an expired one shows at the code (okta::an_expired_transaction_means_start_again)")
    }
    fn limits_starts(&self) -> Result<(), &'static str> {
        Err("starting sends nothing to Okta (the factor is chosen first); its 429 at the send is okta::refusals_rate_limits_and_methods_in_oktas_words")
    }
}

contract_suite!(contract_okta_stub, okta_target);

fn args(cmd: &str, url: &str) -> Vec<String> {
    [cmd, "--provider", "okta", "--url", url, "--user", USER]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

#[test]
fn scripted_reset_by_sms_with_the_recovery_question_and_the_published_policy() {
    let t = okta_target();
    t.state.lock().unwrap().question = true;
    let home = Home::new();
    let mut a = args("reset", &t.stub.url);
    a.extend(
        [
            "--method",
            "sms",
            "--code-stdin",
            "--password-stdin",
            "--output",
            "json",
        ]
        .map(String::from),
    );
    let child = start_piped(home.cmd(&[]).args(&a));
    wait_until("the SMS", std::time::Duration::from_secs(10), || {
        t.state.lock().unwrap().codes > 0
    });
    let code = t.latest_code();
    // The code, the answer to the question, the password: one line each.
    let run = feed(child, &format!("{code}\n{ANSWER}\n{NEW_PW}\n"));
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(t.state.lock().unwrap().password, NEW_PW);
    let paths: Vec<String> = t.stub.paths();
    assert!(
        paths.iter().any(|p| p.ends_with("/recovery/answer")),
        "{paths:?}"
    );
}

#[test]
fn scripted_reset_by_the_emailed_link() {
    let t = okta_target();
    let home = Home::new();
    let mut a = args("reset", &t.stub.url);
    a.extend(["--method", "email", "--code-stdin", "--password-stdin"].map(String::from));
    let child = start_piped(home.cmd(&[]).args(&a));
    wait_until("the mail", std::time::Duration::from_secs(10), || {
        !t.state.lock().unwrap().mailed.is_empty()
    });
    let run = feed(child, &format!("{}\n{NEW_PW}\n", t.latest_link()));
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(t.state.lock().unwrap().password, NEW_PW);
}

#[test]
fn interactive_unlock_by_voice_call_with_a_wrong_answer_first() {
    let t = okta_target();
    t.state.lock().unwrap().question = true;
    let home = Home::new();
    let mut a = args("unlock", &t.stub.url);
    a.extend(["--method", "voice"].map(String::from));
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let mut s = pty(&home, &a);
    s.exp_string(&format!("Enter the code for {USER}")).unwrap();
    s.send_line(&t.latest_code()).unwrap();
    s.exp_string(QUESTION).unwrap();
    s.send_line("carrots").unwrap();
    s.exp_string("not correct").unwrap();
    s.exp_string(QUESTION).unwrap();
    s.send_line(ANSWER).unwrap();
    let (rest, code) = pty_finish(s);
    assert_eq!(code, 0, "{rest}");
    let o = t.state.lock().unwrap();
    assert!(!o.locked, "the account is still locked");
    assert_eq!(o.password, OLD_PW, "unlock changed the password");
}

#[test]
fn interactive_reset_shows_the_policy_and_oktas_causes() {
    let t = okta_target();
    let home = Home::new();
    let mut a = args("reset", &t.stub.url);
    a.extend(["--method", "sms"].map(String::from));
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let mut s = pty(&home, &a);
    s.exp_string(&format!("Enter the code for {USER}")).unwrap();
    // A new code on the same transaction (Okta's resend), then that one.
    let first = t.latest_code();
    s.send_line("r").unwrap();
    s.exp_string(&format!("Enter the code for {USER}")).unwrap();
    assert!(t
        .stub
        .paths()
        .iter()
        .any(|p| p.ends_with("/recovery/factors/SMS/resend")));
    assert_ne!(t.latest_code(), first);
    s.send_line(&t.latest_code()).unwrap();
    // Okta's own policy, before typing: at least 10 characters and a digit.
    s.exp_string("10 to").unwrap();
    type_new_password(&mut s, OLD_PW);
    s.exp_string("Password has been used too recently").unwrap();
    type_new_password(&mut s, NEW_PW);
    s.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(s).1, 0);
}

#[test]
fn an_expired_transaction_means_start_again() {
    let t = okta_target();
    let home = Home::new();
    let mut a = args("reset", &t.stub.url);
    a.extend(
        [
            "--method",
            "sms",
            "--code-stdin",
            "--password-stdin",
            "--output",
            "json",
        ]
        .map(String::from),
    );
    let child = start_piped(home.cmd(&[]).args(&a));
    wait_until("the SMS", std::time::Duration::from_secs(10), || {
        t.state.lock().unwrap().codes > 0
    });
    let code = t.latest_code();
    for tr in t.state.lock().unwrap().transactions.values_mut() {
        tr.expired = true;
    }
    let run = feed(child, &format!("{code}\n{NEW_PW}\n"));
    assert_eq!(run.code, 7, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["error"]["code"], "flow_expired", "{v}");
}

#[test]
fn refusals_rate_limits_and_methods_in_oktas_words() {
    let t = okta_target();
    let home = Home::new();
    let scripted = |extra: &[&str]| {
        let mut a = args("reset", &t.stub.url);
        a.extend(
            [
                "--method",
                "sms",
                "--code-stdin",
                "--password-stdin",
                "--output",
                "json",
            ]
            .map(String::from),
        );
        a.extend(extra.iter().map(|s| s.to_string()));
        home.run(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    t.state.lock().unwrap().refused = true;
    let run = scripted(&[]);
    assert_eq!(run.code, 3, "{run:?}");
    assert!(run.stderr.contains("Recovery not allowed"), "{run:?}");
    t.state.lock().unwrap().refused = false;
    // An org on Identity Engine: Okta's words, and where to go instead.
    t.state.lock().unwrap().identity_engine = true;
    let run = scripted(&[]);
    assert_eq!(run.code, 3, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    let said = |k: &str| v["error"][k].as_str().unwrap_or_default().to_owned();
    assert!(
        said("message").contains("You do not have permission"),
        "{v}"
    );
    assert!(said("hint").contains("Identity Engine"), "{v}");
    t.state.lock().unwrap().identity_engine = false;
    t.state.lock().unwrap().limit = 1;
    let _ = scripted(&[]);
    let run = scripted(&[]);
    assert_eq!(run.code, 5, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    let wait = v["error"]["retry_after_s"]
        .as_u64()
        .expect("the wait from X-Rate-Limit-Reset");
    assert!((25..=31).contains(&wait), "{v}");
    let run = home.run(&[
        "methods",
        "--provider",
        "okta",
        "--url",
        &t.stub.url,
        "--user",
        USER,
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--method sms|voice|email"), "{run:?}");
    let run = home.run(&["detect", "--url", &t.stub.url]);
    assert_eq!(run.stdout.trim(), "okta", "{run:?}");
}
