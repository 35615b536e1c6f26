//! The kratos provider against a stub of Ory Kratos's public API: no Kratos runs here (no
//! package in a registry this machine reaches ships the server). The stub keeps one identity
//! and follows the published API reference (https://www.ory.sh/docs/kratos/reference/api) and
//! the recovery guide (https://www.ory.sh/docs/kratos/self-service/flows/account-recovery-password-reset),
//! checked against ory/kratos's source (`selfservice/strategy/code/strategy_recovery.go`,
//! `selfservice/flow/continue_with.go`, `text/id.go`):
//! - `GET /self-service/recovery/api`: a new flow `{id, type: "api", expires_at, state:
//!   "choose_method", ui}`.
//! - `POST /self-service/recovery?flow=ID` `{method: "code", email}`: the flow in `sent_email`
//!   with info message 1060003, the same for unknown addresses; sent again, a new code replaces
//!   the old one. `{method: "code", code}`: the flow with error message 4060006 for a wrong
//!   code (5 wrong ones spend it); the right one gives `passed_challenge` with `continue_with`
//!   `set_ory_session_token` and `show_settings_ui`. An expired flow is 410
//!   `self_service_flow_expired`.
//! - `POST /self-service/settings?flow=SID` `{method: "password", password}` with
//!   `X-Session-Token`: `state: "success"`, or 400 with messages on the `password` node
//!   (4000032 too short, 4000031 too similar to the identifier, 4000034 found in breaches).
//! - `DELETE /self-service/logout/api` `{session_token}`: 204.
//! - Ory Network answers too many requests with 429.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::common::*;
use crate::contract;
use serde_json::{json, Value};

const EMAIL: &str = "noor@example.com";
const OLD_PW: &str = "old alpine meadow 7";
const NEW_PW: &str = "violet orbit staple 42";
/// Passes pwreset's local rules; the stub's Kratos finds it "in data breaches".
const BREACHED_PW: &str = "breached harbour lantern 5";

#[derive(Default, Clone)]
struct RecoveryFlow {
    state: String,
    code: Option<String>,
    wrong: u32,
    expired: bool,
}

#[derive(Default)]
struct Identity {
    password: String,
    flows: HashMap<String, RecoveryFlow>,
    codes_sent: u32,
    flows_made: u32,
    /// Ory Network's limit on new flows (0: none).
    flow_limit: u32,
    sessions: Vec<String>,
    settings: Vec<String>,
    revoked: u32,
}

fn flow_body(id: &str, f: &RecoveryFlow, messages: Value, extra: Value) -> Value {
    let mut v = json!({
        "id": id, "type": "api", "expires_at": rfc3339_in(3600), "issued_at": rfc3339_in(0),
        "request_url": "https://kratos.example/self-service/recovery/api", "active": "code",
        "state": f.state,
        "ui": {"action": format!("https://kratos.example/self-service/recovery?flow={id}"), "method": "POST",
               "nodes": [{"type": "input", "group": "code", "attributes": {"name": "code", "type": "text", "required": true}, "messages": [], "meta": {}},
                         {"type": "input", "group": "code", "attributes": {"name": "email", "type": "submit"}, "messages": [], "meta": {}}],
               "messages": messages}
    });
    v.as_object_mut()
        .unwrap()
        .extend(extra.as_object().cloned().unwrap_or_default());
    v
}

fn kratos_error(status: u16, id: &str, reason: &str) -> Reply {
    Reply::json(
        status,
        json!({"error": {"id": id, "code": status, "status": "Error", "reason": reason, "message": reason}}),
    )
}

