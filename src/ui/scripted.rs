//! `ScriptedUi`: answers the flow's questions from flags — methods, codes, the new password —
//! and falls back to the terminal (when there is one) for anything not given. With nobody to
//! ask, a missing answer is a usage error that names the flag to add.

use std::io::{BufRead, Read};
use std::path::Path;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

use super::no_input::missing;
use super::{describe_kind, TerminalUi};
use crate::cli::{PasswordArgs, VerifyArgs};
use crate::env_vars;
use crate::error::{Failure, FailureKind, Result, Violation};
use crate::flow::{CodeAnswer, FlowUi};
use crate::keystore::{open_trusted, read_trusted, Trust};
use crate::output::Shell;
use crate::policy::{self, Policy};
use crate::protocol::MethodInfo;
use crate::provider::{Challenge, StartedFlow};
use crate::secret::Secret;

fn code_flags() -> String {
    crate::t!("scripted-pass-code-stdin-code")
}
fn password_flags() -> String {
    crate::t!("scripted-pass-password-stdin-password")
}

/// Lines of stdin, read lazily and shared: codes first (one per gate), then the password.
struct StdinLines;

impl StdinLines {
    fn next(&mut self, what: &str) -> Result<Secret> {
        let mut line = String::new();
        let n = std::io::stdin().lock().read_line(&mut line).map_err(|e| {
            Failure::usage(crate::t!(
                "scripted-cannot-read-from-stdin",
                what = what,
                e = e
            ))
        })?;
        if n == 0 {
            return Err(
                Failure::usage(crate::t!("scripted-stdin-ended-before", what = what))
                    .with_hint(crate::t!("scripted-give-one-line-per")),
            );
        }
        let value = line.trim_end_matches(['\n', '\r']).to_owned();
        line.clear();
        Ok(Secret::new(value))
    }
}

/// Whether `name` can be an environment variable's name (as a shell would accept it).
fn is_variable_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.len() <= 128
}

/// The value of the variable a `--…-env VAR` flag names. The name itself is never printed: a
/// person who typed the secret in its place must not see it echoed into logs.
pub fn secret_from_env(flag: &str, var: &str) -> Result<Secret> {
    let rotate = crate::t!("scripted-if-you-typed-secret");
    if !is_variable_name(var) {
        return Err(Failure::usage(crate::t!(
            "scripted-takes-name-environment-variable",
            flag = flag
        ))
        .with_hint(crate::t!(
            "scripted-export-my-secret-pass",
            flag = flag,
            rotate = rotate
        )));
    }
    match std::env::var(var) {
        Ok(value) if !value.trim().is_empty() => Ok(Secret::new(value)),
        _ => Err(
            Failure::usage(crate::t!("scripted-variable-names-not-set", flag = flag)).with_hint(
                crate::t!("scripted-export-variable-before-running", rotate = rotate),
            ),
        ),
    }
}

/// Variables a `--code-command` child must not inherit: ours, and those holding secrets.
fn withheld_from_child(secret_vars: &[String]) -> Vec<std::ffi::OsString> {
    std::env::vars_os()
        .map(|(k, _)| k)
        .filter(|k| {
            k.to_str().is_some_and(|k| {
                k.starts_with(env_vars::PREFIX) || secret_vars.iter().any(|s| s == k)
            })
        })
        .collect()
}

/// A numeric code may be typed or fetched in groups (`123 456`, `123-456`); anything else is
/// only trimmed, since its dashes and spaces may be part of it.
pub fn normalize_code(code: &str) -> String {
    let code = code.trim();
    if code
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c.is_whitespace())
    {
        code.chars().filter(char::is_ascii_digit).collect()
    } else {
        code.to_owned()
    }
}

pub struct ScriptedUi {
    shell: Shell,
    terminal: Option<TerminalUi>,
    verify: VerifyArgs,
    password: PasswordArgs,
    stdin: StdinLines,
    code_file_lines: Option<Vec<String>>,
    file_codes_used: usize,
    /// Variables that hold secrets (`--totp-secret-env`, `--client-secret-env`).
    secret_vars: Vec<String>,
    /// The last code was computed from `--totp-secret-env`.
    last_code_was_totp: bool,
    /// A refused computed TOTP has been retried once, in the next time step.
    totp_retried: bool,
}

