//! The cognito provider against moto (AWS Cognito in server mode, installed pinned into
//! `target/moto-venv` by `ensure_moto` when missing) and, for what moto cannot produce (every
//! documented error, SecretHash validation, rate limits), a stub server these tests control.
//! The code is read from moto's response header through a recording proxy — the test's
//! "phone" — never by using moto's acceptance of unprefixed codes.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::common::*;
use crate::contract;
use base64::Engine as _;
use hmac::Mac;
use serde_json::{json, Value};

const MOTO_PIN: &[&str] = &[
    "moto[cognitoidp]==5.2.5",
    "flask==3.1.2",
    "flask-cors==6.0.1",
];
const CODE_HEADER: &str = "x-moto-forgot-password-confirmation-code";
const OLD_PW: &str = "Old-Passw0rd!";
const NEW_PW: &str = "violet orbit staple 42";

fn venv() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/moto-venv")
}

/// Installs moto into `target/moto-venv` when it is not there. Never skips.
fn ensure_moto() {
    let server = venv().join("bin/moto_server");
    let marker = venv().join(".pins");
    let pins = MOTO_PIN.join(" ");
    if server.exists() && std::fs::read_to_string(&marker).is_ok_and(|m| m == pins) {
        return;
    }
    let ok = Command::new("python3")
        .args(["-m", "venv"])
        .arg(venv())
        .status()
        .is_ok_and(|s| s.success())
        && Command::new(venv().join("bin/pip"))
            .args(["install", "-q"])
            .args(MOTO_PIN)
            .status()
            .is_ok_and(|s| s.success());
    assert!(
        ok && server.exists(),
        "could not install moto ({MOTO_PIN:?}) into {}",
        venv().display()
    );
    std::fs::write(&marker, pins).unwrap();
}

pub(crate) struct Moto {
    pub(crate) url: String,
}

/// One moto server per test run, on a free loopback port; each test makes its own pool.
pub(crate) fn moto() -> &'static Moto {
    static MOTO: OnceLock<Moto> = OnceLock::new();
    MOTO.get_or_init(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
        ensure_moto();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut cmd = Command::new(venv().join("bin/moto_server"));
        cmd.args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        spawn_for_test_run(cmd);
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        while reqwest::blocking::get(format!("{url}/moto-api/")).is_err() {
            assert!(Instant::now() < deadline, "moto_server did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Moto { url }
    })
}

/// A Cognito call from the test (the admin ones are allowed here, never in `src/`).
fn aws(target: &str, body: Value) -> (u16, Value) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let r = reqwest::blocking::Client::new()
        .post(format!("{}/", moto().url))
        .header("Content-Type", "application/x-amz-json-1.1")
        .header(
            "X-Amz-Target",
            format!("AWSCognitoIdentityProviderService.{target}"),
        )
        .body(body.to_string())
        .send()
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().unwrap_or(Value::Null))
}

struct Pool {
    client_id: String,
    secret: Option<String>,
}

