//! The self-service rule (docs/design.md §1), enforced before anything else runs.
//!
//! Flags, environment variables and config keys that would act for somebody else or skip
//! verification are recognised and refused (exit 10) with an explanation, rather than left to
//! clap's generic "unexpected argument". So are secrets given as argument values, because every
//! local user can read an argument vector in `ps`.

use std::ffi::OsString;

use crate::env_vars;
use crate::error::{Failure, FailureKind};

/// Option names (without dashes) that would act on another user's behalf or skip verification.
pub const ON_BEHALF: &[&str] = &[
    "as",
    "as-user",
    "on-behalf-of",
    "for",
    "for-user",
    "target-user",
    "impersonate",
    "admin",
    "admin-token",
    "sudo",
    "skip-verification",
    "no-verify",
    "bypass-verification",
];

/// Secrets that must never be argument values, with the message id of the safe way to give each.
pub const SECRET_FLAGS: &[(&str, &str)] = &[
    ("password", "guard-safe-password"),
    ("new-password", "guard-safe-password"),
    ("old-password", "guard-safe-old-password"),
    ("current-password", "guard-safe-current-password"),
    ("code", "guard-safe-code"),
    ("otp", "guard-safe-otp"),
    ("totp-secret", "guard-safe-totp-secret"),
    ("client-secret", "guard-safe-client-secret"),
    ("flow-token", "guard-safe-flow-token"),
    ("token", "guard-safe-flow-token"),
];

/// The config-file spelling of an on-behalf option (`on_behalf_of` for `--on-behalf-of`).
pub fn config_key(name: &str) -> String {
    name.replace('-', "_")
}

/// The environment spelling (`PWRESET_ON_BEHALF_OF` for `--on-behalf-of`).
pub fn env_name(name: &str) -> String {
    format!(
        "{}{}",
        env_vars::PREFIX,
        name.replace('-', "_").to_uppercase()
    )
}

const RULE: &str = "pwreset is self-service only: it resets or unlocks the account of the person \
running it, after that person proves who they are. An administrator cannot reset or unlock a \
password for another user with it, and nothing in it skips verification.";
const INSTEAD: &str = "the account's owner runs `pwreset reset` (or `pwreset unlock`) themselves; \
administrators use their identity service's own admin console";

fn on_behalf_failure(what: String) -> Failure {
    Failure::new(
        FailureKind::Refused,
        crate::t!("guard-refused", what = what, v_rule = RULE),
    )
    .with_hint(INSTEAD)
}

fn secret_failure(what: String, safe: &str) -> Failure {
    Failure::new(
        FailureKind::Refused,
        crate::t!("guard-refused-secrets-are-never", what = what),
    )
    .with_hint(crate::i18n::text(safe, &[]))
}

/// Checks the raw argument vector (program name excluded) before clap sees it.
pub fn check_args(args: &[OsString]) -> Result<(), Failure> {
    for arg in args {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        let Some(body) = arg.strip_prefix("--") else {
            continue;
        };
        let name = body.split_once('=').map_or(body, |(n, _)| n);
        if ON_BEHALF.contains(&name) {
            return Err(on_behalf_failure(format!("`--{name}`")));
        }
        if let Some((_, safe)) = SECRET_FLAGS.iter().find(|(n, _)| *n == name) {
            return Err(secret_failure(format!("`--{name}`"), safe));
        }
    }
    Ok(())
}

/// Checks the environment for forbidden `PWRESET_*` variables.
pub fn check_env<I>(vars: I) -> Result<(), Failure>
where
    I: IntoIterator<Item = (OsString, OsString)>,
{
    for (key, _) in vars {
        let Some(key) = key.to_str() else { continue };
        if !key.starts_with(env_vars::PREFIX) {
            continue;
        }
        if let Some(name) = ON_BEHALF.iter().find(|n| env_name(n) == key) {
            return Err(on_behalf_failure(crate::t!(
                "guard-environment-variable-same-as",
                key = key,
                name = name
            )));
        }
        if let Some((name, safe)) = SECRET_FLAGS.iter().find(|(n, _)| env_name(n) == key) {
            return Err(secret_failure(
                crate::t!(
                    "guard-environment-variable-secret-like",
                    key = key,
                    name = name
                ),
                safe,
            ));
        }
    }
    Ok(())
}

/// Checks one config-file key; `place` says where it was found (file and line).
pub fn check_config_key(key: &str, place: &str) -> Result<(), Failure> {
    let normalized = key.replace('-', "_");
    if let Some(name) = ON_BEHALF.iter().find(|n| config_key(n) == normalized) {
        return Err(on_behalf_failure(crate::t!(
            "guard-config-key-at-same",
            key = key,
            place = place,
            name = name
        )));
    }
    if let Some((name, safe)) = SECRET_FLAGS
        .iter()
        .find(|(n, _)| config_key(n) == normalized)
    {
        return Err(secret_failure(
            crate::t!(
                "guard-config-key-at-secret",
                key = key,
                place = place,
                name = name
            ),
            safe,
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn refuses_every_on_behalf_flag_in_both_forms() {
        for name in ON_BEHALF {
            for form in [format!("--{name}"), format!("--{name}=bob")] {
                let err = check_args(&args(&["reset", &form])).unwrap_err();
                assert_eq!(err.kind, FailureKind::Refused, "{form}");
                assert!(err.message.contains("self-service only"), "{form}");
            }
        }
    }

    #[test]
    fn refuses_secret_values_and_points_to_the_safe_form() {
        let err = check_args(&args(&["reset", "--password", "hunter2"])).unwrap_err();
        assert_eq!(err.kind, FailureKind::Refused);
        assert!(err.hint.unwrap().contains("--password-stdin"));
        let err = check_args(&args(&["reset", "--code=123456"])).unwrap_err();
        assert!(err.hint.unwrap().contains("--code-stdin"));
    }

    #[test]
    fn allows_safe_flags_and_stops_at_double_dash() {
        check_args(&args(&["reset", "--password-stdin", "--user", "a@b.c"])).unwrap();
        check_args(&args(&["reset", "--", "--as"])).unwrap();
    }

    #[test]
    fn refuses_forbidden_environment() {
        let env = vec![(
            OsString::from("PWRESET_ON_BEHALF_OF"),
            OsString::from("bob"),
        )];
        assert_eq!(check_env(env).unwrap_err().kind, FailureKind::Refused);
        let env = vec![(OsString::from("PWRESET_NEW_PASSWORD"), OsString::from("x"))];
        assert_eq!(check_env(env).unwrap_err().kind, FailureKind::Refused);
        let env = vec![(OsString::from("PWRESET_URL"), OsString::from("x"))];
        check_env(env).unwrap();
    }
}
