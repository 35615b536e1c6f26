//! `TerminalUi`: the interactive flow (docs/design.md §2), for a person at a terminal.

use std::time::{Duration, Instant, SystemTime};

use indicatif::ProgressBar;

use super::{describe_kind, Prompter};
use crate::error::{Failure, Result, Violation};
use crate::flow::{CodeAnswer, FlowUi};
use crate::output::Shell;
use crate::policy::Policy;
use crate::protocol::MethodInfo;
use crate::provider::{Answer, Challenge, StartedFlow};
use crate::secret::Secret;

pub struct TerminalUi {
    shell: Shell,
    prompter: Box<dyn Prompter>,
    service: String,
    spinner: Option<ProgressBar>,
    /// The user id as typed, repeated where a typo would show.
    user: String,
    /// When the last code was sent, for the resend interval.
    sent_at: Option<Instant>,
    /// The service says when an account does not exist, so a code that was sent went to one.
    says_unknown_users: bool,
}

/// Echo off at the terminal for as long as it lives (a countdown is no place to type).
struct EchoOff {
    #[cfg(unix)]
    saved: Option<rustix::termios::Termios>,
}

impl EchoOff {
    fn new() -> EchoOff {
        #[cfg(unix)]
        {
            use rustix::termios::{tcgetattr, tcsetattr, LocalModes, OptionalActions};
            // A non-terminal makes tcgetattr fail, and nothing is changed.
            let Ok(saved) = tcgetattr(std::io::stdin()) else {
                return EchoOff { saved: None };
            };
            let mut quiet = saved.clone();
            quiet
                .local_modes
                .remove(LocalModes::ECHO | LocalModes::ICANON);
            let _ = tcsetattr(std::io::stdin(), OptionalActions::Now, &quiet);
            EchoOff { saved: Some(saved) }
        }
        #[cfg(not(unix))]
        EchoOff {}
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(t) = &self.saved {
            let _ = rustix::termios::tcsetattr(
                std::io::stdin(),
                rustix::termios::OptionalActions::Now,
                t,
            );
        }
    }
}

/// Drops what was typed but not yet read at the terminal.
fn discard_typeahead() {
    #[cfg(unix)]
    // Fails harmlessly on a non-terminal.
    let _ = rustix::termios::tcflush(std::io::stdin(), rustix::termios::QueueSelector::IFlush);
}

/// When an RFC 3339 expiry falls, as local clock time and as time from now: "at 14:32, in
/// 10 min" (in the run's language), when it parses and is still ahead.
fn expiry(expires_at: Option<&str>) -> Option<String> {
    let t = humantime::parse_rfc3339_weak(expires_at?).ok()?;
    let left = t.duration_since(SystemTime::now()).ok()?;
    let mins = (left.as_secs() + 30) / 60;
    let clock = crate::signals::clock_time(t);
    Some(if mins >= 1 {
        crate::t!("expires-at-in-min", clock = clock, min = mins)
    } else {
        crate::t!("expires-at-in-s", clock = clock, s = left.as_secs())
    })
}

impl TerminalUi {
    pub fn new(shell: Shell, prompter: Box<dyn Prompter>, service: String) -> Self {
        TerminalUi {
            shell,
            prompter,
            service,
            spinner: None,
            user: String::new(),
            sent_at: None,
            says_unknown_users: false,
        }
    }

    /// For a service that answers "no such user" (it does not hide unknown accounts): a code
    /// sent is said to be sent, without "if … has an account".
    pub fn for_service_that_names_unknown_users(mut self) -> Self {
        self.says_unknown_users = true;
        self
    }

    /// The code prompt, naming the user id (a typo shows) and the keys that do something else.
    fn code_prompt(&self, ch: &Challenge, keys: &[&str]) -> String {
        let what = match (&ch.answer, ch.digits()) {
            (_, Some(n)) => crate::t!("prompt-code-digits", n = n, user = &self.user),
            (Answer::CodeOrLink, _) => crate::t!("prompt-code-or-link", user = &self.user),
            _ => crate::t!("prompt-code", user = &self.user),
        };
        if keys.is_empty() {
            what
        } else {
            crate::t!(
                "prompt-with-keys",
                prompt = what,
                keys = keys.join(&crate::t!("list-separator"))
            )
        }
    }

    /// The typed code, normalised, when it can be the one sent; otherwise says why (and
    /// nothing is sent).
    fn accept_code(&self, typed: &Secret, ch: &Challenge) -> Option<Secret> {
        match super::code_format_problem(typed.expose(), ch) {
            Some(problem) => {
                self.shell.info(&format!("{}{problem}", self.shell.cross()));
                None
            }
            None => Some(Secret::new(super::scripted::normalize_code(typed.expose()))),
        }
    }

