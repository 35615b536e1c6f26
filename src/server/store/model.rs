//! What the store holds (accounts, flows, challenges, the outbox) and how secrets in it are
//! hashed: codes and answers as HMACs under the server key, passwords with Argon2id.

use super::*;

#[derive(Debug, Serialize)]
pub(super) struct Account {
    pub(super) user: String,
    /// Argon2id PHC string; the plaintext is never kept.
    pub(super) password_hash: String,
    pub(super) gates: u32,
    pub(super) locked: bool,
    pub(super) methods: Vec<AccountMethod>,
    #[serde(skip)]
    pub(super) last_totp_step: Option<u64>,
}

#[derive(Debug, Serialize)]
pub(super) struct AccountMethod {
    pub(super) id: String,
    pub(super) kind: String,
    pub(super) destination: Option<String>,
    #[serde(skip)]
    pub(super) totp_secret: Option<Secret>,
    /// Question → HMAC of the normalised answer.
    pub(super) answer_hashes: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(super) enum FlowState {
    Verifying,
    Verified,
    Complete,
    Failed,
}

/// One recovery flow. Kept small, because a service holds many (up to `max_flows`): the id is
/// the key of the table, the methods are derived again when needed, and all that only a flow
/// past its start needs is boxed on first use.
#[derive(Debug, Serialize)]
pub(super) struct Flow {
    /// SHA-256 of the bearer token.
    #[serde(serialize_with = "as_hex")]
    pub(super) token_hash: [u8; 32],
    pub(super) user_key: Box<str>,
    /// False for an unknown user: the flow looks the same, but no code can ever pass.
    pub(super) known: bool,
    pub(super) intent: Intent,
    pub(super) expires: SystemTime,
    pub(super) gates_required: u32,
    pub(super) gates_passed: u32,
    pub(super) state: FlowState,
    pub(super) was_locked: bool,
    pub(super) progress: Option<Box<Progress>>,
}

/// What a flow gathers once codes are sent.
#[derive(Debug, Default, Serialize)]
pub(super) struct Progress {
    pub(super) used_kinds: Vec<String>,
    pub(super) used_methods: Vec<String>,
    pub(super) challenges: HashMap<String, Challenge>,
    pub(super) challenge_count: u32,
    pub(super) last_sent: HashMap<String, SystemTime>,
    /// Idempotency-Key and HMAC of the password it set.
    pub(super) completed_by: Option<(String, String)>,
}

impl Flow {
    pub(super) fn progress(&mut self) -> &mut Progress {
        self.progress.get_or_insert_with(Default::default)
    }

    pub(super) fn used_methods(&self) -> Vec<String> {
        self.progress
            .as_ref()
            .map(|p| p.used_methods.clone())
            .unwrap_or_default()
    }
}

pub(super) fn as_hex<S: serde::Serializer>(bytes: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&hex(bytes))
}

pub(super) fn sha256(data: &[u8]) -> [u8; 32] {
    use sha2::Digest;
    Sha256::digest(data).into()
}

#[derive(Debug, Serialize)]
pub(super) struct Challenge {
    pub(super) method_id: String,
    pub(super) kind: String,
    /// HMAC-SHA256(server key, challenge id + code); `None` when nothing can match.
    pub(super) code_hash: Option<String>,
    pub(super) question: Option<String>,
    pub(super) expires: SystemTime,
    pub(super) attempts_left: u32,
    pub(super) used: bool,
}

/// What checking a code needs to know about its flow and challenge.
pub(super) struct CheckFacts {
    pub(super) known: bool,
    pub(super) user_key: String,
    pub(super) method_id: String,
    pub(super) kind: String,
    pub(super) code_hash: Option<String>,
    pub(super) question: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutboxEntry {
    pub user: String,
    pub method: String,
    pub kind: String,
    pub destination: String,
    pub code: String,
    /// The message as delivered, in the language of the request that sent it.
    pub message: String,
    pub sent_at: String,
}

pub(super) fn normalize_user(user: &str) -> String {
    user.trim().to_lowercase()
}

/// Codes may be typed with spaces or dashes; answers in any case.
pub(super) fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_lowercase()
}

pub(super) fn normalize_answer(answer: &str) -> String {
    answer
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

pub fn rfc3339(t: SystemTime) -> String {
    humantime::format_rfc3339_seconds(t).to_string()
}

pub(super) fn random_id(prefix: &str, bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rng().fill(&mut buf[..]);
    format!(
        "{prefix}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
    )
}

pub(super) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn hash_password(password: &str) -> String {
    let mut salt_bytes = [0u8; 16];
    rand::rng().fill(&mut salt_bytes);
    let salt = SaltString::encode_b64(&salt_bytes).expect("16 bytes is a valid salt");
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 hashing")
        .to_string()
}

pub(super) fn password_matches(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

pub(super) const FAKE_QUESTIONS: &[&str] = &[
    "What was the name of your first pet?",
    "In which city were you born?",
    "What was your first car?",
];

impl Store {
    pub(super) fn mac(&self, parts: &[&[u8]]) -> String {
        let mut mac = HmacSha256::new_from_slice(&self.key).expect("any key length");
        for p in parts {
            mac.update(&(p.len() as u64).to_be_bytes());
            mac.update(p);
        }
        hex(&mac.finalize().into_bytes())
    }

    pub(super) fn mac_matches(&self, parts: &[&[u8]], expected: &str) -> bool {
        let actual = self.mac(parts);
        // Constant-time comparison of equal-length hex strings.
        actual.len() == expected.len()
            && actual
                .bytes()
                .zip(expected.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }
}
