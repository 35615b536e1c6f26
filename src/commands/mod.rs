//! One file per command; each small, the work in the library.

mod completions;
mod demo;
#[cfg(feature = "dev-server")]
mod dev_server;
mod man;
mod methods;
mod policy;
mod recover;

use crate::cli::{Cli, Command};
use crate::exit::ExitStatus;
use crate::output::Shell;
use crate::protocol::Intent;
use crate::settings::Settings;

pub fn run(cli: Cli, shell: Shell) -> anyhow::Result<ExitStatus> {
    match cli.command {
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
    }
}
