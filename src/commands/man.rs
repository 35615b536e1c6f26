//! `pwreset man`: the man page (roff) generated from the clap model, with sections for exit
//! status, environment and files. `docs/man/pwreset.1` is this command's output.

use std::io::Write;

use crate::exit::ExitStatus;

/// Escapes text for roff: backslashes, and a leading dot or quote.
fn roff(text: &str) -> String {
    let t = text.replace('\\', "\\e").replace('-', "\\-");
    if t.starts_with('.') || t.starts_with('\'') {
        format!("\\&{t}")
    } else {
        t
    }
}

/// Every environment variable the clap model reads, with its help, in model order.
fn environment(cmd: &clap::Command) -> Vec<(String, String)> {
    let mut seen = Vec::<(String, String)>::new();
    let mut stack = vec![cmd];
    while let Some(c) = stack.pop() {
        for arg in c.get_arguments() {
            if let Some(env) = arg.get_env().and_then(|e| e.to_str()) {
                if !seen.iter().any(|(n, _)| n == env) {
                    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                    seen.push((env.to_owned(), help));
                }
            }
        }
        let subs: Vec<&clap::Command> = c.get_subcommands().collect();
        stack.extend(subs.into_iter().rev());
    }
    seen
}

pub fn page() -> Vec<u8> {
    let cmd = crate::cli::command_for_display();
    let man = clap_mangen::Man::new(cmd.clone()).date("2026-11-25");
    let mut out = Vec::new();
    man.render_title(&mut out).expect("write to memory");
    man.render_name_section(&mut out).expect("write to memory");
    man.render_synopsis_section(&mut out)
        .expect("write to memory");
    man.render_description_section(&mut out)
        .expect("write to memory");
    man.render_options_section(&mut out)
        .expect("write to memory");
    man.render_subcommands_section(&mut out)
        .expect("write to memory");

    let mut w = |s: &str| out.extend_from_slice(s.as_bytes());
    let section = |id: &str| format!(".SH \"{}\"\n", crate::i18n::text(id, &[]));
    let entry = |name: &str, text: &str| format!(".TP\n\\fB{}\\fR\n{}\n", roff(name), roff(text));
    w(&section("man-section-exit-status"));
    for (code, id) in crate::exit::EXIT_CODES {
        w(&entry(code, &crate::i18n::text(id, &[])));
    }
    w(&section("man-section-environment"));
    w(&format!("{}\n", roff(&crate::t!("man-environment-intro"))));
    for (name, help) in environment(&cmd) {
        w(&entry(&name, &help));
    }
    for (name, id) in [
        ("PWRESET_CONFIG", "man-env-config"),
        ("PWRESET_KEYRING", "man-env-keyring"),
        ("LC_ALL, LC_MESSAGES, LANG", "man-env-lang"),
        ("NO_COLOR", "man-env-no-color"),
        ("CI", "man-env-ci"),
    ] {
        w(&entry(name, &crate::i18n::text(id, &[])));
    }
    w(&section("man-section-files"));
    w(".TP\n\\fI$XDG_CONFIG_HOME/pwreset/config.toml\\fR (\\fI~/.config/pwreset/config.toml\\fR)\n");
    w(&format!("{}\n", roff(&crate::t!("man-files-config"))));
    w(&format!(
        ".TP\n{}\n",
        roff(&crate::t!("man-files-keyring-title"))
    ));
    w(&format!("{}\n", roff(&crate::t!("man-files-keyring"))));
    w(&section("man-section-see-also"));
    w(&format!("{}\n", roff(&crate::t!("man-see-also"))));
    man.render_version_section(&mut out)
        .expect("write to memory");
    crate::help_text::translate_man(&String::from_utf8_lossy(&out)).into_bytes()
}

pub fn run() -> anyhow::Result<ExitStatus> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&page())?;
    stdout.flush()?;
    Ok(ExitStatus::Success)
}
