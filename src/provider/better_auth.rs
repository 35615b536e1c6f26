//! The `better-auth` provider: a Better Auth server's password reset, under `--url` (its auth
//! base, such as `https://app.example.com/api/auth`; a bare site gets Better Auth's default
//! `/api/auth`).
//!
//! With the email-OTP plugin (tried first): `POST /email-otp/request-password-reset`, the
//! mailed code checked with `/email-otp/check-verification-otp` (which leaves a right code in
//! place) before the password prompt, then `/email-otp/reset-password`. After too many wrong
//! codes even the right one is refused (`TOO_MANY_ATTEMPTS`): a new code is needed. Without the
//! plugin (404), the core reset: `POST /request-password-reset` mails a link with a token,
//! checked with `GET /reset-password/{token}` (a redirect that says `error=INVALID_TOKEN` or
//! carries the token on, using nothing), then `POST /reset-password`.

use reqwest::Method;
use serde_json::{json, Value};

use super::{Answer, Capabilities, Challenge, CodeCheck, Provider, Refusal, StartedFlow, Verified};
use crate::error::{Failure, Result, Violation};
use crate::http::{Api, ApiResponse};
use crate::output::{clean_capped, SERVICE_TEXT_MAX};
use crate::policy::Policy;
use crate::protocol::{Intent, MethodInfo};
use crate::secret::Secret;

/// Better Auth's default password lengths (`minPasswordLength`, `maxPasswordLength`).
const DEFAULT_MIN: usize = 8;
const DEFAULT_MAX: usize = 128;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Otp,
    Link,
}

pub struct BetterAuthProvider {
    api: Api,
    prefix: &'static str,
    mode: Option<Mode>,
    secret: Option<Secret>,
    first_challenge: Option<Challenge>,
}

/// Better Auth's error: `{"message", "code"}`, or a failure for anything else.
struct Refused {
    status: u16,
    code: String,
    message: String,
}

fn no_unlock() -> String {
    crate::t!("better-auth-has-no-unlock")
}

/// The token from a pasted link (`…/reset-password/TOKEN?callbackURL=…`, or an app's page
/// with `?token=TOKEN`) or the bare token.
pub fn token_from_input(input: &str) -> String {
    let input = input.trim();
    let Ok(url) = url::Url::parse(input) else {
        return input.to_owned();
    };
    if let Some((_, token)) = url.query_pairs().find(|(k, _)| k == "token") {
        return token.into_owned();
    }
    url.path_segments()
        .and_then(|mut s| s.rfind(|p| !p.is_empty()))
        .map(|last| {
            percent_encoding::percent_decode_str(last)
                .decode_utf8_lossy()
                .into_owned()
        })
        .unwrap_or_default()
}

impl BetterAuthProvider {
    pub fn new(api: Api) -> Self {
        let bare_site = api.url("").path().trim_matches('/').is_empty();
        BetterAuthProvider {
            api,
            prefix: if bare_site { "api/auth/" } else { "" },
            mode: None,
            secret: None,
            first_challenge: None,
        }
    }

    /// POSTs `body` to `path`: the JSON answer of a 200, or Better Auth's refusal.
    fn post(&self, path: &str, body: Value) -> Result<std::result::Result<Value, Refused>> {
        let resp = self.api.send(
            Method::POST,
            &format!("{}{path}", self.prefix),
            Some(&body),
            None,
            &[],
        )?;
        self.answer(resp, path)
    }

    fn answer(&self, resp: ApiResponse, call: &str) -> Result<std::result::Result<Value, Refused>> {
        if resp.status == 429 {
            let wait = resp
                .header("x-retry-after")
                .and_then(crate::http::parse_retry_after)
                .or(resp.retry_after());
            let mut f = Failure::refused(
                Refusal::RateLimited { wait },
                crate::t!("http-limiting-requests-http-too", service = self.service()),
            )
            .with_hint(crate::t!("http-wait-then-run-pwreset"))
            .answered();
            f.retry_after = wait;
            return Err(f);
        }
        if resp.status == 200 {
            return resp.json(&self.service(), call).map(Ok);
        }
        let body: Option<Value> = serde_json::from_slice(&resp.body).ok();
        let text = |k: &str, cap: usize| {
            body.as_ref()
                .and_then(|b| b[k].as_str())
                .map(|s| clean_capped(s, cap))
        };
        match (text("code", 64), text("message", SERVICE_TEXT_MAX)) {
            (code, Some(message)) if resp.status < 500 => Ok(Err(Refused {
                status: resp.status,
                code: code.unwrap_or_default(),
                message,
            })),
            // A 404 with no Better Auth body: no such endpoint here.
            _ if resp.status == 404 => Ok(Err(Refused {
                status: 404,
                code: String::new(),
                message: String::new(),
            })),
            _ => Err(self.unexpected(&resp)),
        }
    }

