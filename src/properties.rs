//! Property tests for every parser of service or user input: whatever arrives, each one ends,
//! never panics, and what it lets through keeps the invariants the rest of pwreset relies on
//! (one clean line of bounded length; a satisfiable policy; one path segment; ...).

use std::path::Path;
use std::time::Duration;

use proptest::prelude::*;
use reqwest::header::{HeaderMap, HeaderValue};

use crate::http::{self, Api, ApiResponse, HttpSettings};
use crate::output::{self, Shell};
use crate::policy::{self, Policy, MAX_PASSWORD_LENGTH};
use crate::provider::{cognito, firebase, pwreset};
use crate::secret::Secret;
use crate::ui::scripted;

/// Text with everything a hostile service might send: controls, bidi marks, line breaks.
fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            any::<char>(),
            prop::sample::select(vec![
                '\n', '\r', '\u{1b}', '\u{7}', '\u{202e}', '\u{2066}', '\u{200f}', '\u{61c}',
                '\u{2028}', '\u{feff}', '✓', '✗', '\u{85}',
            ]),
        ],
        0..400,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn assert_one_clean_line(text: &str, max_chars: usize) {
    assert!(
        text.chars().count() <= max_chars,
        "{} chars",
        text.chars().count()
    );
    assert_eq!(output::clean(text), text, "not clean: {text:?}");
    assert!(!text.contains('\n'));
}

fn problem_reader() -> pwreset::PwresetProvider {
    let settings = HttpSettings {
        timeout: Duration::from_secs(1),
        ca_cert: None,
    };
    let shell = Shell::plain();
    let api = Api::new(
        http::service_url("http://127.0.0.1:9").unwrap(),
        &settings,
        &shell,
    )
    .unwrap();
    pwreset::PwresetProvider::new(api)
}

