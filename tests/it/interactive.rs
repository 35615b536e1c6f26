//! The interactive flows, driven through a pseudo-terminal as a person would type them, against
//! a real dev-server. Each test checks the result by signing in (`/_dev/login`).

use crate::common::*;

const NEW_PW: &str = "violet orbit staple 42";

/// Passes both gates of alice's flow: email code, then the authenticator app.
fn pass_two_gates(p: &mut rexpect::session::PtySession, server: &DevServer) {
    p.exp_string("Step 1 of 2: how should we verify it's you?")
        .unwrap();
    p.exp_string("a****@e******.com").unwrap(); // masked, as the service sent it
    p.exp_string("Choose 1-4").unwrap();
    p.send_line("1").unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    let code = server.latest_code(ALICE, "email");
    p.send_line(&code).unwrap();
    p.exp_string("Step 1 of 2 verified").unwrap();
    p.exp_string("Step 2 of 2").unwrap();
    // The second gate offers only other kinds of method.
    let (menu, _) = p.exp_regex("Choose 1-3").unwrap();
    assert!(
        !menu.contains("a****@e******.com"),
        "email offered again: {menu}"
    );
    p.send_line("2").unwrap(); // authenticator app
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&totp_now("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"))
        .unwrap();
    p.exp_string("Step 2 of 2 verified").unwrap();
}

#[test]
fn full_two_gate_reset_changes_the_password_and_never_echoes_it() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(&home, &["reset", "--url", &server.url]);
    p.exp_string("Your user id").unwrap();
    p.send_line(ALICE).unwrap();
    pass_two_gates(&mut p, &server);
    p.exp_string("Choose a new password").unwrap();
    p.exp_string("at least").unwrap_or_default();
    type_new_password(&mut p, NEW_PW);
    let (before, _) = p
        .exp_regex("Password changed for .*alice@example.com")
        .unwrap();
    let (rest, code) = pty_finish(p);
    assert_eq!(code, 0, "{before}{rest}");
    assert!(
        !before.contains(NEW_PW) && !rest.contains(NEW_PW),
        "password echoed:\n{before}{rest}"
    );
    assert_eq!(server.login(ALICE, NEW_PW), 200, "new password works");
    assert_eq!(server.login(ALICE, ALICE_PW), 401, "old password fails");
}

#[test]
fn visible_answers_are_echoed_so_the_echo_check_means_something() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(&home, &["reset", "--url", &server.url, "--user", ALICE]);
    p.exp_string("Choose 1-4").unwrap();
    p.send_line("1").unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    let code = server.latest_code(ALICE, "email");
    p.send_line(&code).unwrap();
    // The terminal echoes what the person types at a visible prompt.
    p.exp_string(&code).unwrap();
    p.send_control('c').unwrap();
    let (_, status) = pty_finish(p);
    assert_eq!(status, 130);
}

#[test]
fn unlock_keeps_the_password_and_clears_the_lock() {
    let server = DevServer::start(&[]);
    assert_eq!(
        server.login("bob@example.com", "bobs quiet harbour lantern"),
        423
    );
    let home = Home::new();
    let mut p = pty(
        &home,
        &["unlock", "--url", &server.url, "--user", "bob@example.com"],
    );
    p.exp_string("Verifying with a code by email to b***@e******.com")
        .unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&server.latest_code("bob@example.com", "email"))
        .unwrap();
    p.exp_string("Verified.").unwrap();
    p.exp_string("Account unlocked").unwrap();
    let (rest, code) = pty_finish(p);
    assert_eq!(code, 0, "{rest}");
    assert!(
        !rest.contains("New password"),
        "unlock must not ask for a password"
    );
    assert_eq!(
        server.login("bob@example.com", "bobs quiet harbour lantern"),
        200
    );
}

#[test]
fn wrong_codes_show_attempts_left_then_exit_3() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(
        &home,
        &["reset", "--url", &server.url, "--user", "solo@example.com"],
    );
    p.exp_string("Enter the 6-digit code").unwrap();
    let real = server.latest_code("solo@example.com", "email");
    let wrong = if real == "000000" { "111111" } else { "000000" };
    p.send_line(wrong).unwrap();
    p.exp_string("That code is not correct. 2 attempts left.")
        .unwrap();
    p.send_line(wrong).unwrap();
    p.exp_string("That code is not correct. 1 attempt left.")
        .unwrap();
    p.send_line(wrong).unwrap();
    p.exp_string("too many wrong codes").unwrap();
    let (_, code) = pty_finish(p);
    assert_eq!(code, 3);
    assert_eq!(
        server.login("solo@example.com", "river copper kite lantern"),
        200,
        "unchanged"
    );
}

