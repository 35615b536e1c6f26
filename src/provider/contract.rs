//! What the flow engine and the commands understand of a service: typed refusals and one
//! `Capabilities` value. Every provider translates its vendor's answers into these; the engine
//! never sees a vendor's string and never asks which provider it drives.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::error::{Failure, FailureKind, Violation};

/// Why the service (or pwreset on its behalf) said no, in the engine's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The code or answer is not correct; `attempts_left` when the service says.
    WrongCode { attempts_left: Option<u32> },
    /// What was pasted is a real code or link, but for something else (verifying an email
    /// address, signing in): no attempt is spent, the person pastes the right one.
    CodeForAnotherPurpose,
    /// The code is too old; a new one can be sent.
    CodeExpired,
    /// Too many wrong codes: this flow is over.
    TooManyAttempts,
    /// The flow expired, is unknown, or was already completed: start again.
    FlowGone,
    /// The new password breaks the service's rules (those it named).
    PasswordRejected { violations: Vec<Violation> },
    /// Too many requests; `wait` when the service says how long.
    RateLimited { wait: Option<Duration> },
    /// The account is locked or disabled, and self-service cannot lift that.
    Locked,
    /// The account may not recover by itself (no verified destination, recovery off).
    RecoveryNotAllowed,
    /// The service does not offer what was asked (unlock, listing methods).
    NotSupported,
    /// The service answered something that cannot be right (a counter that jumps, an absurd
    /// value, a shape its API never has). Not a definite "no": what it did is unknown.
    Nonsense,
}

impl Refusal {
    /// The exit-code family of the refusal.
    pub fn kind(&self) -> FailureKind {
        match self {
            Refusal::WrongCode { .. }
            | Refusal::CodeForAnotherPurpose
            | Refusal::CodeExpired
            | Refusal::TooManyAttempts
            | Refusal::RecoveryNotAllowed => FailureKind::Verification,
            Refusal::FlowGone => FailureKind::FlowExpired,
            Refusal::PasswordRejected { .. } => FailureKind::PasswordRejected,
            Refusal::RateLimited { .. } | Refusal::Locked => FailureKind::RateLimited,
            Refusal::NotSupported => FailureKind::Usage,
            Refusal::Nonsense => FailureKind::Service,
        }
    }

    /// The stable machine code scripts read in JSON (`error.code`) when the service sent none
    /// of its own.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::WrongCode { .. } => "invalid_code",
            Refusal::CodeForAnotherPurpose => "wrong_link",
            Refusal::CodeExpired => "code_expired",
            Refusal::TooManyAttempts => "too_many_attempts",
            Refusal::FlowGone => "flow_expired",
            Refusal::PasswordRejected { .. } => "password_rejected",
            Refusal::RateLimited { .. } => "rate_limited",
            Refusal::Locked => "locked",
            Refusal::RecoveryNotAllowed => "recovery_disabled",
            Refusal::NotSupported => "not_supported",
            Refusal::Nonsense => "service_nonsense",
        }
    }

    /// After this refusal the flow cannot go on, so nothing of it is worth keeping.
    pub fn ends_flow(&self) -> bool {
        matches!(self, Refusal::TooManyAttempts | Refusal::FlowGone)
    }

    /// A refusal of the code itself (wrong or expired), as opposed to the flow or password.
    pub fn is_about_the_code(&self) -> bool {
        matches!(self, Refusal::WrongCode { .. } | Refusal::CodeExpired)
    }
}

/// When the service checks a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeCheck {
    /// At once, when it is entered (protocol v1, Firebase).
    OnEntry,
    /// Only together with the new password (Cognito): a wrong code surfaces at the password step.
    WithPassword,
}

/// What a service can do, said once, so the engine and commands adapt without knowing which
/// service it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capabilities {
    pub code_check: CodeCheck,
    /// The code itself authorises the password change (no flow token carries it), so it is kept
    /// with the flow for `--resume`.
    pub code_authorises_password: bool,
    /// `Err(why)` when the methods cannot be listed without sending a code.
    pub lists_methods: Result<(), String>,
    /// `Err(why)` when there is no self-service unlock.
    pub unlock: Result<(), String>,
    /// Where the password rules come from when not from the service itself.
    pub policy_note: Option<String>,
    /// Whether an unknown user id gets the same answer as a known one.
    pub hides_unknown_users: bool,
    /// Whether a new code can be asked for (by the same method) while one is outstanding.
    pub resend: bool,
    /// Whether the service publishes its password policy to the person (else pwreset checks
    /// its own rules and says so in `policy_note`).
    pub publishes_policy: bool,
}

impl Default for Capabilities {
    fn default() -> Self {
        Capabilities {
            code_check: CodeCheck::OnEntry,
            code_authorises_password: false,
            lists_methods: Ok(()),
            unlock: Ok(()),
            policy_note: None,
            hides_unknown_users: true,
            resend: true,
            publishes_policy: true,
        }
    }
}

impl Capabilities {
    pub fn checks_code_with_password(&self) -> bool {
        self.code_check == CodeCheck::WithPassword
    }

    /// Ok, or the plain statement why methods cannot be listed.
    pub fn can_list_methods(&self) -> Result<(), Failure> {
        self.lists_methods
            .clone()
            .map_err(|why| Failure::refused(Refusal::NotSupported, why))
    }

    /// Ok, or the plain statement why there is no self-service unlock.
    pub fn can_unlock(&self) -> Result<(), Failure> {
        self.unlock
            .clone()
            .map_err(|why| Failure::refused(Refusal::NotSupported, why))
    }
}

/// How the person answers a challenge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Answer {
    /// A code from a message or an app; `digits` when the service says it is that many digits.
    Code { digits: Option<u32> },
    /// A code, or the whole link from the message pasted (the code is in the link).
    CodeOrLink,
    /// The answer to a security question, typed hidden.
    Question { text: String },
}

/// A challenge as the engine knows it: only what the service said, nothing made up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Challenge {
    /// The service's id for it, where it has one; none where the code stands alone.
    pub id: Option<String>,
    pub answer: Answer,
    /// When the code stops working (RFC 3339), when the service says.
    pub expires_at: Option<String>,
    /// Seconds before a new code may be asked for, when the service says.
    pub resend_after_s: Option<u64>,
    /// Wrong answers still allowed, when the service says.
    pub attempts_left: Option<u32>,
}

impl Challenge {
    /// A code with no more said about it than how it is answered.
    pub fn bare(answer: Answer) -> Challenge {
        Challenge {
            id: None,
            answer,
            expires_at: None,
            resend_after_s: None,
            attempts_left: None,
        }
    }

    pub fn digits(&self) -> Option<u32> {
        match self.answer {
            Answer::Code { digits } => digits,
            _ => None,
        }
    }

    pub fn question(&self) -> Option<&str> {
        match &self.answer {
            Answer::Question { text } => Some(text),
            _ => None,
        }
    }
}

/// What checking a code established.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verified {
    /// The service checked it: this many of the flow's steps are now done.
    Checked {
        gates_passed: u32,
        gates_required: u32,
    },
    /// Kept, to be checked by the service together with the new password: nothing is passed
    /// yet, and nothing may be announced as passed.
    KeptForPassword,
    /// Right, and the same step asks one more thing before it passes (Okta's recovery question
    /// after the code): the person answers `next`, which goes to `verify` in turn.
    Continues(Box<Challenge>),
}
