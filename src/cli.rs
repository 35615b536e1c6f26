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

#[derive(Debug, Parser)]
#[command(name = "pwreset", version, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProviderKind {
    /// Found out from the URL (read-only requests, remembered per service) or the settings given
    Auto,
    /// The open pwreset protocol v1 (`pwreset dev-server` speaks it)
    Pwreset,
    /// AWS Cognito user pools (ForgotPassword + ConfirmForgotPassword)
    Cognito,
    /// Firebase Authentication / Google Identity Platform (sendOobCode + resetPassword)
    Firebase,
    /// Microsoft Entra External ID: native authentication's password reset (v1.0)
    Entra,
    /// PocketBase: request-password-reset + confirm-password-reset on an auth collection
    Pocketbase,
    /// django-allauth's headless API for apps (password reset by code or by link)
    Allauth,
    /// Better Auth: the email-OTP plugin's reset, or the core reset by link
    BetterAuth,
    /// Supabase Auth (GoTrue): recover, the emailed code or link verified, then the new password
    Supabase,
    /// Ory Kratos: the native recovery flow by code, then the settings flow for the password
    Kratos,
    /// Okta's Classic authentication API: recovery by SMS, voice call or email, and self-service unlock
    Okta,
}

impl ProviderKind {
    /// The name used by `--provider`, `PWRESET_PROVIDER` and a profile's `provider`.
    pub fn name(self) -> &'static str {
        match self {
            ProviderKind::Auto => "auto",
            ProviderKind::Pwreset => "pwreset",
            ProviderKind::Cognito => "cognito",
            ProviderKind::Firebase => "firebase",
            ProviderKind::Entra => "entra",
            ProviderKind::Pocketbase => "pocketbase",
            ProviderKind::Allauth => "allauth",
            ProviderKind::BetterAuth => "better-auth",
            ProviderKind::Supabase => "supabase",
            ProviderKind::Kratos => "kratos",
            ProviderKind::Okta => "okta",
        }
    }

    /// Whether the service is found at `--url` (else the provider knows its vendor's endpoint).
    pub fn takes_url(self) -> bool {
        matches!(
            self,
            ProviderKind::Auto
                | ProviderKind::Pwreset
                | ProviderKind::Pocketbase
                | ProviderKind::Allauth
                | ProviderKind::BetterAuth
                | ProviderKind::Supabase
                | ProviderKind::Kratos
                | ProviderKind::Okta
        )
    }

    /// The provider called `name`, if there is one.
    pub fn from_name(name: &str) -> Option<ProviderKind> {
        Self::value_variants()
            .iter()
            .copied()
            .find(|k| k.name() == name)
    }

    /// Every provider's name, in the order `--help` lists them.
    pub fn names() -> Vec<&'static str> {
        Self::value_variants().iter().map(|p| p.name()).collect()
    }
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    #[arg(short = 'p', long, global = true, env = PWRESET_PROFILE, value_name = "NAME")]
    pub profile: Option<String>,

    #[arg(long, global = true, env = PWRESET_PROVIDER, value_enum)]
    pub provider: Option<ProviderKind>,

    #[arg(long, global = true, env = PWRESET_URL, value_name = "URL", value_hint = ValueHint::Url)]
    pub url: Option<String>,

    #[arg(short = 'u', long, global = true, env = PWRESET_USER, value_name = "ID")]
    pub user: Option<String>,

    #[arg(long, global = true, env = PWRESET_OUTPUT, value_enum, default_value = "human")]
    pub output: OutputFormat,

    #[arg(long, global = true, env = PWRESET_NO_INPUT, value_parser = BoolishValueParser::new())]
    pub no_input: bool,

    #[arg(long, global = true, env = PWRESET_COLOR, value_enum, default_value = "auto")]
    pub color: ColorChoice,

    #[arg(long, global = true, env = PWRESET_PLAIN, value_parser = BoolishValueParser::new())]
    pub plain: bool,

    #[arg(short, long, global = true, env = PWRESET_QUIET, conflicts_with = "verbose", value_parser = BoolishValueParser::new())]
    pub quiet: bool,

    #[arg(short, long, global = true, env = PWRESET_VERBOSE, value_parser = BoolishValueParser::new())]
    pub verbose: bool,

    #[arg(long, global = true, env = PWRESET_TIMEOUT, value_parser = parse_duration, value_name = "DURATION")]
    pub timeout: Option<Duration>,

    #[arg(long, global = true, env = PWRESET_REGION, value_name = "REGION", help_heading = "Provider settings")]
    pub region: Option<String>,

    #[arg(long, global = true, env = PWRESET_CLIENT_ID, value_name = "ID", help_heading = "Provider settings")]
    pub client_id: Option<String>,

    #[arg(long, global = true, env = PWRESET_CLIENT_SECRET_ENV, value_name = "VAR", help_heading = "Provider settings")]
    pub client_secret_env: Option<String>,

    #[arg(long, global = true, env = PWRESET_API_KEY, value_name = "KEY", help_heading = "Provider settings")]
    pub api_key: Option<String>,

    #[arg(long, global = true, env = PWRESET_TENANT_ID, value_name = "TENANT", help_heading = "Provider settings")]
    pub tenant_id: Option<String>,

    #[arg(long, global = true, env = PWRESET_COLLECTION, value_name = "NAME", help_heading = "Provider settings")]
    pub collection: Option<String>,

    #[arg(long, global = true, env = PWRESET_TENANT, value_name = "TENANT", help_heading = "Provider settings")]
    pub tenant: Option<String>,

    #[arg(long, global = true, env = PWRESET_AUTHORITY_URL, value_name = "URL", value_hint = ValueHint::Url, help_heading = "Provider settings")]
    pub authority_url: Option<String>,

    #[arg(long, global = true, env = PWRESET_ENTRA_CLOUD, value_enum, help_heading = "Provider settings")]
    pub cloud: Option<crate::provider::entra::workforce::Cloud>,

    #[arg(long, global = true, env = PWRESET_ENTRA_LOGIN_URL, value_name = "URL", value_hint = ValueHint::Url, help_heading = "Provider settings")]
    pub login_url: Option<String>,

    #[arg(long, global = true, env = PWRESET_NO_BROWSER, value_parser = BoolishValueParser::new())]
    pub no_browser: bool,

    #[arg(long, global = true, env = PWRESET_ENDPOINT_URL, value_name = "URL", value_hint = ValueHint::Url, help_heading = "Provider settings")]
    pub endpoint_url: Option<String>,

    #[arg(long, global = true, env = PWRESET_LANG, value_name = "LANG")]
    pub lang: Option<String>,

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
    Reset(ResetArgs),
    Unlock(UnlockArgs),
    Methods,
    Policy,
    Detect,
    Demo(DemoArgs),
    /// Run a local reference reset service (in memory) for trying and testing
    #[cfg(feature = "dev-server")]
    DevServer(DevServerArgs),
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    Man,
    #[command(subcommand)]
    Profile(ProfileCommand),
    #[command(subcommand)]
    Pending(PendingCommand),
}