#[test]
fn weak_password_is_reprompted_locally_and_never_sent() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(
        &home,
        &["reset", "--url", &server.url, "--user", "solo@example.com"],
    );
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&server.latest_code("solo@example.com", "email"))
        .unwrap();
    // Each weak password is refused after its first entry: no repeat is asked for.
    p.exp_string("New password (typing is hidden)").unwrap();
    for (weak, why) in [
        ("password123", "commonly used"),
        ("short", "is 5 characters long"),
        ("my solo@example.com pass", "contains your user id"),
        (
            "solo and a long tail",
            "contains \"solo\", part of your user id",
        ),
    ] {
        p.send_line(weak).unwrap();
        let said = p.exp_string("New password (typing is hidden)").unwrap();
        assert!(
            said.contains("That password can't be used"),
            "{weak}: {said}"
        );
        assert!(said.contains(why), "{weak}: {said}");
        assert!(
            !said.contains("Repeat"),
            "{weak}: the repeat came first: {said}"
        );
    }
    assert_eq!(
        server.count_requests("/password ->"),
        0,
        "a weak password reached the server"
    );
    p.send_line(NEW_PW).unwrap();
    p.exp_string("Repeat the new password").unwrap();
    p.send_line(NEW_PW).unwrap();
    p.exp_string("Password changed").unwrap();
    let (_, code) = pty_finish(p);
    assert_eq!(code, 0);
    assert_eq!(server.count_requests("/password -> 200"), 1);
    assert_eq!(server.login("solo@example.com", NEW_PW), 200);
}

#[test]
fn strength_is_shown_after_the_first_entry_and_a_weak_password_needs_a_yes() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(
        &home,
        &["reset", "--url", &server.url, "--user", "solo@example.com"],
    );
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&server.latest_code("solo@example.com", "email"))
        .unwrap();
    p.exp_string("New password (typing is hidden)").unwrap();
    // Passes every rule pwreset and the dev-server check, yet is one word typed twice.
    p.send_line("violetviolet").unwrap();
    let said = p.exp_string("Use it anyway? [y/N]").unwrap();
    assert!(said.contains("Strength: "), "{said}");
    assert!(
        said.contains("of 4); guessing it from a stolen hash would take"),
        "{said}"
    );
    assert!(said.contains("Strength: very weak (0 of 4)"), "{said}");
    assert!(
        said.contains("Avoid repeated words and characters."),
        "{said}"
    );
    assert!(
        !said.contains("Repeat the new"),
        "the repeat came before the estimate: {said}"
    );
    // The default is to choose another.
    p.send_line("").unwrap();
    p.exp_string("New password (typing is hidden)").unwrap();
    p.send_line(NEW_PW).unwrap();
    let said = p.exp_string("Repeat the new password").unwrap();
    assert!(said.contains("Strength: very strong (4 of 4)"), "{said}");
    assert!(!said.contains("anyway"), "{said}");
    p.send_line(NEW_PW).unwrap();
    p.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(p).1, 0);
    assert_eq!(server.login("solo@example.com", NEW_PW), 200);
}

#[test]
fn a_weak_password_kept_after_the_warning_is_used() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(
        &home,
        &["reset", "--url", &server.url, "--user", "solo@example.com"],
    );
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&server.latest_code("solo@example.com", "email"))
        .unwrap();
    p.exp_string("New password (typing is hidden)").unwrap();
    p.send_line("violetviolet").unwrap();
    p.exp_string("Use it anyway? [y/N]").unwrap();
    p.send_line("y").unwrap();
    p.exp_string("Repeat the new password").unwrap();
    p.send_line("violetviolet").unwrap();
    p.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(p).1, 0);
    assert_eq!(server.login("solo@example.com", "violetviolet"), 200);
}

#[test]
fn server_side_rejection_is_shown_and_reprompted() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(
        &home,
        &["reset", "--url", &server.url, "--user", "solo@example.com"],
    );
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&server.latest_code("solo@example.com", "email"))
        .unwrap();
    // The current password passes every local rule; only the service knows it is a reuse.
    type_new_password(&mut p, "river copper kite lantern");
    p.exp_regex("refused that password").unwrap();
    p.exp_string("is your current password").unwrap();
    type_new_password(&mut p, NEW_PW);
    p.exp_string("Password changed").unwrap();
    let (_, code) = pty_finish(p);
    assert_eq!(code, 0);
    assert_eq!(server.count_requests("/password -> 422"), 1);
}

