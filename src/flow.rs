//! The provider-independent flow engine: start (or resume), pass each verification gate, then
//! set the new password or unlock. Everything the person sees or types goes through `FlowUi`;
//! progress is written to a `Journal` after every step so that `--resume` can continue after a
//! lost connection, Ctrl-C or `kill -9`; a `PasswordKeeper` stores a generated password
//! *before* it is submitted, so it is never lost.

use std::time::{Duration, SystemTime};

use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::error::{Failure, FailureKind, Result, Violation};
use crate::policy::Policy;
use crate::protocol::{Intent, MethodInfo};
use crate::provider::{Challenge, Provider, Refusal, StartedFlow, Verified};
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
    fn challenge_sent(&mut self, method: &MethodInfo, challenge: &Challenge) -> Result<()>;
    /// A resumed flow goes on with a code sent before: say which step and which code.
    fn challenge_outstanding(
        &mut self,
        _gate: u32,
        _gates: u32,
        _method: &MethodInfo,
        _challenge: &Challenge,
    ) {
    }
    /// The code for `challenge`; `gate` counts from 1.
    fn code(&mut self, gate: u32, method: &MethodInfo, challenge: &Challenge) -> Result<Secret>;
    /// The code, or another choice the person made at the code prompt (a new code, another
    /// method); `can_switch` says whether another method is left.
    fn code_or_choice(
        &mut self,
        gate: u32,
        method: &MethodInfo,
        challenge: &Challenge,
        _can_switch: bool,
    ) -> Result<CodeAnswer> {
        self.code(gate, method, challenge).map(CodeAnswer::Code)
    }
    /// The last code was wrong (`attempts_left` when the service says): true = ask again.
    fn wrong_code(&mut self, attempts_left: Option<u32>) -> Result<bool>;
    /// The code expired: send a new one? (false = give up)
    fn offer_resend(&mut self, method: &MethodInfo) -> Result<bool>;
    fn gate_passed(&mut self, passed: u32, required: u32);
    fn show_policy(&mut self, policy: &Policy);
    /// Where the rules come from and what they leave out, said before they are shown.
    fn policy_note(&mut self, _note: &str) {}
    fn new_password(&mut self, policy: &Policy, user: &str) -> Result<Secret>;
    /// The password was refused (locally or by the service); true = ask again.
    fn password_refused(&mut self, violations: &[Violation], by_service: bool) -> Result<bool>;
    /// Rate-limited: wait it out (showing a countdown) and return true to retry, or false.
    fn wait_rate_limit(&mut self, wait: Duration, message: &str) -> Result<bool>;
    /// Something the service said that the person should see (e.g. whose code this is).
    fn note(&mut self, _text: &str) {}
}

/// What the person answered at the code prompt.
pub enum CodeAnswer {
    Code(Secret),
    /// Send a new code by the same method.
    Resend,
    /// Choose another method for this step.
    OtherMethod,
}

/// What is kept between runs. It holds the flow token, so it is stored only as a secret.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Checkpoint {
    pub version: u32,
    pub provider: String,
    pub user: String,
    pub intent: Intent,
    pub flow_id: String,
    pub flow_token: Secret,
    pub expires_at: Option<String>,
    pub gates_required: u32,
    pub gates_passed: u32,
    pub methods: Vec<MethodInfo>,
    pub used_kinds: Vec<String>,
    /// A challenge sent but not yet answered.
    pub challenge: Option<(MethodInfo, Challenge)>,
    /// A password submitted (or about to be) whose answer has not arrived.
    pub pending: Option<Pending>,
    /// The code that authorises the password change where no flow token does (Cognito,
    /// Firebase), kept so that `--resume` can submit the password (again) after every gate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held_code: Option<HeldCode>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HeldCode {
    pub method: MethodInfo,
    pub challenge: Challenge,
    pub code: Secret,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pending {
    pub idempotency_key: String,
    /// Where a generated password waits (empty when the person typed it).
    pub stored_in: Vec<String>,
}

