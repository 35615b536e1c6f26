//! Scripted self-recovery (no terminal, as in CI): every code and password source, the
//! never-lose rule for generated passwords, the keyring (real Linux keyutils, in a session
//! keyring of this test process), `--resume` after `kill -9` and after a lost answer, and one
//! JSON object on stdout for success and for every failure class.

use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::*;
use serde_json::Value;

pub(crate) const SVC: &str = "svc@example.com";
pub(crate) const SVC_TOTP: &str = "KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF";
const ALICE_TOTP: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

fn json(run: &Run) -> Value {
    let lines: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(lines.len(), 1, "exactly one JSON object on stdout: {run:?}");
    serde_json::from_str(lines[0]).unwrap_or_else(|e| panic!("not JSON ({e}): {run:?}"))
}

fn host(server_url: &str) -> String {
    format!("pwreset:{}", server_url.trim_start_matches("http://"))
}

/// A `--code-command` that reads the latest code of `kind` for `user` from the dev outbox,
/// as a script polling a mailbox API would.
fn outbox_command(server: &DevServer, user: &str, kind: &str) -> String {
    format!(
        "python3 -c \"import json,urllib.request; print([e for e in json.load(urllib.request.urlopen('{}/_dev/outbox?user={user}')) if e['kind']=='{kind}'][-1]['code'])\"",
        server.url
    )
}

#[test]
fn readme_ci_example_rotates_a_service_account_password_into_the_keyring() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let out = home
        .cmd(&[
            "reset",
            "--no-input",
            "--url",
            &server.url,
            "--user",
            SVC,
            "--method",
            "totp",
            "--totp-secret-env",
            "SVC_TOTP",
            "--generate",
            "--save-to-keyring",
            "--output",
            "json",
        ])
        .env("CI", "true")
        .env("SVC_TOTP", SVC_TOTP)
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 0, "{run:?}");
    let v = json(&run);
    assert_eq!(v["status"], "reset");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["methods_used"], serde_json::json!(["totp"]));
    let place = format!("keyring:{}/{SVC}", host(&server.url));
    assert_eq!(v["password_stored_in"], serde_json::json!([place]));
    let password = keyring_get(&host(&server.url), SVC).expect("the password is in the keyring");
    assert!(password.len() >= 20, "generated length {}", password.len());
    assert_eq!(
        server.login(SVC, &password),
        200,
        "the stored password is the one that was set"
    );
    assert_eq!(server.login(SVC, "service account first secret"), 401);
    assert!(
        keyring_get(&host(&server.url), &format!("{SVC}#pending")).is_none(),
        "pending marker left behind"
    );
    assert!(
        keyring_get(&host(&server.url), &format!("{SVC}#flow")).is_none(),
        "flow state left behind"
    );
    assert!(
        !run.stderr.contains(&password) && !run.stdout.contains(&password),
        "the password was printed"
    );
}

#[test]
fn codes_then_password_from_stdin_in_gate_order() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut child = start_piped(
        &mut home.cmd_args(
            &Args::new("reset")
                .url(&server.url)
                .user(ALICE)
                .opt("--method", "email")
                .opt("--method", "sms")
                .flag("--code-stdin")
                .flag("--password-stdin")
                .json(),
        ),
    );
    let mut stdin = child.stdin.take().unwrap();
    let wait_for = |kind: &str| {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(e) = server.outbox(ALICE).iter().find(|e| e["kind"] == kind) {
                return e["code"].as_str().unwrap().to_owned();
            }
            assert!(Instant::now() < deadline, "no {kind} code");
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    let email = wait_for("email");
    // Typed the way people copy codes: with a space and a dash.
    writeln!(stdin, " {}-{} ", &email[..3], &email[3..]).unwrap();
    let sms = wait_for("sms");
    writeln!(stdin, "{sms}").unwrap();
    writeln!(stdin, "violet orbit staple 42").unwrap();
    drop(stdin);
    let run = Run::from(child.wait_with_output().unwrap());
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        json(&run)["methods_used"],
        serde_json::json!(["email", "sms"])
    );
    assert_eq!(server.login(ALICE, "violet orbit staple 42"), 200);
}