    /// Shows the strength estimate of a first entry; a weak one is kept only if the person says
    /// so (the default is to choose another).
    fn strength_accepted(&mut self, password: &Secret, user: &str) -> Result<bool> {
        let Some(estimate) = crate::strength::estimate(password, user) else {
            return Ok(true);
        };
        let mark = if estimate.is_weak() {
            self.shell.yellow(&estimate.label())
        } else {
            self.shell.green(&estimate.label())
        };
        self.shell.info(&crate::t!(
            "strength-line",
            label = mark,
            score = estimate.score,
            time = &estimate.offline_guess_time
        ));
        for advice in estimate.warning.iter().chain(&estimate.suggestions) {
            self.shell
                .info(&format!("  {} {advice}", self.shell.bullet()));
        }
        if !estimate.is_weak() {
            return Ok(true);
        }
        self.prompter
            .confirm(&crate::t!("prompt-use-anyway"), false)
    }

    fn method_label(&self, m: &MethodInfo) -> String {
        let kind = describe_kind(&m.kind);
        if m.hint.is_empty() || m.hint.contains(&kind) {
            return kind;
        }
        // Two columns where there is room; on a narrow terminal one line, so the menu fits.
        if self.shell.width().is_some_and(|w| w < 60) {
            return format!("{kind}: {}", self.shell.dim(&m.hint));
        }
        // Padded by display width, so that Chinese labels line up too.
        let pad = 20usize.saturating_sub(console::measure_text_width(&kind));
        format!("{kind}{} {}", " ".repeat(pad), self.shell.dim(&m.hint))
    }
}

impl FlowUi for TerminalUi {
    fn ask_user(&mut self) -> Result<String> {
        self.prompter.input(&crate::t!("prompt-user"), None)
    }

    fn flow_started(&mut self, user: &str, flow: &StartedFlow) {
        self.user = user.to_owned();
        let steps = crate::t!("verification-steps-distinct", n = flow.gates_required);
        self.shell.info(&super::opening(
            flow.intent,
            &self.shell.bold(user),
            Some(&self.service),
            &steps,
        ));
    }

    fn choose_method(
        &mut self,
        gate: u32,
        gates: u32,
        methods: &[MethodInfo],
    ) -> Result<MethodInfo> {
        if methods.len() == 1 {
            let m = &methods[0];
            self.shell.info(&crate::t!(
                "verifying-with",
                gate = gate,
                gates = gates,
                method = super::method_phrase(m)
            ));
            return Ok(m.clone());
        }
        let question = crate::t!("prompt-choose-method", gate = gate, gates = gates);
        let labels: Vec<String> = methods.iter().map(|m| self.method_label(m)).collect();
        let i = self.prompter.select(&question, &labels)?;
        Ok(methods[i].clone())
    }

    fn busy(&mut self, message: &str) {
        self.spinner = Some(self.shell.spinner(message));
    }

    fn done(&mut self) {
        if let Some(s) = self.spinner.take() {
            s.finish_and_clear();
        }
    }

    fn challenge_sent(&mut self, method: &MethodInfo, ch: &Challenge) -> Result<()> {
        let expiry = expiry(ch.expires_at.as_deref())
            .map(|at| crate::t!("code-expires", at = at))
            .unwrap_or_default();
        // The service does not say whether the account exists (so nobody can probe for
        // accounts): neither can pwreset, so nothing here is claimed as done.
        let line = crate::t!(
            "challenge-sent",
            known = if self.says_unknown_users { "yes" } else { "no" },
            kind = method.kind.as_str(),
            user = &self.user,
            service = &self.service,
            how = describe_kind(&method.kind),
            hint = &method.hint,
            expiry = expiry
        );
        self.shell.info(line.trim_end());
        self.sent_at = Some(Instant::now());
        Ok(())
    }

