//! Settings: flags, then environment (both through clap), then the profile, then defaults —
//! checked and turned into typed values before any command runs.

use std::time::Duration;

use url::Url;

use clap::ValueEnum;

use crate::cli::{GlobalArgs, ProviderKind};
use crate::config;
use crate::env_vars;
use crate::error::{Failure, Result};
use crate::http::{self, Api, HttpSettings};
use crate::output::Shell;
use crate::provider::{pwreset::PwresetProvider, Provider};
use crate::ui::{self, Prompter};

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

pub struct Settings {
    pub shell: Shell,
    pub provider: ProviderKind,
    pub url: Option<String>,
    pub user: Option<String>,
    /// May pwreset prompt? (not with --no-input, CI, or without a terminal)
    pub interactive: bool,
    pub http: HttpSettings,
    /// The profile's preferred method per gate (used when no --method is given).
    pub methods: Vec<String>,
    /// The profile's local password rules (stricter only).
    pub policy_override: Option<config::PolicyOverride>,
    /// The profile asks for the breached-password check.
    pub check_breached: bool,
    pub cognito: CognitoSettings,
    pub firebase: FirebaseSettings,
    pub entra: EntraSettings,
    /// PocketBase: the auth collection.
    pub collection: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct FirebaseSettings {
    pub api_key: Option<String>,
    pub tenant_id: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct EntraSettings {
    pub tenant: Option<String>,
    pub authority_url: Option<String>,
    /// Workforce accounts: the cloud, else found out; where discovery asks (tests).
    pub cloud: Option<crate::provider::entra::workforce::Cloud>,
    pub login_url: Option<String>,
    pub no_browser: bool,
}

impl EntraSettings {
    /// No tenant and no authority (and, the caller checks, no client id): a workforce account,
    /// handed over to its cloud's portal.
    pub fn is_workforce(&self) -> bool {
        self.tenant.is_none() && self.authority_url.is_none()
    }
}

#[derive(Debug, Clone, Default)]
pub struct CognitoSettings {
    pub region: Option<String>,
    pub client_id: Option<String>,
    pub client_secret_env: Option<String>,
    pub endpoint_url: Option<String>,
}

/// The longest user id pwreset sends.
const MAX_USER_ID: usize = 256;

/// A user id as typed, trimmed; refused when it holds control or invisible format characters
/// (a newline would forge lines in pwreset's own output and in the service's logs), is empty,
/// or is absurdly long.
pub fn checked_user(raw: &str) -> Result<String> {
    let user = raw.trim();
    if user.is_empty() {
        return Err(Failure::usage(crate::t!("settings-user-id-empty")));
    }
    if user.chars().any(char::is_control) || crate::output::clean(user) != user {
        return Err(
            Failure::usage(crate::t!("settings-user-id-contains-control"))
                .with_hint(crate::t!("settings-type-user-id-as")),
        );
    }
    if user.chars().count() > MAX_USER_ID {
        return Err(Failure::usage(crate::t!(
            "settings-user-id-longer-than",
            v_max_user_id = MAX_USER_ID
        )));
    }
    Ok(user.to_owned())
}

fn env_nonempty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// `CI` counts when set to anything but empty, `0` or `false`.
pub fn ci_env() -> bool {
    std::env::var(env_vars::CI)
        .map(|v| !matches!(v.trim().to_lowercase().as_str(), "" | "0" | "false"))
        .unwrap_or(false)
}

impl Settings {
    pub fn resolve(global: &GlobalArgs, shell: Shell) -> Result<Settings> {
        let (config, config_path) = config::load()?;
        let profile_name = global.profile.clone().or(config.default_profile.clone());
        let profile = match &profile_name {
            Some(name) => Some(config.profiles.get(name).cloned().ok_or_else(|| {
                let known: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
                let place = config_path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| crate::t!("settings-config-file"));
                Failure::usage(crate::t!(
                    "settings-no-profile",
                    name = format!("{:?}", name),
                    place = place
                ))
                .with_hint(if known.is_empty() {
                    crate::t!("settings-no-profiles-are-defined").to_owned()
                } else {
                    crate::t!("settings-known-profiles", join = known.join(", "))
                })
            })?),
            None => None,
        }
        .unwrap_or_default();

        let provider = match (global.provider, profile.provider.as_deref()) {
            (Some(p), _) => p,
            // Found out below, from the settings or (later, when needed) the service.
            (None, None) => ProviderKind::Auto,
            (None, Some(name)) => ProviderKind::from_str(name, false).map_err(|_| {
                Failure::usage(crate::t!(
                    "settings-profile-names-provider-which",
                    name = format!("{:?}", name)
                ))
                .with_hint(crate::t!(
                    "settings-known-providers",
                    names = ProviderKind::names().join(", ")
                ))
            })?,
        };
        let timeout = match (global.timeout, profile.timeout.as_deref()) {
            (Some(t), _) => t,
            (None, Some(t)) => humantime::parse_duration(t).map_err(|e| {
                Failure::usage(crate::t!(
                    "settings-profile-s-timeout-not",
                    t = format!("{:?}", t),
                    e = e
                ))
            })?,
            (None, None) => DEFAULT_TIMEOUT,
        };
        let mut settings = Settings {
            shell,
            provider,
            url: global.url.clone().or(profile.url),
            user: global
                .user
                .clone()
                .or(profile.user)
                .map(|u| checked_user(&u))
                .transpose()?,
            interactive: ui::can_prompt(global.no_input, ci_env()),
            http: HttpSettings {
                timeout,
                ca_cert: global.ca_cert.clone().or(profile.ca_cert),
            },
            methods: profile.methods,
            policy_override: profile.policy,
            check_breached: profile.check_breached.unwrap_or(false),
            cognito: CognitoSettings {
                region: global.region.clone().or(profile.region),
                client_id: global.client_id.clone().or(profile.client_id),
                client_secret_env: global
                    .client_secret_env
                    .clone()
                    .or(profile.client_secret_env),
                endpoint_url: global.endpoint_url.clone().or(profile.endpoint_url),
            },
            firebase: FirebaseSettings {
                api_key: global.api_key.clone().or(profile.api_key),
                tenant_id: global.tenant_id.clone().or(profile.tenant_id),
            },
            entra: EntraSettings {
                tenant: global.tenant.clone().or(profile.tenant),
                authority_url: global.authority_url.clone().or(profile.authority_url),
                cloud: global.cloud,
                login_url: global.login_url.clone(),
                no_browser: global.no_browser,
            },
            collection: global.collection.clone().or(profile.collection),
        };
        if settings.provider == ProviderKind::Auto {
            settings.provider = match crate::detect::from_settings(&settings) {
                Some((kind, why)) => {
                    settings.shell.debug(&why);
                    kind
                }
                // Without a URL there is nothing to ask: protocol v1 says what is missing.
                None if settings.url.is_none() => ProviderKind::Pwreset,
                None => ProviderKind::Auto,
            };
        }
        Ok(settings)
    }

    /// What `--provider auto` makes of the service: remembered, or found out now.
    pub fn detected(&self) -> Result<crate::detect::Detected> {
        let found = crate::detect::detect(
            &self.service_url()?,
            &self.http,
            &self.shell,
            self.firebase.api_key.as_deref(),
        )?;
        for line in &found.evidence {
            self.shell.debug(line);
        }
        Ok(found)
    }

    /// The user id: given (flag, variable, profile), else asked at a terminal, else the usage
    /// error that names the flag. `before_asking` runs first when a question is needed.
    pub fn user_or_ask(&self, before_asking: impl FnOnce() -> Result<()>) -> Result<String> {
        match &self.user {
            Some(u) => Ok(u.clone()),
            None if self.interactive => {
                before_asking()?;
                checked_user(&ui::TtyPrompter.input(&crate::t!("prompt-user"), None)?)
            }
            None => Err(ui::no_input::missing(
                crate::t!("scripted-your-user-id"),
                crate::t!("settings-pass-user-id-set"),
            )),
        }
    }

    pub fn service_url(&self) -> Result<Url> {
        if !self.provider.takes_url() {
            // Only used for messages; these providers build their own endpoints.
            return http::service_url(
                self.cognito
                    .endpoint_url
                    .as_deref()
                    .unwrap_or("https://cognito-idp.amazonaws.com/"),
            );
        }
        let raw = self.url.as_deref().ok_or_else(|| {
            Failure::usage(crate::t!("settings-no-reset-service-given"))
                .with_hint(crate::t!("settings-pass-url-https-your"))
        })?;
        http::service_url(raw)
    }

    /// The provider for the resolved service; builds the HTTP client now, not before.
    pub fn provider(&self) -> Result<Box<dyn Provider>> {
        if !self.provider.takes_url() && self.url.is_some() {
            // Ignoring it would send the person's codes to an endpoint they did not choose.
            let name = self.provider.name();
            return Err(
                Failure::usage(crate::t!("settings-url-pwreset-url-profile", name = name))
                    .with_hint(crate::t!("settings-did-you-mean-endpoint")),
            );
        }
        let url = self.service_url()?;
        let kind = match self.provider {
            ProviderKind::Auto => self.detected()?.kind,
            kind => kind,
        };
        match kind {
            // Detection names a provider; this is only for completeness.
            ProviderKind::Auto => Err(Failure::usage(crate::t!(
                "detect-name-provider",
                names = ProviderKind::names().join(", ")
            ))),
            ProviderKind::Pwreset => {
                let api = Api::new(url, &self.http, &self.shell)?;
                Ok(Box::new(PwresetProvider::new(api)))
            }
            ProviderKind::Cognito => self.cognito_provider(),
            ProviderKind::Firebase => self.firebase_provider(),
            ProviderKind::Entra => self.entra_provider(),
            ProviderKind::Pocketbase => {
                let api = Api::new(url, &self.http, &self.shell)?;
                let collection = self.collection.clone().unwrap_or_else(|| "users".into());
                Ok(Box::new(
                    crate::provider::pocketbase::PocketBaseProvider::new(api, collection),
                ))
            }
            ProviderKind::Allauth => {
                let api = Api::new(url, &self.http, &self.shell)?;
                Ok(Box::new(crate::provider::allauth::AllauthProvider::new(
                    api,
                )))
            }
            ProviderKind::Okta => {
                let api = Api::new(url, &self.http, &self.shell)?;
                Ok(Box::new(crate::provider::okta::OktaProvider::new(api)))
            }
            ProviderKind::Kratos => {
                let api = Api::new(url, &self.http, &self.shell)?;
                Ok(Box::new(crate::provider::kratos::KratosProvider::new(api)))
            }
            ProviderKind::Supabase => {
                let api = Api::new(url, &self.http, &self.shell)?;
                Ok(Box::new(crate::provider::supabase::SupabaseProvider::new(
                    api,
                    self.firebase.api_key.clone(),
                )))
            }
            ProviderKind::BetterAuth => {
                let api = Api::new(url, &self.http, &self.shell)?;
                Ok(Box::new(
                    crate::provider::better_auth::BetterAuthProvider::new(api),
                ))
            }
        }
    }

    /// Entra External ID's authority: `--authority-url`, else the tenant's `ciamlogin.com` one.
    fn entra_provider(&self) -> Result<Box<dyn Provider>> {
        if self.entra.is_workforce() && self.cognito.client_id.is_none() {
            // `reset` and `unlock` hand a work account over before asking for a provider.
            return Err(Failure::usage(crate::t!("entra-workforce-only-reset"))
                .with_hint(crate::t!("entra-workforce-use-reset")));
        }
        let client_id = self.cognito.client_id.clone().ok_or_else(|| {
            Failure::usage(crate::t!("settings-entra-needs-client-id"))
                .with_hint(crate::t!("settings-pass-client-id-id"))
        })?;
        let authority = match (&self.entra.authority_url, &self.entra.tenant) {
            (Some(url), _) => url.clone(),
            (None, Some(tenant)) => crate::provider::entra::authority_for(tenant)?,
            (None, None) => {
                return Err(Failure::usage(crate::t!("settings-entra-needs-tenant"))
                    .with_hint(crate::t!("settings-pass-tenant")))
            }
        };
        let url = http::service_url(&authority)?;
        let api = Api::new(url, &self.http, &self.shell)?;
        Ok(Box::new(crate::provider::entra::EntraProvider::new(
            api, client_id,
        )))
    }

    /// Firebase's endpoint: `--endpoint-url`, `FIREBASE_AUTH_EMULATOR_HOST` (plain HTTP, the
    /// emulator's path prefix), or Google's.
    fn firebase_provider(&self) -> Result<Box<dyn Provider>> {
        let key = self.firebase.api_key.clone().ok_or_else(|| {
            Failure::usage(crate::t!("settings-firebase-provider-needs-project"))
                .with_hint(crate::t!("settings-pass-api-key-key"))
        })?;
        let endpoint = match (
            &self.cognito.endpoint_url,
            env_nonempty(env_vars::FIREBASE_AUTH_EMULATOR_HOST),
        ) {
            (Some(e), _) => e.clone(),
            (None, Some(host)) => format!(
                "http://{}/identitytoolkit.googleapis.com",
                host.trim().trim_start_matches("http://")
            ),
            (None, None) => "https://identitytoolkit.googleapis.com".to_owned(),
        };
        let url = http::service_url(&endpoint)?;
        let api = Api::new(url, &self.http, &self.shell)?;
        let fallback = crate::policy::Policy::new(8, 4096, 0, false);
        Ok(Box::new(crate::provider::firebase::FirebaseProvider::new(
            api,
            key,
            self.firebase.tenant_id.clone(),
            fallback,
        )))
    }

    /// Cognito's endpoint: `--endpoint-url`, the AWS endpoint variables, or the regional one.
    fn cognito_provider(&self) -> Result<Box<dyn Provider>> {
        let c = &self.cognito;
        let client_id = c.client_id.clone().ok_or_else(|| {
            Failure::usage(crate::t!("settings-cognito-provider-needs-app"))
                .with_hint(crate::t!("settings-pass-client-id-id"))
        })?;
        let region = c
            .region
            .clone()
            .or_else(|| env_nonempty(env_vars::AWS_REGION))
            .or_else(|| env_nonempty(env_vars::AWS_DEFAULT_REGION));
        let endpoint = match c
            .endpoint_url
            .clone()
            .or_else(|| env_nonempty(env_vars::AWS_ENDPOINT_URL_COGNITO))
            .or_else(|| env_nonempty(env_vars::AWS_ENDPOINT_URL))
        {
            Some(e) => e,
            None => {
                let region = region.ok_or_else(|| {
                    Failure::usage(crate::t!("settings-cognito-provider-needs-user"))
                        .with_hint(crate::t!("settings-pass-region-region-set"))
                })?;
                if !region
                    .chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '-')
                {
                    return Err(Failure::usage(crate::t!(
                        "settings-not-aws-region",
                        region = format!("{:?}", region)
                    )));
                }
                format!("https://cognito-idp.{region}.amazonaws.com/")
            }
        };
        let url = http::service_url(&endpoint)?;
        let secret = match &c.client_secret_env {
            Some(var) => Some(crate::ui::scripted::secret_from_env(
                "--client-secret-env",
                var,
            )?),
            None => None,
        };
        let api = Api::new(url, &self.http, &self.shell)?;
        let policy = crate::policy::Policy::new(8, 256, 0, false);
        Ok(Box::new(crate::provider::cognito::CognitoProvider::new(
            api, client_id, secret, policy,
        )))
    }
}
