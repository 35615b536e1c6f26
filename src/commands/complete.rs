//! `pwreset __complete profiles|methods`: one value per line for the completion scripts. It is
//! not part of the clap model (so no completion script or help lists it): `lib::main` calls it
//! before parsing. It reads only the config file, never the network or the keyring, and is
//! silent on every error — a broken config must not break the shell.

use crate::config;
use crate::exit::ExitStatus;

/// The argument that selects this helper.
pub const HELPER: &str = "__complete";

/// The method kinds protocol v1 defines.
pub const METHOD_KINDS: &[&str] = &["email", "sms", "voice", "totp", "questions"];

pub fn run(what: Option<&str>) -> ExitStatus {
    let values: Vec<String> = match what {
        Some("profiles") => config::load()
            .map(|(c, _)| c.profiles.into_keys().collect())
            .unwrap_or_default(),
        Some("methods") => METHOD_KINDS.iter().map(|s| s.to_string()).collect(),
        _ => Vec::new(),
    };
    let mut out = String::new();
    for v in values {
        out.push_str(&v);
        out.push('\n');
    }
    use std::io::Write;
    let _ = std::io::stdout().write_all(out.as_bytes());
    ExitStatus::Success
}
