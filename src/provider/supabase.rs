//! The `supabase` provider: Supabase Auth (GoTrue) under `--url` (a project,
//! `https://PROJECT.supabase.co`, gets `/auth/v1`; a self-hosted GoTrue is used as given), with
//! the project's public `apikey` (`--api-key`, the anon key: configuration, not a secret).
//!
//! `POST /recover` mails the recovery message (the same `{}` whether or not the address has an
//! account). The person types the code from it — only where the project's email template
//! includes `{{ .Token }}` — or pastes its link, whose `token` is the token hash. `POST /verify`
//! (`type: recovery`) answers with a session, which sets the password (`PUT /user`, bearer) and
//! is then signed out (`POST /logout`). Errors are read in the 2024-01-01 shape
//! (`{code, message}`, asked for with `X-Supabase-Api-Version`) and in the older one
//! (`{code, error_code, msg}`).

use std::time::Duration;

use reqwest::Method;
use serde_json::{json, Value};

use super::{Answer, Capabilities, Challenge, CodeCheck, Provider, Refusal, StartedFlow, Verified};
use crate::error::{Failure, Result, Violation};
use crate::http::{Api, ApiResponse};
use crate::output::{clean_capped, SERVICE_TEXT_MAX};
use crate::policy::Policy;
use crate::protocol::Intent;
use crate::secret::Secret;

/// The API version whose error shape pwreset reads first.
const API_VERSION: &str = "2024-01-01";
/// Supabase's default minimum length, and bcrypt's 72 bytes.
const DEFAULT_MIN: usize = 6;
const BCRYPT_MAX_BYTES: usize = 72;

pub struct SupabaseProvider {
    api: Api,
    prefix: &'static str,
    api_key: Option<String>,
    session: Option<Secret>,
    note: Option<String>,
    first_challenge: Option<Challenge>,
}

/// Supabase's error: its code and its words.
struct Refused {
    status: u16,
    code: String,
    message: String,
    reasons: Vec<String>,
}

fn no_unlock() -> String {
    crate::t!("supabase-has-no-unlock")
}

/// What the person pasted: a code, or the link's token hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pasted {
    Code(String),
    TokenHash(String),
}

pub fn pasted(input: &str) -> Pasted {
    let input = input.trim();
    if let Ok(url) = url::Url::parse(input) {
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        if let Some(hash) = get("token_hash").or_else(|| get("token")) {
            return Pasted::TokenHash(hash);
        }
    }
    Pasted::Code(
        input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect(),
    )
}

/// "…only request this after 42 seconds." → 42 s.
fn wait_in(message: &str) -> Option<Duration> {
    let words: Vec<&str> = message.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        (w[1].starts_with("second"))
            .then(|| w[0].parse::<u64>().ok())
            .flatten()
            .filter(|s| *s <= 3600)
            .map(Duration::from_secs)
    })
}

impl SupabaseProvider {
    pub fn new(api: Api, api_key: Option<String>) -> Self {
        let bare_site = api.url("").path().trim_matches('/').is_empty();
        SupabaseProvider {
            api,
            prefix: if bare_site { "auth/v1/" } else { "" },
            api_key,
            session: None,
            note: None,
            first_challenge: None,
        }
    }

    fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        bearer: Option<&Secret>,
    ) -> Result<std::result::Result<Value, Refused>> {
        let mut headers = vec![("X-Supabase-Api-Version", API_VERSION)];
        if let Some(key) = &self.api_key {
            headers.push(("apikey", key.as_str()));
        }
        let resp = self.api.send(
            method,
            &format!("{}{path}", self.prefix),
            body.as_ref(),
            bearer,
            &headers,
        )?;
        self.answer(resp, path)
    }

    fn answer(&self, resp: ApiResponse, call: &str) -> Result<std::result::Result<Value, Refused>> {
        if resp.status == 200 || resp.status == 204 {
            return resp.json(&self.service(), call).map(Ok);
        }
        let body: Option<Value> = serde_json::from_slice(&resp.body)
            .ok()
            .filter(Value::is_object);
        if resp.status == 404 && body.is_none() {
            return Ok(Err(Refused {
                status: 404,
                code: String::new(),
                message: String::new(),
                reasons: Vec::new(),
            }));
        }
        let Some(v) = body.filter(|_| resp.status < 500) else {
            if let Some(throttled) = resp.throttled(&self.service()) {
                return Err(throttled);
            }
            return Err(resp.unexpected(
                &self.service(),
                &crate::t!("supabase-answer"),
                &crate::t!("supabase-check-url"),
            ));
        };
        let text = |k: &str, cap: usize| v[k].as_str().map(|s| clean_capped(s, cap));
        // 2024-01-01: `code` is the text code; before: `code` is the status, `error_code` the text.
        let code = text("error_code", 64)
            .or_else(|| text("code", 64))
            .or_else(|| text("error", 64))
            .unwrap_or_default();
        let message = text("message", SERVICE_TEXT_MAX)
            .or_else(|| text("msg", SERVICE_TEXT_MAX))
            .or_else(|| text("error_description", SERVICE_TEXT_MAX))
            .unwrap_or_default();
        let reasons = v["weak_password"]["reasons"]
            .as_array()
            .map(|r| {
                r.iter()
                    .filter_map(|x| x.as_str())
                    .map(|s| clean_capped(s, 32))
                    .take(8)
                    .collect()
            })
            .unwrap_or_default();
        Ok(Err(Refused {
            status: resp.status,
            code,
            message,
            reasons,
        }))
    }

    fn refusal(&self, r: &Refused) -> Failure {
        let service = self.service();
        match (r.status, r.code.as_str()) {
            (_, "otp_expired") => Failure::refused(
                Refusal::WrongCode {
                    attempts_left: None,
                },
                crate::t!("supabase-code-not-valid", service = service),
            )
            .with_hint(crate::t!("supabase-type-latest-code")),
            (_, "weak_password") => {
                let mut violations: Vec<Violation> = r
                    .reasons
                    .iter()
                    .map(|reason| Violation {
                        rule: reason.clone(),
                        message: match reason.as_str() {
                            "length" => crate::t!("supabase-weak-length"),
                            "characters" => crate::t!("supabase-weak-characters"),
                            "pwned" => crate::t!("supabase-weak-pwned"),
                            other => other.to_owned(),
                        },
                    })
                    .collect();
                if violations.is_empty() {
                    violations.push(Violation {
                        rule: "weak_password".into(),
                        message: r.message.clone(),
                    });
                }
                Failure::refused(
                    Refusal::PasswordRejected { violations },
                    crate::t!("cognito-refused-new-password", service = service),
                )
            }
            (_, "same_password") => Failure::refused(
                Refusal::PasswordRejected {
                    violations: vec![Violation {
                        rule: "same_password".into(),
                        message: crate::t!("supabase-same-password"),
                    }],
                },
                crate::t!("cognito-refused-new-password", service = service),
            ),
            (429, _) | (_, "over_email_send_rate_limit" | "over_request_rate_limit") => {
                let wait = wait_in(&r.message);
                let mut f = Failure::refused(
                    Refusal::RateLimited { wait },
                    crate::t!(
                        "supabase-rate-limited",
                        service = service,
                        message = r.message.clone()
                    ),
                )
                .with_hint(crate::t!("http-wait-then-run-pwreset"))
                .answered();
                f.retry_after = wait;
                f
            }
            (
                401 | 403,
                "bad_jwt" | "session_not_found" | "session_expired" | "reauthentication_needed",
            ) => Failure::refused(
                Refusal::FlowGone,
                crate::t!("supabase-session-over", service = service),
            )
            .with_hint(crate::t!("allauth-start-again")),
            (401, _) if self.api_key.is_none() || r.message.contains("API key") => {
                Failure::usage(crate::t!("supabase-needs-api-key", service = service))
                    .with_hint(crate::t!("supabase-pass-api-key"))
            }
            (_, "validation_failed" | "email_address_invalid") => Failure::usage(crate::t!(
                "firebase-user-id-must-account",
                service = service
            ))
            .with_hint(crate::t!("firebase-pass-user-you-example")),
            (404, _) => Failure::service(crate::t!("supabase-not-here", service = service))
                .with_hint(crate::t!("supabase-check-url")),
            (_, "user_banned") => Failure::refused(
                Refusal::Locked,
                crate::t!("supabase-banned", service = service),
            ),
            _ => Failure::service(crate::t!(
                "pocketbase-refused",
                service = service,
                status = r.status,
                message = format!("{} ({})", r.message, r.code)
            )),
        }
    }

    fn recover(&mut self, user: &str) -> Result<()> {
        let body = json!({ "email": user });
        let mut answer = self.send(Method::POST, "recover", Some(body.clone()), None)?;
        // A bare URL that is a GoTrue of its own (no `/auth/v1` in front): asked again at its
        // root, which the rest of the flow then uses.
        if matches!(&answer, Err(r) if r.status == 404) && !self.prefix.is_empty() {
            self.prefix = "";
            answer = self.send(Method::POST, "recover", Some(body), None)?;
        }
        answer.map(|_| ()).map_err(|r| self.refusal(&r))
    }
}

