//! The provider contract: one set of scenarios every provider must pass, run in-process (the
//! library's engine and provider, no binary) against a real service. A provider's test file
//! implements `Target` for its service and registers with `contract_suite!`; a scenario the
//! service cannot produce is reported as such by the target, never skipped in silence.

#![allow(dead_code, clippy::result_large_err)]

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::time::Duration;

use pwreset::error::{Failure, FailureKind, Result, Violation};
use pwreset::flow::{CodeAnswer, Engine, FlowUi, NoJournal, Outcome, Waited};
use pwreset::http::{Api, HttpSettings};
use pwreset::journal::{GeneratedPasswordKeeper, StoreJournal};
use pwreset::keystore::SecretStore;
use pwreset::output::Shell;
use pwreset::policy::Policy;
use pwreset::protocol::{Intent, MethodInfo};
use pwreset::provider::{Challenge, Provider, Refusal, StartedFlow};
use pwreset::secret::Secret;

pub const NEW_PW: &str = "violet orbit staple 42";

/// A real service the suite runs against.
pub trait Target {
    /// The provider, talking to the service at `base` (the service itself, or a proxy in
    /// front of it).
    fn provider(&self, base: &str) -> Box<dyn Provider>;
    /// Where the service listens (what a proxy forwards to).
    fn base(&self) -> String;
    /// A new account with its current password: (user, password).
    fn account(&self) -> (String, String);
    /// A user id the service has never heard of.
    fn unknown_user(&self) -> String;
    /// The latest code the service delivered to `user`, as the person would read it.
    fn latest_code(&self, user: &str) -> String;
    /// A code of the right shape that is not the one sent.
    fn wrong_code(&self) -> String {
        "000000".into()
    }
    /// Whether `password` signs `user` in.
    fn signs_in(&self, user: &str, password: &str) -> bool;
    /// What the set-password request's path, `X-Amz-Target` or JSON key ends with (the
    /// request whose answer the fault proxy loses).
    fn set_password_request(&self) -> &'static str;
    /// A password that passes pwreset's local rules but that the service refuses, or why the
    /// service cannot be made to refuse one.
    fn refused_password(&self) -> std::result::Result<&'static str, &'static str>;
    /// Makes every code sent so far expire, or says why the service cannot.
    fn expire_codes(&self) -> std::result::Result<(), &'static str>;
    /// Makes the service's flows expire, or says why it has none that can.
    fn expire_flows(&self) -> std::result::Result<(), &'static str>;
    /// Whether the service rate-limits repeated starts for one user, or why it does not.
    fn limits_starts(&self) -> std::result::Result<(), &'static str>;
    /// Proxies in front of the service for this run: the one the provider talks to.
    fn via(&self, base: &str) -> String {
        base.to_owned()
    }
}

pub fn api(base: &str) -> Api {
    let _ = rustls::crypto::ring::default_provider().install_default();
    Api::new(
        url::Url::parse(base).unwrap(),
        &HttpSettings {
            timeout: Duration::from_secs(20),
            ca_cert: None,
        },
        &Shell::plain(),
    )
    .unwrap()
}

/// What the scripted person does at each code prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AtCode {
    Right,
    Wrong,
}

struct ContractUi<'t> {
    target: &'t dyn Target,
    user: String,
    codes: VecDeque<AtCode>,
    passwords: VecDeque<String>,
    events: Vec<String>,
}

impl<'t> ContractUi<'t> {
    fn new(target: &'t dyn Target, user: &str, codes: &[AtCode], passwords: &[&str]) -> Self {
        ContractUi {
            target,
            user: user.to_owned(),
            codes: codes.iter().copied().collect(),
            passwords: passwords.iter().map(|p| p.to_string()).collect(),
            events: Vec::new(),
        }
    }
}

