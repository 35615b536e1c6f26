//! `pwreset reset` and `pwreset unlock`: the same verification, then a new password or an unlock.
//! Inputs come from flags where given and from the terminal otherwise; the flow is journaled to
//! the OS keyring (or `--insecure-flow-file`) so that `--resume` can finish it.

use serde_json::json;

use crate::cli::{PasswordArgs, VerifyArgs};
use crate::error::{Failure, FailureKind};
use crate::exit::ExitStatus;
use crate::flow::{self, Checkpoint, Engine, FlowUi, Journal, Outcome, PasswordKeeper};
use crate::journal::{BestEffortJournal, GeneratedPasswordKeeper, StoreJournal};
use crate::keystore::{FileStore, KeyringStore, SecretStore};
use crate::output::Shell;
use crate::protocol::Intent;
use crate::provider::Provider;
use crate::settings::Settings;
use crate::ui::scripted::ScriptedUi;
use crate::ui::{Prompter, TerminalUi, TtyPrompter};

/// A run started without `--resume` while an interrupted flow for the same user is saved: a
/// person is asked whether to continue it; a script is told that a new flow replaces it.
fn offer_saved_flow(
    settings: &Settings,
    journal: &StoreJournal,
    intent: Intent,
    provider: &dyn Provider,
    user: &str,
) -> Result<Option<Checkpoint>, Failure> {
    let shell = &settings.shell;
    let cp = match journal.load() {
        Ok(Some(cp)) => cp,
        Ok(None) => return Ok(None),
        Err(e) => {
            shell.debug(&crate::t!("recover-replaced-run", e = e));
            return Ok(None);
        }
    };
    let expired = cp.expires_at.as_deref().is_some_and(flow::expired);
    if cp.intent != intent || cp.provider != provider.name() || expired {
        return Ok(None);
    }
    let saved = crate::t!(
        "recover-interrupted-saved",
        intent = cp.intent.as_str(),
        user = user,
        state = cp.state(provider.capabilities().checks_code_with_password())
    );
    if settings.interactive {
        shell.info(&saved);
        if TtyPrompter.confirm(&crate::t!("recover-continue"), true)? {
            return Ok(Some(cp));
        }
        shell.info(&crate::t!("recover-starting-new-one"));
    } else {
        shell.info(&crate::t!("recover-run-starts-new-one", saved = saved));
    }
    Ok(None)
}

/// Flag combinations that cannot work, found before any request.
fn check_password_flags(p: &PasswordArgs) -> Result<(), Failure> {
    let keeps = p.save_to_keyring || p.password_out.is_some();
    if p.generate.is_some() && !keeps {
        return Err(
            Failure::usage(crate::t!("recover-generate-needs-save-keyring"))
                .with_hint(crate::t!("recover-add-save-keyring-os")),
        );
    }
    if keeps && p.generate.is_none() {
        return Err(Failure::usage(crate::t!(
            "recover-save-keyring-password-out"
        )));
    }
    if let Some(n) = p.generate {
        if !(8..=1024).contains(&n) {
            return Err(Failure::usage(crate::t!(
                "recover-generate-choose-length-from",
                n = n
            )));
        }
    }
    Ok(())
}

pub fn run(
    settings: &Settings,
    intent: Intent,
    verify: &VerifyArgs,
    password: Option<&PasswordArgs>,
) -> anyhow::Result<ExitStatus> {
    if let Some(p) = password {
        check_password_flags(p)?;
    }
    if settings.provider == crate::cli::ProviderKind::Entra
        && settings.entra.is_workforce()
        && settings.cognito.client_id.is_none()
    {
        return super::handoff::run(settings, intent);
    }
    match run_flow(settings, intent, verify, password) {
        // The tenant wants the browser: handed off, as a work account is.
        Err(e) if super::handoff::is_browser_required(&e) => {
            super::handoff::browser_required(settings, &e)
        }
        other => other,
    }
}