    fn code_or_choice(
        &mut self,
        gate: u32,
        method: &MethodInfo,
        ch: &Challenge,
        can_switch: bool,
    ) -> Result<CodeAnswer> {
        // A hidden answer (a security question) could itself be "r" or "m": no shortcuts there.
        let resendable = matches!(method.kind.as_str(), "email" | "sms" | "voice");
        if ch.question().is_some() || (!resendable && !can_switch) {
            return self.code(gate, method, ch).map(CodeAnswer::Code);
        }
        let mut keys = Vec::new();
        if resendable {
            keys.push(crate::t!("key-resend"));
        }
        if can_switch {
            keys.push(crate::t!("key-other-method"));
        }
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let prompt = self.code_prompt(ch, &keys);
        loop {
            let typed = Secret::new(self.prompter.input(&prompt, None)?);
            match typed.expose().trim() {
                "r" | "R" if resendable => {
                    let ready = self.sent_at.map_or(Duration::ZERO, |at| {
                        Duration::from_secs(ch.resend_after_s.unwrap_or(0))
                            .saturating_sub(at.elapsed())
                    });
                    if ready.is_zero() {
                        return Ok(CodeAnswer::Resend);
                    }
                    self.shell
                        .info(&crate::t!("resend-not-yet", s = ready.as_secs() + 1));
                }
                "m" | "M" if can_switch => return Ok(CodeAnswer::OtherMethod),
                _ => {
                    if let Some(code) = self.accept_code(&typed, ch) {
                        return Ok(CodeAnswer::Code(code));
                    }
                }
            }
        }
    }

    fn code(&mut self, _gate: u32, _method: &MethodInfo, ch: &Challenge) -> Result<Secret> {
        if let Some(q) = ch.question() {
            return self
                .prompter
                .secret(&crate::t!("prompt-question", question = q));
        }
        let prompt = self.code_prompt(ch, &[]);
        loop {
            let typed = Secret::new(self.prompter.input(&prompt, None)?);
            if let Some(code) = self.accept_code(&typed, ch) {
                return Ok(code);
            }
        }
    }

    fn challenge_outstanding(
        &mut self,
        gate: u32,
        gates: u32,
        method: &MethodInfo,
        ch: &Challenge,
    ) {
        let until = super::valid_until(ch.expires_at.as_deref()).unwrap_or_default();
        self.shell.info(&crate::t!(
            "challenge-outstanding",
            gate = gate,
            gates = gates,
            kind = method.kind.as_str(),
            how = describe_kind(&method.kind),
            hint = &method.hint,
            timed = if until.is_empty() { "no" } else { "yes" },
            until = until
        ));
    }

    fn wrong_code(&mut self, attempts_left: Option<u32>) -> Result<bool> {
        let mut line = format!("{}{}", self.shell.cross(), crate::t!("code-not-correct"));
        if let Some(n) = attempts_left {
            line = format!("{line} {}", crate::t!("attempts-left", n = n));
        }
        self.shell.info(&line);
        Ok(true)
    }

    fn offer_resend(&mut self, method: &MethodInfo) -> Result<bool> {
        self.prompter.confirm(
            &crate::t!(
                "prompt-resend-after-expiry",
                how = describe_kind(&method.kind)
            ),
            true,
        )
    }

    fn gate_passed(&mut self, passed: u32, required: u32) {
        self.shell
            .success(&crate::t!("gate-verified", gate = passed, gates = required));
    }

    fn policy_note(&mut self, note: &str) {
        self.shell.info(&format!("{note}."));
    }

    fn show_policy(&mut self, policy: &Policy) {
        self.shell.info(&crate::t!("choose-password"));
        let rules = if policy.rules.is_empty() {
            policy.describe()
        } else {
            policy.rules.clone()
        };
        for r in rules {
            self.shell
                .info(&format!("  {} {}", self.shell.bullet(), r.description));
        }
    }

    fn new_password(&mut self, policy: &Policy, user: &str) -> Result<Secret> {
        for _ in 0..5 {
            let first = self.prompter.secret(&crate::t!("prompt-new-password"))?;
            if first.is_empty() {
                self.shell.info(&crate::t!("password-empty"));
                continue;
            }
            // Said now, not after it was typed twice.
            let violations = policy.check(&first, user);
            if !violations.is_empty() {
                self.password_refused(&violations, false)?;
                continue;
            }
            if !self.strength_accepted(&first, user)? {
                continue;
            }
            let second = self.prompter.secret(&crate::t!("prompt-repeat-password"))?;
            if first == second {
                return Ok(first);
            }
            self.shell.info(&format!(
                "{}{}",
                self.shell.cross(),
                crate::t!("passwords-differ")
            ));
        }
        Err(Failure::usage(crate::t!("password-not-confirmed")))
    }

    fn password_refused(&mut self, violations: &[Violation], by_service: bool) -> Result<bool> {
        let who = if by_service {
            crate::t!("password-refused-by", service = &self.service)
        } else {
            crate::t!("password-refused-locally")
        };
        self.shell.info(&format!("{}{who}", self.shell.cross()));
        for v in violations {
            self.shell.info(&format!("  - {}", v.message));
        }
        if violations.is_empty() {
            self.shell
                .info(&format!("  - {}", crate::t!("password-refused-no-reason")));
        }
        Ok(true)
    }

