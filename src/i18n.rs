//! Messages in the person's language: every human-facing string is a message id in the Fluent
//! catalogs under `i18n/` (embedded in the binary), looked up with `t!`. docs/i18n.md has the
//! glossary and how to add a language.
//!
//! What scripts read (exit codes, JSON keys, `status` and `code` values) never goes through here.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// One catalog: the BCP 47 tag pwreset names it by, the language subtag that selects it, and
/// its two parts of Fluent text (the run's messages, and help), deflated by `build.rs`: a third
/// of the size, and a run inflates and parses only the part it needs in its own language.
struct Catalog {
    tag: &'static str,
    language: &'static str,
    packed: [&'static [u8]; 2],
}

/// The parts of a catalog: `pwreset.ftl` (what a run says) and `help.ftl` (`--help`, the man
/// page, clap's words, the exit codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Run = 0,
    Help = 1,
}

impl Part {
    /// Help messages are named by their prefix.
    fn of(id: &str) -> Part {
        if ["help-", "clap-", "man-", "exit-code"]
            .iter()
            .any(|p| id.starts_with(p))
        {
            Part::Help
        } else {
            Part::Run
        }
    }
}

/// `i18n/<tag>/` as `build.rs` packed it, with the language subtag that selects it.
macro_rules! catalog {
    ($tag:literal, $language:literal) => {
        Catalog {
            tag: $tag,
            language: $language,
            packed: [
                include_bytes!(concat!(env!("OUT_DIR"), "/", $tag, "-pwreset.ftl.z")),
                include_bytes!(concat!(env!("OUT_DIR"), "/", $tag, "-help.ftl.z")),
            ],
        }
    };
}

/// Every catalog. Adding a language is one file in `i18n/` and one line here.
const CATALOGS: &[Catalog] = &[
    catalog!("en", "en"),
    catalog!("it", "it"),
    // Every Chinese locale gets Simplified Chinese: there is no Traditional catalog yet.
    catalog!("zh-CN", "zh"),
];

/// A language pwreset speaks (an entry of `CATALOGS`), or the pseudo-locale: English with
/// accents and brackets, for proving that no human-facing string bypasses the catalogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(usize);

impl Lang {
    /// English, the reference catalog and the fallback.
    pub const EN: Lang = Lang(0);
    /// The pseudo-locale (`en-XA`).
    pub const PSEUDO: Lang = Lang(CATALOGS.len());

    /// The languages a person can choose.
    pub fn spoken() -> impl Iterator<Item = Lang> {
        (0..CATALOGS.len()).map(Lang)
    }

    pub fn is_pseudo(self) -> bool {
        self == Lang::PSEUDO
    }