impl Checkpoint {
    /// How far the flow got, in words; `code_checked_with_password` is the provider's
    /// `checks_code_with_password` (a held code has then not been checked yet).
    pub fn state(&self, code_checked_with_password: bool) -> String {
        if self.pending.is_some() {
            crate::t!("flow-new-password-was-sent-2").to_owned()
        } else if self.held_code.is_some() && code_checked_with_password {
            crate::t!("flow-code-was-entered-service").to_owned()
        } else {
            crate::t!(
                "flow-verification-steps-done",
                gates_passed = self.gates_passed,
                gates_required = self.gates_required
            )
        }
    }

    /// Keeps the code a provider needs again with the password (see `held_code`).
    fn hold_code(&mut self, method: &MethodInfo, challenge: &Challenge, code: Secret) {
        self.held_code = Some(HeldCode {
            method: method.clone(),
            challenge: challenge.clone(),
            code,
        });
    }

    fn new(provider: &str, user: &str, intent: Intent, flow: &StartedFlow) -> Checkpoint {
        Checkpoint {
            version: 2,
            provider: provider.to_owned(),
            user: user.to_owned(),
            intent,
            flow_id: flow.id.clone(),
            flow_token: flow.token.clone(),
            expires_at: flow.expires_at.clone(),
            gates_required: flow.gates_required,
            gates_passed: flow.gates_passed,
            methods: flow.methods.clone(),
            used_kinds: Vec::new(),
            challenge: None,
            pending: None,
            held_code: None,
        }
    }

    fn flow(&self) -> StartedFlow {
        StartedFlow {
            user: self.user.clone(),
            id: self.flow_id.clone(),
            token: self.flow_token.clone(),
            intent: self.intent,
            expires_at: self.expires_at.clone(),
            gates_required: self.gates_required,
            gates_passed: self.gates_passed,
            methods: self.methods.clone(),
        }
    }
}

/// Where checkpoints go between runs.
pub trait Journal {
    fn save(&mut self, checkpoint: &Checkpoint) -> Result<()>;
    fn clear(&mut self) -> Result<()>;
    /// Whether what is saved outlives this run (so that running again continues).
    fn persists(&self) -> bool {
        true
    }
}

/// For flows that cannot be resumed (the demo; no keyring and no flow file).
pub struct NoJournal;

impl Journal for NoJournal {
    fn save(&mut self, _: &Checkpoint) -> Result<()> {
        Ok(())
    }
    fn clear(&mut self) -> Result<()> {
        Ok(())
    }
    fn persists(&self) -> bool {
        false
    }
}

/// Keeps a generated password safe across its submission.
pub trait PasswordKeeper {
    /// Stores `password` as pending before it is submitted; returns where it is.
    fn keep(&mut self, user: &str, password: &Secret) -> Result<Vec<String>>;
    /// The service accepted it: mark it confirmed; returns where it is now.
    fn confirm(&mut self, user: &str) -> Result<Vec<String>>;
    /// The service refused it: the old password stands, forget the pending one.
    fn discard(&mut self, user: &str) -> Result<()>;
    /// The pending password of an interrupted run.
    fn load_pending(&mut self, user: &str) -> Result<Option<Secret>>;
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
    /// Where a generated password was stored.
    pub password_stored_in: Vec<String>,
    pub resumed: bool,
    /// Whether the service told the account's owner, when it said.
    pub notified: Option<bool>,
}

/// The longest rate-limit wait the engine offers to sit through.
const MAX_WAIT: Duration = Duration::from_secs(120);
/// A run sits through at most this many rate-limit waits, and this long in all; then it gives
/// up (exit 5) rather than retrying a service that keeps saying "wait".
const MAX_WAITS: u32 = 3;
const MAX_WAITED: Duration = Duration::from_secs(300);

/// The rate-limit waits a run has sat through.
#[derive(Debug, Default)]
pub struct Waited {
    count: u32,
    total: Duration,
}

