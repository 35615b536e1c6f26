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

mod config;
mod flows;
mod limits;
mod model;

pub use config::{Config, DEFAULT_SUPPORT};
use limits::{bump, Window, MAX_EXPIRED_GRACE};
use model::*;
pub use model::{hash_password, rfc3339, OutboxEntry};

type HmacSha256 = Hmac<Sha256>;

/// What an operation answers: a status and a JSON body, or a problem.
pub type Answer = Result<(u16, Value), Box<Problem>>;

pub fn problem(status: u16, code: &str, detail: impl Into<String>) -> Box<Problem> {
    Box::new(Problem {
        type_: format!("urn:pwreset:problem:{code}"),
        title: crate::t!("problem-title", code = code),
        status,
        detail: detail.into(),
        code: code.to_owned(),
        ..Problem::default()
    })
}

fn rate_limited(code: &str, detail: &str, retry_after: Duration) -> Box<Problem> {
    let status = if code == "locked" { 423 } else { 429 };
    let mut p = problem(status, code, detail);
    // Rounded up: a client that waits exactly this long must not be refused again.
    p.retry_after_s = Some(retry_after.as_millis().div_ceil(1000).max(1) as u64);
    p
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
            Some(a) if a.locked => Err(problem(423, "locked", crate::t!("server-account-locked"))),
            Some(a) if password_matches(&a.password_hash, password.expose()) => {
                Ok((200, json!({"user": a.user, "ok": true})))
            }
            _ => Err(problem(
                401,
                "invalid_request",
                crate::t!("server-wrong-user-password"),
            )),
        }
    }

    pub fn lock(&mut self, user: &str) -> Answer {
        match self.accounts.get_mut(&normalize_user(user)) {
            Some(a) => {
                a.locked = true;
                Ok((200, json!({"user": a.user, "locked": true})))
            }
            None => Err(problem(
                404,
                "not_found",
                crate::t!("server-no-such-account"),
            )),
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
