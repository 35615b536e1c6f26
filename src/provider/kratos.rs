//! The `kratos` provider: Ory Kratos (self-hosted, or Ory Network) under `--url`, its public
//! endpoint. Native (API) flows, JSON, no cookies:
//!
//! 1. `GET /self-service/recovery/api` creates a recovery flow; `POST
//!    /self-service/recovery?flow=ID` `{method: "code", email}` mails a code (the same answer
//!    whether or not the address has an account; sent again, it replaces the code).
//! 2. `POST …?flow=ID` `{method: "code", code}` (never with `email`, which would send a new
//!    one): a wrong code comes back as the flow with an error message; the right one as the flow
//!    in `passed_challenge` whose `continue_with` holds a session token
//!    (`set_ory_session_token`) and the settings flow (`show_settings_ui`).
//! 3. `POST /self-service/settings?flow=SID` `{method: "password", password}` with
//!    `X-Session-Token` sets the password (refusals are messages on the `password` node), then
//!    the session is revoked (`DELETE /self-service/logout/api`).

use reqwest::Method;
use serde_json::{json, Value};

use super::{Answer, Capabilities, Challenge, CodeCheck, Provider, Refusal, StartedFlow, Verified};
use crate::error::{Failure, Result, Violation};
use crate::http::{Api, ApiResponse};
use crate::output::{clean_capped, SERVICE_TEXT_MAX};
use crate::policy::{Policy, MAX_PASSWORD_LENGTH};
use crate::protocol::{Intent, MethodInfo};
use crate::secret::Secret;

/// Kratos's message ids pwreset steers by (its `text` package).
const CODE_INVALID: u64 = 4060006;
const FLOW_EXPIRED: u64 = 4060005;

pub struct KratosProvider {
    api: Api,
    session: Option<Secret>,
    settings_flow: Option<String>,
    first_challenge: Option<Challenge>,
}

fn no_unlock() -> String {
    crate::t!("kratos-has-no-unlock")
}

