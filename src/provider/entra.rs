//! The `entra` provider: Microsoft Entra External ID's native-authentication password reset,
//! version 1.0 — `start`, `challenge` (also the resend), `continue` (the code), `submit` (the
//! new password) and `poll_completion`, form-encoded, each carrying the app's `client_id` and
//! the latest `continuation_token` the service gave. Never a Graph or administrative call.
//!
//! What the service does that others do not, and what pwreset does about it:
//! - every answer replaces the continuation token; the provider keeps the latest one;
//! - the code is asked for right after `start`, so the masked address is known from the first
//!   line the person reads (like Cognito's);
//! - a password is refused either by `submit` or, later, by `poll_completion`; either way it
//!   is a refused password, and the next one is submitted with the token `continue` gave.
//!   Microsoft's Android SDK answers a refusal at `submit` with "password not accepted" and a
//!   refusal at `poll_completion` with a plain API error, both leaving the "password required"
//!   state (and its token) in place; should the service no longer take that token, the answer
//!   is `expired_token`: start again (exit 7);
//! - `challenge_type: "redirect"` in any answer means the tenant wants the browser;
//! - `user_not_found` is said plainly: this API does not hide unknown users.

use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::Value;

use super::contract::{Answer, Capabilities, Challenge, CodeCheck, Refusal, Verified};
use super::{Provider, StartedFlow};
use crate::error::{Failure, FailureKind, Result, Violation};
use crate::http::{Api, ApiResponse};
use crate::output::{clean_capped, quoted, SERVICE_TEXT_MAX};
use crate::policy::Policy;
use crate::protocol::{Intent, MethodInfo};
use crate::secret::Secret;

/// The challenge types pwreset can answer: a one-time code, or the browser.
const CHALLENGE_TYPES: &str = "oob redirect";
/// How long pwreset waits for the service to finish a password change.
const POLL_LIMIT: Duration = Duration::from_secs(300);
/// The code of the failure that says the tenant needs the browser: the run ends as a hand-off.
pub const BROWSER_REQUIRED: &str = "browser_required";
/// The longest code pwreset accepts the service asking for.
const MAX_CODE_LENGTH: u64 = 20;

/// The authority of an External ID tenant named by its subdomain (`contoso`,
/// `contoso.onmicrosoft.com`) or its id (a GUID).
pub fn authority_for(tenant: &str) -> Result<String> {
    let tenant = tenant.trim();
    let is_id = tenant.len() == 36 && tenant.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    let subdomain = tenant.split('.').next().unwrap_or_default();
    let valid = !subdomain.is_empty()
        && subdomain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !valid {
        return Err(
            Failure::usage(crate::t!("entra-not-a-tenant", tenant = quoted(tenant)))
                .with_hint(crate::t!("settings-pass-tenant")),
        );
    }
    Ok(if is_id {
        format!("https://{tenant}.ciamlogin.com/{tenant}")
    } else {
        format!("https://{subdomain}.ciamlogin.com/{subdomain}.onmicrosoft.com")
    })
}

pub struct EntraProvider {
    api: Api,
    client_id: String,
    /// The latest continuation token (each answer replaces it).
    token: Option<Secret>,
    /// The token `continue` gave: every password is submitted with it.
    password_token: Option<Secret>,
    /// The challenge sent with `start`, for the engine's first `send_challenge`.
    first_challenge: Option<Challenge>,
}

/// What the service answered: its JSON, or its error and sub-error codes with its words.
enum Answered {
    Ok(Value),
    Refused {
        error: String,
        suberror: String,
        description: String,
    },
}

impl EntraProvider {
    pub fn new(api: Api, client_id: String) -> Self {
        EntraProvider {
            api,
            client_id,
            token: None,
            password_token: None,
            first_challenge: None,
        }
    }

