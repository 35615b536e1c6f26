//! Terminal interaction: prompts, menus, spinners and countdowns, behind `FlowUi` and `Prompter`.

pub mod no_input;
pub mod prompter;
pub mod scripted;
pub mod terminal;

use std::io::IsTerminal;

pub use prompter::{Prompter, ScriptedPrompter, TtyPrompter};
pub use terminal::TerminalUi;

use crate::protocol::ChallengeCreated;

/// Whether pwreset may ask the person anything: not with `--no-input`, not under CI, and only
/// when stdin and stderr are terminals.
pub fn can_prompt(no_input: bool, ci: bool) -> bool {
    !no_input && !ci && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Whether a typed code can be the one the service sent, checked before it is sent so that a
/// slip costs no attempt; the sentence to show when it cannot. With a known length, input of
/// digits (spaces and dashes allowed) must have that many digits, and other input must be at
/// least that long (some services prefix their codes).
pub fn code_format_problem(code: &str, challenge: &ChallengeCreated) -> Option<String> {
    let n = challenge.code_length? as usize;
    if challenge.question.is_some() {
        return None;
    }
    let code = code.trim();
    let numeric = code
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c.is_whitespace());
    let digits = code.chars().filter(char::is_ascii_digit).count();
    let plural = |k: usize| if k == 1 { "digit" } else { "digits" };
    if numeric && digits != n {
        return Some(format!(
            "That's {digits} {}; the code has {n}. Nothing was sent.",
            plural(digits)
        ));
    }
    if !numeric && code.chars().count() < n {
        return Some(format!(
            "The code has {n} digits; that is not one. Nothing was sent."
        ));
    }
    None
}

/// Words for a method kind, as a person reads them.
pub fn describe_kind(kind: &str) -> &str {
    match kind {
        "email" => "email",
        "sms" => "text message",
        "voice" => "phone call",
        "totp" => "authenticator app",
        "questions" => "security question",
        other => other,
    }
}
