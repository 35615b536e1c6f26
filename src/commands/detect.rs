//! `pwreset detect`: which kind of reset service `--url` is, and the evidence. Always asks the
//! service (read-only requests), and remembers the answer for `--provider auto`.

use serde_json::json;

use crate::exit::ExitStatus;
use crate::settings::Settings;

pub fn run(settings: &Settings) -> anyhow::Result<ExitStatus> {
    let url = settings.service_url()?;
    let shell = &settings.shell;
    let found = crate::detect::probe(
        &url,
        &settings.http,
        shell,
        settings.firebase.api_key.as_deref(),
    )?;
    crate::detect::remember(&url, found.kind);
    let service = crate::http::service_url(url.as_str())
        .map(|u| u.host_str().unwrap_or_default().to_owned())
        .unwrap_or_default();
    if shell.is_json() {
        shell.out(&serde_json::to_string(&json!({
            "status": "ok",
            "url": url.as_str(),
            "provider": found.kind.name(),
            "requests": found.requests,
            "evidence": found.evidence,
        }))?)?;
        return Ok(ExitStatus::Success);
    }
    shell.success(&crate::t!(
        "detect-found",
        service = service,
        kind = found.kind.name()
    ));
    for line in &found.evidence {
        shell.info(&format!("  {line}"));
    }
    shell.out(found.kind.name())?;
    Ok(ExitStatus::Success)
}
