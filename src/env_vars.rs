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
pub const PWRESET_PLAIN: &str = "PWRESET_PLAIN";
pub const PWRESET_VERBOSE: &str = "PWRESET_VERBOSE";
pub const PWRESET_TIMEOUT: &str = "PWRESET_TIMEOUT";
pub const PWRESET_CA_CERT: &str = "PWRESET_CA_CERT";
pub const PWRESET_KEYRING: &str = "PWRESET_KEYRING";
pub const PWRESET_REGION: &str = "PWRESET_REGION";
pub const PWRESET_CLIENT_ID: &str = "PWRESET_CLIENT_ID";
pub const PWRESET_CLIENT_SECRET_ENV: &str = "PWRESET_CLIENT_SECRET_ENV";
pub const PWRESET_ENDPOINT_URL: &str = "PWRESET_ENDPOINT_URL";
pub const PWRESET_TENANT: &str = "PWRESET_TENANT";
pub const PWRESET_COLLECTION: &str = "PWRESET_COLLECTION";
pub const PWRESET_AUTHORITY_URL: &str = "PWRESET_AUTHORITY_URL";
pub const PWRESET_ENTRA_CLOUD: &str = "PWRESET_ENTRA_CLOUD";
pub const PWRESET_ENTRA_LOGIN_URL: &str = "PWRESET_ENTRA_LOGIN_URL";
pub const PWRESET_NO_BROWSER: &str = "PWRESET_NO_BROWSER";
pub const PWRESET_API_KEY: &str = "PWRESET_API_KEY";
pub const PWRESET_TENANT_ID: &str = "PWRESET_TENANT_ID";
pub const PWRESET_METHOD: &str = "PWRESET_METHOD";
pub const PWRESET_CODE_FILE: &str = "PWRESET_CODE_FILE";
pub const PWRESET_CODE_COMMAND: &str = "PWRESET_CODE_COMMAND";
pub const PWRESET_CODE_COMMAND_TIMEOUT: &str = "PWRESET_CODE_COMMAND_TIMEOUT";
pub const PWRESET_TOTP_SECRET_ENV: &str = "PWRESET_TOTP_SECRET_ENV";
pub const PWRESET_PASSWORD_FILE: &str = "PWRESET_PASSWORD_FILE";
pub const PWRESET_SAVE_TO_KEYRING: &str = "PWRESET_SAVE_TO_KEYRING";
pub const PWRESET_PASSWORD_OUT: &str = "PWRESET_PASSWORD_OUT";
pub const PWRESET_INSECURE_FLOW_FILE: &str = "PWRESET_INSECURE_FLOW_FILE";
pub const PWRESET_CHECK_BREACHED: &str = "PWRESET_CHECK_BREACHED";
/// The language of messages (`--lang`); else LC_ALL, LC_MESSAGES, LANG.
pub const PWRESET_LANG: &str = "PWRESET_LANG";
/// The Pwned Passwords range endpoint, for mirrors and tests.
pub const PWRESET_BREACH_API_URL: &str = "PWRESET_BREACH_API_URL";

/// Set by pwreset for `--code-command`, so the command knows which code to fetch.
pub const PWRESET_GATE: &str = "PWRESET_GATE";
pub const PWRESET_METHOD_KIND: &str = "PWRESET_METHOD_KIND";
pub const PWRESET_METHOD_HINT: &str = "PWRESET_METHOD_HINT";
pub const PWRESET_DEV_ADDR: &str = "PWRESET_DEV_ADDR";
pub const PWRESET_DEV_USERS: &str = "PWRESET_DEV_USERS";

/// Conventions of other tools that pwreset honours.
pub const NO_COLOR: &str = "NO_COLOR";
/// AWS conventions, read by the cognito provider only (never AWS credentials).
pub const AWS_REGION: &str = "AWS_REGION";
pub const AWS_DEFAULT_REGION: &str = "AWS_DEFAULT_REGION";
pub const AWS_ENDPOINT_URL_COGNITO: &str = "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER";
pub const AWS_ENDPOINT_URL: &str = "AWS_ENDPOINT_URL";
/// The Firebase SDKs' convention for the Auth Emulator (`host:port`, plain HTTP).
pub const FIREBASE_AUTH_EMULATOR_HOST: &str = "FIREBASE_AUTH_EMULATOR_HOST";
pub const CI: &str = "CI";

/// The prefix that marks a variable as ours; the guard refuses the forbidden ones.
pub const PREFIX: &str = "PWRESET_";

/// All variables pwreset reads, for the documentation test and `--help`.
pub const ALL: &[&str] = &[
    PWRESET_CONFIG,
    PWRESET_LANG,
    PWRESET_PROFILE,
    PWRESET_PROVIDER,
    PWRESET_URL,
    PWRESET_USER,
    PWRESET_OUTPUT,
    PWRESET_NO_INPUT,
    PWRESET_COLOR,
    PWRESET_QUIET,
    PWRESET_PLAIN,
    PWRESET_VERBOSE,
    PWRESET_TIMEOUT,
    PWRESET_CA_CERT,
    PWRESET_KEYRING,
    PWRESET_REGION,
    PWRESET_CLIENT_ID,
    PWRESET_CLIENT_SECRET_ENV,
    PWRESET_ENDPOINT_URL,
    PWRESET_TENANT,
    PWRESET_COLLECTION,
    PWRESET_AUTHORITY_URL,
    PWRESET_ENTRA_CLOUD,
    PWRESET_ENTRA_LOGIN_URL,
    PWRESET_NO_BROWSER,
    PWRESET_API_KEY,
    PWRESET_TENANT_ID,
    PWRESET_METHOD,
    PWRESET_CODE_FILE,
    PWRESET_CODE_COMMAND,
    PWRESET_CODE_COMMAND_TIMEOUT,
    PWRESET_TOTP_SECRET_ENV,
    PWRESET_PASSWORD_FILE,
    PWRESET_SAVE_TO_KEYRING,
    PWRESET_PASSWORD_OUT,
    PWRESET_INSECURE_FLOW_FILE,
    PWRESET_CHECK_BREACHED,
    PWRESET_BREACH_API_URL,
    PWRESET_DEV_ADDR,
    PWRESET_DEV_USERS,
];
