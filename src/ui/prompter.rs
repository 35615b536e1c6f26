//! `Prompter`: the small interface every question to the person goes through, so tests and
//! scripted modes can stand in for the terminal.

#[cfg(test)]
use std::collections::VecDeque;
use std::io::{BufRead, IsTerminal, Write};

use crate::error::{Failure, Result};
use crate::secret::Secret;

pub trait Prompter {
    /// A visible line of input; `default` is taken on an empty answer.
    fn input(&mut self, prompt: &str, default: Option<&str>) -> Result<String>;
    /// A line typed with echo off.
    fn secret(&mut self, prompt: &str) -> Result<Secret>;
    /// A numbered menu; returns the index chosen.
    fn select(&mut self, prompt: &str, options: &[String]) -> Result<usize>;
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool>;
}

/// Prompts on the terminal: questions on stderr, answers from stdin (a TTY), secrets through
/// rpassword with echo off.
pub struct TtyPrompter;

fn read_line() -> Result<String> {
    let mut line = String::new();
    let n = std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::Interrupted => Failure::interrupted(),
            _ => Failure::usage(crate::t!("prompter-cannot-read-from-terminal", e = e)),
        })?;
    if n == 0 {
        // Ctrl-D: the person is leaving.
        return Err(Failure::interrupted());
    }
    Ok(line.trim_end_matches(['\n', '\r']).to_owned())
}

/// A prompt wrapped to the terminal by display width, leaving room on its last line for a
/// short answer (a code, y/n).
fn fit_prompt(prompt: &str) -> String {
    let width = crate::output::terminal_width().filter(|_| std::io::stderr().is_terminal());
    match width {
        Some(w) => crate::output::wrap(prompt, w.saturating_sub(10).max(20)),
        None => prompt.to_owned(),
    }
}

impl Prompter for TtyPrompter {
    fn input(&mut self, prompt: &str, default: Option<&str>) -> Result<String> {
        let prompt = fit_prompt(prompt);
        loop {
            match default {
                Some(d) => eprint!("{prompt} [{d}]: "),
                None => eprint!("{prompt}: "),
            }
            let _ = std::io::stderr().flush();
            let line = read_line()?;
            let line = line.trim();
            match (line.is_empty(), default) {
                (false, _) => return Ok(line.to_owned()),
                (true, Some(d)) => return Ok(d.to_owned()),
                (true, None) => continue,
            }
        }
    }

    fn secret(&mut self, prompt: &str) -> Result<Secret> {
        rpassword::prompt_password(format!("{}: ", fit_prompt(prompt)))
            .map(Secret::new)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::Interrupted => {
                    Failure::interrupted()
                }
                _ => Failure::usage(crate::t!("prompter-cannot-read-hidden-answer", e = e)),
            })
    }

    fn select(&mut self, prompt: &str, options: &[String]) -> Result<usize> {
        let width = crate::output::terminal_width().filter(|_| std::io::stderr().is_terminal());
        let fit = |line: String| match width {
            Some(w) => crate::output::wrap(&line, w),
            None => line,
        };
        eprintln!("{}", fit(prompt.to_owned()));
        for (i, o) in options.iter().enumerate() {
            eprintln!("{}", fit(format!("  {}) {o}", i + 1)));
        }
        loop {
            let answer = self.input(
                &crate::t!("prompt-choose-number", n = options.len()),
                Some("1"),
            )?;
            match answer.trim().parse::<usize>() {
                Ok(n) if (1..=options.len()).contains(&n) => return Ok(n - 1),
                _ => eprintln!("{}", crate::t!("choose-number-again", n = options.len())),
            }
        }
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        let prompt = fit_prompt(prompt);
        let d = if default {
            crate::t!("confirm-default-yes")
        } else {
            crate::t!("confirm-default-no")
        };
        // English y/n always work; the language's own words too.
        let words = |id: &str, english: [&str; 2]| -> Vec<String> {
            let mut w: Vec<String> = crate::i18n::text(id, &[])
                .split(',')
                .map(|s| s.trim().to_lowercase())
                .collect();
            w.extend(english.map(String::from));
            w
        };
        let yes = words("confirm-yes-words", ["y", "yes"]);
        let no = words("confirm-no-words", ["n", "no"]);
        loop {
            eprint!("{prompt} [{d}]: ");
            let _ = std::io::stderr().flush();
            let answer = read_line()?.trim().to_lowercase();
            if answer.is_empty() {
                return Ok(default);
            }
            if yes.contains(&answer) {
                return Ok(true);
            }
            if no.contains(&answer) {
                return Ok(false);
            }
            eprintln!("{}", crate::t!("confirm-again"));
        }
    }
}

/// A test double: answers from a script, and records the prompts.
#[cfg(test)]
#[derive(Default)]
pub struct ScriptedPrompter {
    pub answers: VecDeque<String>,
    pub prompts: Vec<String>,
}

#[cfg(test)]
impl ScriptedPrompter {
    pub fn new(answers: &[&str]) -> Self {
        ScriptedPrompter {
            answers: answers.iter().map(|s| s.to_string()).collect(),
            prompts: Vec::new(),
        }
    }

    fn next(&mut self, prompt: &str) -> Result<String> {
        self.prompts.push(prompt.to_owned());
        self.answers.pop_front().ok_or_else(Failure::interrupted)
    }
}

#[cfg(test)]
impl Prompter for ScriptedPrompter {
    fn input(&mut self, prompt: &str, default: Option<&str>) -> Result<String> {
        let a = self.next(prompt)?;
        Ok(if a.is_empty() {
            default.unwrap_or("").to_owned()
        } else {
            a
        })
    }
    fn secret(&mut self, prompt: &str) -> Result<Secret> {
        self.next(prompt).map(Secret::new)
    }
    fn select(&mut self, prompt: &str, options: &[String]) -> Result<usize> {
        let a = self.next(prompt)?;
        a.parse::<usize>()
            .ok()
            .filter(|n| (1..=options.len()).contains(n))
            .map(|n| n - 1)
            .ok_or_else(|| {
                Failure::usage(crate::t!(
                    "prompter-scripted-answer-not-menu",
                    a = format!("{:?}", a)
                ))
            })
    }
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        let a = self.next(prompt)?;
        Ok(match a.as_str() {
            "y" => true,
            "n" => false,
            _ => default,
        })
    }
}
