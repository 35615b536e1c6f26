//! The self-service rule (docs/design.md §1): every on-behalf flag (bare and `=value`), environment
//! variable and config key is refused with exit 10 and an explanation, and nothing reaches the
//! service. Secrets given as argument values are refused with a pointer to the safe form.

use crate::common::*;

/// The list from docs/design.md §1, written out here so the test does not trust the code's own list.
const ON_BEHALF: &[&str] = &[
    "as",
    "as-user",
    "on-behalf-of",
    "for",
    "for-user",
    "target-user",
    "impersonate",
    "admin",
    "admin-token",
    "sudo",
    "skip-verification",
    "no-verify",
    "bypass-verification",
];

fn assert_refused(run: &Run, why: &str) {
    assert_eq!(run.code, 10, "{run:?}");
    assert!(run.stderr.contains(why), "missing {why:?}: {run:?}");
}

#[test]
fn on_behalf_flags_are_refused_in_every_form_and_position() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    for name in ON_BEHALF {
        for form in [format!("--{name}"), format!("--{name}=bob@example.com")] {
            for args in [
                vec!["reset", "--url", &server.url, "--user", ALICE, &form],
                vec![&form, "unlock", "--url", &server.url],
                vec!["methods", "--url", &server.url, &form, "bob@example.com"],
            ] {
                let run = home.run(&args);
                assert_refused(&run, "self-service only");
                assert!(run.stderr.contains(&format!("`--{name}`")), "{run:?}");
                assert!(run.stderr.contains("administrator cannot reset"), "{run:?}");
                assert!(
                    run.stderr.contains("runs `pwreset reset`"),
                    "says what to do: {run:?}"
                );
            }
        }
    }
    assert!(
        server.requests().is_empty(),
        "refused runs reached the service: {:?}",
        server.requests()
    );
}

#[test]
fn on_behalf_environment_variables_are_refused() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    for name in ON_BEHALF {
        let var = format!("PWRESET_{}", name.replace('-', "_").to_uppercase());
        let out = home
            .cmd(&["methods", "--url", &server.url, "--user", ALICE])
            .env(&var, "bob@example.com")
            .output()
            .unwrap();
        let run = Run::from(out);
        assert_refused(&run, "self-service only");
        assert!(run.stderr.contains(&var), "{run:?}");
    }
    assert!(server.requests().is_empty());
}

#[test]
fn on_behalf_config_keys_are_refused_with_file_and_line() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    for name in ON_BEHALF {
        let key = name.replace('-', "_");
        let config = home.write(
            "config/pwreset/config.toml",
            &format!(
                "default_profile = \"work\"\n\n[profiles.work]\nurl = \"{}\"\n{key} = \"bob\"\n",
                server.url
            ),
        );
        let run = home.run(&["methods", "--user", ALICE]);
        assert_refused(&run, "self-service only");
        assert!(
            run.stderr.contains(&format!("{}:5", config.display())),
            "{run:?}"
        );
    }
    // PWRESET_CONFIG points elsewhere; the same holds there, also at the top level.
    let other = home.write("elsewhere.toml", "sudo = true\n");
    let out = home
        .cmd(&["policy", "--url", &server.url])
        .env("PWRESET_CONFIG", &other)
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_refused(&run, &format!("{}:1", other.display()));
    assert!(server.requests().is_empty());
}

#[test]
fn secrets_as_argument_values_are_refused_with_the_safe_form() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let cases = [
        ("--password", "--password-stdin"),
        ("--new-password", "--password-stdin"),
        ("--code", "--code-stdin"),
        ("--totp-secret", "--totp-secret-env"),
        ("--client-secret", "--client-secret-env"),
    ];
    for (flag, safe) in cases {
        for args in [
            vec!["reset", "--url", &server.url, flag, "hunter2-hunter2"],
            vec![
                "reset",
                "--url",
                &server.url,
                &format!("{flag}=hunter2-hunter2"),
            ],
        ] {
            let run = home.run(&args);
            assert_refused(&run, "secrets are never taken from the command line");
            assert!(run.stderr.contains(safe), "no pointer to {safe}: {run:?}");
            assert!(
                !run.stderr.contains("hunter2"),
                "the secret was repeated: {run:?}"
            );
        }
    }
    for (var, safe) in [
        ("PWRESET_PASSWORD", "--password-stdin"),
        ("PWRESET_CODE", "--code-stdin"),
    ] {
        let out = home
            .cmd(&["reset", "--url", &server.url])
            .env(var, "hunter2")
            .output()
            .unwrap();
        let run = Run::from(out);
        assert_refused(&run, var);
        assert!(run.stderr.contains(safe), "{run:?}");
    }
    assert!(server.requests().is_empty());
}

#[test]
fn refusal_is_reported_as_json_too() {
    let home = Home::new();
    let run = home.run(&["reset", "--output", "json", "--impersonate=bob"]);
    assert_eq!(run.code, 10);
    let v: serde_json::Value = serde_json::from_str(run.stdout.trim()).expect("one JSON object");
    assert_eq!(v["status"], "error");
    assert_eq!(v["error"]["exit_code"], 10);
    assert_eq!(v["error"]["kind"], "refused");
}

#[test]
fn no_administrative_api_is_reachable_from_the_source() {
    // docs/design.md §1: the code has no path to an admin API. Scan every source file for their names.
    let forbidden = [
        "AdminSetUserPassword",
        "AdminResetUserPassword",
        "AdminCreateUser",
        "AdminUpdateUserAttributes",
        "AdminEnableUser",
        "AdminDisableUser",
        "AdminGetUser",
        "AdminInitiateAuth",
        // Microsoft Graph's admin reset, Okta lifecycle, Kratos admin APIs.
        "authenticationMethods",
        "/lifecycle/reset_password",
        "/admin/recovery",
        "/admin/identities",
        "GOOGLE_APPLICATION_CREDENTIALS",
        "AWS_SECRET_ACCESS_KEY",
    ];
    let mut stack = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    let mut files = 0;
    while let Some(p) = stack.pop() {
        for entry in std::fs::read_dir(&p).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files += 1;
                let text = std::fs::read_to_string(&path).unwrap();
                for f in forbidden {
                    assert!(!text.contains(f), "{} mentions {f}", path.display());
                }
            }
        }
    }
    assert!(files > 10, "scanned only {files} files");
}
