//! The `pwreset` provider: protocol v1 (docs/protocol.md) over JSON/HTTPS.
//!
//! Everything the service sends is checked before it is shown or acted on: ids, counters,
//! expiries, code lengths and the policy have sane bounds, and text is cleaned and capped.
//! Beyond those bounds the service is answering nonsense, and pwreset says so (exit 6).

use std::time::{Duration, SystemTime};

use reqwest::Method;
use serde::de::DeserializeOwned;
use serde_json::json;

use super::{Answer, Capabilities, Challenge, Provider, Refusal, StartedFlow, Verified};
use crate::error::{Failure, FailureKind, Result, Violation};
use crate::http::{Api, ApiResponse, MAX_RETRY_AFTER};
use crate::output::{clean_capped, quoted, SERVICE_TEXT_MAX};
use crate::policy::Policy;
use crate::protocol::{
    ChallengeCreated, Completed, FlowCreated, Intent, MethodInfo, Problem, VerifyResult,
    HEADER_IDEMPOTENCY_KEY,
};
use crate::secret::Secret;

const MAX_GATES: u32 = 8;
const MAX_METHODS: usize = 32;
const MAX_ID: usize = 256;
const MAX_CODE_LENGTH: u32 = 16;
const MAX_ATTEMPTS: u32 = 100;
const MAX_VIOLATIONS: usize = 32;
const MAX_RULES: usize = 32;
const MAX_RESEND_AFTER_S: u64 = 3600;
/// The longest a flow or a challenge may live (a day; the dev-server uses minutes).
const MAX_LIFETIME: Duration = Duration::from_secs(24 * 3600);

pub struct PwresetProvider {
    api: Api,
    support: std::cell::RefCell<Option<String>>,
    notified: Option<bool>,
}

impl PwresetProvider {
    pub fn new(api: Api) -> Self {
        PwresetProvider {
            api,
            support: Default::default(),
            notified: None,
        }
    }

    fn remember_support(&self, support: Option<&str>) {
        if let Some(s) = support.filter(|s| !s.trim().is_empty()) {
            *self.support.borrow_mut() = Some(clean_capped(s, SERVICE_TEXT_MAX));
        }
    }

    fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<serde_json::Value>,
        flow: Option<&StartedFlow>,
        headers: &[(&str, &str)],
    ) -> Result<T> {
        let resp = self
            .api
            .send(method, path, body.as_ref(), flow.map(|f| &f.token), headers)?;
        if (200..300).contains(&resp.status) {
            return resp.json(&self.service(), path);
        }
        Err(self.problem_failure(&resp))
    }

    pub(crate) fn problem_failure(&self, resp: &ApiResponse) -> Failure {
        let service = self.service();
        let problem: Option<Problem> = if resp.content_type().contains("json") {
            serde_json::from_slice(&resp.body).ok()
        } else {
            None
        };
        let retry_after = resp.retry_after().or(problem
            .as_ref()
            .and_then(|p| p.retry_after_s)
            .map(Duration::from_secs)
            .filter(|d| *d <= MAX_RETRY_AFTER));
        let Some(p) = problem.filter(|p| !p.code.is_empty()) else {
            if resp.status >= 500 || resp.status == 429 {
                let f = resp.unexpected(
                    &service,
                    &crate::t!("pwreset-protocol-problem"),
                    &crate::t!("pwreset-check-url-points-at-2"),
                );
                return resp.rate_limit_on_429(f);
            }
            return not_a_reset_service(resp);
        };
        let detail = quoted(if p.detail.is_empty() {
            &p.title
        } else {
            &p.detail
        });
        let attempts_left = p.attempts_left.filter(|n| *n <= MAX_ATTEMPTS);
        let violations: Vec<Violation> = p
            .violations
            .into_iter()
            .take(MAX_VIOLATIONS)
            .map(|v| Violation {
                rule: clean_capped(&v.rule, 64),
                message: clean_capped(&v.message, SERVICE_TEXT_MAX),
            })
            .collect();
        let start_again = Some(crate::t!("pwreset-run-same-command-again"));
        let (refusal, kind, hint): (Option<Refusal>, FailureKind, Option<String>) =
            match p.code.as_str() {
                "invalid_code" => (
                    Some(Refusal::WrongCode { attempts_left }),
                    FailureKind::Verification,
                    None,
                ),
                "code_expired" => (Some(Refusal::CodeExpired), FailureKind::Verification, None),
                "too_many_attempts" => (
                    Some(Refusal::TooManyAttempts),
                    FailureKind::Verification,
                    None,
                ),
                "code_used" | "challenge_not_found" => (None, FailureKind::Verification, None),
                "gates_incomplete" => (None, FailureKind::Verification, start_again),
                "password_rejected" => (
                    Some(Refusal::PasswordRejected {
                        violations: violations.clone(),
                    }),
                    FailureKind::PasswordRejected,
                    Some(crate::t!("pwreset-choose-password-meets-rules")),
                ),
                "rate_limited" | "service_busy" => (
                    Some(Refusal::RateLimited { wait: retry_after }),
                    FailureKind::RateLimited,
                    Some(crate::t!("http-wait-then-run-pwreset")),
                ),
                "locked" => (
                    Some(Refusal::Locked),
                    FailureKind::RateLimited,
                    Some(crate::t!("http-wait-then-run-pwreset")),
                ),
                "flow_expired" | "flow_not_found" | "invalid_token" | "flow_complete" => (
                    Some(Refusal::FlowGone),
                    FailureKind::FlowExpired,
                    start_again,
                ),
                "not_found" | "method_not_allowed" => return not_a_reset_service(resp),
                "unknown_method" | "method_already_used" => (
                    None,
                    FailureKind::Usage,
                    Some(crate::t!("pwreset-run-pwreset-methods-see")),
                ),
                _ => (
                    None,
                    FailureKind::Service,
                    Some(crate::t!("pwreset-looks-like-disagreement-between")),
                ),
            };
        let mut f = Failure::new(kind, format!("{service} says: {detail}"))
            .with_code(clean_capped(&p.code, 64));
        f.refusal = refusal;
        f.hint = hint;
        f.retry_after = retry_after;
        f.attempts_left = attempts_left;
        f.violations = violations;
        // A well-formed problem with a 4xx status is the service's own definite answer.
        f.answered = (400..500).contains(&resp.status);
        self.remember_support(p.support.as_deref());
        resp.rate_limit_on_429(f)
    }
}

/// An answer that is not protocol v1 at all (a web page, another API, a wrong base path):
/// said plainly, with the URL that was tried and what to try instead.
fn not_a_reset_service(resp: &ApiResponse) -> Failure {
    let tried = clean_capped(&resp.url, 200);
    let hint = match tried.find("/v1/v1/") {
        Some(at) => crate::t!("pwreset-drop-trailing-v-from", at = &tried[..at]),
        None => {
            let others: Vec<String> = crate::cli::ProviderKind::names()
                .into_iter()
                .filter(|n| !matches!(*n, "pwreset" | "auto"))
                .map(|n| format!("--provider {n}"))
                .collect();
            crate::t!(
                "pwreset-check-url-give-service",
                join = crate::i18n::or_list(&others)
            )
        }
    };
    let no_content_type = crate::t!("pwreset-no-content-type");
    Failure::service(crate::t!(
        "pwreset-does-not-look-like",
        tried = tried,
        status = resp.status,
        content_type = clean_capped(
            if resp.content_type().is_empty() {
                &no_content_type
            } else {
                resp.content_type()
            },
            60
        )
    ))
    .with_code("not_a_reset_service")
    .with_hint(hint)
}

fn nonsense(what: String) -> Failure {
    Failure::refused(
        Refusal::Nonsense,
        crate::t!("pwreset-service-answered-nonsense", what = what),
    )
    .with_hint(crate::t!("pwreset-check-url-points-at"))
}

/// An id the service gave, checked before it is shown or sent back.
fn checked_id(what: &str, id: &str) -> Result<()> {
    if id.is_empty() || id.chars().count() > MAX_ID || id.chars().any(char::is_control) {
        return Err(nonsense(crate::t!(
            "pwreset-its-empty-longer-than",
            what = what,
            v_max_id = MAX_ID
        )));
    }
    Ok(())
}