fn hash(secret: &str, user: &str, client: &str) -> String {
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{user}{client}").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// A pool with one user `user` (password OLD_PW, verified email) and one app client.
fn pool(user: &str, with_secret: bool) -> Pool {
    let (s, v) = aws(
        "CreateUserPool",
        json!({"PoolName": format!("p-{user}"), "AutoVerifiedAttributes": ["email"],
        "Policies": {"PasswordPolicy": {"MinimumLength": 8}}}),
    );
    assert_eq!(s, 200, "{v}");
    let pool_id = v["UserPool"]["Id"].as_str().unwrap().to_owned();
    let (s, v) = aws(
        "CreateUserPoolClient",
        json!({"UserPoolId": pool_id, "ClientName": "cli", "GenerateSecret": with_secret,
        "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]}),
    );
    assert_eq!(s, 200, "{v}");
    let client_id = v["UserPoolClient"]["ClientId"].as_str().unwrap().to_owned();
    let secret = v["UserPoolClient"]["ClientSecret"]
        .as_str()
        .map(str::to_owned);
    let (s, v) = aws(
        "AdminCreateUser",
        json!({"UserPoolId": pool_id, "Username": user, "MessageAction": "SUPPRESS",
        "UserAttributes": [{"Name": "email", "Value": format!("{user}@example.com")}, {"Name": "email_verified", "Value": "true"}]}),
    );
    assert_eq!(s, 200, "{v}");
    let (s, v) = aws(
        "AdminSetUserPassword",
        json!({"UserPoolId": pool_id, "Username": user, "Password": OLD_PW, "Permanent": true}),
    );
    assert_eq!(s, 200, "{v}");
    Pool { client_id, secret }
}

/// Signs in as the service would check a password: 200 when it is right.
fn sign_in(p: &Pool, user: &str, password: &str) -> u16 {
    let mut params = json!({"USERNAME": user, "PASSWORD": password});
    if let Some(secret) = &p.secret {
        params["SECRET_HASH"] = json!(hash(secret, user, &p.client_id));
    }
    aws("InitiateAuth", json!({"ClientId": p.client_id, "AuthFlow": "USER_PASSWORD_AUTH", "AuthParameters": params})).0
}

fn cognito_args<'a>(url: &'a str, p: &'a Pool, user: &'a str) -> Vec<&'a str> {
    vec![
        "reset",
        "--provider",
        "cognito",
        "--endpoint-url",
        url,
        "--client-id",
        &p.client_id,
        "--user",
        user,
    ]
}

#[test]
fn scripted_reset_against_moto_changes_the_password() {
    let p = pool("carla", false);
    let phone = FaultProxy::recording(&moto().url, CODE_HEADER);
    let home = Home::new();
    let pw = home.write("pw", &format!("{NEW_PW}\n"));
    std::fs::set_permissions(&pw, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let mut args = cognito_args(&phone.url, &p, "carla");
    let cmd = format!("cat {}", phone.record_file.display());
    args.extend([
        "--code-command",
        &cmd,
        "--password-file",
        pw.to_str().unwrap(),
        "--output",
        "json",
    ]);
    // AWS credentials in the environment are ignored: the calls are unsigned.
    let out = home
        .cmd(&args)
        .env("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", "x")
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(
        (v["status"].as_str(), v["provider"].as_str()),
        (Some("reset"), Some("cognito"))
    );
    assert!(
        phone.latest().starts_with("moto-confirmation-code:"),
        "the real code was used: {}",
        phone.latest()
    );
    assert_eq!(sign_in(&p, "carla", NEW_PW), 200, "new password works");
    assert_ne!(sign_in(&p, "carla", OLD_PW), 200, "old password fails");
}

#[test]
fn interactive_reset_against_moto_with_a_client_secret() {
    let p = pool("dana", true);
    let phone = FaultProxy::recording(&moto().url, CODE_HEADER);
    let home = Home::new();
    let mut args = cognito_args(&phone.url, &p, "dana");
    args.extend(["--client-secret-env", "APP_SECRET"]);
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg("stty echo; exec \"$0\" \"$@\"")
        .arg(BIN)
        .args(&args);
    home.isolate(&mut c);
    c.env("APP_SECRET", p.secret.as_deref().unwrap());
    let mut s = rexpect::session::spawn_command(c, Some(20_000)).unwrap();
    s.exp_string("a code was sent by").unwrap();
    s.exp_string("Enter the 6-digit code").unwrap();
    s.send_line(&phone.latest()).unwrap();
    s.exp_string("Choose a new password").unwrap();
    s.exp_string("NIST").unwrap_or_default();
    type_new_password(&mut s, NEW_PW);
    let (before, _) = s.exp_regex("Password changed for .*dana").unwrap();
    assert!(!before.contains(NEW_PW));
    assert_eq!(pty_finish(s).1, 0);
    assert_eq!(sign_in(&p, "dana", NEW_PW), 200);
    assert_ne!(sign_in(&p, "dana", OLD_PW), 200);
}

#[test]
fn wrong_code_against_moto_is_exit_3() {
    let p = pool("erin", false);
    let home = Home::new();
    let mut args = cognito_args(&moto().url, &p, "erin");
    args.extend(["--code-stdin", "--password-stdin"]);
    let child = start_piped(&mut home.cmd(&args));
    // A wrong code in moto's own format (moto answers ExpiredCodeException for it).
    let run = feed(child, &format!("moto-confirmation-code:000000\n{NEW_PW}\n"));
    assert_eq!(run.code, 3, "{run:?}");
    assert_eq!(sign_in(&p, "erin", OLD_PW), 200, "unchanged");
}

#[test]
fn unlock_methods_and_policy_say_what_cognito_cannot_do() {
    let p = pool("finn", false);
    let home = Home::new();
    let base = [
        "--provider",
        "cognito",
        "--endpoint-url",
        &moto().url,
        "--client-id",
        &p.client_id,
        "--user",
        "finn",
    ];
    let run = home
        .cmd(&["unlock"])
        .args(base)
        .output()
        .map(Run::from)
        .unwrap();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("Cognito has no self-service unlock"),
        "{run:?}"
    );
    let run = home
        .cmd(&["methods"])
        .args(base)
        .output()
        .map(Run::from)
        .unwrap();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("only when it sends a code"), "{run:?}");
    let run = home
        .cmd(&["policy"])
        .args(base)
        .output()
        .map(Run::from)
        .unwrap();
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("needs admin rights") && run.stdout.contains("8 to 256 characters"),
        "{run:?}"
    );
}

