//! `pwreset man`: the man page (roff) generated from the clap model.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::exit::ExitStatus;

pub fn run() -> anyhow::Result<ExitStatus> {
    let man = clap_mangen::Man::new(Cli::command());
    let mut out = std::io::stdout().lock();
    man.render(&mut out)?;
    Ok(ExitStatus::Success)
}
