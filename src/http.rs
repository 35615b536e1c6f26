//! The HTTP client every provider uses: URL rules, timeouts, TLS, size limits, and transport
//! errors turned into typed failures. Built only when a command talks to a service.

use std::cell::Cell;
use std::io::Read;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use reqwest::blocking::Client;
use reqwest::header::HeaderMap;
use url::Url;

use crate::error::{Failure, FailureKind};
use crate::output::Shell;
use crate::provider::Refusal;
use crate::secret::Secret;

/// Responses larger than this are nonsense for a reset API.
const MAX_RESPONSE: u64 = 1024 * 1024;

#[derive(Debug, Clone)]
pub struct HttpSettings {
    pub timeout: Duration,
    pub ca_cert: Option<PathBuf>,
}

/// True for 127.0.0.0/8, ::1 and `localhost`.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// Parses a service URL: https anywhere, plain http only on loopback, no credentials.
pub fn service_url(raw: &str) -> Result<Url, Failure> {
    if !raw.contains("://") {
        // `localhost:8787` parses as a URL with the scheme "localhost": say what was meant.
        let raw_host = raw.trim();
        let loopback = ["localhost", "127.", "[::1]"]
            .iter()
            .any(|prefix| raw_host.starts_with(prefix));
        let scheme = if loopback { "http" } else { "https" };
        return Err(Failure::usage(crate::t!(
            "http-url-has-no-scheme",
            raw = format!("{:?}", raw)
        ))
        .with_hint(crate::t!(
            "http-did-you-mean",
            scheme = scheme,
            trim = raw.trim()
        )));
    }
    let url = Url::parse(raw.trim()).map_err(|e| {
        Failure::usage(crate::t!(
            "http-url-not-valid-url",
            raw = format!("{:?}", raw),
            e = e
        ))
        .with_hint(crate::t!("http-give-service-s-base"))
    })?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Failure::usage(crate::t!("http-service-url-must-not")));
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(Failure::usage(crate::t!(
            "http-plain-http-refused-codes",
            host_str = url.host_str().unwrap_or_default()
        ))
        .with_hint(crate::t!("http-use-https-plain-http"))),
        other => Err(Failure::usage(crate::t!(
            "http-unsupported-url-scheme-use",
            other = format!("{:?}", other)
        ))),
    }
}

pub struct ApiResponse {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    /// The URL that was asked (for messages; never carries a secret).
    pub url: String,
}

impl ApiResponse {
    /// The body as `T`; `service` and `call` name them in the failure.
    pub fn json<T: serde::de::DeserializeOwned>(
        &self,
        service: &str,
        call: &str,
    ) -> Result<T, Failure> {
        let body = if self.body.is_empty() {
            b"null".as_slice()
        } else {
            &self.body
        };
        serde_json::from_slice(body).map_err(|e| {
            Failure::service(crate::t!(
                "http-answered-http-body-pwreset",
                service = service,
                call = call,
                status = self.status,
                e = e
            ))
        })
    }

