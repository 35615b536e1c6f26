//! Another user on the same machine, a signal, or a secret typed in the wrong place must never
//! break pwreset's promises. The attacker tests need to act as a second, unprivileged user
//! (uid 65534), so they run where the tests run as root (CI does) and say why they skip
//! elsewhere.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::common::*;
use serde_json::{json, Value};

const USER: &str = "alice@example.com";
const NEW_PASSWORD: &str = "violet staple orbit 42";
const ATTACKER_PASSWORD: &str = "attacker knows this one 7";
const NOBODY: u32 = 65534;
const LIMIT: Duration = Duration::from_secs(20);

fn is_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// True when the test can act as a second user; otherwise says why it is skipped.
fn can_be_another_user(test: &str) -> bool {
    if !is_root() {
        eprintln!("skipped {test}: acting as a second local user needs the tests to run as root (CI does)");
    }
    is_root()
}

/// Runs `script` with `sh -c` as the unprivileged user: what another local user can do.
fn as_nobody(script: &str) {
    let status = Command::new("sh")
        .arg("-c")
        .arg(script)
        .uid(NOBODY)
        .gid(NOBODY)
        .status()
        .unwrap();
    assert!(status.success(), "as nobody: {script}");
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn run(home: &Home, args: &[&str], stdin: &str) -> Run {
    let mut cmd = home.cmd(args);
    cmd.args(["--timeout", "5s"]);
    let mut child = start_piped(&mut cmd);
    let mut input = child.stdin.take().unwrap();
    let _ = input.write_all(stdin.as_bytes());
    drop(input);
    wait_bounded(child, LIMIT)
}

fn reset_args<'a>(url: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "reset",
        "--url",
        url,
        "--user",
        USER,
        "--no-input",
        "--code-stdin",
    ];
    args.extend_from_slice(more);
    args
}

/// A service that loses the answer to the first password submission (HTTP 502 from a proxy)
/// and accepts every later one.
fn losing_first_answer() -> Stub {
    use std::sync::atomic::{AtomicBool, Ordering};
    let lost_one = AtomicBool::new(false);
    Stub::start(move |seen, _| {
        if seen.path.ends_with("/password") && !lost_one.swap(true, Ordering::SeqCst) {
            return Reply::with_type(502, "text/html", "<h1>Bad gateway</h1>");
        }
        good_v1(seen, 1, 0)
    })
}