    fn note(&mut self, text: &str) {
        self.shell.info(text);
    }

    fn wait_rate_limit(&mut self, wait: Duration, message: &str) -> Result<bool> {
        let _quiet_keys = EchoOff::new();
        self.done();
        let secs = wait.as_secs_f64().ceil() as u64;
        self.shell.info(&crate::t!(
            "rate-limited-waiting",
            label = self.shell.yellow(&crate::t!("rate-limited-label")),
            message = message,
            s = secs
        ));
        let end = Instant::now() + wait;
        if self.shell.is_plain() {
            // A screen reader hears a sentence every 15 s, not a redrawn number.
            let mut next_word = Instant::now() + Duration::from_secs(15);
            loop {
                let left = end.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    break;
                }
                if Instant::now() >= next_word {
                    self.shell
                        .info(&crate::t!("retrying-in", s = left.as_secs() + 1));
                    next_word += Duration::from_secs(15);
                }
                std::thread::sleep(left.min(Duration::from_millis(250)));
            }
        } else {
            let bar = self.shell.spinner("");
            loop {
                let left = end.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    break;
                }
                bar.set_message(crate::t!("retrying-in-short", s = left.as_secs() + 1));
                std::thread::sleep(left.min(Duration::from_millis(250)));
            }
            bar.finish_and_clear();
        }
        // Keys pressed while waiting must not become the answer to the next prompt.
        discard_typeahead();
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;
    use crate::error::FailureKind;
    use crate::ui::ScriptedPrompter;

    /// The scripted prompter, shared so that a test can read the prompts afterwards.
    struct Shared(Rc<RefCell<ScriptedPrompter>>);

    impl Prompter for Shared {
        fn input(&mut self, prompt: &str, default: Option<&str>) -> Result<String> {
            self.0.borrow_mut().input(prompt, default)
        }
        fn secret(&mut self, prompt: &str) -> Result<Secret> {
            self.0.borrow_mut().secret(prompt)
        }
        fn select(&mut self, prompt: &str, options: &[String]) -> Result<usize> {
            self.0.borrow_mut().select(prompt, options)
        }
        fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
            self.0.borrow_mut().confirm(prompt, default)
        }
    }

    fn ui(answers: &[&str]) -> (TerminalUi, Rc<RefCell<ScriptedPrompter>>) {
        let script = Rc::new(RefCell::new(ScriptedPrompter::new(answers)));
        let ui = TerminalUi::new(
            Shell::plain(),
            Box::new(Shared(script.clone())),
            "id.example.com".into(),
        );
        (ui, script)
    }

    #[test]
    fn a_code_of_the_wrong_shape_is_asked_again_and_never_returned() {
        let (mut ui, script) = ui(&["12 34 5", "abc", "123 456"]);
        let method = MethodInfo {
            id: "m1".into(),
            kind: "email".into(),
            hint: "a***@e***.com".into(),
        };
        let challenge = Challenge::bare(Answer::Code { digits: Some(6) });
        let code = ui.code(1, &method, &challenge).unwrap();
        assert_eq!(code.expose(), "123456");
        let prompts = &script.borrow().prompts;
        assert_eq!(prompts.len(), 3, "{prompts:?}");
        assert!(
            prompts[0].starts_with("Enter the 6-digit code"),
            "{prompts:?}"
        );
    }

    #[test]
    fn a_weak_password_needs_a_yes_and_a_mismatch_asks_again() {
        let strong = "violet orbit staple 42";
        let (mut ui, script) = ui(&["violetviolet", "n", strong, "another", strong, strong]);
        let password = ui
            .new_password(&Policy::new(8, 128, 0, false), "ada@example.com")
            .unwrap();
        assert_eq!(password.expose(), strong);
        let prompts = script.borrow().prompts.clone();
        assert_eq!(
            prompts,
            [
                "New password (typing is hidden)",
                "Use it anyway?",
                "New password (typing is hidden)",
                "Repeat the new password",
                "New password (typing is hidden)",
                "Repeat the new password",
            ]
        );
    }

    #[test]
    fn no_answer_at_the_password_prompt_is_an_interruption() {
        let (mut ui, _) = ui(&[]);
        let f = ui
            .new_password(&Policy::new(8, 128, 0, false), "ada@example.com")
            .unwrap_err();
        assert_eq!(f.kind, FailureKind::Interrupted);
    }
}