#[test]
fn code_file_and_totp_secret_env_and_password_file() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let codes = home.write("codes.txt", "rex\n");
    let pw = home.write("pw.txt", "violet orbit staple 42\n");
    std::fs::set_permissions(&pw, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let out = home
        .cmd(&[
            "reset",
            "--url",
            &server.url,
            "--user",
            ALICE,
            "--method",
            "questions",
            "--method",
            "totp",
            "--code-file",
            codes.to_str().unwrap(),
            "--totp-secret-env",
            "MY_TOTP",
            "--password-file",
            pw.to_str().unwrap(),
        ])
        .env("MY_TOTP", ALICE_TOTP)
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(server.login(ALICE, "violet orbit staple 42"), 200);
}

#[test]
fn group_readable_password_file_is_refused() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let pw = home.write("pw.txt", "violet orbit staple 42\n");
    std::fs::set_permissions(&pw, std::os::unix::fs::PermissionsExt::from_mode(0o640)).unwrap();
    let out = home
        .cmd(&[
            "reset",
            "--url",
            &server.url,
            "--user",
            SVC,
            "--totp-secret-env",
            "T",
            "--password-file",
            pw.to_str().unwrap(),
        ])
        .env("T", SVC_TOTP)
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("readable by others (mode 640)"),
        "{run:?}"
    );
    assert!(run.stderr.contains("chmod 600"), "{run:?}");
    assert_eq!(server.count_requests("/password"), 0);
}

#[test]
fn code_command_failure_and_timeout_are_clear() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let run = home.run_args(
        &Args::new("reset")
            .url(&server.url)
            .user("solo@example.com")
            .opt("--code-command", "sh -c 'echo no mail >&2; exit 4'")
            .flag("--password-stdin"),
    );
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stderr
            .contains("--code-command failed (exit status: 4)"),
        "{run:?}"
    );
    assert!(
        run.stderr.contains("no mail"),
        "the command's stderr is passed through: {run:?}"
    );
    let started = Instant::now();
    let run = home.run_args(
        &Args::new("unlock")
            .url(&server.url)
            .user("bob@example.com")
            .opt("--code-command", "sleep 30")
            .opt("--code-command-timeout", "1s"),
    );
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stderr.contains("did not print a code within 1 s"),
        "{run:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the command was not stopped"
    );
    // No shell: metacharacters reach the program as plain arguments.
    let marker = home.path().join("injected");
    let cmd = format!("echo 123456; touch {}", marker.display());
    let run = home.run_args(
        &Args::new("unlock")
            .url(&server.url)
            .user("bob@example.com")
            .opt("--code-command", &cmd),
    );
    assert_eq!(run.code, 3, "{run:?}");
    assert!(!marker.exists(), "--code-command went through a shell");
}

#[test]
fn code_command_sees_the_gate_and_method() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let log = home.path().join("env.log");
    let cmd = format!(
        "sh -c 'echo $PWRESET_GATE $PWRESET_METHOD_KIND $PWRESET_METHOD_HINT >> {}; {}'",
        log.display(),
        outbox_command(&server, "bob@example.com", "email").replace('\'', "'\\''")
    );
    let run = home.run_args(
        &Args::new("unlock")
            .url(&server.url)
            .user("bob@example.com")
            .opt("--code-command", &cmd),
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        std::fs::read_to_string(&log).unwrap().trim(),
        "1 email b***@e******.com"
    );
    assert_eq!(
        server.login("bob@example.com", "bobs quiet harbour lantern"),
        200,
        "unlocked"
    );
}

