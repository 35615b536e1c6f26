//! The command line as scripts and people meet it: help, exit codes, URL rules, the demo with
//! no terminal, `methods`, `policy`, and the failures of a bad or absent service.

use std::io::{Read, Write};
use std::net::TcpListener;

use crate::common::*;
use serde_json::Value;

#[test]
fn help_documents_the_exit_codes() {
    let run = Home::new().run(&["--help"]);
    assert_eq!(run.code, 0);
    for line in [
        "0    done",
        "2    usage error",
        "3    verification failed",
        "4    new password rejected",
        "5    rate-limited",
        "6    service unreachable",
        "7    flow expired",
        "10   refused",
        "130  interrupted",
    ] {
        assert!(
            run.stdout.contains(line),
            "missing {line:?} in\n{}",
            run.stdout
        );
    }
    for cmd in [
        "reset",
        "unlock",
        "methods",
        "policy",
        "demo",
        "dev-server",
        "completions",
        "man",
    ] {
        assert!(run.stdout.contains(cmd), "{cmd} missing from --help");
    }
}

#[test]
fn usage_errors_exit_2() {
    let home = Home::new();
    assert_eq!(home.run(&["reset", "--bogus"]).code, 2);
    assert_eq!(home.run(&["frobnicate"]).code, 2);
    let run = home.run(&["methods", "--user", ALICE]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--url"), "{run:?}");
}

#[test]
fn plain_http_is_refused_off_loopback() {
    let home = Home::new();
    for url in [
        "http://id.example.com",
        "http://10.1.2.3:8080",
        "http://localhost.example.com",
    ] {
        let run = home.run(&["methods", "--url", url, "--user", ALICE]);
        assert_eq!(run.code, 2, "{url}: {run:?}");
        assert!(run.stderr.contains("plain http:// is refused"), "{run:?}");
    }
    let run = home.run(&["policy", "--url", "https://user:pw@id.example.com"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        !run.stderr.contains(":pw@"),
        "echoed the credentials: {run:?}"
    );
}

#[test]
fn demo_runs_to_completion_without_a_terminal() {
    let home = Home::new();
    let out = home.cmd(&["demo"]).env("CI", "true").output().unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 0, "{run:?}");
    for step in [
        "[demo inbox: email to alice@example.com] your code is",
        "Step 1 of 2 verified",
        "[demo authenticator] your code is",
        "Step 2 of 2 verified",
        "Password changed for alice@example.com",
        "signing in with the new password works; the old one is refused",
    ] {
        assert!(run.stderr.contains(step), "missing {step:?}: {run:?}");
    }
}

#[test]
fn demo_unlock_runs_too() {
    let run = Home::new().run(&["demo", "--unlock"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr
            .contains("Account unlocked for alice@example.com"),
        "{run:?}"
    );
    assert!(
        run.stderr
            .contains("signing in with the existing password works again"),
        "{run:?}"
    );
}

#[test]
fn without_a_terminal_reset_fails_before_contacting_the_service() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    for args in [
        vec!["reset", "--url", &server.url, "--user", ALICE],
        vec![
            "unlock",
            "--url",
            &server.url,
            "--user",
            ALICE,
            "--no-input",
        ],
    ] {
        let run = home.run(&args);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains("may not prompt"), "{run:?}");
    }
    assert!(server.requests().is_empty(), "{:?}", server.requests());
    assert!(
        server.outbox(ALICE).is_empty(),
        "a code was sent that nobody could type"
    );
}

#[test]
fn methods_lists_masked_hints_for_known_and_unknown_users_alike() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let run = home.run(&["methods", "--url", &server.url, "--user", ALICE]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("a****@e******.com") && run.stdout.contains("+39********12"),
        "{run:?}"
    );
    assert!(
        !run.stdout.contains("alice@example.com") && !run.stdout.contains("1234567812"),
        "unmasked: {run:?}"
    );
    let json = home.run_args(
        &Args::new("methods")
            .url(&server.url)
            .user("nobody@example.com")
            .json(),
    );
    assert_eq!(json.code, 0, "{json:?}");
    let v: Value = serde_json::from_str(json.stdout.trim()).unwrap();
    assert_eq!(v["user"], "nobody@example.com");
    // An unknown user is shown the shape of some real account, with masked made-up hints.
    let methods = v["methods"].as_array().unwrap();
    assert!(!methods.is_empty());
    for m in methods {
        let hint = m["hint"].as_str().unwrap();
        if matches!(m["kind"].as_str(), Some("email" | "sms" | "voice")) {
            assert!(hint.contains('*') && !hint.contains("nobody@"), "{hint}");
        }
    }
    // methods leaves no flow behind: it cancels the one it started.
    assert_eq!(server.count_requests("DELETE /v1/flows/"), 2);
}

