//! What pwreset says when it may not prompt (`--no-input`, `CI`, no terminal) and lacks input.

use crate::error::Failure;
use crate::protocol::Intent;

/// A usage error naming what was missing and how to provide it.
pub fn missing(what: &str, how: &str) -> Failure {
    Failure::usage(format!(
        "pwreset needs {what} but may not prompt (--no-input, CI is set, or stdin is not a terminal)"
    ))
    .with_hint(how.to_owned())
}

/// Why a flow cannot run with nobody to type the code (and the password). Raised before any
/// request, so no code is sent that nobody could type.
pub fn cannot_continue(intent: Intent) -> Failure {
    let what = match intent {
        Intent::Reset => "a verification code and a new password",
        Intent::Unlock => "a verification code",
    };
    missing(
        what,
        "run pwreset in a terminal (without --no-input, and with CI unset); nothing was sent to the service",
    )
}
