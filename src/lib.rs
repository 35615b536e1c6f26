//! pwreset: recover access to your own account from a terminal. The rules it keeps are in docs/design.md.
//!
//! Layers: `cli` (clap types) → `settings` (flags, env, profile) → `commands` (one file each)
//! → `flow` (provider-independent engine) → `provider` (one file per API). Terminal I/O is in
//! `ui` and `output`; exit codes in `exit`; the self-service rule in `guard`.

// `Failure` carries what decides the next step (hint, retry-after, violations); it is returned
// rarely and never in a hot loop, so its size is not worth boxing for.
#![allow(clippy::result_large_err)]

pub(crate) mod breach;
pub(crate) mod cli;
pub(crate) mod commands;
pub(crate) mod config;
pub(crate) mod detect;
pub mod env_vars;
pub mod error;
pub(crate) mod exit;
pub mod flow;
pub(crate) mod guard;
pub(crate) mod help_text;
pub mod http;
pub mod i18n;
pub mod journal;
pub mod keystore;
pub mod output;
pub mod policy;
#[cfg(test)]
mod properties;
pub mod protocol;
pub mod provider;
pub mod secret;
#[cfg(feature = "dev-server")]
pub(crate) mod server;
pub(crate) mod settings;
pub(crate) mod signals;
pub(crate) mod strength;
pub(crate) mod ui;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::FromArgMatches;

use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::output::Shell;

/// The whole program; `main.rs` only calls this.
pub fn main() -> ExitCode {
    signals::forbid_memory_access();
    let args: Vec<OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == commands::complete::HELPER) {
        return commands::complete::run(args.get(2).and_then(|a| a.to_str())).into();
    }
    // Before anything is said: help and argument errors are in the chosen language too.
    i18n::set(i18n::choose(i18n::lang_flag(&args).as_deref(), |var| {
        std::env::var(var).ok()
    }));
    let json_requested = wants_json(&args);
    // The self-service rule comes before parsing, so refused flags get their own message.
    if let Err(refusal) = guard::check_args(args.get(1..).unwrap_or_default())
        .and_then(|()| guard::check_env(std::env::vars_os()))
    {
        return fail(&Shell::plain(), json_requested, anyhow::Error::new(refusal));
    }
    // Help is read by people: asked for, it is parsed with the texts at once.
    let asks_for_help = args
        .iter()
        .skip(1)
        .any(|a| a == "-h" || a == "--help" || a == "help");
    let (model, parse_args) = if asks_for_help {
        help_text::display_model(&args)
    } else {
        (cli::command(), args.clone())
    };
    let parsed = model
        .try_get_matches_from(&parse_args)
        .and_then(|m| cli::Cli::from_arg_matches(&m).map(|c| (c, cli::Typed::from_matches(&m))));
    let (cli, typed) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => {
            use std::io::{IsTerminal, Write};
            // Help and argument errors are shown with the texts people read, in their language
            // (parsed again with them, unless they were there from the start).
            let e = if asks_for_help {
                e
            } else {
                let (model, parse_args) = help_text::display_model(&args);
                model.try_get_matches_from(&parse_args).err().unwrap_or(e)
            };
            let secrets = values_not_to_echo(&args);
            let terminal = if e.use_stderr() {
                std::io::stderr().is_terminal()
            } else {
                std::io::stdout().is_terminal()
            };
            let no_color = std::env::var_os(env_vars::NO_COLOR).is_some_and(|v| !v.is_empty());
            let rendered = e.render();
            let rendered = if terminal && !no_color {
                rendered.ansi().to_string()
            } else {
                rendered.to_string()
            };
            let text = help_text::translate(&redact(&rendered, &secrets));
            if e.use_stderr() {
                eprint!("{text}");
            } else {
                let _ = write!(std::io::stdout(), "{text}");
            }
            return if e.use_stderr() {
                ExitStatus::Usage.into()
            } else {
                ExitStatus::Success.into()
            };
        }
    };
    let no_color = std::env::var_os(env_vars::NO_COLOR).is_some_and(|v| !v.is_empty());
    let g = &cli.global;
    let dumb_terminal = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    let shell = Shell::new(g.color, no_color, g.quiet, g.verbose, g.output)
        .with_plain(g.plain || dumb_terminal);
    signals::install();
    match commands::run(cli, &typed, shell.clone()) {
        Ok(status) => status.into(),
        Err(e) if is_broken_pipe(&e) => ExitStatus::Success.into(),
        Err(e) => fail(&shell, shell.is_json(), e),
    }
}

