//! Providers: one per reset API, each owning its wire format, all behind one trait that the flow
//! engine drives. No provider has a path to an administrative API (docs/design.md §1).

pub mod allauth;
pub mod better_auth;
pub mod cognito;
pub mod contract;
pub mod entra;
pub mod firebase;
pub mod kratos;
pub mod okta;
pub mod pocketbase;
pub mod pwreset;
pub mod supabase;

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

impl StartedFlow {
    /// A flow of one step, by email to the address typed: the services that mail one code or
    /// link to the account and keep no flow of their own. The address is shown as typed,
    /// whether or not an account uses it (the sentences that show it say "if it has an
    /// account").
    pub fn by_email(user: &str, intent: Intent, id: &str, method_id: &str) -> StartedFlow {
        StartedFlow {
            user: user.to_owned(),
            id: id.to_owned(),
            token: Secret::default(),
            intent,
            expires_at: None,
            gates_required: 1,
            gates_passed: 0,
            methods: vec![MethodInfo {
                id: method_id.to_owned(),
                kind: "email".into(),
                hint: user.to_owned(),
            }],
        }
    }
}

/// The refusal of a password step that comes before any code was given.
pub fn no_code_yet() -> crate::error::Failure {
    crate::error::Failure::refused(
        Refusal::WrongCode {
            attempts_left: None,
        },
        crate::t!("cognito-no-code-was-entered"),
    )
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

    /// Unlocks the account; returns whether it was locked. By default there is no
    /// self-service unlock, in the words of `capabilities().unlock`.
    fn unlock(&mut self, _flow: &StartedFlow) -> Result<bool> {
        self.capabilities().can_unlock()?;
        Err(crate::error::Failure::refused(
            Refusal::NotSupported,
            crate::t!("flow-unlock-not-offered"),
        ))
    }

    /// Ends a flow that will not be finished (best effort). By default the service keeps no
    /// flow worth ending.
    fn cancel(&mut self, _flow: &StartedFlow) -> Result<()> {
        Ok(())
    }

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
