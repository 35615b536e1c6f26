//! The config file (`$XDG_CONFIG_HOME/pwreset/config.toml`, or `PWRESET_CONFIG`): profiles that
//! name a service so that `pwreset reset -p work` is all a person types. Keys that would act
//! for someone else, or hold a secret, are refused with the file and line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::env_vars;
use crate::error::{Failure, Result};
use crate::guard;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Preferred verification method per gate, in order (as `--method`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub methods: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout: Option<String>,
    /// Cognito: region, app client id, the name of the variable holding the client secret,
    /// and an endpoint override.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret_env: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint_url: Option<String>,
    /// Firebase: the Web API key (public configuration) and the tenant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Microsoft Entra External ID: the tenant (subdomain or id) and an authority override
    /// (a custom domain); `client_id` is the app's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authority_url: Option<String>,
    /// PocketBase: the auth collection the account is in (default `users`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collection: Option<String>,
    /// Check new passwords against known breaches (`--check-breached`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check_breached: Option<bool>,
    /// Local rules on top of the service's (they can only make the policy stricter).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy: Option<PolicyOverride>,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyOverride {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_length: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_character_classes: Option<usize>,
}

/// Where the config file is: `PWRESET_CONFIG`, else the platform's config directory.
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(env_vars::PWRESET_CONFIG).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    dirs::config_dir().map(|d| d.join("pwreset").join("config.toml"))
}

/// Loads the config file; a missing file is an empty config.
pub fn load() -> Result<(Config, Option<PathBuf>)> {
    let Some(path) = path() else {
        return Ok((Config::default(), None));
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => parse(&text, &path).map(|c| (c, Some(path))),
        // A file named on purpose must exist; the default one need not.
        Err(e)
            if e.kind() == std::io::ErrorKind::NotFound
                && std::env::var_os(env_vars::PWRESET_CONFIG).is_some_and(|p| !p.is_empty()) =>
        {
            Err(Failure::usage(crate::t!(
                "config-names-which-does-not",
                v_pwreset_config = env_vars::PWRESET_CONFIG,
                path = path.display()
            ))
            .with_hint(crate::t!("config-create-pwreset-profile-add")))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok((Config::default(), Some(path))),
        Err(e) => Err(Failure::usage(crate::t!(
            "config-cannot-read-config-file",
            path = path.display(),
            e = e
        ))),
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

pub fn parse(text: &str, path: &Path) -> Result<Config> {
    let shown = path.display();
    // Refused keys first, wherever they are, so the refusal wins over "unknown field".
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
        Failure::usage(format!("{shown}:{line}: {}", e.message()))
    })?;
    check_keys(&table, text, path)?;
    toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
        Failure::usage(format!("{shown}:{line}: {}", e.message()))
            .with_hint(crate::t!("config-see-pwreset-profile-help"))
    })
}

fn check_keys(table: &toml::Table, text: &str, path: &Path) -> Result<()> {
    for (key, value) in table {
        let line = text
            .lines()
            .position(|l| {
                let l = l.trim_start().trim_start_matches('"');
                l.starts_with(key.as_str())
                    && l[key.len()..]
                        .trim_start()
                        .trim_start_matches('"')
                        .trim_start()
                        .starts_with('=')
            })
            .map_or(0, |i| i + 1);
        guard::check_config_key(key, &format!("{}:{line}", path.display()))?;
        if let toml::Value::Table(inner) = value {
            check_keys(inner, text, path)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::FailureKind;

    #[test]
    fn refuses_on_behalf_keys_with_file_and_line() {
        let text = "default_profile = \"work\"\n[profiles.work]\nurl = \"https://x\"\non_behalf_of = \"bob\"\n";
        let err = parse(text, Path::new("/c.toml")).unwrap_err();
        assert_eq!(err.kind, FailureKind::Refused);
        assert!(err.message.contains("/c.toml:4"), "{}", err.message);
    }

    #[test]
    fn malformed_file_gives_line() {
        let err = parse("[profiles.work]\nurl = \n", Path::new("/c.toml")).unwrap_err();
        assert_eq!(err.kind, FailureKind::Usage);
        assert!(err.message.starts_with("/c.toml:2"), "{}", err.message);
    }

    #[test]
    fn reads_profiles() {
        let c = parse("default_profile = \"w\"\n[profiles.w]\nurl = \"https://id.example.com\"\nuser = \"me\"\n", Path::new("c")).unwrap();
        assert_eq!(c.profiles["w"].user.as_deref(), Some("me"));
    }
}
