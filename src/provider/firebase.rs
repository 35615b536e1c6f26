//! The `firebase` provider: Firebase Authentication / Google Identity Platform,
//! `accounts:sendOobCode` (PASSWORD_RESET) then `accounts:resetPassword`. The API key is public
//! configuration, not a secret; no service-account credential is ever used.
//!
//! The person gets an email with a link; they paste the code or the whole link. pwreset checks
//! the code first (`resetPassword` with only `oobCode` checks it without using it), so a bad
//! code is caught before the password prompt, and then sets the password with it. An empty
//! `newPassword` silently means "check only" on this API, so one is never sent.

use reqwest::Method;
use serde_json::{json, Value};
use url::Url;

use super::{Answer, Capabilities, Challenge, CodeCheck, Provider, Refusal, StartedFlow, Verified};
use crate::error::{Failure, FailureKind, Result, Violation};
use crate::http::{Api, ApiResponse};
use crate::output::{clean_capped, quoted, SERVICE_TEXT_MAX};
use crate::policy::{Policy, MAX_PASSWORD_LENGTH};
use crate::protocol::{Intent, MethodInfo};
use crate::secret::Secret;

pub struct FirebaseProvider {
    /// `https://identitytoolkit.googleapis.com`, or the emulator's `http://HOST:PORT/identitytoolkit.googleapis.com`.
    api: Api,
    api_key: String,
    tenant_id: Option<String>,
    fallback_policy: Policy,
    code: Option<Secret>,
    note: Option<String>,
    first_challenge: Option<Challenge>,
}

/// The oobCode (and tenant) from what the person pasted: the raw code or the whole link.
pub fn parse_code(input: &str) -> std::result::Result<(String, Option<String>), Failure> {
    let input = input.trim();
    if !(input.starts_with("http://") || input.starts_with("https://")) {
        return Ok((input.to_owned(), None));
    }
    let url = Url::parse(input)
        .map_err(|e| Failure::usage(crate::t!("firebase-pasted-link-not-url", e = e)))?;
    // Links may wrap the real one (`link=` in Dynamic Links); look there too.
    let mut pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if let Some((_, inner)) = pairs.iter().find(|(k, _)| k == "link").cloned() {
        if let Ok(inner) = Url::parse(&inner) {
            pairs.extend(
                inner
                    .query_pairs()
                    .map(|(k, v)| (k.into_owned(), v.into_owned())),
            );
        }
    }
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    match get("mode").as_deref() {
        Some("resetPassword") => {}
        Some(other) => {
            return Err(Failure::refused(
                Refusal::CodeForAnotherPurpose,
                crate::t!(
                    "firebase-link-not-resetting-password",
                    clean_capped = format!("{:?}", clean_capped(other, 64))
                ),
            )
            .with_hint(crate::t!("firebase-use-link-from-password")))
        }
        None => {
            return Err(Failure::refused(
                Refusal::CodeForAnotherPurpose,
                crate::t!("firebase-link-has-no-mode"),
            ))
        }
    }
    let code = get("oobCode").filter(|c| !c.is_empty()).ok_or_else(|| {
        Failure::refused(
            Refusal::CodeForAnotherPurpose,
            crate::t!("firebase-link-has-no-oobcode"),
        )
    })?;
    Ok((code, get("tenantId")))
}

fn no_unlock() -> String {
    crate::t!("firebase-has-no-self")
}

impl FirebaseProvider {
    pub fn new(
        api: Api,
        api_key: String,
        tenant_id: Option<String>,
        fallback_policy: Policy,
    ) -> Self {
        FirebaseProvider {
            api,
            api_key,
            tenant_id,
            fallback_policy,
            code: None,
            note: None,
            first_challenge: None,
        }
    }

    fn path(&self, method: &str) -> String {
        let key: String = url::form_urlencoded::byte_serialize(self.api_key.as_bytes()).collect();
        format!("v1/accounts:{method}?key={key}")
    }

