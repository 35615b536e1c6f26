//! The engine in-process: a fake service behind the `Provider` trait, a scripted person behind
//! `FlowUi`, and the real journal and password keeper over an in-memory secret store. Every
//! test here runs in microseconds and spawns nothing.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::time::Duration;

use super::*;
use crate::journal::{GeneratedPasswordKeeper, StoreJournal};
use crate::keystore::SecretStore;
use crate::provider::{Answer, Capabilities, CodeCheck, Verified};

const USER: &str = "ada@example.com";
const OLD: &str = "the old password";

// ---------------------------------------------------------------- the fake service

#[derive(Debug, Clone)]
struct FakeChallenge {
    code: String,
    attempts_left: u32,
    expired: bool,
}

/// A reset service with the protocol's semantics, plus switches for what real services do
/// wrong or slowly.
#[derive(Debug)]
struct Service {
    password: String,
    locked: bool,
    gates_required: u32,
    gates_passed: u32,
    challenges: HashMap<String, FakeChallenge>,
    sent: u32,
    flow_gone: bool,
    complete: bool,
    /// Idempotency key → the password it set.
    keys: HashMap<String, String>,
    /// Passwords the service refuses.
    refuses: Vec<String>,
    /// The next `set_password` is carried out but its answer is lost.
    lose_next_answer: bool,
    /// The next call of any kind answers "too many requests" with this wait.
    rate_limit_next: Option<Duration>,
    /// The next code check finds the code expired.
    expire_next_code: bool,
    /// The flow is gone once this many requests were made.
    gone_after_requests: Option<u32>,
    password_changes: u32,
    /// With `CodeCheck::WithPassword`: the code given with the password, checked only then.
    held_code: Option<String>,
    /// After a right code, the step also asks this question (answer: "blue"), as Okta does.
    question: Option<&'static str>,
}

impl Service {
    fn new(gates_required: u32) -> Service {
        Service {
            password: OLD.into(),
            locked: false,
            gates_required,
            gates_passed: 0,
            challenges: HashMap::new(),
            sent: 0,
            flow_gone: false,
            complete: false,
            keys: HashMap::new(),
            refuses: Vec::new(),
            lose_next_answer: false,
            rate_limit_next: None,
            expire_next_code: false,
            gone_after_requests: None,
            password_changes: 0,
            held_code: None,
            question: None,
        }
    }

    /// The code the n-th challenge carries: known to the scripted person in advance.
    fn code(n: u32) -> String {
        format!("{:06}", 100_000 + n)
    }
}

struct FakeProvider {
    svc: Rc<RefCell<Service>>,
    caps: Capabilities,
    requests: u32,
}

fn methods() -> Vec<MethodInfo> {
    ["email", "sms", "totp"]
        .iter()
        .map(|k| MethodInfo {
            id: format!("m_{k}"),
            kind: (*k).into(),
            hint: format!("{k} hint"),
        })
        .collect()
}

impl FakeProvider {
    fn gate(&mut self) -> Result<()> {
        self.requests += 1;
        let mut svc = self.svc.borrow_mut();
        if let Some(wait) = svc.rate_limit_next.take() {
            return Err(Failure::refused(
                Refusal::RateLimited { wait: Some(wait) },
                "slow down",
            ));
        }
        if svc.gone_after_requests.is_some_and(|n| self.requests > n) {
            svc.flow_gone = true;
        }
        if svc.flow_gone {
            return Err(Failure::refused(Refusal::FlowGone, "no such flow"));
        }
        Ok(())
    }

    fn check_code(svc: &mut Service, challenge_id: &str, code: &str) -> Result<()> {
        let expire = std::mem::take(&mut svc.expire_next_code);
        let ch = svc
            .challenges
            .get_mut(challenge_id)
            .ok_or_else(|| Failure::service("no such challenge"))?;
        if expire {
            ch.expired = true;
        }
        if ch.expired {
            return Err(Failure::refused(Refusal::CodeExpired, "the code expired"));
        }
        if ch.code != code {
            ch.attempts_left = ch.attempts_left.saturating_sub(1);
            if ch.attempts_left == 0 {
                svc.flow_gone = true;
                return Err(Failure::refused(
                    Refusal::TooManyAttempts,
                    "too many wrong codes",
                ));
            }
            return Err(Failure::refused(
                Refusal::WrongCode {
                    attempts_left: Some(ch.attempts_left),
                },
                "wrong code",
            ));
        }
        Ok(())
    }
}

