//! The dev-server's state and protocol v1 logic, free of HTTP: each operation returns a value or
//! a `Problem`. Security properties (docs/design.md §4): random single-use codes stored as HMACs, expiry,
//! a few attempts per challenge and then the flow dies, two different kinds of method for two
//! gates, unknown users answered exactly like known ones, rate limits, Argon2id password hashes.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use rand::Rng;
use serde::Serialize;
use serde_json::{json, Value};
use sha2::Sha256;

use super::accounts::AccountSpec;
use super::mask;
use crate::policy::Policy;
use crate::protocol::{
    ChallengeCreated, Completed, FlowCreated, FlowStatus, Intent, MethodInfo, Problem, VerifyResult,
};
use crate::secret::Secret;

type HmacSha256 = Hmac<Sha256>;

/// Tunables; the defaults are documented in docs/dev-server.md.
#[derive(Debug, Clone)]
pub struct Config {
    pub code_ttl: Duration,
    pub flow_ttl: Duration,
    pub max_attempts: u32,
    pub resend_after: Duration,
    pub challenges_per_flow: u32,
    /// Flows a user (known or not) may start per `user_window`.
    pub flows_per_user: u32,
    pub user_window: Duration,
    /// Requests one client address may make per minute.
    pub requests_per_client: u32,
    /// Flows that died of too many wrong codes before recovery locks for `user_window`.
    pub failed_flows_before_lock: u32,
    /// Gates asked of unknown users (so they look like everybody else).
    pub default_gates: u32,
    pub policy: Policy,
    /// Flows held at once; a start beyond it is answered 503 with `Retry-After`.
    pub max_flows: usize,
    /// Where people get help when self-service cannot go on; sent with flows and problems.
    pub support: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            code_ttl: Duration::from_secs(600),
            flow_ttl: Duration::from_secs(900),
            max_attempts: 3,
            resend_after: Duration::from_secs(30),
            challenges_per_flow: 6,
            flows_per_user: 10,
            user_window: Duration::from_secs(900),
            requests_per_client: 300,
            failed_flows_before_lock: 3,
            default_gates: 2,
            policy: Policy::new(12, 128, 0, true),
            max_flows: 100_000,
            support: Some(DEFAULT_SUPPORT.to_owned()),
        }
    }
}

/// The dev-server's stand-in for a help desk (`--support` sets a real one).
pub const DEFAULT_SUPPORT: &str = "the help desk at https://help.example.com/account-recovery";

/// What an operation answers: a status and a JSON body, or a problem.
pub type Answer = Result<(u16, Value), Box<Problem>>;

pub fn problem(status: u16, code: &str, detail: impl Into<String>) -> Box<Problem> {
    Box::new(Problem {
        type_: format!("urn:pwreset:problem:{code}"),
        title: title(code).to_owned(),
        status,
        detail: detail.into(),
        code: code.to_owned(),
        ..Problem::default()
    })
}

fn title(code: &str) -> &'static str {
    match code {
        "invalid_request" => "The request is malformed",
        "invalid_token" => "Missing or invalid flow token",
        "flow_not_found" => "No such flow",
        "flow_expired" => "The flow has expired or ended",
        "flow_complete" => "The flow is already complete",
        "unknown_method" => "No such verification method",
        "method_already_used" => "A second gate needs a different kind of method",
        "gates_complete" => "All verification gates are already passed",
        "challenge_not_found" => "No such challenge",
        "invalid_code" => "The code is not correct",
        "code_expired" => "The code has expired",
        "code_used" => "The code was already used",
        "too_many_attempts" => "Too many wrong codes",
        "gates_incomplete" => "Verification is not finished",
        "wrong_intent" => "This flow was started for something else",
        "password_rejected" => "The new password was rejected",
        "idempotency_conflict" => "Idempotency-Key reused with a different password",
        "rate_limited" => "Too many requests",
        "locked" => "Recovery is temporarily locked",
        "payload_too_large" => "The request body is too large",
        "not_found" => "Not found",
        "method_not_allowed" => "Method not allowed",
        "service_busy" => "The service is busy",
        _ => "Error",
    }
}

fn rate_limited(code: &str, detail: &str, retry_after: Duration) -> Box<Problem> {
    let status = if code == "locked" { 423 } else { 429 };
    let mut p = problem(status, code, detail);
    // Rounded up: a client that waits exactly this long must not be refused again.
    p.retry_after_s = Some(retry_after.as_millis().div_ceil(1000).max(1) as u64);
    p
}

#[derive(Debug, Serialize)]
struct Account {
    user: String,
    /// Argon2id PHC string; the plaintext is never kept.
    password_hash: String,
    gates: u32,
    locked: bool,
    methods: Vec<AccountMethod>,
    #[serde(skip)]
    last_totp_step: Option<u64>,
}