/// A flow or error id as Kratos writes them: a UUID-like token, nothing that could leave a path
/// segment or a query value.
fn safe_id(id: &str) -> Option<String> {
    (!id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .then(|| id.to_owned())
}

/// The error messages of a flow's `ui`: (id, text), from `ui.messages` and from the node named
/// `node` (when given).
fn ui_errors(flow: &Value, node: Option<&str>) -> Vec<(u64, String)> {
    let from = |messages: &Value| -> Vec<(u64, String)> {
        messages
            .as_array()
            .map(|m| {
                m.iter()
                    .filter(|x| x["type"] == "error")
                    .map(|x| {
                        (
                            x["id"].as_u64().unwrap_or(0),
                            clean_capped(x["text"].as_str().unwrap_or_default(), SERVICE_TEXT_MAX),
                        )
                    })
                    .take(16)
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut out = from(&flow["ui"]["messages"]);
    if let (Some(name), Some(nodes)) = (node, flow["ui"]["nodes"].as_array()) {
        for n in nodes.iter().filter(|n| n["attributes"]["name"] == name) {
            out.extend(from(&n["messages"]));
        }
    }
    out
}

impl KratosProvider {
    pub fn new(api: Api) -> Self {
        KratosProvider {
            api,
            session: None,
            settings_flow: None,
            first_challenge: None,
        }
    }

    fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        session: Option<&Secret>,
    ) -> Result<ApiResponse> {
        let mut headers = vec![("Accept", "application/json")];
        if let Some(s) = session {
            headers.push(("X-Session-Token", s.expose()));
        }
        let resp = self.api.send(method, path, body.as_ref(), None, &headers)?;
        if let Some(throttled) = resp.throttled(&self.service()) {
            return Err(throttled);
        }
        Ok(resp)
    }

    fn json(&self, resp: &ApiResponse) -> Result<Value> {
        match serde_json::from_slice::<Value>(&resp.body) {
            Ok(v) if v.is_object() && resp.status < 500 => Ok(v),
            _ => Err(resp.unexpected(
                &self.service(),
                &crate::t!("kratos-answer"),
                &crate::t!("kratos-check-url"),
            )),
        }
    }

    fn flow_gone(&self) -> Failure {
        Failure::refused(
            Refusal::FlowGone,
            crate::t!("kratos-flow-expired", service = self.service()),
        )
        .with_hint(crate::t!("allauth-start-again"))
    }

    /// A non-flow answer: Kratos's `{"error": {id, code, reason, message}}`.
    fn error_answer(&self, status: u16, v: &Value) -> Failure {
        let id = v["error"]["id"].as_str().unwrap_or_default();
        let said = v["error"]["reason"]
            .as_str()
            .or(v["error"]["message"].as_str())
            .map(|s| clean_capped(s, SERVICE_TEXT_MAX))
            .unwrap_or_default();
        match (status, id) {
            (410, _) | (_, "self_service_flow_expired") => self.flow_gone(),
            (_, "session_refresh_required") => Failure::refused(
                Refusal::FlowGone,
                crate::t!("kratos-session-too-old", service = self.service()),
            )
            .with_hint(crate::t!("allauth-start-again")),
            (_, "browser_location_change_required") => Failure::refused(
                Refusal::NotSupported,
                crate::t!("kratos-needs-browser", service = self.service()),
            )
            .with_hint(crate::t!("kratos-enable-continue-with")),
            (_, "session_already_available") => {
                Failure::usage(crate::t!("kratos-signed-in", service = self.service()))
            }
            _ => Failure::service(crate::t!(
                "pocketbase-refused",
                service = self.service(),
                status = status,
                message = format!("{said} ({})", clean_capped(id, 64))
            )),
        }
    }

    /// Creates a recovery flow: its id and when it expires.
    fn new_flow(&self) -> Result<(String, Option<String>)> {
        let resp = self.send(Method::GET, "self-service/recovery/api", None, None)?;
        let v = self.json(&resp)?;
        if resp.status != 200 {
            return Err(self.error_answer(resp.status, &v));
        }
        let id = v["id"].as_str().and_then(safe_id).ok_or_else(|| {
            Failure::refused(
                Refusal::Nonsense,
                crate::t!("kratos-no-flow", service = self.service()),
            )
        })?;
        Ok((id, v["expires_at"].as_str().map(|s| clean_capped(s, 40))))
    }

    /// Posts to the recovery flow; the flow Kratos answers with.
    fn recovery(&self, flow: &str, body: Value) -> Result<Value> {
        let resp = self.send(
            Method::POST,
            &format!("self-service/recovery?flow={flow}"),
            Some(body),
            None,
        )?;
        let v = self.json(&resp)?;
        if v.get("error").is_some() || !matches!(resp.status, 200 | 400) {
            return Err(self.error_answer(resp.status, &v));
        }
        if ui_errors(&v, None)
            .iter()
            .any(|(id, _)| *id == FLOW_EXPIRED)
        {
            return Err(self.flow_gone());
        }
        Ok(v)
    }

    fn send_code(&self, flow: &StartedFlow) -> Result<()> {
        let v = self.recovery(&flow.id, json!({"method": "code", "email": flow.user}))?;
        let errors = ui_errors(&v, Some("email"));
        if let Some((_, text)) = errors.first() {
            return Err(Failure::usage(crate::t!(
                "kratos-refused-email",
                service = self.service(),
                message = text.clone()
            ))
            .with_hint(crate::t!("firebase-pass-user-you-example")));
        }
        Ok(())
    }
}

impl Provider for KratosProvider {
    fn name(&self) -> &'static str {
        "kratos"
    }

    fn service(&self) -> String {
        self.api.service_label()
    }

    fn start(&mut self, user: &str, intent: Intent) -> Result<StartedFlow> {
        if intent == Intent::Unlock {
            return Err(Failure::refused(Refusal::NotSupported, no_unlock()));
        }
        let (id, expires_at) = self.new_flow()?;
        let mut flow = StartedFlow::by_email(user, intent, &id, "code");
        flow.expires_at = expires_at;
        self.send_code(&flow)?;
        self.first_challenge = Some(Challenge::bare(Answer::Code { digits: None }));
        Ok(flow)
    }

    fn send_challenge(&mut self, flow: &StartedFlow, _method: &MethodInfo) -> Result<Challenge> {
        if let Some(first) = self.first_challenge.take() {
            return Ok(first);
        }
        // The email again: Kratos replaces the code and mails the new one.
        self.send_code(flow)?;
        Ok(Challenge::bare(Answer::Code { digits: None }))
    }

    fn verify(
        &mut self,
        flow: &StartedFlow,
        _challenge: &Challenge,
        input: &Secret,
    ) -> Result<Verified> {
        let code: String = input
            .expose()
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        let wrong = || {
            Failure::refused(
                Refusal::WrongCode {
                    attempts_left: None,
                },
                crate::t!("allauth-code-not-valid", service = self.service()),
            )
            .with_hint(crate::t!("better-auth-type-latest-code"))
        };
        if code.is_empty() || code.len() > 64 || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(wrong());
        }
        let v = self.recovery(&flow.id, json!({"method": "code", "code": code}))?;
        // A spent or wrong code is said so whatever state the flow is in (a flow that already
        // passed keeps that state).
        let invalid = ui_errors(&v, Some("code"))
            .iter()
            .any(|(id, _)| *id == CODE_INVALID);
        if invalid || v["state"] == "sent_email" {
            return Err(wrong());
        }
        if v["state"] != "passed_challenge" {
            return Err(Failure::refused(
                Refusal::Nonsense,
                crate::t!("kratos-no-session", service = self.service()),
            ));
        }
        let actions = v["continue_with"].as_array().cloned().unwrap_or_default();
        let token = actions
            .iter()
            .find(|a| a["action"] == "set_ory_session_token")
            .and_then(|a| a["ory_session_token"].as_str())
            .filter(|t| !t.is_empty() && t.len() <= 4096 && !t.chars().any(char::is_control));
        let Some(token) = token else {
            return Err(Failure::refused(
                Refusal::Nonsense,
                crate::t!("kratos-no-session", service = self.service()),
            ));
        };
        self.session = Some(Secret::new(token.to_owned()));
        self.settings_flow = actions
            .iter()
            .find(|a| a["action"] == "show_settings_ui")
            .and_then(|a| a["flow"]["id"].as_str())
            .and_then(safe_id);
        Ok(Verified::Checked {
            gates_passed: 1,
            gates_required: 1,
        })
    }

    fn policy(&mut self, _flow: Option<&StartedFlow>) -> Result<Policy> {
        Ok(Policy::new(8, MAX_PASSWORD_LENGTH, 0, false))
    }

    fn set_password(
        &mut self,
        _flow: &StartedFlow,
        password: &Secret,
        _idempotency_key: &str,
    ) -> Result<()> {
        let session = self.session.clone().ok_or_else(super::no_code_yet)?;
        let settings = match self.settings_flow.clone() {
            Some(id) => id,
            None => {
                let resp = self.send(
                    Method::GET,
                    "self-service/settings/api",
                    None,
                    Some(&session),
                )?;
                let v = self.json(&resp)?;
                if resp.status != 200 {
                    return Err(self.error_answer(resp.status, &v));
                }
                let id = v["id"].as_str().and_then(safe_id).ok_or_else(|| {
                    Failure::refused(
                        Refusal::Nonsense,
                        crate::t!("kratos-no-flow", service = self.service()),
                    )
                })?;
                self.settings_flow = Some(id.clone());
                id
            }
        };
        let resp = self.send(
            Method::POST,
            &format!("self-service/settings?flow={settings}"),
            Some(json!({"method": "password", "password": password.expose()})),
            Some(&session),
        )?;
        let v = self.json(&resp)?;
        if resp.status == 200 && v["state"] == "success" {
            // The session the code gave is of no further use: revoked (best effort).
            let _ = self.send(
                Method::DELETE,
                "self-service/logout/api",
                Some(json!({"session_token": session.expose()})),
                None,
            );
            self.session = None;
            return Ok(());
        }
        // Kratos's own answer: a definite no, nothing was set.
        if v.get("error").is_some() || resp.status != 400 {
            return Err(self.error_answer(resp.status, &v).answered());
        }
        let violations: Vec<Violation> = ui_errors(&v, Some("password"))
            .into_iter()
            .map(|(id, text)| Violation {
                rule: id.to_string(),
                message: text,
            })
            .collect();
        if violations.is_empty() {
            return Err(Failure::refused(
                Refusal::Nonsense,
                crate::t!("kratos-no-session", service = self.service()),
            )
            .answered());
        }
        Err(Failure::refused(
            Refusal::PasswordRejected { violations },
            crate::t!("cognito-refused-new-password", service = self.service()),
        )
        .answered())
    }

    fn request_count(&self) -> u32 {
        self.api.request_count()
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            code_check: CodeCheck::OnEntry,
            // Spent by the check; the session it gives sets the password.
            code_authorises_password: true,
            lists_methods: Err(crate::t!("kratos-email-only")),
            unlock: Err(no_unlock()),
            policy_note: Some(crate::t!("kratos-policy-note", service = self.service())),
            hides_unknown_users: true,
            resend: true,
            publishes_policy: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_messages() {
        assert_eq!(safe_id("6f1b-2c"), Some("6f1b-2c".into()));
        assert_eq!(safe_id("a&b=c"), None);
        let flow = json!({"ui": {"messages": [{"id": 4060006, "type": "error", "text": "bad"}],
            "nodes": [{"attributes": {"name": "password"}, "messages": [{"id": 4000005, "type": "error", "text": "short"}]}]}});
        assert_eq!(ui_errors(&flow, Some("password")).len(), 2);
        assert_eq!(ui_errors(&flow, None), [(4060006, "bad".to_owned())]);
    }
}