    /// The BCP 47 tag: for `Accept-Language`, `--lang` and JSON.
    pub fn tag(self) -> &'static str {
        CATALOGS.get(self.0).map_or("en-XA", |c| c.tag)
    }

    /// One part of the catalog's Fluent text (the pseudo-locale's is English's).
    fn source(self, part: Part) -> String {
        let packed = CATALOGS.get(self.0).unwrap_or(&CATALOGS[0]).packed[part as usize];
        let (len, deflated) = packed.split_at(4);
        let len = u32::from_le_bytes(len.try_into().expect("4 bytes")) as usize;
        let mut text = vec![0; len];
        match miniz_oxide::inflate::decompress_slice_iter_to_slice(
            &mut text,
            std::iter::once(deflated),
            false,
            true,
        ) {
            Ok(n) if n == len => String::from_utf8(text).unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// The language a locale name or language tag asks for: `it_IT.UTF-8`, `it`, `zh_CN.UTF-8`,
    /// `zh-Hans`, `zh`. `None` for `C`, `POSIX` and languages pwreset does not speak.
    pub fn from_locale(name: &str) -> Option<Lang> {
        // `ll_CC.encoding@modifier` → `ll-CC`.
        let name = name.trim();
        let name = name.split(['.', '@']).next().unwrap_or_default();
        if name.is_empty() || name == "C" || name == "POSIX" {
            return None;
        }
        if name.eq_ignore_ascii_case("en-XA") || name.eq_ignore_ascii_case("qps-ploc") {
            return Some(Lang::PSEUDO);
        }
        let id: LanguageIdentifier = name.replace('_', "-").parse().ok()?;
        CATALOGS
            .iter()
            .position(|c| c.language == id.language.as_str())
            .map(Lang)
    }
}

/// Where the language comes from, in order: `--lang` / `PWRESET_LANG`, then `LC_ALL`,
/// `LC_MESSAGES`, `LANG`. As in POSIX, the first of the locale variables that is set decides,
/// so `LC_ALL=C` means English whatever `LANG` says.
pub fn choose(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(lang) = flag
        .map(str::to_owned)
        .or_else(|| env(crate::env_vars::PWRESET_LANG))
        .filter(|v| !v.trim().is_empty())
    {
        return Lang::from_locale(&lang).unwrap_or(Lang::EN);
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|var| env(var).filter(|v| !v.is_empty()))
        .and_then(|v| Lang::from_locale(&v))
        .unwrap_or(Lang::EN)
}

/// The `--lang` value on a command line, read before clap parses it (help and argument errors
/// are in that language too): `--lang X` or `--lang=X`, before any `--`.
pub fn lang_flag(args: &[std::ffi::OsString]) -> Option<String> {
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return iter.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
    }
    None
}

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// Sets the language of this run, once (later calls change nothing).
pub fn set(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

thread_local! {
    /// The language of the request this thread serves (the dev-server answers each request in
    /// the language its `Accept-Language` asks for).
    static REQUEST_LANG: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Sets (or with `None` clears) the language of this thread's messages, over the run's.
pub fn set_for_thread(lang: Option<Lang>) {
    REQUEST_LANG.with(|l| l.set(lang));
}

/// The language of this run (or of the request this thread serves): English until `set`.
pub fn current() -> Lang {
    REQUEST_LANG
        .with(|l| l.get())
        .or_else(|| CHOSEN.get().copied())
        .unwrap_or(Lang::EN)
}

type Bundle = FluentBundle<FluentResource>;

/// Accents and doubled vowels: the pseudo-locale's text, still readable, never English.
fn pseudo(text: &str) -> Cow<'_, str> {
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                'a' => 'á',
                'e' => 'é',
                'i' => 'í',
                'o' => 'ó',
                'u' => 'ú',
                'c' => 'ç',
                'n' => 'ñ',
                's' => 'š',
                'y' => 'ý',
                'A' => 'Å',
                'E' => 'É',
                'I' => 'Î',
                'O' => 'Ö',
                'U' => 'Ü',
                'C' => 'Ç',
                'S' => 'Š',
                'N' => 'Ñ',
                other => other,
            })
            .collect(),
    )
}

#[inline(never)]
fn bundle(lang: Lang, part: Part) -> &'static Bundle {
    const N: usize = 2 * (CATALOGS.len() + 1);
    static BUNDLES: [OnceLock<Bundle>; N] = [const { OnceLock::new() }; N];
    BUNDLES[2 * lang.0 + part as usize].get_or_init(|| {
        let tag = if lang.is_pseudo() { "en" } else { lang.tag() };
        let id: LanguageIdentifier = tag.parse().expect("catalog tags are valid");
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // Terminals show Unicode isolation marks as gaps; our values are cleaned already.
        bundle.set_use_isolating(false);
        if lang.is_pseudo() {
            bundle.set_transform(Some(pseudo));
        }
        // A catalog with a syntax error still serves its good messages; the catalog tests
        // fail on any error.
        let resource = FluentResource::try_new(lang.source(part)).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// A value for a message's variable: text or a number (numbers choose plural forms). `t!`
/// passes each as `&dyn Arg`, so a call site only stores pointers: the conversion is made once
/// per type, here, not at every one of the many places that say something.
pub trait Arg {
    fn fluent(&self) -> FluentValue<'static>;
}

/// A number for a message (`t!` chooses it for the integer types).
pub struct NumberValue<T>(T);

/// Anything that displays, as text (`t!` chooses it for every other type).
pub struct TextValue<'a, T: ?Sized>(&'a T);

macro_rules! number_values {
    ($($t:ty),*) => {$(
        impl Arg for NumberValue<$t> {
            fn fluent(&self) -> FluentValue<'static> {
                FluentValue::from(self.0)
            }
        }
    )*};
}
number_values!(u8, u16, u32, u64, usize, i32, i64);

impl<T: std::fmt::Display + ?Sized> Arg for TextValue<'_, T> {
    fn fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.0.to_string())
    }
}

/// Message `id` in `lang`, with its variables. A message missing from a catalog comes from the
/// English one (the catalog tests allow no such gap); an id missing everywhere is shown as is.
// Out of line: hundreds of call sites share one copy.
#[inline(never)]
pub fn text_in(lang: Lang, id: &str, args: &[(&str, &dyn Arg)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fa = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fa.set(*name, value.fluent());
        }
        fa
    });
    for lang in [lang, Lang::EN] {
        let bundle = bundle(lang, Part::of(id));
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
            debug_assert!(errors.is_empty(), "{id}: {errors:?}");
            return if lang.is_pseudo() {
                format!("[{text}]")
            } else {
                text.into_owned()
            };
        }
    }
    id.to_owned()
}

