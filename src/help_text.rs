//! Help, the man page and argument errors in the run's language.
//!
//! The words of `--help` (about texts, option help, examples, the exit-code table) are catalog
//! messages set on the clap model by `localize`; the few words clap writes itself (headings,
//! "[default: …]", its argument errors) are translated in its rendered text by `translate`.

use clap::Command;

use crate::i18n;

/// The path of a (sub)command as used in message ids: "", "reset", "profile-add". The `help`
/// subcommands' children mirror the real subcommands, so they share their texts.
fn id_path(path: &[String]) -> String {
    let path: Vec<&str> = path
        .iter()
        .map(String::as_str)
        .filter(|p| *p != "help")
        .collect();
    path.join("-")
}

fn with_path(base: &str, path: &str) -> String {
    if path.is_empty() {
        base.to_owned()
    } else {
        format!("{base}-{path}")
    }
}

/// A message when the catalog has it (help texts are looked up by constructed ids).
fn message(id: &str) -> Option<String> {
    i18n::has(id).then(|| i18n::text(id, &[]))
}

/// The help of argument `id` at `path`: a message for that subcommand, else the global one.
fn arg_message(path: &str, id: &str, suffix: &str) -> Option<String> {
    let id = id.replace('_', "-");
    if !path.is_empty() {
        if let Some(m) = message(&format!("help-arg-{path}-{id}{suffix}")) {
            return Some(m);
        }
    }
    message(&format!("help-arg-{id}{suffix}"))
}

fn heading_id(heading: &str) -> String {
    let slug: String = heading
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("help-heading-{slug}")
}

/// The command a command line asks help or usage for (the subcommand names in it, skipping
/// options and the values they take; `cmd` need not be built, so options defined on it count
/// as global ones), and where in `args` a `help` subcommand stands (`pwreset help reset`), if
/// one does: it only points at what it shows.
fn target_of(cmd: &Command, args: &[std::ffi::OsString]) -> (Vec<String>, Option<usize>) {
    let mut path = Vec::new();
    let mut help_at = None;
    let mut current = cmd;
    let mut iter = args.iter().enumerate().skip(1);
    let takes_value = |a: &clap::Arg| a.get_action().takes_values();
    while let Some((i, arg)) = iter.next() {
        let arg = arg.to_string_lossy();
        if arg == "--" {
            break;
        }
        if let Some(flag) = arg.strip_prefix('-') {
            let options = || current.get_arguments().chain(cmd.get_arguments());
            let value_follows = match flag.strip_prefix('-') {
                Some(long) if !long.contains('=') => {
                    options().any(|a| a.get_long() == Some(long) && takes_value(a))
                }
                None if flag.chars().count() == 1 => options()
                    .any(|a| a.get_short().is_some_and(|c| flag.starts_with(c)) && takes_value(a)),
                _ => false,
            };
            if value_follows {
                iter.next();
            }
            continue;
        }
        if arg == "help" && help_at.is_none() && current.has_subcommands() {
            help_at = Some(i);
            continue;
        }
        match current.find_subcommand(arg.as_ref()) {
            Some(sub) => {
                path.push(sub.get_name().to_owned());
                current = sub;
            }
            None => break,
        }
    }
    (path, help_at)
}