impl Provider for FakeProvider {
    fn name(&self) -> &'static str {
        "fake"
    }

    fn service(&self) -> String {
        "fake.example".into()
    }

    fn start(&mut self, user: &str, intent: Intent) -> Result<StartedFlow> {
        self.gate()?;
        let svc = self.svc.borrow();
        Ok(StartedFlow {
            user: user.into(),
            id: "flow_1".into(),
            token: Secret::from("token"),
            intent,
            expires_at: None,
            gates_required: svc.gates_required,
            gates_passed: 0,
            methods: methods(),
        })
    }

    fn send_challenge(&mut self, _flow: &StartedFlow, method: &MethodInfo) -> Result<Challenge> {
        self.gate()?;
        let mut svc = self.svc.borrow_mut();
        svc.sent += 1;
        let id = format!("ch_{}", svc.sent);
        let code = Service::code(svc.sent);
        svc.challenges.insert(
            id.clone(),
            FakeChallenge {
                code,
                attempts_left: 3,
                expired: false,
            },
        );
        let _ = method;
        Ok(Challenge {
            id: Some(id),
            answer: Answer::Code { digits: Some(6) },
            expires_at: Some("2999-01-01T00:00:00Z".into()),
            resend_after_s: Some(0),
            attempts_left: Some(3),
        })
    }

    fn verify(
        &mut self,
        _flow: &StartedFlow,
        challenge: &Challenge,
        code: &Secret,
    ) -> Result<Verified> {
        self.gate()?;
        let mut svc = self.svc.borrow_mut();
        let id = challenge.id.clone().unwrap_or_default();
        if self.caps.checks_code_with_password() {
            svc.held_code = Some(format!("{id}:{}", code.expose()));
            return Ok(Verified::KeptForPassword);
        }
        if id == "question" {
            if code.expose() != "blue" {
                return Err(Failure::refused(
                    Refusal::WrongCode {
                        attempts_left: None,
                    },
                    "wrong answer",
                ));
            }
        } else {
            Self::check_code(&mut svc, &id, code.expose())?;
            if let Some(text) = svc.question {
                return Ok(Verified::Continues(Box::new(Challenge {
                    id: Some("question".into()),
                    answer: Answer::Question { text: text.into() },
                    expires_at: None,
                    resend_after_s: None,
                    attempts_left: None,
                })));
            }
        }
        svc.gates_passed += 1;
        Ok(Verified::Checked {
            gates_passed: svc.gates_passed,
            gates_required: svc.gates_required,
        })
    }

    fn policy(&mut self, _flow: Option<&StartedFlow>) -> Result<Policy> {
        Ok(Policy::default())
    }

    fn set_password(
        &mut self,
        _flow: &StartedFlow,
        password: &Secret,
        idempotency_key: &str,
    ) -> Result<()> {
        self.gate()?;
        let mut svc = self.svc.borrow_mut();
        if let Some(set) = svc.keys.get(idempotency_key) {
            // The same submission again: the same answer, nothing changes twice.
            assert_eq!(set, password.expose(), "a replay sent a different password");
            return Ok(());
        }
        if svc.complete {
            return Err(Failure::refused(Refusal::FlowGone, "flow complete"));
        }
        if self.caps.checks_code_with_password() {
            let held = svc.held_code.clone().unwrap_or_default();
            let (id, code) = held.split_once(':').unwrap_or(("", ""));
            Self::check_code(&mut svc, id, code)?;
        } else if svc.gates_passed < svc.gates_required {
            return Err(Failure::service("gates incomplete"));
        }
        if svc.refuses.iter().any(|p| p == password.expose()) {
            return Err(Failure::refused(
                Refusal::PasswordRejected {
                    violations: vec![Violation {
                        rule: "service_rule".into(),
                        message: "is not allowed here".into(),
                    }],
                },
                "refused",
            ));
        }
        svc.password = password.expose().to_owned();
        svc.password_changes += 1;
        svc.complete = true;
        svc.keys
            .insert(idempotency_key.to_owned(), password.expose().to_owned());
        if std::mem::take(&mut svc.lose_next_answer) {
            return Err(Failure::service("the connection was reset"));
        }
        Ok(())
    }

    fn unlock(&mut self, _flow: &StartedFlow) -> Result<bool> {
        self.gate()?;
        let mut svc = self.svc.borrow_mut();
        Ok(std::mem::take(&mut svc.locked))
    }

    fn cancel(&mut self, _flow: &StartedFlow) -> Result<()> {
        Ok(())
    }

    fn request_count(&self) -> u32 {
        self.requests
    }

    fn capabilities(&self) -> Capabilities {
        self.caps.clone()
    }
}