#[test]
fn missing_inputs_and_bad_methods_name_the_flag() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let cases: &[(&[&str], &str)] = &[
        (&["reset", "--url", &server.url], "--user"),
        (
            &["reset", "--url", &server.url, "--user", ALICE],
            "--code-stdin",
        ),
        (
            &[
                "reset",
                "--url",
                &server.url,
                "--user",
                ALICE,
                "--code-stdin",
            ],
            "--password-stdin",
        ),
        (
            &[
                "reset",
                "--url",
                &server.url,
                "--user",
                ALICE,
                "--code-stdin",
                "--generate",
            ],
            "--save-to-keyring or --password-out",
        ),
        (
            &[
                "reset",
                "--url",
                &server.url,
                "--user",
                ALICE,
                "--code-stdin",
                "--password-stdin",
                "--save-to-keyring",
            ],
            "add --generate",
        ),
    ];
    for (args, flag) in cases {
        let run = home.run(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(
            run.stderr.contains(flag),
            "{args:?} should name {flag}: {run:?}"
        );
    }
    assert!(
        server.requests().is_empty(),
        "a usage error reached the service: {:?}",
        server.requests()
    );
    // Which method: known only once the service answers, still before any code is sent.
    let run = home.run_args(
        &Args::new("reset")
            .url(&server.url)
            .user(ALICE)
            .flag("--code-stdin")
            .flag("--password-stdin"),
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("--method KIND or ID") && run.stderr.contains("a****@e******.com"),
        "{run:?}"
    );
    let run = home.run_args(
        &Args::new("reset")
            .url(&server.url)
            .user(ALICE)
            .opt("--method", "pigeon")
            .flag("--code-stdin")
            .flag("--password-stdin"),
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("--method pigeon is not available")
            && run.stderr.contains("+39********12"),
        "{run:?}"
    );
    assert!(server.outbox(ALICE).is_empty());
}

#[test]
fn generated_password_file_is_0600_and_never_overwritten() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let out_file = home.path().join("svc.pw");
    let args = |f: &str| -> Vec<String> {
        [
            "reset",
            "--url",
            &server.url,
            "--user",
            SVC,
            "--totp-secret-env",
            "T",
            "--generate=32",
            "--password-out",
            f,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let out = home
        .cmd(&[])
        .args(args(out_file.to_str().unwrap()))
        .env("T", SVC_TOTP)
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 0, "{run:?}");
    let meta = std::fs::metadata(&out_file).unwrap();
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o777,
        0o600
    );
    let password = std::fs::read_to_string(&out_file)
        .unwrap()
        .trim()
        .to_owned();
    assert_eq!(password.chars().count(), 32);
    assert_eq!(server.login(SVC, &password), 200);
    // A second rotation must not clobber the first file.
    let out = home
        .cmd(&[])
        .args(args(out_file.to_str().unwrap()))
        .env("T", SVC_TOTP)
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("already exists") && run.stderr.contains("--force-overwrite"),
        "{run:?}"
    );
    assert_eq!(std::fs::read_to_string(&out_file).unwrap().trim(), password);
}

#[test]
fn kill_9_between_gates_then_resume_finishes() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    // Gate 1 passes with the email code; the command for gate 2 kills pwreset outright.
    let killer = format!(
        "sh -c 'if [ \"$PWRESET_GATE\" = 2 ]; then kill -9 $PPID; sleep 5; fi; {}'",
        outbox_command(&server, ALICE, "email").replace('\'', "'\\''")
    );
    let run = home.run_args(
        &Args::new("reset")
            .url(&server.url)
            .user(ALICE)
            .opt("--method", "email")
            .opt("--method", "sms")
            .opt("--code-command", &killer)
            .flag("--password-stdin"),
    );
    assert_eq!(run.code, -1, "killed by signal: {run:?}");
    assert!(run.stderr.contains("Step 1 of 2 verified"), "{run:?}");
    assert!(
        keyring_get(&host(&server.url), &format!("{ALICE}#flow")).is_some(),
        "flow kept in the keyring"
    );
    // Resume: the SMS challenge already sent is reused, not sent again.
    let sms = server.latest_code(ALICE, "sms");
    let child = start_piped(
        &mut home.cmd_args(
            &Args::new("reset")
                .flag("--resume")
                .url(&server.url)
                .user(ALICE)
                .opt("--method", "email")
                .opt("--method", "sms")
                .flag("--code-stdin")
                .flag("--password-stdin")
                .json(),
        ),
    );
    let run = feed(child, &format!("{sms}\nviolet orbit staple 42\n"));
    assert_eq!(run.code, 0, "{run:?}");
    let v = json(&run);
    assert_eq!(
        (v["resumed"].as_bool(), v["gates"]["passed"].as_u64()),
        (Some(true), Some(2))
    );
    assert_eq!(
        server.count_requests("/challenges -> 202"),
        2,
        "a challenge was sent twice"
    );
    assert_eq!(server.login(ALICE, "violet orbit staple 42"), 200);
    assert!(keyring_get(&host(&server.url), &format!("{ALICE}#flow")).is_none());
}