// ------------------------------------------------------------------ the stub

/// What the stub saw.
#[derive(Debug, Clone)]
struct Seen {
    target: String,
    content_type: String,
    authorization: Option<String>,
    body: Value,
}

type Reply =
    Box<dyn Fn(&str, &Value, usize) -> (u16, Vec<(&'static str, String)>, String) + Send + Sync>;

/// A stand-in for Cognito for what moto cannot produce; `reply(target, body, n)` answers the
/// n-th call (from 0) to that target.
fn stub(reply: Reply) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let server = tiny_http::Server::http(format!("{}:0", fresh_loopback())).unwrap();
    let url = format!("http://{}", server.server_addr().to_ip().unwrap());
    let seen = Arc::new(Mutex::new(Vec::<Seen>::new()));
    let log = Arc::clone(&seen);
    std::thread::spawn(move || {
        for mut req in server.incoming_requests() {
            let header = |n: &'static str| {
                req.headers()
                    .iter()
                    .find(|h| h.field.equiv(n))
                    .map(|h| h.value.as_str().to_owned())
            };
            let target = header("X-Amz-Target")
                .unwrap_or_default()
                .trim_start_matches("AWSCognitoIdentityProviderService.")
                .to_owned();
            let content_type = header("Content-Type").unwrap_or_default();
            let authorization = header("Authorization");
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(req.as_reader(), &mut text);
            let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            let n = log
                .lock()
                .unwrap()
                .iter()
                .filter(|s| s.target == target)
                .count();
            log.lock().unwrap().push(Seen {
                target: target.clone(),
                content_type,
                authorization,
                body: body.clone(),
            });
            let (status, headers, text) = reply(&target, &body, n);
            let mut resp = tiny_http::Response::from_string(text).with_status_code(status);
            for (k, v) in headers {
                resp = resp.with_header(
                    tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()).unwrap(),
                );
            }
            let _ = req.respond(resp);
        }
    });
    (url, seen)
}