proptest! {
    #[test]
    fn service_text_becomes_one_capped_line(text in hostile_text(), cap in 1usize..500) {
        assert_one_clean_line(&output::clean(&text), usize::MAX);
        assert_one_clean_line(&output::clean_capped(&text, cap), cap);
        let q = output::quoted(&text);
        assert_one_clean_line(&q, output::SERVICE_TEXT_MAX + 2);
        let quoted_both_ends = q.starts_with('“') && q.ends_with('”');
        prop_assert!(quoted_both_ends);
    }

    #[test]
    fn any_policy_is_either_refused_or_met_by_the_generator(
        min in prop_oneof![0usize..80, Just(usize::MAX), 4000usize..5000],
        max in prop_oneof![0usize..80, Just(usize::MAX), 4000usize..5000],
        classes in 0usize..7,
        require in prop::collection::vec(
            prop::sample::select(vec!["lowercase", "uppercase", "digit", "symbol", "emoji"]), 0..6),
        length in 0usize..2000,
    ) {
        let mut p = Policy::new(min, max, classes, false);
        p.require = require.iter().map(|s| s.to_string()).collect();
        match p.validate() {
            Ok(()) => {
                let pw = policy::generate(&p, length, "alice@example.com");
                // Valid but rare user-id clashes may need more draws; never a hang.
                if let Some(pw) = pw {
                    let n = pw.expose().chars().count();
                    prop_assert!(n >= p.min_length && n <= p.max_length);
                    prop_assert!(p.check(&pw, "alice@example.com").is_empty());
                }
                prop_assert!(p.max_length <= MAX_PASSWORD_LENGTH);
            }
            Err(why) => {
                prop_assert!(!why.is_empty());
                prop_assert!(policy::generate(&p, length, "alice").is_none());
            }
        }
    }

    #[test]
    fn policy_json_from_the_wire_never_panics(body in "\\PC{0,300}") {
        if let Ok(p) = serde_json::from_str::<Policy>(&body) {
            let _ = p.validate();
        }
    }

    #[test]
    fn problem_details_of_any_shape_become_a_clean_failure(
        status in 400u16..600,
        code in hostile_text(),
        detail in hostile_text(),
        rule in hostile_text(),
        attempts in any::<u32>(),
        retry in any::<u64>(),
        as_json in any::<bool>(),
        retry_header in "\\PC{0,40}",
    ) {
        let body = serde_json::json!({
            "code": code, "title": detail, "detail": detail, "status": status,
            "attempts_left": attempts, "retry_after_s": retry,
            "violations": [{"rule": rule, "message": detail}],
        });
        let mut headers = HeaderMap::new();
        let kind = if as_json { "application/problem+json" } else { "text/html" };
        headers.insert("content-type", HeaderValue::from_static(kind));
        if let Ok(v) = HeaderValue::from_str(&retry_header) {
            headers.insert("retry-after", v);
        }
        let resp = ApiResponse {
            status,
            headers,
            body: body.to_string().into_bytes(),
            url: "http://127.0.0.1:9/v1/flows".into(),
        };
        let f = problem_reader().problem_failure(&resp);
        prop_assert!(!f.message.contains('\n'));
        prop_assert!(f.message.chars().count() <= output::SERVICE_TEXT_MAX + 200);
        prop_assert!(f.retry_after.is_none_or(|d| d <= http::MAX_RETRY_AFTER));
        prop_assert!(f.attempts_left.is_none_or(|n| n <= 100));
        for v in &f.violations {
            assert_one_clean_line(&v.rule, 64);
            assert_one_clean_line(&v.message, output::SERVICE_TEXT_MAX);
        }
        if status == 429 {
            prop_assert_eq!(f.kind, crate::error::FailureKind::RateLimited);
        }
    }

    #[test]
    fn retry_after_is_absent_or_bounded(value in "\\PC{0,60}", secs in any::<u64>()) {
        prop_assert!(http::parse_retry_after(&value).is_none_or(|d| d <= http::MAX_RETRY_AFTER));
        let parsed = http::parse_retry_after(&secs.to_string());
        prop_assert_eq!(parsed.is_some(), secs <= http::MAX_RETRY_AFTER.as_secs());
    }

    #[test]
    fn ids_become_exactly_one_path_segment(id in "\\PC{0,60}") {
        match pwreset::path_segment(&id) {
            Ok(seg) => {
                prop_assert!(!seg.is_empty() && seg != "." && seg != "..");
                prop_assert!(!seg.contains(['/', '?', '#', '\\']));
                let decoded = percent_encoding::percent_decode_str(&seg).decode_utf8().unwrap();
                prop_assert_eq!(decoded, id.as_str());
            }
            Err(_) => prop_assert!(matches!(id.as_str(), "" | "." | "..")),
        }
    }

    #[test]
    fn cognito_error_types_and_masks_never_panic(raw in "\\PC{0,80}", user in "\\PC{0,80}") {
        let t = cognito::error_type(&raw);
        prop_assert!(t.len() <= raw.len());
        let _ = cognito::secret_hash(&Secret::from(raw.as_str()), &user, "client");
    }

    #[test]
    fn firebase_pasted_codes_and_links_never_panic(
        input in "\\PC{0,200}",
        mode in "[a-zA-Z]{0,16}",
        code in "[A-Za-z0-9_-]{0,40}",
        detail in hostile_text(),
    ) {
        let _ = firebase::parse_code(&input);
        let link = format!("https://x.example.com/__/auth/action?mode={mode}&oobCode={code}");
        match firebase::parse_code(&link) {
            Ok((c, _)) => {
                prop_assert_eq!(mode.as_str(), "resetPassword");
                prop_assert_eq!(c, code);
            }
            Err(f) => prop_assert_eq!(f.kind, crate::error::FailureKind::Verification),
        }
        prop_assert!(!firebase::missing_requirements(&detail).is_empty());
    }

    #[test]
    fn codes_normalise_once_and_for_all(code in "[0-9 \\-]{0,20}|\\PC{0,30}") {
        let once = scripted::normalize_code(&code);
        prop_assert_eq!(scripted::normalize_code(&once), once.clone());
        if code.chars().all(|c| c.is_ascii_digit() || c == '-' || c.is_whitespace()) {
            prop_assert!(once.chars().all(|c| c.is_ascii_digit()));
        }
    }

    #[test]
    fn totp_secrets_of_any_shape_never_panic(secret in "\\PC{0,80}|[A-Z2-7 ]{0,64}") {
        if let Ok(totp) = scripted::totp_from_secret(&Secret::new(secret)) {
            let code = totp.generate(59);
            prop_assert_eq!(code.len(), 6);
        }
    }

    #[test]
    fn config_files_of_any_text_never_panic(text in "\\PC{0,300}") {
        let _ = crate::config::parse(&text, Path::new("config.toml"));
    }

    #[test]
    fn accepted_user_ids_are_one_clean_line(user in hostile_text()) {
        if let Ok(u) = crate::settings::checked_user(&user) {
            assert_one_clean_line(&u, 256);
            prop_assert!(!u.is_empty());
        }
    }
}
