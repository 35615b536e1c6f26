//! Signals that end a run: SIGINT (Ctrl-C), SIGTERM, SIGHUP and SIGQUIT all put the terminal
//! back as it was (echo on, cursor visible), say so, and exit 128 + the signal's number, so a
//! hidden password prompt never leaves the terminal without echo.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// What a run that stops now leaves behind, in words (set by the flow as it goes).
static STOP_NOTE: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Sets (or clears) the sentence shown when a signal stops the run.
pub fn set_stop_note(note: Option<String>) {
    *STOP_NOTE.lock().unwrap_or_else(|p| p.into_inner()) = note;
}

fn stop_note() -> Option<String> {
    // Never block a stopping process on a lock a stopped thread may hold.
    STOP_NOTE.try_lock().ok().and_then(|n| n.clone())
}

/// Children that must not outlive a stopped run (a `--code-command` still running), by pid.
/// A pid is removed under this lock when its child is reaped, so a signal never reaches a
/// process that reused the pid.
static CHILDREN: std::sync::Mutex<Vec<u32>> = std::sync::Mutex::new(Vec::new());

/// Runs `reap` (which waits for or polls `pid`) with `pid` registered as a child to stop if
/// the run is stopped; the registration ends when `reap` says the child is gone.
pub fn while_child_runs<T>(pid: u32, mut reap: impl FnMut() -> (T, bool)) -> T {
    CHILDREN.lock().unwrap_or_else(|p| p.into_inner()).push(pid);
    loop {
        let mut children = CHILDREN.lock().unwrap_or_else(|p| p.into_inner());
        let (value, gone) = reap();
        if gone {
            children.retain(|p| *p != pid);
            return value;
        }
        drop(children);
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[cfg(unix)]
fn stop_children() {
    // Never block a stopping process on the lock for long: a poll holds it only briefly.
    for _ in 0..50 {
        if let Ok(children) = CHILDREN.try_lock() {
            for pid in children.iter() {
                if let Some(pid) = rustix::process::Pid::from_raw(*pid as i32) {
                    let _ = rustix::process::kill_process(pid, rustix::process::Signal::TERM);
                }
            }
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

/// True once a terminating signal has arrived: whatever error the main thread sees next, the
/// exit is the signal's.
pub fn was_interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Saves the terminal state of stdin (when it is a terminal) and starts the signal thread.
#[cfg(unix)]
pub fn install() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let saved = save_termios();
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT])
    else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            INTERRUPTED.store(true, Ordering::SeqCst);
            stop_children();
            if let Some(t) = &saved {
                let _ = rustix::termios::tcsetattr(
                    std::io::stdin(),
                    rustix::termios::OptionalActions::Now,
                    t,
                );
            }
            let what = match signal {
                SIGINT => crate::t!("signals-stopped"),
                SIGTERM => crate::t!("signals-stopped-by", signal = "SIGTERM"),
                SIGHUP => crate::t!("signals-stopped-terminal-went-away"),
                SIGQUIT => crate::t!("signals-stopped-by", signal = "SIGQUIT"),
                other => crate::t!("signals-stopped-signal", other = other),
            };
            let note = stop_note().map(|n| format!(" {n}")).unwrap_or_default();
            let mut err = std::io::stderr();
            let _ = write!(err, "\x1b[?25h\n{what}{note}\n");
            let _ = err.flush();
            std::process::exit(128 + signal);
        }
    });
}

#[cfg(unix)]
fn save_termios() -> Option<rustix::termios::Termios> {
    let stdin = std::io::stdin();
    if !rustix::termios::isatty(&stdin) {
        return None;
    }
    rustix::termios::tcgetattr(&stdin).ok()
}

#[cfg(not(unix))]
pub fn install() {
    let _ = ctrlc::set_handler(|| {
        INTERRUPTED.store(true, Ordering::SeqCst);
        std::process::exit(crate::exit::ExitStatus::Interrupted.code().into());
    });
}

/// A time of day in local time ("14:32"), for expiries a person compares with a clock.
pub fn clock_time(at: std::time::SystemTime) -> String {
    let secs = at
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    #[cfg(unix)]
    {
        let t = secs as libc::time_t;
        // SAFETY: localtime_r writes into the struct we own and reads only `t`; no safe crate
        // in the tree gives the local time zone's offset.
        #[allow(unsafe_code)]
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        #[allow(unsafe_code)]
        if !unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
            return format!("{:02}:{:02}", tm.tm_hour, tm.tm_min);
        }
    }
    format!("{:02}:{:02} UTC", secs / 3600 % 24, secs / 60 % 60)
}

/// Keeps other processes of the same user from reading this one's memory (ptrace, /proc/PID/mem)
/// or a core dump of it, while passwords, codes and flow tokens are held there.
pub fn forbid_memory_access() {
    #[cfg(target_os = "linux")]
    let _ = rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable);
}