    /// One form-encoded call; the answer's continuation token becomes the latest.
    fn call(&mut self, endpoint: &str, fields: &[(&str, &str)]) -> Result<Answered> {
        let mut form = url::form_urlencoded::Serializer::new(String::new());
        form.append_pair("client_id", &self.client_id);
        for (k, v) in fields {
            form.append_pair(k, v);
        }
        let body = form.finish().into_bytes();
        let path = format!("resetpassword/v1.0/{endpoint}");
        let resp = self.api.send_body(
            Method::POST,
            &path,
            Some(("application/x-www-form-urlencoded", body)),
            None,
            &[],
        )?;
        let service = self.service();
        if let Some(throttled) = resp.throttled(&service) {
            return Err(throttled);
        }
        if resp.status == 200 {
            let v: Value = resp.json(&service, endpoint)?;
            if v["challenge_type"] == "redirect" {
                return Err(self.needs_browser(&v));
            }
            if let Some(t) = v["continuation_token"].as_str().filter(|t| !t.is_empty()) {
                self.token = Some(Secret::new(t.to_owned()));
            }
            return Ok(Answered::Ok(v));
        }
        match error_of(&resp) {
            Some((error, suberror, description)) if resp.status == 400 || resp.status == 401 => {
                Ok(Answered::Refused {
                    error,
                    suberror,
                    description,
                })
            }
            _ => Err(resp.unexpected(
                &service,
                &crate::t!("entra-answer"),
                &crate::t!("entra-check-authority"),
            )),
        }
    }

    fn latest_token(&self) -> Result<String> {
        self.token
            .as_ref()
            .map(|t| t.expose().to_owned())
            .ok_or_else(|| Failure::refused(Refusal::Nonsense, crate::t!("entra-no-token")))
    }

    fn needs_browser(&self, v: &Value) -> Failure {
        let reason = v["redirect_reason"]
            .as_str()
            .map(|r| format!(" {}", quoted(r)))
            .unwrap_or_default();
        Failure::refused(
            Refusal::NotSupported,
            crate::t!(
                "entra-needs-browser",
                service = self.service(),
                reason = reason
            ),
        )
        .with_code(BROWSER_REQUIRED)
        .with_hint(crate::t!("entra-use-browser"))
    }

    /// The failure for an error the service answered, in any call.
    fn common_failure(&self, error: &str, suberror: &str, description: &str) -> Failure {
        let service = self.service();
        let said = quoted(description);
        match (error, suberror) {
            ("expired_token", _) => Failure::refused(
                Refusal::FlowGone,
                crate::t!("entra-flow-expired", service = service),
            )
            .with_hint(crate::t!("entra-start-again")),
            ("user_not_found", _) => Failure::new(
                FailureKind::Verification,
                crate::t!("entra-user-not-found", service = service),
            )
            .with_code("user_not_found")
            .with_hint(crate::t!("entra-check-user"))
            .answered(),
            ("unsupported_challenge_type", _) => Failure::refused(
                Refusal::NotSupported,
                crate::t!("entra-unsupported-challenge", service = service),
            )
            .with_hint(crate::t!("entra-use-browser")),
            (_, "nativeauthapi_disabled") => Failure::new(
                FailureKind::Usage,
                crate::t!("entra-native-auth-disabled", service = service),
            )
            .with_hint(crate::t!("entra-ask-admin-native-auth"))
            .answered(),
            ("invalid_client" | "unauthorized_client", _) => Failure::new(
                FailureKind::Usage,
                crate::t!("entra-client-refused", service = service, said = said),
            )
            .with_hint(crate::t!("entra-check-client-id"))
            .answered(),
            _ => Failure::new(
                FailureKind::Service,
                crate::t!(
                    "entra-refused",
                    service = service,
                    error = quoted(error),
                    said = said
                ),
            )
            .with_code(clean_capped(error, 64))
            .with_hint(crate::t!("entra-check-authority"))
            .answered(),
        }
    }

