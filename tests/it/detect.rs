//! `--provider auto` and `pwreset detect` against the real servers of each kind (the
//! dev-server, PocketBase, django-allauth, Better Auth), counted through a proxy: which kind,
//! on what evidence, in how many requests, and none once remembered.

use serde_json::Value;

use crate::common::*;

/// The requests that went through `proxy`, as "METHOD /path".
fn seen(proxy: &FaultProxy) -> Vec<String> {
    proxy
        .requests
        .lock()
        .unwrap()
        .iter()
        .map(|r| {
            let line = r.lines().next().unwrap_or_default();
            line.rsplit_once(' ')
                .map_or(line, |(head, _)| head)
                .to_owned()
        })
        .collect()
}

fn detect_json(home: &Home, url: &str) -> (Run, Value) {
    let run = home.run(&["detect", "--url", url, "--output", "json"]);
    let v = serde_json::from_str(run.stdout.trim()).unwrap_or(Value::Null);
    (run, v)
}

#[test]
fn each_kind_is_told_in_at_most_two_requests() {
    let dev = DevServer::start(&[]);
    let pb = crate::pocketbase::pocketbase();
    let aa = crate::allauth::by_code();
    let ba = crate::better_auth::otp_server();
    for (upstream, path, kind) in [
        (dev.url.as_str(), "", "pwreset"),
        (pb.url.as_str(), "", "pocketbase"),
        (aa.url.as_str(), "", "allauth"),
        (aa.url.as_str(), "/_allauth/app/v1", "allauth"),
        (ba.url.as_str(), "/api/auth", "better-auth"),
        (ba.url.as_str(), "", "better-auth"),
    ] {
        let proxy = FaultProxy::start(upstream, "\u{0}never", 0);
        let home = Home::new();
        let url = format!("{}{path}", proxy.url);
        let (run, v) = detect_json(&home, &url);
        assert_eq!(run.code, 0, "{url}: {run:?}");
        assert_eq!(v["provider"], kind, "{url}: {v}");
        let requests = seen(&proxy);
        assert_eq!(v["requests"], requests.len(), "{requests:?}");
        // Better Auth on a bare site is the last marker tried: the one unusual case.
        let limit = if kind == "better-auth" && path.is_empty() {
            4
        } else {
            2
        };
        assert!(requests.len() <= limit, "{url}: {requests:?}");
        assert!(
            requests.iter().all(|r| r.starts_with("GET ")),
            "{requests:?}"
        );
        let evidence = v["evidence"].as_array().unwrap();
        assert!(
            evidence
                .last()
                .unwrap()
                .as_str()
                .unwrap()
                .ends_with(&format!("{kind}'s answer")),
            "{evidence:?}"
        );
    }
}