#[test]
fn mismatched_confirmation_asks_again() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(
        &home,
        &["reset", "--url", &server.url, "--user", "solo@example.com"],
    );
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&server.latest_code("solo@example.com", "email"))
        .unwrap();
    p.exp_string("New password (typing is hidden)").unwrap();
    p.send_line(NEW_PW).unwrap();
    p.exp_string("Repeat the new password").unwrap();
    p.send_line("something else entirely").unwrap();
    p.exp_string("The two passwords differ").unwrap();
    p.exp_string("New password (typing is hidden)").unwrap();
    p.send_control('c').unwrap();
    let (_, code) = pty_finish(p);
    assert_eq!(code, 130);
    assert_eq!(server.count_requests("/password ->"), 0);
}

#[test]
fn ctrl_c_at_the_password_prompt_restores_echo_and_exits_130() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    // After pwreset is interrupted, the shell asks the terminal whether echo is on.
    let mut c = std::process::Command::new("sh");
    c.arg("-c")
        .arg("stty echo; \"$0\" \"$@\"; code=$?; stty -a | tr ' ' '\\n' | grep -x -- '-\\?echo'; echo \"exit=$code\"")
        .arg(BIN)
        .args(["reset", "--url", &server.url, "--user", "solo@example.com"]);
    home.isolate(&mut c);
    let mut p = rexpect::session::spawn_command(c, Some(15_000)).unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&server.latest_code("solo@example.com", "email"))
        .unwrap();
    p.exp_string("New password (typing is hidden)").unwrap();
    p.send_control('c').unwrap();
    let (_, m) = p.exp_regex("\n-?echo\r?\n").unwrap();
    assert_eq!(m.trim(), "echo", "echo was left off after Ctrl-C");
    p.exp_string("exit=130").unwrap();
}

#[test]
fn an_interrupted_flow_is_offered_on_the_next_run() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(&home, &["reset", "--url", &server.url, "--user", ALICE]);
    p.exp_string("Choose 1-4").unwrap();
    p.send_line("1").unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&server.latest_code(ALICE, "email")).unwrap();
    p.exp_string("Step 1 of 2 verified").unwrap();
    p.exp_string("Choose 1-3").unwrap();
    p.send_control('c').unwrap();
    let (rest, code) = pty_finish(p);
    assert_eq!(code, 130, "{rest}");
    assert!(
        rest.contains("Stopped. Nothing changed on your account. 1 of 2 verification steps done; run the same command to continue."),
        "{rest}"
    );

    // The next plain run asks; yes continues at step 2 without sending step 1 again.
    let mut p = pty(&home, &["reset", "--url", &server.url, "--user", ALICE]);
    p.exp_string(
        "An interrupted reset for alice@example.com is saved (1 of 2 verification steps done).",
    )
    .unwrap();
    p.exp_string("Continue it? [Y/n]").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Step 2 of 2").unwrap();
    p.exp_string("Choose 1-3").unwrap();
    p.send_line("2").unwrap(); // authenticator app
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&totp_now("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"))
        .unwrap();
    type_new_password(&mut p, NEW_PW);
    let (rest, code) = pty_finish(p);
    assert_eq!(code, 0, "{rest}");
    assert_eq!(server.login(ALICE, NEW_PW), 200);
    assert_eq!(
        server.count_requests("/challenges -> 202"),
        2,
        "gate 1 sent again"
    );

    // Finished flows are not offered again; "no" starts afresh.
    let mut p = pty(&home, &["reset", "--url", &server.url, "--user", ALICE]);
    let menu = p.exp_string("Choose 1-4").unwrap();
    assert!(
        menu.contains("Step 1 of 2") && !menu.contains("interrupted"),
        "{menu}"
    );
    p.send_control('c').unwrap();
    assert_eq!(pty_finish(p).1, 130);
    let mut p = pty(&home, &["reset", "--url", &server.url, "--user", ALICE]);
    p.exp_string("Continue it? [Y/n]").unwrap();
    p.send_line("n").unwrap();
    p.exp_string("Starting a new one.").unwrap();
    p.exp_string("Step 1 of 2").unwrap();
    p.send_control('c').unwrap();
    assert_eq!(pty_finish(p).1, 130);
}

