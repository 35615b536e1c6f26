//! Where pwreset keeps secrets between runs: generated passwords and in-progress flow tokens.
//! The OS keyring by default (Linux keyutils, macOS Keychain, Windows Credential Manager);
//! a 0600 file only when the user asks for one explicitly (`--insecure-flow-file`).
//!
//! Entries are named service `pwreset:<service host>`, user `<user id>` (the password) and
//! `<user id>#flow` (the flow state, which holds the flow token).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

use crate::env_vars;
use crate::error::{Failure, FailureKind, Result};
use crate::secret::Secret;

/// A keyring that does not answer within this time is treated as unusable (as gh does).
const KEYRING_TIMEOUT: Duration = Duration::from_secs(5);

pub trait SecretStore {
    fn set(&self, account: &str, value: &Secret) -> Result<()>;
    fn get(&self, account: &str) -> Result<Option<Secret>>;
    fn delete(&self, account: &str) -> Result<()>;
    /// Where the secret is, for messages and JSON (`keyring:pwreset:host/user`, a path).
    fn describe(&self, account: &str) -> String;
}

fn unusable(detail: impl std::fmt::Display) -> Failure {
    Failure::new(
        FailureKind::Usage,
        crate::t!("keystore-os-keyring-not-usable", detail = detail),
    )
    .with_hint(crate::t!("keystore-use-password-out-file"))
}

/// Where keyring entries live: a `keyring_core` store (keyutils, the macOS Keychain, the
/// Windows Credential Manager, or the mock store in tests), or on Linux the Secret Service
/// through `secret-tool`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Backend {
    Core,
    #[cfg(target_os = "linux")]
    SecretTool,
}

/// Sets up the platform's keyring, once. `PWRESET_KEYRING=none` turns the keyring off (for
/// machines where it must not be touched).
fn init_platform_store() -> std::result::Result<Backend, String> {
    static INIT: std::sync::OnceLock<std::result::Result<Backend, String>> =
        std::sync::OnceLock::new();
    INIT.get_or_init(|| {
        if std::env::var(env_vars::PWRESET_KEYRING).is_ok_and(|v| v == "none") {
            return Err(format!("{}=none", env_vars::PWRESET_KEYRING));
        }
        platform_store()
    })
    .clone()
}

/// Linux: the Secret Service (GNOME Keyring, KWallet, KeePassXC) when a desktop session offers
/// one, else the kernel's keyutils. `PWRESET_KEYRING=secret-service|keyutils` picks one.
#[cfg(target_os = "linux")]
fn platform_store() -> std::result::Result<Backend, String> {
    let choice = std::env::var(env_vars::PWRESET_KEYRING).unwrap_or_default();
    let keyutils = || {
        keyutils_store().map(|s| {
            keyring_core::set_default_store(s);
            Backend::Core
        })
    };
    match choice.as_str() {
        "secret-service" => secret_tool::probe().map(|()| Backend::SecretTool),
        "keyutils" => keyutils(),
        "" | "auto" => {
            if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
                && secret_tool::probe().is_ok()
            {
                return Ok(Backend::SecretTool);
            }
            keyutils()
        }
        other => Err(crate::t!(
            "keystore-not-one-auto-secret",
            v_pwreset_keyring = env_vars::PWRESET_KEYRING,
            other = format!("{:?}", other)
        )),
    }
}

/// The Secret Service through libsecret's `secret-tool` (Debian's libsecret-tools), which every
/// desktop with a keyring has: the same items (attributes `service` and `username`, label
/// `keyring:USER@SERVICE`) that other keyring clients read, without linking a D-Bus stack into
/// pwreset. Secrets go through pipes, never through the argument vector.
#[cfg(target_os = "linux")]
mod secret_tool {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    use std::time::Instant;

    use zeroize::Zeroizing;

    use super::KEYRING_TIMEOUT;

