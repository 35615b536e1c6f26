//! `pwreset profile list|show|add|remove`: the profiles in the config file. Edits keep the
//! file's comments and layout; no secret is ever written (there is no flag that could give one).

use toml_edit::{value, Array, DocumentMut, Item, Table};

use crate::cli::{ProfileAddArgs, ProfileCommand, Typed};
use crate::config;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::keystore::write_private;

fn config_path() -> Result<std::path::PathBuf, Failure> {
    config::path().ok_or_else(|| Failure::usage(crate::t!("profile-no-config-directory-system")))
}

fn read_document(path: &std::path::Path) -> Result<DocumentMut, Failure> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(Failure::usage(crate::t!(
                "profile-cannot-read",
                path = path.display(),
                e = e
            )))
        }
    };
    // The same checks as every other command (refused keys, known keys) before editing.
    config::parse(&text, path)?;
    text.parse::<DocumentMut>()
        .map_err(|e| Failure::usage(format!("{}: {e}", path.display())))
}

fn write_document(path: &std::path::Path, doc: &DocumentMut) -> Result<(), Failure> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| {
            Failure::usage(crate::t!(
                "profile-cannot-create",
                dir = dir.display(),
                e = e
            ))
        })?;
    }
    write_private(path, doc.to_string().as_bytes(), true)
}

pub fn run(
    cmd: ProfileCommand,
    global: &crate::cli::GlobalArgs,
    typed: &Typed,
    settings_shell: crate::output::Shell,
) -> anyhow::Result<ExitStatus> {
    let shell = settings_shell;
    match cmd {
        ProfileCommand::List => {
            let (config, _) = config::load()?;
            if config.profiles.is_empty() {
                shell.info(&crate::t!("profile-no-profiles-yet-add"));
            }
            for name in config.profiles.keys() {
                let mark = if config.default_profile.as_deref() == Some(name.as_str()) {
                    " (default)"
                } else {
                    ""
                };
                shell.out(&format!("{name}{mark}"))?;
            }
        }
        ProfileCommand::Show { name } => {
            let (config, path) = config::load()?;
            let name = name.or(config.default_profile.clone()).ok_or_else(|| {
                Failure::usage(crate::t!("profile-no-profile-named-no"))
                    .with_hint(crate::t!("profile-pwreset-profile-show-name"))
            })?;
            let p = config.profiles.get(&name).ok_or_else(|| {
                Failure::usage(crate::t!(
                    "profile-no-profile",
                    name = format!("{:?}", name),
                    map = path.map(|p| p.display().to_string()).unwrap_or_default()
                ))
            })?;
            // Valid TOML, as it would stand in the config file.
            let one = std::collections::BTreeMap::from([(
                "profiles",
                std::collections::BTreeMap::from([(name.as_str(), p)]),
            )]);
            let text = toml::to_string(&one).map_err(|e| {
                Failure::usage(crate::t!(
                    "profile-cannot-show-profile",
                    name = format!("{:?}", name),
                    e = e
                ))
            })?;
            shell.out(text.trim_end())?;
        }
        ProfileCommand::Add(args) => add(&args, global, typed, &shell)?,
        ProfileCommand::Remove { name } => {
            let path = config_path()?;
            let mut doc = read_document(&path)?;
            let removed = doc
                .get_mut("profiles")
                .and_then(Item::as_table_like_mut)
                .and_then(|t| t.remove(&name))
                .is_some();
            if !removed {
                return Err(Failure::usage(crate::t!(
                    "profile-no-profile-2",
                    name = format!("{:?}", name),
                    path = path.display()
                ))
                .into());
            }
            if doc.get("default_profile").and_then(Item::as_str) == Some(name.as_str()) {
                doc.remove("default_profile");
            }
            write_document(&path, &doc)?;
            shell.success(&crate::t!(
                "profile-removed-profile-from",
                name = name,
                path = path.display()
            ));
        }
    }
    Ok(ExitStatus::Success)
}

fn add(
    args: &ProfileAddArgs,
    global: &crate::cli::GlobalArgs,
    typed: &Typed,
    shell: &crate::output::Shell,
) -> anyhow::Result<()> {
    if args.name.is_empty()
        || !args
            .name
            .chars()
            .all(|c| c.is_alphanumeric() || "-_.".contains(c))
    {
        return Err(Failure::usage(crate::t!(
            "profile-not-profile-name-letters",
            name = format!("{:?}", args.name)
        ))
        .into());
    }
    let url = global.url.as_ref().filter(|_| typed.has("url"));
    if let Some(url) = url {
        crate::http::service_url(url)?;
    }
    let path = config_path()?;
    let mut doc = read_document(&path)?;
    let profiles = doc
        .entry("profiles")
        .or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        })
        .as_table_mut()
        .ok_or_else(|| {
            Failure::usage(crate::t!(
                "profile-profiles-not-table",
                path = path.display()
            ))
        })?;
    if profiles.contains_key(&args.name) && !args.force {
        return Err(Failure::usage(crate::t!(
            "profile-already-exists",
            name = args.name,
            path = path.display()
        ))
        .with_hint(crate::t!("profile-pass-force-replace"))
        .into());
    }
    let mut table = Table::new();
    let provider = match (global.provider.filter(|_| typed.has("provider")), url) {
        // Not named, but a URL to ask: recorded as what it is (a failure to find out is said,
        // and the profile is kept without it: `--provider auto` asks again when it is used).
        (None | Some(crate::cli::ProviderKind::Auto), Some(url)) => {
            let http = crate::http::HttpSettings {
                timeout: global.timeout.unwrap_or(crate::settings::DEFAULT_TIMEOUT),
                ca_cert: global.ca_cert.clone(),
            };
            let service = crate::http::service_url(url)?;
            match crate::detect::detect(&service, &http, shell, global.api_key.as_deref()) {
                Ok(found) => {
                    shell.info(&crate::t!(
                        "detect-found",
                        service = service.host_str().unwrap_or_default(),
                        kind = found.kind.name()
                    ));
                    Some(found.kind)
                }
                Err(f) => {
                    shell.warn(&f.message);
                    None
                }
            }
        }
        (named, _) => named,
    };
    {
        if let Some(p) = provider {
            table["provider"] = value(
                clap::ValueEnum::to_possible_value(&p)
                    .map(|v| v.get_name().to_owned())
                    .unwrap_or_default(),
            );
        }
    }
    if let Some(url) = url {
        table["url"] = value(url.as_str());
    }
    if let Some(user) = global.user.as_ref().filter(|_| typed.has("user")) {
        table["user"] = value(user.as_str());
    }
    if !args.methods.is_empty() {
        table["methods"] = value(args.methods.iter().collect::<Array>());
    }
    if let Some(t) = global.timeout.filter(|_| typed.has("timeout")) {
        table["timeout"] = value(humantime::format_duration(t).to_string());
    }
    if let Some(c) = global.ca_cert.as_ref().filter(|_| typed.has("ca_cert")) {
        table["ca_cert"] = value(c.display().to_string());
    }
    profiles.insert(&args.name, Item::Table(table));
    if args.default || doc.get("default_profile").is_none() {
        doc["default_profile"] = value(args.name.as_str());
    }
    // Whatever was written must load: the same checks as every run.
    config::parse(&doc.to_string(), &path)?;
    write_document(&path, &doc)?;
    shell.success(&crate::t!(
        "profile-saved-profile",
        name = args.name,
        path = path.display()
    ));
    Ok(())
}
