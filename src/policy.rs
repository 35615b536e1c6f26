//! Password policy: the rules a service announces, the local check pwreset runs before it sends
//! anything, and a generator that satisfies them. The dev-server enforces the same checks.

use std::collections::HashSet;
use std::sync::OnceLock;

use rand::seq::{IndexedRandom, SliceRandom};
use serde::{Deserialize, Serialize};

use crate::error::Violation;
use crate::secret::Secret;

/// The rules a new password must meet, as protocol v1 carries them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub min_length: usize,
    pub max_length: usize,
    /// The most bytes the password may take in UTF-8, where the service counts bytes (bcrypt
    /// reads 72); lengths above are counted in characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_bytes: Option<usize>,
    /// How many of the four classes (lower, upper, digit, other) must appear; 0 = no rule.
    #[serde(default)]
    pub min_character_classes: usize,
    #[serde(default)]
    pub disallow_common: bool,
    #[serde(default)]
    pub disallow_user_id: bool,
    /// Only the service can check this one (it knows the current password).
    #[serde(default)]
    pub disallow_reuse: bool,
    /// Character classes that must each appear: `lowercase`, `uppercase`, `digit`, `symbol`
    /// (Firebase's policy names them one by one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub require: Vec<String>,
    /// Human descriptions, as the service words them.
    #[serde(default)]
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub id: String,
    pub description: String,
}

impl Default for Policy {
    /// NIST SP 800-63B: at least 8 characters, allow at least 64, block common passwords and
    /// context words, no composition rules.
    fn default() -> Self {
        Policy::new(8, 64, 0, false)
    }
}

impl Policy {
    pub fn new(
        min_length: usize,
        max_length: usize,
        min_character_classes: usize,
        reuse: bool,
    ) -> Self {
        let mut policy = Policy {
            min_length,
            max_length,
            max_bytes: None,
            min_character_classes,
            disallow_common: true,
            disallow_user_id: true,
            disallow_reuse: reuse,
            require: Vec::new(),
            rules: Vec::new(),
        };
        policy.rules = policy.describe();
        policy
    }

    /// Whether a policy read from a service (or a file) can be met at all; the reason when not.
    /// Lengths must lie in 1..=`MAX_PASSWORD_LENGTH` with min ≤ max, at most the four classes
    /// can be asked for, and a password of `max_length` characters must be able to hold them.
    pub fn validate(&self) -> std::result::Result<(), String> {
        if self.min_length == 0 || self.max_length > MAX_PASSWORD_LENGTH {
            return Err(crate::t!(
                "policy-asks-characters-pwreset-accepts",
                min_length = self.min_length,
                max_length = self.max_length,
                v_max_password_length = MAX_PASSWORD_LENGTH
            ));
        }
        if self.min_length > self.max_length {
            return Err(crate::t!(
                "policy-contradictory-at-least-but",
                min_length = self.min_length,
                max_length = self.max_length
            ));
        }
        if self.min_character_classes > 4 {
            return Err(crate::t!(
                "policy-asks-character-classes-there",
                min_character_classes = self.min_character_classes
            ));
        }
        if self.require.len() > 4 {
            return Err(crate::t!("policy-requires-more-than-character").to_owned());
        }
        if self.classes_needed() > self.max_length {
            return Err(crate::t!(
                "policy-asks-character-classes-at",
                classes_needed = self.classes_needed(),
                max_length = self.max_length
            ));
        }
        Ok(())
    }

    /// How many distinct character classes a password must contain.
    fn classes_needed(&self) -> usize {
        self.min_character_classes.max(self.require.len())
    }

    /// The service's policy made stricter by a profile's local rules (never looser).
    pub fn tightened(mut self, local: &crate::config::PolicyOverride) -> Policy {
        let before = (self.min_length, self.max_length, self.min_character_classes);
        if let Some(n) = local.min_length {
            self.min_length = self.min_length.max(n);
        }
        if let Some(n) = local.max_length {
            self.max_length = self.max_length.min(n).max(self.min_length);
        }
        if let Some(n) = local.min_character_classes {
            self.min_character_classes = self.min_character_classes.max(n.min(4));
        }
        if before != (self.min_length, self.max_length, self.min_character_classes) {
            let own: Vec<Rule> = self
                .rules
                .drain(..)
                .filter(|r| !["length", "character_classes"].contains(&r.id.as_str()))
                .collect();
            let mut rules: Vec<Rule> = self
                .describe()
                .into_iter()
                .filter(|r| ["length", "character_classes"].contains(&r.id.as_str()))
                .collect();
            for r in &mut rules {
                r.description
                    .push_str(&crate::t!("policy-your-profile-s-rule"));
            }
            rules.extend(own);
            self.rules = rules;
        }
        self
    }

