//! The `okta` provider: Okta's Classic Authentication API (`/api/v1/authn`) under `--url`, the
//! org (`https://ORG.okta.com` or its custom domain). Anonymous calls only: an `Authorization`
//! header (an API token) would turn these into the administrator's variants, so none is ever
//! sent.
//!
//! `reset` posts `/api/v1/authn/recovery/password` and `unlock` posts
//! `/api/v1/authn/recovery/unlock`, each with the username and the factor the person chose:
//! SMS or a voice call (a code, and a `stateToken` that carries the transaction), or email (a
//! link whose `recoveryToken` the person pastes, exchanged at `/recovery/token`). The code is
//! verified at `/recovery/factors/{SMS|CALL}/verify`; where the org also asks the recovery
//! question (`status: RECOVERY`), it is asked next and answered at `/recovery/answer`. Then
//! `PASSWORD_RESET` carries the password policy (`_embedded.policy`), shown before typing, and
//! `/credentials/reset_password` sets the password; an unlock ends in `SUCCESS` instead. The
//! `stateToken` rides in the challenge's id so that `--resume` can ask Okta where the
//! transaction stands (`POST /api/v1/authn`).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::Method;
use serde_json::{json, Value};

use super::{Answer, Capabilities, Challenge, CodeCheck, Provider, Refusal, StartedFlow, Verified};
use crate::error::{Failure, Result, Violation};
use crate::http::{Api, ApiResponse};
use crate::output::{clean_capped, SERVICE_TEXT_MAX};
use crate::policy::{Policy, MAX_PASSWORD_LENGTH};
use crate::protocol::{Intent, MethodInfo};
use crate::secret::Secret;

pub struct OktaProvider {
    api: Api,
    /// The transaction's state token, once Okta has given one.
    state_token: Option<Secret>,
    /// The policy `PASSWORD_RESET` carried.
    policy: Option<Policy>,
    unlocked: bool,
    note: Option<String>,
}

/// Okta's error: `{errorCode, errorSummary, errorCauses: [{errorSummary}]}`.
struct Refused {
    status: u16,
    code: String,
    summary: String,
    causes: Vec<String>,
    wait: Option<Duration>,
}

/// The factor behind a method id.
fn factor(method_id: &str) -> &'static str {
    match method_id {
        "call" => "CALL",
        "email" => "EMAIL",
        _ => "SMS",
    }
}

/// A challenge's id: the factor and the state token (kept with the flow for `--resume`).
fn challenge_id(factor: &str, token: &str) -> String {
    format!("{factor}:{token}")
}

/// The factor and the state token of a challenge's id.
fn parse_id(id: &str) -> (&str, &str) {
    id.split_once(':').unwrap_or(("SMS", id))
}

/// The recovery token from a pasted link (`…/signin/reset-password/TOKEN`) or the bare token.
pub fn recovery_token(input: &str) -> String {
    let input = input.trim();
    match url::Url::parse(input) {
        Ok(url) => url
            .path_segments()
            .and_then(|mut s| s.rfind(|p| !p.is_empty()))
            .unwrap_or_default()
            .to_owned(),
        Err(_) => input.to_owned(),
    }
}

/// Okta's `_embedded.policy` as pwreset's rules.
fn policy_from(p: &Value) -> Option<Policy> {
    let c = &p["complexity"];
    let min = c["minLength"].as_u64().filter(|n| (1..=256).contains(n))? as usize;
    let mut policy = Policy::new(
        min,
        MAX_PASSWORD_LENGTH,
        0,
        p["age"]["historyCount"].as_u64().is_some_and(|n| n > 0),
    );
    for (field, class) in [
        ("minLowerCase", "lowercase"),
        ("minUpperCase", "uppercase"),
        ("minNumber", "digit"),
        ("minSymbol", "symbol"),
    ] {
        if c[field].as_u64().is_some_and(|n| n > 0) {
            policy.require.push(class.to_owned());
        }
    }
    policy.disallow_user_id = c["excludeUsername"].as_bool().unwrap_or(true);
    policy.validate().ok()?;
    policy.rules = policy.describe();
    Some(policy)
}