    fn with_tenant(&self, mut body: Value) -> Value {
        if let Some(t) = &self.tenant_id {
            body["tenantId"] = json!(t);
        }
        body
    }

    fn post(
        &self,
        method: &str,
        body: Value,
    ) -> Result<std::result::Result<Value, (String, String)>> {
        // The language of the email Firebase sends (the reset link's message).
        let locale = match crate::i18n::current() {
            lang if lang.is_pseudo() => "en",
            lang => lang.tag(),
        };
        let resp = self.api.send(
            Method::POST,
            &self.path(method),
            Some(&self.with_tenant(body)),
            None,
            &[("X-Firebase-Locale", locale)],
        )?;
        if resp.status == 200 {
            return resp.json(&self.service(), method).map(Ok);
        }
        if let Some(throttled) = resp.throttled(&self.service()) {
            return Err(throttled);
        }
        Ok(Err(self.google_error(&resp)?))
    }

    /// (CODE, detail) from `{"error": {"message": "CODE : detail"}}`, or a failure for anything else.
    fn google_error(&self, resp: &ApiResponse) -> Result<(String, String)> {
        let body: Option<Value> = serde_json::from_slice(&resp.body).ok();
        let message = body
            .as_ref()
            .and_then(|b| b["error"]["message"].as_str())
            .map(|m| clean_capped(m, SERVICE_TEXT_MAX));
        match message {
            Some(m) if resp.status < 500 && resp.status != 401 && resp.status != 403 => {
                let (code, detail) = m
                    .split_once(" : ")
                    .map_or((m.clone(), String::new()), |(c, d)| {
                        (c.to_owned(), d.to_owned())
                    });
                Ok((code.trim().to_owned(), detail.trim().to_owned()))
            }
            _ if resp.status == 403 || resp.status == 401 => Err(Failure::usage(crate::t!(
                "firebase-refused-request-http-api",
                service = self.service(),
                status = resp.status
            ))
            .with_hint(crate::t!("firebase-pass-project-s-web"))),
            _ => Err(resp.unexpected(
                &self.service(),
                &crate::t!("firebase-answer"),
                &crate::t!("firebase-check-endpoint-url-firebase"),
            )),
        }
    }