/// The clap model for showing help or an argument error for `args`, in the run's language,
/// and the arguments to parse with it. Only the command shown gets its texts, and nothing is
/// built ahead: `Command::build` would copy every subcommand under `help` first, which costs
/// more than the rest of `--help` together. So help and version are options of our own
/// (global, so they come last, as clap's do), and `help SUBCOMMAND` is read as `SUBCOMMAND
/// --help`, which shows the same.
pub fn display_model(args: &[std::ffi::OsString]) -> (Command, Vec<std::ffi::OsString>) {
    let cmd = <crate::cli::Cli as clap::CommandFactory>::command();
    let (target, help_at) = target_of(&cmd, args);
    let mut args = args.to_vec();
    if let Some(i) = help_at {
        args.remove(i);
        args.push("--help".into());
    }
    let mut globals = std::collections::HashMap::new();
    let mut cmd = localize_at(cmd, &[], Some(&target), true, &mut globals);
    if !target.is_empty() {
        // The root's global options, which clap copies into the command shown when it builds
        // it, with their texts.
        cmd = localize_args(cmd, "", &mut globals, true);
    }
    // clap's own help option says "see more" where a longer help exists, which the whole
    // model decides before service options are hidden (`cli::command_for_display`).
    let shown = target
        .iter()
        .try_fold(&cmd, |c, name| c.find_subcommand(name))
        .expect("the target is a path of subcommands");
    let visible_long = |c: &Command, globals_only: bool| {
        c.get_arguments().any(|a| {
            !a.is_hide_set() && a.get_long_help().is_some() && (!globals_only || a.is_global_set())
        })
    };
    let long_help_exists =
        shown.get_long_about().is_some() || visible_long(shown, false) || visible_long(&cmd, true);
    let (short, long) = if long_help_exists {
        (
            crate::t!("help-arg-help"),
            Some(crate::t!("help-arg-help-long")),
        )
    } else {
        (crate::t!("help-arg-help-plain"), None)
    };
    // Hidden where they mean nothing, before clap copies them into the command shown.
    if !target.is_empty() {
        cmd = crate::cli::hide_service_options(cmd, &target);
    }
    cmd = cmd
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .global(true)
                .help(short)
                .long_help(resettable(long)),
        )
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .global(true)
                .help(crate::t!("help-arg-version")),
        );
    (without_builtin_flags(cmd, &[], &target), args)
}

/// Every subcommand without clap's own `--help` and `--version` (ours are global), and the
/// command shown with a `help` subcommand that only lists itself.
fn without_builtin_flags(cmd: Command, path: &[String], target: &[String]) -> Command {
    let mut cmd = cmd.disable_help_flag(true).disable_version_flag(true);
    if path == target && cmd.has_subcommands() {
        cmd = cmd.disable_help_subcommand(true).subcommand(
            Command::new("help")
                .about(crate::t!("help-about-help"))
                .arg(
                    clap::Arg::new("subcommand")
                        .value_name(crate::t!("help-placeholder-command"))
                        .action(clap::ArgAction::Append)
                        .num_args(..),
                ),
        );
    }
    cmd.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            return sub;
        }
        let sub_path: Vec<String> = path
            .iter()
            .cloned()
            .chain([sub.get_name().to_owned()])
            .collect();
        without_builtin_flags(sub, &sub_path, target)
    })
}

/// The clap model with every text it shows in the run's language. `cmd` must be built (so
/// that the generated `--help`, `--version` and `help` exist). With a `target` (see
/// `target_path`), only the commands on the way to it get their options' texts: help shows one
/// command, and the others' options would cost time for nothing.
pub fn localize(cmd: Command, target: Option<&[String]>) -> Command {
    let mut globals = std::collections::HashMap::new();
    localize_at(cmd, &[], target, true, &mut globals)
}

/// The texts of a global option, the same in every subcommand: looked up once.
type GlobalTexts = std::collections::HashMap<String, (Option<String>, Option<String>)>;

/// The options of `cmd` (at id path `p`) with their texts; with `only_global`, only the
/// global ones (which clap copies into the subcommands).
fn localize_args(cmd: Command, p: &str, globals: &mut GlobalTexts, only_global: bool) -> Command {
    cmd.mut_args(|mut a| {
        if only_global && !a.is_global_set() {
            return a;
        }
        let id = a.get_id().as_str().to_owned();
        let (help, long) = if a.is_global_set() {
            globals
                .entry(id.clone())
                .or_insert_with(|| (arg_message("", &id, ""), arg_message("", &id, "-long")))
                .clone()
        } else {
            (arg_message(p, &id, ""), arg_message(p, &id, "-long"))
        };
        if let Some(help) = help {
            a = a.help(help);
        }
        a = a.long_help(resettable(long));
        if id == "provider" {
            // Its values are listed (with what each means) in its translated help.
            a = a.hide_possible_values(true);
        }
        if let Some(heading) = a.get_help_heading().map(heading_id) {
            if let Some(text) = message(&heading) {
                a = a.help_heading(text);
            }
        }
        a
    })
}