    /// What one `secret-tool` run printed, when it exited 0; `Ok(None)` for "no such item"
    /// (exit 1 with nothing on stderr).
    pub(super) fn run(
        args: &[&str],
        input: Option<&[u8]>,
    ) -> std::result::Result<Option<Zeroizing<Vec<u8>>>, String> {
        let mut child = Command::new("secret-tool")
            .args(args)
            .stdin(if input.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| crate::t!("keystore-cannot-run-secret-tool", e = e))?;
        if let (Some(data), Some(mut stdin)) = (input, child.stdin.take()) {
            stdin
                .write_all(data)
                .map_err(|e| crate::t!("keystore-cannot-talk-secret-tool", e = e))?;
        }
        let mut stdout = child.stdout.take().expect("piped");
        let mut stderr = child.stderr.take().expect("piped");
        let out = std::thread::spawn(move || {
            let mut buf = Zeroizing::new(Vec::new());
            let _ = stdout.by_ref().take(1024 * 1024).read_to_end(&mut buf);
            buf
        });
        let err = std::thread::spawn(move || {
            let mut buf = String::new();
            let _ = stderr.by_ref().take(64 * 1024).read_to_string(&mut buf);
            buf
        });
        let deadline = Instant::now() + KEYRING_TIMEOUT;
        let status = loop {
            if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
                break status;
            }
            if Instant::now() >= deadline {
                let _ = child.kill();
                let _ = child.wait();
                return Err(crate::t!(
                    "keystore-secret-service-did-not",
                    v_keyring_timeout = KEYRING_TIMEOUT.as_secs()
                ));
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        };
        let out = out.join().unwrap_or_default();
        let err = err.join().unwrap_or_default();
        match status.code() {
            Some(0) => Ok(Some(out)),
            Some(1) if err.trim().is_empty() => Ok(None),
            _ => Err(crate::t!(
                "keystore-secret-tool-failed",
                clean_capped = crate::output::clean_capped(err.trim(), 200)
            )),
        }
    }

    /// Whether a Secret Service answers at all (a lookup of an item nobody has).
    pub(super) fn probe() -> std::result::Result<(), String> {
        run(
            &["lookup", "service", "pwreset:probe", "username", "probe"],
            None,
        )
        .map(|_| ())
    }
}

#[cfg(target_os = "linux")]
fn keyutils_store() -> std::result::Result<Arc<keyring_core::CredentialStore>, String> {
    use linux_keyutils::{KeyRing, KeyRingIdentifier};
    // Containers and CI often run without a session keyring; without attaching one first,
    // every keyutils call fails with "access denied". Without `create`, the kernel attaches the
    // user's session keyring, which the user's other processes share (so `--resume` in a later
    // process finds the flow); only if that fails, a new anonymous one. The store also links
    // keys into the per-user persistent keyring.
    KeyRing::from_special_id(KeyRingIdentifier::Session, false)
        .or_else(|_| KeyRing::from_special_id(KeyRingIdentifier::Session, true))
        .map_err(|e| {
            crate::t!(
                "keystore-cannot-attach-session-keyring",
                e = format!("{:?}", e)
            )
        })?;
    let store = linux_keyutils_keyring_store::Store::new().map_err(|e| e.to_string())?;
    Ok(store)
}

#[cfg(target_os = "macos")]
fn platform_store() -> std::result::Result<Backend, String> {
    let store = apple_native_keyring_store::keychain::Store::new().map_err(|e| e.to_string())?;
    keyring_core::set_default_store(store);
    Ok(Backend::Core)
}