    fn failure(&self, code: &str, detail: &str) -> Failure {
        let service = self.service();
        let detail_part = if detail.is_empty() {
            String::new()
        } else {
            format!(" ({})", quoted(detail))
        };
        match code {
            "INVALID_OOB_CODE" | "MISSING_OOB_CODE" => Failure::refused(
                Refusal::WrongCode {
                    attempts_left: None,
                },
                crate::t!(
                    "firebase-code-not-valid",
                    service = service,
                    detail_part = detail_part
                ),
            )
            .with_hint(crate::t!("firebase-paste-code-link-from")),
            "EXPIRED_OOB_CODE" => Failure::refused(
                Refusal::CodeExpired,
                crate::t!("firebase-code-has-expired", service = service),
            )
            .with_hint(crate::t!("firebase-run-pwreset-again-get")),
            "WEAK_PASSWORD" => {
                let message = if detail.is_empty() {
                    crate::t!("firebase-too-weak").to_owned()
                } else {
                    clean_capped(detail, SERVICE_TEXT_MAX)
                };
                let violations = vec![Violation {
                    rule: "weak_password".into(),
                    message,
                }];
                Failure::refused(
                    Refusal::PasswordRejected { violations },
                    crate::t!("cognito-refused-new-password", service = service),
                )
            }
            "PASSWORD_DOES_NOT_MEET_REQUIREMENTS" => Failure::refused(
                Refusal::PasswordRejected {
                    violations: missing_requirements(detail),
                },
                crate::t!("cognito-refused-new-password", service = service),
            ),
            "TOO_MANY_ATTEMPTS_TRY_LATER"
            | "RESET_PASSWORD_EXCEED_LIMIT"
            | "QUOTA_EXCEEDED"
            | "RESOURCE_EXHAUSTED" => Failure::refused(
                Refusal::RateLimited { wait: None },
                crate::t!("firebase-too-many-attempts", service = service, code = code),
            )
            .with_hint(crate::t!("firebase-wait-while-then-run")),
            "USER_DISABLED" => Failure::refused(
                Refusal::RecoveryNotAllowed,
                crate::t!("firebase-account-has-been-disabled", service = service),
            )
            .with_code("user_disabled")
            .with_hint(crate::t!("firebase-ask-app-s-support")),
            "INVALID_API_KEY" | "API_KEY_INVALID" => Failure::usage(crate::t!(
                "firebase-api-key-not-valid",
                service = service,
                detail_part = detail_part
            ))
            .with_hint(crate::t!("firebase-pass-project-s-web-2")),
            c if c.starts_with("API key not valid") => {
                Failure::usage(crate::t!("firebase-api-key-not-valid-2", service = service))
                    .with_hint(crate::t!("firebase-pass-project-s-web-2"))
            }
            "INVALID_EMAIL" | "MISSING_EMAIL" => Failure::usage(crate::t!(
                "firebase-user-id-must-account",
                service = service
            ))
            .with_hint(crate::t!("firebase-pass-user-you-example")),
            "INVALID_TENANT_ID" | "TENANT_NOT_FOUND" => Failure::usage(crate::t!(
                "firebase-unknown-tenant",
                service = service,
                detail_part = detail_part
            ))
            .with_hint(crate::t!("firebase-check-tenant-id")),
            _ => Failure::service(format!("{service}: {}{detail_part}", quoted(code))),
        }
    }

    fn send_email(&mut self, user: &str) -> Result<()> {
        match self.post(
            "sendOobCode",
            json!({"requestType": "PASSWORD_RESET", "email": user}),
        )? {
            Ok(_) => Ok(()),
            // No enumeration: an unknown address is answered like a known one.
            Err((c, _)) if c == "EMAIL_NOT_FOUND" => Ok(()),
            Err((c, d)) => Err(self.failure(&c, &d)),
        }
    }

    /// Firebase says nothing of the code but that it is in the email, alone or in a link.
    fn challenge() -> Challenge {
        Challenge::bare(Answer::CodeOrLink)
    }
}

/// `Missing password requirements: [MISSING_LOWERCASE_CHARACTER, ...]` → one violation each.
pub(crate) fn missing_requirements(detail: &str) -> Vec<Violation> {
    let names: Vec<&str> = detail
        .split(|c: char| !(c.is_ascii_uppercase() || c == '_'))
        .filter(|w| w.starts_with("MISSING_") || w.contains("PASSWORD_LENGTH"))
        .collect();
    let mut out: Vec<Violation> = names
        .iter()
        .map(|n| Violation {
            rule: n.to_lowercase(),
            message: match *n {
                "MISSING_LOWERCASE_CHARACTER" => crate::t!("firebase-has-no-lower-case"),
                "MISSING_UPPERCASE_CHARACTER" => crate::t!("firebase-has-no-upper-case"),
                "MISSING_NUMERIC_CHARACTER" => crate::t!("firebase-has-no-digit"),
                "MISSING_NON_ALPHANUMERIC_CHARACTER" => {
                    crate::t!("firebase-has-no-non-alphanumeric")
                }
                "MISSING_MIN_PASSWORD_LENGTH" | "MIN_PASSWORD_LENGTH" => {
                    crate::t!("firebase-too-short")
                }
                "MISSING_MAX_PASSWORD_LENGTH" | "MAX_PASSWORD_LENGTH" => {
                    crate::t!("firebase-too-long")
                }
                other => crate::t!("firebase-does-not-meet", other = other),
            },
        })
        .collect();
    if out.is_empty() {
        out.push(Violation {
            rule: "policy".into(),
            message: if detail.is_empty() {
                crate::t!("firebase-does-not-meet-project")
            } else {
                detail.to_owned()
            },
        });
    }
    out
}

