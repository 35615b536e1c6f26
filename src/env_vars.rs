//! Every environment variable pwreset reads, in one place.
//!
//! Flags take precedence over these; these take precedence over the profile in the config file.
//! No variable ever carries a secret.

pub const PWRESET_CONFIG: &str = "PWRESET_CONFIG";
pub const PWRESET_PROFILE: &str = "PWRESET_PROFILE";
pub const PWRESET_PROVIDER: &str = "PWRESET_PROVIDER";
pub const PWRESET_URL: &str = "PWRESET_URL";
pub const PWRESET_USER: &str = "PWRESET_USER";
pub const PWRESET_OUTPUT: &str = "PWRESET_OUTPUT";
pub const PWRESET_NO_INPUT: &str = "PWRESET_NO_INPUT";
pub const PWRESET_COLOR: &str = "PWRESET_COLOR";
pub const PWRESET_QUIET: &str = "PWRESET_QUIET";
pub const PWRESET_VERBOSE: &str = "PWRESET_VERBOSE";
pub const PWRESET_TIMEOUT: &str = "PWRESET_TIMEOUT";
pub const PWRESET_CA_CERT: &str = "PWRESET_CA_CERT";
pub const PWRESET_DEV_ADDR: &str = "PWRESET_DEV_ADDR";
pub const PWRESET_DEV_USERS: &str = "PWRESET_DEV_USERS";

/// Conventions of other tools that pwreset honours.
pub const NO_COLOR: &str = "NO_COLOR";
pub const CI: &str = "CI";

/// The prefix that marks a variable as ours; the guard refuses the forbidden ones.
pub const PREFIX: &str = "PWRESET_";

/// All variables pwreset reads, for the documentation test and `--help`.
pub const ALL: &[&str] = &[
    PWRESET_CONFIG,
    PWRESET_PROFILE,
    PWRESET_PROVIDER,
    PWRESET_URL,
    PWRESET_USER,
    PWRESET_OUTPUT,
    PWRESET_NO_INPUT,
    PWRESET_COLOR,
    PWRESET_QUIET,
    PWRESET_VERBOSE,
    PWRESET_TIMEOUT,
    PWRESET_CA_CERT,
    PWRESET_DEV_ADDR,
    PWRESET_DEV_USERS,
];