/// Whether the catalogs have message `id` (help texts are looked up by constructed ids). Every
/// catalog has the same ids, so the run's own answers, and no second catalog is parsed.
pub fn has(id: &str) -> bool {
    bundle(current(), Part::of(id)).has_message(id)
}

/// Message `id` in the language of this run.
#[inline(never)]
pub fn text(id: &str, args: &[(&str, &dyn Arg)]) -> String {
    text_in(current(), id, args)
}

/// A variable's value on its way into a message: `t!` picks `NumberValue` for integers and
/// `TextValue` for anything else that displays, by autoref.
pub struct ArgOf<'a, T: ?Sized>(pub &'a T);

/// Integers, chosen first by `t!`.
pub trait NumberArg {
    type Value: Arg;
    fn value(&self) -> Self::Value;
}

/// Anything else that displays, chosen when `NumberArg` does not apply.
pub trait DisplayArg<'a> {
    type Value: Arg;
    fn value(&self) -> Self::Value;
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl NumberArg for ArgOf<'_, $t> {
            type Value = NumberValue<$t>;
            fn value(&self) -> NumberValue<$t> {
                NumberValue(*self.0)
            }
        }
        impl NumberArg for ArgOf<'_, &$t> {
            type Value = NumberValue<$t>;
            fn value(&self) -> NumberValue<$t> {
                NumberValue(**self.0)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64);

impl<'a, T: std::fmt::Display + ?Sized> DisplayArg<'a> for &ArgOf<'a, T> {
    type Value = TextValue<'a, T>;
    fn value(&self) -> TextValue<'a, T> {
        TextValue(self.0)
    }
}

/// "a, b and c" in the run's language (`list-and`, `list-separator`).
pub fn and_list(items: &[String]) -> String {
    join_list(items, "list-and")
}

/// "a, b or c" in the run's language (`list-or`, `list-separator`).
pub fn or_list(items: &[String]) -> String {
    join_list(items, "list-or")
}

fn join_list(items: &[String], last_id: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let first = init.join(&text("list-separator", &[]));
            text(
                last_id,
                &[("first", &TextValue(&first)), ("last", &TextValue(last))],
            )
        }
    }
}

/// `t!("id")`, `t!("id", name = value, ...)`: message `id` in the language of this run.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::i18n::{DisplayArg as _, NumberArg as _};
        $crate::i18n::text($id, &[$((stringify!($name), &(&$crate::i18n::ArgOf(&$value)).value() as &dyn $crate::i18n::Arg)),+])
    }};
}

/// `t_in!(lang, "id", name = value, ...)`: message `id` in `lang` (the dev-server answers each
/// request in the language it asks for).
#[macro_export]
macro_rules! t_in {
    ($lang:expr, $id:literal) => {
        $crate::i18n::text_in($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::i18n::{DisplayArg as _, NumberArg as _};
        $crate::i18n::text_in($lang, $id, &[$((stringify!($name), &(&$crate::i18n::ArgOf(&$value)).value() as &dyn $crate::i18n::Arg)),+])
    }};
}

/// The language an `Accept-Language` header prefers among those pwreset speaks (quality values
/// honoured), English when none matches.
pub fn from_accept_language(header: &str) -> Lang {
    let mut best: Option<(f32, Lang)> = None;
    for (i, part) in header.split(',').enumerate() {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or_default().trim();
        let q = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        // Earlier entries win ties.
        let q = q - i as f32 * 1e-4;
        if let Some(lang) = Lang::from_locale(tag) {
            if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
                best = Some((q, lang));
            }
        }
    }
    best.map_or(Lang::EN, |(_, lang)| lang)
}

/// Every message id of a language's catalog, with the variables each uses.
#[cfg(test)]
fn inventory(lang: Lang) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut all = inventory_of(&lang.source(Part::Run));
    all.extend(inventory_of(&lang.source(Part::Help)));
    all
}

