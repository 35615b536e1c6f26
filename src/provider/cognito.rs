//! The `cognito` provider: AWS Cognito user pools' self-service `ForgotPassword` and
//! `ConfirmForgotPassword`, unsigned (`x-amz-json-1.1`), with `SecretHash` when the app client
//! has a secret. Never an `Admin*` call, never signed with AWS credentials.
//!
//! Cognito sends the code as soon as recovery starts, names the destination only then, and
//! checks the code only together with the new password: `verify` keeps the code, and a wrong
//! code comes back from `set_password`, where the engine asks for the code again and resubmits
//! the same password.

use base64::Engine as _;
use hmac::{Hmac, Mac};
use reqwest::Method;
use serde_json::{json, Value};
use sha2::Sha256;

use super::contract::{Answer, Capabilities, Challenge, CodeCheck, Refusal, Verified};
use super::{Provider, StartedFlow};
use crate::error::{Failure, Result, Violation};
use crate::http::{Api, ApiResponse};
use crate::output::{clean_capped, quoted};
use crate::policy::Policy;
use crate::protocol::{Intent, MethodInfo};
use crate::secret::Secret;

const TARGET_PREFIX: &str = "AWSCognitoIdentityProviderService.";
const CONTENT_TYPE: &str = "application/x-amz-json-1.1";

pub struct CognitoProvider {
    api: Api,
    client_id: String,
    client_secret: Option<Secret>,
    policy: Policy,
    code: Option<Secret>,
    /// The destination Cognito named when it sent the first code.
    first_challenge: Option<Challenge>,
}