#[test]
fn lost_answer_keeps_the_generated_password_and_resume_settles_it() {
    let server = DevServer::start(&[]);
    let proxy = FaultProxy::start(&server.url, "/password", 1);
    let home = Home::new();
    let out_file = home.path().join("svc.pw");
    let args = [
        "reset",
        "--url",
        &proxy.url,
        "--user",
        SVC,
        "--totp-secret-env",
        "T",
        "--generate",
        "--password-out",
        out_file.to_str().unwrap(),
        "--save-to-keyring",
        "--output",
        "json",
    ];
    let out = home.cmd(&args).env("T", SVC_TOTP).output().unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 6, "{run:?}");
    let v = json(&run);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("may or may not be set"),
        "{v}"
    );
    assert!(
        v["error"]["hint"].as_str().unwrap().contains("--resume"),
        "{v}"
    );
    let pending_file = home.path().join("svc.pw.pending");
    assert_eq!(v["password_pending_in"].as_array().unwrap().len(), 2, "{v}");
    assert!(
        !out_file.exists() && pending_file.exists(),
        "FILE.pending until confirmed"
    );
    let pending = std::fs::read_to_string(&pending_file)
        .unwrap()
        .trim()
        .to_owned();
    let proxy_host = host(&proxy.url);
    assert_eq!(
        keyring_get(&proxy_host, &format!("{SVC}#pending")).as_deref(),
        Some(pending.as_str())
    );
    assert!(keyring_get(&proxy_host, SVC).is_none(), "not confirmed yet");
    // The server did set it: the pending password is the real one.
    assert_eq!(server.login(SVC, &pending), 200);
    // A new run may not overwrite it (its outcome is unknown) and points at --resume.
    let out = home.cmd(&args).env("T", SVC_TOTP).output().unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains(&format!(
            "An interrupted reset for {SVC} is saved (the new password was sent, the answer was lost)"
        )) && run.stderr.contains("pass --resume"),
        "{run:?}"
    );
    let v = json(&run);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("holds a pending password from an interrupted run"),
        "{v}"
    );
    assert_eq!(
        keyring_get(&proxy_host, &format!("{SVC}#pending")).as_deref(),
        Some(pending.as_str()),
        "the refused run left the pending password alone"
    );
    // --resume repeats the same submission with the same Idempotency-Key: settled, not changed.
    let out = home.cmd(&args).arg("--resume").output().unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(json(&run)["status"], "reset");
    assert_eq!(std::fs::read_to_string(&out_file).unwrap().trim(), pending);
    assert!(!pending_file.exists());
    assert_eq!(
        keyring_get(&proxy_host, SVC).as_deref(),
        Some(pending.as_str())
    );
    assert!(keyring_get(&proxy_host, &format!("{SVC}#pending")).is_none());
    assert_eq!(server.login(SVC, &pending), 200);
    assert_eq!(
        server.count_requests("/password -> 200"),
        2,
        "original and idempotent replay"
    );
}