impl FlowUi for ContractUi<'_> {
    fn ask_user(&mut self) -> Result<String> {
        Ok(self.user.clone())
    }
    fn flow_started(&mut self, _user: &str, _flow: &StartedFlow) {}
    fn choose_method(&mut self, _g: u32, _n: u32, methods: &[MethodInfo]) -> Result<MethodInfo> {
        // The first method that delivers a readable code.
        methods
            .iter()
            .find(|m| matches!(m.kind.as_str(), "email" | "sms"))
            .or(methods.first())
            .cloned()
            .ok_or_else(Failure::interrupted)
    }
    fn busy(&mut self, _message: &str) {}
    fn done(&mut self) {}
    fn challenge_sent(&mut self, method: &MethodInfo, _ch: &Challenge) -> Result<()> {
        self.events.push(format!("sent {}", method.kind));
        Ok(())
    }
    fn code(&mut self, _gate: u32, _m: &MethodInfo, _ch: &Challenge) -> Result<Secret> {
        match self.codes.pop_front() {
            Some(AtCode::Right) => Ok(Secret::new(self.target.latest_code(&self.user))),
            Some(AtCode::Wrong) => Ok(Secret::new(self.target.wrong_code())),
            None => Err(Failure::interrupted()),
        }
    }
    fn code_or_choice(
        &mut self,
        gate: u32,
        m: &MethodInfo,
        ch: &Challenge,
        _can_switch: bool,
    ) -> Result<CodeAnswer> {
        self.code(gate, m, ch).map(CodeAnswer::Code)
    }
    fn wrong_code(&mut self, attempts_left: Option<u32>) -> Result<bool> {
        self.events
            .push(format!("wrong code ({attempts_left:?} left)"));
        Ok(true)
    }
    fn offer_resend(&mut self, _method: &MethodInfo) -> Result<bool> {
        self.events.push("resend".into());
        Ok(true)
    }
    fn gate_passed(&mut self, passed: u32, required: u32) {
        self.events.push(format!("passed {passed}/{required}"));
    }
    fn show_policy(&mut self, _policy: &Policy) {}
    fn new_password(&mut self, _policy: &Policy, _user: &str) -> Result<Secret> {
        self.passwords
            .pop_front()
            .map(Secret::new)
            .ok_or_else(Failure::interrupted)
    }
    fn password_refused(&mut self, violations: &[Violation], by_service: bool) -> Result<bool> {
        self.events.push(format!(
            "refused (by service: {by_service}, {} reasons)",
            violations.len()
        ));
        Ok(true)
    }
    fn wait_rate_limit(&mut self, wait: Duration, _message: &str) -> Result<bool> {
        self.events.push(format!("wait {wait:?}"));
        Ok(false)
    }
}

/// The one account a stateful vendor stub keeps: its password and its outstanding code
/// (with whether it has expired), and how many codes were sent.
#[derive(Default)]
pub struct StubAccount {
    pub password: String,
    pub code: Option<(String, bool)>,
    pub sent: u32,
}

impl StubAccount {
    pub fn shared(password: &str) -> std::sync::Arc<std::sync::Mutex<StubAccount>> {
        std::sync::Arc::new(std::sync::Mutex::new(StubAccount {
            password: password.to_owned(),
            ..StubAccount::default()
        }))
    }

    /// Sends a new code, which replaces the outstanding one.
    pub fn send(&mut self, code: String) {
        self.sent += 1;
        self.code = Some((code, false));
    }

    /// Sets the password with the outstanding code, which is spent.
    pub fn reset(&mut self, password: &str) {
        self.password = password.to_owned();
        self.code = None;
    }

    pub fn latest_code(&self) -> String {
        self.code.clone().expect("no code was sent").0
    }

    pub fn expire_code(&mut self) {
        if let Some((_, expired)) = &mut self.code {
            *expired = true;
        }
    }
}

/// The OS keyring's stand-in: shared by the runs of one scenario.
#[derive(Clone, Default)]
pub struct MemStore(Rc<RefCell<HashMap<String, String>>>);

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

struct Ran {
    result: Result<Outcome>,
    events: Vec<String>,
}