#[test]
fn security_question_answer_is_hidden() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(&home, &["reset", "--url", &server.url, "--user", ALICE]);
    p.exp_string("Choose 1-4").unwrap();
    p.send_line("4").unwrap();
    p.exp_string("What was the name of your first pet? (typing is hidden)")
        .unwrap();
    p.send_line("Rex").unwrap();
    p.exp_string("Step 1 of 2 verified").unwrap();
    let (menu, _) = p.exp_regex("Choose 1-3").unwrap();
    assert!(!menu.contains("Rex"), "the answer was echoed: {menu}");
    p.send_control('c').unwrap();
    assert_eq!(pty_finish(p).1, 130);
}

#[test]
fn interactive_demo_shows_inbox_lines_to_type() {
    let home = Home::new();
    let mut p = pty(&home, &["demo"]);
    p.exp_string("Choose 1-4").unwrap();
    p.send_line("1").unwrap();
    let (_, line) = p
        .exp_regex(r"\[demo inbox: email to alice@example.com\] your code is \d{6}")
        .unwrap();
    let code = line.rsplit(' ').next().unwrap().to_owned();
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&code).unwrap();
    p.exp_string("Step 1 of 2 verified").unwrap();
    p.exp_string("Choose 1-3").unwrap();
    p.send_line("2").unwrap();
    let (_, line) = p
        .exp_regex(r"\[demo authenticator\] your code is \d{6}")
        .unwrap();
    let code = line.rsplit(' ').next().unwrap().to_owned();
    p.send_line(&code).unwrap();
    type_new_password(&mut p, NEW_PW);
    p.exp_string("signing in with the new password works; the old one is refused")
        .unwrap();
    assert_eq!(pty_finish(p).1, 0);
}

#[test]
fn rate_limit_shows_a_countdown_then_continues() {
    let server = DevServer::start(&["--flows-per-user", "1", "--rate-window", "3s"]);
    let home = Home::new();
    // Spend solo's one flow for this window.
    assert_eq!(
        home.run(&[
            "methods",
            "--url",
            &server.url,
            "--user",
            "solo@example.com"
        ])
        .code,
        0
    );
    let mut p = pty(
        &home,
        &["reset", "--url", &server.url, "--user", "solo@example.com"],
    );
    p.exp_string("Rate-limited (").unwrap();
    p.exp_regex(r"Retrying in [1-3] s").unwrap();
    // Keys typed while waiting are neither shown nor taken as the next answer.
    p.send_line("999999").unwrap();
    let shown = p.exp_string("Enter the 6-digit code").unwrap();
    assert!(!shown.contains("999999"), "echoed: {shown}");
    assert_eq!(server.count_requests("POST /v1/flows -> 429"), 1);
    assert_eq!(server.count_requests("POST /v1/flows -> 201"), 2);
    p.send_control('c').unwrap();
    assert_eq!(pty_finish(p).1, 130);
    assert_eq!(
        server.count_requests("/verify"),
        0,
        "the typed keys were dropped"
    );
}

#[test]
fn expired_code_offers_a_new_one() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(
        &home,
        &["reset", "--url", &server.url, "--user", "solo@example.com"],
    );
    p.exp_string("Enter the 6-digit code").unwrap();
    let old = server.latest_code("solo@example.com", "email");
    server.advance_clock(601);
    p.send_line(&old).unwrap();
    p.exp_string("Send a new one by email? [Y/n]").unwrap();
    p.send_line("").unwrap();
    p.exp_string("a code was sent by email").unwrap();
    p.exp_string("Enter the 6-digit code").unwrap();
    let new = server.latest_code("solo@example.com", "email");
    p.send_line(&new).unwrap();
    p.exp_string("Verified.").unwrap();
    p.exp_string("New password (typing is hidden)").unwrap();
    p.send_control('c').unwrap();
    assert_eq!(pty_finish(p).1, 130);
    assert_eq!(server.outbox("solo@example.com").len(), 2);
}

#[test]
fn expired_flow_exits_7_and_says_start_again() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(
        &home,
        &["reset", "--url", &server.url, "--user", "solo@example.com"],
    );
    p.exp_string("Enter the 6-digit code").unwrap();
    let code = server.latest_code("solo@example.com", "email");
    server.advance_clock(901);
    p.send_line(&code).unwrap();
    p.exp_string("this flow has expired").unwrap();
    p.exp_string("start again").unwrap();
    assert_eq!(pty_finish(p).1, 7);
}