/// An expiry time: RFC 3339, and not absurdly far off.
fn checked_expiry(what: &str, at: &str) -> Result<()> {
    let Ok(t) = humantime::parse_rfc3339_weak(at) else {
        return Err(nonsense(crate::t!(
            "pwreset-expiry-not-time",
            what = what,
            quoted = quoted(at)
        )));
    };
    if t.duration_since(SystemTime::now())
        .is_ok_and(|left| left > MAX_LIFETIME)
    {
        return Err(nonsense(crate::t!(
            "pwreset-expires-more-than-day",
            what = what,
            quoted = quoted(at)
        )));
    }
    Ok(())
}

/// Characters left as they are in a path segment: RFC 3986's unreserved ones.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// `id` percent-encoded as exactly one path segment. The empty id, `.` and `..` would change
/// which resource the path names, so they are refused.
pub fn path_segment(id: &str) -> Result<String> {
    if matches!(id, "" | "." | "..") {
        return Err(nonsense(crate::t!(
            "pwreset-id-cannot-name-path",
            quoted = quoted(id)
        )));
    }
    Ok(percent_encoding::utf8_percent_encode(id, SEGMENT).to_string())
}

/// `v1/flows/{id}{rest}`.
fn flow_path(flow: &StartedFlow, rest: &str) -> Result<String> {
    Ok(format!("v1/flows/{}{rest}", path_segment(&flow.id)?))
}

/// Limits what a hostile service can make pwreset print or hold.
fn sane_methods(methods: Vec<MethodInfo>) -> Result<Vec<MethodInfo>> {
    if methods.len() > MAX_METHODS {
        return Err(nonsense(crate::t!(
            "pwreset-offered-more-than-verification",
            v_max_methods = MAX_METHODS
        )));
    }
    methods
        .into_iter()
        .map(|m| {
            checked_id("method", &m.id)?;
            Ok(MethodInfo {
                id: m.id,
                kind: clean_capped(&m.kind, 32),
                hint: clean_capped(&m.hint, 120),
            })
        })
        .collect()
}

/// A protocol v1 challenge, checked, in the contract's terms.
fn checked_challenge(mut ch: ChallengeCreated) -> Result<Challenge> {
    checked_id("challenge", &ch.challenge_id)?;
    checked_expiry("code", &ch.expires_at)?;
    if let Some(n) = ch.code_length {
        if n == 0 || n > MAX_CODE_LENGTH {
            return Err(nonsense(crate::t!("pwreset-code-digits", n = n)));
        }
    }
    if ch.resend_after_s > MAX_RESEND_AFTER_S || ch.attempts_left > MAX_ATTEMPTS {
        return Err(nonsense(crate::t!(
            "pwreset-resend-wait-s-attempts",
            resend_after_s = ch.resend_after_s,
            attempts_left = ch.attempts_left
        )));
    }
    ch.kind = clean_capped(&ch.kind, 32);
    let answer = match ch.question {
        Some(q) => Answer::Question {
            text: clean_capped(&q, SERVICE_TEXT_MAX),
        },
        None => Answer::Code {
            digits: ch.code_length,
        },
    };
    Ok(Challenge {
        id: Some(ch.challenge_id),
        answer,
        expires_at: Some(ch.expires_at),
        resend_after_s: Some(ch.resend_after_s),
        attempts_left: Some(ch.attempts_left),
    })
}

