//! `--provider auto`: which kind of reset service a URL is, from a few cheap read-only requests
//! (or none: the URL's shape, the settings given, or what an earlier run found out, which is
//! remembered per service in the cache directory).
//!
//! Each kind has one public marker: protocol v1's `GET /v1/policy`, PocketBase's
//! `GET /api/health`, django-allauth's `GET /_allauth/app/v1/config` and Better Auth's
//! `GET /api/auth/ok`. They are tried in the order the URL suggests, and a miss can point at
//! the next one (PocketBase's errors and Django's "Not Found" page have their own shapes), so
//! the usual case takes one or two requests.

use std::collections::BTreeMap;
use std::path::PathBuf;

use reqwest::Method;
use serde_json::Value;
use url::Url;

use crate::cli::ProviderKind;
use crate::error::{Failure, FailureKind, Result};
use crate::http::{Api, ApiResponse, HttpSettings};
use crate::output::{clean_capped, Shell};

/// What a detection found, and why it thinks so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    pub kind: ProviderKind,
    /// One line per request made (or the reason none was needed).
    pub evidence: Vec<String>,
    /// Requests sent.
    pub requests: u32,
    /// Whether it came from the cache of an earlier run.
    pub remembered: bool,
}

/// The kinds a URL can be told to be, each with its marker.
const PROBED: [ProviderKind; 7] = [
    ProviderKind::Pwreset,
    ProviderKind::Pocketbase,
    ProviderKind::Allauth,
    ProviderKind::BetterAuth,
    ProviderKind::Supabase,
    ProviderKind::Kratos,
    ProviderKind::Okta,
];

const ALLAUTH_API: &str = "_allauth/app/v1";

/// A provider named by the settings alone, without a request: Entra's tenant or authority (or a
/// `ciamlogin.com` URL), Firebase's API key, Cognito's region or endpoint.
pub fn from_settings(settings: &crate::settings::Settings) -> Option<(ProviderKind, String)> {
    let url_host = settings
        .url
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
        .and_then(|u| u.host_str().map(str::to_owned));
    if url_host
        .as_deref()
        .is_some_and(|h| h.ends_with(".ciamlogin.com"))
    {
        return Some((ProviderKind::Entra, crate::t!("detect-evidence-ciamlogin")));
    }
    if url_host.as_deref().is_some_and(|h| {
        [".okta.com", ".oktapreview.com", ".okta-emea.com"]
            .iter()
            .any(|d| h.ends_with(d))
    }) {
        return Some((ProviderKind::Okta, crate::t!("detect-evidence-okta")));
    }
    if url_host
        .as_deref()
        .is_some_and(|h| h.ends_with(".oryapis.com"))
    {
        return Some((ProviderKind::Kratos, crate::t!("detect-evidence-ory")));
    }
    if url_host
        .as_deref()
        .is_some_and(|h| h.ends_with(".supabase.co"))
    {
        return Some((
            ProviderKind::Supabase,
            crate::t!("detect-evidence-supabase"),
        ));
    }
    if settings.url.is_some() {
        return None;
    }
    let e = &settings.entra;
    if e.tenant.is_some() || e.authority_url.is_some() || e.cloud.is_some() || e.login_url.is_some()
    {
        return Some((
            ProviderKind::Entra,
            crate::t!("detect-evidence-entra-settings"),
        ));
    }
    if settings.firebase.api_key.is_some() {
        return Some((ProviderKind::Firebase, crate::t!("detect-evidence-api-key")));
    }
    let c = &settings.cognito;
    if c.region.is_some() || c.endpoint_url.is_some() || c.client_secret_env.is_some() {
        return Some((
            ProviderKind::Cognito,
            crate::t!("detect-evidence-cognito-settings"),
        ));
    }
    None
}

/// The order to try the markers in, from the URL's path.
fn order_for(url: &Url) -> Vec<ProviderKind> {
    let path = url.path().trim_matches('/');
    if path.ends_with(ALLAUTH_API) {
        return vec![ProviderKind::Allauth];
    }
    if path.ends_with("api/auth") {
        return vec![ProviderKind::BetterAuth, ProviderKind::Pwreset];
    }
    if path.is_empty() {
        PROBED.to_vec()
    } else {
        // A path of its own: protocol v1 under a prefix, or Better Auth under another base.
        vec![
            ProviderKind::Pwreset,
            ProviderKind::BetterAuth,
            ProviderKind::Supabase,
            ProviderKind::Kratos,
            ProviderKind::Pocketbase,
            ProviderKind::Allauth,
            ProviderKind::Okta,
        ]
    }
}