fn no_methods() -> String {
    crate::t!("okta-cannot-list")
}

impl OktaProvider {
    pub fn new(api: Api) -> Self {
        OktaProvider {
            api,
            state_token: None,
            policy: None,
            unlocked: false,
            note: None,
        }
    }

    fn post(&self, path: &str, body: Value) -> Result<std::result::Result<Value, Refused>> {
        // No `Authorization`, ever: see the module's documentation.
        let resp = self.api.send(
            Method::POST,
            &format!("api/v1/authn{path}"),
            Some(&body),
            None,
            &[("Accept", "application/json")],
        )?;
        self.answer(resp, path)
    }

    fn answer(&self, resp: ApiResponse, call: &str) -> Result<std::result::Result<Value, Refused>> {
        if resp.status == 200 {
            return resp.json(&self.service(), call).map(Ok);
        }
        let v: Option<Value> = serde_json::from_slice(&resp.body)
            .ok()
            .filter(Value::is_object);
        // X-Rate-Limit-Reset: when the limit lifts, in seconds since the epoch.
        let wait = resp
            .header("x-rate-limit-reset")
            .and_then(|r| r.trim().parse::<u64>().ok())
            .and_then(|at| {
                (UNIX_EPOCH + Duration::from_secs(at))
                    .duration_since(SystemTime::now())
                    .ok()
            })
            .filter(|w| *w <= Duration::from_secs(3600))
            .or(resp.retry_after());
        match v {
            Some(v) if resp.status < 500 && v["errorCode"].is_string() => {
                let text = |x: &Value| {
                    x.as_str()
                        .map(|s| clean_capped(s, SERVICE_TEXT_MAX))
                        .unwrap_or_default()
                };
                Ok(Err(Refused {
                    status: resp.status,
                    code: clean_capped(v["errorCode"].as_str().unwrap_or_default(), 16),
                    summary: text(&v["errorSummary"]),
                    causes: v["errorCauses"]
                        .as_array()
                        .map(|c| {
                            c.iter()
                                .map(|x| text(&x["errorSummary"]))
                                .filter(|s| !s.is_empty())
                                .take(8)
                                .collect()
                        })
                        .unwrap_or_default(),
                    wait,
                }))
            }
            _ => {
                if let Some(mut throttled) = resp.throttled(&self.service()) {
                    throttled.retry_after = throttled.retry_after.or(wait);
                    return Err(throttled);
                }
                Err(resp.unexpected(
                    &self.service(),
                    &crate::t!("okta-answer"),
                    &crate::t!("okta-check-url"),
                ))
            }
        }
    }

    /// Okta's words, with its causes.
    fn said(r: &Refused) -> String {
        let mut s = format!("{} ({})", r.summary, r.code);
        for c in r.causes.iter().filter(|c| **c != r.summary) {
            s.push_str(": ");
            s.push_str(c);
        }
        s
    }

