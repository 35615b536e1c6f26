//! `dev-server --tls`: a certificate authority made at start (its key never leaves memory), a
//! server certificate it signs for the listening address, `localhost`, 127.0.0.1 and ::1, and
//! TLS (rustls; 1.3 preferred) in front of the plain HTTP server. People try `https://` with
//! `--ca-cert` on the CA file the server writes; nothing else ever trusts that CA.

use std::io::{Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

use anyhow::Context;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// What a TLS dev-server serves with, and the CA that people trust for it.
pub struct TlsIdentity {
    pub ca_pem: String,
    pub config: Arc<rustls::ServerConfig>,
}

/// A new CA and a server certificate for `ip` (plus the loopback names), both made now.
pub fn identity_for(ip: IpAddr) -> anyhow::Result<TlsIdentity> {
    let ca_key = KeyPair::generate().context(crate::t!("server-cannot-make-ca-key"))?;
    let mut ca = CertificateParams::default();
    ca.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    ca.distinguished_name.push(
        DnType::CommonName,
        "pwreset dev-server CA (made at start, for testing only)",
    );
    let ca_cert = ca
        .self_signed(&ca_key)
        .context(crate::t!("server-cannot-make-ca"))?;
    let issuer = Issuer::new(ca, ca_key);

    let mut names = vec![
        "localhost".to_owned(),
        "127.0.0.1".to_owned(),
        "::1".to_owned(),
    ];
    if !names.contains(&ip.to_string()) {
        names.push(ip.to_string());
    }
    let key = KeyPair::generate().context(crate::t!("server-cannot-make-server-key"))?;
    let mut leaf = CertificateParams::new(names).context(crate::t!("server-cannot-name-server"))?;
    leaf.distinguished_name
        .push(DnType::CommonName, "pwreset dev-server");
    let cert = leaf
        .signed_by(&key, &issuer)
        .context(crate::t!("server-cannot-sign-server-certificate"))?;

    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context(crate::t!("server-tls-versions"))?
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from(cert.der().to_vec())],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        )
        .context(crate::t!("server-cannot-use-server-certificate"))?;
    Ok(TlsIdentity {
        ca_pem: ca_cert.pem(),
        config: Arc::new(config),
    })
}

/// Accepts TLS connections on `listener` and relays each one's plaintext to `backend`.
pub fn serve(listener: TcpListener, backend: SocketAddr, config: Arc<rustls::ServerConfig>) {
    thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let config = Arc::clone(&config);
            thread::spawn(move || {
                let _ = relay(client, backend, config);
            });
        }
    });
}

/// One connection: TLS records from the client are decrypted and written to the backend; the
/// backend's answers are encrypted and written to the client, on a second thread.
fn relay(
    client: TcpStream,
    backend: SocketAddr,
    config: Arc<rustls::ServerConfig>,
) -> std::io::Result<()> {
    let tls = Arc::new(Mutex::new(
        rustls::ServerConnection::new(config).map_err(std::io::Error::other)?,
    ));
    let plain = TcpStream::connect(backend)?;
    client.set_nodelay(true)?;
    plain.set_nodelay(true)?;

    let answers = {
        let tls = Arc::clone(&tls);
        let mut to_client = client.try_clone()?;
        let mut from_backend = plain.try_clone()?;
        thread::spawn(move || -> std::io::Result<()> {
            let mut buf = [0u8; 16 * 1024];
            loop {
                let n = from_backend.read(&mut buf)?;
                let mut tls = tls.lock().unwrap_or_else(|p| p.into_inner());
                if n == 0 {
                    tls.send_close_notify();
                } else {
                    tls.writer().write_all(&buf[..n])?;
                }
                while tls.wants_write() {
                    tls.write_tls(&mut to_client)?;
                }
                if n == 0 {
                    let _ = to_client.shutdown(Shutdown::Write);
                    return Ok(());
                }
            }
        })
    };

    let mut from_client = client.try_clone()?;
    let mut to_client = client;
    let mut to_backend = plain;
    let mut buf = [0u8; 16 * 1024];
    loop {
        let n = from_client.read(&mut buf)?;
        if n == 0 {
            break;
        }
        // Decrypt under the lock, write to the backend after it: the answer thread may need
        // the lock to pass on what the backend says meanwhile.
        let plaintext = {
            let mut tls = tls.lock().unwrap_or_else(|p| p.into_inner());
            let mut records = &buf[..n];
            let mut plaintext = Vec::new();
            while !records.is_empty() {
                tls.read_tls(&mut records)?;
                let state = tls.process_new_packets().map_err(std::io::Error::other)?;
                let ready = state.plaintext_bytes_to_read();
                if ready > 0 {
                    let start = plaintext.len();
                    plaintext.resize(start + ready, 0);
                    tls.reader().read_exact(&mut plaintext[start..])?;
                }
            }
            while tls.wants_write() {
                tls.write_tls(&mut to_client)?;
            }
            plaintext
        };
        if !plaintext.is_empty() {
            to_backend.write_all(&plaintext)?;
        }
    }
    let _ = to_backend.shutdown(Shutdown::Write);
    let _ = answers.join();
    Ok(())
}