#[test]
fn a_reset_with_no_provider_finds_out_once_and_remembers() {
    let pb = crate::pocketbase::pocketbase();
    let proxy = FaultProxy::start(&pb.url, "\u{0}never", 0);
    let home = Home::new();
    let probes = |proxy: &FaultProxy| {
        seen(proxy)
            .into_iter()
            .filter(|r| r.starts_with("GET "))
            .count()
    };
    // The first run: found out (human words on stderr, the kind on stdout).
    let run = home.run(&["detect", "--url", &proxy.url]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.trim(), "pocketbase");
    assert!(
        run.stderr
            .contains("is a pocketbase service (--provider pocketbase)"),
        "{run:?}"
    );
    let after_detect = probes(&proxy);
    assert!(after_detect >= 1);
    // Later runs with no --provider make no detection request at all.
    let run = home.run(&["policy", "--url", &proxy.url, "--output", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["max_bytes"], 72, "PocketBase's policy: {v}");
    assert_eq!(probes(&proxy), after_detect, "{:?}", seen(&proxy));
    // A cache that is not a cache is ignored: found out again.
    let cache = home.path().join("cache/pwreset/services.json");
    std::fs::write(&cache, "{ not json").unwrap();
    let run = home.run(&["policy", "--url", &proxy.url]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(probes(&proxy) > after_detect);
}

#[test]
fn a_scripted_reset_through_auto_changes_the_password() {
    let aa = crate::allauth::by_code();
    let home = Home::new();
    let email = aa.account("auto");
    let before = aa.mails(&email).len();
    let child = start_piped(home.cmd(&[]).args([
        "reset",
        "--url",
        &aa.url,
        "--user",
        &email,
        "--code-stdin",
        "--password-stdin",
        "--output",
        "json",
    ]));
    wait_until("the reset mail", std::time::Duration::from_secs(15), || {
        aa.mails(&email).len() > before
    });
    let run = feed(
        child,
        &format!("{}\nviolet orbit staple 42\n", aa.latest(&email)),
    );
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["provider"], "allauth");
    assert!(aa.signs_in(&email, "violet orbit staple 42"));
}

#[test]
fn a_service_that_matches_nothing_lists_what_was_tried() {
    let page = Stub::start(|_, _| Reply::with_type(404, "text/html", "<h1>Nothing here</h1>"));
    let home = Home::new();
    let (run, v) = detect_json(&home, &page.url);
    assert_eq!(run.code, 6, "{run:?}");
    assert_eq!(v["error"]["code"], "unknown_service", "{v}");
    let message = v["error"]["message"].as_str().unwrap();
    for marker in [
        "/v1/policy",
        "/api/health",
        "/_allauth/app/v1/config",
        "/api/auth/ok",
    ] {
        assert!(
            message.contains(&format!("GET {marker} → HTTP 404")),
            "{message}"
        );
    }
    assert!(
        v["error"]["hint"].as_str().unwrap().contains("--provider"),
        "{v}"
    );
    // "Too many requests" while finding out is a rate limit (exit 5), not "unknown".
    let busy = Stub::start(|_, _| Reply::with_type(429, "text/plain", "slow down"));
    let run = home.run(&["detect", "--url", &busy.url]);
    assert_eq!(run.code, 5, "{run:?}");
    // Nothing listening: the connection error itself, once.
    let run = home.run(&["detect", "--url", "http://127.0.0.1:9"]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(!run.stderr.contains("Tried:"), "{run:?}");
}

#[test]
fn settings_alone_name_the_provider_without_a_request() {
    // A Firebase API key: the firebase provider, whose policy call is the first request.
    let stub = Stub::start(|_, _| {
        Reply::json(
            501,
            serde_json::json!({"error": {"message": "NOT_IMPLEMENTED"}}),
        )
    });
    let home = Home::new();
    let run = home.run(&["policy", "--api-key", "k", "--endpoint-url", &stub.url]);
    assert_eq!(run.code, 0, "{run:?}");
    let paths = stub.paths();
    assert_eq!(paths.len(), 1, "{paths:?}");
    assert!(paths[0].starts_with("GET /v2/passwordPolicy"), "{paths:?}");
}

#[test]
fn profile_add_records_what_it_found() {
    let pb = crate::pocketbase::pocketbase();
    let home = Home::new();
    let run = home.run(&["profile", "add", "pb", "--url", &pb.url]);
    assert_eq!(run.code, 0, "{run:?}");
    let config = std::fs::read_to_string(home.path().join("config/pwreset/config.toml")).unwrap();
    assert!(config.contains("provider = \"pocketbase\""), "{config}");
    // Nothing answers: said, and the profile is kept without a kind (found out when used).
    let run = home.run(&["profile", "add", "later", "--url", "http://127.0.0.1:9"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("127.0.0.1:9"), "{run:?}");
    let config = std::fs::read_to_string(home.path().join("config/pwreset/config.toml")).unwrap();
    let later = config.split("[profiles.later]").nth(1).unwrap();
    assert!(!later.contains("provider"), "{config}");
    // A named provider is recorded as named, and nothing is asked.
    let run = home.run(&[
        "profile",
        "add",
        "dev",
        "--provider",
        "pwreset",
        "--url",
        "http://127.0.0.1:9",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
}