#[test]
fn policy_shows_the_service_rules() {
    let server = DevServer::start(&["--min-length", "14"]);
    let home = Home::new();
    let run = home.run(&["policy", "--url", &server.url]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("14 to 128 characters"), "{run:?}");
    assert!(
        run.stdout.contains("not a commonly used password"),
        "{run:?}"
    );
    let json = home.run(&["policy", "--url", &server.url, "--output", "json"]);
    let v: Value = serde_json::from_str(json.stdout.trim()).unwrap();
    assert_eq!(v["min_length"], 14);
}

#[test]
fn rate_limit_exits_5_with_retry_hint() {
    let server = DevServer::start(&["--flows-per-user", "1"]);
    let home = Home::new();
    assert_eq!(
        home.run(&["methods", "--url", &server.url, "--user", ALICE])
            .code,
        0
    );
    let run = home.run_args(&Args::new("methods").url(&server.url).user(ALICE).json());
    assert_eq!(run.code, 5, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["error"]["code"], "rate_limited");
    assert!(v["error"]["retry_after_s"].as_u64().unwrap() > 0);
}

#[test]
fn unreachable_service_exits_6() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let run = Home::new().run(&["policy", "--url", &format!("http://127.0.0.1:{port}")]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("cannot connect"), "{run:?}");
}

/// A stub for what the dev-server never does: answer with an HTML error page, or with escape
/// sequences in its JSON.
fn stub_once(response: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().take(4) {
            let mut s = stream.unwrap();
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let _ = s.write_all(response.as_bytes());
        }
    });
    url
}

#[test]
fn html_error_page_exits_6() {
    let url = stub_once("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 21\r\nConnection: close\r\n\r\n<html>oops</html>\r\n\r\n");
    let run = Home::new().run(&["policy", "--url", &url]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("HTTP 502"), "{run:?}");
}

#[test]
fn hostile_text_from_the_service_cannot_drive_the_terminal() {
    let body = "{\"type\":\"x\",\"title\":\"t\",\"status\":400,\"code\":\"weird\",\"detail\":\"\\u001b]0;pwned\\u0007\\u001b[2Jgotcha\"}";
    let response: &'static str = Box::leak(
        format!("HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len())
            .into_boxed_str(),
    );
    let url = stub_once(response);
    let run = Home::new().run(&["policy", "--url", &url]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("gotcha"), "{run:?}");
    assert!(
        !run.stderr.contains('\u{1b}'),
        "escape sequence passed through: {run:?}"
    );
}

#[test]
fn completions_and_man_page_are_generated() {
    let home = Home::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = home.run(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}");
        assert!(run.stdout.contains("reset"), "{shell}");
        assert!(
            !run.stdout.contains("impersonate"),
            "{shell} offers a refused flag"
        );
    }
    let man = home.run(&["man"]);
    assert_eq!(man.code, 0);
    assert!(
        man.stdout.contains(".TH pwreset"),
        "{}",
        &man.stdout[..200.min(man.stdout.len())]
    );
}

