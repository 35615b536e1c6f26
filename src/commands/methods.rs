//! `pwreset methods`: your verification methods, masked, as the service reports them.

use serde_json::json;

use crate::exit::ExitStatus;
use crate::protocol::Intent;
use crate::settings::Settings;
use crate::ui::describe_kind;

pub fn run(settings: &Settings) -> anyhow::Result<ExitStatus> {
    let mut provider = settings.provider()?;
    provider.capabilities().can_list_methods()?;
    // A service that is down or is not one fails before the question, not after it.
    let user = settings.user_or_ask(|| provider.policy(None).map(|_| ()))?;
    // Protocol v1 lists methods when a flow starts; the flow is cancelled straight after.
    let flow = provider.start(&user, Intent::Reset)?;
    let _ = provider.cancel(&flow);
    let shell = &settings.shell;
    if shell.is_json() {
        shell.out(
            &json!({
                "user": user,
                "provider": provider.name(),
                "service": provider.service(),
                "gates_required": flow.gates_required,
                "methods": flow.methods,
            })
            .to_string(),
        )?;
        return Ok(ExitStatus::Success);
    }
    shell.info(&crate::t!(
        "methods-verification-methods-at-needed",
        user = user,
        service = provider.service(),
        gates_required = flow.gates_required
    ));
    // Columns by display width, so that Chinese labels line up too.
    let kinds: Vec<String> = flow
        .methods
        .iter()
        .map(|m| describe_kind(&m.kind))
        .collect();
    let width = kinds
        .iter()
        .map(|k| console::measure_text_width(k))
        .max()
        .unwrap_or(0);
    for (m, kind) in flow.methods.iter().zip(&kinds) {
        let pad = " ".repeat(width - console::measure_text_width(kind));
        // The hint says nothing more where it only repeats the kind.
        let hint = if m.hint == *kind { "" } else { m.hint.as_str() };
        let line = format!("{:<4} {kind}{pad}  {hint}", m.id);
        shell.out(line.trim_end())?;
    }
    Ok(ExitStatus::Success)
}