/// The marker request of `kind` under `url`.
fn marker(kind: ProviderKind, url: &Url) -> &'static str {
    let path = url.path().trim_matches('/');
    match kind {
        ProviderKind::Pwreset => "v1/policy",
        ProviderKind::Pocketbase => "api/health",
        ProviderKind::Allauth if path.ends_with(ALLAUTH_API) => "config",
        ProviderKind::Allauth => "_allauth/app/v1/config",
        ProviderKind::BetterAuth if path.is_empty() => "api/auth/ok",
        ProviderKind::BetterAuth => "ok",
        ProviderKind::Supabase if path.is_empty() => "auth/v1/health",
        ProviderKind::Supabase => "health",
        // The identity schemas Kratos serves publicly.
        ProviderKind::Kratos => "schemas",
        ProviderKind::Okta => ".well-known/okta-organization",
        _ => "",
    }
}

fn json(resp: &ApiResponse) -> Option<Value> {
    serde_json::from_slice::<Value>(&resp.body)
        .ok()
        .filter(Value::is_object)
}

/// Whether `resp` is `kind`'s answer to its marker.
fn matches(kind: ProviderKind, resp: &ApiResponse) -> bool {
    // Protocol v1 answers every error as problem details: its own, whatever they say.
    if kind == ProviderKind::Pwreset
        && resp.content_type().starts_with("application/problem+json")
        && json(resp).is_some_and(|v| v["status"].is_u64() && v["title"].is_string())
    {
        return true;
    }
    if resp.status != 200 {
        return false;
    }
    if kind == ProviderKind::Kratos {
        let list: Option<Vec<Value>> = serde_json::from_slice(&resp.body).ok();
        return list.is_some_and(|l| {
            !l.is_empty()
                && l.iter()
                    .all(|s| s["id"].is_string() && !s["schema"].is_null())
        });
    }
    let Some(v) = json(resp) else { return false };
    match kind {
        ProviderKind::Pwreset => v["min_length"].is_u64() && v["max_length"].is_u64(),
        ProviderKind::Pocketbase => {
            v["code"] == 200 && v["message"].is_string() && v["data"].is_object()
        }
        ProviderKind::Allauth => v["status"] == 200 && v["data"]["account"].is_object(),
        ProviderKind::BetterAuth => v["ok"] == true,
        ProviderKind::Okta => v["id"].is_string() && v["pipeline"].is_string(),
        ProviderKind::Supabase => ["name", "description"]
            .iter()
            .any(|k| v[*k].as_str().is_some_and(|s| s.contains("GoTrue"))),
        _ => false,
    }
}

/// The kind a miss points at: PocketBase's error shape, or Django's own "Not Found" page.
fn hinted_by(resp: &ApiResponse) -> Option<ProviderKind> {
    if let Some(v) = json(resp) {
        let keys: Vec<&str> = v.as_object()?.keys().map(String::as_str).collect();
        if keys.len() == 3
            && v["data"].is_object()
            && v["message"].is_string()
            && v["status"].is_u64()
        {
            return Some(ProviderKind::Pocketbase);
        }
        return None;
    }
    let text = String::from_utf8_lossy(&resp.body);
    text.contains("The requested resource was not found on this server")
        .then_some(ProviderKind::Allauth)
}

/// A one-line account of an answer, for the evidence.
fn described(resp: &ApiResponse) -> String {
    let body = String::from_utf8_lossy(&resp.body);
    let body = clean_capped(body.trim(), 80);
    let kind = clean_capped(resp.content_type(), 40);
    format!("HTTP {} {kind} {body}", resp.status)
}

/// Asks `url` what it is. `Err` lists every request tried when nothing matched. `api_key` (a
/// project's public key, as `--api-key` gives it) goes with the one marker whose gateway asks
/// for it (Supabase's).
pub fn probe(
    url: &Url,
    http: &HttpSettings,
    shell: &Shell,
    api_key: Option<&str>,
) -> Result<Detected> {
    let api = Api::new(url.clone(), http, shell)?;
    let mut todo = order_for(url);
    let mut evidence = Vec::new();
    while !todo.is_empty() {
        let kind = todo.remove(0);
        let path = marker(kind, url);
        let shown = api.url(path).path().to_owned();
        let headers: Vec<(&str, &str)> = match (kind, api_key) {
            (ProviderKind::Supabase, Some(key)) => vec![("apikey", key)],
            _ => Vec::new(),
        };
        let resp = match api.send(Method::GET, path, None, None, &headers) {
            Ok(r) => r,
            // Cannot reach it at all: no other marker will fare better.
            Err(f) if !f.answered && evidence.is_empty() => return Err(f),
            Err(f) => {
                evidence.push(format!("GET {shown}: {}", f.message));
                continue;
            }
        };
        // "Too many requests" is that, whoever says it.
        if let Some(throttled) = resp.throttled(&api.service_label()) {
            return Err(throttled);
        }
        if matches(kind, &resp) {
            evidence.push(crate::t!(
                "detect-evidence-matched",
                request = format!("GET {shown}"),
                answer = described(&resp),
                kind = kind.name()
            ));
            return Ok(Detected {
                kind,
                evidence,
                requests: api.request_count(),
                remembered: false,
            });
        }
        evidence.push(format!("GET {shown} → {}", described(&resp)));
        if let Some(next) = hinted_by(&resp).filter(|k| todo.contains(k)) {
            todo.retain(|k| *k != next);
            todo.insert(0, next);
        }
    }
    let tried: Vec<String> = evidence.clone();
    Err(Failure::new(
        FailureKind::Service,
        crate::t!(
            "detect-nothing-matched",
            service = api.service_label(),
            tried = tried.join("; ")
        ),
    )
    .with_code("unknown_service")
    .with_hint(crate::t!(
        "detect-name-provider",
        names = ProviderKind::names()
            .into_iter()
            .filter(|n| *n != "auto")
            .collect::<Vec<_>>()
            .join(", ")
    )))
}

