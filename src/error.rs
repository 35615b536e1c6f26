//! Typed failures: the errors that decide an exit code. Anything else is an unexpected failure
//! (exit 1). The mapping to exit codes lives in `exit.rs`.

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::provider::contract::Refusal;

/// What kind of failure happened, as far as the user (and the exit code) is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    /// Bad flags, bad configuration, missing input in non-interactive mode.
    Usage,
    /// Wrong or expired code, attempts used up, no usable method.
    Verification,
    /// The new password was refused (locally or by the service).
    PasswordRejected,
    /// Rate-limited or locked out: try again later.
    RateLimited,
    /// The service could not be reached or answered something that makes no sense.
    Service,
    /// The flow expired or is unknown to the service: start again.
    FlowExpired,
    /// Would act on someone else's behalf, or take a secret from the command line.
    Refused,
    /// Ctrl-C, Ctrl-D at a prompt.
    Interrupted,
}

/// One rule a new password broke, as reported locally or by the service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Violation {
    pub rule: String,
    pub message: String,
}

/// A failure the user must be told about, with the facts that decide what they do next.
#[derive(Debug, Clone)]
pub struct Failure {
    pub kind: FailureKind,
    pub message: String,
    pub hint: Option<String>,
    /// The machine code the service sent (`invalid_code`, `rate_limited`, ...), if any.
    pub code: Option<String>,
    pub retry_after: Option<Duration>,
    pub attempts_left: Option<u32>,
    pub violations: Vec<Violation>,
    /// Where a new password waits whose fate is unknown (the answer to its submission was lost).
    pub pending_password_in: Vec<String>,
    /// The service answered with a definite refusal (a well-formed 4xx error of its API), so
    /// the request changed nothing. A `Service` failure without it may have been carried out.
    pub answered: bool,
    /// Where the service says to get help, shown at a dead end.
    pub support: Option<String>,
    /// What the service refused, typed; the engine steers by this and never by `code`.
    pub refusal: Option<Refusal>,
}

impl Failure {
    pub fn new(kind: FailureKind, message: impl Into<String>) -> Self {
        Failure {
            kind,
            message: message.into(),
            hint: None,
            code: None,
            retry_after: None,
            attempts_left: None,
            violations: Vec::new(),
            pending_password_in: Vec::new(),
            answered: false,
            support: None,
            refusal: None,
        }
    }

    /// The service's definite refusal, in the engine's terms. The JSON code is the refusal's
    /// own unless the provider names the service's (`with_code`).
    pub fn refused(refusal: Refusal, message: impl Into<String>) -> Self {
        let mut f = Self::new(refusal.kind(), message).with_code(refusal.code());
        match &refusal {
            Refusal::WrongCode { attempts_left } => f.attempts_left = *attempts_left,
            Refusal::RateLimited { wait } => f.retry_after = *wait,
            Refusal::PasswordRejected { violations } => f.violations = violations.clone(),
            _ => {}
        }
        // A nonsense answer says nothing definite about what the service did.
        f.answered = refusal != Refusal::Nonsense;
        f.refusal = Some(refusal);
        f
    }

    /// Whether the service refused in this way (`matches!` on the typed refusal).
    pub fn refusal_is(&self, test: impl Fn(&Refusal) -> bool) -> bool {
        self.refusal.as_ref().is_some_and(test)
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(FailureKind::Usage, message)
    }

    pub fn service(message: impl Into<String>) -> Self {
        Self::new(FailureKind::Service, message)
    }

    pub fn interrupted() -> Self {
        Self::new(FailureKind::Interrupted, crate::t!("interrupted"))
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }

    /// Marks a failure as the service's own definite answer (see `answered`).
    pub fn answered(mut self) -> Self {
        self.answered = true;
        self
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

pub type Result<T, E = Failure> = std::result::Result<T, E>;
