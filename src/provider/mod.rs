//! Providers: one per reset API, each owning its wire format, all behind one trait that the flow
//! engine drives. No provider has a path to an administrative API (DESIGN §1).

pub mod pwreset;

use crate::error::Result;
use crate::policy::Policy;
use crate::protocol::{ChallengeCreated, Intent, MethodInfo, VerifyResult};
use crate::secret::Secret;

/// A recovery flow as the service started it.
#[derive(Debug, Clone)]
pub struct StartedFlow {
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
    fn send_challenge(
        &mut self,
        flow: &StartedFlow,
        method: &MethodInfo,
    ) -> Result<ChallengeCreated>;

    fn verify(
        &mut self,
        flow: &StartedFlow,
        challenge: &ChallengeCreated,
        code: &Secret,
    ) -> Result<VerifyResult>;

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
}