#[test]
fn without_a_keyring_the_error_names_the_alternatives_and_a_flow_file_works() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let out = home
        .cmd(&[
            "reset",
            "--url",
            &server.url,
            "--user",
            SVC,
            "--totp-secret-env",
            "T",
            "--generate",
            "--save-to-keyring",
        ])
        .env("T", SVC_TOTP)
        .env("PWRESET_KEYRING", "none")
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("keyring is not usable")
            && run.stderr.contains("--password-out")
            && run.stderr.contains("--insecure-flow-file"),
        "{run:?}"
    );
    assert_eq!(
        server.count_requests("/v1/flows ->"),
        0,
        "nothing sent before the keyring was known usable"
    );
    // The explicit file store carries a flow across kill -9.
    let flow_file = home.path().join("flow.json");
    let killer = "sh -c 'kill -9 $PPID; sleep 5'";
    let base = [
        "unlock",
        "--url",
        &server.url,
        "--user",
        "bob@example.com",
        "--insecure-flow-file",
        flow_file.to_str().unwrap(),
    ];
    let out = home
        .cmd(&base)
        .args(["--code-command", killer])
        .env("PWRESET_KEYRING", "none")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), None, "killed");
    let meta = std::fs::metadata(&flow_file).unwrap();
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o777,
        0o600
    );
    let code = server.latest_code("bob@example.com", "email");
    let out = home
        .cmd(&base)
        .args(["--resume", "--code-file"])
        .arg(home.write("c", &code))
        .env("PWRESET_KEYRING", "none")
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!flow_file.exists(), "flow file removed when done");
    assert_eq!(
        server.login("bob@example.com", "bobs quiet harbour lantern"),
        200
    );
}

/// A failure in scripted mode: its exit code, and exactly one JSON object on stdout that says
/// the same, with its kind and a message.
fn failure_json(run: &Run, code: i32, kind: &str) -> Value {
    assert_eq!(run.code, code, "{run:?}");
    let v = json(run);
    assert_eq!(v["status"], "error", "{v}");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["error"]["exit_code"], code);
    assert_eq!(v["error"]["kind"], kind, "{v}");
    assert!(v["error"]["message"]
        .as_str()
        .is_some_and(|m| !m.is_empty()));
    v
}

/// Runs `args` with `stdin` typed into it.
fn run_with_input(home: &Home, args: &Args, env: &[(&str, &str)], stdin: &str) -> Run {
    let mut cmd = home.cmd_args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    feed(start_piped(&mut cmd), stdin)
}

#[test]
fn json_failure_usage_is_exit_2() {
    let server = DevServer::start(&[]);
    let run = Home::new().run_args(&Args::new("reset").url(&server.url).json());
    failure_json(&run, 2, "usage");
}

#[test]
fn json_failure_wrong_code_is_exit_3_without_a_reprompt() {
    let server = DevServer::start(&[]);
    let args = Args::new("unlock")
        .url(&server.url)
        .user("bob@example.com")
        .flag("--code-stdin")
        .json();
    let run = run_with_input(&Home::new(), &args, &[], "000000\n");
    let v = failure_json(&run, 3, "verification");
    assert_eq!(v["error"]["code"], "invalid_code");
}

