//! `pwreset policy`: the password rules the service enforces.

use crate::exit::ExitStatus;
use crate::settings::Settings;

pub fn run(settings: &Settings) -> anyhow::Result<ExitStatus> {
    let mut provider = settings.provider()?;
    let policy = provider.policy(None)?;
    let shell = &settings.shell;
    if shell.is_json() {
        shell.out(&serde_json::to_string(&policy)?)?;
        return Ok(ExitStatus::Success);
    }
    match provider.capabilities().policy_note {
        Some(note) => shell.info(&format!("{note}:")),
        None => shell.info(&crate::t!(
            "policy-password-rules-at",
            service = provider.service()
        )),
    }
    let rules = if policy.rules.is_empty() {
        policy.describe()
    } else {
        policy.rules
    };
    for r in rules {
        shell.out(&format!("- {}", r.description))?;
    }
    Ok(ExitStatus::Success)
}
