//! Keeping a flow and a generated password safe between runs.
//!
//! - `StoreJournal` writes each checkpoint (which holds the flow token) to a `SecretStore`:
//!   the OS keyring, or the file the user named with `--insecure-flow-file`.
//! - `GeneratedPasswordKeeper` stores a generated password *before* it is submitted, marked
//!   pending, and marks it confirmed once the service accepts it: in the keyring the pending
//!   password is the account `<user>#pending` and becomes `<user>` (so a confirmed password of an
//!   earlier run is never overwritten by one that may not take); with `--password-out FILE` it is
//!   `FILE.pending` until it is renamed to `FILE`.

use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use crate::error::{Failure, Result};
use crate::flow::{Checkpoint, Journal, PasswordKeeper};
use crate::keystore::{read_trusted, write_private, SecretStore, Trust};
use crate::output::Shell;
use crate::secret::Secret;

fn flow_account(user: &str) -> String {
    format!("{user}#flow")
}

pub(crate) fn pending_account(user: &str) -> String {
    format!("{user}#pending")
}

pub struct StoreJournal {
    store: Box<dyn SecretStore>,
    user: String,
}

impl StoreJournal {
    pub fn new(store: Box<dyn SecretStore>, user: &str) -> StoreJournal {
        StoreJournal {
            store,
            user: user.to_owned(),
        }
    }

    /// The checkpoint an interrupted run left, if any.
    pub fn load(&self) -> Result<Option<Checkpoint>> {
        let Some(text) = self.store.get(&flow_account(&self.user))? else {
            return Ok(None);
        };
        serde_json::from_str(text.expose()).map(Some).map_err(|e| {
            Failure::usage(crate::t!("journal-saved-flow-unreadable", where = self.where_(), e = e))
        })
    }

    pub fn where_(&self) -> String {
        self.store.describe(&flow_account(&self.user))
    }
}

impl Journal for StoreJournal {
    fn save(&mut self, checkpoint: &Checkpoint) -> Result<()> {
        let text = Secret::new(serde_json::to_string(checkpoint).expect("serializable"));
        self.store.set(&flow_account(&self.user), &text)
    }

    fn clear(&mut self) -> Result<()> {
        self.store.delete(&flow_account(&self.user))
    }
}

/// A journal that tries, and says once that this run cannot be resumed if it cannot save.
pub struct BestEffortJournal {
    inner: Option<StoreJournal>,
    shell: Shell,
}

impl BestEffortJournal {
    pub fn new(inner: Option<StoreJournal>, shell: Shell) -> BestEffortJournal {
        BestEffortJournal { inner, shell }
    }
}

impl Journal for BestEffortJournal {
    fn save(&mut self, checkpoint: &Checkpoint) -> Result<()> {
        if let Some(j) = &mut self.inner {
            if let Err(e) = j.save(checkpoint) {
                self.shell
                    .warn(&crate::t!("journal-run-cannot-resumed-resume", e = e));
                self.inner = None;
            }
        }
        Ok(())
    }

    fn clear(&mut self) -> Result<()> {
        match &mut self.inner {
            Some(j) => j.clear(),
            None => Ok(()),
        }
    }

    fn persists(&self) -> bool {
        self.inner.is_some()
    }
}

pub struct GeneratedPasswordKeeper {
    pub keyring: Option<Box<dyn SecretStore>>,
    pub file: Option<PathBuf>,
    pub force_overwrite: bool,
}

/// A new run meets a pending password whose fate is unknown: it may be the account's password.
fn pending_left_in(place: String) -> Failure {
    Failure::usage(crate::t!(
        "journal-holds-pending-password-from",
        place = place
    ))
    .with_hint(crate::t!("journal-settle-resume-first-if"))
}

pub(crate) fn pending_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".pending");
    PathBuf::from(name)
}

impl GeneratedPasswordKeeper {
    /// Before any request: the destination file must be free (unless --force-overwrite).
    /// A pending password of an interrupted run is not overwritten by a new run either: its
    /// outcome is unknown, so it may be the account's password now.
    pub fn check_destinations(&self, user: &str, resuming: bool) -> Result<()> {
        if let Some(store) = &self.keyring {
            if !resuming && !self.force_overwrite && store.get(&pending_account(user))?.is_some() {
                return Err(pending_left_in(store.describe(&pending_account(user))));
            }
        }
        if let Some(file) = &self.file {
            if file.exists() && !self.force_overwrite {
                return Err(Failure::usage(crate::t!(
                    "journal-password-out-already-exists",
                    file = file.display()
                ))
                .with_hint(crate::t!("journal-choose-another-path-pass")));
            }
            let pending = pending_path(file);
            if pending.exists() && !resuming && !self.force_overwrite {
                return Err(pending_left_in(pending.display().to_string()));
            }
        }
        Ok(())
    }
}

impl PasswordKeeper for GeneratedPasswordKeeper {
    fn keep(&mut self, user: &str, password: &Secret) -> Result<Vec<String>> {
        let mut places = Vec::new();
        if let Some(store) = &self.keyring {
            store.set(&pending_account(user), password)?;
            places.push(store.describe(&pending_account(user)));
        }
        if let Some(file) = &self.file {
            let pending = pending_path(file);
            write_private(
                &pending,
                format!("{}\n", password.expose()).as_bytes(),
                self.force_overwrite,
            )?;
            places.push(pending.display().to_string());
        }
        Ok(places)
    }

    fn confirm(&mut self, user: &str) -> Result<Vec<String>> {
        let mut places = Vec::new();
        if let Some(store) = &self.keyring {
            let password = store.get(&pending_account(user))?.ok_or_else(|| {
                Failure::usage(crate::t!("journal-pending-password-vanished-from"))
            })?;
            store.set(user, &password)?;
            store.delete(&pending_account(user))?;
            places.push(store.describe(user));
        }
        if let Some(file) = &self.file {
            let pending = pending_path(file);
            if file.exists() && !self.force_overwrite {
                return Err(Failure::usage(crate::t!(
                    "journal-password-set-kept-but",
                    pending = pending.display(),
                    file = file.display()
                )));
            }
            std::fs::rename(&pending, file).map_err(|e| {
                Failure::usage(crate::t!(
                    "journal-password-set-kept-but-2",
                    pending = pending.display(),
                    file = file.display(),
                    e = e
                ))
            })?;
            places.push(file.display().to_string());
        }
        Ok(places)
    }

    fn discard(&mut self, user: &str) -> Result<()> {
        if let Some(store) = &self.keyring {
            store.delete(&pending_account(user))?;
        }
        if let Some(file) = &self.file {
            let _ = std::fs::remove_file(pending_path(file));
        }
        Ok(())
    }

    fn load_pending(&mut self, user: &str) -> Result<Option<Secret>> {
        if let Some(store) = &self.keyring {
            if let Some(p) = store.get(&pending_account(user))? {
                return Ok(Some(p));
            }
        }
        if let Some(file) = &self.file {
            let pending = pending_path(file);
            if let Some(text) = read_trusted(
                &pending,
                &crate::t!("pending-password-file"),
                Trust::Private,
            )? {
                let text = Zeroizing::new(text);
                return Ok(Some(Secret::new(
                    text.lines().next().unwrap_or("").to_owned(),
                )));
            }
        }
        Ok(None)
    }
}
