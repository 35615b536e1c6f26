//! How hard a new password would be to guess, estimated locally with zxcvbn after the first
//! entry. Advice only: the policy (local and the service's) decides what is accepted, and a
//! person may keep a weak password after being told.

use crate::secret::Secret;

/// The estimate shown under the first entry of a new password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Estimate {
    /// zxcvbn's score, 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    /// Time to guess it offline against a slow hash (10⁴ guesses a second), as zxcvbn words it.
    pub offline_guess_time: String,
    pub warning: Option<String>,
    pub suggestions: Vec<String>,
}

impl Estimate {
    pub fn label(&self) -> String {
        crate::t!("strength-label", score = self.score)
    }

    /// Below 3 zxcvbn itself calls a password too weak; pwreset then asks before using it.
    pub fn is_weak(&self) -> bool {
        self.score < 3
    }
}

/// The words a guesser would try first for this account: the user id and, for an email address,
/// its local part and domain name.
fn personal_words(user: &str) -> Vec<&str> {
    let mut words = vec![user];
    if let Some((local, domain)) = user.split_once('@') {
        words.push(local);
        words.extend(domain.split('.').filter(|part| part.len() >= 3));
    }
    words.retain(|w| !w.is_empty());
    words
}

/// zxcvbn's advice in the run's language: the message `strength-{kind}-{variant in kebab case}`,
/// or zxcvbn's English should a newer zxcvbn add a variant.
fn advice(kind: &str, variant: &str, english: &dyn std::fmt::Display) -> String {
    let mut id = format!("strength-{kind}-");
    for (i, c) in variant.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            id.push('-');
        }
        id.push(c.to_ascii_lowercase());
    }
    if crate::i18n::has(&id) {
        crate::i18n::text(&id, &[])
    } else {
        english.to_string()
    }
}

/// A guessing time in words, with the units zxcvbn uses (a month of 31 days).
fn guess_time(time: std::time::Duration) -> String {
    const MINUTE: u64 = 60;
    const HOUR: u64 = 60 * MINUTE;
    const DAY: u64 = 24 * HOUR;
    const MONTH: u64 = 31 * DAY;
    const YEAR: u64 = 12 * MONTH;
    let s = time.as_secs();
    let (unit, n) = match s {
        0 => ("less-than-a-second", 0),
        s if s < MINUTE => ("second", s),
        s if s < HOUR => ("minute", s / MINUTE),
        s if s < DAY => ("hour", s / HOUR),
        s if s < MONTH => ("day", s / DAY),
        s if s < YEAR => ("month", s / MONTH),
        s if s < 100 * YEAR => ("year", s / YEAR),
        _ => ("centuries", 0),
    };
    crate::t!("strength-time", unit = unit, n = n)
}

pub fn estimate(password: &Secret, user: &str) -> Option<Estimate> {
    if password.is_empty() {
        return None;
    }
    let entropy = zxcvbn::zxcvbn(password.expose(), &personal_words(user));
    let feedback = entropy.feedback();
    Some(Estimate {
        score: u8::from(entropy.score()),
        offline_guess_time: guess_time(
            entropy
                .crack_times()
                .offline_slow_hashing_1e4_per_second()
                .into(),
        ),
        warning: feedback
            .and_then(|f| f.warning())
            .map(|w| advice("warning", &format!("{w:?}"), &w)),
        suggestions: feedback
            .map(|f| {
                f.suggestions()
                    .iter()
                    .map(|s| advice("suggestion", &format!("{s:?}"), s))
                    .collect()
            })
            .unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_common_password_is_very_weak_with_a_warning() {
        let e = estimate(&Secret::new("password1".into()), "alice@example.com").unwrap();
        assert_eq!(e.score, 0);
        assert!(e.is_weak());
        assert!(e.warning.is_some(), "{e:?}");
    }

    #[test]
    fn the_user_id_counts_against_the_password() {
        let with_user = estimate(
            &Secret::new("alicesmith2024".into()),
            "alicesmith@example.com",
        )
        .unwrap();
        let stranger = estimate(&Secret::new("alicesmith2024".into()), "bob@example.com").unwrap();
        assert!(
            with_user.score < stranger.score || with_user.score == 0,
            "{with_user:?} {stranger:?}"
        );
    }

    #[test]
    fn a_long_passphrase_is_strong_and_needs_no_advice() {
        let e = estimate(
            &Secret::new("correct-horse-battery-staple-violin-quartz".into()),
            "alice@example.com",
        )
        .unwrap();
        assert_eq!(e.score, 4);
        assert!(!e.is_weak());
        assert!(e.warning.is_none() && e.suggestions.is_empty(), "{e:?}");
    }

    #[test]
    fn empty_gives_no_estimate() {
        assert_eq!(estimate(&Secret::new(String::new()), "a"), None);
    }
}
