//! The real services other tests run against, installed (on first use) and started by the
//! first tests of the run, so that their set-up overlaps the rest of the suite instead of
//! holding up every test that needs them at once. This module sorts before the others for it.

#[test]
fn moto_is_installed_and_answers() {
    let moto = crate::cognito::moto();
    let status = reqwest::blocking::get(format!("{}/moto-api/", moto.url))
        .unwrap()
        .status();
    assert!(status.is_success(), "{status}");
}

#[test]
fn the_firebase_auth_emulator_is_installed_and_answers() {
    let emulator = crate::firebase::emulator();
    let page = reqwest::blocking::get(format!("{}/", emulator.base()))
        .unwrap()
        .text()
        .unwrap();
    assert!(page.contains("\"ready\""), "{page}");
}
