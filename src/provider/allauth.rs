//! The `allauth` provider: django-allauth's headless API for apps (`/_allauth/app/v1`), under
//! `--url` (the site, or the API's own base).
//!
//! `GET /config` says how the site resets passwords. By code (`password_reset_by_code_enabled`):
//! `POST /auth/password/request` starts a flow bound to a session token (`X-Session-Token`,
//! kept and replaced whenever the server sends a new one), the mailed 8-character code is
//! checked with `GET /auth/password/reset` (`X-Password-Reset-Key`) before the password prompt,
//! and `POST /auth/password/reset` sets the password. By link: the key is the link's last part
//! and needs no session. On these two calls a 401 is success (the flow is done and no one is
//! signed in), a 409 means the flow is over (too many wrong codes, or it timed out).

use reqwest::Method;
use serde_json::{json, Value};

use super::{Answer, Capabilities, Challenge, CodeCheck, Provider, Refusal, StartedFlow, Verified};
use crate::error::{Failure, FailureKind, Result, Violation};
use crate::http::{Api, ApiResponse};
use crate::output::{clean_capped, SERVICE_TEXT_MAX};
use crate::policy::{Policy, MAX_PASSWORD_LENGTH};
use crate::protocol::{Intent, MethodInfo};
use crate::secret::Secret;

/// Where the app client's API lives under a site.
const APP_API: &str = "_allauth/app/v1";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Code,
    Link,
}

pub struct AllauthProvider {
    api: Api,
    prefix: &'static str,
    mode: Option<Mode>,
    session: Option<Secret>,
    key: Option<Secret>,
    note: Option<String>,
    first_challenge: Option<Challenge>,
}

/// One of allauth's JSON answers: `{"status", "errors"?, "data"?, "meta"?}`.
struct Answered {
    status: u16,
    body: Value,
}