/// Codes that cannot be right are caught at the prompt and cost no attempt.
#[test]
fn malformed_codes_are_caught_locally_and_spend_no_attempt() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(
        &home,
        &["reset", "--url", &server.url, "--user", "solo@example.com"],
    );
    p.exp_string("Enter the 6-digit code").unwrap();
    for (typed, said) in [
        ("abc", "The code has 6 digits; that is not one."),
        ("2", "That's 1 digit; the code has 6."),
        ("12 34 5", "That's 5 digits; the code has 6."),
        ("1234567", "That's 7 digits; the code has 6."),
    ] {
        p.send_line(typed).unwrap();
        let shown = p.exp_string("Enter the 6-digit code").unwrap();
        assert!(shown.contains(said), "{typed:?}: {shown}");
        assert!(shown.contains("Nothing was sent"), "{shown}");
    }
    assert_eq!(server.count_requests("/verify"), 0, "no attempt was spent");
    let code = server.latest_code("solo@example.com", "email");
    // Typed in groups, as people read it out.
    p.send_line(&format!("{} {}", &code[..3], &code[3..]))
        .unwrap();
    p.exp_string("Verified").unwrap();
    type_new_password(&mut p, NEW_PW);
    p.exp_string("Password changed").unwrap();
    let (_, status) = pty_finish(p);
    assert_eq!(status, 0);
}

/// Stopped at the code prompt: pwreset says what is kept and until when the code is valid, and
/// the resumed run restates the step instead of opening on a bare prompt.
#[test]
fn stopping_at_the_code_prompt_says_what_is_kept_and_resume_restates_the_step() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(
        &home,
        &["reset", "--url", &server.url, "--user", "solo@example.com"],
    );
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_control('c').unwrap();
    let (rest, code) = pty_finish(p);
    assert_eq!(code, 130, "{rest}");
    assert!(
        rest.contains("Stopped. Nothing changed on your account. 0 of 1 verification steps done; run the same command to continue; the code sent to s***@e******.com is valid until "),
        "{rest}"
    );
    let mut p = pty(
        &home,
        &["reset", "--url", &server.url, "--user", "solo@example.com"],
    );
    p.exp_string("Continue it? [Y/n]").unwrap();
    p.send_line("").unwrap();
    let said = p.exp_string("Enter the 6-digit code").unwrap();
    assert!(
        said.contains("enter the code sent by email to s***@e******.com, valid until "),
        "{said}"
    );
    assert!(!said.contains("gate"), "{said}");
    p.send_line(&server.latest_code("solo@example.com", "email"))
        .unwrap();
    type_new_password(&mut p, NEW_PW);
    p.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(p).1, 0);
    assert_eq!(
        server.count_requests("/challenges -> 202"),
        1,
        "the code was reused"
    );
}

/// At the code prompt: `r` sends a new code (once the service's resend interval has passed,
/// which is said otherwise) and `m` picks another method.
#[test]
fn resend_or_another_method_at_the_code_prompt() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty(&home, &["reset", "--url", &server.url, "--user", ALICE]);
    p.exp_string("Choose 1-4").unwrap();
    p.send_line("1").unwrap(); // email
    p.exp_string("(r: send a new code, m: another method)")
        .unwrap();
    p.send_line("r").unwrap();
    p.exp_string("A new code can be sent in 30 s; the one sent is still valid.")
        .unwrap();
    p.send_line("m").unwrap();
    let menu = p.exp_string("Choose 1-4").unwrap();
    assert!(
        menu.contains("Step 1 of 2: how should we verify it's you?"),
        "{menu}"
    );
    p.send_line("3").unwrap(); // authenticator app
    p.exp_string("Enter the 6-digit code").unwrap();
    p.send_line(&totp_now("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"))
        .unwrap();
    p.exp_string("Step 1 of 2 verified").unwrap();
    p.send_control('c').unwrap();
    assert_eq!(pty_finish(p).1, 130);
    assert_eq!(server.count_requests("/challenges -> 202"), 2);

    let quick = DevServer::start(&["--resend-after", "0s"]);
    let mut p = pty(
        &home,
        &["reset", "--url", &quick.url, "--user", "solo@example.com"],
    );
    let prompt = p.exp_string("(r: send a new code)").unwrap();
    assert!(
        !prompt.contains("m: another"),
        "solo has one method: {prompt}"
    );
    p.send_line("r").unwrap();
    p.exp_string("a code was sent by email").unwrap();
    p.exp_string("(r: send a new code)").unwrap();
    let second = quick.latest_code("solo@example.com", "email");
    assert_eq!(quick.count_requests("/challenges -> 202"), 2);
    p.send_line(&second).unwrap();
    p.exp_string("Verified").unwrap();
    type_new_password(&mut p, NEW_PW);
    p.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(p).1, 0);
}

