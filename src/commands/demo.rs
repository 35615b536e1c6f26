//! `pwreset demo`: starts the dev-server in-process on a free loopback port and runs `reset`
//! (or `unlock`) against it as the demo user. At a terminal the person types the codes, which
//! appear as marked demo-inbox lines; with no terminal the demo plays the phone and the
//! mailbox itself and prints each step.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::Method;
use serde::Deserialize;
use serde_json::json;

use super::recover;
use crate::cli::{DemoArgs, GlobalArgs};
use crate::error::{Failure, Result as FlowResult, Violation};
use crate::exit::ExitStatus;
use crate::flow::{self, FlowUi};
use crate::http::{Api, HttpSettings};
use crate::output::Shell;
use crate::policy::{self, Policy};
use crate::protocol::{Intent, MethodInfo};
use crate::provider::pwreset::PwresetProvider;
use crate::provider::{Challenge, StartedFlow};
use crate::secret::Secret;
use crate::server::accounts::{self, DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USER};
use crate::server::{store::Store, Config, DevServer};
use crate::settings::ci_env;
use crate::ui::{self, describe_kind, TerminalUi, TtyPrompter};

/// The demo account's security answer (see `accounts::demo_accounts`).
const DEMO_ANSWER: &str = "Rex";

pub fn run(args: &DemoArgs, global: &GlobalArgs, shell: Shell) -> anyhow::Result<ExitStatus> {
    let store = Store::new(Config::default(), &accounts::demo_accounts());
    let (server, ca_pem) =
        DevServer::start_with(([127, 0, 0, 1], 0).into(), store, false, args.tls)?;
    let url = crate::http::service_url(server.url())?;
    let ca_cert = match ca_pem {
        Some(pem) => Some(super::dev_server::write_ca(&pem, None, server.url())?),
        None => None,
    };
    let http = HttpSettings {
        timeout: Duration::from_secs(30),
        ca_cert: ca_cert.clone(),
    };
    let interactive = ui::can_prompt(global.no_input, ci_env());
    let intent = if args.unlock {
        Intent::Unlock
    } else {
        Intent::Reset
    };

    shell.info(&crate::t!(
        "demo-local-reset-service-running",
        bold = shell.bold(&crate::t!("demo-label")),
        url = server.url()
    ));
    if let Some(path) = &ca_cert {
        shell.info(&crate::t!(
            "demo-speaks-https-certificate-authority",
            path = path.display()
        ));
    }
    shell.info(&crate::t!(
        "demo-account-current-password",
        v_demo_user = DEMO_USER,
        v_demo_password = DEMO_PASSWORD
    ));
    let phone = DemoPhone {
        api: Api::new(url.clone(), &http, &shell)?,
    };
    if intent == Intent::Unlock {
        phone.dev_post("_dev/lock", json!({"user": DEMO_USER}))?;
        shell.info(&crate::t!("demo-account-locked-as"));
    }
    if interactive {
        shell.info(&crate::t!("demo-codes-sent-demo-account"));
    } else {
        shell.info(&crate::t!("demo-no-terminal-demo-plays"));
    }
    shell.info("");

    let mut provider = PwresetProvider::new(Api::new(url, &http, &shell)?);
    let inner = interactive.then(|| {
        TerminalUi::new(
            shell.clone(),
            Box::new(TtyPrompter),
            server.url().to_owned(),
        )
    });
    let mut demo_ui = DemoUi {
        inner,
        phone,
        shell: shell.clone(),
        new_password: None,
    };
    let mut engine = flow::Engine {
        provider: &mut provider,
        ui: &mut demo_ui,
        journal: &mut flow::NoJournal,
        keeper: None,
        policy_override: None,
        waited: Default::default(),
        breach: None,
    };
    let outcome = engine.run(Some(DEMO_USER.to_owned()), intent, None)?;
    recover::report(&shell, &provider, &outcome)?;

    // Prove it the way the person would: sign in.
    let (password, old_password_expected) = match (&demo_ui.new_password, intent) {
        (Some(p), Intent::Reset) => (p.clone(), Some(false)),
        _ => (Secret::from(DEMO_PASSWORD), None),
    };
    let status = demo_ui.phone.login(&password)?;
    if status != 200 {
        return Err(Failure::service(crate::t!(
            "demo-sign-password-failed",
            which = if old_password_expected.is_some() {
                "new"
            } else {
                "existing"
            },
            status = status
        ))
        .into());
    }
    if old_password_expected.is_some() {
        let old = demo_ui.phone.login(&Secret::from(DEMO_PASSWORD))?;
        if old == 200 {
            return Err(Failure::service(crate::t!("demo-old-demo-password-still")).into());
        }
        shell.success(&crate::t!("demo-check-signing-new"));
    } else {
        shell.success(&crate::t!("demo-check-signing-existing"));
    }
    drop(server);
    Ok(ExitStatus::Success)
}