fn submitted_passwords(stub: &Stub) -> Vec<String> {
    stub.requests()
        .iter()
        .filter(|s| s.path.ends_with("/password"))
        .map(|s| {
            serde_json::from_str::<Value>(&s.body).unwrap()["new_password"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

// ------------------------------------------------------------- 10. a swapped pending password

#[test]
fn resume_never_submits_a_pending_password_another_user_swapped_in() {
    if !can_be_another_user("resume_never_submits_a_pending_password_another_user_swapped_in") {
        return;
    }
    let stub = losing_first_answer();
    let home = Home::new();
    let shared = home.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    chmod(home.path(), 0o755);
    let out = shared.join("pw");
    let out_s = out.to_str().unwrap();
    let keep = ["--generate", "--password-out", out_s];
    let first = run(&home, &reset_args(&stub.url, &keep), "123456\n");
    assert_eq!(first.code, 6, "{first:?}");
    let pending = shared.join("pw.pending");
    assert!(pending.exists(), "{first:?}");

    // The directory becomes writable by everybody (a misconfigured share); another user
    // replaces the pending password with one they know.
    chmod(&shared, 0o777);
    as_nobody(&format!(
        "rm -f {p} && printf '%s\\n' '{ATTACKER_PASSWORD}' > {p} && chmod 600 {p}",
        p = pending.display()
    ));
    let mut args = reset_args(&stub.url, &keep);
    args.push("--resume");
    for json_out in [false, true] {
        let mut args = args.clone();
        if json_out {
            args.extend(["--output", "json"]);
        }
        let r = run(&home, &args, "");
        assert_eq!(r.code, 2, "{r:?}");
        assert!(
            r.stderr
                .contains("writable by others without the sticky bit"),
            "{r:?}"
        );
        if json_out {
            let v: Value = serde_json::from_str(r.stdout.trim()).unwrap();
            assert_eq!(v["error"]["exit_code"], 2);
        }
    }
    // With the sticky bit the directory is safe, but the file is the attacker's.
    chmod(&shared, 0o1777);
    let r = run(&home, &args, "");
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr.contains(&format!("belongs to user id {NOBODY}")),
        "{r:?}"
    );
    assert!(
        !submitted_passwords(&stub)
            .iter()
            .any(|p| p == ATTACKER_PASSWORD),
        "the attacker's password was never submitted"
    );
}

// ------------------------------------------------------------- 11. a planted flow file

#[test]
fn a_flow_file_planted_by_another_user_is_refused_before_any_request() {
    if !can_be_another_user("a_flow_file_planted_by_another_user_is_refused_before_any_request") {
        return;
    }
    let stub = Stub::start(|seen, _| good_v1(seen, 1, 0));
    let home = Home::new();
    let tmp = home.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    chmod(home.path(), 0o755);
    chmod(&tmp, 0o1777);
    let flow = tmp.join("flow.json");
    // The attacker's own flow, with their token, as the victim's saved one.
    let checkpoint = json!({"version": 1, "provider": "pwreset", "user": USER, "intent": "reset",
        "flow_id": "fl_attacker", "flow_token": "ft_attacker", "expires_at": null,
        "gates_required": 1, "gates_passed": 1, "methods": [], "used_kinds": ["email"],
        "challenge": null, "pending": null});
    let file = json!({format!("{USER}#flow"): checkpoint.to_string()});
    as_nobody(&format!(
        "printf '%s' '{}' > {p} && chmod 644 {p}",
        file.to_string().replace('\'', "'\\''"),
        p = flow.display()
    ));
    for resume in [true, false] {
        let mut args = reset_args(
            &stub.url,
            &[
                "--password-stdin",
                "--insecure-flow-file",
                flow.to_str().unwrap(),
            ],
        );
        if resume {
            args.push("--resume");
        }
        let r = run(&home, &args, &format!("123456\n{NEW_PASSWORD}\n"));
        assert_eq!(r.code, 2, "resume={resume}: {r:?}");
        assert!(r.stderr.contains("is not safe to use"), "{r:?}");
        assert!(
            r.stderr.contains(&format!("belongs to user id {NOBODY}")),
            "{r:?}"
        );
    }
    assert!(stub.requests().is_empty(), "{:?}", stub.paths());
}

#[test]
fn secret_files_are_never_read_through_links_or_from_others() {
    let stub = Stub::start(|seen, _| good_v1(seen, 1, 0));
    let home = Home::new();
    let real = home.write("real-password", &format!("{NEW_PASSWORD}\n"));
    chmod(&real, 0o600);
    let link = home.path().join("link");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let r = run(
        &home,
        &reset_args(&stub.url, &["--password-file", link.to_str().unwrap()]),
        "123456\n",
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("symbolic link"), "{r:?}");
    let writable = home.write("codes", "123456\n");
    chmod(&writable, 0o622);
    let r = run(
        &home,
        &[
            "reset",
            "--url",
            &stub.url,
            "--user",
            USER,
            "--no-input",
            "--password-stdin",
            "--code-file",
            writable.to_str().unwrap(),
        ],
        &format!("{NEW_PASSWORD}\n"),
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("writable by others"), "{r:?}");
    assert!(stub.requests().is_empty(), "checked before any request");
}

// ------------------------------------------------------------- 12. the code command's environment

#[test]
fn code_command_children_get_no_secret_variables() {
    let stub = Stub::start(|seen, _| good_v1(seen, 1, 0));
    let home = Home::new();
    let seen_env = home.path().join("child-env");
    let script = home.write(
        "fetch-code.sh",
        &format!("env > {}\necho 123456\n", seen_env.display()),
    );
    let cmd = format!("sh {}", script.display());
    let mut c = home.cmd_args(
        &Args::new("reset")
            .url(&stub.url)
            .user(USER)
            .flag("--no-input")
            .flag("--password-stdin")
            .opt("--code-command", &cmd)
            .opt("--totp-secret-env", "MY_TOTP")
            .opt("--client-secret-env", "MY_CLIENT_SECRET"),
    );
    c.env("MY_TOTP", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        .env("MY_CLIENT_SECRET", "client-secret-value-1")
        .env("PWRESET_TIMEOUT", "5s")
        .env("PWRESET_PROFILE_UNUSED", "x")
        .env("ORDINARY", "kept");
    let r = feed(start_piped(&mut c), &format!("{NEW_PASSWORD}\n"));
    assert_eq!(r.code, 0, "{r:?}");
    let env = std::fs::read_to_string(&seen_env).unwrap();
    for present in [
        "PWRESET_GATE=1",
        "PWRESET_METHOD_KIND=email",
        "PWRESET_METHOD_HINT=",
        "ORDINARY=kept",
        "PATH=",
        "HOME=",
    ] {
        assert!(env.contains(present), "{present} missing:\n{env}");
    }
    for absent in [
        "MY_TOTP",
        "JBSWY3DP",
        "MY_CLIENT_SECRET",
        "client-secret-value",
        "PWRESET_TIMEOUT",
        "PWRESET_PROFILE_UNUSED",
    ] {
        assert!(!env.contains(absent), "{absent} leaked:\n{env}");
    }
}

// ------------------------------------------------------------- 13. signals at a hidden prompt

#[test]
fn sigterm_sighup_and_sigquit_at_a_hidden_prompt_restore_echo() {
    for (signal, name) in [
        (libc::SIGTERM, "SIGTERM"),
        (libc::SIGHUP, "SIGHUP"),
        (libc::SIGQUIT, "SIGQUIT"),
    ] {
        let stub = Stub::start(|seen, _| good_v1(seen, 1, 0));
        let home = Home::new();
        // The shell stays to report pwreset's exit and the terminal's echo state after it.
        let mut c = Command::new("sh");
        c.arg("-c")
            .arg("stty echo; \"$0\" \"$@\"; echo \"rc=$?\"; echo \"state:$(stty -a | tr ' ;' '\\n\\n' | grep -x -- '-\\{0,1\\}echo')\"")
            .arg(BIN)
            .args(["reset", "--url", &stub.url, "--user", USER, "--timeout", "5s"]);
        home.isolate(&mut c);
        c.env("TERM", "dumb");
        let mut p = rexpect::session::spawn_command(c, Some(15_000)).unwrap();
        p.exp_string("Enter the 6-digit code").unwrap();
        p.send_line("123456").unwrap();
        p.exp_string("New password (typing is hidden)").unwrap();
        let shell = p.process().child_pid.as_raw();
        let children =
            std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).unwrap();
        let pid: i32 = children.split_whitespace().next().unwrap().parse().unwrap();
        // SAFETY: kill with a pid we started and a valid signal number.
        #[allow(unsafe_code)]
        let sent = unsafe { libc::kill(pid, signal) };
        assert_eq!(sent, 0);
        p.exp_string(&format!("rc={}", 128 + signal)).unwrap();
        let state = p.exp_regex("state:-?echo").unwrap().1;
        assert_eq!(state, "state:echo", "{name} left the terminal without echo");
    }
}

// ------------------------------------------------------------- 14. late refusals

#[test]
fn every_input_source_is_checked_before_the_first_request() {
    let stub = Stub::start(|seen, _| good_v1(seen, 1, 0));
    let home = Home::new();
    let readable = home.write("pw", &format!("{NEW_PASSWORD}\n"));
    chmod(&readable, 0o640);
    let r = run(
        &home,
        &reset_args(&stub.url, &["--password-file", readable.to_str().unwrap()]),
        "123456\n",
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("readable by others"), "{r:?}");
    let r = run(
        &home,
        &[
            "reset",
            "--url",
            &stub.url,
            "--user",
            USER,
            "--no-input",
            "--password-stdin",
            "--totp-secret-env",
            "UNSET_TOTP_VARIABLE",
        ],
        &format!("{NEW_PASSWORD}\n"),
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("is not set"), "{r:?}");
    let missing = home.path().join("no-such-codes");
    let r = run(
        &home,
        &[
            "reset",
            "--url",
            &stub.url,
            "--user",
            USER,
            "--no-input",
            "--password-stdin",
            "--code-file",
            missing.to_str().unwrap(),
        ],
        &format!("{NEW_PASSWORD}\n"),
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(stub.requests().is_empty(), "{:?}", stub.paths());
}

// ------------------------------------------------------------- 15. secrets in the wrong flag

#[test]
fn a_secret_given_to_the_wrong_flag_is_never_echoed() {
    let home = Home::new();
    let secret = "JBSWY3DPEHPK3PXPQRST";
    let cases: Vec<Vec<String>> = vec![
        vec![format!("--totp-secret-env={secret}")],
        vec!["--totp-secret-env".into(), secret.into()],
        vec![format!("--client-secret-env={secret}")],
        vec![format!("--client-secret-env=s3cr3t/{secret}!")],
        vec![format!("--password-stdin={secret}")],
        vec![format!("--code-stdin={secret}")],
        vec![format!("--generate={secret}")],
    ];
    for extra in cases {
        for json_out in [false, true] {
            let mut args = vec![
                "reset",
                "--url",
                "http://127.0.0.1:9",
                "--user",
                USER,
                "--no-input",
            ];
            args.extend(extra.iter().map(String::as_str));
            if json_out {
                args.extend(["--output", "json"]);
            }
            let r = home.run(&args);
            assert_eq!(r.code, 2, "{extra:?}: {r:?}");
            assert!(
                !r.stderr.contains(secret) && !r.stdout.contains(secret),
                "{extra:?} echoed the secret: {r:?}"
            );
        }
    }
}

// ------------------------------------------------------------- 16. memory of the process

#[test]
fn other_processes_of_the_same_user_cannot_read_its_memory() {
    if !can_be_another_user("other_processes_of_the_same_user_cannot_read_its_memory") {
        return;
    }
    // A service that takes its time: pwreset waits, holding what it holds.
    let stub = Stub::start(|seen, _| good_v1(seen, 1, 0).dripping(Duration::from_secs(2)));
    // The checkout may sit where that user cannot reach (under /root): run a copy from a
    // directory anybody can read.
    let dir = tempfile::tempdir().unwrap();
    chmod(dir.path(), 0o755);
    let bin = dir.path().join("pwreset");
    std::fs::copy(BIN, &bin).unwrap();
    chmod(&bin, 0o755);
    let mut c = Command::new(&bin);
    c.args([
        "reset",
        "--url",
        &stub.url,
        "--user",
        USER,
        "--no-input",
        "--code-stdin",
        "--password-stdin",
        "--timeout",
        "60s",
    ])
    .env_clear()
    .env("HOME", "/nonexistent")
    .env("PWRESET_KEYRING", "none")
    .uid(NOBODY)
    .gid(NOBODY);
    let mut child = start_piped(&mut c);
    let pid = child.id();
    while stub.requests().is_empty() {
        assert!(child.try_wait().unwrap().is_none(), "pwreset ended early");
        std::thread::yield_now();
    }
    use std::os::unix::fs::MetadataExt;
    let mem = std::fs::metadata(format!("/proc/{pid}/mem")).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    // A dumpable process's /proc entries belong to its user, who may then ptrace it and read
    // /proc/PID/mem; a non-dumpable one's belong to root.
    assert_eq!(mem.uid(), 0, "pwreset (uid {NOBODY}) is dumpable");
}

// ------------------------------------------------------------- 17. user ids and variables

#[test]
fn user_ids_with_control_characters_are_refused_and_boolean_variables_read_as_people_write_them() {
    let stub = Stub::start(|seen, _| good_v1(seen, 1, 0));
    let home = Home::new();
    for user in [
        "alice\n✓ Password changed",
        "al\u{1b}[2Jice",
        "ali\u{202e}ce",
        "a\tb",
    ] {
        for json_out in [false, true] {
            let mut args = vec![
                "reset",
                "--url",
                &stub.url,
                "--user",
                user,
                "--no-input",
                "--code-stdin",
                "--password-stdin",
            ];
            if json_out {
                args.extend(["--output", "json"]);
            }
            let r = home.run(&args);
            assert_eq!(r.code, 2, "{user:?}: {r:?}");
            assert!(r.stderr.contains("control characters"), "{r:?}");
        }
    }
    assert!(stub.requests().is_empty());
    for (value, verbose) in [
        ("1", true),
        ("yes", true),
        ("true", true),
        ("0", false),
        ("no", false),
        ("false", false),
    ] {
        let mut c = home.cmd(&["policy", "--url", &stub.url]);
        c.env("PWRESET_VERBOSE", value);
        let r = Run::from(c.output().unwrap());
        assert_eq!(r.code, 0, "PWRESET_VERBOSE={value}: {r:?}");
        assert_eq!(
            r.stderr.contains("> GET"),
            verbose,
            "PWRESET_VERBOSE={value}: {r:?}"
        );
    }
    let mut c = home.cmd(&["policy", "--url", &stub.url]);
    c.env("PWRESET_VERBOSE", "maybe");
    assert_eq!(c.output().unwrap().status.code(), Some(2));
}