fn idempotency_key() -> String {
    let bytes: [u8; 16] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn expired(at: &str) -> bool {
    humantime::parse_rfc3339_weak(at).is_ok_and(|t| t <= SystemTime::now())
}

pub struct Engine<'a> {
    pub provider: &'a mut dyn Provider,
    pub ui: &'a mut dyn FlowUi,
    pub journal: &'a mut dyn Journal,
    pub keeper: Option<&'a mut dyn PasswordKeeper>,
    /// A profile's local password rules, applied on top of the service's.
    pub policy_override: Option<crate::config::PolicyOverride>,
    pub waited: Waited,
    /// The opt-in breached-password check.
    pub breach: Option<crate::breach::BreachCheck>,
}

impl Engine<'_> {
    /// Saves the checkpoint, and says in words what stopping now would leave.
    fn save(&mut self, cp: &Checkpoint) -> Result<()> {
        self.journal.save(cp)?;
        let again = if self.journal.persists() {
            crate::t!("flow-run-same-command-continue")
        } else {
            crate::t!("flow-run-same-command-start")
        };
        let code_unchecked =
            cp.held_code.is_some() && self.provider.capabilities().checks_code_with_password();
        let note = if cp.pending.is_none() && code_unchecked {
            crate::t!("flow-nothing-changed-your-account", again = again)
        } else if cp.pending.is_some() {
            crate::t!("flow-new-password-was-sent-3").to_owned()
        } else {
            let code = match &cp.challenge {
                Some((m, ch)) if !matches!(m.kind.as_str(), "totp" | "questions") => {
                    crate::ui::valid_until(ch.expires_at.as_deref())
                        .map(|t| crate::t!("flow-code-sent-valid-until", hint = m.hint, t = t))
                        .unwrap_or_default()
                }
                _ => String::new(),
            };
            crate::t!(
                "flow-nothing-changed-your-account-2",
                gates_passed = cp.gates_passed,
                gates_required = cp.gates_required,
                again = again,
                code = code
            )
        };
        crate::signals::set_stop_note(Some(note));
        Ok(())
    }

    /// Runs a flow from the start, or from `resume`.
    pub fn run(
        &mut self,
        user: Option<String>,
        intent: Intent,
        resume: Option<Checkpoint>,
    ) -> Result<Outcome> {
        let resumed = resume.is_some();
        let mut cp = match resume {
            Some(cp) => cp,
            None => {
                let user = match user {
                    Some(u) if !u.trim().is_empty() => crate::settings::checked_user(&u)?,
                    _ => crate::settings::checked_user(&self.ui.ask_user()?)?,
                };
                // Shown from the first request: a slow or silent service is not a blank screen.
                self.ui.busy(&crate::t!(
                    "flow-contacting",
                    service = self.provider.service()
                ));
                let started = self.patiently(|p| p.start(&user, intent));
                self.ui.done();
                let flow = started?;
                let cp = Checkpoint::new(self.provider.name(), &user, intent, &flow);
                self.save(&cp)?;
                cp
            }
        };
        self.ui.flow_started(&cp.user, &cp.flow());
        let result = self.finish(&mut cp);
        crate::signals::set_stop_note(None);
        match &result {
            Ok(_) => self.journal.clear()?,
            Err(f) if f.refusal_is(Refusal::ends_flow) && f.pending_password_in.is_empty() => {
                self.journal.clear()?
            }
            Err(_) => {}
        }
        result.map(|(was_locked, stored)| Outcome {
            intent,
            user: cp.user.clone(),
            gates_passed: cp.gates_passed,
            gates_required: cp.gates_required,
            methods_used: cp.used_kinds.clone(),
            was_locked,
            password_stored_in: stored,
            resumed,
            notified: self.provider.notified(),
        })
    }

    fn finish(&mut self, cp: &mut Checkpoint) -> Result<(Option<bool>, Vec<String>)> {
        let flow = cp.flow();
        let mut last = None;
        if let Some(held) = cp.held_code.clone() {
            // Resumed after every gate: give the provider back the code the password needs.
            match self.provider.verify(&flow, &held.challenge, &held.code) {
                Ok(_) => last = Some((held.method, held.challenge)),
                Err(f) => match &cp.pending {
                    Some(p) if self.spent_by_the_lost_submission(&f) => {
                        self.journal.clear()?;
                        return Err(code_spent(f, &p.stored_in));
                    }
                    _ => return Err(f),
                },
            }
        }
        while cp.gates_passed < cp.gates_required {
            last = Some(self.pass_gate(cp, &flow)?);
        }
        match cp.intent {
            Intent::Reset => self
                .set_password(cp, &flow, last)
                .map(|stored| (None, stored)),
            Intent::Unlock => Ok((Some(self.patiently(|p| p.unlock(&flow))?), Vec::new())),
        }
    }

    /// Runs `op`, waiting out rate limits the UI agrees to wait for.
    fn patiently<T>(&mut self, mut op: impl FnMut(&mut dyn Provider) -> Result<T>) -> Result<T> {
        loop {
            match op(self.provider) {
                Err(f) if f.kind == FailureKind::RateLimited => {
                    let wait = f.retry_after.unwrap_or(Duration::from_secs(30));
                    let budget_left =
                        self.waited.count < MAX_WAITS && self.waited.total + wait <= MAX_WAITED;
                    if wait > MAX_WAIT || !budget_left {
                        return Err(f);
                    }
                    if !self.ui.wait_rate_limit(wait, &f.message)? {
                        return Err(f);
                    }
                    self.waited.count += 1;
                    self.waited.total += wait;
                }
                other => return other,
            }
        }
    }

    /// One gate: reuse an outstanding challenge or send one, then take codes until one passes.
    fn pass_gate(
        &mut self,
        cp: &mut Checkpoint,
        flow: &StartedFlow,
    ) -> Result<(MethodInfo, Challenge)> {
        let gate = cp.gates_passed + 1;
        let outstanding = cp
            .challenge
            .take()
            .filter(|(_, ch)| !ch.expires_at.as_deref().is_some_and(expired));
        let (method, mut challenge) = match outstanding {
            Some((method, challenge)) => {
                self.ui
                    .challenge_outstanding(gate, cp.gates_required, &method, &challenge);
                (method, challenge)
            }
            None => {
                let usable: Vec<MethodInfo> = cp
                    .methods
                    .iter()
                    .filter(|m| !cp.used_kinds.contains(&m.kind))
                    .cloned()
                    .collect();
                if usable.is_empty() {
                    return Err(Failure::new(
                        FailureKind::Verification,
                        crate::t!(
                            "flow-needs-verification-steps-different",
                            service = self.provider.service(),
                            gates_required = cp.gates_required
                        ),
                    )
                    .with_hint(crate::t!("flow-add-another-verification-method")));
                }
                let method = self.ui.choose_method(gate, cp.gates_required, &usable)?;
                let challenge = self.send(flow, &method)?;
                (method, challenge)
            }
        };
        cp.challenge = Some((method.clone(), challenge.clone()));
        self.save(cp)?;
        loop {
            let can_switch = cp
                .methods
                .iter()
                .any(|m| m.id != method.id && !cp.used_kinds.contains(&m.kind));
            let code = match self
                .ui
                .code_or_choice(gate, &method, &challenge, can_switch)?
            {
                CodeAnswer::Code(code) => code,
                CodeAnswer::Resend if !self.provider.capabilities().resend => {
                    self.ui.note(&crate::t!(
                        "flow-cannot-send-new-code",
                        service = self.provider.service()
                    ));
                    continue;
                }
                CodeAnswer::Resend => {
                    challenge = self.send(flow, &method)?;
                    cp.challenge = Some((method.clone(), challenge.clone()));
                    self.save(cp)?;
                    continue;
                }
                CodeAnswer::OtherMethod => {
                    cp.challenge = None;
                    self.save(cp)?;
                    return self.pass_gate(cp, flow);
                }
            };
            match self.provider.verify(flow, &challenge, &code) {
                Ok(Verified::Continues(next)) => {
                    if let Some(note) = self.provider.take_note() {
                        self.ui.note(&note);
                    }
                    challenge = *next;
                    cp.challenge = Some((method.clone(), challenge.clone()));
                    self.save(cp)?;
                }
                Ok(verified) => {
                    let checked = match verified {
                        // One gate passed is one step forward: a count that jumps ahead, stands
                        // still or goes back would skip a gate or read the next answer wrongly.
                        Verified::Checked {
                            gates_passed,
                            gates_required,
                        } => {
                            if gates_passed != gate || gates_required != cp.gates_required {
                                return Err(Failure::refused(
                                    Refusal::Nonsense,
                                    crate::t!(
                                        "flow-service-answered-nonsense-verification",
                                        gates_passed = gates_passed,
                                        gates_required = gates_required,
                                        gate = gate,
                                        gates_required2 = cp.gates_required
                                    ),
                                ));
                            }
                            true
                        }
                        Verified::KeptForPassword | Verified::Continues(_) => false,
                    };
                    if let Some(note) = self.provider.take_note() {
                        self.ui.note(&note);
                    }
                    cp.gates_passed = gate;
                    cp.used_kinds.push(method.kind.clone());
                    cp.challenge = None;
                    if self.provider.capabilities().code_authorises_password {
                        cp.hold_code(&method, &challenge, code);
                    }
                    self.save(cp)?;
                    // A code the service checks only with the password has not passed anything yet.
                    if checked {
                        self.ui.gate_passed(cp.gates_passed, cp.gates_required);
                    }
                    return Ok((method, challenge));
                }
                // Ask again unless the service says no attempt is left (Firebase does not say).
                Err(f)
                    if f.refusal_is(|r| match r {
                        Refusal::WrongCode { attempts_left } => attempts_left.is_none_or(|n| n > 0),
                        Refusal::CodeForAnotherPurpose => true,
                        _ => false,
                    }) =>
                {
                    if f.refusal_is(|r| *r == Refusal::CodeForAnotherPurpose) {
                        self.ui.note(&f.message);
                    }
                    if !self.ui.wrong_code(f.attempts_left)? {
                        return Err(f.with_hint(crate::t!("flow-check-code-then-run")));
                    }
                }
                Err(f) if f.refusal_is(|r| *r == Refusal::CodeExpired) => {
                    if !self.ui.offer_resend(&method)? {
                        cp.challenge = None;
                        self.save(cp)?;
                        return Err(f.with_hint(crate::t!("flow-run-same-command-resume")));
                    }
                    challenge = self.send(flow, &method)?;
                    cp.challenge = Some((method.clone(), challenge.clone()));
                    self.save(cp)?;
                }
                Err(f) if f.refusal_is(|r| *r == Refusal::TooManyAttempts) => {
                    return Err(f.with_hint(crate::t!("flow-start-again-if-you")));
                }
                Err(f) => return Err(f),
            }
        }
    }

    fn send(&mut self, flow: &StartedFlow, method: &MethodInfo) -> Result<Challenge> {
        self.ui.busy(&match method.kind.as_str() {
            "totp" => crate::t!("flow-getting-step-ready").to_owned(),
            "questions" => crate::t!("flow-asking-your-security-question").to_owned(),
            "voice" => crate::t!("flow-asking-call", hint = method.hint),
            kind => crate::t!(
                "flow-sending-code",
                describe_kind = crate::ui::describe_kind(kind),
                hint = method.hint
            ),
        });
        let sent = self.patiently(|p| p.send_challenge(flow, method));
        self.ui.done();
        let challenge = sent?;
        self.ui.challenge_sent(method, &challenge)?;
        Ok(challenge)
    }

    /// For a service that checks the code only with the password (Cognito): the code was wrong
    /// or expired, so ask for the code again (sending a new one if it expired) and let the
    /// caller resubmit the same password. False = give up.
    fn retry_code(
        &mut self,
        failure: &Failure,
        cp: &mut Checkpoint,
        last: &mut Option<(MethodInfo, Challenge)>,
        flow: &StartedFlow,
    ) -> Result<bool> {
        let Some((method, challenge)) = last.clone() else {
            return Ok(false);
        };
        let challenge = if failure.refusal_is(|r| *r == Refusal::CodeExpired) {
            if !self.ui.offer_resend(&method)? {
                return Ok(false);
            }
            self.send(flow, &method)?
        } else {
            if !self.ui.wrong_code(failure.attempts_left)? {
                return Ok(false);
            }
            challenge
        };
        let code = self.ui.code(1, &method, &challenge)?;
        self.provider.verify(flow, &challenge, &code)?;
        cp.hold_code(&method, &challenge, code);
        self.save(cp)?;
        *last = Some((method, challenge));
        Ok(true)
    }

    /// A refusal of a repeated submission that the lost one may have caused: the code is
    /// spent, or — where the code alone authorises the change — the flow it finished is over.
    fn spent_by_the_lost_submission(&self, f: &Failure) -> bool {
        is_code_failure(f)
            || (self.provider.capabilities().code_authorises_password
                && f.refusal_is(|r| *r == Refusal::FlowGone))
    }

    fn set_password(
        &mut self,
        cp: &mut Checkpoint,
        flow: &StartedFlow,
        mut last: Option<(MethodInfo, Challenge)>,
    ) -> Result<Vec<String>> {
        let mut policy = self.provider.policy(Some(flow))?;
        if let Some(local) = &self.policy_override {
            policy = policy.tightened(local);
        }
        let mut shown = false;
        loop {
            // A run that lost the answer to its submission repeats it exactly: same password,
            // same Idempotency-Key, so the service cannot end up with a different password.
            let replay = cp.pending.clone();
            let (password, key) = match &replay {
                Some(p) => {
                    let kept = match self.keeper.as_mut() {
                        Some(k) => k.load_pending(&cp.user)?,
                        None => None,
                    };
                    let password = match kept {
                        Some(pw) => pw,
                        None if !p.stored_in.is_empty() => {
                            return Err(Failure::new(
                                FailureKind::Usage,
                                crate::t!(
                                    "flow-pending-password-no-longer",
                                    join = crate::i18n::and_list(&p.stored_in)
                                ),
                            )
                            .with_hint(crate::t!("flow-pass-same-save-keyring")));
                        }
                        None => self.ui.new_password(&policy, &cp.user)?,
                    };
                    (password, p.idempotency_key.clone())
                }
                None => {
                    if !shown {
                        if let Some(note) = self.provider.capabilities().policy_note {
                            self.ui.policy_note(&note);
                        }
                        if self.provider.capabilities().checks_code_with_password() {
                            self.ui.policy_note(&crate::t!(
                                "flow-checks-code-together-new",
                                service = self.provider.service()
                            ));
                        }
                        self.ui.show_policy(&policy);
                        shown = true;
                    }
                    let password = self.ui.new_password(&policy, &cp.user)?;
                    if password.is_empty() {
                        return Err(Failure::new(
                            FailureKind::PasswordRejected,
                            crate::t!("flow-new-password-empty"),
                        ));
                    }
                    let mut violations = policy.check(&password, &cp.user);
                    if let (true, Some(check)) = (violations.is_empty(), &self.breach) {
                        match check.count(&password) {
                            Ok(0) => {}
                            Ok(n) => violations.push(Violation {
                                rule: "breached".to_owned(),
                                message: crate::t!("flow-breached-times", n = n),
                            }),
                            Err(why) => self
                                .ui
                                .note(&crate::t!("flow-breached-password-check-could", why = why)),
                        }
                    }
                    if !violations.is_empty() {
                        if self.ui.password_refused(&violations, false)? {
                            continue;
                        }
                        let mut f = Failure::new(
                            FailureKind::PasswordRejected,
                            crate::t!("flow-new-password-does-not"),
                        );
                        f.violations = violations;
                        return Err(f);
                    }
                    (password, idempotency_key())
                }
            };
            let stored_in = match (self.keeper.as_mut(), &replay) {
                (Some(k), None) => k.keep(&cp.user, &password)?,
                (_, Some(p)) => p.stored_in.clone(),
                (None, None) => Vec::new(),
            };
            cp.pending = Some(Pending {
                idempotency_key: key.clone(),
                stored_in: stored_in.clone(),
            });
            self.save(cp)?;
            let result = loop {
                self.ui.busy(&crate::t!("flow-setting-new-password"));
                let result = self.patiently(|p| p.set_password(flow, &password, &key));
                self.ui.done();
                match result {
                    Err(f) if self.spent_by_the_lost_submission(&f) && replay.is_some() => {
                        if self.provider.capabilities().code_authorises_password {
                            // The repeated submission's code is spent: most likely by the lost one.
                            self.journal.clear()?;
                            return Err(code_spent(f, &stored_in));
                        }
                        break Err(f);
                    }
                    Err(f)
                        if is_code_failure(&f)
                            && self.provider.capabilities().checks_code_with_password() =>
                    {
                        // The service answered, so nothing is pending while the code is asked
                        // again; the typed password is kept and submitted again.
                        let pending = cp.pending.take();
                        self.save(cp)?;
                        if !self.retry_code(&f, cp, &mut last, flow)? {
                            break Err(f);
                        }
                        cp.pending = pending;
                        self.save(cp)?;
                    }
                    other => break other,
                }
            };
            match result {
                Ok(()) => {
                    cp.pending = None;
                    return match self.keeper.as_mut() {
                        Some(k) => k.confirm(&cp.user),
                        None => Ok(Vec::new()),
                    };
                }
                // No answer, or one that does not say yes or no: the password may be set.
                Err(f)
                    if (f.kind == FailureKind::Service && !f.answered)
                        || (replay.is_some() && f.kind != FailureKind::PasswordRejected) =>
                {
                    return Err(outcome_unknown(f, &stored_in));
                }
                Err(f) => {
                    // The service answered no: nothing was set, nothing is pending.
                    if let Some(k) = self.keeper.as_mut() {
                        k.discard(&cp.user)?;
                    }
                    cp.pending = None;
                    self.save(cp)?;
                    let refused = f.kind == FailureKind::PasswordRejected;
                    if refused
                        && replay.is_none()
                        && self.ui.password_refused(&f.violations, true)?
                    {
                        continue;
                    }
                    return Err(f);
                }
            }
        }
    }
}