#[derive(Debug, Subcommand)]
pub enum PendingCommand {
    List(PendingArgs),
    Confirm(PendingArgs),
    Discard(PendingArgs),
}

#[derive(Debug, Args)]
pub struct PendingArgs {
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub password_out: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    List,
    Show { name: Option<String> },
    Add(ProfileAddArgs),
    Remove { name: String },
}

/// `pwreset profile add work --url URL --user ID [--provider P] [--method KIND]...`: the global
/// `--provider`, `--url`, `--user`, `--timeout` and `--ca-cert` typed on this command line
/// (never their environment variables) become the profile's settings.
#[derive(Debug, Args)]
pub struct ProfileAddArgs {
    pub name: String,
    #[arg(long = "method", value_name = "KIND|ID")]
    pub methods: Vec<String>,
    #[arg(long)]
    pub default: bool,
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
    #[arg(long = "method", env = PWRESET_METHOD, value_delimiter = ',', value_name = "KIND|ID")]
    pub methods: Vec<String>,

    #[arg(long, group = "code_source")]
    pub code_stdin: bool,

    #[arg(long, env = PWRESET_CODE_FILE, group = "code_source", value_name = "PATH", value_hint = ValueHint::FilePath)]
    pub code_file: Option<PathBuf>,

    #[arg(long, env = PWRESET_CODE_COMMAND, group = "code_source", value_name = "CMD", value_hint = ValueHint::CommandString)]
    pub code_command: Option<String>,

    #[arg(long, env = PWRESET_CODE_COMMAND_TIMEOUT, value_parser = parse_duration, default_value = "60s", value_name = "DURATION")]
    pub code_command_timeout: Duration,

    #[arg(long, env = PWRESET_TOTP_SECRET_ENV, value_name = "VAR")]
    pub totp_secret_env: Option<String>,

    #[arg(long)]
    pub resume: bool,

    #[arg(long, env = PWRESET_INSECURE_FLOW_FILE, value_name = "PATH", value_hint = ValueHint::FilePath)]
    pub insecure_flow_file: Option<PathBuf>,
}

