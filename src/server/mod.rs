//! `pwreset dev-server`: the reference implementation of protocol v1, in memory, over HTTP.
//! Also started in-process by `pwreset demo`. See docs/dev-server.md.

pub mod accounts;
pub mod mask;
pub mod store;
pub mod tls;

use std::io::Read;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use anyhow::Context;
use serde::de::DeserializeOwned;
use tiny_http::{Header, Method, Request, Response, Server};

use crate::protocol::{
    ChallengeRequest, PasswordRequest, Problem, StartFlowRequest, VerifyRequest,
};
use crate::secret::Secret;
use store::{problem, Answer, Store};

pub use store::Config;

const MAX_BODY: u64 = 64 * 1024;
const WORKERS: usize = 4;

/// A running dev-server; dropping it stops it.
pub struct DevServer {
    server: Arc<Server>,
    url: String,
    workers: Vec<thread::JoinHandle<()>>,
}

impl DevServer {
    /// Starts the server; with `tls`, behind TLS with a CA made now, whose PEM is returned.
    pub fn start_with(
        addr: SocketAddr,
        store: Store,
        log: bool,
        tls: bool,
    ) -> anyhow::Result<(DevServer, Option<String>)> {
        limit_malloc_arenas();
        // With TLS, the HTTP server listens on a private loopback port behind the TLS one.
        let (http_addr, tls_listener) = if tls {
            let listener = std::net::TcpListener::bind(addr)
                .with_context(|| crate::t!("server-cannot-listen", addr = addr))?;
            (SocketAddr::from(([127, 0, 0, 1], 0)), Some(listener))
        } else {
            (addr, None)
        };
        let server = Server::http(http_addr)
            .map_err(|e| anyhow::anyhow!("{e}"))
            .with_context(|| crate::t!("server-cannot-listen-2", http_addr = http_addr))?;
        let local = server
            .server_addr()
            .to_ip()
            .context(crate::t!("server-dev-server-listens-tcp"))?;
        let (url, ca_pem) = match tls_listener {
            Some(listener) => {
                let public = listener.local_addr()?;
                let identity = tls::identity_for(public.ip())?;
                tls::serve(listener, local, identity.config);
                (format!("https://{public}"), Some(identity.ca_pem))
            }
            None => (format!("http://{local}"), None),
        };
        let server = Arc::new(server);
        let store = Arc::new(Mutex::new(store));
        let workers = (0..WORKERS)
            .map(|_| {
                let server = Arc::clone(&server);
                let store = Arc::clone(&store);
                thread::spawn(move || {
                    while let Ok(request) = server.recv() {
                        handle(request, &store, log);
                    }
                })
            })
            .collect();
        Ok((
            DevServer {
                server,
                url,
                workers,
            },
            ca_pem,
        ))
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// Serves until the process is stopped.
    pub fn wait(mut self) {
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
    }
}

impl Drop for DevServer {
    fn drop(&mut self) {
        for _ in 0..self.workers.len() {
            self.server.unblock();
        }
    }
}

/// glibc gives every thread that allocates an arena of its own and keeps what is freed there;
/// with a worker and a connection thread each, the dev-server's memory would be spread over
/// many arenas and never shrink. Its workers share one store behind one lock, so two arenas
/// cost nothing and keep the memory bounded.
fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; M_ARENA_MAX takes a positive count.
    #[allow(unsafe_code)]
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

struct Incoming {
    method: Method,
    path: String,
    query: String,
    bearer: Option<String>,
    idempotency_key: Option<String>,
    client: String,
    body: Vec<u8>,
}

fn handle(mut request: Request, store: &Mutex<Store>, log: bool) {
    let (path, query) = match request.url().split_once('?') {
        Some((p, q)) => (p.to_owned(), q.to_owned()),
        None => (request.url().to_owned(), String::new()),
    };
    let header = |name: &'static str| {
        request
            .headers()
            .iter()
            .find(|h| h.field.equiv(name))
            .map(|h| h.value.as_str().to_owned())
    };
    let bearer = header("Authorization")
        .and_then(|v| v.strip_prefix("Bearer ").map(|t| t.trim().to_owned()));
    let idempotency_key = header("Idempotency-Key");
    // Problems and "delivered" messages in the language the client asks for.
    let lang = crate::i18n::from_accept_language(&header("Accept-Language").unwrap_or_default());
    crate::i18n::set_for_thread(Some(lang));
    let client = request
        .remote_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_default();
    let mut body = Vec::new();
    let too_large = request
        .as_reader()
        .take(MAX_BODY + 1)
        .read_to_end(&mut body)
        .map(|n| n as u64 > MAX_BODY)
        .unwrap_or(true);
    let incoming = Incoming {
        method: request.method().clone(),
        path,
        query,
        bearer,
        idempotency_key,
        client,
        body,
    };
    let answer = if too_large {
        Err(problem(
            413,
            "payload_too_large",
            crate::t!("mod-request-bodies-are-limited"),
        ))
    } else {
        let mut store = store.lock().unwrap_or_else(|p| p.into_inner());
        route(&incoming, &mut store).map_err(|mut p| {
            p.support = store.support();
            p
        })
    };
    // Request bodies may hold a password: wipe them.
    let mut incoming = incoming;
    zeroize::Zeroize::zeroize(&mut incoming.body);

