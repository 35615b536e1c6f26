//! `pwreset reset` and `pwreset unlock`: the same verification, then a new password or an unlock.

use serde_json::json;

use crate::exit::ExitStatus;
use crate::flow::{self, FlowUi, Outcome};
use crate::output::Shell;
use crate::protocol::Intent;
use crate::provider::Provider;
use crate::settings::Settings;
use crate::ui::no_input;
use crate::ui::{TerminalUi, TtyPrompter};

pub fn run(settings: &Settings, intent: Intent) -> anyhow::Result<ExitStatus> {
    let mut provider = settings.provider()?;
    if !settings.interactive {
        return Err(no_input::cannot_continue(intent).into());
    }
    let mut ui: Box<dyn FlowUi> = Box::new(TerminalUi::new(
        settings.shell.clone(),
        Box::new(TtyPrompter),
        provider.service(),
    ));
    let outcome = flow::run(
        provider.as_mut(),
        ui.as_mut(),
        settings.user.clone(),
        intent,
    )?;
    report(&settings.shell, provider.as_ref(), &outcome)?;
    Ok(ExitStatus::Success)
}

/// The final word: what happened and what to do next.
pub fn report(shell: &Shell, provider: &dyn Provider, outcome: &Outcome) -> anyhow::Result<()> {
    shell.debug(&format!("{} requests sent", provider.request_count()));
    if shell.is_json() {
        let status = match outcome.intent {
            Intent::Reset => "reset",
            Intent::Unlock => "unlocked",
        };
        let value = json!({
            "status": status,
            "user": outcome.user,
            "provider": provider.name(),
            "service": provider.service(),
            "gates": {"passed": outcome.gates_passed, "required": outcome.gates_required},
            "methods_used": outcome.methods_used,
            "was_locked": outcome.was_locked,
        });
        shell.out(&value.to_string())?;
        return Ok(());
    }
    match outcome.intent {
        Intent::Reset => {
            shell.success(&format!(
                "Password changed for {} at {}.",
                shell.bold(&outcome.user),
                provider.service()
            ));
            shell.info(
                "Sign in with your new password. If your account was locked, it is unlocked too.",
            );
        }
        Intent::Unlock => {
            let what = if outcome.was_locked == Some(false) {
                "Your account was not locked; nothing needed unlocking"
            } else {
                "Account unlocked"
            };
            shell.success(&format!(
                "{what} for {} at {}.",
                shell.bold(&outcome.user),
                provider.service()
            ));
            shell.info("Sign in with your existing password.");
        }
    }
    Ok(())
}
