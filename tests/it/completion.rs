//! Completion scripts, the man page and profiles. The scripts are loaded into the real bash,
//! zsh and fish (installed from Debian's packages by `ensure_tools` when missing) and asked for
//! completions the way a person's TAB asks for them.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Once;

use crate::common::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Installs zsh, fish and man-db when missing. Never skips: a missing shell fails the test.
fn ensure_tools() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let missing: Vec<&str> = [("zsh", "zsh"), ("fish", "fish"), ("man", "man-db")]
            .into_iter()
            .filter(|(tool, _)| !have(tool))
            .map(|(_, package)| package)
            .collect();
        if missing.is_empty() {
            return;
        }
        let script = format!(
            "export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends {}",
            missing.join(" ")
        );
        let status = Command::new("sh").arg("-c").arg(&script).status();
        assert!(
            status.is_ok_and(|s| s.success()),
            "could not install {missing:?} (run as root, or install them): {script}"
        );
    });
    for tool in ["bash", "zsh", "fish", "man"] {
        assert!(
            have(tool),
            "{tool} is required for these tests and is not installed"
        );
    }
}

/// A PATH on which `pwreset` is the binary under test.
fn path_with_binary() -> String {
    let dir = Path::new(BIN).parent().unwrap();
    format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn home_with_profiles() -> Home {
    let home = Home::new();
    home.write(
        "config/pwreset/config.toml",
        "default_profile = \"work\"\n[profiles.work]\nurl = \"https://id.example.com\"\n[profiles.home-lab]\nurl = \"http://127.0.0.1:8787\"\n",
    );
    home.write("files/secret-pw.txt", "x");
    home.write("files/secret-other.txt", "x");
    home
}

fn shell_cmd(home: &Home, program: &str, script: &str) -> String {
    let mut c = Command::new(program);
    c.arg("-c").arg(script);
    home.isolate(&mut c);
    c.env("PATH", path_with_binary()).current_dir(home.path());
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// What bash offers for `line` (the cursor at its end).
fn bash_complete(home: &Home, line: &str) -> Vec<String> {
    let script = format!(
        r#"source {}/completions/pwreset.bash
line={line:?}
read -ra COMP_WORDS <<< "$line"
[[ "$line" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="$line"; COMP_POINT=${{#line}}
_pwreset_dynamic pwreset "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        root().display()
    );
    shell_cmd(home, "bash", &script)
        .lines()
        .map(str::to_owned)
        .filter(|l| !l.is_empty())
        .collect()
}

/// What fish offers for `line`.
fn fish_complete(home: &Home, line: &str) -> Vec<String> {
    let script = format!(
        "source {}/completions/pwreset.fish; complete -C {line:?}",
        root().display()
    );
    shell_cmd(home, "fish", &script)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or("").to_owned())
        .collect()
}

/// What zsh offers for `line`: an interactive zsh in a pseudo-terminal, TAB pressed, and
/// `compadd` watched to record every candidate the completion functions add.
fn zsh_complete(home: &Home, line: &str) -> Vec<String> {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let out_file = home.path().join(format!(
        "zsh-{}.out",
        N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    ));
    let rc = format!(
        r#"fpath=({root}/completions $fpath)
autoload -U compinit && compinit -u -d {home}/.zcompdump
compadd() {{
  builtin compadd "$@"
  # Record every argument, and the elements of arrays passed by name (-a, -d).
  local a
  for a in "$@"; do
    print -r -- "$a" >> {out}
    if [[ $a == [A-Za-z_]* && ${{(Pt)a}} == array* ]]; then print -rl -- "${{(@P)a}}" >> {out}; fi
  done
}}
# Completion is over when _main_complete returns: that is the moment to read the record.
autoload +X _main_complete
functions[_pwreset_test_main_complete]=$functions[_main_complete]
_main_complete() {{
  _pwreset_test_main_complete "$@"
  local ret=$?
  print -r -- done > {out}.done
  return ret
}}
PS1='READY> '
"#,
        root = root().display(),
        home = home.path().display(),
        out = out_file.display()
    );
    home.write(".zshrc", &rc);
    let mut c = Command::new("zsh");
    c.arg("-i");
    home.isolate(&mut c);
    c.env("PATH", path_with_binary())
        .env("ZDOTDIR", home.path())
        .env("TERM", "xterm")
        .current_dir(home.path());
    let mut p = rexpect::session::spawn_command(c, Some(20_000)).expect("zsh in a pty");
    p.exp_string("READY> ").unwrap();
    p.send(line).unwrap();
    p.send("\t").unwrap();
    p.flush().unwrap();
    let done = out_file.with_extension("out.done");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !done.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "zsh did not finish completing {line:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let _ = p
        .process_mut()
        .kill(rexpect::process::signal::Signal::SIGKILL);
    std::fs::read_to_string(&out_file)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn assert_offers(shell: &str, got: &[String], want: &[&str]) {
    for w in want {
        assert!(
            got.iter().any(|g| g == w),
            "{shell} did not offer {w:?}; offered {got:?}"
        );
    }
}

fn assert_never_offers_refused(shell: &str, got: &[String]) {
    for g in got {
        for bad in [
            "--as",
            "--impersonate",
            "--admin",
            "--sudo",
            "--skip-verification",
            "--on-behalf-of",
            "--password",
            "--code",
            "__complete",
        ] {
            assert!(g != bad, "{shell} offered {bad}");
        }
    }
}

#[test]
fn checked_in_scripts_and_man_page_match_the_binary() {
    let home = Home::new();
    for (shell, file) in [
        ("bash", "pwreset.bash"),
        ("zsh", "_pwreset"),
        ("fish", "pwreset.fish"),
        ("powershell", "_pwreset.ps1"),
        ("elvish", "pwreset.elv"),
    ] {
        let generated = home.run(&["completions", shell]).stdout;
        let checked_in = std::fs::read_to_string(root().join("completions").join(file)).unwrap();
        assert!(
            generated == checked_in,
            "completions/{file} is stale; regenerate it (README, \"Shell completion\")"
        );
    }
    let man = home.run(&["man"]).stdout;
    let checked_in = std::fs::read_to_string(root().join("docs/man/pwreset.1")).unwrap();
    assert!(
        man == checked_in,
        "docs/man/pwreset.1 is stale; regenerate it with `pwreset man > docs/man/pwreset.1`"
    );
    for section in [
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH FILES",
        "PWRESET_URL",
        "config.toml",
    ] {
        assert!(man.contains(section), "man page lacks {section}");
    }
}

#[test]
fn man_renders() {
    ensure_tools();
    let out = Command::new("man")
        .args(["-l", root().join("docs/man/pwreset.1").to_str().unwrap()])
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "100")
        .env("MAN_KEEP_FORMATTING", "0")
        .output()
        .unwrap();
    // Undo nroff's overstrike bold/underline (c BS c, _ BS c).
    let mut text = String::new();
    for c in String::from_utf8_lossy(&out.stdout).chars() {
        if c == '\u{8}' {
            text.pop();
        } else {
            text.push(c);
        }
    }
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("EXIT STATUS") && text.contains("ENVIRONMENT") && text.contains("FILES"),
        "{text}"
    );
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("warning"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn bash_completes_commands_flags_values_files_and_profiles() {
    ensure_tools();
    let home = home_with_profiles();
    assert_eq!(bash_complete(&home, "pwreset re"), ["reset"]);
    let flags = bash_complete(&home, "pwreset reset --pass");
    assert_offers("bash", &flags, &["--password-stdin", "--password-file"]);
    assert_offers(
        "bash",
        &bash_complete(&home, "pwreset --provider "),
        &["pwreset"],
    );
    assert_offers(
        "bash",
        &bash_complete(&home, "pwreset --output "),
        &["human", "json"],
    );
    assert_offers(
        "bash",
        &bash_complete(&home, "pwreset reset --color "),
        &["auto", "always", "never"],
    );
    assert_offers(
        "bash",
        &bash_complete(&home, "pwreset reset --password-file files/secret-"),
        &["files/secret-pw.txt", "files/secret-other.txt"],
    );
    assert_eq!(bash_complete(&home, "pwreset -p "), ["home-lab", "work"]);
    assert_offers(
        "bash",
        &bash_complete(&home, "pwreset reset --method "),
        &["email", "sms", "voice", "totp", "questions"],
    );
    assert_never_offers_refused("bash", &bash_complete(&home, "pwreset reset --"));
    assert_never_offers_refused("bash", &bash_complete(&home, "pwreset "));
    assert!(bash_complete(&home, "pwreset __").is_empty());
}

#[test]
fn fish_completes_commands_flags_values_files_and_profiles() {
    ensure_tools();
    let home = home_with_profiles();
    assert_offers("fish", &fish_complete(&home, "pwreset re"), &["reset"]);
    assert_offers(
        "fish",
        &fish_complete(&home, "pwreset reset --pass"),
        &["--password-stdin", "--password-file"],
    );
    assert_offers(
        "fish",
        &fish_complete(&home, "pwreset --provider "),
        &["pwreset"],
    );
    assert_offers(
        "fish",
        &fish_complete(&home, "pwreset --output "),
        &["human", "json"],
    );
    assert_offers(
        "fish",
        &fish_complete(&home, "pwreset reset --color "),
        &["auto", "always", "never"],
    );
    assert_offers(
        "fish",
        &fish_complete(&home, "pwreset reset --password-file files/secret-"),
        &["files/secret-pw.txt", "files/secret-other.txt"],
    );
    assert_offers(
        "fish",
        &fish_complete(&home, "pwreset -p "),
        &["work", "home-lab"],
    );
    assert_offers(
        "fish",
        &fish_complete(&home, "pwreset reset --method "),
        &["email", "totp"],
    );
    assert_never_offers_refused("fish", &fish_complete(&home, "pwreset reset --"));
    assert_never_offers_refused("fish", &fish_complete(&home, "pwreset "));
}

#[test]
fn zsh_completes_commands_flags_values_files_and_profiles() {
    ensure_tools();
    let home = home_with_profiles();
    assert_offers("zsh", &zsh_complete(&home, "pwreset re"), &["reset"]);
    assert_offers(
        "zsh",
        &zsh_complete(&home, "pwreset reset --pass"),
        &["--password-stdin", "--password-file"],
    );
    assert_offers(
        "zsh",
        &zsh_complete(&home, "pwreset --provider "),
        &["pwreset"],
    );
    assert_offers(
        "zsh",
        &zsh_complete(&home, "pwreset --output "),
        &["human", "json"],
    );
    assert_offers(
        "zsh",
        &zsh_complete(&home, "pwreset reset --color "),
        &["auto", "always", "never"],
    );
    assert_offers(
        "zsh",
        &zsh_complete(&home, "pwreset reset --password-file files/secret-"),
        &["secret-pw.txt", "secret-other.txt"],
    );
    assert_offers(
        "zsh",
        &zsh_complete(&home, "pwreset -p "),
        &["work", "home-lab"],
    );
    assert_offers(
        "zsh",
        &zsh_complete(&home, "pwreset reset --method "),
        &["email", "totp"],
    );
    assert_never_offers_refused("zsh", &zsh_complete(&home, "pwreset reset --"));
}

#[test]
fn dynamic_helper_is_silent_on_errors() {
    let home = Home::new();
    home.write("config/pwreset/config.toml", "this is [ not toml");
    let run = home.run(&["__complete", "profiles"]);
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (0, "", "")
    );
    let run = home.run(&["__complete", "methods"]);
    assert_eq!(run.stdout, "email\nsms\nvoice\ntotp\nquestions\n");
    assert!(
        !home.run(&["--help"]).stdout.contains("__complete"),
        "the helper is hidden"
    );
}

#[test]
fn profile_add_list_show_remove_keeps_comments() {
    let home = Home::new();
    let cfg = home.write(
        "config/pwreset/config.toml",
        "# my services\n[profiles.old]\nurl = \"https://old.example.com\" # keep me\n",
    );
    let run = home.run_args(
        &Args::new("profile")
            .flag("add")
            .flag("work")
            .url("https://id.example.com")
            .user("me@example.com")
            .opt("--method", "totp")
            .opt("--method", "email")
            .flag("--default"),
    );
    assert_eq!(run.code, 0, "{run:?}");
    let text = std::fs::read_to_string(&cfg).unwrap();
    assert!(
        text.contains("# my services") && text.contains("# keep me"),
        "comments lost:\n{text}"
    );
    assert!(text.contains("default_profile = \"work\""), "{text}");
    let list = home.run(&["profile", "list"]);
    assert_eq!(list.stdout, "old\nwork (default)\n");
    let show = home.run(&["profile", "show"]);
    assert!(
        show.stdout.contains("url = \"https://id.example.com\"")
            && show.stdout.contains("methods = [\"totp\", \"email\"]")
            && toml::from_str::<toml::Table>(&show.stdout).is_ok(),
        "{show:?}"
    );
    // Environment values are not saved into a profile; only what was typed.
    let out = home
        .cmd(&["profile", "add", "env-only"])
        .env("PWRESET_URL", "https://leak.example.com")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!std::fs::read_to_string(&cfg)
        .unwrap()
        .contains("leak.example.com"));
    let dup = home.run(&["profile", "add", "work", "--url", "https://x.example.com"]);
    assert_eq!(dup.code, 2, "{dup:?}");
    assert!(dup.stderr.contains("--force"), "{dup:?}");
    let bad = home.run(&["profile", "add", "plain", "--url", "http://id.example.com"]);
    assert_eq!(bad.code, 2, "{bad:?}");
    assert_eq!(home.run(&["profile", "remove", "work"]).code, 0);
    let text = std::fs::read_to_string(&cfg).unwrap();
    assert!(
        !text.contains("[profiles.work]") && !text.contains("default_profile"),
        "{text}"
    );
    assert_eq!(home.run(&["profile", "remove", "work"]).code, 2);
    // Secrets have no way in.
    let run = home.run(&["profile", "add", "x", "--password", "hunter2"]);
    assert_eq!(run.code, 10, "{run:?}");
}

#[test]
fn profile_methods_and_local_policy_apply_to_a_scripted_reset() {
    let server = DevServer::start(&[]);
    let home = Home::new();
    home.write(
        "config/pwreset/config.toml",
        &format!("default_profile = \"lab\"\n[profiles.lab]\nurl = \"{}\"\nuser = \"svc@example.com\"\nmethods = [\"totp\"]\n[profiles.lab.policy]\nmin_length = 30\n", server.url),
    );
    let pw = home.write("pw", "violet orbit staple 42 x\n");
    std::fs::set_permissions(&pw, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let out = home
        .cmd(&[
            "reset",
            "--totp-secret-env",
            "T",
            "--password-file",
            pw.to_str().unwrap(),
            "--output",
            "json",
        ])
        .env("T", "KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF")
        .output()
        .unwrap();
    let run = Run::from(out);
    assert_eq!(
        run.code, 4,
        "the profile's 30-character minimum applies: {run:?}"
    );
    assert!(run.stdout.contains("min_length"), "{run:?}");
    assert_eq!(server.count_requests("/password ->"), 0);
    assert_eq!(
        server.count_requests("/challenges -> 202"),
        1,
        "one gate, the profile's method"
    );
}