    fn refusal(&self, r: &Refused, about_email_link: bool) -> Failure {
        let service = self.service();
        match (r.status, r.code.as_str()) {
            (_, "E0000068") => Failure::refused(
                Refusal::WrongCode {
                    attempts_left: None,
                },
                crate::t!("allauth-code-not-valid", service = service),
            )
            .with_hint(crate::t!("better-auth-type-latest-code")),
            (_, "E0000087") => Failure::refused(
                Refusal::WrongCode {
                    attempts_left: None,
                },
                crate::t!("okta-wrong-answer", service = service),
            ),
            (401, "E0000011") if about_email_link => Failure::refused(
                Refusal::WrongCode {
                    attempts_left: None,
                },
                crate::t!("okta-link-not-valid", service = service),
            )
            .with_hint(crate::t!("pocketbase-paste-latest-link")),
            (_, "E0000011" | "E0000079") => Failure::refused(
                Refusal::FlowGone,
                crate::t!("okta-transaction-over", service = service),
            )
            .with_hint(crate::t!("allauth-start-again")),
            (_, "E0000080" | "E0000014") => Failure::refused(
                Refusal::PasswordRejected {
                    violations: if r.causes.is_empty() {
                        vec![Violation {
                            rule: r.code.clone(),
                            message: r.summary.clone(),
                        }]
                    } else {
                        r.causes
                            .iter()
                            .map(|c| Violation {
                                rule: r.code.clone(),
                                message: c.clone(),
                            })
                            .collect()
                    },
                },
                crate::t!("cognito-refused-new-password", service = service),
            ),
            (429, _) | (_, "E0000047" | "E0000109") => {
                let wait = r
                    .wait
                    .or((r.code == "E0000109").then(|| Duration::from_secs(30)));
                let mut f = Failure::refused(
                    Refusal::RateLimited { wait },
                    crate::t!(
                        "supabase-rate-limited",
                        service = service,
                        message = Self::said(r)
                    ),
                )
                .with_hint(crate::t!("http-wait-then-run-pwreset"))
                .answered();
                f.retry_after = wait;
                f
            }
            (_, "E0000095" | "E0000034") => Failure::refused(
                Refusal::RecoveryNotAllowed,
                crate::t!("okta-not-allowed", service = service, said = Self::said(r)),
            )
            .with_hint(crate::t!("okta-ask-helpdesk")),
            (401 | 403, _) => Failure::refused(
                Refusal::RecoveryNotAllowed,
                crate::t!("okta-not-allowed", service = service, said = Self::said(r)),
            )
            .with_hint(crate::t!("okta-identity-engine")),
            _ => Failure::service(crate::t!(
                "pocketbase-refused",
                service = service,
                status = r.status,
                message = Self::said(r)
            )),
        }
    }

    /// Steers by a transaction's status; `Ok(None)` when this step passed.
    fn step(&mut self, v: &Value) -> Result<Option<Challenge>> {
        if let Some(token) = v["stateToken"]
            .as_str()
            .filter(|t| !t.is_empty() && t.len() <= 4096 && !t.chars().any(char::is_control))
        {
            self.state_token = Some(Secret::new(token.to_owned()));
        }
        if let Some(login) = v["_embedded"]["user"]["profile"]["login"].as_str() {
            self.note = Some(crate::t!(
                "firebase-code-valid",
                clean_capped = clean_capped(login, 254)
            ));
        }
        match v["status"].as_str().unwrap_or_default() {
            "RECOVERY" => {
                let question = v["_embedded"]["user"]["recovery_question"]["question"]
                    .as_str()
                    .map(|q| clean_capped(q, 200))
                    .filter(|q| !q.is_empty())
                    .ok_or_else(|| self.nonsense())?;
                Ok(Some(Challenge {
                    id: self
                        .state_token
                        .as_ref()
                        .map(|t| challenge_id("QUESTION", t.expose())),
                    answer: Answer::Question { text: question },
                    expires_at: v["expiresAt"].as_str().map(|s| clean_capped(s, 40)),
                    resend_after_s: None,
                    attempts_left: None,
                }))
            }
            "PASSWORD_RESET" => {
                self.policy = policy_from(&v["_embedded"]["policy"]);
                Ok(None)
            }
            "SUCCESS" => {
                self.unlocked = v["recoveryType"] == "UNLOCK";
                Ok(None)
            }
            _ => Err(self.nonsense()),
        }
    }

    fn nonsense(&self) -> Failure {
        Failure::refused(
            Refusal::Nonsense,
            crate::t!("okta-unexpected-status", service = self.service()),
        )
    }

    fn token(&self) -> Result<Secret> {
        self.state_token.clone().ok_or_else(super::no_code_yet)
    }
}

