//! Exit codes: the one place where failures become numbers. Documented in README.md and `--help`.

use std::process::ExitCode;

use crate::error::{Failure, FailureKind};

/// The exit statuses of pwreset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum ExitStatus {
    Success = 0,
    Failure = 1,
    Usage = 2,
    VerificationFailed = 3,
    PasswordRejected = 4,
    RateLimited = 5,
    ServiceUnavailable = 6,
    FlowExpired = 7,
    /// Nothing was changed here: the person finishes in the browser (a workforce account).
    HandedOff = 8,
    Refused = 10,
    Interrupted = 130,
}

impl ExitStatus {
    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn for_kind(kind: FailureKind) -> Self {
        match kind {
            FailureKind::Usage => ExitStatus::Usage,
            FailureKind::Verification => ExitStatus::VerificationFailed,
            FailureKind::PasswordRejected => ExitStatus::PasswordRejected,
            FailureKind::RateLimited => ExitStatus::RateLimited,
            FailureKind::Service => ExitStatus::ServiceUnavailable,
            FailureKind::FlowExpired => ExitStatus::FlowExpired,
            FailureKind::Refused => ExitStatus::Refused,
            FailureKind::Interrupted => ExitStatus::Interrupted,
        }
    }

    /// The exit status for any error: a typed `Failure` anywhere in the chain decides it.
    pub fn for_error(err: &anyhow::Error) -> Self {
        err.chain()
            .find_map(|e| e.downcast_ref::<Failure>())
            .map(|f| Self::for_kind(f.kind))
            .unwrap_or(ExitStatus::Failure)
    }
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> Self {
        ExitCode::from(status.code())
    }
}

/// The exit codes as `--help` and the man page list them, each with its message id (README.md
/// carries the same table).
pub const EXIT_CODES: &[(&str, &str)] = &[
    ("0", "exit-code-0"),
    ("1", "exit-code-1"),
    ("2", "exit-code-2"),
    ("3", "exit-code-3"),
    ("4", "exit-code-4"),
    ("5", "exit-code-5"),
    ("6", "exit-code-6"),
    ("7", "exit-code-7"),
    ("8", "exit-code-8"),
    ("10", "exit-code-10"),
    ("130", "exit-code-130"),
    ("129, 131, 143", "exit-code-signals"),
];

/// The table at the end of `pwreset --help`, in the run's language.
pub fn codes_help() -> String {
    let mut text = crate::t!("exit-codes-heading");
    for (code, id) in EXIT_CODES {
        let pad = if code.len() < 4 { 5 - code.len() } else { 2 };
        text.push_str(&format!(
            "\n  {code}{}{}",
            " ".repeat(pad),
            crate::i18n::text(id, &[])
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_documented_code() {
        let table = [
            (FailureKind::Usage, 2),
            (FailureKind::Verification, 3),
            (FailureKind::PasswordRejected, 4),
            (FailureKind::RateLimited, 5),
            (FailureKind::Service, 6),
            (FailureKind::FlowExpired, 7),
            (FailureKind::Refused, 10),
            (FailureKind::Interrupted, 130),
        ];
        for (kind, code) in table {
            let status = ExitStatus::for_kind(kind);
            assert_eq!(status.code(), code, "{kind:?}");
            assert!(
                codes_help().contains(&format!("  {code} ")),
                "{code} undocumented"
            );
        }
        let plain = anyhow::anyhow!("boom");
        assert_eq!(ExitStatus::for_error(&plain), ExitStatus::Failure);
        let typed = anyhow::Error::new(Failure::usage("x")).context("while doing y");
        assert_eq!(ExitStatus::for_error(&typed), ExitStatus::Usage);
    }
}
