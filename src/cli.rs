//! The clap model: types only, no logic. Settings are resolved in `settings.rs`.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::env_vars::*;
use crate::exit::EXIT_CODES_HELP;
use crate::output::{ColorChoice, OutputFormat};

#[derive(Debug, Parser)]
#[command(
    name = "pwreset",
    version,
    about = "Recover access to your own account: verify it's you, then set a new password",
    long_about = "Recover access to your own account from a terminal.\n\n\
        pwreset walks you through identity verification against your service's reset API, \
        asks for the code(s) and your new password locally, checks the password, and submits it. \
        It only ever acts for the person running it: there is no way to reset somebody else's \
        password, and no secret is ever taken from the command line.",
    after_help = EXIT_CODES_HELP,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProviderKind {
    /// The open pwreset protocol v1 (`pwreset dev-server` speaks it)
    Pwreset,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Use the settings of this profile from the config file
    #[arg(short = 'p', long, global = true, env = PWRESET_PROFILE, value_name = "NAME")]
    pub profile: Option<String>,

    /// Which kind of reset API the service speaks
    #[arg(long, global = true, env = PWRESET_PROVIDER, value_enum)]
    pub provider: Option<ProviderKind>,

    /// Base URL of the reset service (https://, or http:// on loopback only)
    #[arg(long, global = true, env = PWRESET_URL, value_name = "URL")]
    pub url: Option<String>,

    /// Your user id at the service (asked for when missing)
    #[arg(short = 'u', long, global = true, env = PWRESET_USER, value_name = "ID")]
    pub user: Option<String>,

    /// Output format: human text on stderr, or one JSON object on stdout
    #[arg(long, global = true, env = PWRESET_OUTPUT, value_enum, default_value = "human")]
    pub output: OutputFormat,

    /// Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)
    #[arg(long, global = true, env = PWRESET_NO_INPUT)]
    pub no_input: bool,

    /// When to use colour (NO_COLOR is honoured with auto)
    #[arg(long, global = true, env = PWRESET_COLOR, value_enum, default_value = "auto")]
    pub color: ColorChoice,

    /// Print only errors
    #[arg(short, long, global = true, env = PWRESET_QUIET, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Print each request made (never its secrets)
    #[arg(short, long, global = true, env = PWRESET_VERBOSE)]
    pub verbose: bool,

    /// Timeout for each request to the service, e.g. 30s or 2m
    #[arg(long, global = true, env = PWRESET_TIMEOUT, value_parser = parse_duration, value_name = "DURATION")]
    pub timeout: Option<Duration>,

    /// Trust this PEM CA certificate (bundle) in addition to the system's
    #[arg(long, global = true, env = PWRESET_CA_CERT, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
}

fn parse_duration(s: &str) -> Result<Duration, String> {
    if let Ok(secs) = s.trim().parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    humantime::parse_duration(s.trim()).map_err(|e| format!("{e} (use e.g. 30s, 2m)"))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Verify your identity and set a new password ("create a new one")
    Reset(FlowArgs),
    /// Verify your identity and unlock your account, keeping your current password
    Unlock(FlowArgs),
    /// List your verification methods, masked, as the service reports them
    Methods,
    /// Show the password rules the service enforces
    Policy,
    /// The whole reset flow against a built-in local service, in one command
    Demo(DemoArgs),
    /// Run a local reference reset service (in memory) for trying and testing
    #[cfg(feature = "dev-server")]
    DevServer(DevServerArgs),
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff)
    Man,
}

#[derive(Debug, Args, Default)]
pub struct FlowArgs {}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Run the unlock flow instead of the reset flow
    #[arg(long)]
    pub unlock: bool,
}

#[cfg(feature = "dev-server")]
#[derive(Debug, Args)]
pub struct DevServerArgs {
    /// Address to listen on (loopback only; port 0 picks a free port)
    #[arg(long, env = PWRESET_DEV_ADDR, default_value = "127.0.0.1:8787", value_name = "IP:PORT")]
    pub addr: std::net::SocketAddr,

    /// Accounts as JSON (see docs/dev-server.md); the demo accounts when absent
    #[arg(long, env = PWRESET_DEV_USERS, value_name = "FILE")]
    pub users: Option<PathBuf>,

    /// How long a code stays valid
    #[arg(long, value_parser = parse_duration, default_value = "10m", value_name = "DURATION")]
    pub code_ttl: Duration,

    /// How long a flow stays valid
    #[arg(long, value_parser = parse_duration, default_value = "15m", value_name = "DURATION")]
    pub flow_ttl: Duration,

    /// Wrong codes allowed per challenge before the flow ends
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub max_attempts: u32,

    /// Minimum wait before a code is sent again through the same method
    #[arg(long, value_parser = parse_duration, default_value = "30s", value_name = "DURATION")]
    pub resend_after: Duration,

    /// Flows one user (known or not) may start per rate window
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub flows_per_user: u32,

    /// The per-user rate window, also the recovery lock-out time
    #[arg(long, value_parser = parse_duration, default_value = "15m", value_name = "DURATION")]
    pub rate_window: Duration,

    /// Requests one client address may make per minute
    #[arg(long, default_value_t = 300, value_name = "N")]
    pub requests_per_client: u32,

    /// Minimum length of a new password
    #[arg(long, default_value_t = 12, value_name = "N")]
    pub min_length: usize,

    /// Do not log requests to stderr
    #[arg(long)]
    pub no_log: bool,
}