/// Plays the demo account's phone, mailbox and authenticator through the dev endpoints.
struct DemoPhone {
    api: Api,
}

#[derive(Deserialize)]
struct Delivered {
    method: String,
    destination: String,
    code: String,
    /// The text as "delivered", in the language the demo asked for.
    message: String,
}

/// What the demo user's phone or mailbox shows: where, the code, and the text around it.
struct Received {
    place: String,
    code: String,
    text: String,
}

impl DemoPhone {
    fn dev_post(&self, path: &str, body: serde_json::Value) -> FlowResult<u16> {
        Ok(self
            .api
            .send(Method::POST, path, Some(&body), None, &[])?
            .status)
    }

    fn login(&self, password: &Secret) -> FlowResult<u16> {
        self.dev_post(
            "_dev/login",
            json!({"user": DEMO_USER, "password": password.expose()}),
        )
    }

    /// What the demo user's phone or mailbox shows for this challenge.
    fn receive(&self, method: &MethodInfo) -> FlowResult<Received> {
        match method.kind.as_str() {
            "totp" => {
                let bytes = totp_rs::Secret::Encoded(DEMO_TOTP_SECRET.into())
                    .to_bytes()
                    .map_err(|e| {
                        Failure::service(crate::t!("demo-totp-secret", e = format!("{:?}", e)))
                    })?;
                let totp = totp_rs::TOTP::new_unchecked(totp_rs::Algorithm::SHA1, 6, 1, 30, bytes);
                let now = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default()
                    .as_secs();
                let code = totp.generate(now);
                Ok(Received {
                    place: describe_kind("totp"),
                    text: crate::t!("demo-your-code", code = &code),
                    code,
                })
            }
            "questions" => Ok(Received {
                place: crate::t!("demo-account-s-notes"),
                text: crate::t!("demo-answer", code = DEMO_ANSWER),
                code: DEMO_ANSWER.into(),
            }),
            _ => {
                let resp = self.api.send(
                    Method::GET,
                    &format!("_dev/outbox?user={DEMO_USER}"),
                    None,
                    None,
                    &[],
                )?;
                let sent: Vec<Delivered> = serde_json::from_slice(&resp.body)
                    .map_err(|e| Failure::service(crate::t!("demo-outbox", e = e)))?;
                sent.into_iter()
                    .rev()
                    .find(|d| d.method == method.id)
                    .map(|d| Received {
                        place: d.destination,
                        code: d.code,
                        text: d.message,
                    })
                    .ok_or_else(|| Failure::service(crate::t!("demo-outbox-has-no")))
            }
        }
    }
}

struct DemoUi {
    /// The terminal UI when a person is there; `None` plays everything automatically.
    inner: Option<TerminalUi>,
    phone: DemoPhone,
    shell: Shell,
    new_password: Option<Secret>,
}

impl DemoUi {
    fn inbox_line(&self, method: &MethodInfo) -> FlowResult<String> {
        let received = self.phone.receive(method)?;
        let label = match method.kind.as_str() {
            "totp" => crate::t!("demo-label-authenticator"),
            "questions" => crate::t!("demo-label-hint"),
            kind => crate::t!(
                "demo-inbox",
                describe_kind = describe_kind(kind),
                place = received.place
            ),
        };
        Ok(format!(
            "  {} {}",
            self.shell.cyan(&label),
            crate::output::clean(&received.text)
        ))
    }
}

impl FlowUi for DemoUi {
    fn ask_user(&mut self) -> FlowResult<String> {
        Ok(DEMO_USER.to_owned())
    }

    fn flow_started(&mut self, user: &str, flow: &StartedFlow) {
        match &mut self.inner {
            Some(ui) => ui.flow_started(user, flow),
            None => self.shell.info(&crate::t!(
                "demo-started-recovery-verification-steps",
                arrow = self.shell.arrow(),
                user = user,
                gates_required = flow.gates_required
            )),
        }
    }