/// A text for clap, or `None` to clear one: no English is left behind where a catalog has
/// none.
fn resettable(text: Option<String>) -> clap::builder::Resettable<clap::builder::StyledStr> {
    match text {
        Some(t) => clap::builder::Resettable::Value(clap::builder::StyledStr::from(t)),
        None => clap::builder::Resettable::Reset,
    }
}

/// `listed`: the parent is shown, so this command's about text is.
fn localize_at(
    mut cmd: Command,
    path: &[String],
    target: Option<&[String]>,
    listed: bool,
    globals: &mut GlobalTexts,
) -> Command {
    let route: Vec<&String> = path.iter().filter(|s| *s != "help").collect();
    let on_the_way =
        target.is_none_or(|t| t.len() >= route.len() && t.iter().zip(&route).all(|(a, b)| a == *b));
    let shown = on_the_way && target.is_none_or(|t| t.len() == route.len());
    if !on_the_way && !listed {
        return cmd;
    }
    let p = id_path(path);
    // `None` clears a text: no English is left behind where a catalog has none.
    let text = |m: Option<String>| match m {
        Some(m) => clap::builder::Resettable::Value(clap::builder::StyledStr::from(m)),
        None => clap::builder::Resettable::Reset,
    };
    let about = if path.last().is_some_and(|s| s == "help") {
        message("help-about-help")
    } else {
        message(&with_path("help-about", &p))
    };
    cmd = cmd.about(text(about));
    if !shown {
        if !on_the_way {
            // Listed by its parent with its about text; never shown whole.
            return cmd;
        }
        return cmd.mut_subcommands(|sub| {
            let sub_path: Vec<String> = path
                .iter()
                .cloned()
                .chain([sub.get_name().to_owned()])
                .collect();
            localize_at(sub, &sub_path, target, false, globals)
        });
    }
    cmd = crate::cli::hide_service_options(cmd, path);
    cmd = cmd
        .long_about(text(message(&with_path("help-long-about", &p))))
        .after_help(text(
            match (p.is_empty(), message(&with_path("help-after", &p))) {
                // The top-level help ends with the exit codes.
                (true, Some(after)) => Some(format!("{after}\n\n{}", crate::exit::codes_help())),
                (_, after) => after,
            },
        ))
        .subcommand_value_name(crate::t!("help-placeholder-command"))
        .subcommand_help_heading(
            crate::t!("clap-commands-heading")
                .trim_end_matches(':')
                .to_owned(),
        );
    cmd = localize_args(cmd, &p, globals, false);
    cmd.mut_subcommands(|sub| {
        let sub_path: Vec<String> = path
            .iter()
            .cloned()
            .chain([sub.get_name().to_owned()])
            .collect();
        localize_at(sub, &sub_path, target, true, globals)
    })
}