/// Every message id of one Fluent text, with the variables its value uses.
#[cfg(test)]
fn inventory_of(
    source: &str,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    use fluent_syntax::ast;
    fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut std::collections::BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                walk_expr(expression, vars);
            }
        }
    }
    fn walk_expr(e: &ast::Expression<&str>, vars: &mut std::collections::BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                walk_inline(selector, vars);
                for v in variants {
                    walk_pattern(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => walk_inline(i, vars),
        }
    }
    fn walk_inline(i: &ast::InlineExpression<&str>, vars: &mut std::collections::BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    walk_inline(a, vars);
                }
            }
            ast::InlineExpression::Placeable { expression } => walk_expr(expression, vars),
            _ => {}
        }
    }
    let resource = fluent_syntax::parser::parse(source).expect("the catalog parses");
    let mut out = std::collections::BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = std::collections::BTreeSet::new();
            if let Some(v) = &m.value {
                walk_pattern(v, &mut vars);
            }
            out.insert(m.id.name.to_owned(), vars);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn it() -> Lang {
        Lang::from_locale("it").unwrap()
    }

    fn zh() -> Lang {
        Lang::from_locale("zh").unwrap()
    }

    #[test]
    fn every_message_is_in_every_language_with_the_same_variables() {
        let english = inventory(Lang::EN);
        assert!(english.len() > 100, "{} messages", english.len());
        for lang in Lang::spoken().skip(1) {
            let other = inventory(lang);
            let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang:?} has unknown {extra:?}");
            for (id, vars) in &english {
                assert_eq!(&other[id], vars, "{lang:?} {id}: variables differ");
            }
        }
    }

    #[test]
    fn catalogs_parse_without_errors() {
        for lang in Lang::spoken() {
            for part in [Part::Run, Part::Help] {
                let source = lang.source(part);
                assert!(source.len() > 10_000, "{} inflates", lang.tag());
                let ids = inventory_of(&source);
                assert!(
                    ids.keys().all(|id| Part::of(id) == part),
                    "{} {part:?}: a message is in the wrong file",
                    lang.tag()
                );
                if let Err((_, errors)) = FluentResource::try_new(source) {
                    panic!("{} {part:?}: {errors:?}", lang.tag());
                }
            }
        }
        // Every folder in i18n/ is a catalog the binary knows.
        let folders = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n"))
            .unwrap()
            .count();
        assert_eq!(folders, CATALOGS.len());
    }

    #[test]
    fn locale_names_map_sensibly() {
        for (name, lang) in [
            ("it_IT.UTF-8", Some(it())),
            ("it", Some(it())),
            ("it-CH", Some(it())),
            ("zh_CN.UTF-8", Some(zh())),
            ("zh-Hans", Some(zh())),
            ("zh", Some(zh())),
            ("en_GB.UTF-8@euro", Some(Lang::EN)),
            ("C", None),
            ("POSIX", None),
            ("C.UTF-8", None),
            ("fr_FR.UTF-8", None),
            ("", None),
            ("%%%", None),
        ] {
            assert_eq!(Lang::from_locale(name), lang, "{name}");
        }
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(choose(None, env(&[("LANG", "it_IT.UTF-8")])), it());
        assert_eq!(
            choose(None, env(&[("LC_ALL", "C"), ("LANG", "it_IT.UTF-8")])),
            Lang::EN
        );
        assert_eq!(
            choose(
                None,
                env(&[("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "it_IT")])
            ),
            zh()
        );
        assert_eq!(
            choose(None, env(&[("PWRESET_LANG", "it"), ("LC_ALL", "zh_CN")])),
            it()
        );
        assert_eq!(choose(Some("zh"), env(&[("PWRESET_LANG", "it")])), zh());
        assert_eq!(choose(Some("fr"), env(&[("LANG", "it")])), Lang::EN);
        assert_eq!(choose(None, env(&[])), Lang::EN);
    }

    #[test]
    fn accept_language_prefers_the_highest_quality_we_speak() {
        assert_eq!(from_accept_language("it-IT,it;q=0.9,en;q=0.8"), it());
        assert_eq!(from_accept_language("fr, zh-CN;q=0.5, en;q=0.4"), zh());
        assert_eq!(from_accept_language("en;q=0.1, it;q=0.2"), it());
        assert_eq!(from_accept_language("de"), Lang::EN);
        assert_eq!(from_accept_language(""), Lang::EN);
    }

    #[test]
    fn plural_forms_follow_the_language() {
        let one = text_in(Lang::EN, "attempts-left", &[("n", &NumberValue(1u32))]);
        let two = text_in(Lang::EN, "attempts-left", &[("n", &NumberValue(2u32))]);
        assert_ne!(one, two);
        let it = text_in(it(), "attempts-left", &[("n", &NumberValue(1u32))]);
        assert!(it.contains('1') && it != one, "{it}");
        let pseudo = text_in(Lang::PSEUDO, "attempts-left", &[("n", &NumberValue(2u32))]);
        assert!(pseudo.starts_with('[') && pseudo.contains('2'), "{pseudo}");
    }

    #[test]
    fn the_lang_flag_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_flag(&args(&["pwreset", "--lang", "it", "demo"])).as_deref(),
            Some("it")
        );
        assert_eq!(
            lang_flag(&args(&["pwreset", "demo", "--lang=zh"])).as_deref(),
            Some("zh")
        );
        assert_eq!(lang_flag(&args(&["pwreset", "--", "--lang", "it"])), None);
    }
}
