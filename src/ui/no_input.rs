//! What pwreset says when it may not prompt (`--no-input`, `CI`, no terminal) and lacks input.

use crate::error::Failure;

/// A usage error naming what was missing and how to provide it.
pub fn missing(what: impl AsRef<str>, how: impl Into<String>) -> Failure {
    Failure::usage(crate::t!("needs-but-may-not-prompt", what = what.as_ref())).with_hint(how)
}
