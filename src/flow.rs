//! The provider-independent flow engine: start, pass each verification gate, then set the new
//! password or unlock. Everything the person sees or types goes through `FlowUi`.

use std::time::Duration;

use rand::Rng;
use serde::Serialize;

use crate::error::{Failure, FailureKind, Result, Violation};
use crate::policy::Policy;
use crate::protocol::{ChallengeCreated, Intent, MethodInfo};
use crate::provider::{Provider, StartedFlow};
use crate::secret::Secret;

/// Everything the flow needs from the person (or from whoever plays them).
pub trait FlowUi {
    /// The user id when none was given.
    fn ask_user(&mut self) -> Result<String>;
    fn flow_started(&mut self, user: &str, flow: &StartedFlow);
    /// Picks one of `methods` (those still usable) for gate `gate` of `gates`.
    fn choose_method(
        &mut self,
        gate: u32,
        gates: u32,
        methods: &[MethodInfo],
    ) -> Result<MethodInfo>;
    /// Called around a slow request (sending a code): start and stop a spinner.
    fn busy(&mut self, message: &str);
    fn done(&mut self);
    fn challenge_sent(&mut self, method: &MethodInfo, challenge: &ChallengeCreated) -> Result<()>;
    fn code(&mut self, method: &MethodInfo, challenge: &ChallengeCreated) -> Result<Secret>;
    fn wrong_code(&mut self, attempts_left: u32);
    /// The code expired: send a new one? (false = give up)
    fn offer_resend(&mut self, method: &MethodInfo) -> Result<bool>;
    fn gate_passed(&mut self, passed: u32, required: u32);
    fn show_policy(&mut self, policy: &Policy);
    fn new_password(&mut self, policy: &Policy, user: &str) -> Result<Secret>;
    /// The password was refused (locally or by the service); true = ask again.
    fn password_refused(&mut self, violations: &[Violation], by_service: bool) -> Result<bool>;
    /// Rate-limited: wait it out (showing a countdown) and return true to retry, or false.
    fn wait_rate_limit(&mut self, wait: Duration, message: &str) -> Result<bool>;
}

#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub intent: Intent,
    pub user: String,
    pub gates_passed: u32,
    pub gates_required: u32,
    pub methods_used: Vec<String>,
    /// For unlock: whether the account was locked before.
    pub was_locked: Option<bool>,
}

/// The longest rate-limit wait the engine offers to sit through.
const MAX_WAIT: Duration = Duration::from_secs(120);

/// Runs `op`, waiting out rate limits the UI agrees to wait for.
fn patiently<T>(ui: &mut dyn FlowUi, mut op: impl FnMut() -> Result<T>) -> Result<T> {
    loop {
        match op() {
            Err(f) if f.kind == FailureKind::RateLimited => {
                let wait = f.retry_after.unwrap_or(Duration::from_secs(30));
                if wait > MAX_WAIT || !ui.wait_rate_limit(wait, &f.message)? {
                    return Err(f);
                }
            }
            other => return other,
        }
    }
}

fn idempotency_key() -> String {
    let bytes: [u8; 16] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn run(
    provider: &mut dyn Provider,
    ui: &mut dyn FlowUi,
    user: Option<String>,
    intent: Intent,
) -> Result<Outcome> {
    let user = match user {
        Some(u) if !u.trim().is_empty() => u.trim().to_owned(),
        _ => ui.ask_user()?,
    };
    let flow = patiently(ui, || provider.start(&user, intent))?;
    ui.flow_started(&user, &flow);

    let mut gates_passed = flow.gates_passed;
    let mut used_kinds: Vec<String> = Vec::new();
    while gates_passed < flow.gates_required {
        let usable: Vec<MethodInfo> = flow
            .methods
            .iter()
            .filter(|m| !used_kinds.contains(&m.kind))
            .cloned()
            .collect();
        if usable.is_empty() {
            return Err(Failure::new(
                FailureKind::Verification,
                format!(
                    "{} needs {} verification gates with different kinds of method, and no other method is left",
                    provider.service(),
                    flow.gates_required
                ),
            )
            .with_hint("add another verification method to your account, or ask your help desk"));
        }
        let method = ui.choose_method(gates_passed + 1, flow.gates_required, &usable)?;
        let result = pass_gate(provider, ui, &flow, &method)?;
        gates_passed = result;
        used_kinds.push(method.kind.clone());
        ui.gate_passed(gates_passed, flow.gates_required);
    }

    let was_locked = match intent {
        Intent::Reset => {
            set_password(provider, ui, &flow, &user)?;
            None
        }
        Intent::Unlock => Some(patiently(ui, || provider.unlock(&flow))?),
    };
    Ok(Outcome {
        intent,
        user,
        gates_passed,
        gates_required: flow.gates_required,
        methods_used: used_kinds,
        was_locked,
    })
}

/// Sends a challenge through `method` and takes codes until one passes; returns gates passed.
fn pass_gate(
    provider: &mut dyn Provider,
    ui: &mut dyn FlowUi,
    flow: &StartedFlow,
    method: &MethodInfo,
) -> Result<u32> {
    'send: loop {
        ui.busy(&format!(
            "Sending a code via {} ({})…",
            method.kind, method.hint
        ));
        let sent = patiently(ui, || provider.send_challenge(flow, method));
        ui.done();
        let challenge = sent?;
        ui.challenge_sent(method, &challenge)?;
        loop {
            let code = ui.code(method, &challenge)?;
            match provider.verify(flow, &challenge, &code) {
                Ok(v) => return Ok(v.gates_passed),
                Err(f) if f.is_code("invalid_code") && f.attempts_left.unwrap_or(0) > 0 => {
                    ui.wrong_code(f.attempts_left.unwrap_or(0));
                }
                Err(f) if f.is_code("code_expired") => {
                    if ui.offer_resend(method)? {
                        continue 'send;
                    }
                    return Err(f.with_hint("run pwreset again to get a new code"));
                }
                Err(f) if f.is_code("too_many_attempts") => {
                    return Err(f.with_hint("start again with `pwreset reset`; if you never received the code, check the destination shown"));
                }
                Err(f) => return Err(f),
            }
        }
    }
}

fn set_password(
    provider: &mut dyn Provider,
    ui: &mut dyn FlowUi,
    flow: &StartedFlow,
    user: &str,
) -> Result<()> {
    let policy = provider.policy(Some(flow))?;
    ui.show_policy(&policy);
    loop {
        let password = ui.new_password(&policy, user)?;
        if password.is_empty() {
            return Err(Failure::new(
                FailureKind::PasswordRejected,
                "the new password is empty",
            ));
        }
        let violations = policy.check(&password, user);
        if !violations.is_empty() {
            if ui.password_refused(&violations, false)? {
                continue;
            }
            let mut f = Failure::new(
                FailureKind::PasswordRejected,
                "the new password does not meet the policy (checked locally; nothing was sent)",
            );
            f.violations = violations;
            return Err(f);
        }
        let key = idempotency_key();
        ui.busy("Setting the new password…");
        let result = patiently(ui, || provider.set_password(flow, &password, &key));
        ui.done();
        match result {
            Ok(()) => return Ok(()),
            Err(f) if f.kind == FailureKind::PasswordRejected => {
                if ui.password_refused(&f.violations, true)? {
                    continue;
                }
                return Err(f);
            }
            Err(f) => return Err(f),
        }
    }
}