/// The cache of what earlier runs found: `{url: provider}`.
fn cache_path() -> Option<PathBuf> {
    dirs::cache_dir().map(|d| d.join("pwreset").join("services.json"))
}

/// The service as the cache knows it: its URL without a trailing slash, query or fragment.
fn cache_key(url: &Url) -> String {
    let mut u = url.clone();
    u.set_query(None);
    u.set_fragment(None);
    u.as_str().trim_end_matches('/').to_owned()
}

fn read_cache() -> BTreeMap<String, String> {
    let Some(path) = cache_path() else {
        return BTreeMap::new();
    };
    // Only a file of this user's own, and of a sane size: anything else is ignored.
    let own = std::fs::metadata(&path).is_ok_and(|m| {
        use std::os::unix::fs::MetadataExt;
        m.is_file()
            && m.len() < 256 * 1024
            && m.uid() == rustix::process::geteuid().as_raw()
            && m.mode() & 0o022 == 0
    });
    if !own {
        return BTreeMap::new();
    }
    std::fs::read(&path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

/// What an earlier run found for `url`, if anything.
pub fn remembered(url: &Url) -> Option<ProviderKind> {
    let name = read_cache().remove(&cache_key(url))?;
    ProviderKind::from_name(&name).filter(|k| PROBED.contains(k))
}

/// Remembers `kind` for `url` (best effort: a cache that cannot be written costs requests only).
pub fn remember(url: &Url, kind: ProviderKind) {
    let Some(path) = cache_path() else { return };
    let mut cache = read_cache();
    cache.insert(cache_key(url), kind.name().to_owned());
    if let Some(dir) = path.parent() {
        let _ = std::fs::DirBuilder::new()
            .recursive(true)
            .mode_private()
            .create(dir);
    }
    if let Ok(text) = serde_json::to_vec_pretty(&cache) {
        let _ = crate::keystore::write_private(&path, &text, true);
    }
}

/// The kind of the service at `url`: remembered, or probed (and then remembered).
pub fn detect(
    url: &Url,
    http: &HttpSettings,
    shell: &Shell,
    api_key: Option<&str>,
) -> Result<Detected> {
    if let Some(kind) = remembered(url) {
        return Ok(Detected {
            kind,
            evidence: vec![crate::t!("detect-evidence-remembered")],
            requests: 0,
            remembered: true,
        });
    }
    let found = probe(url, http, shell, api_key)?;
    remember(url, found.kind);
    Ok(found)
}

trait PrivateDir {
    fn mode_private(&mut self) -> &mut Self;
}

impl PrivateDir for std::fs::DirBuilder {
    fn mode_private(&mut self) -> &mut Self {
        use std::os::unix::fs::DirBuilderExt;
        self.mode(0o700)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_suggests_the_order() {
        let u = |s: &str| Url::parse(s).unwrap();
        assert_eq!(
            order_for(&u("https://x.test/_allauth/app/v1")),
            [ProviderKind::Allauth]
        );
        assert_eq!(
            order_for(&u("https://x.test/api/auth"))[0],
            ProviderKind::BetterAuth
        );
        assert_eq!(order_for(&u("https://x.test/")), PROBED);
        assert_eq!(
            marker(ProviderKind::Supabase, &u("https://x.test/")),
            "auth/v1/health"
        );
        assert_eq!(
            marker(ProviderKind::BetterAuth, &u("https://x.test/")),
            "api/auth/ok"
        );
        assert_eq!(
            marker(ProviderKind::BetterAuth, &u("https://x.test/auth")),
            "ok"
        );
        assert_eq!(cache_key(&u("https://x.test/a/?q=1#f")), "https://x.test/a");
    }
}
