//! `pwreset dev-server`: the reference reset service, in memory, for trying and testing.

use std::io::Write;

use anyhow::Context;

use crate::cli::DevServerArgs;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::output::Shell;
use crate::policy::Policy;
use crate::server::{accounts, store::Store, Config, DevServer};

pub fn config_from(args: &DevServerArgs) -> Config {
    Config {
        code_ttl: args.code_ttl,
        flow_ttl: args.flow_ttl,
        max_attempts: args.max_attempts.max(1),
        resend_after: args.resend_after,
        flows_per_user: args.flows_per_user,
        user_window: args.rate_window,
        requests_per_client: args.requests_per_client,
        policy: Policy::new(args.min_length.max(1), 128, 0, true),
        max_flows: args.max_flows.max(1),
        support: Some(args.support.trim().to_owned()).filter(|s| !s.is_empty()),
        ..Config::default()
    }
}

/// Writes the CA certificate (public, but replaced atomically and only in a directory of yours)
/// to `out`, or to `pwreset-dev-ca-PORT.pem` in the runtime or cache directory.
pub fn write_ca(
    pem: &str,
    out: Option<&std::path::Path>,
    url: &str,
) -> anyhow::Result<std::path::PathBuf> {
    let path = match out {
        Some(p) => p.to_owned(),
        None => {
            let port = url.rsplit(':').next().unwrap_or("0");
            let dir = dirs::runtime_dir()
                .or_else(|| dirs::cache_dir().map(|d| d.join("pwreset")))
                .unwrap_or_else(std::env::temp_dir);
            std::fs::create_dir_all(&dir)
                .with_context(|| crate::t!("dev_server-cannot-create", dir = dir.display()))?;
            dir.join(format!("pwreset-dev-ca-{port}.pem"))
        }
    };
    crate::keystore::write_private(&path, pem.as_bytes(), true)?;
    Ok(path)
}

pub fn run(args: &DevServerArgs, shell: &Shell) -> anyhow::Result<ExitStatus> {
    if !args.addr.ip().is_loopback() {
        return Err(Failure::usage(crate::t!(
            "dev_server-dev-server-serves-plain",
            ip = args.addr.ip()
        ))
        .with_hint(crate::t!("dev_server-use-addr-port"))
        .into());
    }
    let specs = match &args.users {
        Some(path) => accounts::load(path).map_err(|e| Failure::usage(format!("{e:#}")))?,
        None => accounts::demo_accounts(),
    };
    let store = Store::new(config_from(args), &specs);
    let (server, ca_pem) = DevServer::start_with(args.addr, store, !args.no_log, args.tls)?;
    let ca_file = match ca_pem {
        Some(pem) => Some(write_ca(&pem, args.ca_out.as_deref(), server.url())?),
        None => None,
    };
    // The URL is the first line on stdout, so scripts and tests can read it.
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", server.url()).context(crate::t!("dev_server-cannot-write-stdout"))?;
    out.flush()?;
    drop(out);
    let origin = match &args.users {
        Some(p) => crate::t!(
            "dev_server-account-s-from",
            specs = specs.len(),
            p = p.display()
        ),
        None => crate::t!("dev_server-built-demo-accounts-docs", specs = specs.len()),
    };
    shell.info(&crate::t!(
        "dev_server-pwreset-dev-server-protocol",
        url = server.url(),
        origin = origin
    ));
    shell.info(&crate::t!(
        "dev_server-sent-codes-get-dev",
        url = server.url()
    ));
    if let Some(path) = &ca_file {
        shell.info(&crate::t!(
            "dev_server-tls-trust-server-ca",
            path = path.display()
        ));
    }
    server.wait();
    Ok(ExitStatus::Success)
}