fn run(
    target: &dyn Target,
    provider: &mut dyn Provider,
    user: &str,
    intent: Intent,
    codes: &[AtCode],
    passwords: &[&str],
) -> Ran {
    let mut ui = ContractUi::new(target, user, codes, passwords);
    let result = Engine {
        provider,
        ui: &mut ui,
        journal: &mut NoJournal,
        keeper: None,
        policy_override: None,
        waited: Waited::default(),
        breach: None,
    }
    .run(Some(user.to_owned()), intent, None);
    Ran {
        result,
        events: ui.events,
    }
}

// ---------------------------------------------------------------- the scenarios

pub fn plain_reset(t: &dyn Target) {
    let (user, old) = t.account();
    let mut p = t.provider(&t.via(&t.base()));
    let ran = run(
        t,
        &mut *p,
        &user,
        Intent::Reset,
        &[AtCode::Right; 3],
        &[NEW_PW],
    );
    ran.result
        .unwrap_or_else(|f| panic!("{f:?} {:?}", ran.events));
    assert!(
        t.signs_in(&user, NEW_PW),
        "the new password does not sign in"
    );
    assert!(!t.signs_in(&user, &old), "the old password still signs in");
}

pub fn wrong_code_then_the_right_one(t: &dyn Target) {
    let (user, _) = t.account();
    let mut p = t.provider(&t.via(&t.base()));
    let ran = run(
        t,
        &mut *p,
        &user,
        Intent::Reset,
        &[AtCode::Wrong, AtCode::Right, AtCode::Right, AtCode::Right],
        &[NEW_PW],
    );
    ran.result
        .unwrap_or_else(|f| panic!("{f:?} {:?}", ran.events));
    // Asked again, or (moto, which answers ExpiredCodeException for a wrong code) sent anew.
    assert!(
        ran.events
            .iter()
            .any(|e| e.starts_with("wrong code") || e == "resend"),
        "{:?}",
        ran.events
    );
    assert!(t.signs_in(&user, NEW_PW));
}

pub fn expired_code_then_a_new_one(t: &dyn Target) {
    let (user, _) = t.account();
    let mut p = t.provider(&t.via(&t.base()));
    let flow = p.start(&user, Intent::Reset).unwrap();
    let method = flow.methods[0].clone();
    let challenge = p.send_challenge(&flow, &method).unwrap();
    let code = Secret::new(t.latest_code(&user));
    if let Err(why) = t.expire_codes() {
        eprintln!("expired codes: not produced by this service ({why}); covered by its stub");
        return;
    }
    let checked = p
        .verify(&flow, &challenge, &code)
        .and_then(|_| p.set_password(&flow, &Secret::from(NEW_PW), "k-expired"));
    let f = checked.expect_err("an expired code was accepted");
    assert_eq!(f.refusal, Some(Refusal::CodeExpired), "{f:?}");
    // A new code works.
    let challenge = p.send_challenge(&flow, &method).unwrap();
    let code = Secret::new(t.latest_code(&user));
    p.verify(&flow, &challenge, &code).unwrap();
}

pub fn refused_password_then_an_accepted_one(t: &dyn Target) {
    let refused = match t.refused_password() {
        Ok(p) => p,
        Err(why) => {
            eprintln!("service-side refusal: not produced by this service ({why})");
            return;
        }
    };
    let (user, _) = t.account();
    let mut p = t.provider(&t.via(&t.base()));
    let ran = run(
        t,
        &mut *p,
        &user,
        Intent::Reset,
        &[AtCode::Right; 3],
        &[refused, NEW_PW],
    );
    ran.result
        .unwrap_or_else(|f| panic!("{f:?} {:?}", ran.events));
    assert!(
        ran.events
            .iter()
            .any(|e| e.starts_with("refused (by service: true")),
        "{:?}",
        ran.events
    );
    assert!(t.signs_in(&user, NEW_PW));
    assert!(!t.signs_in(&user, refused));
}