/// Flags that take no value, a number or a variable's name: whatever is attached to one of them
/// may be a secret given in the wrong place, so an error message never repeats it.
const NO_ECHO_FLAGS: &[&str] = &[
    "password-stdin",
    "code-stdin",
    "generate",
    "save-to-keyring",
    "client-secret-env",
    "totp-secret-env",
];

/// The values in `args` that an argument error must not print (see `NO_ECHO_FLAGS`).
fn values_not_to_echo(args: &[OsString]) -> Vec<String> {
    let mut out = Vec::new();
    let mut iter = args.iter().filter_map(|a| a.to_str()).peekable();
    while let Some(arg) = iter.next() {
        let Some(body) = arg.strip_prefix("--") else {
            continue;
        };
        match body.split_once('=') {
            Some((name, value)) if NO_ECHO_FLAGS.contains(&name) => out.push(value.to_owned()),
            None if body.ends_with("-env") && NO_ECHO_FLAGS.contains(&body) => {
                if let Some(value) = iter.next_if(|v| !v.starts_with('-')) {
                    out.push(value.to_owned());
                }
            }
            _ => {}
        }
    }
    out.retain(|v| !v.is_empty());
    out
}

/// `text` with every quoted (and every longer bare) occurrence of `secrets` replaced.
fn redact(text: &str, secrets: &[String]) -> String {
    let mut text = text.to_owned();
    let not_shown = t!("not-shown");
    for secret in secrets {
        text = text.replace(&format!("'{secret}'"), &format!("'{not_shown}'"));
        if secret.len() >= 6 {
            text = text.replace(secret.as_str(), &not_shown);
        }
    }
    text
}

fn wants_json(args: &[OsString]) -> bool {
    args.windows(2)
        .any(|w| w[0] == "--output" && w[1] == "json")
        || args.iter().any(|a| a == "--output=json")
        || std::env::var(env_vars::PWRESET_OUTPUT).is_ok_and(|v| v == "json")
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Reports an error (on stderr; also as JSON on stdout with `--output json`) and maps it to
/// its exit code.
fn fail(shell: &Shell, json: bool, err: anyhow::Error) -> ExitCode {
    let status = if signals::was_interrupted() {
        ExitStatus::Interrupted
    } else {
        ExitStatus::for_error(&err)
    };
    shell.error(&err);
    if json {
        let failure = err.chain().find_map(|e| e.downcast_ref::<Failure>());
        let value = serde_json::json!({
            "schema_version": 1,
            "status": "error",
            "password_pending_in": failure.map(|f| f.pending_password_in.clone()).unwrap_or_default(),
            "error": {
                "kind": failure.map(|f| f.kind),
                "code": failure.and_then(|f| f.code.clone()),
                "message": output::clean_capped(&format!("{err:#}"), output::MESSAGE_MAX),
                "hint": failure.and_then(|f| f.hint.as_deref()).map(|h| output::clean_capped(h, output::MESSAGE_MAX)),
                "exit_code": status.code(),
                "retry_after_s": failure.and_then(|f| f.retry_after).map(|d| d.as_secs()),
                "support": failure.and_then(|f| f.support.as_deref()).map(|s| output::clean_capped(s, output::SERVICE_TEXT_MAX)),
                "violations": failure.map(|f| f.violations.iter().map(|v| serde_json::json!({
                    "rule": output::clean_capped(&v.rule, 64),
                    "message": output::clean_capped(&v.message, output::SERVICE_TEXT_MAX),
                })).collect::<Vec<_>>()).unwrap_or_default(),
            }
        });
        let _ = shell.out(&value.to_string());
    }
    status.into()
}