    /// Human descriptions of the typed rules.
    pub fn describe(&self) -> Vec<Rule> {
        let mut rules = vec![Rule {
            id: "length".into(),
            description: crate::t!(
                "policy-characters-spaces-any-unicode",
                min_length = self.min_length,
                max_length = self.max_length
            ),
        }];
        if let Some(max_bytes) = self.max_bytes {
            rules.push(Rule {
                id: "max_bytes".into(),
                description: crate::t!("policy-at-most-bytes", max_bytes = max_bytes),
            });
        }
        if self.min_character_classes > 0 {
            rules.push(Rule {
                id: "character_classes".into(),
                description: crate::t!(
                    "policy-at-least-lower-case",
                    min_character_classes = self.min_character_classes
                ),
            });
        }
        for class in &self.require {
            rules.push(Rule {
                id: format!("require_{class}"),
                description: crate::t!(
                    "policy-contains-at-least-one",
                    class_word = class_word(class)
                ),
            });
        }
        if self.disallow_common {
            rules.push(Rule {
                id: "not_common".into(),
                description: crate::t!("policy-not-commonly-used-password"),
            });
        }
        if self.disallow_user_id {
            rules.push(Rule {
                id: "not_user_id".into(),
                description: crate::t!("policy-does-not-contain-your"),
            });
        }
        if self.disallow_reuse {
            rules.push(Rule {
                id: "not_reused".into(),
                description: crate::t!("policy-differs-from-your-current"),
            });
        }
        rules
    }

    /// Every rule `password` breaks that can be checked without the service.
    pub fn check(&self, password: &Secret, user: &str) -> Vec<Violation> {
        let pw = password.expose();
        let mut out = Vec::new();
        let len = pw.chars().count();
        if len < self.min_length {
            out.push(violation(
                "min_length",
                crate::t!(
                    "policy-characters-long-at-least",
                    value = len,
                    min_length = self.min_length
                ),
            ));
        }
        if len > self.max_length {
            out.push(violation(
                "max_length",
                crate::t!(
                    "policy-characters-long-at-most",
                    value = len,
                    max_length = self.max_length
                ),
            ));
        }
        if let Some(max_bytes) = self.max_bytes.filter(|max| pw.len() > *max) {
            out.push(violation(
                "max_bytes",
                crate::t!(
                    "policy-bytes-at-most",
                    value = pw.len(),
                    max_bytes = max_bytes
                ),
            ));
        }
        let classes = character_classes(pw);
        if classes < self.min_character_classes {
            out.push(violation(
                "character_classes",
                crate::t!(
                    "policy-uses-character-classes-at",
                    classes = classes,
                    min_character_classes = self.min_character_classes
                ),
            ));
        }
        for class in &self.require {
            let present = match class.as_str() {
                "lowercase" => pw.chars().any(char::is_lowercase),
                "uppercase" => pw.chars().any(char::is_uppercase),
                "digit" => pw.chars().any(|c| c.is_ascii_digit()),
                "symbol" => pw.chars().any(|c| !c.is_alphanumeric()),
                _ => true,
            };
            if !present {
                out.push(violation(
                    &format!("require_{class}"),
                    crate::t!("policy-has-no-character", class_word = class_word(class)),
                ));
            }
        }
        if self.disallow_common && is_common(pw) {
            out.push(violation(
                "not_common",
                crate::t!("policy-list-commonly-used-passwords"),
            ));
        }
        if self.disallow_user_id {
            if let Some(part) = user_id_inside(pw, user) {
                let message = if part.eq_ignore_ascii_case(user.trim()) {
                    crate::t!("policy-contains-your-user-id").to_owned()
                } else {
                    crate::t!("policy-contains-part-your-user", part = part)
                };
                out.push(violation("not_user_id", message));
            }
        }
        out
    }
}

fn violation(rule: &str, message: String) -> Violation {
    Violation {
        rule: rule.to_owned(),
        message,
    }
}

fn class_word(class: &str) -> String {
    crate::t!("policy-class", class = class)
}

fn character_classes(pw: &str) -> usize {
    let lower = pw.chars().any(char::is_lowercase);
    let upper = pw.chars().any(char::is_uppercase);
    let digit = pw.chars().any(|c| c.is_ascii_digit());
    let other = pw.chars().any(|c| !c.is_alphanumeric());
    [lower, upper, digit, other].iter().filter(|b| **b).count()
}

const COMMON_PASSWORDS: &str = include_str!("../data/common-passwords.txt");

fn common_set() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMMON_PASSWORDS.lines().collect())
}

/// A password on the common list, also with trailing digits/symbols removed
/// ("Password123!" is "password").
pub fn is_common(pw: &str) -> bool {
    let lower = pw.trim().to_lowercase();
    let set = common_set();
    if set.contains(lower.as_str()) {
        return true;
    }
    let base = lower.trim_end_matches(|c: char| !c.is_alphabetic());
    base.chars().count() >= 4 && base.len() < lower.len() && set.contains(base)
}