#[derive(Debug, Serialize)]
struct AccountMethod {
    id: String,
    kind: String,
    destination: Option<String>,
    #[serde(skip)]
    totp_secret: Option<Secret>,
    /// Question → HMAC of the normalised answer.
    answer_hashes: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum FlowState {
    Verifying,
    Verified,
    Complete,
    Failed,
}

/// One recovery flow. Kept small, because a service holds many (up to `max_flows`): the id is
/// the key of the table, the methods are derived again when needed, and all that only a flow
/// past its start needs is boxed on first use.
#[derive(Debug, Serialize)]
struct Flow {
    /// SHA-256 of the bearer token.
    #[serde(serialize_with = "as_hex")]
    token_hash: [u8; 32],
    user_key: Box<str>,
    /// False for an unknown user: the flow looks the same, but no code can ever pass.
    known: bool,
    intent: Intent,
    expires: SystemTime,
    gates_required: u32,
    gates_passed: u32,
    state: FlowState,
    was_locked: bool,
    progress: Option<Box<Progress>>,
}

/// What a flow gathers once codes are sent.
#[derive(Debug, Default, Serialize)]
struct Progress {
    used_kinds: Vec<String>,
    used_methods: Vec<String>,
    challenges: HashMap<String, Challenge>,
    challenge_count: u32,
    last_sent: HashMap<String, SystemTime>,
    /// Idempotency-Key and HMAC of the password it set.
    completed_by: Option<(String, String)>,
}

impl Flow {
    fn progress(&mut self) -> &mut Progress {
        self.progress.get_or_insert_with(Default::default)
    }

    fn used_methods(&self) -> Vec<String> {
        self.progress
            .as_ref()
            .map(|p| p.used_methods.clone())
            .unwrap_or_default()
    }
}

fn as_hex<S: serde::Serializer>(bytes: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&hex(bytes))
}

fn sha256(data: &[u8]) -> [u8; 32] {
    use sha2::Digest;
    Sha256::digest(data).into()
}

#[derive(Debug, Serialize)]
struct Challenge {
    method_id: String,
    kind: String,
    /// HMAC-SHA256(server key, challenge id + code); `None` when nothing can match.
    code_hash: Option<String>,
    question: Option<String>,
    expires: SystemTime,
    attempts_left: u32,
    used: bool,
}

/// What checking a code needs to know about its flow and challenge.
struct CheckFacts {
    known: bool,
    user_key: String,
    method_id: String,
    kind: String,
    code_hash: Option<String>,
    question: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutboxEntry {
    pub user: String,
    pub method: String,
    pub kind: String,
    pub destination: String,
    pub code: String,
    pub sent_at: String,
}

struct Window {
    start: SystemTime,
    count: u32,
}

pub struct Store {
    config: Config,
    key: [u8; 32],
    accounts: HashMap<String, Account>,
    flows: HashMap<String, Flow>,
    outbox: VecDeque<OutboxEntry>,
    user_windows: HashMap<String, Window>,
    client_windows: HashMap<String, Window>,
    failed_flows: HashMap<String, Vec<SystemTime>>,
    /// Flow ids in the order they can be reclaimed (expiry plus a grace period).
    reclaim_queue: VecDeque<(SystemTime, String)>,
    /// Counts state changes, to sweep the rate-limit tables now and then.
    since_sweep: u32,
    clock_offset: Duration,
}

/// Rate-limit tables (per user, per client, failed flows) hold at most this many keys: beyond
/// it, stale keys are swept, and if none is stale the service is full (503).
const MAX_TRACKED_KEYS: usize = 200_000;
/// How many state changes pass between sweeps of the rate-limit tables.
const SWEEP_EVERY: u32 = 4096;
/// How long an expired flow still answers `flow_expired` (not `flow_not_found`).
const MAX_EXPIRED_GRACE: Duration = Duration::from_secs(60);

fn normalize_user(user: &str) -> String {
    user.trim().to_lowercase()
}

/// Codes may be typed with spaces or dashes; answers in any case.
fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_lowercase()
}

