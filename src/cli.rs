//! The clap model: types only, no logic. Settings are resolved in `settings.rs`.

use std::path::PathBuf;
use std::time::Duration;

use clap::builder::BoolishValueParser;
use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};

use crate::env_vars::*;
use crate::output::{ColorChoice, OutputFormat};

/// Global options whose value was typed on the command line (not taken from the environment).
#[derive(Debug, Default, Clone)]
pub struct Typed {
    pub ids: Vec<String>,
}

impl Typed {
    pub fn from_matches(matches: &clap::ArgMatches) -> Typed {
        let mut m = matches;
        while let Some((_, sub)) = m.subcommand() {
            m = sub;
        }
        let ids = m
            .ids()
            .filter(|id| {
                m.value_source(id.as_str()) == Some(clap::parser::ValueSource::CommandLine)
            })
            .map(|id| id.as_str().to_owned())
            .collect();
        Typed { ids }
    }

    pub fn has(&self, id: &str) -> bool {
        self.ids.iter().any(|i| i == id)
    }
}

/// The end of `pwreset --help`: where to start, then the exit codes.
const TOP_HELP: &str = concat!(
    "New here? `pwreset demo` runs the whole flow against a built-in local service.\n\n",
    "Examples:\n",
    "  pwreset reset --url https://id.example.com --user you@example.com\n",
    "  pwreset reset -p work                # with a profile from the config file\n",
    "  pwreset unlock -p work\n\n",
    crate::exit_codes_help!()
);

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
    after_help = TOP_HELP,
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
    /// AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)
    Cognito,
    /// Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)
    Firebase,
}