/// The user id, or the local part of an email address, inside the password (any case).
pub fn contains_user_id(pw: &str, user: &str) -> bool {
    user_id_inside(pw, user).is_some()
}

/// Which part of the user id the password contains: the whole id, or the local part of an
/// email address (of at least 3 characters), as the user id spells it.
fn user_id_inside(pw: &str, user: &str) -> Option<String> {
    let pw = pw.to_lowercase();
    let user = user.trim();
    if user.is_empty() {
        return None;
    }
    if pw.contains(&user.to_lowercase()) {
        return Some(user.to_owned());
    }
    match user.split_once('@') {
        Some((local, _)) if local.chars().count() >= 3 && pw.contains(&local.to_lowercase()) => {
            Some(local.to_owned())
        }
        _ => None,
    }
}

const LOWER: &[u8] = b"abcdefghijkmnopqrstuvwxyz";
const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS: &[u8] = b"23456789";
const SYMBOLS: &[u8] = b"-_.!@#%+=";

/// The longest password any policy pwreset accepts may ask for.
pub const MAX_PASSWORD_LENGTH: usize = 4096;

/// How many candidates the generator draws before it says the policy cannot be met; a policy
/// that passed `validate` is met by the first candidate almost always.
const GENERATE_ATTEMPTS: usize = 1000;

/// A random password (OS CSPRNG) of `length` characters (clamped to the policy's range) that
/// meets `policy`'s local rules; `None` when none was found in a bounded number of draws.
pub fn generate(policy: &Policy, length: usize, user: &str) -> Option<Secret> {
    policy.validate().ok()?;
    let length = length.clamp(policy.min_length, policy.max_length);
    let classes: [&[u8]; 4] = [LOWER, UPPER, DIGITS, SYMBOLS];
    let all: Vec<u8> = classes.concat();
    // ThreadRng is a CSPRNG (ChaCha12) seeded from the operating system.
    let mut rng = rand::rng();
    for _ in 0..GENERATE_ATTEMPTS {
        // One of each class (as many as fit), then the rest from all of them, shuffled.
        let mut bytes: Vec<u8> = classes
            .iter()
            .take(length)
            .map(|set| *set.choose(&mut rng).expect("non-empty"))
            .collect();
        while bytes.len() < length {
            bytes.push(*all.choose(&mut rng).expect("non-empty"));
        }
        bytes.shuffle(&mut rng);
        let candidate = Secret::new(String::from_utf8(bytes).expect("ascii"));
        if policy.check(&candidate, user).is_empty() {
            return Some(candidate);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_checks() {
        let p = Policy::new(12, 64, 0, true);
        let kinds = |pw: &str| -> Vec<String> {
            p.check(&Secret::from(pw), "alice@example.com")
                .into_iter()
                .map(|v| v.rule)
                .collect()
        };
        assert_eq!(kinds("short"), ["min_length"]);
        assert_eq!(kinds("Password123!"), ["not_common"]);
        assert_eq!(kinds("my-alice-password-is-long"), ["not_user_id"]);
        let said = p.check(
            &Secret::from("my-alice-password-is-long"),
            "alice@example.com",
        );
        assert_eq!(said[0].message, "contains \"alice\", part of your user id");
        assert!(kinds("violet staple orbit 42").is_empty());
        assert!(
            kinds("zwölf Äpfel für Jürgen").is_empty(),
            "Unicode counts by character"
        );
    }

    #[test]
    fn impossible_policies_are_refused_and_the_generator_ends() {
        let mut five_classes = Policy::new(8, 64, 0, false);
        five_classes.min_character_classes = 5;
        let tiny = Policy::new(1, 3, 4, false);
        let huge = Policy::new(2_000_000_000, 2_000_000_000, 0, false);
        let upside_down = Policy::new(20, 10, 0, false);
        let zero = Policy::new(0, 10, 0, false);
        for p in [five_classes, tiny, huge, upside_down, zero] {
            assert!(p.validate().is_err(), "{p:?}");
            assert!(generate(&p, 24, "alice").is_none());
        }
        // Satisfiable but short: the generator fits as many classes as the length allows.
        let short = Policy::new(2, 3, 2, false);
        let pw = generate(&short, 24, "alice").unwrap();
        assert!((2..=3).contains(&pw.expose().len()));
    }

    #[test]
    fn generated_passwords_meet_the_policy() {
        let p = Policy::new(12, 64, 4, false);
        for _ in 0..50 {
            let pw = generate(&p, 20, "alice").unwrap();
            assert_eq!(pw.expose().chars().count(), 20);
            assert!(p.check(&pw, "alice").is_empty());
        }
    }
}
