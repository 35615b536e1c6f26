//! The pwreset protocol v1 wire types (docs/protocol.md, docs/openapi.yaml), shared by the
//! `pwreset` provider and the dev-server.

use serde::{Deserialize, Serialize};

use crate::error::Violation;

pub const MEDIA_PROBLEM: &str = "application/problem+json";
pub const HEADER_IDEMPOTENCY_KEY: &str = "Idempotency-Key";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Intent {
    Reset,
    Unlock,
}

impl Intent {
    pub fn as_str(self) -> &'static str {
        match self {
            Intent::Reset => "reset",
            Intent::Unlock => "unlock",
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct StartFlowRequest {
    pub user: String,
    pub intent: Intent,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodInfo {
    pub id: String,
    /// `email`, `sms`, `voice`, `totp` or `questions`; clients show unknown kinds as they come.
    pub kind: String,
    /// Masked by the service: `a***@e***.com`, `+39*******12`.
    pub hint: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FlowCreated {
    pub flow_id: String,
    pub flow_token: String,
    pub expires_at: String,
    pub intent: Intent,
    pub gates_required: u32,
    pub gates_passed: u32,
    pub methods: Vec<MethodInfo>,
    /// Where to get help when self-service recovery cannot go on (a URL or a sentence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FlowStatus {
    pub flow_id: String,
    pub intent: Intent,
    /// `verifying`, `verified`, `complete` or `failed`.
    pub state: String,
    pub expires_at: String,
    pub gates_required: u32,
    pub gates_passed: u32,
    pub methods: Vec<MethodInfo>,
    pub methods_used: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ChallengeRequest {
    pub method: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChallengeCreated {
    pub challenge_id: String,
    pub method: String,
    pub kind: String,
    /// Digits expected, when the code is numeric; absent for security questions.
    #[serde(default)]
    pub code_length: Option<u32>,
    pub expires_at: String,
    pub resend_after_s: u64,
    pub attempts_left: u32,
    /// The question to answer, for `questions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct VerifyRequest {
    pub challenge_id: String,
    pub code: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct VerifyResult {
    pub gates_passed: u32,
    pub gates_required: u32,
    /// `challenge` (another gate), `password` or `unlock`.
    pub next: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct PasswordRequest {
    pub new_password: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Completed {
    pub state: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub was_locked: Option<bool>,
    /// Whether the service told the account's owner about the change (by email, text, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notified: Option<bool>,
}

/// RFC 9457 problem details with pwreset's extensions.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Problem {
    #[serde(rename = "type", default)]
    pub type_: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub status: u16,
    #[serde(default)]
    pub detail: String,
    /// The machine code: `invalid_code`, `code_expired`, `too_many_attempts`, ...
    #[serde(default)]
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts_left: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_s: Option<u64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub violations: Vec<Violation>,
    /// Where to get help when self-service recovery cannot go on (a URL or a sentence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support: Option<String>,
}
