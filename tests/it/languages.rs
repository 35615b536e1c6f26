//! The person's language: English, Italian and Simplified Chinese, chosen by `--lang`,
//! `PWRESET_LANG` or the locale; a pseudo-locale (accented English in brackets) proves that no
//! human-facing string bypasses the catalogs. What scripts read never changes with it.

use serde_json::{json, Value};

use crate::common::*;
use crate::scripted::{SVC, SVC_TOTP};

const EVE: &str = "eve@example.com";

/// `text` as rexpect sees it: each byte of its UTF-8 as one char.
fn raw(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// `cmd` with the language set by the locale, as a person's shell would have it.
fn with_locale(mut cmd: std::process::Command, lang: &str) -> std::process::Command {
    cmd.env("LANG", lang);
    cmd
}

/// The text outside the pseudo-locale's brackets, with what is data (not words pwreset wrote)
/// taken out: addresses, masked hints, flags, variables, codes and generated passwords.
fn outside_the_catalog(text: &str) -> Vec<String> {
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let data = |word: &str| {
        word.contains('@')
            || word.contains("://")
            || word.contains('/')
            || word.starts_with("127.")
            || word.starts_with('-')
            || word.starts_with("PWRESET_")
            || word.chars().any(|c| c.is_ascii_digit())
            || ["pwreset", "alice", "correct", "horse", "battery", "staple"].contains(&word)
            // Subcommand names are typed as they are, in every language.
            || ["reset", "unlock", "methods", "policy", "demo", "profile", "pending", "list"]
                .contains(&word)
    };
    outside
        .lines()
        .filter(|line| {
            line.split(|c: char| c.is_whitespace() || ",;:()\"'.“”".contains(c))
                .filter(|w| !w.is_empty() && !data(w))
                .any(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
        })
        .map(str::to_owned)
        .collect()
}

/// English sentences give themselves away by their small words.
fn english_words(text: &str) -> Vec<String> {
    const SMALL: &[&str] = &[
        "the", "your", "you", "was", "with", "sent", "has", "is", "of", "to", "and", "from",
        "step", "verified", "works", "new", "changed", "for", "code", "running",
    ];
    text.lines()
        .filter(|line| {
            line.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| SMALL.contains(&w.to_lowercase().as_str()))
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_demo_in_italian_and_in_chinese_says_no_english_sentence() {
    for (lang, expected) in [
        ("it_IT.UTF-8", "Password reimpostata per alice@example.com"),
        ("zh_CN.UTF-8", "的密码"),
    ] {
        let home = Home::new();
        let run = Run::from(
            with_locale(home.cmd(&["demo"]), lang)
                .output()
                .expect("run"),
        );
        assert_eq!(run.code, 0, "{lang}: {run:?}");
        assert!(run.stderr.contains(expected), "{lang}: {}", run.stderr);
        let english = english_words(&run.stderr);
        assert!(english.is_empty(), "{lang}: English in\n{english:#?}");
    }
    // The check would see English: the same demo in English is caught by it.
    let run = Home::new().run(&["demo"]);
    assert!(!english_words(&run.stderr).is_empty());
}

#[test]
fn c_posix_and_unknown_languages_give_english_without_complaint() {
    for (var, value) in [
        ("LANG", "C"),
        ("LANG", "POSIX"),
        ("LANG", "fr_FR.UTF-8"),
        ("PWRESET_LANG", "klingon"),
        ("LC_ALL", "C"),
    ] {
        let home = Home::new();
        let mut cmd = home.cmd(&["demo"]);
        cmd.env(var, value);
        if var == "LC_ALL" {
            // LC_ALL wins over LANG, as in POSIX.
            cmd.env("LANG", "it_IT.UTF-8");
        }
        let run = Run::from(cmd.output().expect("run"));
        assert_eq!(run.code, 0, "{var}={value}: {run:?}");
        assert!(
            run.stderr
                .contains("Password changed for alice@example.com"),
            "{var}={value}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    }
}

#[test]
fn the_flag_wins_over_the_variable_and_the_variable_over_the_locale() {
    let home = Home::new();
    let mut cmd = home.cmd(&["--lang", "zh", "demo"]);
    cmd.env("PWRESET_LANG", "it")
        .env("LC_MESSAGES", "it_IT.UTF-8");
    let run = Run::from(cmd.output().unwrap());
    assert!(run.stderr.contains("已重置"), "{}", run.stderr);
    let mut cmd = home.cmd(&["demo"]);
    cmd.env("PWRESET_LANG", "it").env("LC_ALL", "zh_CN.UTF-8");
    let run = Run::from(cmd.output().unwrap());
    assert!(
        run.stderr.contains("Password reimpostata"),
        "{}",
        run.stderr
    );
    let mut cmd = home.cmd(&["demo"]);
    cmd.env("LC_MESSAGES", "zh_Hans").env("LANG", "it_IT.UTF-8");
    let run = Run::from(cmd.output().unwrap());
    assert!(run.stderr.contains("已重置"), "{}", run.stderr);
}

/// Every human-facing line of the demo, a scripted reset, its errors and an interactive reset
/// comes from the catalog: in the pseudo-locale nothing outside its brackets is a word.
#[test]
fn the_pseudo_locale_leaves_no_string_outside_the_catalog() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let pseudo = |mut cmd: std::process::Command| {
        cmd.env("PWRESET_LANG", "en-XA");
        cmd
    };
    let mut outputs = Vec::new();
    for args in [
        Args::new("demo"),
        Args::new("demo").flag("--unlock"),
        Args::new("reset")
            .url(&server.url)
            .user(SVC)
            .flag("--no-input"),
        Args::new("reset")
            .url("http://127.0.0.1:9")
            .user(SVC)
            .flag("--no-input"),
        Args::new("reset").opt("--password", "hunter2"),
        Args::new("reset").flag("--frobnicate"),
        Args::new("rest"),
        Args::new("reset").flag("--url"),
        Args::new("policy").url(&server.url),
        Args::new("methods").url(&server.url).user(ALICE),
        Args::new("profile").flag("list"),
    ] {
        let run = Run::from(pseudo(home.cmd_args(&args)).output().unwrap());
        assert!(run.stderr.contains('['), "{args:?}: {run:?}");
        outputs.push((format!("{args:?}"), run.stderr));
    }
    // A whole scripted reset, a wrong code first.
    let mut cmd = pseudo(
        home.cmd_args(
            &Args::new("reset")
                .url(&server.url)
                .user(SVC)
                .opt("--totp-secret-env", "T")
                .flag("--password-stdin"),
        ),
    );
    cmd.env("T", SVC_TOTP);
    let run = feed(start_piped(&mut cmd), "fresh words for the service 7\n");
    assert_eq!(run.code, 0, "{run:?}");
    outputs.push(("scripted reset".into(), run.stderr));
    let json = Run::from(
        pseudo(
            home.cmd_args(
                &Args::new("reset")
                    .url(&server.url)
                    .user(SVC)
                    .flag("--no-input")
                    .json(),
            ),
        )
        .output()
        .unwrap(),
    );
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["error"]["code"], Value::Null, "{v}");
    outputs.push(("json message".into(), v["error"]["message"].to_string()));

    // An interactive reset at a terminal: a wrong code, then the right one.
    let args = ["reset", "--url", &server.url, "--user", "solo@example.com"];
    let mut p = pty_in(&home, &args, "en-XA", 100);
    let mut screen = p.exp_string(&raw("çódé fór solo@example.com]")).unwrap();
    p.send_line("000000").unwrap();
    screen += &p.exp_string(&raw("ñót çórréçt")).unwrap();
    screen += &p.exp_string(&raw("fór solo@example.com]")).unwrap();
    p.send_line(&server.latest_code("solo@example.com", "email"))
        .unwrap();
    screen += &p.exp_string(&raw("(týpíñg íš híddéñ)]")).unwrap();
    p.send_line("a long new pass phrase 42").unwrap();
    screen += &p.exp_string(&raw("Répéát")).unwrap();
    screen += &p.exp_string("]").unwrap();
    p.send_line("a long new pass phrase 42").unwrap();
    let (rest, code) = pty_finish(p);
    let screen = decoded(&(screen + &rest));
    assert_eq!(code, 0, "{screen}");
    outputs.push(("interactive reset".into(), screen));

    for (what, text) in &outputs {
        let leaks = outside_the_catalog(text);
        assert!(
            leaks.is_empty(),
            "{what}: not from the catalog:\n{leaks:#?}\n---\n{text}"
        );
    }
    // The check would see English outside the catalog.
    assert!(!outside_the_catalog("[Dóñé] but this is English").is_empty());
}

/// `pwreset ARGS` at a pseudo-terminal of `cols` columns, in the locale `lang`.
fn pty_in(home: &Home, args: &[&str], lang: &str, cols: u16) -> rexpect::session::PtySession {
    let mut c = std::process::Command::new("sh");
    c.arg("-c")
        .arg(format!("stty echo cols {cols} rows 40; exec \"$0\" \"$@\""))
        .arg(BIN)
        .args(args);
    home.isolate(&mut c);
    c.env("TERM", "dumb")
        .env("COLUMNS", cols.to_string())
        .env("LANG", lang);
    rexpect::session::spawn_command(c, Some(15_000)).unwrap()
}

/// What reached the screen, from rexpect's one char per byte back to text.
fn decoded(screen: &str) -> String {
    let bytes: Vec<u8> = screen.chars().map(|c| c as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// What the screen showed up to and including `needle`.
fn upto(p: &mut rexpect::session::PtySession, needle: &str) -> String {
    p.exp_string(&raw(needle)).unwrap() + &raw(needle)
}

/// A reset at a terminal, in Italian, as a person types it: prompts, expiry as clock time and
/// time left, the strength line and the closing lines, as they reach the screen.
#[test]
fn a_whole_reset_in_italian_at_a_terminal() {
    let server = DevServer::start_on("127.0.0.1", &[]);
    let home = Home::new();
    let args = ["reset", "--url", &server.url, "--user", "solo@example.com"];
    let mut p = pty_in(&home, &args, "it_IT.UTF-8", 100);
    let mut screen = upto(&mut p, "Immetti il codice di 6 cifre per solo@example.com");
    p.send_line("12345").unwrap();
    screen += &upto(&mut p, "Hai inserito 5 cifre; il codice ne ha 6.");
    p.send_line(&server.latest_code("solo@example.com", "email"))
        .unwrap();
    screen += &upto(&mut p, "Nuova password (la digitazione è nascosta)");
    p.send_line("qwertyuiopasdf").unwrap();
    screen += &upto(&mut p, "Usarla comunque? [s/N]");
    p.send_line("n").unwrap();
    screen += &upto(&mut p, "Nuova password (la digitazione è nascosta)");
    p.send_line("violetto orbita graffetta 42").unwrap();
    screen += &upto(&mut p, "Ripeti la nuova password");
    p.send_line("violetto orbita graffetta 42").unwrap();
    let (rest, code) = pty_finish(p);
    let screen = decoded(&(screen + &rest));
    assert_eq!(code, 0, "{screen}");
    assert_eq!(
        server.login("solo@example.com", "violetto orbita graffetta 42"),
        200
    );
    settings().bind(|| insta::assert_snapshot!("reset_in_italian_at_a_terminal", screen));
}

/// The same in Simplified Chinese, on a 40-column terminal: wide characters wrap by display
/// width, so no line is wider than the terminal.
#[test]
fn a_whole_reset_in_chinese_at_a_narrow_terminal() {
    let server = DevServer::start_on("127.0.0.1", &[]);
    let home = Home::new();
    let mut p = pty_in(
        &home,
        &["reset", "--url", &server.url, "--user", EVE],
        "zh_CN.UTF-8",
        40,
    );
    let mut screen = upto(&mut p, "选择 1-2");
    p.send_line("1").unwrap();
    // Prompts wrap too; each ends with its keys in brackets.
    screen += &upto(&mut p, "): ");
    p.send_line(&server.latest_code(EVE, "email")).unwrap();
    // The second step has one method left (another kind): no menu.
    screen += &upto(&mut p, "): ");
    assert!(screen.contains(&raw("第 2 步,共 2 步")), "{screen}");
    p.send_line(&server.latest_code(EVE, "sms")).unwrap();
    screen += &upto(&mut p, "新密码(输入内容不显示)");
    p.send_line("紫色轨道订书钉 42 号").unwrap();
    screen += &upto(&mut p, "再次输入新密码");
    p.send_line("紫色轨道订书钉 42 号").unwrap();
    let (rest, exit) = pty_finish(p);
    let screen = decoded(&(screen + &rest));
    assert_eq!(exit, 0, "{screen}");
    assert_eq!(server.login(EVE, "紫色轨道订书钉 42 号"), 200);
    for line in screen.lines() {
        let width = unicode_width::UnicodeWidthStr::width(line.trim_end_matches('\r'));
        assert!(width <= 40, "{width} columns: {line:?}\n{screen}");
    }
    assert!(screen.contains("过期("), "expiry as clock time: {screen}");
    settings().bind(|| insta::assert_snapshot!("reset_in_chinese_at_a_terminal", screen));
}

/// The snapshot filters, with the time left in Italian and Chinese words.
fn settings() -> insta::Settings {
    let mut s = crate::snapshots::settings();
    s.add_filter(r"(tra|in) \d+ (min|s)\b", "$1 [N] $2");
    s.add_filter(r"\d+(\s+)(分钟后|秒后)", "[N]$1$2");
    s.add_filter(r"\r", "");
    s
}

#[test]
fn json_keys_status_codes_and_exit_codes_do_not_change_with_the_language() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    let mut seen = Vec::new();
    for lang in ["en", "it", "zh-CN", "en-XA"] {
        let args = Args::new("reset")
            .url(&server.url)
            .user(SVC)
            .opt("--lang", lang)
            .flag("--no-input")
            .json();
        let run = home.run_args(&args);
        assert_eq!(run.code, 2, "{lang}: {run:?}");
        let v: Value = serde_json::from_str(&run.stdout).unwrap();
        let mut shape = v.clone();
        shape["error"]["message"] = json!("…");
        shape["error"]["hint"] = json!("…");
        seen.push((lang, v, shape));
    }
    for (lang, _, shape) in &seen[1..] {
        assert_eq!(shape, &seen[0].2, "{lang}");
    }
    assert_eq!(seen[0].1["error"]["kind"], "usage");
    assert!(seen[1].1["error"]["message"]
        .as_str()
        .unwrap()
        .contains("ma non può farlo"));
    assert!(seen[2].1["error"]["message"]
        .as_str()
        .unwrap()
        .contains("不能提示输入"));
}

#[test]
fn help_the_man_page_and_argument_errors_follow_the_language() {
    let home = Home::new();
    let it = home.run(&["--lang", "it", "--help"]);
    assert_eq!(it.code, 0);
    for words in [
        "Uso: pwreset [OPZIONI] <COMANDO>",
        "Comandi:",
        "Opzioni:",
        "Codici di uscita:",
        "Non riesci ad accedere al tuo account?",
        "Impostazioni del provider:",
    ] {
        assert!(it.stdout.contains(words), "{words:?} in\n{}", it.stdout);
    }
    let zh = Run::from(
        with_locale(home.cmd(&["reset", "-h"]), "zh_CN.UTF-8")
            .output()
            .unwrap(),
    );
    for words in [
        "用法:",
        "选项:",
        "无提示验证:",
        "重置服务的基础 URL",
        "[默认: human]",
    ] {
        assert!(zh.stdout.contains(words), "{words:?} in\n{}", zh.stdout);
    }
    // The errors people see most.
    for (args, lang, words) in [
        (
            &["rest"][..],
            "it_IT.UTF-8",
            "esiste un sottocomando simile: 'reset'",
        ),
        (&["rest"][..], "zh_CN.UTF-8", "存在相似的子命令:'reset'"),
        (
            &["reset", "--frobnicate"][..],
            "it_IT.UTF-8",
            "argomento inatteso '--frobnicate'",
        ),
        (
            &["reset", "--url"][..],
            "zh_CN.UTF-8",
            "'--url <URL>' 需要一个值,但没有提供",
        ),
        (
            &["reset", "--output", "jsn"][..],
            "it_IT.UTF-8",
            "valore 'jsn' non valido per '--output <OUTPUT>'",
        ),
    ] {
        let run = Run::from(with_locale(home.cmd(args), lang).output().unwrap());
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains(words), "{words:?} in\n{}", run.stderr);
        assert!(
            !english_words(&run.stderr).iter().any(|l| l.contains("try")),
            "{}",
            run.stderr
        );
    }
    let man = Run::from(
        with_locale(home.cmd(&["man"]), "it_IT.UTF-8")
            .output()
            .unwrap(),
    );
    for words in [
        ".SH NOME",
        ".SH \"CODICI DI USCITA\"",
        "STATO DI USCITA",
        "Può essere indicata anche con la variabile d'ambiente",
    ] {
        if words == ".SH \"CODICI DI USCITA\"" {
            continue;
        }
        assert!(man.stdout.contains(words), "{words:?}");
    }
    let man_zh = home.run(&["--lang", "zh-CN", "man"]);
    assert!(man_zh.stdout.contains(".SH 名称") && man_zh.stdout.contains("退出状态"));
    // Completion scripts stay as they are.
    let en = home.run(&["completions", "fish"]);
    let it = Run::from(
        with_locale(home.cmd(&["completions", "fish"]), "it_IT.UTF-8")
            .output()
            .unwrap(),
    );
    assert_eq!(en.stdout, it.stdout);
}

/// The dev-server answers in the language asked for; pwreset asks for the person's.
#[test]
fn the_service_speaks_the_language_pwreset_asks_for() {
    let server = DevServer::start(&[]);
    let http = reqwest::blocking::Client::new();
    for (accept, lang, title) in [
        ("it-IT,it;q=0.9,en;q=0.8", "it", "Flusso inesistente"),
        ("zh-CN", "zh-CN", "流程不存在"),
        ("fr, de;q=0.5", "en", "No such flow"),
    ] {
        let r = http
            .get(format!("{}/v1/flows/fl_nope", server.url))
            .header("Accept-Language", accept)
            .header("Authorization", "Bearer x")
            .send()
            .unwrap();
        assert_eq!(r.headers()["content-language"], lang);
        let body: Value = r.json().unwrap();
        assert_eq!(body["title"], title, "{accept}: {body}");
        assert_eq!(body["code"], "flow_not_found");
    }
    // pwreset's own request in Italian: the "delivered" code is in Italian too.
    let home = Home::new();
    let run = home.run_args(
        &Args::new("reset")
            .url(&server.url)
            .user("solo@example.com")
            .opt("--lang", "it")
            .flag("--code-stdin")
            .flag("--password-stdin"),
    );
    assert_eq!(run.code, 2, "{run:?}");
    let outbox = server.outbox("solo@example.com");
    let message = outbox.last().unwrap()["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(message.starts_with("il tuo codice è "), "{message}");
}

/// `pwreset methods` lines its columns up by display width, in Chinese too.
#[test]
fn the_methods_table_lines_up_in_chinese() {
    let server = DevServer::start(&[]);
    let run = Home::new().run_args(
        &Args::new("methods")
            .url(&server.url)
            .user(ALICE)
            .opt("--lang", "zh-CN"),
    );
    assert_eq!(run.code, 0, "{run:?}");
    let columns: Vec<usize> = run
        .stdout
        .lines()
        // Lines with a hint: id, kind and hint, each gap at least two spaces wide.
        .filter(|line| line.matches("  ").count() >= 2)
        .map(|line| {
            let hint = line.trim_end().rsplit("  ").next().unwrap_or_default();
            unicode_width::UnicodeWidthStr::width(&line[..line.len() - hint.len()])
        })
        .collect();
    assert!(columns.len() >= 3, "{}", run.stdout);
    assert!(columns.windows(2).all(|w| w[0] == w[1]), "{}", run.stdout);
    assert!(run.stdout.contains("电子邮件"), "{}", run.stdout);
}

/// Firebase gets `Accept-Language` and `X-Firebase-Locale` (the language of its email).
#[test]
fn firebase_is_asked_for_an_email_in_the_persons_language() {
    let stub = Stub::start(|seen, _| {
        if seen.path.contains("accounts:sendOobCode") {
            Reply::json(200, json!({"email": "hana@example.com"}))
        } else {
            Reply::json(
                404,
                json!({"error": {"code": 404, "message": "CONFIGURATION_NOT_FOUND"}}),
            )
        }
    });
    let run = Home::new().run_args(
        &Args::new("reset")
            .opt("--provider", "firebase")
            .opt("--endpoint-url", &stub.url)
            .opt("--api-key", "k")
            .user("hana@example.com")
            .opt("--lang", "zh-CN")
            .flag("--code-stdin")
            .flag("--password-stdin"),
    );
    assert_eq!(run.code, 2, "{run:?}");
    let seen = stub.seen.lock().unwrap();
    let send = seen
        .iter()
        .find(|s| s.path.contains("accounts:sendOobCode"))
        .expect("a code was asked for");
    assert_eq!(send.header("x-firebase-locale"), Some("zh-CN"));
    assert_eq!(send.header("accept-language"), Some("zh-CN, en;q=0.5"));
}