#[test]
fn json_failure_local_password_refusal_is_exit_4_and_nothing_is_sent() {
    let server = DevServer::start(&[]);
    let args = Args::new("reset")
        .url(&server.url)
        .user(SVC)
        .opt("--totp-secret-env", "T")
        .flag("--password-stdin")
        .json();
    let run = run_with_input(&Home::new(), &args, &[("T", SVC_TOTP)], "password123\n");
    let v = failure_json(&run, 4, "password_rejected");
    assert!(
        v["error"]["violations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["rule"] == "not_common"),
        "{v}"
    );
    assert_eq!(server.count_requests("/password ->"), 0);
}

#[test]
fn json_failure_rate_limit_is_exit_5_with_the_wait() {
    let server = DevServer::start(&["--flows-per-user", "3"]);
    let home = Home::new();
    for _ in 0..3 {
        home.run_args(
            &Args::new("methods")
                .url(&server.url)
                .user("eve@example.com"),
        );
    }
    let args = Args::new("unlock")
        .url(&server.url)
        .user("eve@example.com")
        .flag("--code-stdin")
        .json();
    let v = failure_json(&home.run_args(&args), 5, "rate_limited");
    assert!(v["error"]["retry_after_s"].as_u64().unwrap() > 0);
}

#[test]
fn json_failure_unreachable_service_is_exit_6() {
    let run = Home::new().run_args(&Args::new("policy").url("http://127.0.0.1:9").json());
    failure_json(&run, 6, "service");
}

#[test]
fn json_failure_nothing_to_resume_is_exit_7() {
    let server = DevServer::start(&[]);
    let args = Args::new("unlock")
        .url(&server.url)
        .user("carol")
        .flag("--code-stdin")
        .flag("--resume")
        .json();
    failure_json(&Home::new().run_args(&args), 7, "flow_expired");
}

#[test]
fn json_failure_acting_for_someone_else_is_exit_10() {
    let run = Home::new().run_args(&Args::new("reset").json().opt("--as", "bob"));
    failure_json(&run, 10, "refused");
}

/// SIGINT while a code command runs: exit 130, and the code command is stopped with the run.
#[test]
fn sigint_during_a_code_command_is_exit_130_and_stops_the_command() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let args = Args::new("unlock")
        .url(&server.url)
        .user("bob@example.com")
        .opt("--code-command", "sleep 20")
        .json();
    let mut child = home
        .cmd_args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Ready once the code was sent and the code command runs.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let children = format!("/proc/{0}/task/{0}/children", child.id());
    let code_command: u32 = loop {
        let running = std::fs::read_to_string(&children).unwrap_or_default();
        if !server.outbox("bob@example.com").is_empty() {
            if let Some(pid) = running.split_whitespace().next() {
                break pid.parse().unwrap();
            }
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the code command never ran"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    rustix::process::kill_process(
        rustix::process::Pid::from_raw(child.id() as i32).unwrap(),
        rustix::process::Signal::INT,
    )
    .unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(130));
    // The code command does not outlive the run (`sleep 20` would run on for 20 s).
    let stopped_by = std::time::Instant::now() + Duration::from_secs(5);
    let state = format!("/proc/{code_command}/stat");
    while std::fs::read_to_string(&state).is_ok_and(|s| !s.contains(") Z ")) {
        assert!(
            std::time::Instant::now() < stopped_by,
            "the code command outlived the stopped run"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn unwritable_stdout_is_exit_1() {
    let server = DevServer::start(&[]);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Home::new()
        .cmd_args(&Args::new("policy").url(&server.url).json())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn success_json_schema_is_stable() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let out = home
        .cmd(&[
            "unlock",
            "--url",
            &server.url,
            "--user",
            "bob@example.com",
            "--code-command",
            &outbox_command(&server, "bob@example.com", "email"),
            "--output",
            "json",
        ])
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 0, "{run:?}");
    let v = json(&run);
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "gates",
            "methods_used",
            "notified",
            "password_stored_in",
            "provider",
            "resumed",
            "schema_version",
            "service",
            "status",
            "user",
            "was_locked"
        ]
    );
    assert_eq!(v["status"], "unlocked");
    assert_eq!(v["was_locked"], true);
    assert_eq!(v["notified"], true, "the dev-server tells the owner");
    assert!(
        run.stderr.contains("verified"),
        "human text goes to stderr: {run:?}"
    );
}

/// A code from a script that cannot be right is refused before it is sent (exit 3).
#[test]
fn a_malformed_scripted_code_is_refused_before_it_is_sent() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    for json_out in [false, true] {
        let mut args = vec![
            "reset",
            "--url",
            &server.url,
            "--user",
            "solo@example.com",
            "--no-input",
            "--code-stdin",
            "--password-stdin",
        ];
        if json_out {
            args.extend(["--output", "json"]);
        }
        let run = feed(
            start_piped(&mut home.cmd(&args)),
            "12345\nviolet staple orbit 42\n",
        );
        assert_eq!(run.code, 3, "{run:?}");
        assert!(
            run.stderr.contains("That's 5 digits; the code has 6"),
            "{run:?}"
        );
    }
    assert_eq!(server.count_requests("/verify"), 0);
}