impl ScriptedUi {
    pub fn new(
        shell: Shell,
        terminal: Option<TerminalUi>,
        verify: &VerifyArgs,
        password: Option<&PasswordArgs>,
    ) -> Self {
        ScriptedUi {
            shell,
            terminal,
            verify: verify.clone(),
            password: password.cloned().unwrap_or_default(),
            stdin: StdinLines,
            code_file_lines: None,
            file_codes_used: 0,
            secret_vars: verify.totp_secret_env.iter().cloned().collect(),
            last_code_was_totp: false,
            totp_retried: false,
        }
    }

    /// Names another variable that holds a secret, so `--code-command` children never see it.
    pub fn withhold_variable(&mut self, name: &str) {
        self.secret_vars.push(name.to_owned());
    }

    /// Every input source the flags name, checked before the first request: files exist and
    /// are safe to read, variables are set and hold what they should, the command can be
    /// split. A mistake here must not cost codes that were already sent.
    pub fn check_sources(&self) -> Result<()> {
        if let Some(path) = &self.password.password_file {
            if open_trusted(path, "--password-file", Trust::Private)?.is_none() {
                return Err(Failure::usage(crate::t!(
                    "scripted-password-file-does-not",
                    path = path.display()
                )));
            }
        }
        if let Some(path) = &self.verify.code_file {
            if open_trusted(path, "--code-file", Trust::OwnedByYou)?.is_none() {
                return Err(Failure::usage(crate::t!(
                    "scripted-code-file-does-not",
                    path = path.display()
                )));
            }
        }
        // A resumed flow may need no code at all (only the password again): the variable is
        // then read, and checked, if and when a code is needed.
        if let (Some(var), false) = (&self.verify.totp_secret_env, self.verify.resume) {
            totp_from_secret(&secret_from_env("--totp-secret-env", var)?)?;
        }
        if let Some(cmd) = &self.verify.code_command {
            split_command(cmd)?;
        }
        Ok(())
    }

    fn has_code_source(&self) -> bool {
        self.verify.code_stdin
            || self.verify.code_file.is_some()
            || self.verify.code_command.is_some()
    }

    fn has_password_source(&self) -> bool {
        self.password.password_stdin
            || self.password.password_file.is_some()
            || self.password.generate.is_some()
    }

    /// With nobody to prompt, checks before any request that every answer has a source.
    pub fn check_complete(
        &self,
        user_known: bool,
        needs_password: bool,
        resuming: bool,
    ) -> Result<()> {
        self.check_sources()?;
        if self.terminal.is_some() {
            return Ok(());
        }
        if !user_known {
            return Err(missing(
                crate::t!("scripted-your-user-id"),
                crate::t!("settings-pass-user-id-set"),
            ));
        }
        if !self.has_code_source() && self.verify.totp_secret_env.is_none() && !resuming {
            return Err(missing(
                crate::t!("scripted-verification-code-s"),
                code_flags(),
            ));
        }
        if needs_password && !self.has_password_source() && !resuming {
            return Err(missing(
                crate::t!("scripted-new-password"),
                password_flags(),
            ));
        }
        Ok(())
    }