    /// The challenge the service describes in `v` (an `oob` answer of `/challenge`).
    fn challenge_of(&self, v: &Value) -> Result<(Challenge, MethodInfo)> {
        if v["challenge_type"] != "oob" {
            return Err(Failure::refused(
                Refusal::Nonsense,
                crate::t!(
                    "entra-nonsense",
                    what = quoted(v["challenge_type"].as_str().unwrap_or("(none)"))
                ),
            ));
        }
        let digits = match v["code_length"].as_u64() {
            Some(n @ 1..=MAX_CODE_LENGTH) => Some(n as u32),
            None => Some(8),
            Some(_) => {
                return Err(Failure::refused(
                    Refusal::Nonsense,
                    crate::t!(
                        "entra-nonsense",
                        what = quoted(&v["code_length"].to_string())
                    ),
                ))
            }
        };
        let channel = match v["challenge_channel"].as_str() {
            Some("sms") => "sms",
            _ => "email",
        };
        let hint = clean_capped(v["challenge_target_label"].as_str().unwrap_or(""), 120);
        let method = MethodInfo {
            id: "entra".into(),
            kind: channel.into(),
            hint,
        };
        Ok((Challenge::bare(Answer::Code { digits }), method))
    }

    /// Asks for a code with the latest token; the challenge and the method it went by.
    fn challenge(&mut self) -> Result<(Challenge, MethodInfo)> {
        let token = self.latest_token()?;
        match self.call(
            "challenge",
            &[
                ("continuation_token", &token),
                ("challenge_type", CHALLENGE_TYPES),
            ],
        )? {
            Answered::Ok(v) => self.challenge_of(&v),
            Answered::Refused {
                error,
                suberror,
                description,
            } => Err(self.common_failure(&error, &suberror, &description)),
        }
    }

    /// A password the service refused, with its reason in the run's language.
    fn refused_password(&self, suberror: &str, description: &str) -> Failure {
        let message = match suberror {
            "password_too_weak"
            | "password_too_short"
            | "password_too_long"
            | "password_recently_used"
            | "password_banned"
            | "password_is_invalid" => {
                crate::t!("entra-password-suberror", suberror = suberror)
            }
            _ => clean_capped(description, SERVICE_TEXT_MAX),
        };
        Failure::refused(
            Refusal::PasswordRejected {
                violations: vec![Violation {
                    rule: clean_capped(suberror, 64),
                    message,
                }],
            },
            crate::t!("entra-refused-password", service = self.service()),
        )
    }

    /// A refusal of `submit` or `poll_completion`: the password's, or the flow's.
    fn password_step_failure(&self, error: &str, suberror: &str, description: &str) -> Failure {
        if suberror.starts_with("password_") {
            self.refused_password(suberror, description)
        } else {
            self.common_failure(error, suberror, description)
        }
    }

    /// Waits for the change `submit` began: its outcome, within `POLL_LIMIT`. The first poll
    /// goes at once and the next ones `interval` apart, as Microsoft's Android SDK does.
    fn poll(&mut self, token: &str, interval: Duration) -> Result<()> {
        let deadline = Instant::now() + POLL_LIMIT;
        let mut first = true;
        loop {
            if !first {
                std::thread::sleep(interval);
            }
            first = false;
            let answered = self.call("poll_completion", &[("continuation_token", token)])?;
            let v = match answered {
                Answered::Ok(v) => v,
                Answered::Refused {
                    error,
                    suberror,
                    description,
                } => {
                    // Refused after `submit` said yes: the password, checked late.
                    return Err(self.password_step_failure(&error, &suberror, &description));
                }
            };
            match v["status"].as_str() {
                Some("succeeded") => return Ok(()),
                Some("failed") => {
                    return Err(Failure::new(
                        FailureKind::Service,
                        crate::t!("entra-change-failed", service = self.service()),
                    )
                    .with_code("password_change_failed")
                    .with_hint(crate::t!("entra-start-again"))
                    .answered())
                }
                Some("in_progress" | "not_started") if Instant::now() < deadline => {}
                Some("in_progress" | "not_started") => {
                    return Err(Failure::service(crate::t!(
                        "entra-change-timeout",
                        service = self.service(),
                        s = POLL_LIMIT.as_secs()
                    )))
                }
                other => {
                    return Err(Failure::refused(
                        Refusal::Nonsense,
                        crate::t!("entra-nonsense", what = quoted(other.unwrap_or("(none)"))),
                    ))
                }
            }
        }
    }
}