/// Plain mode (`--plain`, or `TERM=dumb`) for screen readers: the same flow without symbols,
/// animation or escape sequences, and the code's expiry as a time of day.
#[test]
fn plain_mode_has_no_symbols_or_animation() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let run = |term: &str, extra: &[&str], password: &str| {
        let mut args = vec!["reset", "--url", &server.url, "--user", "solo@example.com"];
        args.extend_from_slice(extra);
        let mut p = pty_with_term(&home, &args, term);
        let before = p.exp_string("Enter the 6-digit code").unwrap();
        p.send_line(&server.latest_code("solo@example.com", "email"))
            .unwrap();
        let rules = p.exp_string("New password (typing is hidden)").unwrap();
        p.send_line(password).unwrap();
        p.exp_string("Repeat the new password").unwrap();
        p.send_line(password).unwrap();
        let (after, code) = pty_finish(p);
        assert_eq!(code, 0, "{after}");
        // rexpect hands back each byte as a char: decode the UTF-8 that reached the screen.
        let bytes: Vec<u8> = format!("{before}{rules}{after}")
            .chars()
            .map(|c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let fancy = run("xterm-256color", &[], "first plain test password 1");
    assert!(fancy.contains("✓ Password changed"), "{fancy}");
    // The local clock time and the time left, in both modes.
    let expiry = regex_lite_expiry(&fancy);
    assert!(expiry, "{fancy}");
    for plain in [
        run(
            "xterm-256color",
            &["--plain"],
            "second plain test password 2",
        ),
        run("dumb", &[], "third plain test password 3"),
    ] {
        for glyph in ['✓', '✗', '•', '→', '\u{1b}'] {
            assert!(!plain.contains(glyph), "{glyph:?} in plain mode:\n{plain}");
        }
        assert!(plain.contains("Done: Password changed"), "{plain}");
        assert!(regex_lite_expiry(&plain), "{plain}");
        assert!(plain.contains("  - "), "policy bullets: {plain}");
    }
}

/// On a 40-column terminal prose wraps at word boundaries and the method menu fits.
#[test]
fn a_narrow_terminal_gets_whole_words_and_a_menu_that_fits() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut p = pty_sized(
        &home,
        &["reset", "--url", &server.url, "--user", ALICE],
        "xterm-256color",
        40,
    );
    let screen = p.exp_string("Choose 1-4").unwrap();
    p.send_line("1").unwrap();
    let more = p.exp_string("Enter the 6-digit code").unwrap();
    p.send_control('c').unwrap();
    let _ = pty_finish(p);
    let bytes: Vec<u8> = format!("{screen}{more}").chars().map(|c| c as u8).collect();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    // Spinner frames redraw one line; what stays on screen is the text between them.
    let lines: Vec<&str> = text
        .split("\r\n")
        .map(|l| l.rsplit("\u{1b}[2K").next().unwrap_or(l))
        .collect();
    for line in &lines {
        assert!(
            console::measure_text_width(line) <= 40,
            "{line:?} is wider than 40 columns:\n{text}"
        );
    }
    let joined = lines.join(" ");
    assert!(
        joined.contains("a code was sent by email"),
        "words kept whole: {joined}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("  1) email: a****@e")),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.trim_end() == "  4) security question"),
        "{text}"
    );
}

/// `methods` finds a service that is down before it asks anything.
#[test]
fn methods_with_a_service_down_fails_before_asking() {
    let home = Home::new();
    let p = pty(&home, &["methods", "--url", "http://127.0.0.1:9"]);
    let (rest, code) = pty_finish(p);
    assert_eq!(code, 6, "{rest}");
    assert!(!rest.contains("Your user id"), "{rest}");
}

/// Whether `text` says "It expires at HH:MM, in N min".
fn regex_lite_expiry(text: &str) -> bool {
    text.split("It expires at ").skip(1).any(|rest| {
        let b = rest.as_bytes();
        b.len() > 12
            && b[..2].iter().all(u8::is_ascii_digit)
            && b[2] == b':'
            && b[3..5].iter().all(u8::is_ascii_digit)
            && rest[5..].starts_with(", in ")
    })
}
