//! The opt-in breached-password check (`--check-breached`): the Pwned Passwords range API by
//! k-anonymity. Only the first 5 hex digits of the password's SHA-1 leave the machine, the
//! answer is padded (`Add-Padding: true`) so its size says nothing either, and the match is
//! made here. Bounded in time; when it cannot check, the caller says so and goes on.

use std::io::Read;
use std::time::Duration;

use sha1::{Digest, Sha1};
use zeroize::Zeroizing;

use crate::secret::Secret;

/// The public range endpoint; `PWRESET_BREACH_API_URL` points elsewhere (a mirror, tests).
pub const DEFAULT_RANGE_URL: &str = "https://api.pwnedpasswords.com/range/";

/// How long the check may take in all.
const TIME_LIMIT: Duration = Duration::from_secs(5);

/// Range answers are a few hundred KiB at most.
const MAX_ANSWER: u64 = 4 * 1024 * 1024;

pub struct BreachCheck {
    range_url: String,
}

impl BreachCheck {
    pub fn new(range_url: Option<String>) -> BreachCheck {
        let mut url = range_url.unwrap_or_else(|| DEFAULT_RANGE_URL.to_owned());
        if !url.ends_with('/') {
            url.push('/');
        }
        BreachCheck { range_url: url }
    }

    /// How often `password` appears in known breaches (0: not found); the reason when the
    /// check could not be made.
    pub fn count(&self, password: &Secret) -> Result<u64, String> {
        let digest = Sha1::digest(password.expose().as_bytes());
        let hex = Zeroizing::new(
            digest
                .iter()
                .map(|b| format!("{b:02X}"))
                .collect::<String>(),
        );
        let (prefix, suffix) = hex.split_at(5);
        let url = format!("{}{prefix}", self.range_url);
        let parsed = crate::http::service_url(&url).map_err(|f| f.message)?;
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::blocking::Client::builder()
            .user_agent(concat!("pwreset/", env!("CARGO_PKG_VERSION")))
            .timeout(TIME_LIMIT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| e.to_string())?;
        let (tx, rx) = std::sync::mpsc::channel();
        let request = client.get(parsed).header("Add-Padding", "true");
        std::thread::spawn(move || {
            let answer = request.send().map_err(|e| e.to_string()).and_then(|resp| {
                if !resp.status().is_success() {
                    return Err(crate::t!(
                        "breach-range-service-answered-http",
                        status = resp.status()
                    ));
                }
                let mut body = String::new();
                resp.take(MAX_ANSWER)
                    .read_to_string(&mut body)
                    .map_err(|e| e.to_string())?;
                Ok(body)
            });
            let _ = tx.send(answer);
        });
        let body = rx.recv_timeout(TIME_LIMIT).map_err(|_| {
            crate::t!(
                "breach-no-answer-within-s",
                v_time_limit = TIME_LIMIT.as_secs()
            )
        })??;
        Ok(count_in_range(&body, suffix))
    }
}

/// The count for `suffix` in a range answer (`SUFFIX:COUNT` lines; padding lines count 0).
pub fn count_in_range(body: &str, suffix: &str) -> u64 {
    body.lines()
        .filter_map(|line| line.trim().split_once(':'))
        .find(|(s, _)| s.eq_ignore_ascii_case(suffix))
        .and_then(|(_, n)| n.trim().parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suffix_is_found_and_padding_counts_nothing() {
        let body = "0018A45C4D1DEF81644B54AB7F969B88D65:10\r\n1E4C9B93F3F0682250B6CF8331B7EE68FD8:3861493\r\nFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0\r\n";
        // SHA-1("password") = 5BAA6 1E4C9B93F3F0682250B6CF8331B7EE68FD8
        assert_eq!(
            count_in_range(body, "1E4C9B93F3F0682250B6CF8331B7EE68FD8"),
            3861493
        );
        assert_eq!(
            count_in_range(body, "ffffffffffffffffffffffffffffffffFFF"),
            0
        );
        assert_eq!(
            count_in_range(body, "0000000000000000000000000000000000A"),
            0
        );
        let digest = Sha1::digest(b"password");
        let hex: String = digest.iter().map(|b| format!("{b:02X}")).collect();
        assert_eq!(&hex[..5], "5BAA6");
    }
}
