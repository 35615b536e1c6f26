//! Ctrl-C: put the terminal back as it was (echo on, cursor visible) and exit 130.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// True once SIGINT has arrived: whatever error the main thread sees next, the exit is 130.
pub fn was_interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Saves the terminal state of stdin (when it is a terminal) and installs the SIGINT handler.
#[cfg(unix)]
pub fn install() {
    let saved = save_termios();
    let _ = ctrlc::set_handler(move || {
        INTERRUPTED.store(true, Ordering::SeqCst);
        if let Some(t) = saved {
            // SAFETY: fd 0 and a termios struct previously filled in by tcgetattr.
            unsafe {
                libc::tcsetattr(0, libc::TCSANOW, &t);
            }
        }
        let mut err = std::io::stderr();
        let _ = write!(err, "\x1b[?25h\ninterrupted\n");
        let _ = err.flush();
        std::process::exit(crate::exit::ExitStatus::Interrupted.code().into());
    });
}

#[cfg(unix)]
fn save_termios() -> Option<libc::termios> {
    // SAFETY: isatty/tcgetattr only read from fd 0 into a zeroed struct we own.
    unsafe {
        if libc::isatty(0) != 1 {
            return None;
        }
        let mut t: libc::termios = std::mem::zeroed();
        (libc::tcgetattr(0, &mut t) == 0).then_some(t)
    }
}

#[cfg(not(unix))]
pub fn install() {
    let _ = ctrlc::set_handler(|| {
        INTERRUPTED.store(true, Ordering::SeqCst);
        std::process::exit(crate::exit::ExitStatus::Interrupted.code().into());
    });
}
