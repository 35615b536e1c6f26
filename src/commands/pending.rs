//! `pwreset pending list|confirm|discard`: settles a generated password that was kept as
//! pending because the answer to its submission was lost. The person finds out by signing in
//! with it, then tells pwreset: confirmed (it is the password now) or discarded (it is not).
//! The saved flow of that run is settled with it.

use serde_json::json;

use crate::cli::PendingCommand;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::flow::{Journal, PasswordKeeper};
use crate::journal::{pending_account, pending_path, GeneratedPasswordKeeper, StoreJournal};
use crate::keystore::{open_trusted, KeyringStore, SecretStore, Trust};
use crate::settings::Settings;

pub fn run(cmd: &PendingCommand, settings: &Settings) -> anyhow::Result<ExitStatus> {
    let (PendingCommand::List(args)
    | PendingCommand::Confirm(args)
    | PendingCommand::Discard(args)) = cmd;
    let provider = settings.provider()?;
    let service = provider.service();
    let user = settings.user_or_ask(|| Ok(()))?;
    let keyring = KeyringStore::open(&service);
    let mut places = Vec::new();
    let mut in_keyring = false;
    if let Ok(store) = &keyring {
        if store.get(&pending_account(&user))?.is_some() {
            in_keyring = true;
            places.push(store.describe(&pending_account(&user)));
        }
    }
    if let Some(file) = &args.password_out {
        let pending = pending_path(file);
        if open_trusted(
            &pending,
            &crate::t!("pending-password-file"),
            Trust::Private,
        )?
        .is_some()
        {
            places.push(pending.display().to_string());
        }
    }
    let shell = &settings.shell;
    let status = match cmd {
        PendingCommand::List(_) => {
            if shell.is_json() {
                shell.out(
                    &json!({"schema_version": 1, "status": if places.is_empty() { "none" } else { "pending" },
                            "user": user, "service": service, "pending_in": places})
                    .to_string(),
                )?;
            } else if places.is_empty() {
                shell.info(&crate::t!(
                    "pending-no-pending-password-at",
                    user = user,
                    service = service
                ));
                if args.password_out.is_none() {
                    shell.info(&crate::t!("pending-run-password-out-file"));
                }
            } else {
                shell.info(&crate::t!(
                    "pending-password-at-waits",
                    user = user,
                    service = service,
                    join = crate::i18n::and_list(&places)
                ));
                shell.info(&crate::t!("pending-try-signing-if-works"));
            }
            return Ok(ExitStatus::Success);
        }
        PendingCommand::Confirm(_) => "confirmed",
        PendingCommand::Discard(_) => "discarded",
    };
    if places.is_empty() {
        return Err(Failure::usage(crate::t!(
            "pending-there-no-pending-password",
            user = user,
            service = service
        ))
        .with_hint(crate::t!("pending-pwreset-pending-list-shows"))
        .into());
    }
    let keyring = keyring.ok();
    let mut keeper = GeneratedPasswordKeeper {
        keyring: keyring
            .clone()
            .filter(|_| in_keyring)
            .map(|k| Box::new(k) as Box<dyn SecretStore>),
        file: args
            .password_out
            .clone()
            .filter(|f| pending_path(f).exists()),
        force_overwrite: false,
    };
    let stored_in = if status == "confirmed" {
        keeper.confirm(&user)?
    } else {
        keeper.discard(&user)?;
        Vec::new()
    };
    // The interrupted run's saved flow is settled too: nothing is left to resume.
    if let Some(store) = keyring {
        StoreJournal::new(Box::new(store), &user).clear()?;
    }
    if shell.is_json() {
        shell.out(
            &json!({"schema_version": 1, "status": status, "user": user, "service": service,
                    "password_stored_in": stored_in})
            .to_string(),
        )?;
    } else if status == "confirmed" {
        shell.success(&crate::t!(
            "pending-password-kept-as-one",
            user = user,
            service = service,
            join = crate::i18n::and_list(&stored_in)
        ));
    } else {
        shell.success(&crate::t!(
            "pending-password-at-forgotten",
            user = user,
            service = service
        ));
    }
    Ok(ExitStatus::Success)
}