    fn unexpected(&self, resp: &ApiResponse) -> Failure {
        resp.unexpected(
            &self.service(),
            &crate::t!("better-auth-answer"),
            &crate::t!("better-auth-check-url"),
        )
    }

    fn refusal(&self, r: &Refused) -> Failure {
        let service = self.service();
        let said = format!("{} ({})", r.message, r.code);
        match r.code.as_str() {
            "INVALID_OTP" => Failure::refused(
                Refusal::WrongCode {
                    attempts_left: None,
                },
                crate::t!("allauth-code-not-valid", service = service),
            )
            .with_hint(crate::t!("better-auth-type-latest-code")),
            "INVALID_TOKEN" => Failure::refused(
                Refusal::WrongCode {
                    attempts_left: None,
                },
                crate::t!("better-auth-link-not-valid", service = service),
            )
            .with_hint(crate::t!("pocketbase-paste-latest-link")),
            "OTP_EXPIRED" => Failure::refused(
                Refusal::CodeExpired,
                crate::t!("firebase-code-has-expired", service = service),
            )
            .with_hint(crate::t!("firebase-run-pwreset-again-get")),
            // Even the right code is refused now: only a new one can go on.
            "TOO_MANY_ATTEMPTS" => Failure::refused(
                Refusal::CodeExpired,
                crate::t!("better-auth-too-many-attempts", service = service),
            )
            .with_code("too_many_attempts")
            .with_hint(crate::t!("firebase-run-pwreset-again-get")),
            "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_COMPROMISED" => {
                Failure::refused(
                    Refusal::PasswordRejected {
                        violations: vec![Violation {
                            rule: r.code.to_lowercase(),
                            message: r.message.clone(),
                        }],
                    },
                    crate::t!("cognito-refused-new-password", service = service),
                )
            }
            "USER_NOT_FOUND" => Failure::refused(
                Refusal::WrongCode {
                    attempts_left: None,
                },
                crate::t!("allauth-unknown-email", service = service),
            ),
            "RESET_PASSWORD_DISABLED" => Failure::refused(
                Refusal::RecoveryNotAllowed,
                crate::t!("better-auth-reset-disabled", service = service),
            ),
            "VALIDATION_ERROR" | "INVALID_EMAIL" => Failure::usage(crate::t!(
                "firebase-user-id-must-account",
                service = service
            ))
            .with_hint(crate::t!("firebase-pass-user-you-example")),
            _ if r.status == 404 => {
                Failure::service(crate::t!("better-auth-not-better-auth", service = service))
                    .with_hint(crate::t!("better-auth-check-url"))
            }
            _ => Failure::service(crate::t!(
                "pocketbase-refused",
                service = service,
                status = r.status,
                message = said
            )),
        }
    }

    /// Asks for a code (the plugin) or, where the plugin is not there, a link.
    fn request(&mut self, user: &str) -> Result<()> {
        if self.mode != Some(Mode::Link) {
            match self.post("email-otp/request-password-reset", json!({ "email": user }))? {
                Ok(_) => {
                    self.mode = Some(Mode::Otp);
                    return Ok(());
                }
                Err(r) if r.status == 404 && self.mode.is_none() => {}
                Err(r) => return Err(self.refusal(&r)),
            }
        }
        match self.post("request-password-reset", json!({ "email": user }))? {
            Ok(_) => {
                self.mode = Some(Mode::Link);
                Ok(())
            }
            Err(r) => Err(self.refusal(&r)),
        }
    }

    fn challenge(&self) -> Challenge {
        match self.mode {
            Some(Mode::Otp) => Challenge::bare(Answer::Code { digits: None }),
            _ => Challenge::bare(Answer::CodeOrLink),
        }
    }

    /// Which way this flow went, known again after `--resume` from what the person pasted.
    fn mode_for(&self, input: &str) -> Mode {
        self.mode
            .unwrap_or(if input.trim().chars().all(|c| c.is_ascii_digit()) {
                Mode::Otp
            } else {
                Mode::Link
            })
    }
}