    let (status, content_type, text, retry_after) = match answer {
        Ok((status, value)) => {
            let text = if value.is_null() {
                String::new()
            } else {
                value.to_string()
            };
            (status, "application/json", text, None)
        }
        Err(p) => {
            let retry = p.retry_after_s;
            let text = serde_json::to_string(&*p).expect("serializable");
            (p.status, crate::protocol::MEDIA_PROBLEM, text, retry)
        }
    };
    if log {
        eprintln!("{} {} -> {status}", incoming.method, incoming.path);
    }
    let mut response = Response::from_string(text)
        .with_status_code(status)
        .with_header(header_of("Content-Type", content_type))
        .with_header(header_of("Cache-Control", "no-store"))
        .with_header(header_of("Content-Language", lang.tag()));
    if let Some(secs) = retry_after {
        response = response.with_header(header_of("Retry-After", &secs.to_string()));
    }
    let _ = request.respond(response);
    crate::i18n::set_for_thread(None);
}

fn header_of(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
}

fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, Box<Problem>> {
    serde_json::from_slice(body).map_err(|e| {
        problem(
            400,
            "invalid_request",
            crate::t!("server-request-body-not-valid", e = e),
        )
    })
}

fn query_param(query: &str, name: &str) -> Option<String> {
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

fn route(req: &Incoming, store: &mut Store) -> Answer {
    let segments: Vec<&str> = req.path.trim_matches('/').split('/').collect();
    let token = req.bearer.as_deref();
    if segments.first() == Some(&"v1") {
        store.check_client(&req.client)?;
    }
    match (&req.method, segments.as_slice()) {
        (Method::Get, ["v1", "policy"]) => store.policy(),
        (Method::Post, ["v1", "flows"]) => {
            let r: StartFlowRequest = parse(&req.body)?;
            store.start_flow(&r.user, r.intent)
        }
        (Method::Get, ["v1", "flows", id]) => store.flow_status(id, token),
        (Method::Delete, ["v1", "flows", id]) => store.cancel_flow(id, token),
        (Method::Post, ["v1", "flows", id, "challenges"]) => {
            let r: ChallengeRequest = parse(&req.body)?;
            store.create_challenge(id, token, &r.method)
        }
        (Method::Post, ["v1", "flows", id, "verify"]) => {
            let r: VerifyRequest = parse(&req.body)?;
            store.verify(id, token, &r.challenge_id, &r.code)
        }
        (Method::Get, ["v1", "flows", id, "policy"]) => store.flow_policy(id, token),
        (Method::Post, ["v1", "flows", id, "password"]) => {
            let r: PasswordRequest = parse(&req.body)?;
            let pw = Secret::new(r.new_password);
            store.set_password(id, token, &pw, req.idempotency_key.as_deref())
        }
        (Method::Post, ["v1", "flows", id, "unlock"]) => store.unlock(id, token),
        (Method::Get, ["_dev", "outbox"]) => Ok((
            200,
            store.outbox(query_param(&req.query, "user").as_deref()),
        )),
        (Method::Post, ["_dev", "login"]) => {
            let r: DevLogin = parse(&req.body)?;
            store.login(&r.user, &Secret::new(r.password))
        }
        (Method::Post, ["_dev", "lock"]) => {
            let r: DevUser = parse(&req.body)?;
            store.lock(&r.user)
        }
        (Method::Post, ["_dev", "clock"]) => {
            let r: DevClock = parse(&req.body)?;
            Ok((200, store.advance_clock(Duration::from_secs(r.advance_s))))
        }
        (Method::Get, ["_dev", "store"]) => Ok((200, store.dump())),
        (_, ["v1", "policy"] | ["v1", "flows"] | ["v1", "flows", _] | ["v1", "flows", _, _]) => {
            Err(problem(
                405,
                "method_not_allowed",
                crate::t!("server-not-allowed-here", method = req.method),
            ))
        }
        _ => Err(problem(
            404,
            "not_found",
            crate::t!("server-no-endpoint", path = req.path),
        )),
    }
}

#[derive(serde::Deserialize)]
struct DevLogin {
    user: String,
    password: String,
}

#[derive(serde::Deserialize)]
struct DevUser {
    user: String,
}

#[derive(serde::Deserialize)]
struct DevClock {
    advance_s: u64,
}
