//! What pwreset says when it may not prompt (`--no-input`, `CI`, no terminal) and lacks input.

use crate::error::Failure;

/// A usage error naming what was missing and how to provide it.
pub fn missing(what: &str, how: &str) -> Failure {
    Failure::usage(format!(
        "pwreset needs {what} but may not prompt (--no-input, CI is set, or stdin is not a terminal)"
    ))
    .with_hint(how.to_owned())
}