impl Answered {
    /// `(param, code, message)` of each error.
    fn errors(&self) -> Vec<(String, String, String)> {
        self.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| {
                        let text = |k: &str, cap: usize| {
                            e[k].as_str()
                                .map(|s| clean_capped(s, cap))
                                .unwrap_or_default()
                        };
                        (
                            text("param", 64),
                            text("code", 64),
                            text("message", SERVICE_TEXT_MAX),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn has_error(&self, param: &str, code: &str) -> bool {
        self.errors()
            .iter()
            .any(|(p, c, _)| p == param && (code.is_empty() || c == code))
    }
}

fn no_unlock() -> String {
    crate::t!("allauth-has-no-unlock")
}

/// The key from what the person pasted: the bare code or key, or the whole link (the key is
/// its last path segment).
pub fn key_from_input(input: &str) -> String {
    let input = input.trim();
    if input.starts_with("http://") || input.starts_with("https://") {
        let path = input.split(['?', '#']).next().unwrap_or(input);
        let last = path
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or(path);
        return percent_encoding::percent_decode_str(last)
            .decode_utf8_lossy()
            .into_owned();
    }
    input.to_owned()
}

impl AllauthProvider {
    pub fn new(api: Api) -> Self {
        // `--url` may be the site (`https://example.com`) or the API (`…/_allauth/app/v1`).
        let prefix = if api.url("").path().trim_end_matches('/').ends_with(APP_API) {
            ""
        } else {
            APP_API
        };
        AllauthProvider {
            api,
            prefix,
            mode: None,
            session: None,
            key: None,
            note: None,
            first_challenge: None,
        }
    }

    fn send(
        &mut self,
        method: Method,
        path: &str,
        body: Option<Value>,
        key: Option<&str>,
    ) -> Result<Answered> {
        let session = self.session.clone();
        let mut headers: Vec<(&str, &str)> = Vec::new();
        if let Some(s) = &session {
            headers.push(("X-Session-Token", s.expose()));
        }
        if let Some(k) = key {
            headers.push(("X-Password-Reset-Key", k));
        }
        let full = format!("{}/{path}", self.prefix);
        let resp = self
            .api
            .send(method, &full, body.as_ref(), None, &headers)?;
        if let Some(throttled) = resp.throttled(&self.service()) {
            return Err(throttled);
        }
        let body = self.allauth_json(&resp)?;
        if let Some(token) = body["meta"]["session_token"].as_str() {
            // The server's say: this token from now on.
            if !token.is_empty() && token.len() <= 512 && !token.chars().any(char::is_control) {
                self.session = Some(Secret::new(token.to_owned()));
            }
        }
        Ok(Answered {
            status: resp.status,
            body,
        })
    }

    /// The body when it is allauth's JSON with the same status as the answer.
    fn allauth_json(&self, resp: &ApiResponse) -> Result<Value> {
        match serde_json::from_slice::<Value>(&resp.body) {
            Ok(v) if v["status"].as_u64() == Some(u64::from(resp.status)) && resp.status < 500 => {
                Ok(v)
            }
            _ => Err(resp.unexpected(
                &self.service(),
                &crate::t!("allauth-answer"),
                &crate::t!("allauth-check-url"),
            )),
        }
    }

    fn mode(&mut self) -> Result<Mode> {
        if let Some(mode) = self.mode {
            return Ok(mode);
        }
        let config = self.send(Method::GET, "config", None, None)?;
        let account = &config.body["data"]["account"];
        let mode = match account["password_reset_by_code_enabled"].as_bool() {
            Some(true) => Mode::Code,
            Some(false) => Mode::Link,
            None if config.status == 200 && account.is_object() => Mode::Link,
            None => {
                return Err(Failure::service(crate::t!(
                    "allauth-not-headless",
                    service = self.service()
                ))
                .with_hint(crate::t!("allauth-check-url")))
            }
        };
        self.mode = Some(mode);
        Ok(mode)
    }

    fn challenge(&self) -> Challenge {
        match self.mode {
            Some(Mode::Code) => Challenge::bare(Answer::Code { digits: None }),
            _ => Challenge::bare(Answer::CodeOrLink),
        }
    }

    /// Asks for the email; in code mode the flow is bound to the session token.
    fn request(&mut self, user: &str) -> Result<()> {
        let answered = self.send(
            Method::POST,
            "auth/password/request",
            Some(json!({ "email": user })),
            None,
        )?;
        match answered.status {
            200 | 401 => Ok(()),
            400 if answered.has_error("email", "unknown_email") => Err(Failure::new(
                FailureKind::Verification,
                crate::t!("allauth-unknown-email", service = self.service()),
            )
            .with_code("user_not_found")
            .with_hint(crate::t!("entra-check-user"))
            .answered()),
            400 if answered.has_error("email", "") => Err(Failure::usage(crate::t!(
                "firebase-user-id-must-account",
                service = self.service()
            ))
            .with_hint(crate::t!("firebase-pass-user-you-example"))),
            status => Err(self.other(status, &answered)),
        }
    }

    fn flow_gone(&self) -> Failure {
        Failure::refused(
            Refusal::FlowGone,
            crate::t!("allauth-flow-over", service = self.service()),
        )
        .with_hint(crate::t!("allauth-start-again"))
    }

    fn wrong_code(&self) -> Failure {
        let service = self.service();
        let (message, hint) = match self.mode {
            Some(Mode::Link) => (
                crate::t!("allauth-link-not-valid", service = service),
                crate::t!("pocketbase-paste-latest-link"),
            ),
            _ => (
                crate::t!("allauth-code-not-valid", service = service),
                crate::t!("allauth-type-latest-code"),
            ),
        };
        Failure::refused(
            Refusal::WrongCode {
                attempts_left: None,
            },
            message,
        )
        .with_hint(hint)
    }

    /// Any other answer: the flow is over (409, 410), or one the reset API does not give.
    fn other(&self, status: u16, answered: &Answered) -> Failure {
        match status {
            409 | 410 => self.flow_gone(),
            _ => {
                let said: Vec<String> = answered.errors().into_iter().map(|(_, _, m)| m).collect();
                Failure::service(crate::t!(
                    "pocketbase-refused",
                    service = self.service(),
                    status = status,
                    message = said.join(" ")
                ))
            }
        }
    }

    fn key_for(&self, input: &Secret) -> String {
        match self.mode {
            // The server ignores case, spaces and dashes; so does pwreset.
            Some(Mode::Code) => input
                .expose()
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .flat_map(char::to_uppercase)
                .collect(),
            _ => key_from_input(input.expose()),
        }
    }
}

impl Provider for AllauthProvider {
    fn name(&self) -> &'static str {
        "allauth"
    }

    fn service(&self) -> String {
        self.api.service_label()
    }

    fn start(&mut self, user: &str, intent: Intent) -> Result<StartedFlow> {
        if intent == Intent::Unlock {
            return Err(Failure::refused(Refusal::NotSupported, no_unlock()));
        }
        self.mode()?;
        // A new flow never rides on an old session.
        self.session = None;
        self.request(user)?;
        self.first_challenge = Some(self.challenge());
        let mut flow = StartedFlow::by_email(user, intent, "allauth", "email");
        flow.token = self.session.clone().unwrap_or_default();
        Ok(flow)
    }

    fn send_challenge(&mut self, flow: &StartedFlow, _method: &MethodInfo) -> Result<Challenge> {
        if let Some(first) = self.first_challenge.take() {
            return Ok(first);
        }
        self.mode()?;
        if self.session.is_none() && !flow.token.is_empty() {
            self.session = Some(flow.token.clone());
        }
        // On the same session: the new code replaces the old one.
        self.request(&flow.user)?;
        Ok(self.challenge())
    }

    fn verify(
        &mut self,
        flow: &StartedFlow,
        _challenge: &Challenge,
        input: &Secret,
    ) -> Result<Verified> {
        self.mode()?;
        if self.session.is_none() && !flow.token.is_empty() {
            self.session = Some(flow.token.clone());
        }
        let key = self.key_for(input);
        if key.is_empty() || key.len() > 512 || key.chars().any(char::is_control) {
            return Err(self.wrong_code());
        }
        let answered = self.send(Method::GET, "auth/password/reset", None, Some(&key))?;
        match answered.status {
            200 => {
                if let Some(email) = answered.body["data"]["user"]["email"].as_str() {
                    self.note = Some(crate::t!(
                        "firebase-code-valid",
                        clean_capped = clean_capped(email, 254)
                    ));
                }
            }
            400 if answered.has_error("key", "") => return Err(self.wrong_code()),
            status => return Err(self.other(status, &answered)),
        }
        self.key = Some(Secret::new(key));
        Ok(Verified::Checked {
            gates_passed: 1,
            gates_required: 1,
        })
    }

    fn policy(&mut self, _flow: Option<&StartedFlow>) -> Result<Policy> {
        // allauth publishes no rules; Django's validators speak only when they refuse.
        Ok(Policy::new(8, MAX_PASSWORD_LENGTH, 0, false))
    }

    fn set_password(
        &mut self,
        flow: &StartedFlow,
        password: &Secret,
        _idempotency_key: &str,
    ) -> Result<()> {
        self.mode()?;
        if self.session.is_none() && !flow.token.is_empty() {
            self.session = Some(flow.token.clone());
        }
        let key = self.key.clone().ok_or_else(super::no_code_yet)?;
        let answered = self.send(
            Method::POST,
            "auth/password/reset",
            Some(json!({"key": key.expose(), "password": password.expose()})),
            None,
        )?;
        // Every answer below is allauth's own: a refusal is definite, nothing was set.
        match answered.status {
            200 | 401 => Ok(()),
            400 if answered.has_error("password", "") => {
                let violations = answered
                    .errors()
                    .into_iter()
                    .filter(|(param, _, _)| param == "password")
                    .map(|(_, code, message)| Violation {
                        rule: if code.is_empty() {
                            "password".into()
                        } else {
                            code
                        },
                        message,
                    })
                    .collect();
                Err(Failure::refused(
                    Refusal::PasswordRejected { violations },
                    crate::t!("cognito-refused-new-password", service = self.service()),
                )
                .answered())
            }
            400 if answered.has_error("key", "") => Err(self.wrong_code().answered()),
            status => Err(self.other(status, &answered).answered()),
        }
    }

    fn request_count(&self) -> u32 {
        self.api.request_count()
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            code_check: CodeCheck::OnEntry,
            code_authorises_password: true,
            lists_methods: Err(crate::t!("allauth-email-only")),
            unlock: Err(no_unlock()),
            policy_note: Some(crate::t!("allauth-policy-note", service = self.service())),
            // allauth's default (ACCOUNT_PREVENT_ENUMERATION); a site that turned it off says
            // `unknown_email`, and pwreset says so.
            hides_unknown_users: true,
            resend: true,
            publishes_policy: false,
        }
    }

    fn take_note(&mut self) -> Option<String> {
        self.note.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_from_links_and_codes() {
        assert_eq!(
            key_from_input(" http://frontend.test/account/password/reset/key/2-cx3k0g-abc%3A1/ "),
            "2-cx3k0g-abc:1"
        );
        assert_eq!(key_from_input("https://x.test/reset/k-1?next=/"), "k-1");
        assert_eq!(key_from_input("  XFPP-WZFZ "), "XFPP-WZFZ");
    }
}