/// Where the service hides whether an account exists, pwreset's view of the start of a flow
/// for an unknown user is the same as for a known one.
pub fn unknown_user_looks_like_a_known_one(t: &dyn Target) {
    let mut p = t.provider(&t.via(&t.base()));
    if !p.capabilities().hides_unknown_users {
        let f = p.start(&t.unknown_user(), Intent::Reset).unwrap_err();
        assert_eq!(f.kind, FailureKind::Verification, "{f:?}");
        return;
    }
    // Known accounts differ from one another, so an unknown user must look like *an* account
    // (what the decoys of a service that hides them do), and the same one on every start: a
    // shape that changed from one start to the next would give the decoy away.
    let (user, _) = t.account();
    let known = p.start(&user, Intent::Reset).unwrap();
    let stranger = t.unknown_user();
    let unknown = p.start(&stranger, Intent::Reset).unwrap();
    let again = p.start(&stranger, Intent::Reset).unwrap();
    let shape = |f: &StartedFlow| {
        let kinds: Vec<String> = f.methods.iter().map(|m| m.kind.clone()).collect();
        (
            f.gates_required,
            kinds,
            f.methods.iter().map(|m| m.hint.clone()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        shape(&unknown),
        shape(&again),
        "the unknown user's shape changed"
    );
    for flow in [&known, &unknown] {
        assert!(!flow.methods.is_empty());
        assert!((1..=flow.methods.len() as u32).contains(&flow.gates_required));
        assert_eq!(flow.gates_passed, 0);
    }
    // A service that shows the typed id back (Firebase: the address itself) does so for both.
    assert_eq!(
        known.methods.iter().any(|m| m.hint == user),
        unknown.methods.iter().any(|m| m.hint == stranger),
        "{known:?} {unknown:?}"
    );
}

/// The password rules come from the service where it publishes them; where it does not, the
/// provider says whose rules pwreset checks instead.
pub fn policy_is_the_services_or_said_to_be_local(t: &dyn Target) {
    let mut p = t.provider(&t.via(&t.base()));
    let caps = p.capabilities();
    let policy = p.policy(None).unwrap_or_else(|f| panic!("{f:?}"));
    assert!(policy.min_length >= 1 && policy.min_length <= policy.max_length);
    if !caps.publishes_policy {
        let note = caps
            .policy_note
            .expect("local rules are not said to be local");
        assert!(note.contains("pwreset"), "{note}");
    }
}

/// A flow that expired is "start again" (exit 7), not a wrong code.
pub fn expired_flow_means_start_again(t: &dyn Target) {
    let (user, _) = t.account();
    let mut p = t.provider(&t.via(&t.base()));
    let flow = p.start(&user, Intent::Reset).unwrap();
    if let Err(why) = t.expire_flows() {
        eprintln!("expired flows: not produced by this service ({why})");
        return;
    }
    let f = p.send_challenge(&flow, &flow.methods[0]).unwrap_err();
    assert_eq!(f.refusal, Some(Refusal::FlowGone), "{f:?}");
    assert_eq!(f.kind, FailureKind::FlowExpired);
}

/// Too many starts for one user are a rate limit, with the service's wait where it says (exit 5).
pub fn repeated_starts_are_rate_limited(t: &dyn Target) {
    if let Err(why) = t.limits_starts() {
        eprintln!("rate limits: not produced by this service ({why})");
        return;
    }
    let (user, _) = t.account();
    let mut p = t.provider(&t.via(&t.base()));
    let f = (0..100)
        .find_map(|_| p.start(&user, Intent::Reset).err())
        .expect("100 starts were never limited");
    assert!(
        matches!(f.refusal, Some(Refusal::RateLimited { .. })),
        "{f:?}"
    );
    assert_eq!(f.kind, FailureKind::RateLimited);
}

/// Unlock works where the service has it; elsewhere it is a clear "cannot" before anything
/// is sent.
pub fn unlock_or_a_clear_cannot(t: &dyn Target) {
    let (user, old) = t.account();
    let mut p = t.provider(&t.via(&t.base()));
    match p.capabilities().can_unlock() {
        Ok(()) => {
            let ran = run(t, &mut *p, &user, Intent::Unlock, &[AtCode::Right; 3], &[]);
            ran.result
                .unwrap_or_else(|f| panic!("{f:?} {:?}", ran.events));
            assert!(t.signs_in(&user, &old), "unlock changed the password");
        }
        Err(f) => {
            assert_eq!(f.refusal, Some(Refusal::NotSupported));
            assert_eq!(f.kind, FailureKind::Usage);
            assert!(f.message.contains("no self-service unlock"), "{f:?}");
            let f = p.start(&user, Intent::Unlock).unwrap_err();
            assert_eq!(f.refusal, Some(Refusal::NotSupported), "{f:?}");
        }
    }
}

/// The answer to the password step is lost; `--resume` settles it, and the generated password
/// is never lost: in the end it is the one that signs in.
pub fn lost_answer_then_resume(t: &dyn Target) {
    let lossy = crate::common::FaultProxy::start(&t.via(&t.base()), t.set_password_request(), 1);
    let proxy_base = lossy.url.as_str();
    let (user, _) = t.account();
    let keyring = MemStore::default();
    let saved_flow = Rc::new(RefCell::new(None));
    struct Recording(
        MemStore,
        Rc<RefCell<Option<pwreset::flow::Checkpoint>>>,
        String,
    );
    impl pwreset::flow::Journal for Recording {
        fn save(&mut self, cp: &pwreset::flow::Checkpoint) -> Result<()> {
            *self.1.borrow_mut() = Some(cp.clone());
            StoreJournal::new(Box::new(self.0.clone()), &self.2).save(cp)
        }
        fn clear(&mut self) -> Result<()> {
            *self.1.borrow_mut() = None;
            StoreJournal::new(Box::new(self.0.clone()), &self.2).clear()
        }
    }
    let attempt = |base: &str, resume: Option<pwreset::flow::Checkpoint>, passwords: &[&str]| {
        let mut p = t.provider(base);
        let mut ui = ContractUi::new(t, &user, &[AtCode::Right; 3], passwords);
        let mut journal = Recording(keyring.clone(), saved_flow.clone(), user.clone());
        let mut keeper = GeneratedPasswordKeeper {
            keyring: Some(Box::new(keyring.clone())),
            file: None,
            force_overwrite: false,
        };
        Engine {
            provider: &mut *p,
            ui: &mut ui,
            journal: &mut journal,
            keeper: Some(&mut keeper),
            policy_override: None,
            waited: Waited::default(),
            breach: None,
        }
        .run(Some(user.clone()), Intent::Reset, resume)
    };
    let first = attempt(proxy_base, None, &[NEW_PW]);
    let f = first.expect_err("the proxy lost the answer, yet the run succeeded");
    assert_eq!(
        f.pending_password_in,
        [format!("mem:{user}#pending")],
        "{f:?}"
    );
    let cp = saved_flow.borrow().clone().expect("kept for --resume");
    assert!(cp.pending.is_some());
    // Resumed straight to the service.
    match attempt(&t.via(&t.base()), Some(cp), &[]) {
        Ok(outcome) => assert!(outcome.resumed),
        // Where the code itself authorises the change, the lost submission may have spent it:
        // pwreset says so and keeps the pending password, which is the one now set.
        Err(f) => assert!(!f.pending_password_in.is_empty(), "{f:?}"),
    }
    assert!(
        t.signs_in(&user, NEW_PW),
        "the kept password does not sign in"
    );
}

/// One test per scenario for a target: `contract_suite!(module_name, target_fn)`, where
/// `target_fn()` returns a fresh `impl Target` (dropped, with anything it started, when the
/// test ends).
#[macro_export]
macro_rules! contract_suite {
    ($name:ident, $target:expr) => {
        contract_suite!(@tests $name, $target,
            plain_reset,
            wrong_code_then_the_right_one,
            expired_code_then_a_new_one,
            refused_password_then_an_accepted_one,
            unknown_user_looks_like_a_known_one,
            policy_is_the_services_or_said_to_be_local,
            expired_flow_means_start_again,
            repeated_starts_are_rate_limited,
            unlock_or_a_clear_cannot,
            lost_answer_then_resume,
        );
    };
    (@tests $name:ident, $target:expr, $($scenario:ident,)+) => {
        mod $name {
            use super::*;
            $(
                #[test]
                fn $scenario() {
                    contract::$scenario(&$target());
                }
            )+
        }
    };
}
