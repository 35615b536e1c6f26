//! Tests that must wait for an authenticator's next 30-second time step. Their module sorts
//! first, so the harness starts them first and the rest of the suite runs while they wait.

use std::time::Duration;

use crate::common::*;
use crate::scripted::{SVC, SVC_TOTP};

/// The README's CI example run twice within one 30-second step: the service refuses the
/// authenticator code the second run computes (it was used), so pwreset waits for the next
/// step once, says so, and succeeds.
#[test]
fn a_second_run_in_the_same_authenticator_step_waits_for_the_next_one() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    // Both runs must fall in one step for the refusal to happen: start early in a step.
    let into_step = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        % 30;
    if into_step > 20 {
        std::thread::sleep(Duration::from_secs(31 - into_step));
    }
    for (i, password) in ["first new password 11", "second new password 22"]
        .iter()
        .enumerate()
    {
        let file = home.write(&format!("pw{i}"), &format!("{password}\n"));
        std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(0o600))
            .unwrap();
        let run = Run::from(
            home.cmd_args(
                &Args::new("reset")
                    .url(&server.url)
                    .user(SVC)
                    .opt("--method", "totp")
                    .opt("--totp-secret-env", "T")
                    .opt("--password-file", file.to_str().unwrap()),
            )
            .env("T", SVC_TOTP)
            .output()
            .unwrap(),
        );
        assert_eq!(run.code, 0, "run {i}: {run:?}");
        assert_eq!(
            run.stderr.contains("waits"),
            i == 1,
            "only the second run waits: {run:?}"
        );
        assert_eq!(server.login(SVC, password), 200);
    }
    assert_eq!(server.count_requests("/verify -> 400"), 1);
}