#[test]
fn dev_server_binds_loopback_only() {
    let run = Home::new().run(&["dev-server", "--addr", "0.0.0.0:0"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("loopback only"), "{run:?}");
}

#[test]
fn dev_server_rejects_a_bad_users_file() {
    let home = Home::new();
    let bad = home.write(
        "users.json",
        r#"[{"user":"a","password":"p","gates":2,"methods":[{"kind":"email","to":"a@b"}]}]"#,
    );
    let run = home.run_args(
        &Args::new("dev-server")
            .flag("--addr")
            .flag("127.0.0.1:0")
            .flag("--users")
            .flag(bad.to_str().unwrap()),
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("2 gates need at least 2 methods"),
        "{run:?}"
    );
}

#[test]
fn profile_supplies_url_and_user_and_flags_and_env_win() {
    let server = DevServer::start(&[]);
    let dead = format!(
        "http://127.0.0.1:{}",
        TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port()
    );
    let home = Home::new();
    home.write(
        "config/pwreset/config.toml",
        &format!(
            "default_profile = \"work\"\n[profiles.work]\nurl = \"{}\"\nuser = \"{ALICE}\"\n[profiles.broken]\nurl = \"{dead}\"\n",
            server.url
        ),
    );
    // Profile alone.
    let run = home.run(&["methods"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains(ALICE), "{run:?}");
    // Environment beats the profile.
    let out = home
        .cmd(&["methods"])
        .env("PWRESET_USER", "eve@example.com")
        .output()
        .unwrap();
    assert!(Run::from(out).stderr.contains("eve@example.com"));
    let out = home
        .cmd(&["methods", "-p", "work"])
        .env("PWRESET_URL", &dead)
        .output()
        .unwrap();
    assert_eq!(Run::from(out).code, 6, "env URL must win over the profile");
    // A flag beats the environment.
    let out = home
        .cmd(&["methods", "--url", &server.url])
        .env("PWRESET_URL", &dead)
        .output()
        .unwrap();
    assert_eq!(Run::from(out).code, 0);
    // Another profile by name.
    assert_eq!(
        home.run(&["methods", "-p", "broken", "--user", ALICE]).code,
        6
    );
    let run = home.run(&["methods", "-p", "nope"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("known profiles: broken, work"),
        "{run:?}"
    );
}

#[test]
fn malformed_config_gives_file_line_and_exit_2() {
    let home = Home::new();
    let path = home.write(
        "config/pwreset/config.toml",
        "[profiles.work]\nurl = \"https://x\"\nurl = \"https://y\"\n",
    );
    let run = home.run(&["policy"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains(&format!("{}:3", path.display())),
        "{run:?}"
    );
    home.write(
        "config/pwreset/config.toml",
        "[profiles.work]\nurll = \"https://x\"\n",
    );
    let run = home.run(&["policy"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("config.toml:2") && run.stderr.contains("urll"),
        "{run:?}"
    );
}

#[test]
fn a_profile_naming_an_unknown_provider_lists_the_known_ones() {
    let home = Home::new();
    home.write(
        "config/pwreset/config.toml",
        "[profiles.work]\nprovider = \"keycloak\"\nurl = \"https://x\"\n",
    );
    let run = home.run(&["policy", "-p", "work"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("\"keycloak\""), "{run:?}");
    assert!(
        run.stderr
            .contains("known providers: auto, pwreset, cognito, firebase"),
        "{run:?}"
    );
    home.write(
        "config/pwreset/config.toml",
        "[profiles.work]\nprovider = \"firebase\"\napi_key = \"k\"\n",
    );
    let run = home.run(&[
        "policy",
        "-p",
        "work",
        "--endpoint-url",
        "http://127.0.0.1:9",
    ]);
    assert_eq!(
        run.code, 6,
        "a known provider is taken from the profile: {run:?}"
    );
}

#[test]
fn every_environment_variable_is_in_the_readme() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for var in pwreset::env_vars::ALL {
        assert!(readme.contains(var), "{var} is not documented in README.md");
    }
}

/// `dev-server --tls`: HTTPS with a CA made at start and written for `--ca-cert`; pwreset
/// resets over it, and refuses the server without that CA.
#[test]
fn dev_server_over_tls_with_its_own_ca() {
    let home = Home::new();
    let users = home.write("users.json", &test_users().to_string());
    let ca = home.path().join("dev-ca.pem");
    let addr = format!("{}:0", fresh_loopback());
    let mut c = home.cmd_args(
        &Args::new("dev-server")
            .flag("--addr")
            .flag(&addr)
            .flag("--users")
            .flag(users.to_str().unwrap())
            .flag("--tls")
            .flag("--ca-out")
            .flag(ca.to_str().unwrap())
            .flag("--no-log"),
    );
    c.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    let mut server = c.spawn().unwrap();
    let mut url = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(server.stdout.take().unwrap()),
        &mut url,
    )
    .unwrap();
    let url = url.trim().to_owned();
    assert!(url.starts_with("https://127."), "{url}");
    assert!(std::fs::read_to_string(&ca)
        .unwrap()
        .starts_with("-----BEGIN CERTIFICATE-----"));
    let reset = |extra: &[&str]| {
        let mut args = vec![
            "reset",
            "--url",
            &url,
            "--user",
            "svc@example.com",
            "--method",
            "totp",
            "--totp-secret-env",
            "T",
            "--password-stdin",
        ];
        args.extend_from_slice(extra);
        let mut cmd = home.cmd(&args);
        cmd.env("T", "KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF");
        feed(start_piped(&mut cmd), "violet staple orbit 42\n")
    };
    let untrusted = reset(&[]);
    assert_eq!(untrusted.code, 6, "{untrusted:?}");
    assert!(untrusted.stderr.contains("certificate"), "{untrusted:?}");
    let trusted = reset(&["--ca-cert", ca.to_str().unwrap()]);
    let _ = server.kill();
    let _ = server.wait();
    assert_eq!(trusted.code, 0, "{trusted:?}");
    assert!(trusted.stderr.contains("Password changed"), "{trusted:?}");

    let demo = home.run(&["demo", "--tls"]);
    assert_eq!(demo.code, 0, "{demo:?}");
    assert!(demo.stderr.contains("speaks HTTPS"), "{demo:?}");
    assert!(demo
        .stderr
        .contains("Demo check: signing in with the new password works"));
}

/// `--url` is the pwreset protocol's: a provider that would ignore it refuses it instead, and
/// a web page where Firebase's policy should be is an error, not "no policy".
#[test]
fn url_is_refused_where_it_would_be_ignored_and_a_page_is_not_a_policy() {
    let home = Home::new();
    for provider in ["cognito", "firebase"] {
        let run = home.run_args(
            &Args::new("reset")
                .opt("--provider", provider)
                .url("https://id.example.com")
                .opt("--client-id", "c")
                .opt("--api-key", "k")
                .user("a@example.com")
                .flag("--no-input")
                .flag("--code-stdin")
                .flag("--password-stdin"),
        );
        assert_eq!(run.code, 2, "{provider}: {run:?}");
        assert!(
            run.stderr.contains("did you mean --endpoint-url?"),
            "{run:?}"
        );
    }
    let page = Stub::start(|_, _| Reply::with_type(404, "text/html", "<h1>Not Found</h1>"));
    let run = home.run_args(
        &Args::new("policy")
            .opt("--provider", "firebase")
            .opt("--api-key", "k")
            .opt("--endpoint-url", &page.url),
    );
    assert_eq!(run.code, 6, "{run:?}");
    assert!(
        !run.stdout.contains("characters"),
        "no rules printed: {run:?}"
    );
}

/// Every command's help ends with examples; the top level points newcomers at the demo; the
/// commands some providers cannot do say so; common slips get a pointed hint.
#[test]
fn help_has_examples_and_slips_get_pointed_hints() {
    let home = Home::new();
    let top = home.run(&["--help"]);
    assert!(top.stdout.contains("`pwreset demo`"), "{top:?}");
    for cmd in [
        "reset",
        "unlock",
        "methods",
        "policy",
        "demo",
        "dev-server",
        "completions",
        "man",
        "profile",
        "pending",
    ] {
        let help = home.run(&[cmd, "--help"]);
        assert_eq!(help.code, 0, "{cmd}: {help:?}");
        assert!(
            help.stdout.contains("Examples:\n  pwreset"),
            "{cmd}: {}",
            help.stdout
        );
    }
    for cmd in ["unlock", "methods"] {
        let help = home.run(&[cmd, "--help"]).stdout;
        assert!(
            help.contains("Cognito and") && help.contains("Firebase"),
            "{cmd}: {help}"
        );
    }
    let slip = home.run(&["policy", "--url", "localhost:8787"]);
    assert_eq!(slip.code, 2, "{slip:?}");
    assert!(
        slip.stderr.contains("did you mean http://localhost:8787?"),
        "{slip:?}"
    );
    let mut missing = home.cmd(&["policy", "--url", "http://127.0.0.1:9"]);
    missing.env("PWRESET_CONFIG", home.path().join("nowhere.toml"));
    let missing = Run::from(missing.output().unwrap());
    assert_eq!(missing.code, 2, "{missing:?}");
    assert!(missing.stderr.contains("does not exist"), "{missing:?}");
}

/// Commands that never contact a service do not list the service options in their help, yet
/// still accept them (they are global, so `pwreset --url … man` keeps working).
#[test]
fn help_lists_service_options_only_where_they_are_used() {
    let home = Home::new();
    let service_options = [
        "--url",
        "--user",
        "--provider",
        "--region",
        "--client-id",
        "--ca-cert",
    ];
    for cmd in [
        &["completions"][..],
        &["man"],
        &["dev-server"],
        &["demo"],
        &["profile", "list"],
        &["profile", "show"],
        &["profile", "remove"],
    ] {
        let help = home.run(&[cmd, &["--help"]].concat()).stdout;
        for option in service_options {
            // Each takes a value, so its help entry reads `--url <URL>`.
            let entry = format!("{option} <");
            assert!(!help.contains(&entry), "{cmd:?} lists {option}: {help}");
        }
        assert!(help.contains("--output"), "{cmd:?}: {help}");
    }
    for cmd in [
        &["reset"][..],
        &["unlock"],
        &["methods"],
        &["policy"],
        &["profile", "add"],
        &["pending", "list"],
    ] {
        let help = home.run(&[cmd, &["--help"]].concat()).stdout;
        for option in ["--url <", "--user <", "--provider <"] {
            assert!(help.contains(option), "{cmd:?} lacks {option}: {help}");
        }
    }
    let man = home.run(&["--url", "http://127.0.0.1:9", "man"]);
    assert_eq!(man.code, 0, "{man:?}");
    let top = home.run(&["--help"]).stdout;
    let order: Vec<usize> = [
        "reset",
        "unlock",
        "methods",
        "policy",
        "demo",
        "dev-server",
        "pending",
    ]
    .iter()
    .map(|c| {
        top.find(&format!("\n  {c} "))
            .unwrap_or_else(|| panic!("{c}: {top}"))
    })
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{top}");
}
