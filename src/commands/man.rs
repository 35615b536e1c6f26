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
    let cmd = crate::cli::command();
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
    w(".SH \"EXIT STATUS\"\n");
    for line in crate::exit::EXIT_CODES_HELP.lines().skip(1) {
        let (code, meaning) = line.trim().split_once(' ').unwrap_or((line.trim(), ""));
        w(&format!(".TP\n\\fB{code}\\fR\n{}\n", roff(meaning.trim())));
    }
    w(".SH ENVIRONMENT\n");
    w("Each option's variable is used when the option is not given; a profile fills in what neither gives. No variable ever holds a secret.\n");
    for (name, help) in environment(&cmd) {
        w(&format!(".TP\n\\fB{name}\\fR\n{}\n", roff(&help)));
    }
    for (name, help) in [
        (
            "PWRESET_CONFIG",
            "The config file to use instead of the default one.",
        ),
        (
            "PWRESET_KEYRING",
            "auto (default), secret-service, keyutils (Linux), or none to use no keyring.",
        ),
        ("NO_COLOR", "Turns colour off when --color is auto."),
        (
            "CI",
            "When set (and not 0 or false), pwreset never prompts, as with --no-input.",
        ),
    ] {
        w(&format!(".TP\n\\fB{name}\\fR\n{}\n", roff(help)));
    }
    w(".SH FILES\n");
    w(".TP\n\\fI$XDG_CONFIG_HOME/pwreset/config.toml\\fR (\\fI~/.config/pwreset/config.toml\\fR)\n");
    w("Profiles: [profiles.NAME] with provider, url, user, methods, timeout, ca_cert and a local [profiles.NAME.policy]; default_profile names the one used without \\-p. Manage it with \\fBpwreset profile\\fR.\n");
    w(".TP\nOS keyring, service \\fIpwreset:HOST\\fR\n");
    w("Account USER holds a generated password (\\-\\-save\\-to\\-keyring), USER#pending one not yet confirmed by the service, USER#flow an interrupted flow for \\-\\-resume.\n");
    w(".SH \"SEE ALSO\"\nThe pwreset protocol v1: docs/protocol.md in the source repository.\n");
    man.render_version_section(&mut out)
        .expect("write to memory");
    out
}

pub fn run() -> anyhow::Result<ExitStatus> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&page())?;
    stdout.flush()?;
    Ok(ExitStatus::Success)
}
