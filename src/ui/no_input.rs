//! `NoInputUi`: the flow with nobody to ask. Every question it cannot answer is a usage error
//! that says what was missing.

use std::time::Duration;

use crate::error::{Failure, Result, Violation};
use crate::flow::FlowUi;
use crate::output::Shell;
use crate::policy::Policy;
use crate::protocol::{ChallengeCreated, MethodInfo};
use crate::provider::StartedFlow;
use crate::secret::Secret;

pub struct NoInputUi {
    shell: Shell,
}

impl NoInputUi {
    pub fn new(shell: Shell) -> Self {
        NoInputUi { shell }
    }
}

fn missing(what: &str, flag: &str) -> Failure {
    Failure::usage(format!(
        "pwreset needs {what} but may not prompt (--no-input, CI is set, or stdin is not a terminal)"
    ))
    .with_hint(flag.to_owned())
}

impl FlowUi for NoInputUi {
    fn ask_user(&mut self) -> Result<String> {
        Err(missing(
            "your user id",
            "pass --user ID (or set PWRESET_USER)",
        ))
    }
    fn flow_started(&mut self, user: &str, flow: &StartedFlow) {
        self.shell.info(&format!(
            "Recovering {user}: {} verification step(s).",
            flow.gates_required
        ));
    }
    fn choose_method(
        &mut self,
        _gate: u32,
        _gates: u32,
        methods: &[MethodInfo],
    ) -> Result<MethodInfo> {
        if let [only] = methods {
            return Ok(only.clone());
        }
        Err(missing(
            "to know which verification method to use",
            "run pwreset in a terminal to choose one",
        ))
    }
    fn busy(&mut self, message: &str) {
        self.shell.debug(message);
    }
    fn done(&mut self) {}
    fn challenge_sent(&mut self, method: &MethodInfo, _ch: &ChallengeCreated) -> Result<()> {
        self.shell.info(&format!(
            "Code sent via {} to {}.",
            method.kind, method.hint
        ));
        Ok(())
    }
    fn code(&mut self, _method: &MethodInfo, _ch: &ChallengeCreated) -> Result<Secret> {
        Err(missing(
            "the verification code",
            "run pwreset in a terminal to type the code",
        ))
    }
    fn wrong_code(&mut self, _attempts_left: u32) {}
    fn offer_resend(&mut self, _method: &MethodInfo) -> Result<bool> {
        Ok(false)
    }
    fn gate_passed(&mut self, passed: u32, required: u32) {
        self.shell
            .info(&format!("Verified ({passed} of {required})."));
    }
    fn show_policy(&mut self, _policy: &Policy) {}
    fn new_password(&mut self, _policy: &Policy, _user: &str) -> Result<Secret> {
        Err(missing(
            "the new password",
            "run pwreset in a terminal to type it",
        ))
    }
    fn password_refused(&mut self, _violations: &[Violation], _by_service: bool) -> Result<bool> {
        Ok(false)
    }
    fn wait_rate_limit(&mut self, _wait: Duration, _message: &str) -> Result<bool> {
        Ok(false)
    }
}