impl Provider for FirebaseProvider {
    fn name(&self) -> &'static str {
        "firebase"
    }

    fn service(&self) -> String {
        self.api.service_label()
    }

    fn start(&mut self, user: &str, intent: Intent) -> Result<StartedFlow> {
        self.can_unlock_for(intent)?;
        self.send_email(user)?;
        self.first_challenge = Some(Self::challenge());
        Ok(StartedFlow::by_email(user, intent, "firebase", "firebase"))
    }

    fn send_challenge(&mut self, flow: &StartedFlow, _method: &MethodInfo) -> Result<Challenge> {
        if let Some(first) = self.first_challenge.take() {
            return Ok(first);
        }
        self.send_email(&flow.user)?;
        Ok(Self::challenge())
    }

    fn verify(
        &mut self,
        _flow: &StartedFlow,
        _challenge: &Challenge,
        input: &Secret,
    ) -> Result<Verified> {
        let (code, tenant) = parse_code(input.expose())?;
        if let Some(t) = tenant {
            self.tenant_id = Some(t);
        }
        // oobCode alone checks the code without using it, and says whose it is.
        match self.post("resetPassword", json!({"oobCode": code}))? {
            Ok(v) => {
                if v["requestType"]
                    .as_str()
                    .is_some_and(|t| t != "PASSWORD_RESET")
                {
                    return Err(Failure::refused(
                        Refusal::CodeForAnotherPurpose,
                        crate::t!("firebase-code-not-password-reset"),
                    ));
                }
                if let Some(email) = v["email"].as_str() {
                    // One line, at most an email address long: it cannot pass for a line of ours.
                    self.note = Some(crate::t!(
                        "firebase-code-valid",
                        clean_capped = clean_capped(email, 254)
                    ));
                }
            }
            Err((c, d)) => return Err(self.failure(&c, &d)),
        }
        self.code = Some(Secret::new(code));
        // Checked now (the oobCode alone), and the one step Firebase has.
        Ok(Verified::Checked {
            gates_passed: 1,
            gates_required: 1,
        })
    }

    fn policy(&mut self, _flow: Option<&StartedFlow>) -> Result<Policy> {
        let mut path = format!(
            "v2/passwordPolicy?key={}",
            url::form_urlencoded::byte_serialize(self.api_key.as_bytes()).collect::<String>()
        );
        if let Some(t) = &self.tenant_id {
            path.push_str(&format!(
                "&tenantId={}",
                url::form_urlencoded::byte_serialize(t.as_bytes()).collect::<String>()
            ));
        }
        let resp = self.api.send(Method::GET, &path, None, None, &[])?;
        if let Some(throttled) = resp.throttled(&self.service()) {
            return Err(throttled);
        }
        if resp.status != 200 {
            // Projects without a policy (and the emulator, with 501) answer in JSON: the local
            // rules apply. An HTML page or a server error is not a Firebase answer at all.
            let json_answer =
                serde_json::from_slice::<Value>(&resp.body).is_ok_and(|v| v.is_object());
            if json_answer && (resp.status < 500 || resp.status == 501) {
                return Ok(self.fallback_policy.clone());
            }
            return Err(resp.unexpected(
                &self.service(),
                "a Firebase answer",
                &crate::t!("firebase-check-endpoint-url-firebase"),
            ));
        }
        let v: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
        let o = &v["customStrengthOptions"];
        if !o.is_object() {
            return Ok(self.fallback_policy.clone());
        }
        let length = |field: &str, default: u64| match &o[field] {
            Value::Null => Ok(default),
            v => v
                .as_u64()
                .filter(|n| *n <= MAX_PASSWORD_LENGTH as u64)
                .ok_or_else(|| {
                    Failure::service(crate::t!(
                        "firebase-published-nonsense-as-its",
                        service = self.service(),
                        field = field,
                        clean_capped = crate::output::clean_capped(&v.to_string(), 40)
                    ))
                }),
        };
        let min = length("minPasswordLength", 6)? as usize;
        let max = length("maxPasswordLength", MAX_PASSWORD_LENGTH as u64)? as usize;
        let mut policy = Policy::new(min, max, 0, false);
        for (field, class) in [
            ("containsLowercaseCharacter", "lowercase"),
            ("containsUppercaseCharacter", "uppercase"),
            ("containsNumericCharacter", "digit"),
            ("containsNonAlphanumericCharacter", "symbol"),
        ] {
            if o[field].as_bool() == Some(true) {
                policy.require.push(class.to_owned());
            }
        }
        policy.validate().map_err(|why| {
            Failure::service(crate::t!(
                "firebase-published-password-policy",
                service = self.service(),
                why = why
            ))
        })?;
        policy.rules = policy.describe();
        Ok(policy)
    }

    fn set_password(
        &mut self,
        _flow: &StartedFlow,
        password: &Secret,
        _idempotency_key: &str,
    ) -> Result<()> {
        if password.is_empty() {
            // An empty newPassword would only check the code and change nothing.
            return Err(Failure::new(
                FailureKind::PasswordRejected,
                crate::t!("flow-new-password-empty"),
            ));
        }
        let code = self.code.clone().ok_or_else(super::no_code_yet)?;
        match self.post(
            "resetPassword",
            json!({"oobCode": code.expose(), "newPassword": password.expose()}),
        )? {
            Ok(_) => Ok(()),
            // Firebase answered with one of its errors: a definite no, nothing was set.
            Err((c, d)) => Err(self.failure(&c, &d).answered()),
        }
    }

    fn request_count(&self) -> u32 {
        self.api.request_count()
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            code_check: CodeCheck::OnEntry,
            code_authorises_password: true,
            lists_methods: Err(crate::t!("firebase-recovers-email-only").to_owned()),
            unlock: Err(no_unlock()),
            policy_note: Some(crate::t!(
                "firebase-password-rules-project",
                service = self.service()
            )),
            hides_unknown_users: true,
            // sendOobCode again sends a new email.
            resend: true,
            // The project's policy, where it has one (`v2/passwordPolicy`).
            publishes_policy: true,
        }
    }

    fn take_note(&mut self) -> Option<String> {
        self.note.take()
    }
}