impl Provider for SupabaseProvider {
    fn name(&self) -> &'static str {
        "supabase"
    }

    fn service(&self) -> String {
        self.api.service_label()
    }

    fn start(&mut self, user: &str, intent: Intent) -> Result<StartedFlow> {
        if intent == Intent::Unlock {
            return Err(Failure::refused(Refusal::NotSupported, no_unlock()));
        }
        self.recover(user)?;
        self.first_challenge = Some(Challenge::bare(Answer::CodeOrLink));
        Ok(StartedFlow::by_email(user, intent, "supabase", "email"))
    }

    fn send_challenge(
        &mut self,
        flow: &StartedFlow,
        _m: &crate::protocol::MethodInfo,
    ) -> Result<Challenge> {
        if let Some(first) = self.first_challenge.take() {
            return Ok(first);
        }
        self.recover(&flow.user)?;
        Ok(Challenge::bare(Answer::CodeOrLink))
    }

    fn verify(
        &mut self,
        flow: &StartedFlow,
        _challenge: &Challenge,
        input: &Secret,
    ) -> Result<Verified> {
        let body = match pasted(input.expose()) {
            Pasted::Code(code) if !code.is_empty() && code.len() <= 64 => {
                json!({"type": "recovery", "email": flow.user, "token": code})
            }
            Pasted::TokenHash(hash) if !hash.is_empty() && hash.len() <= 512 => {
                json!({"type": "recovery", "token_hash": hash})
            }
            _ => {
                return Err(self.refusal(&Refused {
                    status: 403,
                    code: "otp_expired".into(),
                    message: String::new(),
                    reasons: Vec::new(),
                }))
            }
        };
        let session = match self.send(Method::POST, "verify", Some(body), None)? {
            Ok(v) => v,
            Err(r) => return Err(self.refusal(&r)),
        };
        let token = session["access_token"]
            .as_str()
            .filter(|t| !t.is_empty() && t.len() <= 16 * 1024 && !t.chars().any(char::is_control))
            .ok_or_else(|| {
                Failure::refused(
                    Refusal::Nonsense,
                    crate::t!("supabase-no-session", service = self.service()),
                )
            })?;
        self.session = Some(Secret::new(token.to_owned()));
        if let Some(email) = session["user"]["email"].as_str() {
            self.note = Some(crate::t!(
                "firebase-code-valid",
                clean_capped = clean_capped(email, 254)
            ));
        }
        Ok(Verified::Checked {
            gates_passed: 1,
            gates_required: 1,
        })
    }

    fn policy(&mut self, _flow: Option<&StartedFlow>) -> Result<Policy> {
        let mut policy = Policy::new(DEFAULT_MIN, BCRYPT_MAX_BYTES, 0, false);
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
        let session = self.session.clone().ok_or_else(super::no_code_yet)?;
        match self.send(
            Method::PUT,
            "user",
            Some(json!({ "password": password.expose() })),
            Some(&session),
        )? {
            Ok(_) => {}
            // Supabase's own refusal is definite: nothing was set.
            Err(r) => return Err(self.refusal(&r).answered()),
        }
        // The session the code gave is of no further use: signed out (best effort).
        let _ = self.send(Method::POST, "logout", None, Some(&session));
        self.session = None;
        Ok(())
    }

    fn request_count(&self) -> u32 {
        self.api.request_count()
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            code_check: CodeCheck::OnEntry,
            // The code is spent by the check; the session it gives sets the password.
            code_authorises_password: true,
            lists_methods: Err(crate::t!("supabase-email-only")),
            unlock: Err(no_unlock()),
            policy_note: Some(crate::t!("supabase-policy-note", service = self.service())),
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
    fn pasted_codes_and_links() {
        assert_eq!(pasted(" 123 456 "), Pasted::Code("123456".into()));
        assert_eq!(
            pasted("https://p.supabase.co/auth/v1/verify?token=abc123&type=recovery&redirect_to=x"),
            Pasted::TokenHash("abc123".into())
        );
        assert_eq!(
            wait_in("you can only request this after 42 seconds."),
            Some(Duration::from_secs(42))
        );
        assert_eq!(wait_in("Email rate limit exceeded"), None);
    }
}
