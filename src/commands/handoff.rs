//! `reset` / `unlock` for a Microsoft Entra workforce account: there is no public reset API, so
//! pwreset finds the account's cloud and kind without any credential and hands the person over
//! to that cloud's self-service reset portal — opened in the browser, printed, and as a QR code
//! for a phone. Nothing is changed by pwreset itself; the exit code says so (8).

use crate::error::{Failure, FailureKind};
use crate::exit::ExitStatus;
use crate::http::Api;
use crate::i18n;
use crate::protocol::Intent;
use crate::provider::entra::workforce::{self, Cloud, Realm};
use crate::settings::Settings;

/// Where to ask which cloud a domain lives in: `--login-url`, else each cloud's sign-in
/// service, the likeliest first.
fn login_services(settings: &Settings, domain: &str) -> Vec<(String, Option<Cloud>)> {
    if let Some(url) = &settings.entra.login_url {
        return vec![(url.clone(), settings.entra.cloud)];
    }
    if let Some(cloud) = settings.entra.cloud {
        return vec![(cloud.login_url().to_owned(), Some(cloud))];
    }
    let order = if domain.ends_with(".cn") {
        [Cloud::China, Cloud::Global, Cloud::Usgov]
    } else if domain.ends_with(".us") {
        [Cloud::Usgov, Cloud::Global, Cloud::China]
    } else {
        [Cloud::Global, Cloud::Usgov, Cloud::China]
    };
    order
        .iter()
        .map(|c| (c.login_url().to_owned(), None))
        .collect()
}

pub fn run(settings: &Settings, intent: Intent) -> anyhow::Result<ExitStatus> {
    let shell = &settings.shell;
    let user = settings.user_or_ask(|| Ok(()))?;
    let domain = workforce::domain_of(&user)?;
    // Which cloud, and the sign-in service to ask about the account.
    let mut found = None;
    for (login, forced) in login_services(settings, &domain) {
        let api = Api::new(crate::http::service_url(&login)?, &settings.http, shell)?;
        let cloud = match forced {
            Some(cloud) if settings.entra.login_url.is_none() => Some(cloud),
            _ => workforce::cloud_of(&api, &domain)?.or(forced),
        };
        if let Some(cloud) = cloud {
            found = Some((cloud, api));
            break;
        }
    }
    let Some((cloud, api)) = found else {
        return Err(Failure::new(
            FailureKind::Verification,
            crate::t!("entra-no-tenant-for-domain", domain = domain),
        )
        .with_hint(crate::t!("entra-check-user"))
        .into());
    };
    let cloud_name = crate::t!("entra-cloud-name", cloud = cloud.name());
    let lang = match i18n::current() {
        l if l.is_pseudo() => "en",
        l => l.tag(),
    };
    match workforce::realm_of(&api, &user)? {
        Realm::Unknown => Err(Failure::new(
            FailureKind::Verification,
            crate::t!("entra-no-work-account", user = &user, cloud = &cloud_name),
        )
        .with_hint(crate::t!("entra-check-user"))
        .into()),
        Realm::Federated { host } => {
            let host = host.unwrap_or_else(|| domain.clone());
            shell.info(&crate::t!("entra-federated", user = &user, host = &host));
            shell.info(&crate::t!("entra-federated-hint"));
            if shell.is_json() {
                shell.out(
                    &serde_json::json!({
                        "schema_version": 1, "status": "handoff", "user": user,
                        "provider": "entra", "cloud": cloud, "federated": host, "url": null,
                    })
                    .to_string(),
                )?;
            }
            Ok(ExitStatus::HandedOff)
        }
        Realm::Managed => {
            let url = workforce::portal_url(cloud, &domain, lang);
            hand_over(settings, intent, &user, &cloud_name, &url)?;
            if shell.is_json() {
                shell.out(
                    &serde_json::json!({
                        "schema_version": 1, "status": "handoff", "user": user,
                        "provider": "entra", "cloud": cloud, "federated": null, "url": url,
                    })
                    .to_string(),
                )?;
            }
            Ok(ExitStatus::HandedOff)
        }
    }
}

/// Says where to go and why, and opens it where a person is there to see it.
fn hand_over(
    settings: &Settings,
    intent: Intent,
    user: &str,
    cloud_name: &str,
    url: &str,
) -> anyhow::Result<()> {
    let shell = &settings.shell;
    shell.info(&crate::t!(
        "entra-handoff-intro",
        user = user,
        cloud = cloud_name
    ));
    shell.info(&format!("  {url}"));
    let choice = match intent {
        Intent::Reset => crate::t!("entra-handoff-reset-choice"),
        Intent::Unlock => crate::t!("entra-handoff-unlock-choice"),
    };
    shell.info(&choice);
    shell.info(&crate::t!("entra-handoff-rule"));
    if shell.stderr_is_terminal() && !shell.is_plain() {
        if let Ok(code) = qrcode::QrCode::new(url.as_bytes()) {
            shell.info(&crate::t!("entra-handoff-qr"));
            let picture = code
                .render::<qrcode::render::unicode::Dense1x2>()
                .quiet_zone(true)
                .build();
            for line in picture.lines() {
                shell.info(line);
            }
        }
    }
    if settings.entra.no_browser || !settings.interactive {
        return Ok(());
    }
    let mut options = webbrowser::BrowserOptions::new();
    options.with_suppress_output(true);
    match webbrowser::open_browser_with_options(webbrowser::Browser::Default, url, &options) {
        Ok(()) => shell.success(&crate::t!("entra-handoff-opened")),
        Err(_) => shell.info(&crate::t!("entra-handoff-no-browser")),
    }
    Ok(())
}

/// Whether `err` says an External ID tenant needs the browser (`challenge_type: "redirect"`).
pub fn is_browser_required(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<Failure>())
        .any(|f| f.code.as_deref() == Some(crate::provider::entra::BROWSER_REQUIRED))
}

/// An External ID tenant that needs the browser: said, and ended as a hand-off (exit 8). There
/// is no portal to point at; the app's own page has "Forgot password?".
pub fn browser_required(settings: &Settings, err: &anyhow::Error) -> anyhow::Result<ExitStatus> {
    let shell = &settings.shell;
    let failure = err.chain().find_map(|e| e.downcast_ref::<Failure>());
    shell.info(&crate::output::clean_capped(
        &err.to_string(),
        crate::output::MESSAGE_MAX,
    ));
    if let Some(hint) = failure.and_then(|f| f.hint.as_deref()) {
        shell.info(hint);
    }
    shell.info(&crate::t!("entra-handoff-rule"));
    if shell.is_json() {
        shell.out(
            &serde_json::json!({
                "schema_version": 1, "status": "handoff", "user": settings.user,
                "provider": "entra", "cloud": null, "federated": null, "url": null,
                "reason": crate::provider::entra::BROWSER_REQUIRED,
            })
            .to_string(),
        )?;
    }
    Ok(ExitStatus::HandedOff)
}
