//! What people and scripts read, as snapshots (`tests/it/snapshots/`): a change of wording or
//! of a JSON shape shows as a diff to review (`cargo insta review`), not as a silent pass.
//! Ports, addresses, codes, times and ids are replaced by placeholders first.

use serde_json::Value;

use crate::common::*;
use crate::scripted::{SVC, SVC_TOTP};

/// Replaces what changes from run to run.
pub(crate) fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_prepend_module_to_snapshot(false);
    s.add_filter(r"127\.\d+\.\d+\.\d+:\d+", "[SERVICE]");
    s.add_filter(r"\b\d{2}:\d{2}\b", "[HH:MM]");
    s.add_filter(r"\b\d{6}\b", "[CODE]");
    s.add_filter(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", "[TIMESTAMP]");
    s.add_filter(r"fl_[A-Za-z0-9_-]+", "[FLOW]");
    s.add_filter(r"/tmp/\.tmp[A-Za-z0-9]+", "[HOME]");
    s.add_filter(r"\(generated\): \S+", "(generated): [PASSWORD]");
    s
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn scripted_reset(server: &DevServer, home: &Home, password: &str, output: &[&str]) -> Run {
    let args = Args::new("reset")
        .url(&server.url)
        .user(SVC)
        .opt("--totp-secret-env", "T")
        .flag("--password-stdin");
    let args = output.iter().fold(args, |a, f| a.flag(f));
    let mut cmd = home.cmd_args(&args);
    cmd.env("T", SVC_TOTP);
    feed(start_piped(&mut cmd), &format!("{password}\n"))
}

#[test]
fn scripted_reset_in_human_words() {
    let server = DevServer::start(&[]);
    let run = scripted_reset(&server, &Home::new(), "fresh words for the service 7", &[]);
    assert_eq!(run.code, 0, "{run:?}");
    settings().bind(|| insta::assert_snapshot!("scripted_reset_stderr", run.stderr));
}

#[test]
fn scripted_reset_as_json() {
    let server = DevServer::start(&[]);
    let run = scripted_reset(
        &server,
        &Home::new(),
        "fresh words for the service 7",
        &["--output", "json"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    settings().bind(|| insta::assert_json_snapshot!("scripted_reset_json", json(&run.stdout)));
}

#[test]
fn a_locally_refused_password_as_json() {
    let server = DevServer::start(&[]);
    let run = scripted_reset(&server, &Home::new(), "password123", &["--output", "json"]);
    assert_eq!(run.code, 4, "{run:?}");
    settings().bind(|| insta::assert_json_snapshot!("refused_password_json", json(&run.stdout)));
}

#[test]
fn policy_in_human_words_and_as_json() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let human = home.run_args(&Args::new("policy").url(&server.url));
    let machine = home.run_args(&Args::new("policy").url(&server.url).json());
    assert_eq!((human.code, machine.code), (0, 0), "{human:?} {machine:?}");
    settings().bind(|| {
        insta::assert_snapshot!("policy_stdout", human.stdout);
        insta::assert_snapshot!("policy_stderr", human.stderr);
        insta::assert_json_snapshot!("policy_json", json(&machine.stdout));
    });
}

#[test]
fn methods_in_human_words() {
    let server = DevServer::start(&[]);
    let run = Home::new().run_args(&Args::new("methods").url(&server.url).user(ALICE));
    assert_eq!(run.code, 0, "{run:?}");
    settings().bind(|| {
        insta::assert_snapshot!("methods_stdout", run.stdout);
        insta::assert_snapshot!("methods_stderr", run.stderr);
    });
}

#[test]
fn the_wrong_kind_of_service_in_human_words() {
    let page = Stub::start(|_, _| Reply::with_type(404, "text/html", "<html>Not here</html>"));
    let run = Home::new().run_args(&Args::new("policy").url(&page.url));
    assert_eq!(run.code, 6, "{run:?}");
    settings().bind(|| insta::assert_snapshot!("not_a_reset_service_stderr", run.stderr));
}

#[test]
fn the_demo_without_a_terminal() {
    let run = Home::new().run(&["demo"]);
    assert_eq!(run.code, 0, "{run:?}");
    settings().bind(|| insta::assert_snapshot!("demo_stderr", run.stderr));
}

#[test]
fn help_screens() {
    let home = Home::new();
    for (name, args) in [
        ("help_top", &["--help"][..]),
        ("help_reset", &["reset", "--help"]),
        ("help_pending", &["pending", "--help"]),
    ] {
        let run = home.run(args);
        assert_eq!(run.code, 0, "{run:?}");
        settings().bind(|| insta::assert_snapshot!(name, run.stdout));
    }
}