fn run_flow(
    settings: &Settings,
    intent: Intent,
    verify: &VerifyArgs,
    password: Option<&PasswordArgs>,
) -> anyhow::Result<ExitStatus> {
    let shell = &settings.shell;
    let mut verify = verify.clone();
    if verify.methods.is_empty() {
        verify.methods = settings.methods.clone();
    }
    let verify = &verify;
    // A named provider is built without a request, and says first what it cannot do.
    let named = match settings.provider {
        crate::cli::ProviderKind::Auto => None,
        _ => Some(settings.provider()?),
    };
    if let (Some(p), Intent::Unlock) = (&named, intent) {
        p.capabilities().can_unlock()?;
    }
    // Every input is checked before the first request, the one `--provider auto` may make
    // included.
    let terminal = settings
        .interactive
        .then(|| TerminalUi::new(shell.clone(), Box::new(TtyPrompter), String::new()));
    ScriptedUi::new(shell.clone(), terminal, verify, password).check_complete(
        settings.user.is_some(),
        intent == Intent::Reset,
        verify.resume,
    )?;
    if let Some(path) = &verify.insecure_flow_file {
        FileStore::new(path).check()?;
    }
    let mut provider = match named {
        Some(p) => p,
        None => settings.provider()?,
    };
    if intent == Intent::Unlock {
        provider.capabilities().can_unlock()?;
    }
    let host = provider.service();
    let terminal = settings.interactive.then(|| {
        let ui = TerminalUi::new(shell.clone(), Box::new(TtyPrompter), host.clone());
        if provider.capabilities().hides_unknown_users {
            ui
        } else {
            ui.for_service_that_names_unknown_users()
        }
    });
    let mut ui = ScriptedUi::new(shell.clone(), terminal, verify, password);
    if let Some(var) = &settings.cognito.client_secret_env {
        ui.withhold_variable(var);
    }
    ui.check_complete(
        settings.user.is_some(),
        intent == Intent::Reset,
        verify.resume,
    )?;
    let user = match &settings.user {
        Some(u) => u.clone(),
        None => crate::settings::checked_user(&ui.ask_user()?)?,
    };

    // The OS keyring, opened (and probed) once: it keeps the flow unless a flow file is named,
    // and a generated password with --save-to-keyring.
    let explicit_file = verify.insecure_flow_file.is_some();
    let save_to_keyring = password.is_some_and(|p| p.save_to_keyring);
    let keyring = (!explicit_file || save_to_keyring).then(|| KeyringStore::open(&host));
    let store: Option<Box<dyn SecretStore>> = match (&verify.insecure_flow_file, &keyring) {
        (Some(path), _) => {
            let file = FileStore::new(path);
            file.check()?;
            Some(Box::new(file))
        }
        (None, Some(Ok(k))) => Some(Box::new(k.clone())),
        (None, Some(Err(e))) if verify.resume => return Err(e.clone().into()),
        (None, Some(Err(e))) => {
            shell.debug(&crate::t!("recover-run-cannot-resumed", e = e));
            None
        }
        (None, None) => None,
    };
    let store_journal = store.map(|s| StoreJournal::new(s, &user));
    let resume = match (&store_journal, verify.resume) {
        (Some(j), true) => {
            let cp = j.load()?.ok_or_else(|| {
                Failure::new(
                    FailureKind::FlowExpired,
                    crate::t!("recover-no-interrupted-flow-at", user = user, host = host, where = j.where_()),
                )
                .with_hint(crate::t!("recover-start-again-without-resume"))
            })?;
            if cp.intent != intent || cp.provider != provider.name() {
                return Err(Failure::usage(crate::t!(
                    "recover-interrupted-flow-provider-resume",
                    user = user,
                    intent = cp.intent.as_str(),
                    provider = cp.provider
                ))
                .into());
            }
            shell.info(&crate::t!(
                "recover-resuming-interrupted",
                intent = cp.intent.as_str(),
                user = user,
                state = cp.state(provider.capabilities().checks_code_with_password())
            ));
            Some(cp)
        }
        _ => None,
    };
    let resume = match (resume, &store_journal) {
        (None, Some(j)) => offer_saved_flow(settings, j, intent, provider.as_ref(), &user)?,
        (resume, _) => resume,
    };
    let resuming = resume.is_some();
    let mut journal: Box<dyn Journal> = match store_journal {
        Some(j) if explicit_file => Box::new(j),
        other => Box::new(BestEffortJournal::new(other, shell.clone())),
    };

    let mut keeper = match password {
        Some(p) if p.generate.is_some() => {
            let keeper = GeneratedPasswordKeeper {
                keyring: match (p.save_to_keyring, keyring) {
                    (true, Some(k)) => Some(Box::new(k?) as Box<dyn SecretStore>),
                    _ => None,
                },
                file: p.password_out.clone(),
                force_overwrite: p.force_overwrite,
            };
            keeper.check_destinations(&user, resuming)?;
            Some(keeper)
        }
        _ => None,
    };

    let mut engine = Engine {
        provider: provider.as_mut(),
        ui: &mut ui as &mut dyn FlowUi,
        journal: journal.as_mut(),
        keeper: keeper.as_mut().map(|k| k as &mut dyn PasswordKeeper),
        policy_override: settings.policy_override.clone(),
        waited: Default::default(),
        breach: (password.is_some_and(|p| p.check_breached) || settings.check_breached).then(
            || {
                crate::breach::BreachCheck::new(
                    std::env::var(crate::env_vars::PWRESET_BREACH_API_URL)
                        .ok()
                        .filter(|u| !u.trim().is_empty()),
                )
            },
        ),
    };
    let outcome = engine.run(Some(user), intent, resume).map_err(|mut f| {
        // At a dead end (no way to verify, locked out, attempts used up), where to get help.
        if matches!(f.kind, FailureKind::Verification | FailureKind::RateLimited) {
            f.support = f.support.or(provider.support());
        }
        f
    })?;
    report(shell, provider.as_ref(), &outcome)?;
    Ok(ExitStatus::Success)
}