    fn code_from_command(&self, cmd: &str, gate: u32, method: &MethodInfo) -> Result<Secret> {
        let argv = split_command(cmd)?;
        let (program, args) = argv.split_first().expect("checked non-empty");
        // Run directly, never through a shell: the command line is the user's, nothing is
        // interpolated. The child gets the ordinary environment without pwreset's variables
        // or any that hold a secret, plus the three that say which code to fetch.
        let mut command = Command::new(program);
        for name in withheld_from_child(&self.secret_vars) {
            command.env_remove(name);
        }
        let mut child = command
            .args(args)
            .env(env_vars::PWRESET_GATE, gate.to_string())
            .env(env_vars::PWRESET_METHOD_KIND, &method.kind)
            .env(env_vars::PWRESET_METHOD_HINT, &method.hint)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| {
                Failure::usage(crate::t!(
                    "scripted-cannot-run-code-command",
                    program = format!("{:?}", program),
                    e = e
                ))
            })?;
        let mut stdout = child.stdout.take().expect("piped");
        let reader = std::thread::spawn(move || {
            let mut out = Vec::new();
            let _ = stdout.by_ref().take(4096).read_to_end(&mut out);
            out
        });
        let timeout = self.verify.code_command_timeout;
        let deadline = Instant::now() + timeout;
        // Polled with the child registered, so that a signal stopping pwreset stops it too.
        let pid = child.id();
        let status = crate::signals::while_child_runs(pid, || match child.try_wait() {
            Ok(Some(status)) => (Ok(status), true),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                let stopped = Failure::new(
                    FailureKind::Verification,
                    crate::t!("scripted-code-command-did-not", timeout = timeout.as_secs()),
                )
                .with_hint(crate::t!("scripted-raise-code-command-timeout"));
                (Err(stopped), true)
            }
            Ok(None) => (Err(Failure::interrupted()), false),
            Err(e) => (
                Err(Failure::new(
                    FailureKind::Verification,
                    crate::t!("scripted-code-command-error", e = e),
                )),
                true,
            ),
        })?;
        let out = reader.join().unwrap_or_default();
        if !status.success() {
            return Err(Failure::new(
                FailureKind::Verification,
                crate::t!(
                    "scripted-code-command-failed-so",
                    status = status,
                    gate = gate
                ),
            ));
        }
        let text = String::from_utf8_lossy(&out);
        let code = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("");
        if code.is_empty() {
            return Err(Failure::new(
                FailureKind::Verification,
                crate::t!("scripted-code-command-printed-no"),
            ));
        }
        Ok(Secret::new(normalize_code(code)))
    }

    fn code_from_file(&mut self, path: &Path) -> Result<Secret> {
        if self.code_file_lines.is_none() {
            let text = read_trusted(path, "--code-file", Trust::OwnedByYou)?.ok_or_else(|| {
                Failure::usage(crate::t!(
                    "scripted-code-file-does-not",
                    path = path.display()
                ))
            })?;
            self.code_file_lines = Some(
                text.lines()
                    .map(str::to_owned)
                    .filter(|l| !l.trim().is_empty())
                    .collect(),
            );
        }
        let lines = self.code_file_lines.as_ref().expect("read above");
        let code = lines
            .get(self.file_codes_used)
            .map(|l| Secret::new(normalize_code(l)))
            .ok_or_else(|| {
                Failure::usage(crate::t!(
                    "scripted-code-file-has-no",
                    path = path.display(),
                    file_codes_used = self.file_codes_used + 1
                ))
            })?;
        self.file_codes_used += 1;
        Ok(code)
    }

    fn totp_code(&self, var: &str) -> Result<Secret> {
        let totp = totp_from_secret(&secret_from_env("--totp-secret-env", var)?)?;
        let code = totp.generate_current().map_err(|e| {
            Failure::new(
                FailureKind::Verification,
                crate::t!("scripted-system-clock-unusable-totp", e = e),
            )
        })?;
        Ok(Secret::new(code))
    }
}

/// `--code-command` as words (never run through a shell).
fn split_command(cmd: &str) -> Result<Vec<String>> {
    let argv = shell_words::split(cmd)
        .map_err(|e| Failure::usage(crate::t!("scripted-code-command-cannot-split", e = e)))?;
    if argv.is_empty() {
        return Err(Failure::usage(crate::t!("scripted-code-command-empty")));
    }
    Ok(argv)
}

/// A TOTP generator (SHA-1, 6 digits, 30 s: what authenticator apps use) from a base32 secret.
pub fn totp_from_secret(secret: &Secret) -> Result<totp_rs::TOTP> {
    let encoded = Zeroizing::new(secret.expose().trim().replace(' ', "").to_uppercase());
    let bytes = totp_rs::Secret::Encoded(encoded.to_string())
        .to_bytes()
        .map_err(|_| Failure::usage(crate::t!("scripted-variable-totp-secret-env")))?;
    if bytes.is_empty() {
        return Err(Failure::usage(crate::t!(
            "scripted-variable-totp-secret-env-2"
        )));
    }
    Ok(totp_rs::TOTP::new_unchecked(
        totp_rs::Algorithm::SHA1,
        6,
        1,
        30,
        bytes,
    ))
}

impl FlowUi for ScriptedUi {
    fn ask_user(&mut self) -> Result<String> {
        match &mut self.terminal {
            Some(t) => t.ask_user(),
            None => Err(missing(
                crate::t!("scripted-your-user-id"),
                crate::t!("settings-pass-user-id-set"),
            )),
        }
    }

    fn flow_started(&mut self, user: &str, flow: &StartedFlow) {
        match &mut self.terminal {
            Some(t) => t.flow_started(user, flow),
            None => self.shell.info(&super::opening(
                flow.intent,
                user,
                None,
                &super::steps(flow.gates_required),
            )),
        }
    }

