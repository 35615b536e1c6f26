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

/// The table shown in `--help` and the man page; README.md carries the same table. A macro, so
/// that `--help` can put it after other text at compile time.
#[macro_export]
macro_rules! exit_codes_help {
    () => {
        "\
Exit codes:
  0    done
  1    unexpected failure
  2    usage error (bad flag, bad config, missing input with --no-input)
  3    verification failed (wrong or expired code, attempts used up)
  4    new password rejected
  5    rate-limited or locked out: try again later
  6    service unreachable or answered nonsense
  7    flow expired or unknown: start again
  10   refused: would act on another user's behalf, or take a secret from the command line
  130  interrupted (Ctrl-C)
  129, 131, 143  stopped by SIGHUP, SIGQUIT, SIGTERM"
    };
}

pub const EXIT_CODES_HELP: &str = exit_codes_help!();

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
                EXIT_CODES_HELP.contains(&format!("  {code} ")),
                "{code} undocumented"
            );
        }
        let plain = anyhow::anyhow!("boom");
        assert_eq!(ExitStatus::for_error(&plain), ExitStatus::Failure);
        let typed = anyhow::Error::new(Failure::usage("x")).context("while doing y");
        assert_eq!(ExitStatus::for_error(&typed), ExitStatus::Usage);
    }
}