impl Provider for PwresetProvider {
    fn name(&self) -> &'static str {
        "pwreset"
    }

    fn service(&self) -> String {
        self.api.service_label()
    }

    fn start(&mut self, user: &str, intent: Intent) -> Result<StartedFlow> {
        let created: FlowCreated = self.call(
            Method::POST,
            "v1/flows",
            Some(json!({"user": user, "intent": intent})),
            None,
            &[],
        )?;
        if created.gates_required == 0
            || created.gates_required > MAX_GATES
            || created.gates_passed > created.gates_required
        {
            return Err(nonsense(crate::t!(
                "pwreset-verification-steps-done-at",
                gates_passed = created.gates_passed,
                gates_required = created.gates_required
            )));
        }
        checked_id("flow", &created.flow_id)?;
        path_segment(&created.flow_id)?;
        checked_expiry("flow", &created.expires_at)?;
        self.remember_support(created.support.as_deref());
        Ok(StartedFlow {
            user: user.to_owned(),
            id: created.flow_id,
            token: Secret::new(created.flow_token),
            intent: created.intent,
            expires_at: Some(created.expires_at),
            gates_required: created.gates_required,
            gates_passed: created.gates_passed,
            methods: sane_methods(created.methods)?,
        })
    }

    fn send_challenge(&mut self, flow: &StartedFlow, method: &MethodInfo) -> Result<Challenge> {
        let ch: ChallengeCreated = self.call(
            Method::POST,
            &flow_path(flow, "/challenges")?,
            Some(json!({"method": method.id})),
            Some(flow),
            &[],
        )?;
        checked_challenge(ch)
    }

    fn verify(
        &mut self,
        flow: &StartedFlow,
        challenge: &Challenge,
        code: &Secret,
    ) -> Result<Verified> {
        let v: VerifyResult = self.call(
            Method::POST,
            &flow_path(flow, "/verify")?,
            Some(json!({"challenge_id": challenge.id, "code": code.expose()})),
            Some(flow),
            &[],
        )?;
        if v.gates_required != flow.gates_required || v.gates_passed > v.gates_required {
            return Err(nonsense(crate::t!(
                "pwreset-verification-steps-done-flow",
                gates_passed = v.gates_passed,
                gates_required = v.gates_required,
                gates_required2 = flow.gates_required
            )));
        }
        Ok(Verified::Checked {
            gates_passed: v.gates_passed,
            gates_required: v.gates_required,
        })
    }

    fn policy(&mut self, flow: Option<&StartedFlow>) -> Result<Policy> {
        let path = match flow {
            Some(f) => flow_path(f, "/policy")?,
            None => "v1/policy".to_owned(),
        };
        let mut policy: Policy = self.call(Method::GET, &path, None, flow, &[])?;
        policy
            .validate()
            .map_err(|why| nonsense(crate::t!("pwreset-its-password-policy", why = why)))?;
        policy.rules.truncate(MAX_RULES);
        for rule in &mut policy.rules {
            rule.id = clean_capped(&rule.id, 64);
            rule.description = clean_capped(&rule.description, SERVICE_TEXT_MAX);
        }
        Ok(policy)
    }

    fn set_password(
        &mut self,
        flow: &StartedFlow,
        password: &Secret,
        idempotency_key: &str,
    ) -> Result<()> {
        let mut body = json!({"new_password": password.expose()});
        let done: Completed = self.call(
            Method::POST,
            &flow_path(flow, "/password")?,
            Some(body.take()),
            Some(flow),
            &[(HEADER_IDEMPOTENCY_KEY, idempotency_key)],
        )?;
        self.notified = done.notified;
        // Only `complete` says the password is set; any other answer leaves its fate unknown.
        if done.state != "complete" {
            return Err(Failure::service(crate::t!(
                "pwreset-service-answered-new-password",
                quoted = quoted(&done.state)
            )));
        }
        Ok(())
    }

    fn unlock(&mut self, flow: &StartedFlow) -> Result<bool> {
        let done: Completed = self.call(
            Method::POST,
            &flow_path(flow, "/unlock")?,
            Some(json!({})),
            Some(flow),
            &[],
        )?;
        if done.state != "complete" {
            return Err(nonsense(crate::t!(
                "pwreset-answered-unlock-state-instead",
                quoted = quoted(&done.state)
            )));
        }
        self.notified = done.notified;
        Ok(done.was_locked.unwrap_or(true))
    }

    fn cancel(&mut self, flow: &StartedFlow) -> Result<()> {
        let _: serde_json::Value =
            self.call(Method::DELETE, &flow_path(flow, "")?, None, Some(flow), &[])?;
        Ok(())
    }

    fn request_count(&self) -> u32 {
        self.api.request_count()
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities::default()
    }

    fn support(&self) -> Option<String> {
        self.support.borrow().clone()
    }

    fn notified(&self) -> Option<bool> {
        self.notified
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_one_path_segment() {
        assert_eq!(path_segment("fl_abc-1.2~x").unwrap(), "fl_abc-1.2~x");
        assert_eq!(path_segment("a b").unwrap(), "a%20b");
        assert_eq!(path_segment("50%").unwrap(), "50%25");
        assert_eq!(path_segment("../x").unwrap(), "..%2Fx");
        assert_eq!(path_segment("a+b?c#d").unwrap(), "a%2Bb%3Fc%23d");
        for bad in ["", ".", ".."] {
            assert_eq!(path_segment(bad).unwrap_err().kind, FailureKind::Service);
        }
    }
}
