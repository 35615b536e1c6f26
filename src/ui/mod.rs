//! Terminal interaction: prompts, menus, spinners and countdowns, behind `FlowUi` and `Prompter`.

pub mod no_input;
pub mod prompter;
pub mod scripted;
pub mod terminal;

use std::io::IsTerminal;

#[cfg(test)]
pub use prompter::ScriptedPrompter;
pub use prompter::{Prompter, TtyPrompter};
pub use terminal::TerminalUi;

use crate::provider::Challenge;

/// Whether pwreset may ask the person anything: not with `--no-input`, not under CI, and only
/// when stdin and stderr are terminals.
pub fn can_prompt(no_input: bool, ci: bool) -> bool {
    !no_input && !ci && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Whether a typed code can be the one the service sent, checked before it is sent so that a
/// slip costs no attempt; the sentence to show when it cannot. With a known length, input of
/// digits (spaces and dashes allowed) must have that many digits, and other input must be at
/// least that long (some services prefix their codes).
pub fn code_format_problem(code: &str, challenge: &Challenge) -> Option<String> {
    let n = challenge.digits()? as usize;
    let code = code.trim();
    let numeric = code
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c.is_whitespace());
    let digits = code.chars().filter(char::is_ascii_digit).count();
    if numeric && digits != n {
        return Some(crate::t!("code-wrong-length", typed = digits, n = n));
    }
    if !numeric && code.chars().count() < n {
        return Some(crate::t!("code-not-a-code", n = n));
    }
    None
}

/// The time of day (local) an RFC 3339 expiry falls on, "14:32", when there is one and it
/// parses.
pub fn valid_until(expires_at: Option<&str>) -> Option<String> {
    humantime::parse_rfc3339_weak(expires_at?)
        .ok()
        .map(crate::signals::clock_time)
}

/// "one verification step", "2 verification steps".
pub fn steps(n: u32) -> String {
    crate::t!("verification-steps", n = n)
}

/// How a run opens: what it is doing, for whom, where.
pub fn opening(
    intent: crate::protocol::Intent,
    user: &str,
    service: Option<&str>,
    steps: &str,
) -> String {
    use crate::protocol::Intent;
    match (intent, service) {
        (Intent::Reset, Some(service)) => {
            crate::t!(
                "opening-reset",
                user = user,
                service = service,
                steps = steps
            )
        }
        (Intent::Unlock, Some(service)) => {
            crate::t!(
                "opening-unlock",
                user = user,
                service = service,
                steps = steps
            )
        }
        (Intent::Reset, None) => crate::t!("opening-reset-here", user = user, steps = steps),
        (Intent::Unlock, None) => crate::t!("opening-unlock-here", user = user, steps = steps),
    }
}

/// A method as a phrase that reads in a sentence: "a code by email to a****@e***.com",
/// "a phone call to +39****12", "your authenticator app".
pub fn method_phrase(m: &crate::protocol::MethodInfo) -> String {
    let hint = if m.hint.is_empty() || m.hint == describe_kind(&m.kind) {
        ""
    } else {
        m.hint.as_str()
    };
    match m.kind.as_str() {
        "email" | "sms" | "voice" | "totp" | "questions" => crate::t!(
            "method-phrase",
            kind = m.kind.as_str(),
            hint = hint,
            dest = if hint.is_empty() { "no" } else { "yes" },
            how = describe_kind(&m.kind)
        ),
        other if hint.is_empty() => other.to_owned(),
        other => format!("{other} ({})", m.hint),
    }
}

/// Words for a method kind, as a person reads them.
pub fn describe_kind(kind: &str) -> String {
    match kind {
        "email" | "sms" | "voice" | "totp" | "questions" => crate::t!("method-kind", kind = kind),
        other => other.to_owned(),
    }
}
