//! Accounts of the dev-server: the `--users FILE` format and the built-in demo set.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{bail, Context};
use serde::Deserialize;

/// One account as written in a `--users` file (see docs/dev-server.md).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountSpec {
    pub user: String,
    pub password: String,
    #[serde(default = "default_gates")]
    pub gates: u32,
    #[serde(default)]
    pub locked: bool,
    pub methods: Vec<MethodSpec>,
}

fn default_gates() -> u32 {
    1
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodSpec {
    pub kind: String,
    /// Email address or phone number, for `email`, `sms` and `voice`.
    #[serde(default)]
    pub to: Option<String>,
    /// Base32 secret, for `totp`.
    #[serde(default)]
    pub secret: Option<String>,
    /// Question → answer, for `questions`.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
}

pub const KINDS: &[&str] = &["email", "sms", "voice", "totp", "questions"];

/// The documented demo accounts, used when no `--users` file is given.
pub const DEMO_USER: &str = "alice@example.com";
pub const DEMO_PASSWORD: &str = "correct horse battery staple";
pub const DEMO_TOTP_SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

pub fn demo_accounts() -> Vec<AccountSpec> {
    let json = format!(
        r#"[
  {{"user": "{DEMO_USER}", "password": "{DEMO_PASSWORD}", "gates": 2,
    "methods": [
      {{"kind": "email", "to": "alice@example.com"}},
      {{"kind": "sms", "to": "+391234567812"}},
      {{"kind": "totp", "secret": "{DEMO_TOTP_SECRET}"}},
      {{"kind": "questions", "answers": {{"What was the name of your first pet?": "Rex"}}}}
    ]}},
  {{"user": "bob@example.com", "password": "bobs quiet harbour lantern", "gates": 1, "locked": true,
    "methods": [{{"kind": "email", "to": "bob@example.com"}}]}},
  {{"user": "carol", "password": "carols velvet mountain drum", "gates": 2,
    "methods": [
      {{"kind": "email", "to": "carol@example.org"}},
      {{"kind": "voice", "to": "+441632960961"}}
    ]}}
]"#
    );
    parse(&json, "the built-in demo accounts").expect("demo accounts are valid")
}

pub fn load(path: &Path) -> anyhow::Result<Vec<AccountSpec>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| crate::t!("server-cannot-read-users-file", path = path.display()))?;
    parse(&text, &path.display().to_string())
}

pub fn parse(text: &str, origin: &str) -> anyhow::Result<Vec<AccountSpec>> {
    let accounts: Vec<AccountSpec> = serde_json::from_str(text)
        .with_context(|| crate::t!("server-not-valid-users-file", origin = origin))?;
    let mut seen = std::collections::HashSet::new();
    for a in &accounts {
        let who = &a.user;
        if a.user.trim().is_empty() {
            bail!(
                "{}",
                crate::t!("server-account-has-empty-user", origin = origin)
            );
        }
        if !seen.insert(a.user.trim().to_lowercase()) {
            bail!(
                "{}",
                crate::t!("server-user-appears-twice", origin = origin, who = who)
            );
        }
        if a.gates == 0 || a.gates > 2 {
            bail!(
                "{}",
                crate::t!("server-gates-must", origin = origin, who = who)
            );
        }
        let kinds: std::collections::HashSet<_> = a.methods.iter().map(|m| &m.kind).collect();
        if (kinds.len() as u32) < a.gates {
            bail!(
                "{}",
                crate::t!(
                    "server-gates-need-at-least",
                    origin = origin,
                    who = who,
                    gates = a.gates
                )
            );
        }
        for m in &a.methods {
            match m.kind.as_str() {
                "email" | "sms" | "voice" if m.to.as_deref().is_none_or(str::is_empty) => {
                    bail!(
                        "{}",
                        crate::t!(
                            "server-method-needs",
                            origin = origin,
                            who = who,
                            kind = m.kind
                        )
                    )
                }
                "totp" => {
                    let secret = m.secret.as_deref().unwrap_or("");
                    if totp_rs::Secret::Encoded(secret.to_owned())
                        .to_bytes()
                        .is_err()
                        || secret.is_empty()
                    {
                        bail!(
                            "{}",
                            crate::t!("server-totp-method-needs-base", origin = origin, who = who)
                        );
                    }
                }
                "questions" if m.answers.is_empty() => {
                    bail!(
                        "{}",
                        crate::t!(
                            "server-questions-method-needs-answers",
                            origin = origin,
                            who = who
                        )
                    )
                }
                k if !KINDS.contains(&k) => {
                    bail!(
                        "{}",
                        crate::t!(
                            "server-unknown-method-kind-known",
                            origin = origin,
                            who = who,
                            k = format!("{:?}", k),
                            v_kinds = format!("{:?}", KINDS)
                        )
                    )
                }
                _ => {}
            }
        }
    }
    Ok(accounts)
}
