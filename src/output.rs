//! `Shell`: the one object that writes to the terminal. It owns verbosity, colour, the output
//! format and progress spinners. Human text goes to stderr; data (and `--output json`) to stdout.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::error::Failure;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone)]
pub struct Shell {
    quiet: bool,
    verbose: bool,
    color: bool,
    stderr_is_terminal: bool,
    /// For screen readers and dumb terminals: no glyphs, no animation, no colour, times of day.
    plain: bool,
    /// The columns prose wraps to, read once (`None`: stderr is not a terminal).
    width: Option<usize>,
    pub format: OutputFormat,
}

/// The longest piece of service text pwreset prints; the rest becomes "…".
pub const SERVICE_TEXT_MAX: usize = 300;

/// The longest error message or hint pwreset prints (its own words plus quoted service text).
pub const MESSAGE_MAX: usize = 1000;

/// Characters that reorder or hide text without being visible (bidi embeddings, overrides and
/// isolates, zero-width marks, the BOM): a service could use them to make its words read as
/// something else.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Makes text that came from a server or a file safe to print on one line: control characters
/// (escape sequences, carriage returns) become U+FFFD, line breaks become spaces and invisible
/// format characters go, so a hostile service cannot move the cursor, retitle the window, start
/// a line of its own or reorder what the person reads.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !is_invisible_format(*c))
        .map(|c| match c {
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => ' ',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// `clean`, then capped at `max` characters (with "…"), for one value from a service.
pub fn clean_capped(text: &str, max: usize) -> String {
    let cleaned = clean(text);
    if cleaned.chars().count() <= max {
        return cleaned;
    }
    let mut cut: String = cleaned.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Words a service sent, as pwreset shows them: one clean line of at most
/// `SERVICE_TEXT_MAX` characters, in quotes, so they can never pass for pwreset's own lines.
pub fn quoted(text: &str) -> String {
    format!(
        "\u{201c}{}\u{201d}",
        clean_capped(text.trim(), SERVICE_TEXT_MAX)
    )
}

/// The columns prose may use on the terminal behind stderr (at most 100), if it is one.
pub fn terminal_width() -> Option<usize> {
    let columns = console::Term::stderr()
        .size_checked()
        .map(|(_, cols)| usize::from(cols))
        .or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())?;
    Some(columns.clamp(20, 100))
}

/// Whether a line may break before `c` (or after it) without a space: between wide
/// characters (Chinese, Japanese), as those scripts wrap.
fn breaks_anywhere(c: char) -> bool {
    console::measure_text_width(c.encode_utf8(&mut [0; 4])) == 2
}

/// The pieces a line wraps between: words (with whether a space came before), and each wide
/// character on its own. Punctuation that must not start a line stays with what precedes it.
fn wrap_units(body: &str) -> Vec<(String, bool)> {
    let mut units: Vec<(String, bool)> = Vec::new();
    for (i, word) in body.split(' ').enumerate() {
        let mut spaced = i > 0;
        let mut current = String::new();
        for c in word.chars() {
            let closing = "，。、；：！？）》」』】,.;:!?)".contains(c);
            if breaks_anywhere(c) && !closing {
                if !current.is_empty() {
                    units.push((std::mem::take(&mut current), spaced));
                    spaced = false;
                }
                current.push(c);
                units.push((std::mem::take(&mut current), spaced));
                spaced = false;
            } else if closing && current.is_empty() && !units.is_empty() && !spaced {
                units.last_mut().expect("checked").0.push(c);
            } else {
                if let Some(prev) = current.chars().last() {
                    if breaks_anywhere(prev) {
                        units.push((std::mem::take(&mut current), spaced));
                        spaced = false;
                    }
                }
                current.push(c);
            }
        }
        if !current.is_empty() || (spaced && word.is_empty()) {
            units.push((current, spaced));
        }
    }
    units
}

/// `line` wrapped at word boundaries to `width` display columns (wide characters count two,
/// and a line may break between them); continuation lines keep the line's indentation, past a
/// list mark ("• ", "- ") when it has one. A word longer than the width (a URL) stands alone
/// rather than being cut.
pub fn wrap(line: &str, width: usize) -> String {
    if console::measure_text_width(line) <= width {
        return line.to_owned();
    }
    let body = line.trim_start();
    let mut indent = line.len() - body.len();
    for mark in ["• ", "- ", "✗ ", "✓ "] {
        if body.starts_with(mark) {
            indent += console::measure_text_width(mark);
        }
    }
    let pad = " ".repeat(indent.min(width / 2));
    let mut out = String::new();
    let mut current = line[..line.len() - body.len()].to_owned();
    let mut current_width = console::measure_text_width(&current);
    let mut first = true;
    for (unit, spaced) in wrap_units(body) {
        let w = console::measure_text_width(&unit);
        let gap = usize::from(spaced);
        if !first && current_width + gap + w > width {
            out.push_str(current.trim_end());
            out.push('\n');
            current = pad.clone();
            current_width = pad.len();
        } else if spaced && !first {
            current.push(' ');
            current_width += 1;
        }
        current.push_str(&unit);
        current_width += w;
        first = false;
    }
    out.push_str(&current);
    out
}

impl Shell {
    pub fn new(
        color: ColorChoice,
        no_color_env: bool,
        quiet: bool,
        verbose: bool,
        format: OutputFormat,
    ) -> Self {
        let stderr_is_terminal = std::io::stderr().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stderr_is_terminal && !no_color_env,
        };
        Shell {
            quiet,
            verbose,
            color,
            stderr_is_terminal,
            plain: false,
            width: if stderr_is_terminal {
                terminal_width()
            } else {
                None
            },
            format,
        }
    }

    /// Plain mode (`--plain`, or `TERM=dumb`): no glyphs, spinners or colour; countdowns
    /// announced, not redrawn; expiries as times of day.
    pub fn with_plain(mut self, plain: bool) -> Self {
        self.plain = plain;
        if plain {
            self.color = false;
        }
        self
    }

    pub fn is_plain(&self) -> bool {
        self.plain
    }

    /// The mark before a refusal or a mistake ("✗ "), nothing in plain mode.
    pub fn cross(&self) -> String {
        if self.plain {
            String::new()
        } else {
            format!("{} ", self.red("✗"))
        }
    }

    /// A list bullet: "•", or "-" in plain mode.
    pub fn bullet(&self) -> &'static str {
        if self.plain {
            "-"
        } else {
            "•"
        }
    }

    /// The mark of a step the demo takes for you: "→", or "-" in plain mode.
    pub fn arrow(&self) -> &'static str {
        if self.plain {
            "-"
        } else {
            "→"
        }
    }

    /// A plain shell for errors that happen before settings exist.
    pub fn plain() -> Self {
        let no_color = std::env::var_os(crate::env_vars::NO_COLOR).is_some_and(|v| !v.is_empty());
        Shell::new(
            ColorChoice::Auto,
            no_color,
            false,
            false,
            OutputFormat::Human,
        )
    }

    pub fn is_json(&self) -> bool {
        self.format == OutputFormat::Json
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }
    pub fn green(&self, text: &str) -> String {
        self.paint("32", text)
    }
    pub fn yellow(&self, text: &str) -> String {
        self.paint("33", text)
    }
    pub fn red(&self, text: &str) -> String {
        self.paint("31", text)
    }
    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }
    pub fn cyan(&self, text: &str) -> String {
        self.paint("36", text)
    }

    fn err_line(&self, line: &str) {
        let text = match self.width() {
            Some(width) => wrap(line, width),
            None => line.to_owned(),
        };
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{text}");
    }

    /// The width prose is wrapped to at a terminal: its columns, at most 100; `None` when
    /// stderr is not a terminal (logs and pipes get whole lines).
    pub fn width(&self) -> Option<usize> {
        self.width
    }

    /// Progress and step messages; hidden by `--quiet`.
    pub fn info(&self, line: &str) {
        if !self.quiet {
            self.err_line(line);
        }
    }

    /// A step that succeeded.
    pub fn success(&self, line: &str) {
        if self.quiet {
            return;
        }
        if self.plain {
            self.err_line(&crate::t!("done-line", line = line));
        } else {
            self.err_line(&format!("{} {line}", self.green("✓")));
        }
    }

    pub fn warn(&self, line: &str) {
        self.err_line(&format!(
            "{} {line}",
            self.yellow(&crate::t!("label-warning"))
        ));
    }

    /// Details for `--verbose`: requests made (never their secrets).
    pub fn debug(&self, line: &str) {
        if self.verbose {
            self.err_line(&self.dim(line));
        }
    }

    /// The final error report: always shown, even with `--quiet`.
    pub fn error(&self, err: &anyhow::Error) {
        let failure = err.chain().find_map(|e| e.downcast_ref::<Failure>());
        self.err_line(&format!(
            "{} {}",
            self.red(&crate::t!("label-error")),
            clean_capped(&format!("{err:#}"), MESSAGE_MAX)
        ));
        if let Some(f) = failure {
            for v in &f.violations {
                self.err_line(&format!(
                    "  - {}: {}",
                    clean_capped(&v.rule, 64),
                    clean_capped(&v.message, SERVICE_TEXT_MAX)
                ));
            }
            if let Some(support) = &f.support {
                self.err_line(&format!(
                    "{} {}",
                    self.cyan(&crate::t!("label-help")),
                    clean_capped(support, SERVICE_TEXT_MAX)
                ));
            }
            if let Some(hint) = &f.hint {
                self.err_line(&format!(
                    "{} {}",
                    self.cyan(&crate::t!("label-hint")),
                    clean_capped(hint, MESSAGE_MAX)
                ));
            }
        }
    }

    /// Data for stdout (tables, JSON).
    pub fn out(&self, text: &str) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{text}")?;
        out.flush()
    }

    /// A spinner on stderr, only on a terminal and not with `--quiet`.
    pub fn spinner(&self, message: &str) -> ProgressBar {
        if self.quiet || !self.stderr_is_terminal {
            return ProgressBar::hidden();
        }
        if self.plain {
            // Said once, not animated.
            self.err_line(message);
            return ProgressBar::hidden();
        }
        let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        pb.set_style(
            ProgressStyle::with_template("{spinner} {msg}")
                .expect("valid template")
                .tick_chars("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏ "),
        );
        // One line, always: a spinner that wraps redraws badly.
        let room = self.width().unwrap_or(100).saturating_sub(3);
        pb.set_message(clean_capped(message, room));
        pb.enable_steady_tick(Duration::from_millis(80));
        pb
    }

    pub fn stderr_is_terminal(&self) -> bool {
        self.stderr_is_terminal
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn prose_wraps_at_words_with_wide_characters_counted_twice() {
        let line =
            "If alice@example.com has an account at id.example.com, a code was sent by email.";
        let wrapped = super::wrap(line, 40);
        for l in wrapped.lines() {
            assert!(console::measure_text_width(l) <= 40, "{l:?}");
        }
        assert_eq!(wrapped.replace('\n', " "), line, "no word was cut");
        let bullets = super::wrap(
            "  • at least 2 of: lower-case, upper-case, digits, other characters",
            30,
        );
        assert!(
            bullets.lines().skip(1).all(|l| l.starts_with("    ")),
            "{bullets}"
        );
        let wide = super::wrap("验证码已发送到您的邮箱 请输入 验证码已发送到您的邮箱", 24);
        for l in wide.lines() {
            assert!(console::measure_text_width(l) <= 24, "{l:?}");
        }
        // Chinese wraps between characters, with no space: nothing is lost or added.
        let unspaced = "强度:非常强(4/4);从被盗的哈希值猜出它需要3个世纪。如果 alice@example.com 有帐户,验证码已发送。";
        let wrapped = super::wrap(unspaced, 20);
        for l in wrapped.lines() {
            assert!(console::measure_text_width(l) <= 20, "{l:?}");
            assert!(!l.starts_with('。') && !l.starts_with(','), "{l:?}");
        }
        assert_eq!(
            wrapped.replace(['\n', ' '], ""),
            unspaced.replace(' ', ""),
            "a break at a space drops only the space"
        );
        assert!(wrapped.contains("alice@example.com"), "{wrapped}");
        let url = "see https://id.example.com/a/very/long/path/that/cannot/be/broken/anywhere ok";
        assert!(super::wrap(url, 20)
            .lines()
            .any(|l| l.starts_with("https://")));
    }

    #[test]
    fn clean_strips_escape_sequences() {
        assert_eq!(super::clean("a\x1b[2Jb\r\nc"), "a\u{fffd}[2Jb\u{fffd} c");
        assert_eq!(
            super::clean("x\u{202e}gnp.exe\u{2066}y\u{200b}"),
            "xgnp.exey"
        );
        let long = "é".repeat(1000);
        let capped = super::clean_capped(&long, 300);
        assert_eq!(capped.chars().count(), 300);
        assert!(capped.ends_with('…'));
        assert_eq!(super::quoted(" a\nb "), "\u{201c}a b\u{201d}");
    }
}
