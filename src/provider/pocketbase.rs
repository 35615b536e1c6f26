//! The `pocketbase` provider: PocketBase's `request-password-reset` and `confirm-password-reset`
//! on one auth collection (`--collection`, default `users`), under `--url`.
//!
//! PocketBase mails a link, not a code: `{APP_URL}/_/#/auth/confirm-password-reset/{TOKEN}`,
//! where the token is a signed JWT that lasts 30 minutes by default. The person pastes the link
//! or the bare token. pwreset reads the token's (unsigned-to-us) claims only to give better
//! messages — whose link it is, until when, whether it is a reset link at all — and lets
//! PocketBase decide: a confirm with an empty password checks the token without spending it
//! (PocketBase reports every field's error at once), so a bad link is caught before the
//! password prompt. Passwords are hashed with bcrypt, which reads only 72 bytes: PocketBase
//! refuses longer ones, and so does pwreset, before sending.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use reqwest::Method;
use serde_json::{json, Value};

use super::{Answer, Capabilities, Challenge, CodeCheck, Provider, Refusal, StartedFlow, Verified};
use crate::error::{Failure, Result, Violation};
use crate::http::{Api, ApiResponse};
use crate::output::{clean_capped, SERVICE_TEXT_MAX};
use crate::policy::Policy;
use crate::protocol::{Intent, MethodInfo};
use crate::secret::Secret;

/// bcrypt reads at most this many bytes of a password; PocketBase refuses longer ones.
pub const BCRYPT_MAX_BYTES: usize = 72;
/// The default `users` collection's rules when the service does not report its own.
const DEFAULT_MIN: usize = 8;

pub struct PocketBaseProvider {
    api: Api,
    collection: String,
    token: Option<Secret>,
    note: Option<String>,
    first_challenge: Option<Challenge>,
}

/// What a pasted reset token says about itself (its payload, not checked by pwreset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenClaims {
    pub kind: Option<String>,
    pub email: Option<String>,
    pub expires: Option<SystemTime>,
}

/// The token from what the person pasted: the bare token, or the whole link (the token is its
/// last path segment, also after a `#`).
pub fn token_from_input(input: &str) -> String {
    let input = input.trim();
    let last = input.rsplit('/').next().unwrap_or(input);
    last.split(['?', '&', ' '])
        .next()
        .unwrap_or(last)
        .to_owned()
}