    /// The failure for an answer that is neither a success nor an error this API defines:
    /// `expected` says what a proper error would have been, `hint` where to look.
    pub fn unexpected(&self, service: &str, expected: &str, hint: &str) -> Failure {
        let what = if self.status >= 500 {
            crate::t!("http-a-server-error")
        } else {
            crate::t!("http-something-not", expected = expected)
        };
        Failure::service(crate::t!(
            "http-answered-http",
            service = service,
            status = self.status,
            clean = crate::output::clean(self.content_type()),
            what = what
        ))
        .with_hint(crate::t!("http-try-again-later-if", hint = hint))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn content_type(&self) -> &str {
        self.header("content-type").unwrap_or("")
    }
}

/// A JSON-over-HTTP client for one service.
pub struct Api {
    client: Client,
    base: Url,
    shell: Shell,
    timeout: Duration,
    requests: Cell<u32>,
}

/// The `Accept-Language` pwreset sends: the run's language, then English ("it, en;q=0.5").
pub fn accept_language() -> String {
    match crate::i18n::current() {
        crate::i18n::Lang::EN => "en".to_owned(),
        lang => format!("{}, en;q=0.5", lang.tag()),
    }
}

impl Api {
    pub fn new(base: Url, settings: &HttpSettings, shell: &Shell) -> Result<Api, Failure> {
        // ring is the one crypto provider compiled in; installing twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        // Services that honour it answer in the person's language (English as the fallback).
        let mut languages = reqwest::header::HeaderMap::new();
        if let Ok(value) = reqwest::header::HeaderValue::from_str(&accept_language()) {
            languages.insert(reqwest::header::ACCEPT_LANGUAGE, value);
        }
        let mut builder = Client::builder()
            .user_agent(concat!("pwreset/", env!("CARGO_PKG_VERSION")))
            .default_headers(languages)
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
            // A redirect could carry the flow token to another host: never follow one.
            .redirect(reqwest::redirect::Policy::none())
            .https_only(!is_loopback(&base));
        if let Some(path) = &settings.ca_cert {
            let pem = std::fs::read(path).map_err(|e| {
                Failure::usage(crate::t!(
                    "http-cannot-read-ca-cert",
                    path = path.display(),
                    e = e
                ))
            })?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
                Failure::usage(crate::t!(
                    "http-ca-cert-not-pem",
                    path = path.display(),
                    e = e
                ))
            })?;
            for cert in certs {
                builder = builder.add_root_certificate(cert);
            }
        }
        let client = builder
            .build()
            .map_err(|e| Failure::service(crate::t!("http-cannot-set-up-http", e = e)))?;
        Ok(Api {
            client,
            base,
            shell: shell.clone(),
            timeout: settings.timeout,
            requests: Cell::new(0),
        })
    }

    /// The service as people know it: its host (and port).
    pub fn service_label(&self) -> String {
        host(&self.base)
    }

    /// How many requests this client has sent.
    pub fn request_count(&self) -> u32 {
        self.requests.get()
    }

    /// `path` (with an optional `?query`) under the base URL.
    pub fn url(&self, path: &str) -> Url {
        let (path, query) = match path.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (path, None),
        };
        let mut url = self.base.clone();
        let joined = format!(
            "{}/{}",
            url.path().trim_end_matches('/'),
            path.trim_start_matches('/')
        );
        url.set_path(&joined);
        url.set_query(query);
        url
    }

    /// Sends one request. `body` is JSON; `bearer` goes in `Authorization`.
    pub fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&serde_json::Value>,
        bearer: Option<&Secret>,
        headers: &[(&str, &str)],
    ) -> Result<ApiResponse, Failure> {
        let body = body.map(|b| ("application/json", b.to_string().into_bytes()));
        self.send_body(method, path, body, bearer, headers)
    }

    /// Sends one request with a body of the given content type (exactly as given).
    pub fn send_body(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<(&str, Vec<u8>)>,
        bearer: Option<&Secret>,
        headers: &[(&str, &str)],
    ) -> Result<ApiResponse, Failure> {
        let url = self.url(path);
        self.shell.debug(&format!("> {method} {url}"));
        let mut req = self.client.request(method.clone(), url.clone());
        if let Some(token) = bearer {
            req = req.bearer_auth(token.expose());
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        if let Some((content_type, bytes)) = body {
            req = req
                .header(reqwest::header::CONTENT_TYPE, content_type)
                .body(bytes);
        }
        self.requests.set(self.requests.get() + 1);
        let (status, headers, bytes) = self.exchange(req, &url)?;
        self.shell.debug(&crate::t!(
            "http-answer-bytes",
            status = status,
            n = bytes.len()
        ));
        Ok(ApiResponse {
            status,
            headers,
            body: bytes,
            url: url.to_string(),
        })
    }

    /// Sends `req` and reads the whole answer within `--timeout`, counted from now: connect,
    /// headers and body together, so a service that drips its answer cannot hold pwreset.
    fn exchange(
        &self,
        req: reqwest::blocking::RequestBuilder,
        url: &Url,
    ) -> Result<(u16, HeaderMap, Vec<u8>), Failure> {
        let (tx, rx) = std::sync::mpsc::channel();
        let target = url.clone();
        // The blocking client's own timeout is per read; the deadline for the whole exchange is
        // kept here, on a thread that is abandoned (with its connection) when time runs out.
        std::thread::spawn(move || {
            let _ = tx.send(read_answer(req, &target));
        });
        match rx.recv_timeout(self.timeout) {
            Ok(answer) => answer,
            Err(_) => Err(Failure::new(
                FailureKind::Service,
                crate::t!(
                    "http-did-not-answer-within",
                    host = host(url),
                    as_secs_f64 = self.timeout.as_secs_f64()
                ),
            )
            .with_hint(transport_hint())),
        }
    }
}

/// Whether the server behind `url` answers plain HTTP: asked only after connecting to it over
/// TLS failed (on the worker thread, so within the exchange's deadline), with a bodiless
/// request that carries nothing of the flow.
fn speaks_plain_http(url: &Url) -> bool {
    use std::io::Write;
    use std::net::{TcpStream, ToSocketAddrs};
    let Some(addr) = url
        .socket_addrs(|| Some(443))
        .ok()
        .and_then(|a| a.into_iter().next())
        .or_else(|| {
            format!("{}:443", url.host_str()?)
                .to_socket_addrs()
                .ok()?
                .next()
        })
    else {
        return false;
    };
    let limit = Duration::from_secs(2);
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, limit) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(limit));
    let _ = stream.set_write_timeout(Some(limit));
    let host = url.host_str().unwrap_or("localhost");
    if stream
        .write_all(
            format!("HEAD / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .is_err()
    {
        return false;
    }
    let mut head = [0u8; 8];
    stream.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.")
}

fn not_tls(url: &Url) -> Failure {
    let plain = format!("http://{}", host(url));
    let hint = if is_loopback(url) {
        crate::t!(
            "http-use-plain-http-allowed",
            trim_end_matches = plain.trim_end_matches('/')
        )
    } else {
        crate::t!("http-server-must-reached-over").to_owned()
    };
    Failure::service(crate::t!("http-does-not-speak-tls", host = host(url)))
        .with_code("not_tls")
        .with_hint(hint)
}

fn transport_hint() -> String {
    crate::t!("http-check-url-your-network")
}

fn read_answer(
    req: reqwest::blocking::RequestBuilder,
    url: &Url,
) -> Result<(u16, HeaderMap, Vec<u8>), Failure> {
    let resp = req.send().map_err(|e| {
        if url.scheme() == "https" && e.is_connect() && speaks_plain_http(url) {
            not_tls(url)
        } else {
            transport_failure(url, &e)
        }
    })?;
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let mut bytes = Vec::new();
    resp.take(MAX_RESPONSE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            Failure::service(crate::t!(
                "http-connection-broke-while-reading",
                host = host(url),
                e = e
            ))
        })?;
    if bytes.len() as u64 > MAX_RESPONSE {
        return Err(Failure::service(crate::t!(
            "http-sent-answer-larger-than",
            host = host(url)
        )));
    }
    Ok((status, headers, bytes))
}

