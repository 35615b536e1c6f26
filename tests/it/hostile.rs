//! A misbehaving service: every answer pwreset reads from the wire can be nonsense, hostile or
//! slow, and pwreset must still keep its promises — a clear message and the right exit code,
//! never a hang, a panic, a forged line or a lost password. Protocol v1, Cognito and Firebase
//! shapes, against `Stub`, in human and JSON output, piped and at a pseudo-terminal.

use std::io::Write;
use std::time::{Duration, Instant};

use crate::common::*;
use serde_json::{json, Value};

const USER: &str = "alice@example.com";
const NEW_PASSWORD: &str = "violet staple orbit 42";
/// Long enough for any single answer here; a run that goes past it has hung.
const LIMIT: Duration = Duration::from_secs(20);

/// A stub here plays protocol v1, so it is named (`--provider auto` has its own tests).
fn v1_args(url: &str) -> Vec<String> {
    [
        "reset",
        "--provider",
        "pwreset",
        "--url",
        url,
        "--user",
        USER,
        "--no-input",
        "--code-stdin",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Runs pwreset with `args`, feeding `stdin`, and fails the test if it runs past `LIMIT`.
fn run(home: &Home, args: &[String], stdin: &str) -> Run {
    let mut cmd = home.cmd(&[]);
    cmd.args(args);
    if !args.iter().any(|a| a == "--timeout") {
        cmd.args(["--timeout", "5s"]);
    }
    let mut child = start_piped(&mut cmd);
    let mut input = child.stdin.take().unwrap();
    let _ = input.write_all(stdin.as_bytes());
    drop(input);
    wait_bounded(child, LIMIT)
}

fn with(mut args: Vec<String>, more: &[&str]) -> Vec<String> {
    args.extend(more.iter().map(|s| s.to_string()));
    args
}

fn json_of(run: &Run) -> Value {
    serde_json::from_str(run.stdout.trim()).unwrap_or_else(|e| panic!("{e}: {run:?}"))
}

/// No line pwreset printed may start like one of its own success or failure lines unless it
/// really is one, and nothing from the service may reorder or hide text.
fn assert_unforged(text: &str) {
    for line in text.lines() {
        assert!(
            !line.trim_start().starts_with("✓ Password changed"),
            "forged line: {line:?}\n{text}"
        );
    }
    for c in ['\u{202e}', '\u{2066}', '\u{200f}', '\u{61c}', '\x1b', '\r'] {
        assert!(!text.contains(c), "{c:?} reached the output:\n{text}");
    }
}

// ------------------------------------------------------------- 1. the policy

#[test]
fn impossible_policies_are_nonsense_and_never_hang_the_generator() {
    let policies = [
        json!({"min_length": 8, "max_length": 64, "min_character_classes": 5}),
        json!({"min_length": 8, "max_length": 3}),
        json!({"min_length": 1, "max_length": 3, "min_character_classes": 4}),
        json!({"min_length": 2_000_000_000u64, "max_length": 2_000_000_000u64}),
        json!({"min_length": 0, "max_length": 0}),
    ];
    for policy in policies {
        let p = policy.clone();
        let stub = Stub::start(move |seen, _| {
            if seen.path.ends_with("/policy") {
                Reply::json(200, p.clone())
            } else {
                good_v1(seen, 1, 0)
            }
        });
        let home = Home::new();
        let out = home.path().join("pw");
        for json_out in [false, true] {
            let mut args = with(
                v1_args(&stub.url),
                &["--generate", "--password-out", out.to_str().unwrap()],
            );
            if json_out {
                args = with(args, &["--output", "json"]);
            }
            let r = run(&home, &args, "123456\n");
            assert_eq!(r.code, 6, "{policy}: {r:?}");
            assert!(!r.stderr.contains("panicked"), "{r:?}");
            assert!(r.stderr.contains("nonsense"), "{policy}: {r:?}");
            assert!(r.stderr.contains("password policy"), "{r:?}");
            if json_out {
                let v = json_of(&r);
                assert_eq!(v["error"]["kind"], "service");
                assert_eq!(v["error"]["exit_code"], 6);
            }
        }
        assert_eq!(count_calls(&stub.requests(), "/password"), 0);
        assert!(!out.exists());
    }
}

#[test]
fn firebase_policy_of_four_billion_characters_is_nonsense() {
    for min in [json!(4e9), json!(4_000_000_000u64), json!(-3), json!("8")] {
        let m = min.clone();
        let stub = Stub::start(move |seen, _| {
            if seen.path.starts_with("/v2/passwordPolicy") {
                Reply::json(
                    200,
                    json!({"customStrengthOptions": {"minPasswordLength": m.clone()}}),
                )
            } else if seen.path.starts_with("/v1/accounts:sendOobCode") {
                Reply::json(200, json!({"email": USER}))
            } else {
                Reply::json(200, json!({"email": USER, "requestType": "PASSWORD_RESET"}))
            }
        });
        let home = Home::new();
        let out = home.path().join("pw");
        let args: Vec<String> = [
            "reset",
            "--provider",
            "firebase",
            "--api-key",
            "k",
            "--endpoint-url",
            &stub.url,
            "--user",
            USER,
            "--no-input",
            "--code-stdin",
            "--generate",
            "--password-out",
            out.to_str().unwrap(),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let r = run(&home, &args, "oob-code\n");
        assert_eq!(r.code, 6, "{min}: {r:?}");
        assert!(r.stderr.contains("password policy"), "{r:?}");
        assert!(!r.stderr.contains("panicked"), "{r:?}");
        assert!(!out.exists());
    }
}

// ------------------------------------------------------------- 2. a slow body

#[test]
fn timeout_bounds_a_body_that_drips_one_byte_a_second() {
    let stub = Stub::start(|seen, _| {
        let reply = good_v1(seen, 1, 0);
        if seen.path == "/v1/flows" {
            reply.dripping(Duration::from_secs(1))
        } else {
            reply
        }
    });
    let home = Home::new();
    for json_out in [false, true] {
        let mut args = with(v1_args(&stub.url), &["--timeout", "2s", "--password-stdin"]);
        if json_out {
            args = with(args, &["--output", "json"]);
        }
        let started = Instant::now();
        let r = run(&home, &args, &format!("123456\n{NEW_PASSWORD}\n"));
        let took = started.elapsed();
        assert_eq!(r.code, 6, "{r:?}");
        assert!(took < Duration::from_millis(3500), "took {took:?}: {r:?}");
        assert!(r.stderr.contains("did not answer within 2 s"), "{r:?}");
        if json_out {
            assert_eq!(json_of(&r)["error"]["exit_code"], 6);
        }
    }
}

// ------------------------------------------------------------- 3. success only when it says so

#[test]
fn only_complete_means_the_password_is_set() {
    for state in ["failed", "pending", ""] {
        let st = state.to_owned();
        let stub = Stub::start(move |seen, _| {
            if seen.path.ends_with("/password") {
                Reply::json(200, json!({"state": st.clone()}))
            } else {
                good_v1(seen, 1, 0)
            }
        });
        let home = Home::new();
        let out = home.path().join("pw");
        let args = with(
            v1_args(&stub.url),
            &[
                "--generate",
                "--password-out",
                out.to_str().unwrap(),
                "--output",
                "json",
            ],
        );
        let r = run(&home, &args, "123456\n");
        assert_eq!(r.code, 6, "{state}: {r:?}");
        assert!(!r.stderr.contains("Password changed"), "{r:?}");
        assert!(r.stderr.contains("may or may not be set"), "{r:?}");
        let v = json_of(&r);
        assert_eq!(v["status"], "error");
        let pending = format!("{}.pending", out.display());
        assert_eq!(v["password_pending_in"], json!([pending]), "{r:?}");
        assert!(std::path::Path::new(&pending).exists(), "kept pending");
        assert!(!out.exists(), "never marked confirmed");
    }
}

#[test]
fn a_problem_at_the_password_step_is_a_refusal_not_a_lost_answer() {
    let stub = Stub::start(|seen, _| {
        if seen.path.ends_with("/password") {
            Reply::problem(
                409,
                json!({"code": "gates_incomplete", "title": "Verification is not finished", "status": 409}),
            )
        } else {
            good_v1(seen, 1, 0)
        }
    });
    let home = Home::new();
    let out = home.path().join("pw");
    let args = with(
        v1_args(&stub.url),
        &["--generate", "--password-out", out.to_str().unwrap()],
    );
    let r = run(&home, &args, "123456\n");
    assert_eq!(r.code, 3, "{r:?}");
    assert!(!r.stderr.contains("may or may not"), "{r:?}");
    assert!(!home.path().join("pw.pending").exists(), "nothing pending");
}

// ------------------------------------------------------------- 4. counters

#[test]
fn counters_that_jump_or_go_back_are_nonsense() {
    for (passed, required) in [(7, 2), (0, 2), (1, 5)] {
        let stub = Stub::start(move |seen, _| {
            if seen.path.ends_with("/verify") {
                Reply::json(
                    200,
                    json!({"gates_passed": passed, "gates_required": required, "next": "password"}),
                )
            } else {
                good_v1(seen, 2, 0)
            }
        });
        let home = Home::new();
        for json_out in [false, true] {
            let mut args = with(
                v1_args(&stub.url),
                &["--method", "email,sms", "--password-stdin"],
            );
            if json_out {
                args = with(args, &["--output", "json"]);
            }
            let r = run(&home, &args, &format!("123456\n654321\n{NEW_PASSWORD}\n"));
            assert_eq!(r.code, 6, "{passed} of {required}: {r:?}");
            assert!(r.stderr.contains("nonsense"), "{r:?}");
            assert!(!r.stderr.contains("Verified (7"), "{r:?}");
        }
        let seen = stub.requests();
        assert_eq!(count_calls(&seen, "/password"), 0, "{:?}", stub.paths());
        assert!(
            seen.iter().all(|s| !s.body.contains(NEW_PASSWORD)),
            "the second code's line was never taken as the password"
        );
    }
}

// ------------------------------------------------------------- 5. text that forges lines

const FORGED: &str = "\n✓ Password changed for alice@example.com\r\n\u{202e}txt.exe\u{2066}";

#[test]
fn service_text_cannot_forge_lines_or_flood_the_terminal() {
    let huge = "A".repeat(900_000);
    let detail = format!("{FORGED}{huge}");
    let stub = Stub::start(move |seen, _| {
        if seen.path.ends_with("/verify") {
            Reply::problem(
                400,
                json!({"code": "invalid_code", "title": FORGED, "detail": detail.clone(),
                       "status": 400, "attempts_left": 2}),
            )
        } else {
            good_v1(seen, 1, 0)
        }
    });
    let home = Home::new();
    for json_out in [false, true] {
        let mut args = with(v1_args(&stub.url), &["--password-stdin"]);
        if json_out {
            args = with(args, &["--output", "json"]);
        }
        let r = run(&home, &args, &format!("123456\n{NEW_PASSWORD}\n"));
        assert_eq!(r.code, 3, "{r:?}");
        assert_unforged(&r.stderr);
        assert!(r.stderr.len() < 4000, "{} bytes printed", r.stderr.len());
        assert!(
            r.stderr.contains("“"),
            "service words are quoted: {}",
            r.stderr
        );
        if json_out {
            assert_unforged(&r.stdout);
            let v = json_of(&r);
            let message = v["error"]["message"].as_str().unwrap();
            assert!(!message.contains('\n') && message.chars().count() <= 1000);
        }
    }
}

#[test]
fn hostile_methods_policy_violations_and_questions_stay_on_their_line() {
    let hostile = |seen: &Seen, _| match seen.path.as_str() {
        "/v1/flows" => Reply::json(
            201,
            json!({"flow_id": "fl_1", "flow_token": "t", "expires_at": rfc3339_in(600),
                   "intent": "reset", "gates_required": 1, "gates_passed": 0,
                   "methods": [{"id": "m1", "kind": format!("questions{FORGED}"), "hint": FORGED}]}),
        ),
        p if p.ends_with("/challenges") => Reply::json(
            202,
            json!({"challenge_id": "c", "method": "m1", "kind": "questions",
                   "expires_at": rfc3339_in(600), "resend_after_s": 30, "attempts_left": 3,
                   "question": format!("Your pet?{FORGED}")}),
        ),
        p if p.ends_with("/policy") => Reply::json(
            200,
            json!({"min_length": 8, "max_length": 64,
                   "rules": [{"id": "x", "description": FORGED}]}),
        ),
        p if p.ends_with("/password") => Reply::problem(
            422,
            json!({"code": "password_rejected", "status": 422, "title": FORGED,
                   "violations": [{"rule": FORGED, "message": FORGED}]}),
        ),
        _ => good_v1(seen, 1, 0),
    };
    let stub = Stub::start(hostile);
    let home = Home::new();
    let args = with(v1_args(&stub.url), &["--password-stdin", "-v"]);
    let r = run(&home, &args, &format!("Rex\n{NEW_PASSWORD}\n"));
    assert_eq!(r.code, 4, "{r:?}");
    assert_unforged(&r.stderr);

    // At a terminal: the bytes that reach the screen (a service of its own, so that no flow
    // saved by the run above is offered).
    let stub = Stub::start(hostile);
    let mut p = pty(
        &home,
        &Args::new("reset")
            .url(&stub.url)
            .user(USER)
            .opt("--timeout", "5s")
            .as_strs(),
    );
    p.exp_string("(typing is hidden)").unwrap();
    p.send_line("Rex").unwrap();
    type_new_password(&mut p, NEW_PASSWORD);
    p.exp_string("refused that password").unwrap();
    // Refused by the service: asked again; leave with Ctrl-D.
    p.exp_string("New password (typing is hidden)").unwrap();
    p.send_control('d').unwrap();
    let (rest, _) = pty_finish(p);
    assert_unforged(&rest.replace("\r\n", "\n"));
}

#[test]
fn cognito_and_firebase_messages_are_cleaned_and_capped() {
    let huge_type = format!("aws.cognito#{}", "X".repeat(500_000));
    let cognito = Stub::start(move |seen, _| {
        let target = seen.header("x-amz-target").unwrap_or("").to_owned();
        if target.ends_with("ForgotPassword") && !target.ends_with("ConfirmForgotPassword") {
            Reply::json(
                200,
                json!({"CodeDeliveryDetails": {"DeliveryMedium": "EMAIL", "Destination": FORGED}}),
            )
        } else {
            Reply::with_type(
                400,
                "application/x-amz-json-1.1",
                json!({"__type": huge_type.clone(), "message": FORGED}).to_string(),
            )
        }
    });
    let home = Home::new();
    let args: Vec<String> = [
        "reset",
        "--provider",
        "cognito",
        "--client-id",
        "c",
        "--endpoint-url",
        &cognito.url,
        "--user",
        USER,
        "--no-input",
        "--code-stdin",
        "--password-stdin",
        "--output",
        "json",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let r = run(&home, &args, &format!("123456\n{NEW_PASSWORD}\n"));
    assert_eq!(r.code, 6, "{r:?}");
    assert_unforged(&r.stderr);
    assert_unforged(&r.stdout);
    assert!(r.stderr.len() < 4000 && r.stdout.len() < 4000, "{r:?}");

    let firebase = Stub::start(|_, _| {
        Reply::json(
            400,
            json!({"error": {"code": 400, "message": format!("WEIRD_THING : {FORGED}")}}),
        )
    });
    let args: Vec<String> = [
        "reset",
        "--provider",
        "firebase",
        "--api-key",
        "k",
        "--endpoint-url",
        &firebase.url,
        "--user",
        USER,
        "--no-input",
        "--code-stdin",
        "--password-stdin",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let r = run(&home, &args, &format!("x\n{NEW_PASSWORD}\n"));
    assert_eq!(r.code, 6, "{r:?}");
    assert_unforged(&r.stderr);
}

// ------------------------------------------------------------- 6. and 7. rate limits

#[test]
fn rate_limits_at_a_terminal_give_up_after_three_waits() {
    let stub = Stub::start(|_, _| {
        Reply::problem(
            429,
            json!({"code": "rate_limited", "title": "Slow down", "status": 429}),
        )
        .header("Retry-After", "1")
    });
    let home = Home::new();
    let p = pty(
        &home,
        &Args::new("reset")
            .opt("--provider", "pwreset")
            .url(&stub.url)
            .user(USER)
            .opt("--timeout", "5s")
            .as_strs(),
    );
    let (rest, code) = pty_finish(p);
    assert_eq!(code, 5, "{rest}");
    assert_eq!(
        stub.requests().len(),
        4,
        "one try and three retries: {rest}"
    );
}

#[test]
fn every_http_429_is_a_rate_limit_whatever_its_body() {
    let home = Home::new();
    // protocol v1 behind a proxy that answers in plain text
    let plain = Stub::start(|_, _| {
        Reply::with_type(429, "text/plain", "slow down").header("Retry-After", "7")
    });
    let r = run(
        &home,
        &with(
            v1_args(&plain.url),
            &["--password-stdin", "--output", "json"],
        ),
        "",
    );
    assert_eq!(r.code, 5, "{r:?}");
    assert_eq!(json_of(&r)["error"]["retry_after_s"], 7);

    // Cognito: ThrottlingException (HTTP 400) and a bare 429
    for (status, body) in [
        (
            400,
            json!({"__type": "ThrottlingException", "message": "Rate exceeded"}),
        ),
        (429, json!({})),
    ] {
        let b = body.clone();
        let stub = Stub::start(move |_, _| {
            Reply::with_type(status, "application/x-amz-json-1.1", b.to_string())
        });
        let args: Vec<String> = [
            "reset",
            "--provider",
            "cognito",
            "--client-id",
            "c",
            "--endpoint-url",
            &stub.url,
            "--user",
            USER,
            "--no-input",
            "--code-stdin",
            "--password-stdin",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let r = run(&home, &args, "");
        assert_eq!(r.code, 5, "{status} {body}: {r:?}");
    }

    // Firebase: 429 RESOURCE_EXHAUSTED
    let stub = Stub::start(|_, _| {
        Reply::json(
            429,
            json!({"error": {"code": 429, "message": "RESOURCE_EXHAUSTED", "status": "RESOURCE_EXHAUSTED"}}),
        )
        .header("Retry-After", "30")
    });
    let args: Vec<String> = [
        "reset",
        "--provider",
        "firebase",
        "--api-key",
        "k",
        "--endpoint-url",
        &stub.url,
        "--user",
        USER,
        "--no-input",
        "--code-stdin",
        "--password-stdin",
        "--output",
        "json",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let r = run(&home, &args, "");
    assert_eq!(r.code, 5, "{r:?}");
    assert_eq!(json_of(&r)["error"]["retry_after_s"], 30);
}

// ------------------------------------------------------------- 8. ids in paths

#[test]
fn ids_are_encoded_as_one_path_segment_and_dot_segments_refused() {
    for (id, expected) in [
        ("a b", Some("/v1/flows/a%20b/challenges")),
        ("50%", Some("/v1/flows/50%25/challenges")),
        ("x/../../v1", Some("/v1/flows/x%2F..%2F..%2Fv1/challenges")),
        ("..", None),
        (".", None),
        ("", None),
    ] {
        let flow_id = id.to_owned();
        let stub = Stub::start(move |seen, _| {
            if seen.path == "/v1/flows" {
                Reply::json(
                    201,
                    json!({"flow_id": flow_id.clone(), "flow_token": "ft_secret",
                           "expires_at": rfc3339_in(600), "intent": "reset",
                           "gates_required": 1, "gates_passed": 0,
                           "methods": [{"id": "m1", "kind": "email", "hint": "a***"}]}),
                )
            } else {
                good_v1(seen, 1, 0)
            }
        });
        let home = Home::new();
        let r = run(
            &home,
            &with(v1_args(&stub.url), &["--password-stdin"]),
            &format!("123456\n{NEW_PASSWORD}\n"),
        );
        let paths = stub.paths();
        match expected {
            Some(path) => {
                assert_eq!(r.code, 0, "{id:?}: {r:?}");
                assert_eq!(paths[1], format!("POST {path}"), "{id:?}");
            }
            None => {
                assert_eq!(r.code, 6, "{id:?}: {r:?}");
                assert_eq!(
                    paths,
                    ["POST /v1/flows"],
                    "{id:?}: the token went nowhere else"
                );
            }
        }
    }
}

// ------------------------------------------------------------- 9. absurd values

#[test]
fn absurd_values_are_nonsense_not_shown() {
    let cases = [
        json!({"code_length": 1_000_000_000u64}),
        json!({"code_length": 0}),
        json!({"expires_at": "9999-01-01T00:00:00Z"}),
        json!({"expires_at": "soon"}),
        json!({"resend_after_s": 10_000_000u64}),
        json!({"attempts_left": 4_000_000u64}),
        json!({"challenge_id": ""}),
    ];
    for patch in cases {
        let p = patch.clone();
        let stub = Stub::start(move |seen, n| {
            let reply = good_v1(seen, 1, 0);
            if !seen.path.ends_with("/challenges") {
                return reply;
            }
            let mut body: Value = json!({"challenge_id": "ch", "method": "m1", "kind": "email",
                "code_length": 6, "expires_at": rfc3339_in(600), "resend_after_s": 30,
                "attempts_left": 3});
            for (k, v) in p.as_object().unwrap() {
                body[k] = v.clone();
            }
            let _ = n;
            Reply::json(202, body)
        });
        let home = Home::new();
        let r = run(
            &home,
            &with(v1_args(&stub.url), &["--password-stdin"]),
            &format!("123456\n{NEW_PASSWORD}\n"),
        );
        assert_eq!(r.code, 6, "{patch}: {r:?}");
        assert!(r.stderr.contains("nonsense"), "{r:?}");
        assert!(!r.stderr.contains("37921121"), "{r:?}");
        assert_eq!(count_calls(&stub.requests(), "/verify"), 0);
    }
    // A flow that lives for centuries is nonsense too.
    let stub = Stub::start(|seen, _| {
        if seen.path == "/v1/flows" {
            Reply::json(
                201,
                json!({"flow_id": "f", "flow_token": "t", "expires_at": "9999-12-31T00:00:00Z",
                       "intent": "reset", "gates_required": 1, "gates_passed": 0, "methods": []}),
            )
        } else {
            good_v1(seen, 1, 0)
        }
    });
    let home = Home::new();
    let r = run(&home, &with(v1_args(&stub.url), &["--password-stdin"]), "");
    assert_eq!(r.code, 6, "{r:?}");
}

// ------------------------------------------------------------- the wrong service, or no TLS

#[test]
fn a_web_page_is_not_a_reset_service_and_a_plain_port_is_not_tls() {
    let page = Stub::start(|_, _| Reply::with_type(404, "text/html", "<h1>Not Found</h1>"));
    let home = Home::new();
    for json_out in [false, true] {
        let mut args = with(v1_args(&page.url), &["--password-stdin"]);
        if json_out {
            args = with(args, &["--output", "json"]);
        }
        let r = run(&home, &args, "");
        assert_eq!(r.code, 6, "{r:?}");
        assert!(
            r.stderr
                .contains("does not look like a pwreset protocol service"),
            "{r:?}"
        );
        assert!(
            r.stderr.contains(&format!("{}/v1/flows", page.url)),
            "names the URL: {r:?}"
        );
        assert!(r.stderr.contains("--provider"), "{r:?}");
        assert!(
            !r.stderr.contains("report"),
            "a 404 is no bug report: {r:?}"
        );
        if json_out {
            assert_eq!(json_of(&r)["error"]["code"], "not_a_reset_service");
        }
    }
    // A base URL that already ends in /v1.
    let r = run(
        &home,
        &with(v1_args(&format!("{}/v1", page.url)), &["--password-stdin"]),
        "",
    );
    assert!(r.stderr.contains("drop the trailing /v1"), "{r:?}");

    // https:// to a port that speaks plain HTTP: the cause is named.
    let plain = Stub::start(|seen, _| good_v1(seen, 1, 0));
    let tls_url = plain.url.replace("http://", "https://");
    let r = run(
        &home,
        &with(v1_args(&tls_url), &["--password-stdin", "--output", "json"]),
        "",
    );
    assert_eq!(r.code, 6, "{r:?}");
    assert!(r.stderr.contains("does not speak TLS"), "{r:?}");
    assert!(r.stderr.contains(&plain.url), "suggests http://: {r:?}");
    assert_eq!(json_of(&r)["error"]["code"], "not_tls");
}
