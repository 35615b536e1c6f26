//! `pwreset completions SHELL`: a completion script generated from the clap model.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::exit::ExitStatus;

pub fn run(shell: clap_complete::Shell) -> anyhow::Result<ExitStatus> {
    let mut cmd = Cli::command();
    clap_complete::generate(shell, &mut cmd, "pwreset", &mut std::io::stdout());
    Ok(ExitStatus::Success)
}