/// After "it may or may not be set", `pwreset pending` settles the kept password: confirmed
/// (it becomes the password in the keyring and FILE) or discarded; in human and JSON form.
#[test]
fn pending_passwords_are_listed_confirmed_and_discarded() {
    use std::sync::atomic::{AtomicBool, Ordering};
    // The answer to each run's first password submission is lost.
    let lose_next = std::sync::Arc::new(AtomicBool::new(true));
    let lose = lose_next.clone();
    let stub = Stub::start(move |seen, _| {
        if seen.path.ends_with("/password") && lose.swap(false, Ordering::SeqCst) {
            return Reply::with_type(502, "text/html", "<h1>Bad gateway</h1>");
        }
        good_v1(seen, 1, 0)
    });
    let home = Home::new();
    let out = home.path().join("svc.pw");
    let out_s = out.to_str().unwrap().to_owned();
    let user = "pending@example.com";
    let lost_run = || {
        lose_next.store(true, Ordering::SeqCst);
        let run = Run::from(
            home.cmd_args(
                &Args::new("reset")
                    .url(&stub.url)
                    .user(user)
                    .flag("--code-stdin")
                    .flag("--generate")
                    .flag("--save-to-keyring")
                    .opt("--password-out", &out_s)
                    .flag("--force-overwrite"),
            )
            .stdin(Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                c.stdin.take().unwrap().write_all(b"123456\n")?;
                c.wait_with_output()
            })
            .unwrap(),
        );
        assert_eq!(run.code, 6, "{run:?}");
        std::fs::read_to_string(format!("{out_s}.pending"))
            .unwrap()
            .trim()
            .to_owned()
    };
    let pending_cmd = |action: &str, json: bool| {
        let mut args = vec![
            "pending",
            action,
            "--url",
            &stub.url,
            "--user",
            user,
            "--password-out",
            &out_s,
        ];
        if json {
            args.extend(["--output", "json"]);
        }
        home.run(&args)
    };

    let kept = lost_run();
    let listed = pending_cmd("list", true);
    assert_eq!(listed.code, 0, "{listed:?}");
    let v: Value = serde_json::from_str(listed.stdout.trim()).unwrap();
    assert_eq!(v["status"], "pending");
    assert_eq!(v["pending_in"].as_array().unwrap().len(), 2, "{v}");
    let human = pending_cmd("list", false);
    assert!(
        human.stderr.contains("pwreset pending confirm"),
        "{human:?}"
    );
    let confirmed = pending_cmd("confirm", true);
    assert_eq!(confirmed.code, 0, "{confirmed:?}");
    let v: Value = serde_json::from_str(confirmed.stdout.trim()).unwrap();
    assert_eq!(v["status"], "confirmed");
    assert_eq!(std::fs::read_to_string(&out).unwrap().trim(), kept);
    assert!(!std::path::Path::new(&format!("{out_s}.pending")).exists());
    let service = host(&stub.url);
    assert_eq!(keyring_get(&service, user).as_deref(), Some(kept.as_str()));
    assert!(keyring_get(&service, &format!("{user}#pending")).is_none());
    assert!(
        keyring_get(&service, &format!("{user}#flow")).is_none(),
        "the flow is settled"
    );
    let none = pending_cmd("list", true);
    assert_eq!(
        serde_json::from_str::<Value>(none.stdout.trim()).unwrap()["status"],
        "none"
    );

    // Another lost answer; this time the password was not set: discard it.
    std::fs::remove_file(&out).unwrap();
    lost_run();
    let discarded = pending_cmd("discard", false);
    assert_eq!(discarded.code, 0, "{discarded:?}");
    assert!(discarded.stderr.contains("forgotten"), "{discarded:?}");
    assert!(!out.exists() && !std::path::Path::new(&format!("{out_s}.pending")).exists());
    assert!(keyring_get(&service, &format!("{user}#pending")).is_none());
    assert_eq!(
        keyring_get(&service, user).as_deref(),
        Some(kept.as_str()),
        "the confirmed one is untouched"
    );
    let nothing = pending_cmd("confirm", false);
    assert_eq!(nothing.code, 2, "{nothing:?}");
}