    fn choose_method(
        &mut self,
        gate: u32,
        gates: u32,
        methods: &[MethodInfo],
    ) -> Result<MethodInfo> {
        let offered = || {
            methods
                .iter()
                .map(|m| format!("{} ({}, id {})", m.kind, m.hint, m.id))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if let Some(wanted) = self.verify.methods.get(gate as usize - 1) {
            let wanted = wanted.trim();
            let found = methods
                .iter()
                .find(|m| m.id == wanted)
                .or_else(|| methods.iter().find(|m| m.kind.eq_ignore_ascii_case(wanted)));
            return match found {
                Some(m) => {
                    self.shell.info(&crate::t!(
                        "scripted-step",
                        gate = gate,
                        gates = gates,
                        method_phrase = super::method_phrase(m)
                    ));
                    Ok(m.clone())
                }
                None => Err(Failure::usage(crate::t!(
                    "scripted-method-not-available-step",
                    wanted = wanted,
                    gate = gate,
                    offered = offered()
                ))
                .with_hint(crate::t!("scripted-second-step-needs-different"))),
            };
        }
        if let Some(t) = &mut self.terminal {
            return t.choose_method(gate, gates, methods);
        }
        match methods {
            [only] => Ok(only.clone()),
            _ => Err(missing(
                &crate::t!("scripted-know-which-method-use", gate = gate, gates = gates),
                &crate::t!("scripted-pass-method-kind-id", offered = offered()),
            )),
        }
    }

    fn busy(&mut self, message: &str) {
        match &mut self.terminal {
            Some(t) => t.busy(message),
            None => self.shell.debug(message),
        }
    }

    fn done(&mut self) {
        if let Some(t) = &mut self.terminal {
            t.done();
        }
    }

    fn challenge_sent(&mut self, method: &MethodInfo, ch: &Challenge) -> Result<()> {
        match &mut self.terminal {
            Some(t) => t.challenge_sent(method, ch),
            None => {
                if !matches!(method.kind.as_str(), "totp" | "questions") {
                    self.shell.info(&crate::t!(
                        "scripted-if-user-id-has",
                        describe_kind = describe_kind(&method.kind),
                        hint = method.hint
                    ));
                }
                Ok(())
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
        if let Some(t) = &mut self.terminal {
            t.challenge_outstanding(gate, gates, method, ch);
        }
    }

    fn code_or_choice(
        &mut self,
        gate: u32,
        method: &MethodInfo,
        ch: &Challenge,
        can_switch: bool,
    ) -> Result<CodeAnswer> {
        let scripted = self.has_code_source()
            || (method.kind == "totp" && self.verify.totp_secret_env.is_some());
        match (&mut self.terminal, scripted) {
            (Some(t), false) => t.code_or_choice(gate, method, ch, can_switch),
            _ => self.code(gate, method, ch).map(CodeAnswer::Code),
        }
    }

    fn code(&mut self, gate: u32, method: &MethodInfo, ch: &Challenge) -> Result<Secret> {
        self.last_code_was_totp = false;
        let code = if let (true, Some(var)) =
            (method.kind == "totp", self.verify.totp_secret_env.clone())
        {
            self.last_code_was_totp = true;
            self.totp_code(&var)?
        } else if self.verify.code_stdin {
            let line = self
                .stdin
                .next(&crate::t!("scripted-code-step", gate = gate))?;
            if method.kind == "questions" {
                // An answer keeps its inner spaces; the service ignores case and runs of spaces.
                Secret::new(line.expose().trim().to_owned())
            } else {
                Secret::new(normalize_code(line.expose()))
            }
        } else if let Some(path) = self.verify.code_file.clone() {
            self.code_from_file(&path)?
        } else if let Some(cmd) = self.verify.code_command.clone() {
            self.code_from_command(&cmd, gate, method)?
        } else if let Some(t) = &mut self.terminal {
            return t.code(gate, method, ch);
        } else {
            return Err(missing(
                &crate::t!(
                    "scripted-code-step-2",
                    gate = gate,
                    describe_kind = describe_kind(&method.kind)
                ),
                code_flags(),
            ));
        };
        if code.is_empty() {
            return Err(Failure::new(
                FailureKind::Verification,
                crate::t!("scripted-code-step-empty", gate = gate),
            ));
        }
        if method.kind != "questions" {
            if let Some(problem) = super::code_format_problem(code.expose(), ch) {
                return Err(Failure::new(
                    FailureKind::Verification,
                    crate::t!(
                        "scripted-code-step-cannot-right",
                        gate = gate,
                        problem = problem
                    ),
                )
                .with_hint(crate::t!("scripted-check-code-source-no")));
            }
        }
        Ok(code)
    }

    fn wrong_code(&mut self, attempts_left: Option<u32>) -> Result<bool> {
        // A service accepts an authenticator code once per 30-second step, so a second run
        // within the same step (a CI job retried at once) is refused: wait for the next step,
        // once, and compute the code again.
        if self.last_code_was_totp && !self.totp_retried {
            self.totp_retried = true;
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            let wait = Duration::from_secs(30 - now.as_secs() % 30)
                .saturating_sub(Duration::from_nanos(u64::from(now.subsec_nanos())))
                + Duration::from_millis(200);
            self.shell.info(&crate::t!(
                "scripted-authenticator-code-was-refused",
                as_secs_f64 = wait.as_secs_f64().ceil()
            ));
            std::thread::sleep(wait);
            return Ok(true);
        }
        // A scripted source would only repeat itself: stop, keeping the remaining attempts.
        if self.has_code_source()
            || self.verify.totp_secret_env.is_some()
            || self.terminal.is_none()
        {
            return Ok(false);
        }
        match &mut self.terminal {
            Some(t) => t.wrong_code(attempts_left),
            None => Ok(false),
        }
    }

    fn offer_resend(&mut self, method: &MethodInfo) -> Result<bool> {
        let scripted = self.has_code_source();
        match (&mut self.terminal, scripted) {
            (Some(t), false) => t.offer_resend(method),
            _ => Ok(false),
        }
    }

    fn gate_passed(&mut self, passed: u32, required: u32) {
        match &mut self.terminal {
            Some(t) => t.gate_passed(passed, required),
            None => self.shell.success(&crate::t!(
                "scripted-step-verified",
                passed = passed,
                required = required
            )),
        }
    }

    fn policy_note(&mut self, note: &str) {
        let scripted = self.has_password_source();
        if let (Some(t), false) = (&mut self.terminal, scripted) {
            t.policy_note(note);
        }
    }

    fn show_policy(&mut self, policy: &Policy) {
        let scripted = self.has_password_source();
        if let (Some(t), false) = (&mut self.terminal, scripted) {
            t.show_policy(policy);
        }
    }

    fn new_password(&mut self, policy: &Policy, user: &str) -> Result<Secret> {
        let password = if let Some(length) = self.password.generate {
            policy::generate(policy, length.max(20), user).ok_or_else(|| {
                Failure::service(crate::t!("scripted-no-password-can-generated"))
                    .with_hint(crate::t!("scripted-type-pipe-password-meets"))
            })?
        } else if self.password.password_stdin {
            self.stdin.next(&crate::t!("scripted-new-password"))?
        } else if let Some(path) = &self.password.password_file {
            let text = read_trusted(path, "--password-file", Trust::Private)?
                .map(Zeroizing::new)
                .ok_or_else(|| {
                    Failure::usage(crate::t!(
                        "scripted-password-file-does-not",
                        path = path.display()
                    ))
                })?;
            Secret::new(text.lines().next().unwrap_or("").to_owned())
        } else if let Some(t) = &mut self.terminal {
            return t.new_password(policy, user);
        } else {
            return Err(missing(
                crate::t!("scripted-new-password"),
                password_flags(),
            ));
        };
        if password.is_empty() {
            return Err(Failure::usage(crate::t!(
                "scripted-new-password-empty-pwreset"
            )));
        }
        Ok(password)
    }

    fn password_refused(&mut self, violations: &[Violation], by_service: bool) -> Result<bool> {
        let scripted = self.has_password_source();
        match (&mut self.terminal, scripted) {
            (Some(t), false) => t.password_refused(violations, by_service),
            _ => Ok(false),
        }
    }

    fn note(&mut self, text: &str) {
        match &mut self.terminal {
            Some(t) => t.note(text),
            None => self.shell.info(text),
        }
    }

    fn wait_rate_limit(&mut self, wait: Duration, message: &str) -> Result<bool> {
        match &mut self.terminal {
            Some(t) => t.wait_rate_limit(wait, message),
            None => Ok(false),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn numeric_codes_lose_their_grouping_and_nothing_else_changes() {
        assert_eq!(super::normalize_code(" 123 456 "), "123456");
        assert_eq!(super::normalize_code("123-456"), "123456");
        assert_eq!(
            super::normalize_code("moto-confirmation-code:158239"),
            "moto-confirmation-code:158239"
        );
        assert_eq!(super::normalize_code(" AB12-CD34 "), "AB12-CD34");
    }
}
