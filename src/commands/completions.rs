//! `pwreset completions SHELL`: a completion script generated from the clap model, with hooks
//! for the values only known at run time (profile names from the config file, method kinds),
//! which the bash, zsh and fish scripts ask the hidden `pwreset __complete` for. The scripts in
//! `completions/` are this command's output (a test keeps them in sync).

use clap_complete::Shell;

use crate::exit::ExitStatus;

const BASH_HOOK: &str = r#"
# Dynamic values: profile names from your config file, verification method kinds.
_pwreset_dynamic() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" what=""
    case "$prev" in
        -p|--profile) what=profiles ;;
        --method) what=methods ;;
    esac
    if [[ -n "$what" ]]; then
        local IFS=$'\n'
        COMPREPLY=($(compgen -W "$(command pwreset __complete "$what" 2>/dev/null)" -- "$cur"))
        return 0
    fi
    _pwreset "$@"
}
"#;

const ZSH_HOOK: &str = r#"
# Dynamic values: profile names from your config file, verification method kinds.
_pwreset_profiles() {
    local -a items
    items=(${(f)"$(command pwreset __complete profiles 2>/dev/null)"})
    compadd -a items
}
_pwreset_methods() {
    local -a items
    items=(${(f)"$(command pwreset __complete methods 2>/dev/null)"})
    compadd -a items
}
"#;

const FISH_HOOK: &str = r#"
# Dynamic values: profile names from your config file, verification method kinds.
complete -c pwreset -s p -l profile -f -r -a '(command pwreset __complete profiles 2>/dev/null)'
complete -c pwreset -l method -f -r -a '(command pwreset __complete methods 2>/dev/null)'
"#;

/// Values of options that have a fixed set, offered wherever the option is: the generated
/// conditions miss an option still waiting for its value before the subcommand
/// (`pwreset --output <TAB>`).
fn fish_values(cmd: &clap::Command) -> String {
    let mut lines = vec!["# Values of options with a fixed set, in any position.".to_owned()];
    for arg in cmd.get_arguments() {
        let (Some(long), values) = (arg.get_long(), arg.get_possible_values()) else {
            continue;
        };
        if values.is_empty() || !arg.get_action().takes_values() {
            continue;
        }
        let names: Vec<&str> = values
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name())
            .collect();
        lines.push(format!(
            "complete -c pwreset -l {long} -f -r -a '{}'",
            names.join(" ")
        ));
    }
    lines.join("\n") + "\n"
}

/// The completion script for `shell`.
pub fn script(shell: Shell) -> String {
    let mut cmd = crate::cli::command_in_english();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "pwreset", &mut out);
    let text = String::from_utf8(out).expect("clap_complete writes UTF-8");
    match shell {
        Shell::Bash => {
            let (body, registration) = text
                .rsplit_once("if [[ \"${BASH_VERSINFO[0]}\"")
                .expect("clap_complete's bash registration");
            let registration = format!("if [[ \"${{BASH_VERSINFO[0]}}\"{registration}")
                .replace("complete -F _pwreset ", "complete -F _pwreset_dynamic ");
            format!("{body}{BASH_HOOK}\n{registration}")
        }
        Shell::Zsh => {
            let text = text
                .replace(":NAME:_default'", ":NAME:_pwreset_profiles'")
                .replace(":KIND|ID:_default'", ":KIND|ID:_pwreset_methods'");
            let (first, rest) = text.split_once('\n').expect("#compdef line");
            format!("{first}\n{ZSH_HOOK}{rest}")
        }
        Shell::Fish => format!(
            "{text}{FISH_HOOK}{}",
            fish_values(&crate::cli::command_in_english())
        ),
        _ => text,
    }
}

pub fn run(shell: Shell) -> anyhow::Result<ExitStatus> {
    print!("{}", script(shell));
    Ok(ExitStatus::Success)
}