/// Base64(HMAC-SHA256(key = client secret, message = username + client id)).
pub fn secret_hash(secret: &Secret, user: &str, client_id: &str) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.expose().as_bytes()).expect("any key length");
    mac.update(user.as_bytes());
    mac.update(client_id.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// `aws.cognito#CodeMismatchException:extra` → `CodeMismatchException`
pub fn error_type(raw: &str) -> &str {
    let t = raw.rsplit_once('#').map_or(raw, |(_, t)| t);
    t.split_once(':').map_or(t, |(t, _)| t).trim()
}

/// `a***@e***` (what Cognito shows for a known user) from a user name that is an email, for a
/// user Cognito says does not exist, so both look the same.
fn cognito_style_mask(user: &str) -> Option<String> {
    let (local, domain) = user.split_once('@')?;
    Some(format!(
        "{}***@{}***",
        local.chars().next()?,
        domain.chars().next()?
    ))
}

impl CognitoProvider {
    pub fn new(api: Api, client_id: String, client_secret: Option<Secret>, policy: Policy) -> Self {
        CognitoProvider {
            api,
            client_id,
            client_secret,
            policy,
            code: None,
            first_challenge: None,
        }
    }

    fn call(
        &self,
        target: &str,
        mut body: Value,
        user: &str,
    ) -> Result<std::result::Result<Value, (String, String)>> {
        if let Some(secret) = &self.client_secret {
            body["SecretHash"] = json!(secret_hash(secret, user, &self.client_id));
        }
        let target_header = format!("{TARGET_PREFIX}{target}");
        let resp = self.api.send_body(
            Method::POST,
            "",
            Some((CONTENT_TYPE, body.to_string().into_bytes())),
            None,
            &[("X-Amz-Target", &target_header)],
        )?;
        if resp.status == 200 {
            return resp.json(&self.service(), target).map(Ok);
        }
        if let Some(throttled) = resp.throttled(&self.service()) {
            return Err(throttled);
        }
        Ok(Err(self.aws_error(&resp)?))
    }

    /// (error type, message) of an AWS JSON error, or a failure when it is not one.
    fn aws_error(&self, resp: &ApiResponse) -> Result<(String, String)> {
        let body: Option<Value> = serde_json::from_slice(&resp.body).ok();
        let raw = resp
            .header("x-amzn-errortype")
            .map(str::to_owned)
            .or_else(|| {
                body.as_ref()
                    .and_then(|b| b["__type"].as_str().map(str::to_owned))
            });
        match raw {
            Some(t) if resp.status < 500 => {
                let message = body
                    .as_ref()
                    .and_then(|b| b["message"].as_str().or(b["Message"].as_str()))
                    .unwrap_or("")
                    .to_owned();
                Ok((clean_capped(error_type(&t), 64), quoted(&message)))
            }
            _ => Err(resp.unexpected(
                &self.service(),
                &crate::t!("cognito-answer"),
                &crate::t!("cognito-check-region-endpoint-url"),
            )),
        }
    }

    /// Errors every call can get.
    fn common_failure(&self, kind: &str, message: &str) -> Failure {
        let service = self.service();
        match kind {
            "LimitExceededException"
            | "TooManyFailedAttemptsException"
            | "TooManyRequestsException"
            | "ThrottlingException"
            | "RequestLimitExceeded" => Failure::refused(
                Refusal::RateLimited { wait: None },
                crate::t!(
                    "cognito-too-many-attempts",
                    service = service,
                    kind = kind,
                    message = message
                ),
            )
            .with_hint(crate::t!("cognito-wait-while-cognito-does")),
            "NotAuthorizedException" => Failure::refused(
                Refusal::RecoveryNotAllowed,
                crate::t!(
                    "cognito-self-service-recovery-disabled",
                    service = service,
                    message = message
                ),
            )
            .with_hint(crate::t!("cognito-account-s-password-can")),
            "ResourceNotFoundException" => Failure::usage(crate::t!(
                "cognito-app-client-was-not",
                service = service,
                message = message
            ))
            .with_hint(crate::t!("cognito-check-client-id-region")),
            "InvalidParameterException" => Failure::usage(crate::t!(
                "cognito-parameter-was-refused",
                service = service,
                message = message
            ))
            .with_hint(crate::t!("cognito-check-user-client-id")),
            "UserNotConfirmedException" => Failure::refused(
                Refusal::RecoveryNotAllowed,
                crate::t!(
                    "cognito-account-was-never-confirmed",
                    service = service,
                    message = message
                ),
            ),
            _ => Failure::service(format!("{service}: {kind}: {message}")),
        }
    }
}

fn no_unlock() -> String {
    crate::t!("cognito-has-no-self")
}

impl Provider for CognitoProvider {
    fn name(&self) -> &'static str {
        "cognito"
    }

    fn service(&self) -> String {
        self.api.service_label()
    }

    fn start(&mut self, user: &str, intent: Intent) -> Result<StartedFlow> {
        if intent == Intent::Unlock {
            return Err(Failure::refused(Refusal::NotSupported, no_unlock()));
        }
        let answer = self.call(
            "ForgotPassword",
            json!({"ClientId": self.client_id, "Username": user}),
            user,
        )?;
        let (kind, hint) = match answer {
            Ok(v) => {
                let d = &v["CodeDeliveryDetails"];
                let medium = d["DeliveryMedium"]
                    .as_str()
                    .unwrap_or("EMAIL")
                    .to_lowercase();
                let dest = clean_capped(d["Destination"].as_str().unwrap_or(""), 120);
                (
                    if medium == "sms" {
                        "sms".to_owned()
                    } else {
                        "email".to_owned()
                    },
                    dest,
                )
            }
            // No enumeration: an unknown user looks like a known one.
            Err((k, _)) if k == "UserNotFoundException" => (
                "email".to_owned(),
                cognito_style_mask(user)
                    .unwrap_or_else(|| crate::t!("cognito-address-your-account").to_owned()),
            ),
            Err((k, m)) => return Err(self.common_failure(&k, &m)),
        };
        let method = MethodInfo {
            id: "cognito".into(),
            kind: kind.clone(),
            hint,
        };
        // Cognito says where the code went, not for how long it holds or how often it may be
        // asked for; its codes are six digits.
        self.first_challenge = Some(Challenge::bare(Answer::Code { digits: Some(6) }));
        Ok(StartedFlow {
            user: user.to_owned(),
            id: "cognito".into(),
            token: Secret::default(),
            intent,
            expires_at: None,
            gates_required: 1,
            gates_passed: 0,
            methods: vec![method],
        })
    }

    fn send_challenge(&mut self, flow: &StartedFlow, method: &MethodInfo) -> Result<Challenge> {
        // The first code went out with ForgotPassword; later calls ask for a new one.
        if let Some(first) = self.first_challenge.take() {
            return Ok(first);
        }
        let _ = method;
        self.start(&flow.user, flow.intent)?;
        self.first_challenge
            .take()
            .ok_or_else(|| Failure::service(crate::t!("cognito-did-not-send")))
    }

    fn verify(
        &mut self,
        _flow: &StartedFlow,
        _challenge: &Challenge,
        code: &Secret,
    ) -> Result<Verified> {
        // Cognito checks the code with the password; keep it until then.
        self.code = Some(code.clone());
        Ok(Verified::KeptForPassword)
    }

    fn policy(&mut self, _flow: Option<&StartedFlow>) -> Result<Policy> {
        Ok(self.policy.clone())
    }

    fn set_password(
        &mut self,
        flow: &StartedFlow,
        password: &Secret,
        _idempotency_key: &str,
    ) -> Result<()> {
        let code = self.code.clone().ok_or_else(super::no_code_yet)?;
        let body = json!({
            "ClientId": self.client_id,
            "Username": flow.user,
            "ConfirmationCode": code.expose(),
            "Password": password.expose(),
        });
        let service = self.service();
        match self.call("ConfirmForgotPassword", body, &flow.user)? {
            Ok(_) => Ok(()),
            Err((k, m)) => Err(match k.as_str() {
                // An unknown user is told exactly what a wrong code is told (no enumeration);
                // moto answers ResourceNotFound for one, after ForgotPassword proved the client.
                "CodeMismatchException" | "UserNotFoundException" | "ResourceNotFoundException" => {
                    Failure::refused(
                        Refusal::WrongCode {
                            attempts_left: None,
                        },
                        if m.is_empty() || k != "CodeMismatchException" {
                            crate::t!("cognito-code-not-correct", service = service)
                        } else {
                            crate::t!("cognito-code-not-correct-2", service = service, m = m)
                        },
                    )
                    .with_hint(crate::t!("cognito-check-latest-code-cognito"))
                }
                "ExpiredCodeException" => Failure::refused(
                    Refusal::CodeExpired,
                    crate::t!("cognito-code-has-expired-was", service = service, m = m),
                )
                .with_hint(crate::t!("cognito-run-pwreset-again-get")),
                "InvalidPasswordException" => Failure::refused(
                    Refusal::PasswordRejected {
                        violations: vec![Violation {
                            rule: "cognito_policy".into(),
                            message: m,
                        }],
                    },
                    crate::t!("cognito-refused-new-password", service = service),
                ),
                _ => self.common_failure(&k, &m),
            }
            // Cognito answered with one of its errors: a definite no, nothing was set.
            .answered()),
        }
    }

    fn request_count(&self) -> u32 {
        self.api.request_count()
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            code_check: CodeCheck::WithPassword,
            code_authorises_password: true,
            lists_methods: Err(crate::t!("cognito-names-delivery-destination").to_owned()),
            unlock: Err(no_unlock()),
            policy_note: Some(crate::t!("cognito-does-not-let").to_owned()),
            hides_unknown_users: true,
            // ForgotPassword again sends a new code.
            resend: true,
            // Reading the pool's policy needs administrator rights.
            publishes_policy: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_hash_matches_the_documented_formula() {
        // Reference value computed independently with Python's hmac/base64.
        let h = secret_hash(&Secret::from("s3cret"), "alice", "client123");
        assert_eq!(h, "niZNW/ZQghRxFdJYi0VOaDK45OiGfd7izxt7n+eqSJM=");
    }

    #[test]
    fn error_types_are_stripped() {
        assert_eq!(
            error_type("aws.cognito#CodeMismatchException:http://x"),
            "CodeMismatchException"
        );
        assert_eq!(error_type("ExpiredCodeException"), "ExpiredCodeException");
        assert_eq!(
            cognito_style_mask("alice@example.com").unwrap(),
            "a***@e***"
        );
    }
}