fn is_code_failure(f: &Failure) -> bool {
    f.refusal_is(Refusal::is_about_the_code)
}

/// The sentence that says where a pending generated password is, if there is one.
fn kept_in(stored_in: &[String]) -> String {
    if stored_in.is_empty() {
        return String::new();
    }
    crate::t!(
        "flow-new-password-kept-marked",
        join = crate::i18n::and_list(stored_in)
    )
}

/// `--resume` repeated a submission whose code authorises the change (no flow token does), and
/// the service calls the code spent: the lost submission probably used it, or it expired.
fn code_spent(cause: Failure, stored_in: &[String]) -> Failure {
    let kept = kept_in(stored_in);
    let mut f = Failure::new(
        FailureKind::Service,
        crate::t!(
            "flow-repeated-submission-was-refused",
            message = cause.message,
            kept = kept
        ),
    )
    .with_hint(crate::t!("flow-try-signing-new-password"));
    f.code = cause.code;
    f.refusal = cause.refusal;
    f.pending_password_in = stored_in.to_vec();
    f
}

/// The submission left, but its answer did not come back: say exactly that.
fn outcome_unknown(cause: Failure, stored_in: &[String]) -> Failure {
    let kept = kept_in(stored_in);
    let resumable = cause.kind != FailureKind::FlowExpired && !cause.refusal_is(Refusal::ends_flow);
    let mut f = Failure::new(
        cause.kind,
        crate::t!(
            "flow-new-password-was-sent",
            message = cause.message,
            kept = kept
        ),
    );
    f.code = cause.code;
    f.refusal = cause.refusal;
    f.hint = Some(if resumable {
        crate::t!("flow-run-same-command-resume-2").to_owned()
    } else {
        crate::t!("flow-has-ended-so").to_owned()
    });
    f.pending_password_in = stored_in.to_vec();
    f
}

#[cfg(test)]
#[path = "flow_tests.rs"]
mod tests;