impl ProviderKind {
    /// The name used by `--provider`, `PWRESET_PROVIDER` and a profile's `provider`.
    pub fn name(self) -> &'static str {
        match self {
            ProviderKind::Pwreset => "pwreset",
            ProviderKind::Cognito => "cognito",
            ProviderKind::Firebase => "firebase",
        }
    }

    /// Every provider's name, in the order `--help` lists them.
    pub fn names() -> Vec<&'static str> {
        Self::value_variants().iter().map(|p| p.name()).collect()
    }
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
    #[arg(long, global = true, env = PWRESET_URL, value_name = "URL", value_hint = ValueHint::Url)]
    pub url: Option<String>,

    /// Your user id at the service (asked for when missing)
    #[arg(short = 'u', long, global = true, env = PWRESET_USER, value_name = "ID")]
    pub user: Option<String>,

    /// Output format: human text on stderr, or one JSON object on stdout
    #[arg(long, global = true, env = PWRESET_OUTPUT, value_enum, default_value = "human")]
    pub output: OutputFormat,

    /// Never prompt; fail naming the missing flag instead (implied by CI=true or no terminal)
    #[arg(long, global = true, env = PWRESET_NO_INPUT, value_parser = BoolishValueParser::new())]
    pub no_input: bool,

    /// When to use colour (NO_COLOR is honoured with auto)
    #[arg(long, global = true, env = PWRESET_COLOR, value_enum, default_value = "auto")]
    pub color: ColorChoice,

    /// Plain output for screen readers and simple terminals: no symbols, no animation, no
    /// colour, times of day for expiries (on by itself with TERM=dumb)
    #[arg(long, global = true, env = PWRESET_PLAIN, value_parser = BoolishValueParser::new())]
    pub plain: bool,

    /// Print only errors
    #[arg(short, long, global = true, env = PWRESET_QUIET, conflicts_with = "verbose", value_parser = BoolishValueParser::new())]
    pub quiet: bool,

    /// Print each request made (never its secrets)
    #[arg(short, long, global = true, env = PWRESET_VERBOSE, value_parser = BoolishValueParser::new())]
    pub verbose: bool,

    /// Time limit for each request to the service, answer included, e.g. 30s or 2m
    #[arg(long, global = true, env = PWRESET_TIMEOUT, value_parser = parse_duration, value_name = "DURATION")]
    pub timeout: Option<Duration>,

    /// Cognito: the user pool's AWS region (else AWS_REGION / AWS_DEFAULT_REGION)
    #[arg(long, global = true, env = PWRESET_REGION, value_name = "REGION", help_heading = "Provider settings")]
    pub region: Option<String>,

    /// Cognito: the app client id
    #[arg(long, global = true, env = PWRESET_CLIENT_ID, value_name = "ID", help_heading = "Provider settings")]
    pub client_id: Option<String>,

    /// Cognito: the NAME of an environment variable holding the app client secret
    #[arg(long, global = true, env = PWRESET_CLIENT_SECRET_ENV, value_name = "VAR", help_heading = "Provider settings")]
    pub client_secret_env: Option<String>,

    /// Firebase: the project's Web API key (public configuration, not a secret)
    #[arg(long, global = true, env = PWRESET_API_KEY, value_name = "KEY", help_heading = "Provider settings")]
    pub api_key: Option<String>,

    /// Firebase / Identity Platform: the tenant id
    #[arg(long, global = true, env = PWRESET_TENANT_ID, value_name = "TENANT", help_heading = "Provider settings")]
    pub tenant_id: Option<String>,

    /// Cognito or Firebase: the API endpoint (Cognito: else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL; Firebase: else FIREBASE_AUTH_EMULATOR_HOST)
    #[arg(long, global = true, env = PWRESET_ENDPOINT_URL, value_name = "URL", value_hint = ValueHint::Url, help_heading = "Provider settings")]
    pub endpoint_url: Option<String>,

    /// Language of messages and help: en, it, zh-CN (else LC_ALL, LC_MESSAGES, LANG; English
    /// when none is spoken)
    #[arg(long, global = true, env = PWRESET_LANG, value_name = "LANG")]
    pub lang: Option<String>,

    /// Trust this PEM CA certificate (bundle) in addition to the system's
    #[arg(long, global = true, env = PWRESET_CA_CERT, value_name = "FILE", value_hint = ValueHint::FilePath)]
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
    #[command(after_help = "Examples:\n  \
        pwreset reset --url https://id.example.com --user you@example.com\n  \
        pwreset reset -p work --method totp\n  \
        TOTP=... pwreset reset -p ci --totp-secret-env TOTP --generate --save-to-keyring --output json")]
    Reset(ResetArgs),
    /// Verify your identity and unlock your account, keeping your current password
    ///
    /// Where the service has a self-service unlock (the pwreset protocol). Cognito and
    /// Firebase have none: pwreset says so, and `pwreset reset` sets a new password instead.
    #[command(after_help = "Examples:\n  \
        pwreset unlock --url https://id.example.com --user you@example.com\n  \
        pwreset unlock -p work")]
    Unlock(UnlockArgs),
    /// List your verification methods, masked, as the service reports them
    ///
    /// Cognito and Firebase name the destination only when they send a code, so for them
    /// pwreset says so instead of sending one.
    #[command(after_help = "Examples:\n  \
        pwreset methods --url https://id.example.com --user you@example.com\n  \
        pwreset methods -p work --output json")]
    Methods,
    /// Show the password rules the service enforces
    #[command(after_help = "Examples:\n  \
        pwreset policy --url https://id.example.com\n  \
        pwreset policy -p work --output json")]
    Policy,
    /// The whole reset flow against a built-in local service, in one command
    #[command(after_help = "Examples:\n  \
        pwreset demo\n  \
        pwreset demo --unlock\n  \
        pwreset demo --tls                  # over HTTPS, with a CA made for the demo")]
    Demo(DemoArgs),
    /// Run a local reference reset service (in memory) for trying and testing
    #[cfg(feature = "dev-server")]
    #[command(after_help = "Examples:\n  \
        pwreset dev-server --addr 127.0.0.1:8787\n  \
        pwreset dev-server --tls --ca-out dev-ca.pem   # then: pwreset reset --url https://127.0.0.1:8787 --ca-cert dev-ca.pem\n  \
        url=$(pwreset dev-server --addr 127.0.0.1:0 --users users.json | head -1)")]
    DevServer(DevServerArgs),
    /// Print a shell completion script
    #[command(after_help = "Examples:\n  \
        pwreset completions bash > ~/.local/share/bash-completion/completions/pwreset\n  \
        pwreset completions zsh > ~/.zfunc/_pwreset")]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff)
    #[command(after_help = "Examples:\n  \
        pwreset man | man -l -\n  \
        pwreset man > ~/.local/share/man/man1/pwreset.1")]
    Man,
    /// Manage profiles in the config file
    #[command(
        subcommand,
        after_help = "Examples:\n  \
        pwreset profile add work --url https://id.example.com --user you@example.com --method totp\n  \
        pwreset profile show work\n  \
        pwreset profile list\n\n\
        A profile holds provider, url, user, methods, timeout, ca_cert, region, client_id,\n\
        client_secret_env, endpoint_url, api_key, tenant_id and [policy] min_length, max_length,\n\
        min_character_classes; never a secret."
    )]
    Profile(ProfileCommand),
    /// Settle a generated password kept as pending when the answer to its submission was lost
    #[command(
        subcommand,
        after_help = "Examples:\n  \
        pwreset pending list -p work --password-out svc.pw\n  \
        pwreset pending confirm -p work      # signing in with it worked\n  \
        pwreset pending discard -p work      # it did not"
    )]
    Pending(PendingCommand),
}