fn start_stub(state: Arc<Mutex<Identity>>) -> Stub {
    Stub::start(move |seen, _| {
        let body: Value = serde_json::from_str(&seen.body).unwrap_or_default();
        let (path, query) = seen
            .path
            .split_once('?')
            .unwrap_or((seen.path.as_str(), ""));
        let flow_id = query.strip_prefix("flow=").unwrap_or("").to_owned();
        let mut k = state.lock().unwrap();
        match (seen.method.as_str(), path) {
            ("GET", "/schemas") => Reply::json(
                200,
                json!([{"id": "default", "schema": {"$id": "default"}}]),
            ),
            ("GET", "/self-service/recovery/api") => {
                if k.flow_limit > 0 && k.flows_made >= k.flow_limit {
                    return kratos_error(429, "too_many_requests", "Too many requests");
                }
                k.flows_made += 1;
                let id = format!("0d3c1e5a-{:04}", k.flows_made);
                let f = RecoveryFlow {
                    state: "choose_method".into(),
                    ..RecoveryFlow::default()
                };
                k.flows.insert(id.clone(), f.clone());
                Reply::json(200, flow_body(&id, &f, json!([]), json!({})))
            }
            ("POST", "/self-service/recovery") => {
                let Some(mut f) = k.flows.get(&flow_id).cloned() else {
                    return kratos_error(404, "", "The requested resource could not be found");
                };
                if f.expired {
                    return Reply::json(
                        410,
                        json!({"error": {"id": "self_service_flow_expired", "code": 410, "status": "Gone",
                        "reason": "The recovery flow has expired", "message": "The recovery flow has expired"}, "use_flow_id": "0d3c1e5a-new"}),
                    );
                }
                if body["method"] != "code" {
                    return kratos_error(400, "", "method must be code");
                }
                let reply = if let Some(email) = body["email"].as_str() {
                    if !email.contains('@') {
                        let mut v = flow_body(&flow_id, &f, json!([]), json!({}));
                        v["ui"]["nodes"][1]["attributes"]["name"] = json!("email");
                        v["ui"]["nodes"][1]["messages"] = json!([{"id": 4000001, "type": "error", "text": format!("\"{email}\" is not valid \"email\"")}]);
                        return Reply::json(400, v);
                    }
                    f.state = "sent_email".into();
                    f.wrong = 0;
                    f.code = (email == EMAIL).then(|| {
                        k.codes_sent += 1;
                        format!("{:06}", 271_828 + k.codes_sent * 11)
                    });
                    Reply::json(
                        200,
                        flow_body(
                            &flow_id,
                            &f,
                            json!([{"id": 1060003, "type": "info",
                        "text": "An email containing a recovery code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with."}]),
                            json!({}),
                        ),
                    )
                } else {
                    let given = body["code"].as_str().unwrap_or("");
                    if f.code.as_deref() == Some(given) {
                        f.state = "passed_challenge".into();
                        f.code = None;
                        let token = format!("ory_st_{}", k.sessions.len() + 1);
                        let settings = format!("5e771095-{:04}", k.settings.len() + 1);
                        k.sessions.push(token.clone());
                        k.settings.push(settings.clone());
                        Reply::json(
                            200,
                            flow_body(
                                &flow_id,
                                &f,
                                json!([]),
                                json!({"continue_with": [
                                    {"action": "set_ory_session_token", "ory_session_token": token},
                                    {"action": "show_settings_ui", "flow": {"id": settings, "url": format!("https://app.example/settings?flow={settings}")}}
                                ]}),
                            ),
                        )
                    } else {
                        f.wrong += 1;
                        if f.wrong >= 5 {
                            f.code = None;
                        }
                        Reply::json(
                            200,
                            flow_body(
                                &flow_id,
                                &f,
                                json!([{"id": 4060006, "type": "error",
                            "text": "The recovery code is invalid or has already been used. Please try again."}]),
                                json!({}),
                            ),
                        )
                    }
                };
                k.flows.insert(flow_id, f);
                reply
            }
            ("POST", "/self-service/settings") => {
                let token = seen.header("x-session-token").unwrap_or("").to_owned();
                if !k.sessions.contains(&token) {
                    return kratos_error(
                        401,
                        "session_inactive",
                        "No active session was found in this request.",
                    );
                }
                if !k.settings.contains(&flow_id) {
                    return kratos_error(404, "", "The requested resource could not be found");
                }
                let pw = body["password"].as_str().unwrap_or("");
                let refusal = if pw.chars().count() < 8 {
                    Some((
                        4000032,
                        format!(
                            "The password must be at least 8 characters long, but got {}.",
                            pw.chars().count()
                        ),
                    ))
                } else if pw.contains("noor") {
                    Some((
                        4000031,
                        "The password can not be used because it is too similar to the identifier."
                            .into(),
                    ))
                } else if pw.contains("breached") {
                    Some((
                        4000034,
                        "The password has been found in data breaches and must no longer be used."
                            .into(),
                    ))
                } else {
                    None
                };
                if let Some((id, text)) = refusal {
                    return Reply::json(
                        400,
                        json!({"id": flow_id, "type": "api", "state": "show_form",
                        "ui": {"nodes": [{"type": "input", "group": "password", "attributes": {"name": "password", "type": "password"},
                                          "messages": [{"id": id, "type": "error", "text": text}]}], "messages": []}}),
                    );
                }
                k.password = pw.to_owned();
                Reply::json(
                    200,
                    json!({"id": flow_id, "type": "api", "state": "success", "ui": {"nodes": [], "messages": [
                    {"id": 1050001, "type": "success", "text": "Your changes have been saved!"}]}}),
                )
            }
            ("DELETE", "/self-service/logout/api") => {
                let token = body["session_token"].as_str().unwrap_or("").to_owned();
                k.sessions.retain(|s| *s != token);
                k.revoked += 1;
                Reply::with_type(204, "application/json", "")
            }
            _ => kratos_error(404, "", "The requested resource could not be found"),
        }
    })
}

struct KratosStubTarget {
    stub: Stub,
    state: Arc<Mutex<Identity>>,
}

fn kratos_target() -> KratosStubTarget {
    let state = Arc::new(Mutex::new(Identity {
        password: OLD_PW.into(),
        ..Identity::default()
    }));
    KratosStubTarget {
        stub: start_stub(Arc::clone(&state)),
        state,
    }
}