fn normalize_answer(answer: &str) -> String {
    answer
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

pub fn rfc3339(t: SystemTime) -> String {
    humantime::format_rfc3339_seconds(t).to_string()
}

fn random_id(prefix: &str, bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rng().fill(&mut buf[..]);
    format!(
        "{prefix}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
    )
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn hash_password(password: &str) -> String {
    let mut salt_bytes = [0u8; 16];
    rand::rng().fill(&mut salt_bytes);
    let salt = SaltString::encode_b64(&salt_bytes).expect("16 bytes is a valid salt");
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 hashing")
        .to_string()
}

fn password_matches(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

const FAKE_QUESTIONS: &[&str] = &[
    "What was the name of your first pet?",
    "In which city were you born?",
    "What was your first car?",
];

impl Store {
    pub fn new(config: Config, specs: &[AccountSpec]) -> Self {
        let mut key = [0u8; 32];
        rand::rng().fill(&mut key);
        let mut store = Store {
            config,
            key,
            accounts: HashMap::new(),
            flows: HashMap::new(),
            outbox: VecDeque::new(),
            user_windows: HashMap::new(),
            client_windows: HashMap::new(),
            failed_flows: HashMap::new(),
            reclaim_queue: VecDeque::new(),
            since_sweep: 0,
            clock_offset: Duration::ZERO,
        };
        for spec in specs {
            let account = store.account_from_spec(spec);
            store.accounts.insert(normalize_user(&spec.user), account);
        }
        store
    }

    fn account_from_spec(&self, spec: &AccountSpec) -> Account {
        let methods = spec
            .methods
            .iter()
            .enumerate()
            .map(|(i, m)| AccountMethod {
                id: format!("m{}", i + 1),
                kind: m.kind.clone(),
                destination: m.to.clone(),
                totp_secret: m.secret.clone().map(Secret::new),
                answer_hashes: m
                    .answers
                    .iter()
                    .map(|(q, a)| {
                        (
                            q.clone(),
                            self.mac(&[b"answer", normalize_answer(a).as_bytes()]),
                        )
                    })
                    .collect(),
            })
            .collect();
        Account {
            user: spec.user.clone(),
            password_hash: hash_password(&spec.password),
            gates: spec.gates,
            locked: spec.locked,
            methods,
            last_totp_step: None,
        }
    }

    pub fn now(&self) -> SystemTime {
        SystemTime::now() + self.clock_offset
    }

    /// Dev only: move the server's clock forward (expiry and rate-limit windows).
    pub fn advance_clock(&mut self, by: Duration) -> Value {
        self.clock_offset += by;
        json!({"now": rfc3339(self.now()), "offset_s": self.clock_offset.as_secs()})
    }

    fn mac(&self, parts: &[&[u8]]) -> String {
        let mut mac = HmacSha256::new_from_slice(&self.key).expect("any key length");
        for p in parts {
            mac.update(&(p.len() as u64).to_be_bytes());
            mac.update(p);
        }
        hex(&mac.finalize().into_bytes())
    }

    fn mac_matches(&self, parts: &[&[u8]], expected: &str) -> bool {
        let actual = self.mac(parts);
        // Constant-time comparison of equal-length hex strings.
        actual.len() == expected.len()
            && actual
                .bytes()
                .zip(expected.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }

    /// Counts one request from `client`; every `/v1` request passes through here.
    pub fn check_client(&mut self, client: &str) -> Result<(), Box<Problem>> {
        let now = self.now();
        let limit = self.config.requests_per_client;
        let retry = bump(
            &mut self.client_windows,
            client,
            now,
            Duration::from_secs(60),
            limit,
        );
        match retry {
            Some(after) => Err(rate_limited(
                "rate_limited",
                "too many requests from this address; wait and try again",
                after,
            )),
            None => Ok(()),
        }
    }

    /// What an unknown user is shown: the shape (steps, method kinds, question counts) of one
    /// of the configured accounts, picked by the user id with the server key, with made-up
    /// destinations. Stable across calls and unguessable, so the answer to "start a flow"
    /// does not tell whether an account exists.
    fn decoy_for_unknown(&self, user_key: &str) -> (u32, Vec<MethodInfo>) {
        // Derived from the user id with the server key: stable across calls, unguessable.
        let seed = self.mac(&[b"fake", user_key.as_bytes()]);
        let pick = usize::from_str_radix(&seed[..8], 16).unwrap_or(0);
        let email_hint = if user_key.contains('@') {
            mask::email(user_key)
        } else {
            let c = user_key.chars().next().unwrap_or('u');
            format!("{c}****@{}******.com", &seed[8..9])
        };
        let digits: String = seed
            .chars()
            .filter(char::is_ascii_digit)
            .chain("0123456789".chars())
            .take(10)
            .collect();
        let phone_hint = mask::phone(&format!("+{digits}"));
        let mut shapes: Vec<&Account> = self.accounts.values().collect();
        shapes.sort_by(|a, b| a.user.cmp(&b.user));
        let Some(shape) = shapes.get(pick % shapes.len().max(1)) else {
            let methods = [("email", email_hint), ("sms", phone_hint)];
            let methods = methods
                .into_iter()
                .enumerate()
                .map(|(i, (kind, hint))| MethodInfo {
                    id: format!("m{}", i + 1),
                    kind: kind.into(),
                    hint,
                })
                .collect();
            return (self.config.default_gates, methods);
        };
        let methods = shape
            .methods
            .iter()
            .map(|m| {
                let mut view = Self::method_view(m);
                view.hint = match m.kind.as_str() {
                    "email" => email_hint.clone(),
                    "sms" | "voice" => phone_hint.clone(),
                    _ => view.hint,
                };
                view
            })
            .collect();
        (shape.gates, methods)
    }

    fn method_view(m: &AccountMethod) -> MethodInfo {
        let hint = match m.kind.as_str() {
            "email" => mask::email(m.destination.as_deref().unwrap_or("")),
            "sms" | "voice" => mask::phone(m.destination.as_deref().unwrap_or("")),
            "totp" => "authenticator app".to_owned(),
            "questions" => match m.answer_hashes.len() {
                1 => "1 security question".to_owned(),
                n => format!("{n} security questions"),
            },
            _ => String::new(),
        };
        MethodInfo {
            id: m.id.clone(),
            kind: m.kind.clone(),
            hint,
        }
    }

    pub fn start_flow(&mut self, user: &str, intent: Intent) -> Answer {
        let user_key = normalize_user(user);
        if user_key.is_empty() || user_key.len() > 256 {
            return Err(problem(
                400,
                "invalid_request",
                "user must be 1 to 256 characters",
            ));
        }
        let now = self.now();
        self.reclaim(now)?;
        self.check_recovery_lock(&user_key, now)?;
        let window = self.config.user_window;
        if let Some(after) = bump(
            &mut self.user_windows,
            &user_key,
            now,
            window,
            self.config.flows_per_user,
        ) {
            return Err(rate_limited(
                "rate_limited",
                "too many recovery attempts for this account; wait and try again",
                after,
            ));
        }
        let (known, gates_required, methods) = match self.accounts.get(&user_key) {
            Some(a) => (
                true,
                a.gates,
                a.methods.iter().map(Self::method_view).collect(),
            ),
            None => {
                let (gates, methods) = self.decoy_for_unknown(&user_key);
                (false, gates, methods)
            }
        };
        let id = random_id("fl_", 12);
        let token = random_id("ft_", 32);
        let flow = Flow {
            token_hash: sha256(token.as_bytes()),
            user_key: user_key.into(),
            known,
            intent,
            expires: now + self.config.flow_ttl,
            gates_required,
            gates_passed: 0,
            state: FlowState::Verifying,
            was_locked: false,
            progress: None,
        };
        let created = FlowCreated {
            flow_id: id.clone(),
            flow_token: token,
            expires_at: rfc3339(flow.expires),
            intent,
            gates_required,
            gates_passed: 0,
            methods,
            support: self.config.support.clone(),
        };
        let grace = self.config.flow_ttl.min(MAX_EXPIRED_GRACE);
        self.reclaim_queue
            .push_back((flow.expires + grace, id.clone()));
        self.flows.insert(id, flow);
        Ok((201, serde_json::to_value(created).expect("serializable")))
    }

    /// Keeps memory bounded whatever the traffic: drops flows past their expiry (and grace),
    /// sweeps stale rate-limit keys now and then, and answers 503 with `Retry-After` when the
    /// flow table is still full.
    fn reclaim(&mut self, now: SystemTime) -> Result<(), Box<Problem>> {
        while let Some((at, _)) = self.reclaim_queue.front() {
            if *at > now {
                break;
            }
            let (_, id) = self.reclaim_queue.pop_front().expect("looked at above");
            let gone = self
                .flows
                .get(&id)
                .is_some_and(|f| f.expires + self.config.flow_ttl.min(MAX_EXPIRED_GRACE) <= now);
            if gone {
                self.flows.remove(&id);
            }
        }
        self.since_sweep += 1;
        let crowded = self.user_windows.len() >= MAX_TRACKED_KEYS
            || self.client_windows.len() >= MAX_TRACKED_KEYS
            || self.failed_flows.len() >= MAX_TRACKED_KEYS;
        if self.since_sweep >= SWEEP_EVERY || crowded {
            self.since_sweep = 0;
            let user_window = self.config.user_window;
            let fresh = |w: &Window, length: Duration| {
                now.duration_since(w.start).unwrap_or_default() < length
            };
            self.user_windows.retain(|_, w| fresh(w, user_window));
            self.client_windows
                .retain(|_, w| fresh(w, Duration::from_secs(60)));
            self.failed_flows.retain(|_, times| {
                times.retain(|t| now.duration_since(*t).unwrap_or_default() < user_window);
                !times.is_empty()
            });
            self.reclaim_queue.shrink_to(self.reclaim_queue.len() * 2);
        }
        let full = self.flows.len() >= self.config.max_flows
            || self.user_windows.len() >= MAX_TRACKED_KEYS;
        if full {
            let wait = self
                .reclaim_queue
                .front()
                .map(|(at, _)| at.duration_since(now).unwrap_or_default())
                .unwrap_or(Duration::from_secs(1));
            let mut p = problem(
                503,
                "service_busy",
                "the service holds as many recovery flows as it can; try again shortly",
            );
            p.retry_after_s = Some(wait.as_millis().div_ceil(1000).max(1) as u64);
            return Err(p);
        }
        Ok(())
    }

    fn check_recovery_lock(&mut self, user_key: &str, now: SystemTime) -> Result<(), Box<Problem>> {
        let window = self.config.user_window;
        let Some(failures) = self.failed_flows.get_mut(user_key) else {
            return Ok(());
        };
        failures.retain(|t| now.duration_since(*t).unwrap_or_default() < window);
        if failures.is_empty() {
            self.failed_flows.remove(user_key);
            return Ok(());
        }
        if failures.len() as u32 >= self.config.failed_flows_before_lock {
            let oldest = failures.iter().min().copied().unwrap_or(now);
            let after = window.saturating_sub(now.duration_since(oldest).unwrap_or_default());
            return Err(rate_limited(
                "locked",
                "recovery for this account is locked after repeated failed verification; try again later",
                after,
            ));
        }
        Ok(())
    }

    /// The flow for `id` if `token` is its bearer token and it is still usable.
    fn flow_mut(&mut self, id: &str, token: Option<&str>) -> Result<&mut Flow, Box<Problem>> {
        let Some(token) = token else {
            return Err(problem(
                401,
                "invalid_token",
                "send the flow token as `Authorization: Bearer <flow_token>`",
            ));
        };
        let now = self.now();
        let token_hash = sha256(token.as_bytes());
        let flow = self
            .flows
            .get_mut(id)
            .ok_or_else(|| problem(404, "flow_not_found", "no such flow; start again"))?;
        if flow.token_hash != token_hash {
            return Err(problem(
                401,
                "invalid_token",
                "the flow token does not match this flow",
            ));
        }
        if now >= flow.expires {
            return Err(problem(
                410,
                "flow_expired",
                "this flow has expired; start again",
            ));
        }
        if flow.state == FlowState::Failed {
            return Err(problem(
                410,
                "flow_expired",
                "this flow ended after too many wrong codes; start again",
            ));
        }
        Ok(flow)
    }

    /// The methods a flow offers: the account's, or an unknown user's decoys (derived again,
    /// the same every time).
    fn methods_of(&self, user_key: &str, known: bool) -> Vec<MethodInfo> {
        match self.accounts.get(user_key).filter(|_| known) {
            Some(a) => a.methods.iter().map(Self::method_view).collect(),
            None => self.decoy_for_unknown(user_key).1,
        }
    }

    pub fn flow_status(&mut self, id: &str, token: Option<&str>) -> Answer {
        let flow = self.flow_mut(id, token)?;
        let (user_key, known) = (flow.user_key.clone(), flow.known);
        let methods = self.methods_of(&user_key, known);
        let flow = self.flows.get(id).expect("checked above");
        let status = FlowStatus {
            flow_id: id.to_owned(),
            intent: flow.intent,
            state: serde_json::to_value(flow.state)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            expires_at: rfc3339(flow.expires),
            gates_required: flow.gates_required,
            gates_passed: flow.gates_passed,
            methods,
            methods_used: flow.used_methods(),
        };
        Ok((200, serde_json::to_value(status).expect("serializable")))
    }

    pub fn cancel_flow(&mut self, id: &str, token: Option<&str>) -> Answer {
        self.flow_mut(id, token)?;
        self.flows.remove(id);
        Ok((204, Value::Null))
    }

    pub fn create_challenge(&mut self, id: &str, token: Option<&str>, method_id: &str) -> Answer {
        let now = self.now();
        let cfg = self.config.clone();
        let flow = self.flow_mut(id, token)?;
        let (user_key, known) = (flow.user_key.clone(), flow.known);
        let methods = self.methods_of(&user_key, known);
        let flow = self.flows.get_mut(id).expect("checked above");
        if flow.state == FlowState::Complete {
            return Err(problem(
                409,
                "flow_complete",
                "this flow is already complete",
            ));
        }
        if flow.gates_passed >= flow.gates_required {
            return Err(problem(
                409,
                "gates_complete",
                "all verification gates are passed",
            ));
        }
        let Some(method) = methods.into_iter().find(|m| m.id == method_id) else {
            return Err(problem(
                400,
                "unknown_method",
                format!("this flow has no method {method_id:?}"),
            ));
        };
        if flow.progress().used_kinds.contains(&method.kind) {
            return Err(problem(
                409,
                "method_already_used",
                format!(
                    "a {} method already passed a gate; the next gate needs a different kind",
                    method.kind
                ),
            ));
        }
        if let Some(last) = flow.progress().last_sent.get(method_id) {
            let since = now.duration_since(*last).unwrap_or_default();
            if since < cfg.resend_after {
                return Err(rate_limited(
                    "rate_limited",
                    "a code was sent moments ago; wait before asking for another",
                    cfg.resend_after - since,
                ));
            }
        }
        if flow.progress().challenge_count >= cfg.challenges_per_flow {
            return Err(rate_limited(
                "rate_limited",
                "too many codes sent in this flow; start again later",
                cfg.user_window,
            ));
        }
        flow.progress().challenge_count += 1;
        flow.progress().last_sent.insert(method_id.to_owned(), now);
        let challenge_id = random_id("ch_", 12);
        let known = flow.known;
        let user_key = flow.user_key.clone();

        let mut code_hash = None;
        let mut question = None;
        let mut code_length = Some(6);
        let account = if known {
            self.accounts.get(&*user_key)
        } else {
            None
        };
        let account_method = account.and_then(|a| a.methods.iter().find(|m| m.id == method_id));
        match method.kind.as_str() {
            "email" | "sms" | "voice" => {
                if let (Some(account), Some(m)) = (account, account_method) {
                    let code = format!("{:06}", rand::rng().random_range(0..1_000_000u32));
                    code_hash =
                        Some(self.mac(&[b"code", challenge_id.as_bytes(), code.as_bytes()]));
                    self.outbox.push_back(OutboxEntry {
                        user: account.user.clone(),
                        method: m.id.clone(),
                        kind: m.kind.clone(),
                        destination: m.destination.clone().unwrap_or_default(),
                        code,
                        sent_at: rfc3339(now),
                    });
                    if self.outbox.len() > 1000 {
                        self.outbox.pop_front();
                    }
                }
            }
            "totp" => {}
            "questions" => {
                code_length = None;
                let q = match account_method {
                    Some(m) => {
                        let keys: Vec<&String> = m.answer_hashes.keys().collect();
                        keys[rand::rng().random_range(0..keys.len())].clone()
                    }
                    None => {
                        let seed = self.mac(&[b"question", user_key.as_bytes()]);
                        FAKE_QUESTIONS[usize::from(seed.as_bytes()[0]) % FAKE_QUESTIONS.len()]
                            .to_owned()
                    }
                };
                question = Some(q);
            }
            _ => {}
        }
        let challenge = Challenge {
            method_id: method_id.to_owned(),
            kind: method.kind.clone(),
            code_hash,
            question: question.clone(),
            expires: now + cfg.code_ttl,
            attempts_left: cfg.max_attempts,
            used: false,
        };
        let created = ChallengeCreated {
            challenge_id: challenge_id.clone(),
            method: method_id.to_owned(),
            kind: method.kind,
            code_length,
            expires_at: rfc3339(challenge.expires),
            resend_after_s: cfg.resend_after.as_secs(),
            attempts_left: cfg.max_attempts,
            question,
        };
        let flow = self.flows.get_mut(id).expect("checked above");
        flow.progress().challenges.insert(challenge_id, challenge);
        Ok((202, serde_json::to_value(created).expect("serializable")))
    }

    pub fn verify(
        &mut self,
        id: &str,
        token: Option<&str>,
        challenge_id: &str,
        code: &str,
    ) -> Answer {
        let now = self.now();
        self.flow_mut(id, token)?;
        let flow = self.flows.get(id).expect("checked above");
        let Some(ch) = flow
            .progress
            .as_ref()
            .and_then(|p| p.challenges.get(challenge_id))
        else {
            return Err(problem(
                404,
                "challenge_not_found",
                "no such challenge in this flow",
            ));
        };
        if ch.used {
            return Err(problem(
                409,
                "code_used",
                "this code was already used; codes are single-use",
            ));
        }
        if now >= ch.expires {
            return Err(problem(
                400,
                "code_expired",
                "the code has expired; ask for a new one",
            ));
        }
        let facts = CheckFacts {
            known: flow.known,
            user_key: flow.user_key.to_string(),
            method_id: ch.method_id.clone(),
            kind: ch.kind.clone(),
            code_hash: ch.code_hash.clone(),
            question: ch.question.clone(),
        };
        let matched = self.code_matches(&facts, challenge_id, code);
        let user_key = facts.user_key;
        let flow = self.flows.get_mut(id).expect("checked above");
        let ch = flow
            .progress()
            .challenges
            .get_mut(challenge_id)
            .expect("checked above");
        if !matched {
            ch.attempts_left = ch.attempts_left.saturating_sub(1);
            if ch.attempts_left == 0 {
                flow.state = FlowState::Failed;
                self.failed_flows.entry(user_key).or_default().push(now);
                return Err(problem(
                    403,
                    "too_many_attempts",
                    "too many wrong codes; this flow has ended, start again",
                ));
            }
            let left = ch.attempts_left;
            let mut p = problem(
                400,
                "invalid_code",
                format!("the code is not correct; {left} attempt(s) left"),
            );
            p.attempts_left = Some(left);
            return Err(p);
        }
        ch.used = true;
        let (method_id, kind) = (ch.method_id.clone(), ch.kind.clone());
        flow.progress().used_methods.push(method_id);
        flow.progress().used_kinds.push(kind);
        flow.gates_passed += 1;
        let next = if flow.gates_passed < flow.gates_required {
            "challenge"
        } else {
            flow.state = FlowState::Verified;
            flow.intent.as_str_next()
        };
        let result = VerifyResult {
            gates_passed: flow.gates_passed,
            gates_required: flow.gates_required,
            next: next.to_owned(),
        };
        Ok((200, serde_json::to_value(result).expect("serializable")))
    }

    fn code_matches(&mut self, ch: &CheckFacts, challenge_id: &str, code: &str) -> bool {
        if !ch.known {
            return false;
        }
        match ch.kind.as_str() {
            "questions" => {
                let (Some(q), Some(account)) = (&ch.question, self.accounts.get(&ch.user_key))
                else {
                    return false;
                };
                let hash = account
                    .methods
                    .iter()
                    .find(|m| m.id == ch.method_id)
                    .and_then(|m| m.answer_hashes.get(q));
                hash.is_some_and(|h| {
                    self.mac_matches(&[b"answer", normalize_answer(code).as_bytes()], h)
                })
            }
            "totp" => self.totp_matches(&ch.user_key, &ch.method_id, &normalize_code(code)),
            _ => ch.code_hash.as_deref().is_some_and(|h| {
                self.mac_matches(
                    &[
                        b"code",
                        challenge_id.as_bytes(),
                        normalize_code(code).as_bytes(),
                    ],
                    h,
                )
            }),
        }
    }

    /// RFC 6238 with one step of skew either way; a step once accepted is never accepted again.
    fn totp_matches(&mut self, user_key: &str, method_id: &str, code: &str) -> bool {
        let Some(account) = self.accounts.get_mut(user_key) else {
            return false;
        };
        let Some(secret) = account
            .methods
            .iter()
            .find(|m| m.id == method_id)
            .and_then(|m| m.totp_secret.as_ref())
        else {
            return false;
        };
        let Ok(bytes) = totp_rs::Secret::Encoded(secret.expose().to_owned()).to_bytes() else {
            return false;
        };
        let totp = totp_rs::TOTP::new_unchecked(totp_rs::Algorithm::SHA1, 6, 1, 30, bytes);
        // TOTP follows the real clock, as the person's authenticator app does.
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        let step = now / 30;
        for candidate in [step.saturating_sub(1), step, step + 1] {
            if account.last_totp_step.is_some_and(|last| candidate <= last) {
                continue;
            }
            if totp.generate(candidate * 30) == code {
                account.last_totp_step = Some(candidate);
                return true;
            }
        }
        false
    }

    pub fn policy(&self) -> Answer {
        Ok((
            200,
            serde_json::to_value(&self.config.policy).expect("serializable"),
        ))
    }

    pub fn flow_policy(&mut self, id: &str, token: Option<&str>) -> Answer {
        self.flow_mut(id, token)?;
        self.policy()
    }

    fn ready_for(
        &mut self,
        id: &str,
        token: Option<&str>,
        intent: Intent,
    ) -> Result<(), Box<Problem>> {
        let flow = self.flow_mut(id, token)?;
        if flow.intent != intent {
            return Err(problem(
                409,
                "wrong_intent",
                format!("this flow was started to {}", flow.intent.as_str()),
            ));
        }
        if flow.state == FlowState::Verifying {
            return Err(problem(
                403,
                "gates_incomplete",
                format!(
                    "{} of {} verification gates passed",
                    flow.gates_passed, flow.gates_required
                ),
            ));
        }
        Ok(())
    }

    pub fn set_password(
        &mut self,
        id: &str,
        token: Option<&str>,
        new_password: &Secret,
        idempotency_key: Option<&str>,
    ) -> Answer {
        self.ready_for(id, token, Intent::Reset)?;
        let pw_mac = self.mac(&[b"idem", new_password.expose().as_bytes()]);
        let flow = self.flows.get(id).expect("checked above");
        if flow.state == FlowState::Complete {
            let completed_by = flow.progress.as_ref().and_then(|p| p.completed_by.as_ref());
            return match (completed_by, idempotency_key) {
                (Some((key, mac)), Some(given)) if key == given => {
                    if self.mac_matches(&[b"idem", new_password.expose().as_bytes()], mac) {
                        Ok((200, json!({"state": "complete"})))
                    } else {
                        Err(problem(
                            409,
                            "idempotency_conflict",
                            "this Idempotency-Key already set a different password",
                        ))
                    }
                }
                _ => Err(problem(
                    409,
                    "flow_complete",
                    "the password was already set in this flow",
                )),
            };
        }
        let user_key = flow.user_key.clone();
        let account = self
            .accounts
            .get(&*user_key)
            .expect("only known users get verified");
        let mut violations = self.config.policy.check(new_password, &account.user);
        if self.config.policy.disallow_reuse
            && password_matches(&account.password_hash, new_password.expose())
        {
            violations.push(crate::error::Violation {
                rule: "not_reused".into(),
                message: "is your current password".into(),
            });
        }
        if !violations.is_empty() {
            let mut p = problem(
                422,
                "password_rejected",
                "the new password does not meet the policy",
            );
            p.violations = violations;
            return Err(p);
        }
        let hash = hash_password(new_password.expose());
        let account = self.accounts.get_mut(&*user_key).expect("checked above");
        account.password_hash = hash;
        let was_locked = std::mem::replace(&mut account.locked, false);
        let flow = self.flows.get_mut(id).expect("checked above");
        flow.state = FlowState::Complete;
        flow.was_locked = was_locked;
        flow.progress().completed_by = idempotency_key.map(|k| (k.to_owned(), pw_mac));
        let user_key = flow.user_key.clone();
        let notified = self.notify_owner(&user_key, "your password was changed", self.now());
        let done = Completed {
            state: "complete".into(),
            was_locked: Some(was_locked),
            notified: Some(notified),
        };
        Ok((200, serde_json::to_value(done).expect("serializable")))
    }

    pub fn unlock(&mut self, id: &str, token: Option<&str>) -> Answer {
        self.ready_for(id, token, Intent::Unlock)?;
        let flow = self.flows.get_mut(id).expect("checked above");
        if flow.state != FlowState::Complete {
            let account = self
                .accounts
                .get_mut(&*flow.user_key)
                .expect("only known users get verified");
            flow.was_locked = std::mem::replace(&mut account.locked, false);
            flow.state = FlowState::Complete;
        }
        let was_locked = flow.was_locked;
        let user_key = flow.user_key.clone();
        let notified = self.notify_owner(&user_key, "your account was unlocked", self.now());
        let done = Completed {
            state: "complete".into(),
            was_locked: Some(was_locked),
            notified: Some(notified),
        };
        Ok((200, serde_json::to_value(done).expect("serializable")))
    }

    /// Tells the account's owner what happened, by the first email (or phone) on the account,
    /// as a notice in the outbox; whether anybody was told.
    fn notify_owner(&mut self, user_key: &str, what: &str, now: SystemTime) -> bool {
        let Some(account) = self.accounts.get(user_key) else {
            return false;
        };
        let Some(m) = account
            .methods
            .iter()
            .find(|m| matches!(m.kind.as_str(), "email" | "sms") && m.destination.is_some())
        else {
            return false;
        };
        let entry = OutboxEntry {
            user: account.user.clone(),
            method: m.id.clone(),
            kind: "notice".to_owned(),
            destination: m.destination.clone().unwrap_or_default(),
            code: what.to_owned(),
            sent_at: rfc3339(now),
        };
        self.outbox.push_back(entry);
        if self.outbox.len() > 1000 {
            self.outbox.pop_front();
        }
        true
    }

    /// Where people get help, as the service says it.
    pub fn support(&self) -> Option<String> {
        self.config.support.clone()
    }

    // ---- dev-only ----

    pub fn outbox(&self, user: Option<&str>) -> Value {
        let user = user.map(normalize_user);
        let entries: Vec<&OutboxEntry> = self
            .outbox
            .iter()
            .filter(|e| user.as_deref().is_none_or(|u| normalize_user(&e.user) == u))
            .collect();
        serde_json::to_value(entries).expect("serializable")
    }

    pub fn login(&self, user: &str, password: &Secret) -> Answer {
        let account = self.accounts.get(&normalize_user(user));
        match account {
            Some(a) if a.locked => Err(problem(423, "locked", "the account is locked")),
            Some(a) if password_matches(&a.password_hash, password.expose()) => {
                Ok((200, json!({"user": a.user, "ok": true})))
            }
            _ => Err(problem(401, "invalid_request", "wrong user or password")),
        }
    }

    pub fn lock(&mut self, user: &str) -> Answer {
        match self.accounts.get_mut(&normalize_user(user)) {
            Some(a) => {
                a.locked = true;
                Ok((200, json!({"user": a.user, "locked": true})))
            }
            None => Err(problem(404, "not_found", "no such account")),
        }
    }

    /// What the store keeps, for the test that no plaintext password or code is in it.
    pub fn dump(&self) -> Value {
        json!({
            "accounts": self.accounts.values().collect::<Vec<_>>(),
            "flows": self.flows.iter().map(|(id, f)| json!({"id": id, "flow": f})).collect::<Vec<_>>(),
        })
    }
}

impl Intent {
    fn as_str_next(self) -> &'static str {
        match self {
            Intent::Reset => "password",
            Intent::Unlock => "unlock",
        }
    }
}

/// Counts one event in a fixed window; `Some(wait)` when the limit is already reached.
fn bump(
    windows: &mut HashMap<String, Window>,
    key: &str,
    now: SystemTime,
    length: Duration,
    limit: u32,
) -> Option<Duration> {
    let w = windows.entry(key.to_owned()).or_insert(Window {
        start: now,
        count: 0,
    });
    let age = now.duration_since(w.start).unwrap_or_default();
    if age >= length {
        w.start = now;
        w.count = 0;
    }
    if w.count >= limit {
        return Some(length.saturating_sub(age).max(Duration::from_secs(1)));
    }
    w.count += 1;
    None
}