impl Provider for OktaProvider {
    fn name(&self) -> &'static str {
        "okta"
    }

    fn service(&self) -> String {
        self.api.service_label()
    }

    fn start(&mut self, user: &str, intent: Intent) -> Result<StartedFlow> {
        // Okta names no factors before one is used: the transaction starts with the choice.
        Ok(StartedFlow {
            user: user.to_owned(),
            id: "okta".into(),
            token: Secret::default(),
            intent,
            expires_at: None,
            gates_required: 1,
            gates_passed: 0,
            methods: vec![
                MethodInfo {
                    id: "sms".into(),
                    kind: "sms".into(),
                    hint: String::new(),
                },
                MethodInfo {
                    id: "call".into(),
                    kind: "voice".into(),
                    hint: String::new(),
                },
                MethodInfo {
                    id: "email".into(),
                    kind: "email".into(),
                    hint: user.to_owned(),
                },
            ],
        })
    }

    fn send_challenge(&mut self, flow: &StartedFlow, method: &MethodInfo) -> Result<Challenge> {
        let factor = factor(&method.id);
        // A resend of the same SMS or call keeps the transaction.
        if let (Some(token), "SMS" | "CALL") = (self.state_token.clone(), factor) {
            match self.post(
                &format!("/recovery/factors/{factor}/resend"),
                json!({"stateToken": token.expose()}),
            )? {
                Ok(v) if v["status"] == "RECOVERY_CHALLENGE" => {
                    return Ok(Challenge {
                        id: Some(challenge_id(factor, token.expose())),
                        answer: Answer::Code { digits: None },
                        expires_at: v["expiresAt"].as_str().map(|s| clean_capped(s, 40)),
                        resend_after_s: None,
                        attempts_left: None,
                    })
                }
                Ok(_) => return Err(self.nonsense()),
                Err(r) if r.code != "E0000011" => return Err(self.refusal(&r, false)),
                Err(_) => {}
            }
        }
        let path = match flow.intent {
            Intent::Reset => "/recovery/password",
            Intent::Unlock => "/recovery/unlock",
        };
        let v = match self.post(path, json!({"username": flow.user, "factorType": factor}))? {
            Ok(v) => v,
            Err(r) => return Err(self.refusal(&r, false)),
        };
        if v["status"] != "RECOVERY_CHALLENGE" {
            return Err(self.nonsense());
        }
        self.state_token = None;
        if factor == "EMAIL" {
            // No state token: the transaction goes on from the mailed link.
            return Ok(Challenge::bare(Answer::CodeOrLink));
        }
        let token = v["stateToken"]
            .as_str()
            .filter(|t| !t.is_empty() && t.len() <= 4096 && !t.chars().any(char::is_control))
            .ok_or_else(|| self.nonsense())?;
        self.state_token = Some(Secret::new(token.to_owned()));
        Ok(Challenge {
            id: Some(challenge_id(factor, token)),
            answer: Answer::Code { digits: None },
            expires_at: v["expiresAt"].as_str().map(|s| clean_capped(s, 40)),
            resend_after_s: None,
            attempts_left: None,
        })
    }

    fn verify(
        &mut self,
        _flow: &StartedFlow,
        challenge: &Challenge,
        input: &Secret,
    ) -> Result<Verified> {
        let (factor, id_token) = challenge.id.as_deref().map_or(("SMS", None), |id| {
            let (f, t) = parse_id(id);
            (f, Some(t.to_owned()))
        });
        if self.state_token.is_none() {
            if let Some(token) = &id_token {
                // Resumed: Okta says where the transaction stands.
                self.state_token = Some(Secret::new(token.clone()));
                match self.post("", json!({"stateToken": token}))? {
                    Ok(v) if matches!(v["status"].as_str(), Some("PASSWORD_RESET" | "SUCCESS")) => {
                        self.step(&v)?;
                        return Ok(Verified::Checked {
                            gates_passed: 1,
                            gates_required: 1,
                        });
                    }
                    Ok(_) => {}
                    Err(r) => return Err(self.refusal(&r, false)),
                }
            }
        }
        let answered = match &challenge.answer {
            Answer::Question { .. } => {
                let token = self.token()?;
                self.post(
                    "/recovery/answer",
                    json!({"stateToken": token.expose(), "answer": input.expose()}),
                )?
                .map_err(|r| self.refusal(&r, false))?
            }
            Answer::CodeOrLink => {
                let token = recovery_token(input.expose());
                if token.is_empty()
                    || token.len() > 512
                    || !token
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c))
                {
                    return Err(Failure::refused(
                        Refusal::WrongCode {
                            attempts_left: None,
                        },
                        crate::t!("okta-link-not-valid", service = self.service()),
                    ));
                }
                self.post("/recovery/token", json!({"recoveryToken": token}))?
                    .map_err(|r| self.refusal(&r, true))?
            }
            Answer::Code { .. } => {
                let token = self.token()?;
                let code: String = input
                    .expose()
                    .chars()
                    .filter(|c| !c.is_whitespace() && *c != '-')
                    .collect();
                let factor = if factor == "CALL" { "CALL" } else { "SMS" };
                let first = self.post(
                    &format!("/recovery/factors/{factor}/verify"),
                    json!({"stateToken": token.expose(), "passCode": code}),
                )?;
                match first {
                    Ok(v) => v,
                    Err(r) => return Err(self.refusal(&r, false)),
                }
            }
        };
        match self.step(&answered)? {
            Some(next) => Ok(Verified::Continues(Box::new(next))),
            None => Ok(Verified::Checked {
                gates_passed: 1,
                gates_required: 1,
            }),
        }
    }

    fn policy(&mut self, _flow: Option<&StartedFlow>) -> Result<Policy> {
        Ok(self
            .policy
            .clone()
            .unwrap_or_else(|| Policy::new(8, MAX_PASSWORD_LENGTH, 0, false)))
    }

    fn set_password(
        &mut self,
        _flow: &StartedFlow,
        password: &Secret,
        _idempotency_key: &str,
    ) -> Result<()> {
        let token = self.token()?;
        match self.post(
            "/credentials/reset_password",
            json!({"stateToken": token.expose(), "newPassword": password.expose()}),
        )? {
            Ok(v) if v["status"] == "SUCCESS" => Ok(()),
            Ok(_) => Err(self.nonsense()),
            // Okta's own refusal: a definite no, nothing was set.
            Err(r) => Err(self.refusal(&r, false).answered()),
        }
    }

    fn unlock(&mut self, _flow: &StartedFlow) -> Result<bool> {
        // The unlock happened when the last step passed (`SUCCESS`, `recoveryType: UNLOCK`).
        Ok(self.unlocked)
    }

    fn cancel(&mut self, _flow: &StartedFlow) -> Result<()> {
        if let Some(token) = self.state_token.take() {
            let _ = self.post("/cancel", json!({"stateToken": token.expose()}));
        }
        Ok(())
    }

    fn request_count(&self) -> u32 {
        self.api.request_count()
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            code_check: CodeCheck::OnEntry,
            // The state token (in the challenge) carries the transaction for --resume.
            code_authorises_password: true,
            lists_methods: Err(no_methods()),
            unlock: Ok(()),
            policy_note: None,
            hides_unknown_users: true,
            resend: true,
            publishes_policy: true,
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
    fn tokens_and_policies() {
        assert_eq!(
            recovery_token("https://acme.okta.com/signin/reset-password/VJFmw7X"),
            "VJFmw7X"
        );
        assert_eq!(recovery_token(" VJFmw7X "), "VJFmw7X");
        let p = policy_from(&json!({"complexity": {"minLength": 10, "minUpperCase": 1, "minNumber": 1, "excludeUsername": true}, "age": {"historyCount": 4}})).unwrap();
        assert_eq!(p.min_length, 10);
        assert_eq!(p.require, ["uppercase", "digit"]);
        assert!(p.disallow_reuse);
        assert!(policy_from(&json!({})).is_none());
    }
}
