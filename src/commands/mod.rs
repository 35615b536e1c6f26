//! One file per command; each small, the work in the library.

pub mod complete;
mod completions;
mod demo;
mod detect;
#[cfg(feature = "dev-server")]
mod dev_server;
mod handoff;
mod man;
mod methods;
mod pending;
mod policy;
mod profile;
mod recover;

use crate::cli::{Cli, Command, Typed};
use crate::exit::ExitStatus;
use crate::output::Shell;
use crate::protocol::Intent;
use crate::settings::Settings;

pub fn run(cli: Cli, typed: &Typed, shell: Shell) -> anyhow::Result<ExitStatus> {
    match cli.command {
        Command::Profile(cmd) => profile::run(cmd, &cli.global, typed, shell),
        Command::Completions { shell: target } => completions::run(target),
        Command::Man => man::run(),
        #[cfg(feature = "dev-server")]
        Command::DevServer(args) => dev_server::run(&args, &shell),
        Command::Demo(args) => demo::run(&args, &cli.global, shell),
        Command::Reset(args) => recover::run(
            &Settings::resolve(&cli.global, shell)?,
            Intent::Reset,
            &args.verify,
            Some(&args.password),
        ),
        Command::Unlock(args) => recover::run(
            &Settings::resolve(&cli.global, shell)?,
            Intent::Unlock,
            &args.verify,
            None,
        ),
        Command::Methods => methods::run(&Settings::resolve(&cli.global, shell)?),
        Command::Policy => policy::run(&Settings::resolve(&cli.global, shell)?),
        Command::Detect => detect::run(&Settings::resolve(&cli.global, shell)?),
        Command::Pending(cmd) => pending::run(&cmd, &Settings::resolve(&cli.global, shell)?),
    }
}