#[derive(Debug, Subcommand)]
pub enum PendingCommand {
    /// Show where a pending password waits (the OS keyring, and FILE.pending with --password-out)
    List(PendingArgs),
    /// The pending password is the one in use (you signed in with it): keep it as confirmed
    Confirm(PendingArgs),
    /// The pending password was not set (signing in with it fails): forget it
    Discard(PendingArgs),
}

#[derive(Debug, Args)]
pub struct PendingArgs {
    /// The --password-out FILE of the interrupted run: its FILE.pending is looked at too
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub password_out: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List the profiles (the default one is marked)
    List,
    /// Show one profile's settings (the default profile without NAME)
    Show { name: Option<String> },
    /// Add a profile (no secret is ever written to the config file)
    Add(ProfileAddArgs),
    /// Remove a profile
    Remove { name: String },
}

/// `pwreset profile add work --url URL --user ID [--provider P] [--method KIND]...`: the global
/// `--provider`, `--url`, `--user`, `--timeout` and `--ca-cert` typed on this command line
/// (never their environment variables) become the profile's settings.
#[derive(Debug, Args)]
pub struct ProfileAddArgs {
    pub name: String,
    /// Preferred verification method per gate, in order
    #[arg(long = "method", value_name = "KIND|ID")]
    pub methods: Vec<String>,
    /// Make it the default profile
    #[arg(long)]
    pub default: bool,
    /// Replace a profile of the same name
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args, Clone)]
pub struct ResetArgs {
    #[command(flatten)]
    pub verify: VerifyArgs,
    #[command(flatten)]
    pub password: PasswordArgs,
}

#[derive(Debug, Args, Clone)]
pub struct UnlockArgs {
    #[command(flatten)]
    pub verify: VerifyArgs,
}

/// How each verification gate is passed without prompts, and how an interrupted flow resumes.
#[derive(Debug, Args, Default, Clone)]
#[command(next_help_heading = "Verification without prompts")]
pub struct VerifyArgs {
    /// Verification method for each gate, in order: a kind (email, sms, voice, totp, questions) or a method id
    #[arg(long = "method", env = PWRESET_METHOD, value_delimiter = ',', value_name = "KIND|ID")]
    pub methods: Vec<String>,

    /// Read the code(s) from stdin, one line per gate (before the password, if that is on stdin too)
    #[arg(long, group = "code_source")]
    pub code_stdin: bool,

    /// Read the code(s) from a file, one line per gate
    #[arg(long, env = PWRESET_CODE_FILE, group = "code_source", value_name = "PATH", value_hint = ValueHint::FilePath)]
    pub code_file: Option<PathBuf>,

    /// Run a command for each code (no shell); its stdout is the code. It sees PWRESET_GATE, PWRESET_METHOD_KIND, PWRESET_METHOD_HINT
    #[arg(long, env = PWRESET_CODE_COMMAND, group = "code_source", value_name = "CMD", value_hint = ValueHint::CommandString)]
    pub code_command: Option<String>,

    /// How long --code-command may run
    #[arg(long, env = PWRESET_CODE_COMMAND_TIMEOUT, value_parser = parse_duration, default_value = "60s", value_name = "DURATION")]
    pub code_command_timeout: Duration,

    /// Compute authenticator (TOTP) codes from the base32 secret in this environment variable
    #[arg(long, env = PWRESET_TOTP_SECRET_ENV, value_name = "VAR")]
    pub totp_secret_env: Option<String>,

    /// Continue an interrupted flow (kept in the OS keyring, or in --insecure-flow-file)
    #[arg(long)]
    pub resume: bool,

    /// Keep the flow for --resume in this plain file (0600) instead of the OS keyring
    #[arg(long, env = PWRESET_INSECURE_FLOW_FILE, value_name = "PATH", value_hint = ValueHint::FilePath)]
    pub insecure_flow_file: Option<PathBuf>,
}

/// Where the new password comes from without prompts, and where a generated one is kept.
#[derive(Debug, Args, Default, Clone)]
#[command(next_help_heading = "New password without prompts")]
pub struct PasswordArgs {
    /// Read the new password from stdin (one line, after any codes)
    #[arg(long, group = "password_source")]
    pub password_stdin: bool,

    /// Read the new password from a file readable only by you
    #[arg(long, env = PWRESET_PASSWORD_FILE, group = "password_source", value_name = "PATH", value_hint = ValueHint::FilePath)]
    pub password_file: Option<PathBuf>,

    /// Generate a random password that meets the service's policy (needs --save-to-keyring or --password-out)
    #[arg(long, group = "password_source", num_args = 0..=1, default_missing_value = "24", require_equals = true, value_name = "LENGTH")]
    pub generate: Option<usize>,