/// The service's `support` is shown at a dead end, and its `notified` after success, with a
/// reminder of what else holds the old password.
#[test]
fn support_at_dead_ends_and_the_owner_notified_after_success() {
    let server = DevServer::start(&["--support", "IT desk, ext. 4242"]);
    let home = Home::new();
    let base = [
        "reset",
        "--url",
        &server.url,
        "--user",
        "solo@example.com",
        "--no-input",
        "--code-stdin",
        "--password-stdin",
    ];
    let mut args = base.to_vec();
    args.extend(["--output", "json"]);
    let wrong = feed(start_piped(&mut home.cmd(&args)), "000000\n");
    assert_eq!(wrong.code, 3, "{wrong:?}");
    assert!(
        wrong.stderr.contains("help: IT desk, ext. 4242"),
        "{wrong:?}"
    );
    let v: Value = serde_json::from_str(wrong.stdout.trim()).unwrap();
    assert_eq!(v["error"]["support"], "IT desk, ext. 4242");

    let child = start_piped(&mut home.cmd(&base));
    // The code only exists once the flow has started: read it from the outbox, then feed it.
    let code = {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if server.count_requests("/challenges -> 202") >= 2 {
                break server.latest_code("solo@example.com", "email");
            }
            assert!(Instant::now() < deadline, "no challenge");
            std::thread::yield_now();
        }
    };
    let done = feed(child, &format!("{code}\nviolet staple orbit 42\n"));
    assert_eq!(done.code, 0, "{done:?}");
    assert!(
        done.stderr.contains("has told the account's owner"),
        "{done:?}"
    );
    assert!(done.stderr.contains("git credential helpers"), "{done:?}");
}

/// `--check-breached` asks a Pwned Passwords range server (here a local one) with the first 5
/// hex digits of the SHA-1 only, refuses a breached password before it is sent, and goes on
/// (saying so) when the check cannot be made.
#[test]
fn breached_passwords_are_refused_by_k_anonymity() {
    use sha1::{Digest, Sha1};
    let breached = "correct horse battery staple";
    let hex: String = Sha1::digest(breached.as_bytes())
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    let (prefix, suffix) = (hex[..5].to_owned(), hex[5..].to_owned());
    let range = Stub::start(move |seen, _| {
        Reply::with_type(
            200,
            "text/plain",
            format!("00000000000000000000000000000000000:0\r\n{suffix}:42\r\n"),
        )
        .header("X-Path", &seen.path)
    });
    let server = DevServer::start(&[]);
    // The second run gets its own service: the first one's authenticator code is spent there
    // for 30 s, and waiting out the step is another test's subject.
    let second_server = DevServer::start(&[]);
    let home = Home::new();
    let run = |password: &str, range_url: &str, server: &DevServer| {
        let mut cmd = home.cmd_args(
            &Args::new("reset")
                .url(&server.url)
                .user(SVC)
                .opt("--method", "totp")
                .opt("--totp-secret-env", "T")
                .flag("--password-stdin")
                .flag("--check-breached"),
        );
        cmd.env("T", SVC_TOTP)
            .env("PWRESET_BREACH_API_URL", range_url);
        feed(start_piped(&mut cmd), &format!("{password}\n"))
    };
    let refused = run(breached, &format!("{}/range/", range.url), &server);
    assert_eq!(refused.code, 4, "{refused:?}");
    assert!(
        refused
            .stderr
            .contains("appears 42 times in known data breaches"),
        "{refused:?}"
    );
    assert_eq!(server.count_requests("/password"), 0, "never sent");
    let asked = range.requests();
    assert_eq!(asked.len(), 1);
    assert_eq!(
        asked[0].path,
        format!("/range/{prefix}"),
        "only 5 hex digits leave"
    );
    assert_eq!(asked[0].header("Add-Padding"), Some("true"));
    // The range service is down: said, and the reset goes on.
    let unchecked = run(
        "unbreached lantern copper 77",
        "http://127.0.0.1:9/range/",
        &second_server,
    );
    assert_eq!(unchecked.code, 0, "{unchecked:?}");
    assert!(
        unchecked.stderr.contains("could not be made"),
        "{unchecked:?}"
    );
}