fn ok_forgot() -> (u16, Vec<(&'static str, String)>, String) {
    (200, vec![("Content-Type", "application/x-amz-json-1.1".into())],
     json!({"CodeDeliveryDetails": {"Destination": "g***@e***", "DeliveryMedium": "EMAIL", "AttributeName": "email"}}).to_string())
}

fn aws_error(kind: &str, message: &str) -> (u16, Vec<(&'static str, String)>, String) {
    (
        400,
        vec![
            ("Content-Type", "application/json".into()),
            (
                "X-Amzn-ErrorType",
                format!("{kind}:http://internal.amazon.com/"),
            ),
        ],
        json!({"__type": format!("com.amazonaws.cognito#{kind}"), "message": message}).to_string(),
    )
}

fn stub_args(url: &str) -> Vec<String> {
    [
        "reset",
        "--provider",
        "cognito",
        "--endpoint-url",
        url,
        "--client-id",
        "client123",
        "--user",
        "gina",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn run_scripted(home: &Home, url: &str, extra: &[&str], stdin: &str) -> Run {
    let child = start_piped(
        home.cmd(&[])
            .args(stub_args(url))
            .args(["--code-stdin", "--password-stdin"])
            .args(extra),
    );
    feed(child, stdin)
}

#[test]
fn stub_wrong_code_reprompts_the_code_only_and_keeps_the_password() {
    let (url, seen) = stub(Box::new(|target, _, n| match (target, n) {
        ("ForgotPassword", _) => ok_forgot(),
        ("ConfirmForgotPassword", 0) => aws_error(
            "CodeMismatchException",
            "Invalid verification code provided, please try again.",
        ),
        _ => (200, vec![], "{}".into()),
    }));
    let home = Home::new();
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg("stty echo; exec \"$0\" \"$@\"")
        .arg(BIN)
        .args(stub_args(&url));
    home.isolate(&mut c);
    let mut s = rexpect::session::spawn_command(c, Some(15_000)).unwrap();
    s.exp_string("a code was sent by email to g***@e***")
        .unwrap();
    s.exp_string("Enter the 6-digit code").unwrap();
    s.send_line("111 111").unwrap();
    type_new_password(&mut s, NEW_PW);
    s.exp_string("That code is not correct.").unwrap();
    let (between, _) = s
        .exp_string("Enter the 6-digit code")
        .map(|b| (b, ()))
        .unwrap();
    assert!(
        !between.contains("New password"),
        "asked for the password again: {between}"
    );
    s.send_line("222222").unwrap();
    let (rest, _) = s.exp_regex("Password changed").unwrap();
    assert!(
        !rest.contains("New password"),
        "asked for the password again: {rest}"
    );
    assert_eq!(pty_finish(s).1, 0);
    let confirms: Vec<Seen> = seen
        .lock()
        .unwrap()
        .iter()
        .filter(|s| s.target == "ConfirmForgotPassword")
        .cloned()
        .collect();
    assert_eq!(confirms.len(), 2);
    assert_eq!(confirms[0].body["ConfirmationCode"], "111111", "normalised");
    assert_eq!(confirms[1].body["ConfirmationCode"], "222222");
    assert_eq!(confirms[0].body["Password"], NEW_PW);
    assert_eq!(
        confirms[1].body["Password"], NEW_PW,
        "the same typed password"
    );
}

#[test]
fn stub_wrong_code_with_a_generated_password_leaves_nothing_pending() {
    // Cognito answered "wrong code", so the generated password was certainly not set: it must
    // not linger as pending (which would block the next run).
    let (url, _) = stub(Box::new(|target, _, _| match target {
        "ForgotPassword" => ok_forgot(),
        _ => aws_error(
            "CodeMismatchException",
            "Invalid verification code provided, please try again.",
        ),
    }));
    let home = Home::new();
    let out_file = home.path().join("pw");
    let mut args = stub_args(&url);
    args.extend(
        [
            "--code-stdin",
            "--generate",
            "--save-to-keyring",
            "--password-out",
            out_file.to_str().unwrap(),
        ]
        .map(String::from),
    );
    for _ in 0..2 {
        let child = start_piped(home.cmd(&[]).args(&args));
        let run = feed(child, "123456\n");
        assert_eq!(run.code, 3, "the second run is not refused either: {run:?}");
        assert!(run.stderr.contains("not correct"), "{run:?}");
        assert!(
            keyring_get(&keyring_service(&url), "gina#pending").is_none(),
            "pending password left behind"
        );
        assert!(!home.path().join("pw.pending").exists() && !out_file.exists());
    }
}

#[test]
fn stub_every_documented_error_maps_to_its_exit_code() {
    let cases: &[(&str, &str, &str, i32, &str)] = &[
        // (call that fails, error type, message, exit code, words in stderr)
        (
            "ConfirmForgotPassword",
            "ExpiredCodeException",
            "Invalid code provided, please request a code again.",
            3,
            "expired",
        ),
        (
            "ConfirmForgotPassword",
            "CodeMismatchException",
            "Invalid verification code provided",
            3,
            "not correct",
        ),
        (
            "ConfirmForgotPassword",
            "InvalidPasswordException",
            "Password does not conform to policy: Password must have uppercase characters",
            4,
            "must have uppercase",
        ),
        (
            "ConfirmForgotPassword",
            "LimitExceededException",
            "Attempt limit exceeded, please try after some time.",
            5,
            "too many attempts",
        ),
        (
            "ConfirmForgotPassword",
            "TooManyFailedAttemptsException",
            "Too many failed attempts.",
            5,
            "too many attempts",
        ),
        (
            "ForgotPassword",
            "TooManyRequestsException",
            "Too many requests",
            5,
            "too many attempts",
        ),
        (
            "ForgotPassword",
            "NotAuthorizedException",
            "Contact administrator to reset password.",
            3,
            "recovery is disabled",
        ),
        (
            "ForgotPassword",
            "InvalidParameterException",
            "1 validation error detected",
            2,
            "parameter was refused",
        ),
        (
            "ForgotPassword",
            "ResourceNotFoundException",
            "User pool client client123 does not exist.",
            2,
            "--client-id and --region",
        ),
    ];
    for (call, kind, message, code, words) in cases {
        let (call, kind_owned, message) = (call.to_string(), kind.to_string(), message.to_string());
        let (url, _) = stub(Box::new(move |target, _, _| {
            if target == call {
                aws_error(&kind_owned, &message)
            } else if target == "ForgotPassword" {
                ok_forgot()
            } else {
                (200, vec![], "{}".into())
            }
        }));
        let run = run_scripted(
            &Home::new(),
            &url,
            &["--output", "json"],
            &format!("123456\n{NEW_PW}\n"),
        );
        assert_eq!(run.code, *code, "{kind}: {run:?}");
        assert!(
            run.stderr.contains(words),
            "{kind}: expected {words:?}: {run:?}"
        );
        let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
        assert_eq!(v["error"]["exit_code"], *code);
    }
}

#[test]
fn stub_server_errors_and_html_are_exit_6() {
    let (url, _) = stub(Box::new(|_, _, _| {
        (
            503,
            vec![("Content-Type", "text/html".into())],
            "<html>Service Unavailable</html>".into(),
        )
    }));
    let run = run_scripted(&Home::new(), &url, &[], &format!("123456\n{NEW_PW}\n"));
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("HTTP 503"), "{run:?}");
}

#[test]
fn stub_unknown_user_looks_exactly_like_a_known_one() {
    let (url, _) = stub(Box::new(|target, body, _| {
        match target {
        "ForgotPassword" if body["Username"] == "gina@example.com" => (200, vec![], json!({"CodeDeliveryDetails": {"Destination": "g***@e***", "DeliveryMedium": "EMAIL", "AttributeName": "email"}}).to_string()),
        "ForgotPassword" => aws_error("UserNotFoundException", "Username/client id combination not found."),
        _ => aws_error("CodeMismatchException", "Invalid verification code provided"),
    }
    }));
    let home = Home::new();
    let mut outputs = Vec::new();
    for user in ["gina@example.com", "gabe@example.com"] {
        let child = start_piped(
            &mut home.cmd_args(
                &Args::new("reset")
                    .opt("--provider", "cognito")
                    .opt("--endpoint-url", &url)
                    .opt("--client-id", "client123")
                    .user(user)
                    .flag("--code-stdin")
                    .flag("--password-stdin"),
            ),
        );
        let run = feed(child, &format!("123456\n{NEW_PW}\n"));
        assert_eq!(run.code, 3, "{user}: {run:?}");
        outputs.push(run.stderr.replace(user, "USER"));
    }
    assert_eq!(
        outputs[0], outputs[1],
        "known and unknown users must read the same"
    );
}

#[test]
fn stub_checks_secret_hash_content_type_and_that_calls_are_unsigned() {
    let secret = "s3cr3t-app-client";
    let (url, seen) = stub(Box::new(move |target, body, _| {
        let expected = hash(secret, "gina", "client123");
        if body["SecretHash"] != expected {
            return aws_error(
                "NotAuthorizedException",
                "Unable to verify secret hash for client client123",
            );
        }
        if target == "ForgotPassword" {
            ok_forgot()
        } else {
            (200, vec![], "{}".into())
        }
    }));
    let home = Home::new();
    let child = start_piped(
        home.cmd(&[])
            .args(stub_args(&url))
            .args([
                "--client-secret-env",
                "APP_SECRET",
                "--code-stdin",
                "--password-stdin",
            ])
            .env("APP_SECRET", secret)
            .env("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE")
            .env("AWS_SECRET_ACCESS_KEY", "x")
            .env("AWS_SESSION_TOKEN", "t"),
    );
    let run = feed(child, &format!("123456\n{NEW_PW}\n"));
    assert_eq!(run.code, 0, "{run:?}");
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 2);
    for s in seen.iter() {
        assert_eq!(s.content_type, "application/x-amz-json-1.1", "{s:?}");
        assert!(
            s.authorization.is_none(),
            "signed with AWS credentials: {s:?}"
        );
        assert!(!s.target.starts_with("Admin"), "{s:?}");
    }
    // With the wrong secret the stub refuses, and pwreset says so.
    let (url2, _) = stub(Box::new(move |_, body, _| {
        if body["SecretHash"] != hash(secret, "gina", "client123") {
            aws_error(
                "NotAuthorizedException",
                "Unable to verify secret hash for client client123",
            )
        } else {
            ok_forgot()
        }
    }));
    let child = start_piped(
        home.cmd(&[])
            .args(stub_args(&url2))
            .args([
                "--client-secret-env",
                "APP_SECRET",
                "--code-stdin",
                "--password-stdin",
            ])
            .env("APP_SECRET", "wrong"),
    );
    let run = feed(child, &format!("123456\n{NEW_PW}\n"));
    assert_eq!(run.code, 3, "{run:?}");
    assert!(run.stderr.contains("secret hash"), "{run:?}");
}

#[test]
fn client_secret_is_never_an_argument_and_endpoint_must_be_safe() {
    let home = Home::new();
    let run = home.run_args(
        &Args::new("reset")
            .opt("--provider", "cognito")
            .opt("--client-id", "c")
            .flag("--client-secret")
            .flag("abc"),
    );
    assert_eq!(run.code, 10, "{run:?}");
    assert!(run.stderr.contains("--client-secret-env"), "{run:?}");
    let run = home.run_args(
        &Args::new("reset")
            .opt("--provider", "cognito")
            .opt("--client-id", "c")
            .opt("--endpoint-url", "http://cognito.example.com")
            .user("x"),
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("plain http://"), "{run:?}");
    let run = home.run_args(
        &Args::new("reset")
            .opt("--provider", "cognito")
            .user("x")
            .opt("--region", "eu-west-1"),
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--client-id"), "{run:?}");
    // AWS's own endpoint variable is honoured.
    let out = home
        .cmd(&["policy", "--provider", "cognito", "--client-id", "c", "-v"])
        .env(
            "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER",
            "http://127.0.0.1:9",
        )
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn stub_expired_code_sends_a_new_one_and_refused_password_is_reprompted() {
    let (url, seen) = stub(Box::new(|target, _, n| {
        match (target, n) {
        ("ForgotPassword", _) => ok_forgot(),
        ("ConfirmForgotPassword", 0) => aws_error("ExpiredCodeException", "Invalid code provided, please request a code again."),
        // The error type only in the body, with a namespace prefix.
        ("ConfirmForgotPassword", 1) => (400, vec![("Content-Type", "application/json".into())],
            json!({"__type": "com.amazonaws.cognito#InvalidPasswordException", "message": "Password does not conform to policy: Password must have symbol characters"}).to_string()),
        _ => (200, vec![], "{}".into()),
    }
    }));
    let home = Home::new();
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg("stty echo; exec \"$0\" \"$@\"")
        .arg(BIN)
        .args(stub_args(&url));
    home.isolate(&mut c);
    let mut s = rexpect::session::spawn_command(c, Some(15_000)).unwrap();
    s.exp_string("Enter the 6-digit code").unwrap();
    s.send_line("111111").unwrap();
    type_new_password(&mut s, NEW_PW);
    s.exp_string("Send a new one by email? [Y/n]").unwrap();
    s.send_line("y").unwrap();
    s.exp_string("a code was sent by email").unwrap();
    s.exp_string("Enter the 6-digit code").unwrap();
    s.send_line("222222").unwrap();
    s.exp_string("refused that password").unwrap();
    s.exp_string("Password must have symbol characters")
        .unwrap();
    type_new_password(&mut s, "violet orbit staple 42!");
    s.exp_string("Password changed").unwrap();
    assert_eq!(pty_finish(s).1, 0);
    let seen = seen.lock().unwrap();
    let targets: Vec<&str> = seen.iter().map(|s| s.target.as_str()).collect();
    assert_eq!(
        targets,
        [
            "ForgotPassword",
            "ConfirmForgotPassword",
            "ForgotPassword",
            "ConfirmForgotPassword",
            "ConfirmForgotPassword"
        ]
    );
    assert_eq!(seen[3].body["ConfirmationCode"], "222222");
    assert_eq!(
        seen[4].body["ConfirmationCode"], "222222",
        "the new code is kept for the new password"
    );
    assert_eq!(seen[4].body["Password"], "violet orbit staple 42!");
}

#[test]
fn cognito_from_a_profile() {
    let p = pool("hugo", false);
    let phone = FaultProxy::recording(&moto().url, CODE_HEADER);
    let home = Home::new();
    home.write(
        "config/pwreset/config.toml",
        &format!("default_profile = \"aws\"\n[profiles.aws]\nprovider = \"cognito\"\nendpoint_url = \"{}\"\nclient_id = \"{}\"\nuser = \"hugo\"\n", phone.url, p.client_id),
    );
    let pw = home.write("pw", &format!("{NEW_PW}\n"));
    std::fs::set_permissions(&pw, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let cmd = format!("cat {}", phone.record_file.display());
    let run = home.run_args(
        &Args::new("reset")
            .opt("--code-command", &cmd)
            .opt("--password-file", pw.to_str().unwrap()),
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(sign_in(&p, "hugo", NEW_PW), 200);
}

fn keyring_service(url: &str) -> String {
    format!("pwreset:{}", url.trim_start_matches("http://"))
}

#[test]
fn lost_confirm_answer_keeps_the_generated_password_and_resume_says_the_code_is_spent() {
    let p = pool("dora", false);
    // Moto applies ConfirmForgotPassword; the proxy then drops the connection before the answer.
    let phone =
        FaultProxy::recording_and_dropping(&moto().url, CODE_HEADER, "ConfirmForgotPassword", 1);
    let home = Home::new();
    let cmd = format!("cat {}", phone.record_file.display());
    let mut args = cognito_args(&phone.url, &p, "dora");
    args.extend([
        "--code-command",
        &cmd,
        "--generate",
        "--save-to-keyring",
        "--output",
        "json",
    ]);
    let run = Run::from(home.cmd(&args).output().unwrap());
    assert_eq!(run.code, 6, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("may or may not be set"),
        "{v}"
    );
    let service = keyring_service(&phone.url);
    let pending = keyring_get(&service, "dora#pending").expect("pending password kept");
    assert_eq!(sign_in(&p, "dora", &pending), 200, "moto did set it");

    // --resume repeats the confirmation with the kept code; Cognito calls the code spent.
    let mut resume = args.clone();
    resume.push("--resume");
    let run = Run::from(home.cmd(&resume).output().unwrap());
    assert_eq!(run.code, 6, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    let message = v["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("used up or expired") && message.contains("the new password is set"),
        "{v}"
    );
    assert!(
        v["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("try signing in"),
        "{v}"
    );
    assert_eq!(v["password_pending_in"].as_array().unwrap().len(), 1, "{v}");
    assert_eq!(keyring_get(&service, "dora#pending"), Some(pending.clone()));
    assert!(
        keyring_get(&service, "dora#flow").is_none(),
        "nothing left to resume"
    );
    assert_eq!(phone.recorded.lock().unwrap().len(), 1, "no new code sent");

    // A new run will not overwrite the pending password unless told to.
    let run = Run::from(home.cmd(&args).output().unwrap());
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.contains("holds a pending password"), "{run:?}");
    let mut forced = args.clone();
    forced.push("--force-overwrite");
    let run = Run::from(home.cmd(&forced).output().unwrap());
    assert_eq!(run.code, 0, "{run:?}");
    let newest = keyring_get(&service, "dora").expect("confirmed password");
    assert_ne!(newest, pending);
    assert_eq!(sign_in(&p, "dora", &newest), 200);
    assert!(keyring_get(&service, "dora#pending").is_none());
}

#[test]
fn kill_9_at_the_password_then_resume_submits_with_the_kept_code() {
    let p = pool("ezra", false);
    let phone = FaultProxy::recording(&moto().url, CODE_HEADER);
    let home = Home::new();
    let cmd = format!("cat {}", phone.record_file.display());
    let mut args = cognito_args(&phone.url, &p, "ezra");
    args.extend(["--code-command", &cmd, "--password-stdin"]);
    // pwreset takes the code, then waits for the password on stdin, which never comes.
    let mut child = home
        .cmd(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let service = keyring_service(&phone.url);
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !keyring_get(&service, "ezra#flow").is_some_and(|f| f.contains("held_code")) {
        assert!(
            std::time::Instant::now() < deadline,
            "the code was never kept"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    child.kill().unwrap();
    child.wait().unwrap();

    let mut resume = args.clone();
    resume.extend(["--resume", "--output", "json"]);
    let child = start_piped(&mut home.cmd(&resume));
    let run = feed(child, &format!("{NEW_PW}\n"));
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["resumed"], true, "{v}");
    assert_eq!(
        phone.recorded.lock().unwrap().len(),
        1,
        "no second code sent"
    );
    assert_eq!(sign_in(&p, "ezra", NEW_PW), 200, "new password works");
    assert_ne!(sign_in(&p, "ezra", OLD_PW), 200, "old password fails");
}

/// The provider contract against moto: a pool per scenario, the code read from moto's answers
/// by the recording proxy (the person's phone).
struct MotoTarget {
    pool: Pool,
    user: String,
    phone: FaultProxy,
}

impl contract::Target for MotoTarget {
    fn provider(&self, base: &str) -> Box<dyn pwreset::provider::Provider> {
        Box::new(pwreset::provider::cognito::CognitoProvider::new(
            contract::api(base),
            self.pool.client_id.clone(),
            None,
            pwreset::policy::Policy::new(8, 256, 0, false),
        ))
    }
    fn base(&self) -> String {
        moto().url.clone()
    }
    fn via(&self, _base: &str) -> String {
        self.phone.url.clone()
    }
    fn account(&self) -> (String, String) {
        (self.user.clone(), OLD_PW.into())
    }
    fn unknown_user(&self) -> String {
        "nobody-here".into()
    }
    fn latest_code(&self, _user: &str) -> String {
        self.phone.latest()
    }
    fn wrong_code(&self) -> String {
        // In moto's own format: moto accepts any code without its prefix, unchecked.
        "moto-confirmation-code:000000".into()
    }
    fn signs_in(&self, user: &str, password: &str) -> bool {
        sign_in(&self.pool, user, password) == 200
    }
    fn set_password_request(&self) -> &'static str {
        "ConfirmForgotPassword"
    }
    fn refused_password(&self) -> Result<&'static str, &'static str> {
        Err("moto does not check the pool's password policy on confirm; the stub tests cover it")
    }
    fn expire_flows(&self) -> Result<(), &'static str> {
        Err("Cognito has no flow: the code alone authorises the change")
    }
    fn limits_starts(&self) -> Result<(), &'static str> {
        Err("moto does not rate-limit; the stub tests cover LimitExceededException")
    }
    fn expire_codes(&self) -> Result<(), &'static str> {
        Err("moto does not expire codes; the stub tests cover ExpiredCodeException")
    }
}

fn moto_target() -> MotoTarget {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let user = format!(
        "contract{}",
        N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    );
    MotoTarget {
        pool: pool(&user, false),
        user,
        phone: FaultProxy::recording(&moto().url, CODE_HEADER),
    }
}

contract_suite!(contract_moto, moto_target);

/// A stateful stand-in for the Cognito user pools API, for what moto does not do: expire
/// codes, check the pool's password policy on confirm, tell a wrong code from an expired one,
/// spend a code once, and rate-limit. It follows the API reference: ForgotPassword
/// (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html)
/// and ConfirmForgotPassword
/// (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmForgotPassword.html):
/// errors as HTTP 400 with `X-Amzn-ErrorType` and `{"__type", "message"}`.
struct CognitoStubTarget {
    stub: Stub,
    state: Arc<Mutex<contract::StubAccount>>,
}

const STUB_USER: &str = "dora";
/// The stub pool's policy wants 12 characters; pwreset's local Cognito rules want 8.
const STUB_MIN_LENGTH: usize = 12;

fn pool_error(kind: &str, message: &str) -> crate::common::Reply {
    crate::common::Reply::with_type(
        400,
        "application/x-amz-json-1.1",
        json!({"__type": kind, "message": message}).to_string(),
    )
    .header("X-Amzn-ErrorType", kind)
}

fn cognito_stub_target() -> CognitoStubTarget {
    let state = contract::StubAccount::shared(OLD_PW);
    let shared = Arc::clone(&state);
    let stub = Stub::start(move |seen, _| {
        let body: Value = serde_json::from_str(&seen.body).unwrap_or_default();
        let action = seen
            .header("X-Amz-Target")
            .and_then(|t| t.rsplit('.').next())
            .unwrap_or("")
            .to_owned();
        let mut s = shared.lock().unwrap();
        let ok = |v: Value| {
            crate::common::Reply::with_type(200, "application/x-amz-json-1.1", v.to_string())
        };
        match action.as_str() {
            "ForgotPassword" if body["Username"] != STUB_USER => pool_error(
                "UserNotFoundException",
                "Username/client id combination not found.",
            ),
            "ForgotPassword" if s.sent >= 5 => pool_error(
                "LimitExceededException",
                "Attempt limit exceeded, please try after some time.",
            ),
            "ForgotPassword" => {
                let code = format!("{:06}", 314_151 + s.sent);
                s.send(code);
                ok(
                    json!({"CodeDeliveryDetails": {"Destination": "d***@e***", "DeliveryMedium": "EMAIL", "AttributeName": "email"}}),
                )
            }
            "ConfirmForgotPassword" => {
                let given = body["ConfirmationCode"].as_str().unwrap_or("");
                let password = body["Password"].as_str().unwrap_or("");
                match s.code.clone() {
                    None => pool_error(
                        "ExpiredCodeException",
                        "Invalid code provided, please request a code again.",
                    ),
                    Some((_, true)) => pool_error(
                        "ExpiredCodeException",
                        "Invalid code provided, please request a code again.",
                    ),
                    Some((code, false)) if code != given => pool_error(
                        "CodeMismatchException",
                        "Invalid verification code provided, please try again.",
                    ),
                    Some(_) if password.chars().count() < STUB_MIN_LENGTH => pool_error(
                        "InvalidPasswordException",
                        "Password did not conform with policy: Password not long enough",
                    ),
                    Some(_) => {
                        s.reset(password);
                        ok(json!({}))
                    }
                }
            }
            other => pool_error("InvalidParameterException", &format!("unexpected {other}")),
        }
    });
    CognitoStubTarget { stub, state }
}

impl contract::Target for CognitoStubTarget {
    fn provider(&self, base: &str) -> Box<dyn pwreset::provider::Provider> {
        Box::new(pwreset::provider::cognito::CognitoProvider::new(
            contract::api(base),
            "stubclient".into(),
            None,
            pwreset::policy::Policy::new(8, 256, 0, false),
        ))
    }
    fn base(&self) -> String {
        self.stub.url.clone()
    }
    fn account(&self) -> (String, String) {
        (STUB_USER.into(), OLD_PW.into())
    }
    fn unknown_user(&self) -> String {
        "nobody-here".into()
    }
    fn latest_code(&self, _user: &str) -> String {
        self.state.lock().unwrap().latest_code()
    }
    fn signs_in(&self, _user: &str, password: &str) -> bool {
        self.state.lock().unwrap().password == password
    }
    fn set_password_request(&self) -> &'static str {
        "ConfirmForgotPassword"
    }
    fn refused_password(&self) -> Result<&'static str, &'static str> {
        Ok("kite river")
    }
    fn expire_flows(&self) -> Result<(), &'static str> {
        Err("Cognito has no flow: the code alone authorises the change")
    }
    fn limits_starts(&self) -> Result<(), &'static str> {
        Ok(())
    }
    fn expire_codes(&self) -> Result<(), &'static str> {
        self.state.lock().unwrap().expire_code();
        Ok(())
    }
}

contract_suite!(contract_cognito_stub, cognito_stub_target);