#[cfg(target_os = "windows")]
fn platform_store() -> std::result::Result<Backend, String> {
    let store = windows_native_keyring_store::Store::new().map_err(|e| e.to_string())?;
    keyring_core::set_default_store(store);
    Ok(Backend::Core)
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn platform_store() -> std::result::Result<Backend, String> {
    Err(crate::t!("keystore-no-store-for-platform"))
}

/// The OS keyring, entries under service `pwreset:<host>`.
#[derive(Clone)]
pub struct KeyringStore {
    service: String,
    backend: Backend,
}

impl KeyringStore {
    /// Opens the keyring; fails with a message naming the alternatives when it is unusable.
    pub fn open(host: &str) -> Result<KeyringStore> {
        let backend = init_platform_store().map_err(unusable)?;
        let store = KeyringStore {
            service: format!("pwreset:{host}"),
            backend,
        };
        // Probe once, so an unusable keyring is found before anything depends on it.
        store.get("#probe")?;
        Ok(store)
    }

    /// With a given store (the mock store in unit tests).
    pub fn with_store(host: &str, store: Arc<keyring_core::CredentialStore>) -> KeyringStore {
        keyring_core::set_default_store(store);
        KeyringStore {
            service: format!("pwreset:{host}"),
            backend: Backend::Core,
        }
    }

    /// Runs a keyring call on a thread, giving up after `KEYRING_TIMEOUT`.
    fn call<T: Send + 'static>(
        &self,
        account: &str,
        op: impl FnOnce(keyring_core::Entry) -> keyring_core::Result<T> + Send + 'static,
    ) -> Result<keyring_core::Result<T>> {
        let entry = keyring_core::Entry::new(&self.service, account).map_err(unusable)?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(op(entry));
        });
        rx.recv_timeout(KEYRING_TIMEOUT).map_err(|_| {
            unusable(crate::t!(
                "keystore-no-answer-within-s",
                v_keyring_timeout = KEYRING_TIMEOUT.as_secs()
            ))
        })
    }
}

impl SecretStore for KeyringStore {
    fn set(&self, account: &str, value: &Secret) -> Result<()> {
        #[cfg(target_os = "linux")]
        if self.backend == Backend::SecretTool {
            let label = format!("keyring:{account}@{}", self.service);
            let label = format!("--label={label}");
            // `--` ends the options: a user id that starts with "-" stays a value.
            let args = [
                "store",
                &label,
                "--",
                "service",
                &self.service,
                "username",
                account,
            ];
            return secret_tool::run(&args, Some(value.expose().as_bytes()))
                .map(|_| ())
                .map_err(unusable);
        }
        // Keys another process left under the same name (reachable through the persistent
        // keyring) would shadow the new one: remove them all, so exactly one remains.
        for _ in 0..8 {
            if self.call(account, |e| e.delete_credential())?.is_err() {
                break;
            }
        }
        let value = value.clone();
        self.call(account, move |e| e.set_password(value.expose()))?
            .map_err(unusable)
    }

    fn get(&self, account: &str) -> Result<Option<Secret>> {
        #[cfg(target_os = "linux")]
        if self.backend == Backend::SecretTool {
            let args = [
                "lookup",
                "--",
                "service",
                &self.service,
                "username",
                account,
            ];
            return match secret_tool::run(&args, None).map_err(unusable)? {
                None => Ok(None),
                Some(bytes) => String::from_utf8(bytes.to_vec())
                    .map(|s| Some(Secret::new(s)))
                    .map_err(|_| unusable(crate::t!("keystore-item-not-text"))),
            };
        }
        match self.call(account, |e| e.get_password())? {
            Ok(v) => Ok(Some(Secret::new(v))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(unusable(e)),
        }
    }

    fn delete(&self, account: &str) -> Result<()> {
        #[cfg(target_os = "linux")]
        if self.backend == Backend::SecretTool {
            let args = ["clear", "--", "service", &self.service, "username", account];
            return secret_tool::run(&args, None).map(|_| ()).map_err(unusable);
        }
        match self.call(account, |e| e.delete_credential())? {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(unusable(e)),
        }
    }

    fn describe(&self, account: &str) -> String {
        format!("keyring:{}/{account}", self.service)
    }
}

/// A JSON file of secrets, created 0600 — only with `--insecure-flow-file`.
pub struct FileStore {
    path: PathBuf,
}

impl FileStore {
    pub fn new(path: &Path) -> FileStore {
        FileStore {
            path: path.to_owned(),
        }
    }

    fn read(&self) -> Result<BTreeMap<String, String>> {
        match read_trusted(&self.path, &crate::t!("keystore-flow-file"), Trust::Private)? {
            None => Ok(BTreeMap::new()),
            Some(text) if text.trim().is_empty() => Ok(BTreeMap::new()),
            Some(text) => serde_json::from_str(&text).map_err(|e| {
                Failure::usage(crate::t!(
                    "keystore-not-pwreset-flow-file",
                    path = self.path.display(),
                    e = e
                ))
            }),
        }
    }