impl KratosStubTarget {
    fn latest(&self) -> String {
        let k = self.state.lock().unwrap();
        k.flows
            .values()
            .filter_map(|f| f.code.clone())
            .max_by_key(|c| c.clone())
            .expect("no code sent")
    }
}

impl contract::Target for KratosStubTarget {
    fn provider(&self, base: &str) -> Box<dyn pwreset::provider::Provider> {
        Box::new(pwreset::provider::kratos::KratosProvider::new(
            contract::api(base),
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
        self.latest()
    }
    fn signs_in(&self, _user: &str, password: &str) -> bool {
        self.state.lock().unwrap().password == password
    }
    fn set_password_request(&self) -> &'static str {
        // The JSON key only the settings submission has.
        "password"
    }
    fn refused_password(&self) -> Result<&'static str, &'static str> {
        Ok(BREACHED_PW)
    }
    fn expire_codes(&self) -> Result<(), &'static str> {
        Err("Kratos answers an expired code like a wrong one (4060006); kratos::an_expired_flow_means_start_again covers the flow's expiry")
    }
    fn expire_flows(&self) -> Result<(), &'static str> {
        Err("the code goes out at the start, so an expired flow shows at the code (kratos::an_expired_flow_means_start_again)")
    }
    fn limits_starts(&self) -> Result<(), &'static str> {
        self.state.lock().unwrap().flow_limit = 3;
        Ok(())
    }
}

contract_suite!(contract_kratos_stub, kratos_target);

fn args(url: &str) -> Vec<String> {
    [
        "reset",
        "--provider",
        "kratos",
        "--url",
        url,
        "--user",
        EMAIL,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn wait_for_code(t: &KratosStubTarget) -> String {
    wait_until(
        "the recovery code",
        std::time::Duration::from_secs(10),
        || t.state.lock().unwrap().codes_sent > 0,
    );
    t.latest()
}

#[test]
fn scripted_reset_revokes_the_session_it_was_given() {
    let t = kratos_target();
    let home = Home::new();
    let child = start_piped(home.cmd(&[]).args(args(&t.stub.url)).args([
        "--code-stdin",
        "--password-stdin",
        "--output",
        "json",
    ]));
    let code = wait_for_code(&t);
    let run = feed(child, &format!("{code}\n{NEW_PW}\n"));
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["provider"], "kratos");
    let k = t.state.lock().unwrap();
    assert_eq!(k.password, NEW_PW);
    assert_eq!(k.revoked, 1, "the recovery session was left active");
    assert!(k.sessions.is_empty());
    // The code was sent alone (with the email, Kratos would have sent a new one instead).
    let paths = t.stub.requests();
    let code_post = paths
        .iter()
        .find(|r| r.body.contains("\"code\":"))
        .expect("the code was posted");
    assert!(!code_post.body.contains("email"), "{code_post:?}");
}

#[test]
fn interactive_wrong_code_then_kratos_reasons() {
    let t = kratos_target();
    let home = Home::new();
    let a = args(&t.stub.url);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let mut s = pty(&home, &a);
    s.exp_string(&format!("Enter the code for {EMAIL}"))
        .unwrap();
    s.send_line("000000").unwrap();
    s.exp_string("That code is not correct.").unwrap();
    s.send_line(&t.latest()).unwrap();
    type_new_password(&mut s, BREACHED_PW);
    s.exp_string("found in data breaches").unwrap();
    type_new_password(&mut s, NEW_PW);
    s.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(s).1, 0);
    assert_eq!(t.state.lock().unwrap().password, NEW_PW);
}

#[test]
fn an_expired_flow_means_start_again() {
    let t = kratos_target();
    let home = Home::new();
    let child = start_piped(home.cmd(&[]).args(args(&t.stub.url)).args([
        "--code-stdin",
        "--password-stdin",
        "--output",
        "json",
    ]));
    let code = wait_for_code(&t);
    for f in t.state.lock().unwrap().flows.values_mut() {
        f.expired = true;
    }
    let run = feed(child, &format!("{code}\n{NEW_PW}\n"));
    assert_eq!(run.code, 7, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["error"]["code"], "flow_expired", "{v}");
    assert_eq!(t.state.lock().unwrap().password, OLD_PW);
}

#[test]
fn what_kratos_cannot_do_and_how_auto_knows_it() {
    let t = kratos_target();
    let home = Home::new();
    for (cmd, says) in [
        ("unlock", "Ory Kratos has no self-service unlock"),
        ("methods", "recovers by email only"),
    ] {
        let run = home.run(&[
            cmd,
            "--provider",
            "kratos",
            "--url",
            &t.stub.url,
            "--user",
            EMAIL,
        ]);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains(says), "{run:?}");
    }
    let run = home.run(&["detect", "--url", &t.stub.url]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.trim(), "kratos");
}