    fn choose_method(
        &mut self,
        gate: u32,
        gates: u32,
        methods: &[MethodInfo],
    ) -> FlowResult<MethodInfo> {
        if let Some(ui) = &mut self.inner {
            return ui.choose_method(gate, gates, methods);
        }
        let preferred = ["email", "totp", "sms", "voice", "questions"];
        let m = preferred
            .iter()
            .find_map(|k| methods.iter().find(|m| m.kind == *k))
            .unwrap_or(&methods[0])
            .clone();
        self.shell.info(&crate::t!(
            "demo-step-chose",
            arrow = self.shell.arrow(),
            gate = gate,
            gates = gates,
            method_phrase = crate::ui::method_phrase(&m)
        ));
        Ok(m)
    }

    fn busy(&mut self, message: &str) {
        if let Some(ui) = &mut self.inner {
            ui.busy(message);
        }
    }

    fn done(&mut self) {
        if let Some(ui) = &mut self.inner {
            ui.done();
        }
    }

    fn challenge_sent(&mut self, method: &MethodInfo, ch: &Challenge) -> FlowResult<()> {
        match &mut self.inner {
            Some(ui) => ui.challenge_sent(method, ch)?,
            None => self.shell.info(&format!(
                "{} {}",
                self.shell.arrow(),
                match method.kind.as_str() {
                    "totp" => crate::t!("demo-step-asks-authenticator-s").to_owned(),
                    "questions" => crate::t!("demo-step-asks-security-question").to_owned(),
                    kind => crate::t!("demo-code-was-sent", describe_kind = describe_kind(kind)),
                }
            )),
        }
        let line = self.inbox_line(method)?;
        self.shell.info(&line);
        Ok(())
    }

    fn code(&mut self, gate: u32, method: &MethodInfo, ch: &Challenge) -> FlowResult<Secret> {
        if let Some(ui) = &mut self.inner {
            return ui.code(gate, method, ch);
        }
        let code = self.phone.receive(method)?.code;
        let from = match method.kind.as_str() {
            "totp" => crate::t!("demo-authenticator"),
            "questions" => crate::t!("demo-account-s-notes"),
            _ => crate::t!("demo-inbox-2"),
        };
        self.shell.info(&crate::t!(
            "demo-typed-code-from",
            arrow = self.shell.arrow(),
            from = from
        ));
        Ok(Secret::new(code))
    }

    fn wrong_code(&mut self, attempts_left: Option<u32>) -> FlowResult<bool> {
        match &mut self.inner {
            Some(ui) => ui.wrong_code(attempts_left),
            None => Ok(false),
        }
    }

    fn offer_resend(&mut self, method: &MethodInfo) -> FlowResult<bool> {
        match &mut self.inner {
            Some(ui) => ui.offer_resend(method),
            None => Ok(true),
        }
    }

    fn gate_passed(&mut self, passed: u32, required: u32) {
        match &mut self.inner {
            Some(ui) => ui.gate_passed(passed, required),
            None => self.shell.success(&crate::t!(
                "scripted-step-verified",
                passed = passed,
                required = required
            )),
        }
    }

    fn show_policy(&mut self, policy: &Policy) {
        if let Some(ui) = &mut self.inner {
            ui.show_policy(policy);
        } else {
            let rules: Vec<String> = policy.rules.iter().map(|r| r.description.clone()).collect();
            self.shell.info(&crate::t!(
                "demo-password-rules",
                arrow = self.shell.arrow(),
                join = rules.join(&crate::t!("list-clause-separator"))
            ));
        }
    }

    fn new_password(&mut self, policy: &Policy, user: &str) -> FlowResult<Secret> {
        let password = match &mut self.inner {
            Some(ui) => ui.new_password(policy, user)?,
            None => {
                let p = policy::generate(policy, 20, user).ok_or_else(|| {
                    crate::error::Failure::service(crate::t!("demo-policy-cannot-met"))
                })?;
                // Only the demo's throw-away account ever has its password printed.
                self.shell.info(&crate::t!(
                    "demo-new-password-demo-account",
                    arrow = self.shell.arrow(),
                    expose = p.expose()
                ));
                p
            }
        };
        self.new_password = Some(password.clone());
        Ok(password)
    }

    fn password_refused(&mut self, violations: &[Violation], by_service: bool) -> FlowResult<bool> {
        match &mut self.inner {
            Some(ui) => ui.password_refused(violations, by_service),
            None => Ok(false),
        }
    }

    fn wait_rate_limit(&mut self, wait: Duration, message: &str) -> FlowResult<bool> {
        match &mut self.inner {
            Some(ui) => ui.wait_rate_limit(wait, message),
            None => Ok(false),
        }
    }
}