/// The longest wait a `Retry-After` may ask for and still be taken as meant; beyond it the
/// value is ignored (a day is already longer than any reset flow lives).
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 3600);

/// `Retry-After` as delay-seconds or an HTTP date, rounded up to whole seconds; `None` when it
/// is absent, unreadable or absurd.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    let wait = match value.parse::<u64>() {
        Ok(secs) => Duration::from_secs(secs),
        Err(_) => {
            let at = httpdate::parse_http_date(value).ok()?;
            let left = at
                .duration_since(std::time::SystemTime::now())
                .unwrap_or_default();
            Duration::from_secs(left.as_secs() + u64::from(left.subsec_nanos() > 0))
        }
    };
    (wait <= MAX_RETRY_AFTER).then_some(wait)
}

impl ApiResponse {
    /// The `Retry-After` header, when present and sane.
    pub fn retry_after(&self) -> Option<Duration> {
        self.header("retry-after").and_then(parse_retry_after)
    }

    /// HTTP 429 as a rate limit, before any reading of the body: a service, or a proxy in front
    /// of it, may send any body (or plain text) with it.
    pub fn throttled(&self, service: &str) -> Option<Failure> {
        (self.status == 429).then(|| {
            self.rate_limit_on_429(Failure::new(
                FailureKind::RateLimited,
                crate::t!("http-limiting-requests-http-too", service = service),
            ))
        })
    }

    /// Makes `failure` a rate limit when the answer was HTTP 429, whatever its body said: any
    /// service, or a proxy in front of it, means "too many requests, wait" by that status.
    pub fn rate_limit_on_429(&self, mut failure: Failure) -> Failure {
        if self.status == 429 {
            failure.kind = FailureKind::RateLimited;
            failure.retry_after = failure.retry_after.or(self.retry_after());
            failure.answered = true;
            if !failure.refusal_is(|r| matches!(r, Refusal::RateLimited { .. } | Refusal::Locked)) {
                failure.refusal = Some(Refusal::RateLimited {
                    wait: failure.retry_after,
                });
            }
            if failure.hint.is_none() {
                failure.hint = Some(crate::t!("http-wait-then-run-pwreset").to_owned());
            }
        }
        failure
    }
}

fn host(url: &Url) -> String {
    match url.port() {
        Some(p) => format!("{}:{p}", url.host_str().unwrap_or("?")),
        None => url.host_str().unwrap_or("?").to_owned(),
    }
}

fn transport_failure(url: &Url, err: &reqwest::Error) -> Failure {
    let host = host(url);
    let message = if err.is_timeout() {
        crate::t!("http-did-not-answer-time", host = host)
    } else if err.is_connect() {
        crate::t!(
            "http-cannot-connect",
            host = host,
            root_cause = root_cause(err)
        )
    } else {
        crate::t!(
            "http-request-failed",
            host = host,
            root_cause = root_cause(err)
        )
    };
    Failure::new(FailureKind::Service, message).with_hint(transport_hint())
}

fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = err;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_only_on_loopback() {
        assert!(service_url("http://127.0.0.1:8080").is_ok());
        assert!(service_url("http://127.1.2.3").is_ok());
        assert!(service_url("http://[::1]:9").is_ok());
        assert!(service_url("http://localhost:9").is_ok());
        assert!(service_url("https://id.example.com").is_ok());
        let f = service_url("http://id.example.com").unwrap_err();
        assert_eq!(f.kind, FailureKind::Usage);
        assert!(f.message.contains("plain http://"));
        assert!(service_url("http://10.0.0.1").is_err());
        assert!(service_url("http://localhost.evil.com").is_err());
        assert!(service_url("https://u:p@id.example.com").is_err());
        assert!(service_url("ftp://x").is_err());
        let f = service_url("localhost:8787").unwrap_err();
        assert_eq!(
            f.hint.as_deref(),
            Some("did you mean http://localhost:8787?")
        );
        let f = service_url("id.example.com").unwrap_err();
        assert_eq!(
            f.hint.as_deref(),
            Some("did you mean https://id.example.com?")
        );
    }
}
