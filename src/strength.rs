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
    pub fn label(&self) -> &'static str {
        match self.score {
            0 => "very weak",
            1 => "weak",
            2 => "fair",
            3 => "strong",
            _ => "very strong",
        }
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

pub fn estimate(password: &Secret, user: &str) -> Option<Estimate> {
    if password.is_empty() {
        return None;
    }
    let entropy = zxcvbn::zxcvbn(password.expose(), &personal_words(user));
    let feedback = entropy.feedback();
    Some(Estimate {
        score: u8::from(entropy.score()),
        offline_guess_time: entropy
            .crack_times()
            .offline_slow_hashing_1e4_per_second()
            .to_string(),
        warning: feedback.and_then(|f| f.warning()).map(|w| w.to_string()),
        suggestions: feedback
            .map(|f| f.suggestions().iter().map(|s| s.to_string()).collect())
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