/// Where the new password comes from without prompts, and where a generated one is kept.
#[derive(Debug, Args, Default, Clone)]
#[command(next_help_heading = "New password without prompts")]
pub struct PasswordArgs {
    #[arg(long, group = "password_source")]
    pub password_stdin: bool,

    #[arg(long, env = PWRESET_PASSWORD_FILE, group = "password_source", value_name = "PATH", value_hint = ValueHint::FilePath)]
    pub password_file: Option<PathBuf>,

    #[arg(long, group = "password_source", num_args = 0..=1, default_missing_value = "24", require_equals = true, value_name = "LENGTH")]
    pub generate: Option<usize>,

    #[arg(long, env = PWRESET_SAVE_TO_KEYRING, value_parser = BoolishValueParser::new())]
    pub save_to_keyring: bool,

    #[arg(long, env = PWRESET_PASSWORD_OUT, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub password_out: Option<PathBuf>,

    #[arg(long)]
    pub force_overwrite: bool,

    #[arg(long, env = PWRESET_CHECK_BREACHED, value_parser = BoolishValueParser::new())]
    pub check_breached: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[arg(long)]
    pub unlock: bool,

    #[arg(long)]
    pub tls: bool,
}

#[cfg(feature = "dev-server")]
#[derive(Debug, Args)]
pub struct DevServerArgs {
    #[arg(long, env = PWRESET_DEV_ADDR, default_value = "127.0.0.1:8787", value_name = "IP:PORT")]
    pub addr: std::net::SocketAddr,

    #[arg(long, env = PWRESET_DEV_USERS, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub users: Option<PathBuf>,

    #[arg(long, value_parser = parse_duration, default_value = "10m", value_name = "DURATION")]
    pub code_ttl: Duration,

    #[arg(long, value_parser = parse_duration, default_value = "15m", value_name = "DURATION")]
    pub flow_ttl: Duration,

    #[arg(long, default_value_t = 3, value_name = "N")]
    pub max_attempts: u32,

    #[arg(long, value_parser = parse_duration, default_value = "30s", value_name = "DURATION")]
    pub resend_after: Duration,

    #[arg(long, default_value_t = 10, value_name = "N")]
    pub flows_per_user: u32,

    #[arg(long, value_parser = parse_duration, default_value = "15m", value_name = "DURATION")]
    pub rate_window: Duration,

    #[arg(long, default_value_t = 300, value_name = "N")]
    pub requests_per_client: u32,

    #[arg(long, default_value_t = 12, value_name = "N")]
    pub min_length: usize,

    #[arg(long, value_name = "TEXT", default_value = crate::server::store::DEFAULT_SUPPORT)]
    pub support: String,

    #[arg(long, default_value_t = 100_000, value_name = "N")]
    pub max_flows: usize,

    #[arg(long)]
    pub tls: bool,

    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath, requires = "tls")]
    pub ca_out: Option<PathBuf>,

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
    "collection",
    "tenant",
    "authority_url",
    "cloud",
    "login_url",
    "no_browser",
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

/// Hides the service options in `cmd` (at `path`) where they mean nothing; the subcommands are
/// `help_text::localize`'s to walk, which calls this at each level.
pub(crate) fn hide_service_options(cmd: clap::Command, path: &[String]) -> clap::Command {
    let here = WITHOUT_A_SERVICE
        .iter()
        .any(|p| p.iter().copied().eq(path.iter().map(String::as_str)));
    if !here {
        return cmd;
    }
    cmd.mut_args(|a| {
        if SERVICE_OPTIONS.contains(&a.get_id().as_str()) {
            a.hide(true)
        } else {
            a
        }
    })
}

/// The command line model for parsing. It carries no help texts: those cost a catalog and a
/// walk over every option, and only `command_for_display` needs them.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// The whole model as people read it (the man page, completion scripts): in the run's
/// language, with service options hidden where they mean nothing. `--help` and argument
/// errors use `help_text::display_model`, which does only what the command shown needs.
pub fn command_for_display() -> clap::Command {
    let mut cmd = command();
    // Global options reach the subcommands only when the command is built.
    cmd.build();
    crate::help_text::localize(cmd, None)
}

/// The model in English, whatever the run's language: completion scripts stay as they are.
pub fn command_in_english() -> clap::Command {
    crate::i18n::set_for_thread(Some(crate::i18n::Lang::EN));
    let cmd = command_for_display();
    crate::i18n::set_for_thread(None);
    cmd
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
