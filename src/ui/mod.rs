//! Terminal interaction: prompts, menus, spinners and countdowns, behind `FlowUi` and `Prompter`.

pub mod no_input;
pub mod prompter;
pub mod scripted;
pub mod terminal;

use std::io::IsTerminal;

pub use prompter::{Prompter, ScriptedPrompter, TtyPrompter};
pub use terminal::TerminalUi;

/// Whether pwreset may ask the person anything: not with `--no-input`, not under CI, and only
/// when stdin and stderr are terminals.
pub fn can_prompt(no_input: bool, ci: bool) -> bool {
    !no_input && !ci && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
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