/// The final word: what happened and what to do next.
pub fn report(shell: &Shell, provider: &dyn Provider, outcome: &Outcome) -> anyhow::Result<()> {
    shell.debug(&crate::t!(
        "recover-requests-sent",
        request_count = provider.request_count()
    ));
    if shell.is_json() {
        let status = match outcome.intent {
            Intent::Reset => "reset",
            Intent::Unlock => "unlocked",
        };
        let value = json!({
            "schema_version": 1,
            "status": status,
            "user": outcome.user,
            "provider": provider.name(),
            "service": provider.service(),
            "gates": {"passed": outcome.gates_passed, "required": outcome.gates_required},
            "methods_used": outcome.methods_used,
            "password_stored_in": outcome.password_stored_in,
            "was_locked": outcome.was_locked,
            "resumed": outcome.resumed,
            "notified": outcome.notified,
        });
        shell.out(&value.to_string())?;
        return Ok(());
    }
    match outcome.intent {
        Intent::Reset => {
            shell.success(&crate::t!(
                "recover-password-changed-at",
                bold = shell.bold(&outcome.user),
                service = provider.service()
            ));
            if !outcome.password_stored_in.is_empty() {
                shell.info(&crate::t!(
                    "recover-new-password",
                    join = crate::i18n::and_list(&outcome.password_stored_in)
                ));
            }
            if outcome.notified == Some(true) {
                shell.info(&crate::t!(
                    "recover-has-told-account-s",
                    service = provider.service()
                ));
            }
            shell.info(&crate::t!("recover-update-wherever-old-password"));
            // Only where the service unlocks with a reset can pwreset say so.
            if provider.capabilities().can_unlock().is_ok() {
                shell.info(&crate::t!("recover-sign-your-new-password"));
            } else {
                shell.info(&crate::t!("recover-sign-your-new-password-2"));
            }
        }
        Intent::Unlock => {
            let what = if outcome.was_locked == Some(false) {
                crate::t!("recover-your-account-was-not")
            } else {
                crate::t!("recover-account-unlocked")
            };
            shell.success(&crate::t!(
                "recover-at",
                what = what,
                bold = shell.bold(&outcome.user),
                service = provider.service()
            ));
            shell.info(&crate::t!("recover-sign-your-existing-password"));
        }
    }
    Ok(())
}
