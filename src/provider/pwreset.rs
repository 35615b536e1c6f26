//! The `pwreset` provider: protocol v1 (docs/protocol.md) over JSON/HTTPS.

use std::time::Duration;

use reqwest::Method;
use serde::de::DeserializeOwned;
use serde_json::json;

use super::{Provider, StartedFlow};
use crate::error::{Failure, FailureKind, Result};
use crate::http::{Api, ApiResponse};
use crate::output::clean;
use crate::policy::Policy;
use crate::protocol::{
    ChallengeCreated, Completed, FlowCreated, Intent, MethodInfo, Problem, VerifyResult,
    HEADER_IDEMPOTENCY_KEY,
};
use crate::secret::Secret;

pub struct PwresetProvider {
    api: Api,
}

impl PwresetProvider {
    pub fn new(api: Api) -> Self {
        PwresetProvider { api }
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

    fn problem_failure(&self, resp: &ApiResponse) -> Failure {
        let service = self.service();
        let problem: Option<Problem> = if resp.content_type().contains("json") {
            serde_json::from_slice(&resp.body).ok()
        } else {
            None
        };
        let retry_after = resp
            .header("retry-after")
            .and_then(|v| v.trim().parse::<u64>().ok())
            .or(problem.as_ref().and_then(|p| p.retry_after_s))
            .map(Duration::from_secs);
        let Some(p) = problem.filter(|p| !p.code.is_empty()) else {
            let mut f = resp.unexpected(
                &service,
                "a protocol v1 problem",
                "check that --url points at a pwreset protocol v1 service",
            );
            if resp.status == 429 {
                f.kind = FailureKind::RateLimited;
                f.retry_after = retry_after;
            }
            return f;
        };
        let detail = clean(if p.detail.is_empty() {
            &p.title
        } else {
            &p.detail
        });
        let (kind, hint): (FailureKind, Option<&str>) = match p.code.as_str() {
            "invalid_code" | "code_expired" | "code_used" | "too_many_attempts" | "challenge_not_found" => {
                (FailureKind::Verification, None)
            }
            "password_rejected" => (FailureKind::PasswordRejected, Some("choose a password that meets the rules shown above")),
            "rate_limited" | "locked" => (FailureKind::RateLimited, Some("wait, then run pwreset again")),
            "flow_expired" | "flow_not_found" | "invalid_token" | "flow_complete" => {
                (FailureKind::FlowExpired, Some("start again with `pwreset reset`"))
            }
            "unknown_method" => (FailureKind::Usage, Some("run `pwreset methods` to see your methods")),
            _ => (
                FailureKind::Service,
                Some("this looks like a disagreement between pwreset and the service; run with -v and report it"),
            ),
        };
        let mut f = Failure::new(kind, format!("{service}: {detail}")).with_code(p.code.clone());
        f.hint = hint.map(str::to_owned);
        f.retry_after = retry_after;
        f.attempts_left = p.attempts_left;
        f.violations = p
            .violations
            .into_iter()
            .map(|mut v| {
                v.message = clean(&v.message);
                v.rule = clean(&v.rule);
                v
            })
            .collect();
        f
    }
}

fn flow_path(flow: &StartedFlow, rest: &str) -> String {
    let id: String = url::form_urlencoded::byte_serialize(flow.id.as_bytes()).collect();
    format!("v1/flows/{id}{rest}")
}

/// Limits what a hostile service can make pwreset print or hold.
fn sane_methods(methods: Vec<MethodInfo>) -> Result<Vec<MethodInfo>> {
    if methods.len() > 32 {
        return Err(Failure::service(
            "the service offered more than 32 verification methods",
        ));
    }
    Ok(methods
        .into_iter()
        .map(|m| MethodInfo {
            id: m.id,
            kind: clean(&m.kind).chars().take(32).collect(),
            hint: clean(&m.hint).chars().take(120).collect(),
        })
        .collect())
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
        if created.gates_required == 0 || created.gates_required > 8 {
            return Err(Failure::service(format!(
                "the service asked for {} verification gates, which makes no sense",
                created.gates_required
            )));
        }
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

    fn send_challenge(
        &mut self,
        flow: &StartedFlow,
        method: &MethodInfo,
    ) -> Result<ChallengeCreated> {
        let mut ch: ChallengeCreated = self.call(
            Method::POST,
            &flow_path(flow, "/challenges"),
            Some(json!({"method": method.id})),
            Some(flow),
            &[],
        )?;
        ch.question = ch.question.map(|q| clean(&q).chars().take(300).collect());
        Ok(ch)
    }

    fn verify(
        &mut self,
        flow: &StartedFlow,
        challenge: &ChallengeCreated,
        code: &Secret,
    ) -> Result<VerifyResult> {
        self.call(
            Method::POST,
            &flow_path(flow, "/verify"),
            Some(json!({"challenge_id": challenge.challenge_id, "code": code.expose()})),
            Some(flow),
            &[],
        )
    }

    fn policy(&mut self, flow: Option<&StartedFlow>) -> Result<Policy> {
        let path = match flow {
            Some(f) => flow_path(f, "/policy"),
            None => "v1/policy".to_owned(),
        };
        let mut policy: Policy = self.call(Method::GET, &path, None, flow, &[])?;
        if policy.min_length > policy.max_length || policy.max_length == 0 {
            return Err(Failure::service(
                "the service's password policy is contradictory (min_length > max_length)",
            ));
        }
        for rule in &mut policy.rules {
            rule.description = clean(&rule.description);
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
        let result: Result<Completed> = self.call(
            Method::POST,
            &flow_path(flow, "/password"),
            Some(body.take()),
            Some(flow),
            &[(HEADER_IDEMPOTENCY_KEY, idempotency_key)],
        );
        result.map(|_| ())
    }

    fn unlock(&mut self, flow: &StartedFlow) -> Result<bool> {
        let done: Completed = self.call(
            Method::POST,
            &flow_path(flow, "/unlock"),
            Some(json!({})),
            Some(flow),
            &[],
        )?;
        Ok(done.was_locked.unwrap_or(true))
    }

    fn cancel(&mut self, flow: &StartedFlow) -> Result<()> {
        let _: serde_json::Value =
            self.call(Method::DELETE, &flow_path(flow, ""), None, Some(flow), &[])?;
        Ok(())
    }

    fn request_count(&self) -> u32 {
        self.api.request_count()
    }
}