/// Removes ANSI styling, to compare a rendered line with a heading.
fn plain(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains('\x1b') {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The text between the first pair of single quotes in `s`, with the quotes.
fn quoted_at(s: &str, prefix: &str) -> Option<(String, String)> {
    let rest = s.strip_prefix(prefix)?;
    let end = rest[1..].find('\'')? + 2;
    Some((rest[..end].to_owned(), rest[end..].to_owned()))
}

/// One line of clap's rendered help or error in the run's language. Lines clap did not write
/// come back unchanged.
// Out of line: help and the man page share one copy.
#[inline(never)]
fn translate_line(line: &str) -> String {
    let bare = plain(line);
    let trimmed = bare.trim_start();
    let indent = &bare[..bare.len() - trimmed.len()];
    for (english, id) in [
        ("Options:", "clap-options-heading"),
        ("Arguments:", "clap-arguments-heading"),
        ("Commands:", "clap-commands-heading"),
        ("Possible values:", "clap-possible-values-heading"),
    ] {
        if bare == english {
            return line.replace(english, &i18n::text(id, &[]));
        }
    }
    if let Some(rest) = bare.strip_prefix("Usage: ") {
        let rest = rest.replace("[OPTIONS]", &crate::t!("clap-options-placeholder"));
        return format!("{} {rest}", crate::t!("clap-usage"));
    }
    if let Some(rest) = trimmed.strip_prefix("error: ") {
        let label = crate::t!("clap-error");
        let said = if let Some((arg, _)) = quoted_at(rest, "unexpected argument ") {
            crate::t!("clap-unexpected-argument", arg = arg)
        } else if let Some((arg, _)) = quoted_at(rest, "unrecognized subcommand ") {
            crate::t!("clap-unrecognized-subcommand", arg = arg)
        } else if let Some((arg, _)) = quoted_at(rest, "a value is required for ") {
            crate::t!("clap-value-required", arg = arg)
        } else if let Some((value, tail)) = quoted_at(rest, "invalid value ") {
            match quoted_at(&tail, " for ") {
                Some((arg, more)) => {
                    format!(
                        "{}{more}",
                        crate::t!("clap-invalid-value", value = value, arg = arg)
                    )
                }
                None => rest.to_owned(),
            }
        } else if rest == "the following required arguments were not provided:" {
            crate::t!("clap-missing-required")
        } else if let Some((arg, tail)) = quoted_at(rest, "the argument ") {
            if let Some((other, _)) = quoted_at(&tail, " cannot be used with ") {
                crate::t!("clap-conflict", arg = arg, other = other)
            } else if tail == " cannot be used multiple times" {
                crate::t!("clap-used-multiple", arg = arg)
            } else {
                rest.to_owned()
            }
        } else if let Some((name, _)) = quoted_at(rest, "") {
            if rest.ends_with(" requires a subcommand but one was not provided") {
                crate::t!("clap-requires-subcommand", name = name)
            } else {
                rest.to_owned()
            }
        } else {
            rest.to_owned()
        };
        return format!("{indent}{label} {said}");
    }
    if let Some(rest) = trimmed.strip_prefix("tip: ") {
        let label = crate::t!("clap-tip");
        let said = if let Some((s, _)) = quoted_at(rest, "a similar argument exists: ") {
            crate::t!("clap-similar-argument", suggestion = s)
        } else if let Some((s, _)) = quoted_at(rest, "a similar subcommand exists: ") {
            crate::t!("clap-similar-subcommand", suggestion = s)
        } else if let Some((s, _)) = quoted_at(rest, "a similar value exists: ") {
            crate::t!("clap-similar-value", suggestion = s)
        } else if let Some((arg, tail)) = quoted_at(rest, "to pass ") {
            match quoted_at(&tail, " as a value, use ") {
                Some((how, _)) => crate::t!("clap-pass-as-value", arg = arg, how = how),
                None => rest.to_owned(),
            }
        } else {
            rest.to_owned()
        };
        return format!("{indent}{label} {said}");
    }
    if let Some((help, _)) = quoted_at(trimmed, "For more information, try ") {
        return format!(
            "{indent}{}",
            crate::t!("clap-more-information", help = help)
        );
    }
    let mut line = line.to_owned();
    if !line.contains('[') {
        return line;
    }
    for (english, id) in [
        ("[default: ", "clap-default"),
        ("[possible values: ", "clap-possible-values"),
        ("[env: ", "clap-env"),
    ] {
        if line.contains(english) {
            line = line.replace(english, &format!("[{}: ", i18n::text(id, &[])));
        }
    }
    line
}

/// Clap's rendered help or error, in the run's language.
pub fn translate(rendered: &str) -> String {
    let mut out: Vec<String> = rendered.split('\n').map(translate_line).collect();
    if rendered.ends_with('\n') {
        out.pop();
        out.push(String::new());
    }
    out.join("\n")
}

/// The man page's section names, which clap_mangen writes in English.
pub fn translate_man(page: &str) -> String {
    page.lines()
        .map(|line| match line.strip_prefix(".SH ") {
            Some(name) => {
                let id = format!(
                    "man-section-{}",
                    name.trim_matches('"').to_lowercase().replace(' ', "-")
                );
                match message(&id) {
                    Some(text) if text.contains(' ') => format!(".SH \"{text}\""),
                    Some(text) => format!(".SH {text}"),
                    None => line.to_owned(),
                }
            }
            None if line.starts_with("\\- ") => format!(".br\n{line}"),
            None => match line
                .strip_prefix("May also be specified with the ")
                .and_then(|rest| rest.split_once(" environment variable."))
            {
                Some((var, _)) => crate::t!("man-env-also", var = var),
                None => translate_line(line),
            },
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_argument_and_command_has_its_help_in_the_catalog() {
        fn walk(cmd: &Command, path: &[String], missing: &mut Vec<String>) {
            let p = id_path(path);
            if message(&with_path("help-about", &p)).is_none() && !path.iter().any(|s| s == "help")
            {
                missing.push(with_path("help-about", &p));
            }
            for a in cmd.get_arguments() {
                if a.is_hide_set() {
                    continue;
                }
                let id = a.get_id().as_str();
                if arg_message(&p, id, "").is_none() {
                    missing.push(format!("help-arg-{id} ({p})"));
                }
            }
            for s in cmd.get_subcommands() {
                let sub: Vec<String> = path
                    .iter()
                    .cloned()
                    .chain([s.get_name().to_owned()])
                    .collect();
                walk(s, &sub, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&crate::cli::command_for_display(), &[], &mut missing);
        assert!(missing.is_empty(), "{missing:#?}");
    }

    #[test]
    fn help_localized_for_one_command_equals_help_from_the_whole_model() {
        fn paths(cmd: &Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
            out.push(path.clone());
            for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let mut sub = path.clone();
                sub.push(s.get_name().to_owned());
                paths(s, sub, out);
            }
        }
        let mut all = Vec::new();
        paths(&crate::cli::command_for_display(), Vec::new(), &mut all);
        assert!(all.len() > 12, "{all:?}");
        let render = |cmd: Command, args: &[std::ffi::OsString]| {
            cmd.try_get_matches_from(args)
                .expect_err("help or an error")
                .render()
                .to_string()
        };
        for path in all {
            for tail in [
                &["--help"][..],
                &["-h"],
                &["--user", "demo", "--help"],
                &["--frobnicate"],
            ] {
                let args: Vec<std::ffi::OsString> = ["pwreset"]
                    .iter()
                    .map(|s| s.to_string())
                    .chain(path.iter().cloned())
                    .chain(tail.iter().map(|s| s.to_string()))
                    .map(Into::into)
                    .collect();
                let (model, parse_args) = display_model(&args);
                let targeted = render(model, &parse_args);
                let whole = render(crate::cli::command_for_display(), &args);
                assert_eq!(targeted, whole, "{args:?}");
            }
            // `pwreset help PATH` shows the same.
            let args: Vec<std::ffi::OsString> = ["pwreset", "help"]
                .iter()
                .map(|s| s.to_string())
                .chain(path.iter().cloned())
                .map(Into::into)
                .collect();
            let (model, parse_args) = display_model(&args);
            let targeted = render(model, &parse_args);
            let whole = render(crate::cli::command_for_display(), &args);
            assert_eq!(targeted, whole, "{args:?}");
        }
    }

    #[test]
    fn clap_errors_are_translated_line_by_line() {
        let english = "error: unrecognized subcommand 'rest'\n\n  tip: a similar subcommand exists: 'reset'\n\nUsage: pwreset [OPTIONS] <COMMAND>\n\nFor more information, try '--help'.\n";
        // In English the catalog says what clap says.
        assert_eq!(translate(english), english);
        let value = "error: invalid value 'jsn' for '--output <OUTPUT>'\n  [possible values: human, json]\n";
        assert_eq!(translate(value), value);
    }
}
