//! The dev-server's tunables.

use super::*;

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
