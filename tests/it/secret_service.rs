//! The Secret Service store: in a private D-Bus session with GNOME Keyring (Debian's
//! gnome-keyring, dbus and libsecret-tools, installed when missing), `--save-to-keyring` puts
//! the generated password there — found by `secret-tool`, as a person's desktop would — and
//! not in the kernel keyring.

use std::process::Command;

use crate::common::*;

fn have(tool: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .output()
        .is_ok_and(|o| o.status.success())
}

fn ensure_secret_service_tools() {
    if ["gnome-keyring-daemon", "dbus-run-session", "secret-tool"]
        .iter()
        .all(|t| have(t))
    {
        return;
    }
    let script = "export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq --no-install-recommends gnome-keyring dbus libsecret-tools \
                  || (apt-get update -qq && apt-get install -y -qq --no-install-recommends gnome-keyring dbus libsecret-tools)";
    let ok = Command::new("sh")
        .arg("-c")
        .arg(script)
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        ok,
        "could not install gnome-keyring, dbus and libsecret-tools (run as root, or install them)"
    );
}

#[test]
fn generated_password_goes_to_the_secret_service_when_a_session_offers_one() {
    ensure_secret_service_tools();
    let server = DevServer::start(&[]);
    let home = Home::new();
    let runtime = home.path().join("runtime");
    std::fs::create_dir_all(&runtime).unwrap();
    std::fs::set_permissions(
        &runtime,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )
    .unwrap();
    let service = format!("pwreset:{}", server.url.trim_start_matches("http://"));
    let script = r#"
        export $(printf test | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)
        "$BIN" reset --url "$URL" --user svc@example.com --method totp --totp-secret-env T --generate --save-to-keyring --output json || exit 1
        secret-tool lookup service "$SERVICE" username svc@example.com
        echo
        # The flow was journaled there during the run, and cleared at its end.
        secret-tool lookup service "$SERVICE" username 'svc@example.com#flow' && echo FLOW-LEFT-BEHIND
        # A user id that starts with dashes is a value to secret-tool, not an option: the flow
        # of a run stopped by a wrong code is kept for --resume.
        echo 000000 | "$BIN" reset --url "$URL" --user=--dash@example.com --method email --code-stdin --password-stdin >/dev/null 2>&1
        echo
        secret-tool lookup -- service "$SERVICE" username '--dash@example.com#flow' >/dev/null && echo DASH-FLOW-KEPT
        true
    "#;
    let mut c = Command::new("dbus-run-session");
    c.args(["--", "sh", "-c", script]);
    home.isolate(&mut c);
    c.env("BIN", BIN)
        .env("URL", &server.url)
        .env("SERVICE", &service)
        .env("T", "KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF")
        .env("XDG_RUNTIME_DIR", &runtime)
        .stdin(std::process::Stdio::null());
    let run = Run::from(c.output().unwrap());
    assert_eq!(run.code, 0, "{run:?}");
    let mut lines = run.stdout.lines().skip_while(|l| !l.starts_with('{'));
    let json: serde_json::Value =
        serde_json::from_str(lines.next().unwrap_or_else(|| panic!("no JSON: {run:?}"))).unwrap();
    assert_eq!(json["status"], "reset");
    let password = lines
        .next()
        .expect("secret-tool found the password")
        .trim()
        .to_owned();
    assert!(password.len() >= 20, "{run:?}");
    assert!(!run.stdout.contains("FLOW-LEFT-BEHIND"), "{run:?}");
    assert!(run.stdout.contains("DASH-FLOW-KEPT"), "{run:?}");
    assert_eq!(
        server.login("svc@example.com", &password),
        200,
        "the stored password is the one that was set"
    );
    assert!(
        keyring_get(&service, "svc@example.com").is_none(),
        "it went to keyutils instead"
    );
}
