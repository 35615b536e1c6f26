//! Compresses every message catalog (`i18n/<tag>/pwreset.ftl` and `help.ftl`) into
//! `OUT_DIR/<tag>-<part>.ftl.z`; the binary embeds them compressed and inflates only what a run
//! needs (`src/i18n.rs`).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut dirs: Vec<_> = std::fs::read_dir("i18n")
        .expect("the i18n folder")
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    dirs.sort_by_key(|e| e.file_name());
    for dir in dirs {
        for part in ["pwreset", "help"] {
            let catalog = dir.path().join(format!("{part}.ftl"));
            println!("cargo:rerun-if-changed={}", catalog.display());
            let text = std::fs::read(&catalog).expect("each language folder holds both parts");
            // The inflated length first (4 bytes, little-endian): the run inflates in one pass.
            let mut packed = (text.len() as u32).to_le_bytes().to_vec();
            packed.extend(miniz_oxide::deflate::compress_to_vec(&text, 9));
            let name = format!("{}-{part}.ftl.z", dir.file_name().to_string_lossy());
            std::fs::write(out.join(name), packed).expect("write to OUT_DIR");
        }
    }
}