    /// Checks now, before any request, that the file is safe to use and readable.
    pub fn check(&self) -> Result<()> {
        self.read().map(|_| ())
    }

    fn write(&self, map: &BTreeMap<String, String>) -> Result<()> {
        let text = serde_json::to_string_pretty(map).expect("serializable");
        write_private(&self.path, text.as_bytes(), true)
    }
}

impl SecretStore for FileStore {
    fn set(&self, account: &str, value: &Secret) -> Result<()> {
        let mut map = self.read()?;
        map.insert(account.to_owned(), value.expose().to_owned());
        self.write(&map)
    }

    fn get(&self, account: &str) -> Result<Option<Secret>> {
        Ok(self.read()?.remove(account).map(Secret::new))
    }

    fn delete(&self, account: &str) -> Result<()> {
        let mut map = self.read()?;
        if map.remove(account).is_some() {
            if map.is_empty() {
                let _ = std::fs::remove_file(&self.path);
                return Ok(());
            }
            self.write(&map)?;
        }
        Ok(())
    }

    fn describe(&self, account: &str) -> String {
        format!("{} ({account})", self.path.display())
    }
}

/// How a file pwreset reads is trusted: files that hold or decide a secret (a password, a flow)
/// must be private; a code file must only be safe from tampering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// Owned by you, written by nobody else, and read by nobody else.
    Private,
    /// Owned by you and written by nobody else.
    OwnedByYou,
}

/// Opens a file that another local user must not have planted or changed: never through a
/// symbolic link, only a regular file owned by the current user and not writable by group or
/// others (with `Trust::Private` not readable by them either), in a directory that others
/// cannot write, unless its sticky bit keeps them from replacing your files. `Ok(None)` when
/// the file does not exist. A broken rule is named, with what to do (exit 2).
/// "cannot read WHAT PATH: why", as a usage error.
fn cannot_read(what: &str, path: &Path, e: impl std::fmt::Display) -> Failure {
    Failure::usage(crate::t!(
        "keystore-cannot-read",
        what = what,
        path = path.display(),
        e = e
    ))
}

pub fn open_trusted(path: &Path, what: &str, trust: Trust) -> Result<Option<std::fs::File>> {
    let refuse = |rule: String, fix: String| {
        Err(Failure::usage(crate::t!(
            "keystore-not-safe-use",
            what = what,
            path = path.display(),
            rule = rule
        ))
        .with_hint(fix))
    };
    check_directory(path, what)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // No link is followed, and a planted FIFO cannot block the open.
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC);
    }
    let file = match options.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        #[cfg(unix)]
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
            return refuse(
                crate::t!("keystore-symbolic-link-pwreset-does"),
                crate::t!("keystore-name-file-itself"),
            )
        }
        Err(e) => return Err(cannot_read(what, path, e)),
    };
    let meta = file.metadata().map_err(|e| cannot_read(what, path, e))?;
    if !meta.is_file() {
        return refuse(
            crate::t!("keystore-not-regular-file"),
            crate::t!("keystore-name-regular-file"),
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let me = current_uid();
        let mode = meta.mode() & 0o7777;
        if meta.uid() != me {
            return refuse(
                crate::t!("keystore-belongs-user-id-not", uid = meta.uid(), me = me),
                crate::t!("keystore-another-user-may-have"),
            );
        }
        if mode & 0o022 != 0 {
            return refuse(
                crate::t!(
                    "keystore-writable-by-others",
                    mode = format!("{:o}", mode & 0o777)
                ),
                crate::t!("keystore-chmod-go-w-after", path = path.display()),
            );
        }
        if trust == Trust::Private && mode & 0o077 != 0 {
            return refuse(
                crate::t!(
                    "keystore-readable-by-others",
                    mode = format!("{:o}", mode & 0o777)
                ),
                format!("chmod 600 {}", path.display()),
            );
        }
    }
    Ok(Some(file))
}