// ---------------------------------------------------------------- the scripted person

/// One answer the person gives, in order; running out is Ctrl-C.
#[derive(Debug, Clone)]
enum Say {
    Method(&'static str),
    Code(String),
    Resend,
    Password(&'static str),
    Yes,
    No,
}

#[derive(Default)]
struct FakeUi {
    script: VecDeque<Say>,
    /// What the engine told the person, in order.
    events: Vec<String>,
}

impl FakeUi {
    fn new(script: Vec<Say>) -> FakeUi {
        FakeUi {
            script: script.into(),
            events: Vec::new(),
        }
    }

    fn next(&mut self, at: &str) -> Result<Say> {
        self.events.push(format!("ask {at}"));
        self.script.pop_front().ok_or_else(Failure::interrupted)
    }

    fn yes(&mut self, at: &str) -> Result<bool> {
        match self.next(at)? {
            Say::Yes => Ok(true),
            Say::No => Ok(false),
            other => panic!("{at}: the script said {other:?}"),
        }
    }
}

impl FlowUi for FakeUi {
    fn ask_user(&mut self) -> Result<String> {
        self.events.push("ask user".into());
        Ok(USER.into())
    }
    fn flow_started(&mut self, _user: &str, _flow: &StartedFlow) {}
    fn choose_method(
        &mut self,
        _gate: u32,
        _gates: u32,
        methods: &[MethodInfo],
    ) -> Result<MethodInfo> {
        match self.next("method")? {
            Say::Method(kind) => Ok(methods
                .iter()
                .find(|m| m.kind == kind)
                .unwrap_or_else(|| panic!("{kind} not offered: {methods:?}"))
                .clone()),
            other => panic!("method: the script said {other:?}"),
        }
    }
    fn busy(&mut self, _message: &str) {}
    fn done(&mut self) {}
    fn challenge_sent(&mut self, method: &MethodInfo, ch: &Challenge) -> Result<()> {
        self.events.push(format!(
            "sent {} {}",
            method.kind,
            ch.id.as_deref().unwrap_or("")
        ));
        Ok(())
    }
    fn challenge_outstanding(&mut self, gate: u32, _gates: u32, m: &MethodInfo, ch: &Challenge) {
        self.events.push(format!(
            "outstanding {gate} {} {}",
            m.kind,
            ch.id.as_deref().unwrap_or("")
        ));
    }
    fn code(&mut self, _gate: u32, _method: &MethodInfo, _ch: &Challenge) -> Result<Secret> {
        match self.next("code")? {
            Say::Code(c) => Ok(Secret::new(c)),
            other => panic!("code: the script said {other:?}"),
        }
    }
    fn code_or_choice(
        &mut self,
        _gate: u32,
        _m: &MethodInfo,
        _ch: &Challenge,
        _can_switch: bool,
    ) -> Result<CodeAnswer> {
        match self.next("code")? {
            Say::Code(c) => Ok(CodeAnswer::Code(Secret::new(c))),
            Say::Resend => Ok(CodeAnswer::Resend),
            other => panic!("code: the script said {other:?}"),
        }
    }
    fn wrong_code(&mut self, attempts_left: Option<u32>) -> Result<bool> {
        self.events
            .push(format!("wrong code, {attempts_left:?} left"));
        Ok(true)
    }
    fn offer_resend(&mut self, _method: &MethodInfo) -> Result<bool> {
        self.yes("resend")
    }
    fn gate_passed(&mut self, passed: u32, required: u32) {
        self.events.push(format!("passed {passed}/{required}"));
    }
    fn show_policy(&mut self, _policy: &Policy) {}
    fn new_password(&mut self, _policy: &Policy, _user: &str) -> Result<Secret> {
        match self.next("password")? {
            Say::Password(p) => Ok(Secret::from(p)),
            other => panic!("password: the script said {other:?}"),
        }
    }
    fn password_refused(&mut self, violations: &[Violation], by_service: bool) -> Result<bool> {
        self.events.push(format!(
            "refused by_service={by_service} {}",
            violations.len()
        ));
        Ok(true)
    }
    fn wait_rate_limit(&mut self, wait: Duration, _message: &str) -> Result<bool> {
        self.events.push(format!("wait {}s", wait.as_secs()));
        Ok(true)
    }
    fn note(&mut self, text: &str) {
        self.events.push(format!("note {text}"));
    }
}

// ---------------------------------------------------------------- the mock keyring

/// An in-memory secret store, shared between runs like the OS keyring is.
#[derive(Clone, Default)]
struct MemStore(Rc<RefCell<HashMap<String, String>>>);

impl SecretStore for MemStore {
    fn set(&self, account: &str, value: &Secret) -> Result<()> {
        self.0
            .borrow_mut()
            .insert(account.into(), value.expose().into());
        Ok(())
    }
    fn get(&self, account: &str) -> Result<Option<Secret>> {
        Ok(self
            .0
            .borrow()
            .get(account)
            .map(|v| Secret::from(v.as_str())))
    }
    fn delete(&self, account: &str) -> Result<()> {
        self.0.borrow_mut().remove(account);
        Ok(())
    }
    fn describe(&self, account: &str) -> String {
        format!("mem:{account}")
    }
}

impl MemStore {
    fn has(&self, account: &str) -> Option<String> {
        self.0.borrow().get(account).cloned()
    }
}

/// A journal over the store that can stop the run right after its n-th save, as a kill would.
struct StoppingJournal {
    inner: StoreJournal,
    saves: u32,
    stop_after: Option<u32>,
}

impl Journal for StoppingJournal {
    fn save(&mut self, cp: &Checkpoint) -> Result<()> {
        self.inner.save(cp)?;
        self.saves += 1;
        if self.stop_after == Some(self.saves) {
            return Err(Failure::interrupted());
        }
        Ok(())
    }
    fn clear(&mut self) -> Result<()> {
        self.inner.clear()
    }
}

// ---------------------------------------------------------------- running it

struct World {
    svc: Rc<RefCell<Service>>,
    caps: Capabilities,
    keyring: MemStore,
    generated: bool,
}

struct Run {
    result: Result<Outcome>,
    events: Vec<String>,
    saves: u32,
}

impl World {
    fn new(gates: u32) -> World {
        World {
            svc: Rc::new(RefCell::new(Service::new(gates))),
            caps: Capabilities::default(),
            keyring: MemStore::default(),
            generated: false,
        }
    }

    fn code_checked_with_password(mut self) -> World {
        self.caps.code_check = CodeCheck::WithPassword;
        self.caps.code_authorises_password = true;
        self
    }

    /// The password is generated and kept (as `--generate --save-to-keyring` does).
    fn generated(mut self) -> World {
        self.generated = true;
        self
    }

    fn saved(&self) -> Option<Checkpoint> {
        StoreJournal::new(Box::new(self.keyring.clone()), USER)
            .load()
            .unwrap()
    }

    fn run(&self, intent: Intent, script: Vec<Say>, stop_after_save: Option<u32>) -> Run {
        let mut provider = FakeProvider {
            svc: self.svc.clone(),
            caps: self.caps.clone(),
            requests: 0,
        };
        let mut ui = FakeUi::new(script);
        let mut journal = StoppingJournal {
            inner: StoreJournal::new(Box::new(self.keyring.clone()), USER),
            saves: 0,
            stop_after: stop_after_save,
        };
        let mut keeper = GeneratedPasswordKeeper {
            keyring: Some(Box::new(self.keyring.clone())),
            file: None,
            force_overwrite: false,
        };
        let resume = self.saved();
        let result = Engine {
            provider: &mut provider,
            ui: &mut ui,
            journal: &mut journal,
            keeper: if self.generated {
                Some(&mut keeper)
            } else {
                None
            },
            policy_override: None,
            waited: Waited::default(),
            breach: None,
        }
        .run(Some(USER.into()), intent, resume);
        Run {
            result,
            events: ui.events,
            saves: journal.saves,
        }
    }

    fn reset(&self, script: Vec<Say>) -> Run {
        self.run(Intent::Reset, script, None)
    }
}

fn code(n: u32) -> Say {
    Say::Code(Service::code(n))
}

const NEW: &str = "a fresh long passphrase";

fn two_gates(new: &'static str) -> Vec<Say> {
    vec![
        Say::Method("email"),
        code(1),
        Say::Method("sms"),
        code(2),
        Say::Password(new),
    ]
}

fn refusal(run: &Run) -> Option<Refusal> {
    run.result.as_ref().err().and_then(|f| f.refusal.clone())
}

// ---------------------------------------------------------------- the tests

#[test]
fn a_plain_reset_sets_the_password_and_leaves_nothing_behind() {
    let world = World::new(2);
    let run = world.reset(two_gates(NEW));
    let outcome = run.result.expect("reset");
    assert_eq!((outcome.gates_passed, outcome.gates_required), (2, 2));
    assert_eq!(outcome.methods_used, ["email", "sms"]);
    assert_eq!(world.svc.borrow().password, NEW);
    assert!(
        world.saved().is_none(),
        "the journal outlived a finished flow"
    );
    assert!(
        run.events.contains(&"passed 1/2".to_owned()),
        "{:?}",
        run.events
    );
}

#[test]
fn a_wrong_code_is_asked_again_with_the_attempts_left() {
    let world = World::new(1);
    let run = world.reset(vec![
        Say::Method("email"),
        Say::Code("999999".into()),
        code(1),
        Say::Password(NEW),
    ]);
    run.result.expect("reset");
    assert!(
        run.events.contains(&"wrong code, Some(2) left".to_owned()),
        "{:?}",
        run.events
    );
    assert_eq!(world.svc.borrow().password, NEW);
}

#[test]
fn too_many_wrong_codes_end_the_flow_and_forget_it() {
    let world = World::new(1);
    let wrong = || Say::Code("999999".into());
    let run = world.reset(vec![Say::Method("email"), wrong(), wrong(), wrong()]);
    assert_eq!(refusal(&run), Some(Refusal::TooManyAttempts));
    assert_eq!(run.result.unwrap_err().kind, FailureKind::Verification);
    assert!(world.saved().is_none(), "a dead flow was kept for --resume");
    assert_eq!(world.svc.borrow().password, OLD);
}

#[test]
fn an_expired_code_is_replaced_by_a_new_one() {
    let world = World::new(1);
    world.svc.borrow_mut().expire_next_code = true;
    let run = world.reset(vec![
        Say::Method("email"),
        code(1),
        Say::Yes,
        code(2),
        Say::Password(NEW),
    ]);
    run.result.expect("reset");
    assert_eq!(world.svc.borrow().sent, 2);
    assert!(
        run.events.iter().any(|e| e == "sent email ch_2"),
        "{:?}",
        run.events
    );
}

#[test]
fn a_resend_at_the_code_prompt_sends_a_new_code() {
    let world = World::new(1);
    let run = world.reset(vec![
        Say::Method("email"),
        Say::Resend,
        code(2),
        Say::Password(NEW),
    ]);
    run.result.expect("reset");
    assert_eq!(world.svc.borrow().sent, 2);
}

#[test]
fn a_password_the_service_refuses_is_asked_again_and_nothing_stays_pending() {
    let world = World::new(1).generated();
    world
        .svc
        .borrow_mut()
        .refuses
        .push("refused by the service".into());
    let run = world.reset(vec![
        Say::Method("email"),
        code(1),
        Say::Password("refused by the service"),
        Say::Password(NEW),
    ]);
    run.result.expect("reset");
    assert!(
        run.events.contains(&"refused by_service=true 1".to_owned()),
        "{:?}",
        run.events
    );
    assert_eq!(world.svc.borrow().password, NEW);
    assert_eq!(world.keyring.has(USER).as_deref(), Some(NEW));
    assert_eq!(world.keyring.has(&format!("{USER}#pending")), None);
}

#[test]
fn a_rate_limit_is_waited_out_within_the_budget() {
    let world = World::new(1);
    world.svc.borrow_mut().rate_limit_next = Some(Duration::from_secs(7));
    let run = world.reset(vec![Say::Method("email"), code(1), Say::Password(NEW)]);
    run.result.expect("reset");
    assert!(
        run.events.contains(&"wait 7s".to_owned()),
        "{:?}",
        run.events
    );
}

#[test]
fn a_rate_limit_longer_than_anyone_waits_is_exit_5_not_a_wait() {
    let world = World::new(1);
    world.svc.borrow_mut().rate_limit_next = Some(Duration::from_secs(3600));
    let run = world.reset(vec![]);
    let f = run.result.unwrap_err();
    assert_eq!(f.kind, FailureKind::RateLimited);
    assert_eq!(f.retry_after, Some(Duration::from_secs(3600)));
    assert!(
        !run.events.iter().any(|e| e.starts_with("wait")),
        "{:?}",
        run.events
    );
}

#[test]
fn an_expired_flow_is_exit_7_and_forgotten() {
    let world = World::new(2);
    // Start, send, verify: then the flow is gone when the second code is asked for.
    world.svc.borrow_mut().gone_after_requests = Some(3);
    let run = world.reset(two_gates(NEW));
    assert_eq!(refusal(&run), Some(Refusal::FlowGone));
    assert_eq!(run.result.unwrap_err().kind, FailureKind::FlowExpired);
    assert!(world.saved().is_none(), "a dead flow was kept for --resume");
}

#[test]
fn declining_a_new_code_keeps_the_flow_for_resume() {
    let world = World::new(1);
    world.svc.borrow_mut().expire_next_code = true;
    let run = world.reset(vec![Say::Method("email"), code(1), Say::No]);
    let f = run.result.unwrap_err();
    assert_eq!(f.refusal, Some(Refusal::CodeExpired));
    assert!(f.hint.unwrap().contains("--resume"));
    let saved = world.saved().expect("kept");
    assert!(saved.challenge.is_none(), "the expired challenge was kept");
    let again = world.reset(vec![Say::Method("email"), code(2), Say::Password(NEW)]);
    again.result.expect("resume");
}

#[test]
fn a_lost_answer_keeps_the_password_pending_and_resume_settles_it_with_the_same_key() {
    let world = World::new(2).generated();
    world.svc.borrow_mut().lose_next_answer = true;
    let first = world.reset(two_gates(NEW));
    let f = first.result.unwrap_err();
    assert_eq!(f.pending_password_in, ["mem:ada@example.com#pending"]);
    // Set on the service, kept locally, and not yet called confirmed.
    assert_eq!(world.svc.borrow().password, NEW);
    assert_eq!(
        world.keyring.has(&format!("{USER}#pending")).as_deref(),
        Some(NEW)
    );
    assert_eq!(world.keyring.has(USER), None);
    let saved = world.saved().expect("kept for --resume");
    assert!(saved.pending.is_some());

    // The resumed run asks nothing: it repeats the same submission.
    let second = world.reset(vec![]);
    let outcome = second.result.expect("resume");
    assert!(outcome.resumed);
    assert_eq!(world.svc.borrow().password_changes, 1);
    assert_eq!(world.keyring.has(USER).as_deref(), Some(NEW));
    assert_eq!(world.keyring.has(&format!("{USER}#pending")), None);
    assert!(world.saved().is_none());
}

/// Stopped right after each checkpoint is written (as `kill -9` would), a run resumes and
/// finishes; the password is set once, and a generated one is never lost.
#[test]
fn resume_from_every_checkpoint() {
    let full = World::new(2).generated().reset(two_gates(NEW));
    full.result.expect("the uninterrupted run");
    assert!(full.saves >= 5, "only {} checkpoints", full.saves);
    for stop in 1..=full.saves {
        let world = World::new(2).generated();
        let first = world.run(Intent::Reset, two_gates(NEW), Some(stop));
        assert_eq!(
            first.result.as_ref().unwrap_err().kind,
            FailureKind::Interrupted,
            "stop {stop}"
        );
        let cp = world
            .saved()
            .unwrap_or_else(|| panic!("stop {stop}: nothing saved"));
        // Whatever is left to do is asked for; codes of challenges already sent still work.
        let sent = world.svc.borrow().sent;
        let mut script = Vec::new();
        if cp.pending.is_none() {
            let mut next_new = sent + 1;
            for gate in cp.gates_passed + 1..=cp.gates_required {
                if gate == cp.gates_passed + 1 && cp.challenge.is_some() {
                    // The code sent before the stop is still valid and is asked for again.
                    script.push(code(sent));
                } else {
                    script.push(Say::Method(if gate == 1 { "email" } else { "sms" }));
                    script.push(code(next_new));
                    next_new += 1;
                }
            }
            script.push(Say::Password(NEW));
        }
        let second = world.reset(script);
        second
            .result
            .unwrap_or_else(|f| panic!("stop {stop}: {f:?} {:?} {cp:?}", second.events));
        let svc = world.svc.borrow();
        assert_eq!(svc.password, NEW, "stop {stop}");
        assert_eq!(svc.password_changes, 1, "stop {stop}");
        assert_eq!(world.keyring.has(USER).as_deref(), Some(NEW), "stop {stop}");
        assert!(world.saved().is_none(), "stop {stop}");
    }
}

/// Ctrl-C at each prompt in turn: nothing changes on the account, and the next run continues.
#[test]
fn interruption_at_every_prompt() {
    let script = two_gates(NEW);
    for answered in 0..script.len() {
        let world = World::new(2);
        let first = world.reset(script[..answered].to_vec());
        assert_eq!(
            first.result.as_ref().unwrap_err().kind,
            FailureKind::Interrupted,
            "after {answered} answers"
        );
        assert_eq!(world.svc.borrow().password, OLD, "after {answered} answers");
        let cp = world.saved().expect("kept for the next run");
        assert!(cp.pending.is_none());
        // The next run picks up where this one stopped.
        let rest: Vec<Say> = script[answered..].to_vec();
        let second = world.reset(rest);
        second
            .result
            .unwrap_or_else(|f| panic!("after {answered} answers: {f:?} {:?}", second.events));
        assert_eq!(world.svc.borrow().password, NEW);
    }
}

#[test]
fn code_checked_with_the_password_a_wrong_code_is_asked_again_and_the_password_kept() {
    let world = World::new(1).code_checked_with_password();
    let run = world.reset(vec![
        Say::Method("email"),
        Say::Code("999999".into()),
        Say::Password(NEW),
        code(1),
    ]);
    run.result.expect("reset");
    // No step is announced as passed before the service checked the code.
    assert!(
        !run.events.iter().any(|e| e.starts_with("passed")),
        "{:?}",
        run.events
    );
    assert!(
        run.events.contains(&"wrong code, Some(2) left".to_owned()),
        "{:?}",
        run.events
    );
    assert_eq!(world.svc.borrow().password, NEW);
}

#[test]
fn code_checked_with_the_password_a_lost_answer_then_resume_settles_it() {
    let world = World::new(1).code_checked_with_password().generated();
    world.svc.borrow_mut().lose_next_answer = true;
    let first = world.reset(vec![Say::Method("email"), code(1), Say::Password(NEW)]);
    assert!(!first.result.unwrap_err().pending_password_in.is_empty());
    let saved = world.saved().unwrap();
    assert!(
        saved.held_code.is_some(),
        "the code the password needs was not kept"
    );
    let second = world.reset(vec![]);
    second.result.expect("resume");
    assert_eq!(world.svc.borrow().password_changes, 1);
    assert_eq!(world.keyring.has(USER).as_deref(), Some(NEW));
}

#[test]
fn unlock_reports_whether_the_account_was_locked_and_keeps_the_password() {
    let world = World::new(1);
    world.svc.borrow_mut().locked = true;
    let run = world.run(Intent::Unlock, vec![Say::Method("email"), code(1)], None);
    assert_eq!(run.result.expect("unlock").was_locked, Some(true));
    assert_eq!(world.svc.borrow().password, OLD);
    assert!(!world.svc.borrow().locked);
}

#[test]
fn a_miscounted_step_from_the_service_is_nonsense_not_progress() {
    struct Skipper(FakeProvider);
    // Delegates everything, but claims two steps passed after the first.
    impl Provider for Skipper {
        fn name(&self) -> &'static str {
            self.0.name()
        }
        fn service(&self) -> String {
            self.0.service()
        }
        fn start(&mut self, u: &str, i: Intent) -> Result<StartedFlow> {
            self.0.start(u, i)
        }
        fn send_challenge(&mut self, f: &StartedFlow, m: &MethodInfo) -> Result<Challenge> {
            self.0.send_challenge(f, m)
        }
        fn verify(&mut self, f: &StartedFlow, ch: &Challenge, c: &Secret) -> Result<Verified> {
            match self.0.verify(f, ch, c)? {
                Verified::Checked {
                    gates_passed,
                    gates_required,
                } => Ok(Verified::Checked {
                    gates_passed: gates_passed + 1,
                    gates_required,
                }),
                kept => Ok(kept),
            }
        }
        fn policy(&mut self, f: Option<&StartedFlow>) -> Result<Policy> {
            self.0.policy(f)
        }
        fn set_password(&mut self, f: &StartedFlow, p: &Secret, k: &str) -> Result<()> {
            self.0.set_password(f, p, k)
        }
        fn unlock(&mut self, f: &StartedFlow) -> Result<bool> {
            self.0.unlock(f)
        }
        fn cancel(&mut self, f: &StartedFlow) -> Result<()> {
            self.0.cancel(f)
        }
        fn request_count(&self) -> u32 {
            self.0.request_count()
        }
        fn capabilities(&self) -> Capabilities {
            self.0.capabilities()
        }
    }
    let svc = Rc::new(RefCell::new(Service::new(3)));
    let mut provider = Skipper(FakeProvider {
        svc: svc.clone(),
        caps: Capabilities::default(),
        requests: 0,
    });
    let mut ui = FakeUi::new(vec![Say::Method("email"), code(1), Say::Password(NEW)]);
    let result = Engine {
        provider: &mut provider,
        ui: &mut ui,
        journal: &mut NoJournal,
        keeper: None,
        policy_override: None,
        waited: Waited::default(),
        breach: None,
    }
    .run(Some(USER.into()), Intent::Reset, None);
    let f = result.unwrap_err();
    assert_eq!(f.kind, FailureKind::Service);
    assert_eq!(f.refusal, Some(Refusal::Nonsense));
    assert!(!f.answered, "nonsense is not a definite answer");
    assert!(f.message.contains("nonsense"), "{f:?}");
    assert_eq!(svc.borrow().password, OLD);
}

#[test]
fn a_service_that_cannot_resend_says_so_and_keeps_the_code_prompt() {
    let mut world = World::new(1);
    world.caps.resend = false;
    let run = world.reset(vec![
        Say::Method("email"),
        Say::Resend,
        code(1),
        Say::Password(NEW),
    ]);
    run.result.expect("reset");
    assert_eq!(world.svc.borrow().sent, 1, "a new code was sent anyway");
    assert!(
        run.events
            .iter()
            .any(|e| e.contains("cannot send a new code")),
        "{:?}",
        run.events
    );
}

#[test]
fn a_step_that_asks_one_more_thing_passes_only_with_its_answer() {
    let world = World::new(1);
    world.svc.borrow_mut().question = Some("Your first pet?");
    let run = world.reset(vec![
        Say::Method("email"),
        code(1),
        // The question, answered wrong, then right: still one step.
        Say::Code("grey".into()),
        Say::Code("blue".into()),
        Say::Password(NEW),
    ]);
    let outcome = run.result.expect("reset");
    assert_eq!((outcome.gates_passed, outcome.gates_required), (1, 1));
    assert_eq!(world.svc.borrow().password, NEW);
    assert!(
        run.events.iter().any(|e| e.starts_with("wrong code")),
        "{:?}",
        run.events
    );
    // No step was announced as passed before the question was answered.
    let passed_at = run.events.iter().position(|e| e == "passed 1/1").unwrap();
    let asks = run.events[..passed_at]
        .iter()
        .filter(|e| *e == "ask code")
        .count();
    assert_eq!(asks, 3, "{:?}", run.events);
}