impl Provider for BetterAuthProvider {
    fn name(&self) -> &'static str {
        "better-auth"
    }

    fn service(&self) -> String {
        self.api.service_label()
    }

    fn start(&mut self, user: &str, intent: Intent) -> Result<StartedFlow> {
        if intent == Intent::Unlock {
            return Err(Failure::refused(Refusal::NotSupported, no_unlock()));
        }
        self.request(user)?;
        self.first_challenge = Some(self.challenge());
        Ok(StartedFlow::by_email(user, intent, "better-auth", "email"))
    }

    fn send_challenge(&mut self, flow: &StartedFlow, _method: &MethodInfo) -> Result<Challenge> {
        if let Some(first) = self.first_challenge.take() {
            return Ok(first);
        }
        self.request(&flow.user)?;
        Ok(self.challenge())
    }

    fn verify(
        &mut self,
        flow: &StartedFlow,
        _challenge: &Challenge,
        input: &Secret,
    ) -> Result<Verified> {
        let mode = self.mode_for(input.expose());
        let secret = match mode {
            Mode::Otp => input
                .expose()
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .collect(),
            Mode::Link => token_from_input(input.expose()),
        };
        if secret.is_empty()
            || secret.len() > 512
            || !secret
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c))
        {
            return Err(self.refusal(&Refused {
                status: 400,
                code: if mode == Mode::Otp {
                    "INVALID_OTP"
                } else {
                    "INVALID_TOKEN"
                }
                .into(),
                message: String::new(),
            }));
        }
        match mode {
            Mode::Otp => {
                let body = json!({"email": flow.user, "type": "forget-password", "otp": secret});
                if let Err(r) = self.post("email-otp/check-verification-otp", body)? {
                    return Err(self.refusal(&r));
                }
            }
            Mode::Link => {
                // A redirect that names an error, or carries the token on: nothing is used.
                let path = format!("{}reset-password/{secret}?callbackURL=%2F", self.prefix);
                let resp = self.api.send(Method::GET, &path, None, None, &[])?;
                let location = resp.header("location").unwrap_or_default().to_owned();
                match resp.status {
                    300..=399 if location.contains("error=") => {
                        return Err(self.refusal(&Refused {
                            status: 400,
                            code: "INVALID_TOKEN".into(),
                            message: String::new(),
                        }))
                    }
                    300..=399 if location.contains("token=") => {}
                    _ => {
                        if let Err(r) = self.answer(resp, "reset-password")? {
                            return Err(self.refusal(&r));
                        }
                    }
                }
            }
        }
        self.secret = Some(Secret::new(secret));
        Ok(Verified::Checked {
            gates_passed: 1,
            gates_required: 1,
        })
    }

    fn policy(&mut self, _flow: Option<&StartedFlow>) -> Result<Policy> {
        Ok(Policy::new(DEFAULT_MIN, DEFAULT_MAX, 0, false))
    }

    fn set_password(
        &mut self,
        flow: &StartedFlow,
        password: &Secret,
        _idempotency_key: &str,
    ) -> Result<()> {
        let secret = self.secret.clone().ok_or_else(super::no_code_yet)?;
        let answer = match self.mode_for(secret.expose()) {
            Mode::Otp => self.post(
                "email-otp/reset-password",
                json!({"email": flow.user, "otp": secret.expose(), "password": password.expose()}),
            )?,
            Mode::Link => self.post(
                "reset-password",
                json!({"token": secret.expose(), "newPassword": password.expose()}),
            )?,
        };
        // Better Auth's own refusal is definite: nothing was set.
        answer.map(|_| ()).map_err(|r| self.refusal(&r).answered())
    }

    fn request_count(&self) -> u32 {
        self.api.request_count()
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            code_check: CodeCheck::OnEntry,
            code_authorises_password: true,
            lists_methods: Err(crate::t!("better-auth-email-only")),
            unlock: Err(no_unlock()),
            policy_note: Some(crate::t!(
                "better-auth-policy-note",
                service = self.service()
            )),
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
    fn tokens_from_links() {
        assert_eq!(
            token_from_input("http://h/api/auth/reset-password/tziCEx1r?callbackURL="),
            "tziCEx1r"
        );
        assert_eq!(
            token_from_input("https://app.test/reset?token=abc_1"),
            "abc_1"
        );
        assert_eq!(token_from_input(" abc "), "abc");
    }
}