/// Reads a whole trusted file as text (see `open_trusted`).
pub fn read_trusted(path: &Path, what: &str, trust: Trust) -> Result<Option<String>> {
    use std::io::Read;
    let Some(mut file) = open_trusted(path, what, trust)? else {
        return Ok(None);
    };
    let mut text = String::new();
    file.by_ref()
        .take(1024 * 1024)
        .read_to_string(&mut text)
        .map_err(|e| cannot_read(what, path, e))?;
    Ok(Some(text))
}

#[cfg(unix)]
fn current_uid() -> u32 {
    rustix::process::geteuid().as_raw()
}

/// The directory of `path` must not let another user swap files in it: owned by you or root,
/// and not writable by group or others unless sticky (as /tmp is).
fn check_directory(path: &Path, what: &str) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let Ok(meta) = std::fs::metadata(dir) else {
            return Ok(());
        };
        let me = current_uid();
        let mode = meta.mode() & 0o7777;
        let rule = if meta.uid() != me && meta.uid() != 0 {
            Some(crate::t!(
                "keystore-its-directory-belongs-user",
                dir = dir.display(),
                uid = meta.uid()
            ))
        } else if mode & 0o022 != 0 && mode & 0o1000 == 0 {
            Some(crate::t!(
                "keystore-directory-writable-by-others",
                dir = dir.display(),
                mode = format!("{:o}", mode & 0o7777)
            ))
        } else {
            None
        };
        if let Some(rule) = rule {
            return Err(Failure::usage(crate::t!(
                "keystore-not-safe-use",
                what = what,
                path = path.display(),
                rule = rule
            ))
            .with_hint(crate::t!("keystore-keep-secret-files-directory")));
        }
    }
    let _ = (path, what);
    Ok(())
}

/// Writes `data` to `path`, readable by the owner only. With `replace`, an existing file is
/// replaced atomically; without, an existing file is an error.
pub fn write_private(path: &Path, data: &[u8], replace: bool) -> Result<()> {
    use std::io::Write;
    let fail = |e: std::io::Error| {
        Failure::usage(crate::t!(
            "keystore-cannot-write",
            path = path.display(),
            e = e
        ))
    };
    check_directory(path, &crate::t!("keystore-the-file"))?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp{}",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("pwreset"),
        std::process::id()
    ));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&tmp).map_err(fail)?;
    let written = file.write_all(data).and_then(|()| file.sync_all());
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    let placed = if replace {
        std::fs::rename(&tmp, path)
    } else {
        // hard_link fails if `path` exists: no overwrite, no race.
        std::fs::hard_link(&tmp, path)
    };
    let _ = std::fs::remove_file(&tmp);
    placed.map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Failure::usage(crate::t!(
                "keystore-already-exists-pwreset-will",
                path = path.display()
            ))
            .with_hint(crate::t!("journal-choose-another-path-pass"))
        } else {
            fail(e)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyring_round_trip_on_the_mock_store() {
        let store =
            KeyringStore::with_store("id.example.com", keyring_core::mock::Store::new().unwrap());
        assert_eq!(store.get("alice").unwrap(), None);
        store.set("alice", &Secret::from("s3cret-value")).unwrap();
        assert_eq!(
            store.get("alice").unwrap().unwrap().expose(),
            "s3cret-value"
        );
        assert_eq!(
            store.describe("alice"),
            "keyring:pwreset:id.example.com/alice"
        );
        store.delete("alice").unwrap();
        assert_eq!(store.get("alice").unwrap(), None);
        store.delete("alice").unwrap();
    }

    #[test]
    fn file_store_is_private_and_refuses_to_clobber() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("flow.json");
        let store = FileStore::new(&path);
        store.set("a", &Secret::from("x")).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        assert_eq!(store.get("a").unwrap().unwrap().expose(), "x");
        store.delete("a").unwrap();
        assert!(!path.exists());
        let out = dir.path().join("pw");
        write_private(&out, b"one", false).unwrap();
        let err = write_private(&out, b"two", false).unwrap_err();
        assert!(err.message.contains("will not overwrite"));
        assert_eq!(std::fs::read(&out).unwrap(), b"one");
    }
}