/// `(error, suberror, error_description)` of an error answer.
fn error_of(resp: &ApiResponse) -> Option<(String, String, String)> {
    let v: Value = serde_json::from_slice(&resp.body).ok()?;
    let error = v["error"].as_str()?.to_owned();
    Some((
        error,
        v["suberror"].as_str().unwrap_or_default().to_owned(),
        v["error_description"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
    ))
}

/// The wait the service asks for between polls: 1 to 15 s; 2 s when it gives none or another
/// value (as Microsoft's Android SDK does).
fn poll_interval(v: &Value) -> Duration {
    match v["poll_interval"].as_u64() {
        Some(n @ 1..=15) => Duration::from_secs(n),
        _ => Duration::from_secs(2),
    }
}

fn no_unlock() -> String {
    crate::t!("entra-no-unlock")
}

impl Provider for EntraProvider {
    fn name(&self) -> &'static str {
        "entra"
    }

    fn service(&self) -> String {
        self.api.service_label()
    }

    fn start(&mut self, user: &str, intent: Intent) -> Result<StartedFlow> {
        if intent == Intent::Unlock {
            return Err(Failure::refused(Refusal::NotSupported, no_unlock()));
        }
        self.token = None;
        self.password_token = None;
        match self.call(
            "start",
            &[("username", user), ("challenge_type", CHALLENGE_TYPES)],
        )? {
            Answered::Ok(_) => {}
            Answered::Refused {
                error,
                suberror,
                description,
            } => return Err(self.common_failure(&error, &suberror, &description)),
        }
        let start_token = Secret::new(self.latest_token()?);
        // The code goes out now, so that the first line can say where.
        let (challenge, method) = self.challenge()?;
        self.first_challenge = Some(challenge);
        Ok(StartedFlow {
            user: user.to_owned(),
            id: "entra".into(),
            token: start_token,
            intent,
            expires_at: None,
            gates_required: 1,
            gates_passed: 0,
            methods: vec![method],
        })
    }

    fn send_challenge(&mut self, flow: &StartedFlow, _method: &MethodInfo) -> Result<Challenge> {
        if let Some(first) = self.first_challenge.take() {
            return Ok(first);
        }
        if self.token.is_none() {
            // A resumed run: the flow's own token.
            self.token = Some(flow.token.clone());
        }
        // `/challenge` again is the resend.
        self.challenge().map(|(c, _)| c)
    }

    fn verify(
        &mut self,
        flow: &StartedFlow,
        _challenge: &Challenge,
        code: &Secret,
    ) -> Result<Verified> {
        if self.token.is_none() {
            self.token = Some(flow.token.clone());
        }
        let token = self.latest_token()?;
        match self.call(
            "continue",
            &[
                ("continuation_token", &token),
                ("grant_type", "oob"),
                ("oob", code.expose()),
            ],
        )? {
            Answered::Ok(_) => {
                self.password_token = self.token.clone();
                Ok(Verified::Checked {
                    gates_passed: 1,
                    gates_required: 1,
                })
            }
            Answered::Refused {
                error,
                suberror,
                description,
            } => Err(match (error.as_str(), suberror.as_str()) {
                ("invalid_grant", "invalid_oob_value") => Failure::refused(
                    Refusal::WrongCode {
                        attempts_left: None,
                    },
                    crate::t!("entra-wrong-code", service = self.service()),
                )
                .with_hint(crate::t!("entra-check-latest-code")),
                _ => self.common_failure(&error, &suberror, &description),
            }),
        }
    }

    fn policy(&mut self, _flow: Option<&StartedFlow>) -> Result<Policy> {
        // External ID's fixed policy: 8 to 256 characters, 3 of the 4 classes; banned
        // passwords only the service knows.
        Ok(Policy::new(8, 256, 3, false))
    }

    fn set_password(
        &mut self,
        flow: &StartedFlow,
        password: &Secret,
        _idempotency_key: &str,
    ) -> Result<()> {
        let token = match &self.password_token {
            Some(t) => t.expose().to_owned(),
            // A resumed run has only the flow's token; the service says if it is spent.
            None => flow.token.expose().to_owned(),
        };
        let submitted = match self.call(
            "submit",
            &[
                ("continuation_token", &token),
                ("new_password", password.expose()),
            ],
        )? {
            Answered::Ok(v) => v,
            Answered::Refused {
                error,
                suberror,
                description,
            } => {
                return Err(self
                    .password_step_failure(&error, &suberror, &description)
                    .answered())
            }
        };
        let poll_token = self.latest_token()?;
        self.poll(&poll_token, poll_interval(&submitted))
    }

    fn request_count(&self) -> u32 {
        self.api.request_count()
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            code_check: CodeCheck::OnEntry,
            code_authorises_password: false,
            lists_methods: Err(crate::t!("entra-names-destination")),
            unlock: Err(no_unlock()),
            policy_note: Some(crate::t!("entra-policy-note")),
            // `start` answers `user_not_found`.
            hides_unknown_users: false,
            resend: true,
            publishes_policy: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenants_name_their_authority() {
        assert_eq!(
            authority_for("contoso").unwrap(),
            "https://contoso.ciamlogin.com/contoso.onmicrosoft.com"
        );
        assert_eq!(
            authority_for("contoso.onmicrosoft.com").unwrap(),
            "https://contoso.ciamlogin.com/contoso.onmicrosoft.com"
        );
        let id = "0b8e4a7c-1d2e-4f3a-9b8c-7d6e5f4a3b2c";
        assert_eq!(
            authority_for(id).unwrap(),
            format!("https://{id}.ciamlogin.com/{id}")
        );
        for bad in ["", "a/b", "contoso?x", " .x", "a b"] {
            assert!(authority_for(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_poll_interval_is_clamped() {
        let v = |n: u64| serde_json::json!({ "poll_interval": n });
        assert_eq!(poll_interval(&v(0)), Duration::from_secs(2));
        assert_eq!(poll_interval(&v(1)), Duration::from_secs(1));
        assert_eq!(poll_interval(&v(15)), Duration::from_secs(15));
        assert_eq!(poll_interval(&v(600)), Duration::from_secs(2));
        assert_eq!(
            poll_interval(&serde_json::json!({})),
            Duration::from_secs(2)
        );
    }
}

/// Workforce tenants: no public reset API, so pwreset finds out without any credential which
/// Microsoft cloud the account lives in and whether its organisation signs it in itself, and
/// hands the person over to that cloud's self-service reset portal.
pub mod workforce {
    use serde_json::Value;

    use crate::error::{Failure, FailureKind, Result};
    use crate::http::Api;
    use crate::output::clean_capped;

    /// The Microsoft clouds, each with its sign-in host and its reset portal.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Cloud {
        Global,
        Usgov,
        China,
    }

    impl Cloud {
        pub fn login_url(self) -> &'static str {
            match self {
                Cloud::Global => "https://login.microsoftonline.com",
                Cloud::Usgov => "https://login.microsoftonline.us",
                Cloud::China => "https://login.partner.microsoftonline.cn",
            }
        }

        pub fn portal(self) -> &'static str {
            match self {
                Cloud::Global => "https://passwordreset.microsoftonline.com/",
                Cloud::Usgov => "https://passwordreset.microsoftonline.us/",
                Cloud::China => "https://passwordreset.activedirectory.windowsazure.cn/",
            }
        }

        pub fn name(self) -> &'static str {
            match self {
                Cloud::Global => "global",
                Cloud::Usgov => "usgov",
                Cloud::China => "china",
            }
        }

        /// The cloud a discovery document's `cloud_instance_name` names.
        fn from_instance(name: &str) -> Option<Cloud> {
            match name {
                "microsoftonline.com" => Some(Cloud::Global),
                "microsoftonline.us" => Some(Cloud::Usgov),
                "partner.microsoftonline.cn" | "chinacloudapi.cn" => Some(Cloud::China),
                _ => None,
            }
        }
    }

    /// How the account signs in: Entra itself, or its organisation's own service.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum Realm {
        Managed,
        /// The organisation's sign-in service (its host), which handles passwords.
        Federated {
            host: Option<String>,
        },
        /// Entra does not know the account.
        Unknown,
    }

    /// The domain part of a work account's user id.
    pub fn domain_of(user: &str) -> Result<String> {
        match user.rsplit_once('@') {
            Some((local, domain))
                if !local.is_empty()
                    && !domain.is_empty()
                    && domain
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-') =>
            {
                Ok(domain.to_ascii_lowercase())
            }
            _ => Err(Failure::usage(crate::t!("entra-user-not-upn"))
                .with_hint(crate::t!("entra-check-user"))),
        }
    }

    /// The cloud the domain's tenant lives in: asked of `api`'s OpenID discovery document.
    /// `Ok(None)` when that sign-in service does not know the domain.
    pub fn cloud_of(api: &Api, domain: &str) -> Result<Option<Cloud>> {
        let path = format!("{domain}/v2.0/.well-known/openid-configuration");
        let resp = api.send(reqwest::Method::GET, &path, None, None, &[])?;
        let label = api.service_label();
        if let Some(throttled) = resp.throttled(&label) {
            return Err(throttled);
        }
        if resp.status == 400 || resp.status == 404 {
            return Ok(None);
        }
        let v: Value = resp.json(&label, "openid-configuration")?;
        let name = v["cloud_instance_name"].as_str().unwrap_or_default();
        Cloud::from_instance(name).map(Some).ok_or_else(|| {
            Failure::new(
                FailureKind::Service,
                crate::t!("entra-unknown-cloud", cloud = crate::output::quoted(name)),
            )
        })
    }

    /// How `user` signs in, from the user-realm endpoint of the cloud's sign-in service.
    pub fn realm_of(api: &Api, user: &str) -> Result<Realm> {
        let encoded: String = url::form_urlencoded::byte_serialize(user.as_bytes()).collect();
        let path = format!("common/userrealm/{encoded}?api-version=2.1");
        let resp = api.send(reqwest::Method::GET, &path, None, None, &[])?;
        let label = api.service_label();
        if let Some(throttled) = resp.throttled(&label) {
            return Err(throttled);
        }
        let v: Value = resp.json(&label, "userrealm")?;
        Ok(match v["NameSpaceType"].as_str() {
            Some("Managed") => Realm::Managed,
            Some("Federated") => Realm::Federated {
                host: v["AuthURL"]
                    .as_str()
                    .and_then(|u| url::Url::parse(u).ok())
                    .and_then(|u| u.host_str().map(|h| clean_capped(h, 120))),
            },
            _ => Realm::Unknown,
        })
    }

    /// The portal's address for `domain`, in the person's language.
    pub fn portal_url(cloud: Cloud, domain: &str, lang: &str) -> String {
        let mut url = url::Url::parse(cloud.portal()).expect("a valid portal URL");
        url.query_pairs_mut()
            .append_pair("whr", domain)
            .append_pair("mkt", lang);
        url.to_string()
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn portals_carry_the_tenant_hint_and_the_language() {
            assert_eq!(
                portal_url(Cloud::China, "contoso.partner.onmschina.cn", "zh-CN"),
                "https://passwordreset.activedirectory.windowsazure.cn/?whr=contoso.partner.onmschina.cn&mkt=zh-CN"
            );
            assert_eq!(domain_of("Ada@Contoso.COM").unwrap(), "contoso.com");
            for bad in ["ada", "@contoso.com", "ada@", "ada@con/toso", "ada@x y"] {
                assert!(domain_of(bad).is_err(), "{bad}");
            }
            assert_eq!(
                Cloud::from_instance("microsoftonline.us"),
                Some(Cloud::Usgov)
            );
            assert_eq!(
                Cloud::from_instance("partner.microsoftonline.cn"),
                Some(Cloud::China)
            );
            assert_eq!(Cloud::from_instance("elsewhere"), None);
        }
    }
}