impl FirebaseProvider {
    fn can_unlock_for(&self, intent: Intent) -> Result<()> {
        match intent {
            Intent::Unlock => Err(Failure::refused(Refusal::NotSupported, no_unlock())),
            Intent::Reset => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_links_and_codes() {
        assert_eq!(
            parse_code("  abcDEF-123 ").unwrap(),
            ("abcDEF-123".into(), None)
        );
        let link = "http://127.0.0.1:9099/emulator/action?mode=resetPassword&lang=en&oobCode=XYZ_1&apiKey=k&tenantId=t-1&continueUrl=x";
        assert_eq!(
            parse_code(link).unwrap(),
            ("XYZ_1".into(), Some("t-1".into()))
        );
        let err = parse_code("https://x.firebaseapp.com/__/auth/action?mode=verifyEmail&oobCode=A")
            .unwrap_err();
        assert!(err.message.contains("verifyEmail"));
        assert!(parse_code("https://x.example.com/?foo=1").is_err());
    }

    #[test]
    fn missing_requirements_become_violations() {
        let v = missing_requirements("Missing password requirements: [MISSING_LOWERCASE_CHARACTER, MISSING_NUMERIC_CHARACTER]");
        let rules: Vec<&str> = v.iter().map(|v| v.rule.as_str()).collect();
        assert_eq!(
            rules,
            ["missing_lowercase_character", "missing_numeric_character"]
        );
    }
}
