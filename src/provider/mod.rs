//! Providers: one per reset API, each owning its wire format, all behind one trait that the flow
//! engine drives. No provider has a path to an administrative API (docs/design.md §1).

pub mod allauth;
pub mod better_auth;
pub mod cognito;
pub mod contract;
pub mod entra;
pub mod firebase;
pub mod pocketbase;
pub mod pwreset;

use crate::error::Result;
use crate::policy::Policy;
use crate::protocol::{Intent, MethodInfo};
use crate::secret::Secret;
pub use contract::{Answer, Capabilities, Challenge, CodeCheck, Refusal, Verified};

/// A recovery flow as the service started it.
#[derive(Debug, Clone)]
pub struct StartedFlow {
    /// The user id the flow is for.
    pub user: String,
    pub id: String,
    pub token: Secret,
    pub intent: Intent,
    pub expires_at: Option<String>,
    pub gates_required: u32,
    pub gates_passed: u32,
    pub methods: Vec<MethodInfo>,
}

pub trait Provider {
    /// `pwreset`, `cognito`, `firebase`, ...
    fn name(&self) -> &'static str;

    /// The service as the person knows it (its host), for messages.
    fn service(&self) -> String;

    fn start(&mut self, user: &str, intent: Intent) -> Result<StartedFlow>;

    /// Sends a code (or asks a question) through `method`.
    fn send_challenge(&mut self, flow: &StartedFlow, method: &MethodInfo) -> Result<Challenge>;

    fn verify(
        &mut self,
        flow: &StartedFlow,
        challenge: &Challenge,
        code: &Secret,
    ) -> Result<Verified>;

    /// The password rules; with no flow, the service-wide rules.
    fn policy(&mut self, flow: Option<&StartedFlow>) -> Result<Policy>;

    /// Sets the new password. `idempotency_key` makes a retry of the same submission safe.
    fn set_password(
        &mut self,
        flow: &StartedFlow,
        password: &Secret,
        idempotency_key: &str,
    ) -> Result<()>;

    /// Unlocks the account; returns whether it was locked.
    fn unlock(&mut self, flow: &StartedFlow) -> Result<bool>;

    /// Ends a flow that will not be finished (best effort).
    fn cancel(&mut self, flow: &StartedFlow) -> Result<()>;

    /// Requests sent so far, for `--verbose` and the measurements.
    fn request_count(&self) -> u32;

    /// What the service can do; the engine and commands adapt to this, never to `name()`.
    fn capabilities(&self) -> Capabilities;

    /// Where the service says to get help when self-service cannot go on, if it said.
    fn support(&self) -> Option<String> {
        None
    }

    /// Whether the service said it told the account's owner about the change.
    fn notified(&self) -> Option<bool> {
        None
    }

    /// Something the last call learnt that the person should see (whose code this is).
    fn take_note(&mut self) -> Option<String> {
        None
    }
}