/// The claims of a JWT, or `None` when it is not one.
pub fn claims(token: &str) -> Option<TokenClaims> {
    let mut parts = token.split('.');
    let (_header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    let v: Value = serde_json::from_slice(&bytes).ok()?;
    if !v.is_object() {
        return None;
    }
    Some(TokenClaims {
        kind: v["type"].as_str().map(str::to_owned),
        email: v["email"].as_str().map(|e| clean_capped(e, 254)),
        expires: v["exp"]
            .as_u64()
            .map(|s| UNIX_EPOCH + Duration::from_secs(s)),
    })
}

fn no_unlock() -> String {
    crate::t!("pocketbase-has-no-unlock")
}

/// One field's error as PocketBase words it: `{"code": "...", "message": "..."}`.
fn field_error(data: &Value, field: &str) -> Option<(String, String)> {
    let e = data.get(field)?;
    let code = e["code"].as_str().unwrap_or("invalid").to_owned();
    let message = e["message"]
        .as_str()
        .map(|m| clean_capped(m, SERVICE_TEXT_MAX))
        .unwrap_or_else(|| code.clone());
    Some((clean_capped(&code, 64), message))
}

impl PocketBaseProvider {
    pub fn new(api: Api, collection: String) -> Self {
        PocketBaseProvider {
            api,
            collection,
            token: None,
            note: None,
            first_challenge: None,
        }
    }

    fn path(&self, action: &str) -> String {
        let c: String = percent_encoding::utf8_percent_encode(
            &self.collection,
            percent_encoding::NON_ALPHANUMERIC,
        )
        .collect();
        format!("api/collections/{c}/{action}")
    }

    /// Sends `body` to the collection's `action`: `Ok(None)` for a 2xx, `Ok(Some((status, body)))`
    /// for one of PocketBase's JSON errors, a failure for anything else.
    fn post(&self, action: &str, body: Value) -> Result<Option<(u16, Value)>> {
        let resp = self
            .api
            .send(Method::POST, &self.path(action), Some(&body), None, &[])?;
        if (200..300).contains(&resp.status) {
            return Ok(None);
        }
        if let Some(throttled) = resp.throttled(&self.service()) {
            return Err(throttled);
        }
        match serde_json::from_slice::<Value>(&resp.body) {
            Ok(v) if v.is_object() && resp.status < 500 => Ok(Some((resp.status, v))),
            _ => Err(self.unexpected(&resp)),
        }
    }

    fn unexpected(&self, resp: &ApiResponse) -> Failure {
        resp.unexpected(
            &self.service(),
            &crate::t!("pocketbase-answer"),
            &crate::t!("pocketbase-check-url"),
        )
    }

    fn message(v: &Value) -> String {
        v["message"]
            .as_str()
            .map(|m| clean_capped(m, SERVICE_TEXT_MAX))
            .unwrap_or_default()
    }

    /// An error of a call that is not about the token or the password.
    fn general_failure(&self, status: u16, v: &Value) -> Failure {
        let service = self.service();
        if status == 404 {
            return Failure::usage(crate::t!(
                "pocketbase-no-auth-collection",
                service = service,
                collection = clean_capped(&self.collection, 64)
            ))
            .with_hint(crate::t!("pocketbase-pass-collection"));
        }
        if field_error(&v["data"], "email").is_some() {
            return Failure::usage(crate::t!(
                "firebase-user-id-must-account",
                service = service
            ))
            .with_hint(crate::t!("firebase-pass-user-you-example"));
        }
        Failure::service(crate::t!(
            "pocketbase-refused",
            service = service,
            status = status,
            message = Self::message(v)
        ))
    }

    fn request_reset(&mut self, user: &str) -> Result<()> {
        match self.post("request-password-reset", json!({ "email": user }))? {
            // PocketBase answers 204 for unknown addresses too, and mails asynchronously.
            None => Ok(()),
            Some((status, v)) => Err(self.general_failure(status, &v)),
        }
    }

    /// The refusal for what PocketBase said of the token, checked against its own claims.
    fn token_refused(&self, token: &str) -> Failure {
        let expired = claims(token)
            .and_then(|c| c.expires)
            .is_some_and(|exp| exp <= SystemTime::now());
        if expired {
            return Failure::refused(
                Refusal::CodeExpired,
                crate::t!("pocketbase-link-expired", service = self.service()),
            )
            .with_hint(crate::t!("pocketbase-new-link"));
        }
        Failure::refused(
            Refusal::WrongCode {
                attempts_left: None,
            },
            crate::t!("pocketbase-link-not-valid", service = self.service()),
        )
        .with_hint(crate::t!("pocketbase-paste-latest-link"))
    }

    /// What the pasted text says before any request: a reset token, not expired, or a refusal.
    fn check_locally(&mut self, token: &str) -> Result<()> {
        if token.is_empty() || token.len() > 4096 || token.chars().any(char::is_control) {
            return Err(self.token_refused(""));
        }
        let Some(c) = claims(token) else {
            // Not a JWT at all: PocketBase would refuse it the same way.
            return Err(self.token_refused(""));
        };
        if c.kind.as_deref().is_some_and(|k| k != "passwordReset") {
            return Err(Failure::refused(
                Refusal::CodeForAnotherPurpose,
                crate::t!(
                    "pocketbase-link-for-other",
                    kind = clean_capped(c.kind.as_deref().unwrap_or_default(), 40)
                ),
            )
            .with_hint(crate::t!("pocketbase-paste-latest-link")));
        }
        if c.expires.is_some_and(|exp| exp <= SystemTime::now()) {
            return Err(self.token_refused(token));
        }
        self.note = match (c.email, c.expires) {
            (Some(email), Some(exp)) => Some(crate::t!(
                "pocketbase-link-for-until",
                email = email,
                time = crate::signals::clock_time(exp)
            )),
            (Some(email), None) => Some(crate::t!("firebase-code-valid", clean_capped = email)),
            _ => None,
        };
        Ok(())
    }

    /// Violations from a confirm's field errors (password and its confirmation).
    fn violations(data: &Value) -> Vec<Violation> {
        ["password", "passwordConfirm"]
            .iter()
            .filter_map(|f| field_error(data, f))
            .map(|(code, message)| Violation {
                rule: code,
                message,
            })
            .collect()
    }
}

impl Provider for PocketBaseProvider {
    fn name(&self) -> &'static str {
        "pocketbase"
    }

    fn service(&self) -> String {
        self.api.service_label()
    }

    fn start(&mut self, user: &str, intent: Intent) -> Result<StartedFlow> {
        if intent == Intent::Unlock {
            return Err(Failure::refused(Refusal::NotSupported, no_unlock()));
        }
        self.request_reset(user)?;
        self.first_challenge = Some(Challenge::bare(Answer::CodeOrLink));
        Ok(StartedFlow::by_email(user, intent, "pocketbase", "email"))
    }

    fn send_challenge(&mut self, flow: &StartedFlow, _method: &MethodInfo) -> Result<Challenge> {
        if let Some(first) = self.first_challenge.take() {
            return Ok(first);
        }
        self.request_reset(&flow.user)?;
        Ok(Challenge::bare(Answer::CodeOrLink))
    }

    fn verify(
        &mut self,
        _flow: &StartedFlow,
        _challenge: &Challenge,
        input: &Secret,
    ) -> Result<Verified> {
        let token = token_from_input(input.expose());
        self.check_locally(&token)?;
        // An empty password is refused before anything changes, and the token's own error
        // (if any) comes with it: a check that spends nothing. Only the real submission
        // carries `passwordConfirm`.
        let probe = json!({"token": token, "password": ""});
        match self.post("confirm-password-reset", probe)? {
            None => {
                // A service that accepted an empty password: nothing pwreset can trust.
                return Err(Failure::refused(
                    Refusal::Nonsense,
                    crate::t!("pocketbase-accepted-empty", service = self.service()),
                ));
            }
            Some((400, v)) if field_error(&v["data"], "token").is_some() => {
                self.note = None;
                return Err(self.token_refused(&token));
            }
            Some((400, _)) => {}
            Some((status, v)) => return Err(self.general_failure(status, &v)),
        }
        self.token = Some(Secret::new(token));
        Ok(Verified::Checked {
            gates_passed: 1,
            gates_required: 1,
        })
    }

    fn policy(&mut self, _flow: Option<&StartedFlow>) -> Result<Policy> {
        // PocketBase publishes no rules, but names the length bounds of the collection's
        // password field when a password breaks them; a one-character password with no token
        // asks for that and changes nothing.
        let probe = json!({"token": "", "password": "x"});
        let (mut min, mut max) = (DEFAULT_MIN, BCRYPT_MAX_BYTES);
        if let Some((400, v)) = self.post("confirm-password-reset", probe)? {
            let params = &v["data"]["password"]["params"];
            if let Some(n) = params["min"].as_u64().filter(|n| (1..=255).contains(n)) {
                min = n as usize;
            }
            if let Some(n) = params["max"].as_u64().filter(|n| (1..=4096).contains(n)) {
                max = max.min(n as usize);
            }
        } else {
            return Err(Failure::refused(
                Refusal::Nonsense,
                crate::t!("pocketbase-accepted-empty", service = self.service()),
            ));
        }
        let mut policy = Policy::new(min.min(max), max, 0, false);
        policy.max_bytes = Some(BCRYPT_MAX_BYTES);
        policy.rules = policy.describe();
        Ok(policy)
    }

    fn set_password(
        &mut self,
        _flow: &StartedFlow,
        password: &Secret,
        _idempotency_key: &str,
    ) -> Result<()> {
        let token = self.token.clone().ok_or_else(super::no_code_yet)?;
        let body = json!({
            "token": token.expose(),
            "password": password.expose(),
            "passwordConfirm": password.expose(),
        });
        let Some((status, v)) = self.post("confirm-password-reset", body)? else {
            return Ok(());
        };
        // Every error below is PocketBase's definite answer: nothing was set.
        let data = &v["data"];
        if status != 400 {
            return Err(self.general_failure(status, &v).answered());
        }
        if field_error(data, "token").is_some() {
            return Err(self.token_refused(token.expose()).answered());
        }
        let mut violations = Self::violations(data);
        if violations.is_empty() {
            // "Failed to set new password." (longer than bcrypt takes) comes without a field.
            violations.push(Violation {
                rule: "rejected".into(),
                message: Self::message(&v),
            });
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
            code_authorises_password: true,
            lists_methods: Err(crate::t!("pocketbase-email-only")),
            unlock: Err(no_unlock()),
            policy_note: Some(crate::t!(
                "pocketbase-policy-note",
                service = self.service()
            )),
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

    const TOKEN: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb2xsZWN0aW9uSWQiOiJfcGJfdXNlcnNfYXV0aF8iLCJlbWFpbCI6ImFsaWNlQGV4YW1wbGUudGVzdCIsImV4cCI6MTc5NTY3MTgyMywiaWQiOiJjNG02Z3F6dW55OWJ2OWkiLCJ0eXBlIjoicGFzc3dvcmRSZXNldCJ9.WteeZ7Ak-L-3gMjayNxFmXqUrSJWxc1bAk_tmUMM4EY";

    #[test]
    fn the_token_from_a_link_or_alone() {
        let link = format!("http://127.0.0.1:8090/_/#/auth/confirm-password-reset/{TOKEN}");
        assert_eq!(token_from_input(&link), TOKEN);
        assert_eq!(token_from_input(&format!("  {TOKEN}\n")), TOKEN);
    }

    #[test]
    fn claims_are_read_not_trusted() {
        let c = claims(TOKEN).unwrap();
        assert_eq!(c.kind.as_deref(), Some("passwordReset"));
        assert_eq!(c.email.as_deref(), Some("alice@example.test"));
        assert_eq!(
            c.expires,
            Some(UNIX_EPOCH + Duration::from_secs(1795671823))
        );
        assert_eq!(claims("not.a-jwt"), None);
        assert_eq!(claims("a.b.c.d"), None);
    }
}