    /// Keep the generated password in the OS keyring (service pwreset:<host>, account <user>)
    #[arg(long, env = PWRESET_SAVE_TO_KEYRING, value_parser = BoolishValueParser::new())]
    pub save_to_keyring: bool,

    /// Write the generated password to FILE (created 0600; named FILE.pending until the service accepts it)
    #[arg(long, env = PWRESET_PASSWORD_OUT, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub password_out: Option<PathBuf>,

    /// Let --password-out replace an existing FILE, and a generated password replace the pending one an interrupted run left
    #[arg(long)]
    pub force_overwrite: bool,

    /// Refuse a new password found in known data breaches (Pwned Passwords, by k-anonymity:
    /// only the first 5 characters of its SHA-1 hash leave this machine)
    #[arg(long, env = PWRESET_CHECK_BREACHED, value_parser = BoolishValueParser::new())]
    pub check_breached: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Run the unlock flow instead of the reset flow
    #[arg(long)]
    pub unlock: bool,

    /// Run the built-in service over HTTPS, with a certificate authority made for this demo
    #[arg(long)]
    pub tls: bool,
}

#[cfg(feature = "dev-server")]
#[derive(Debug, Args)]
pub struct DevServerArgs {
    /// Address to listen on (loopback only; port 0 picks a free port)
    #[arg(long, env = PWRESET_DEV_ADDR, default_value = "127.0.0.1:8787", value_name = "IP:PORT")]
    pub addr: std::net::SocketAddr,

    /// Accounts as JSON (see docs/dev-server.md); the demo accounts when absent
    #[arg(long, env = PWRESET_DEV_USERS, value_name = "FILE", value_hint = ValueHint::FilePath)]
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

    /// Where people get help when self-service cannot go on, sent with flows and problems
    /// (empty: none)
    #[arg(long, value_name = "TEXT", default_value = crate::server::store::DEFAULT_SUPPORT)]
    pub support: String,

    /// Recovery flows held at once (memory stays bounded); more starts get 503 and Retry-After
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    pub max_flows: usize,

    /// Serve HTTPS with a certificate authority made at start (its CA certificate is written
    /// to a file, for --ca-cert)
    #[arg(long)]
    pub tls: bool,

    /// Where --tls writes the CA certificate (default: pwreset-dev-ca-PORT.pem in the runtime
    /// or cache directory)
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath, requires = "tls")]
    pub ca_out: Option<PathBuf>,

    /// Do not log requests to stderr
    #[arg(long)]
    pub no_log: bool,
}

/// Options about the service and the account, which subcommands that never contact a service
/// accept (they are global) but do not list in their help.
const SERVICE_OPTIONS: &[&str] = &[
    "profile",
    "provider",
    "url",
    "user",
    "timeout",
    "region",
    "client_id",
    "client_secret_env",
    "api_key",
    "tenant_id",
    "endpoint_url",
    "ca_cert",
];

/// Subcommands that never contact a service, by path.
const WITHOUT_A_SERVICE: &[&[&str]] = &[
    &["completions"],
    &["man"],
    &["dev-server"],
    &["demo"],
    &["profile", "list"],
    &["profile", "show"],
    &["profile", "remove"],
];

/// Hides the service options in `cmd` (at `path`) and in its subcommands where they mean
/// nothing.
fn hide_service_options(cmd: clap::Command, path: &[String]) -> clap::Command {
    let here = WITHOUT_A_SERVICE
        .iter()
        .any(|p| p.iter().copied().eq(path.iter().map(String::as_str)));
    let cmd = if here {
        cmd.mut_args(|a| {
            let service = SERVICE_OPTIONS.contains(&a.get_id().as_str());
            if service {
                a.hide(true)
            } else {
                a
            }
        })
    } else {
        cmd
    };
    // `mut_subcommand` moves a subcommand to the end: passing every one through, in order,
    // keeps the order of help and completions.
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    names.iter().fold(cmd, |cmd, name| {
        let sub_path: Vec<String> = path.iter().chain([name]).cloned().collect();
        cmd.mut_subcommand(name, |sub| hide_service_options(sub, &sub_path))
    })
}

/// The full command line model, with service options hidden where they mean nothing.
pub fn command() -> clap::Command {
    let mut cmd = <Cli as clap::CommandFactory>::command();
    // Global options reach the subcommands only when the command is built.
    cmd.build();
    hide_service_options(cmd, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provider_names_are_the_ones_clap_parses() {
        for kind in ProviderKind::value_variants() {
            assert_eq!(ProviderKind::from_str(kind.name(), false), Ok(*kind));
        }
        assert_eq!(
            ProviderKind::names().len(),
            ProviderKind::value_variants().len()
        );
    }
}
