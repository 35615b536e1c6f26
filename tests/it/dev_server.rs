//! The dev-server, over HTTP, held to protocol v1: the security properties of docs/design.md §4, and
//! `docs/openapi.yaml` — every response these scenarios see must be documented there (path,
//! method, status, content type, body schema), and every documented path, method, status and
//! problem code must be seen at least once.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use crate::common::*;
use crate::contract;
use serde_json::{json, Value};

#[derive(Debug, Clone)]
struct Seen {
    method: String,
    template: String,
    status: u16,
    content_type: String,
    retry_after: Option<String>,
    body: Value,
}

#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Seen>>>);

struct Resp {
    status: u16,
    body: Value,
    retry_after: Option<String>,
}

impl Resp {
    fn code(&self) -> &str {
        self.body["code"].as_str().unwrap_or("")
    }
}

/// A protocol client that records every exchange for the conformance check.
struct Api<'a> {
    server: &'a DevServer,
    rec: Recorder,
    http: reqwest::blocking::Client,
}

fn template(path: &str) -> String {
    let path = path.split('?').next().unwrap();
    let mut segs: Vec<&str> = path.trim_matches('/').split('/').collect();
    if segs.len() >= 3 && segs[0] == "v1" && segs[1] == "flows" {
        segs[2] = "{flow_id}";
    }
    format!("/{}", segs.join("/"))
}

impl<'a> Api<'a> {
    fn new(server: &'a DevServer, rec: &Recorder) -> Self {
        Api {
            server,
            rec: rec.clone(),
            http: reqwest::blocking::Client::new(),
        }
    }

    fn raw(
        &self,
        method: &str,
        path: &str,
        body: Option<Vec<u8>>,
        token: Option<&str>,
        headers: &[(&str, &str)],
    ) -> Resp {
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = self.http.request(m, format!("{}{path}", self.server.url));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        if let Some(b) = body {
            req = req.header("Content-Type", "application/json").body(b);
        }
        let resp = req.send().unwrap();
        let status = resp.status().as_u16();
        let content_type = resp
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let retry_after = resp
            .headers()
            .get("retry-after")
            .map(|v| v.to_str().unwrap().to_owned());
        let text = resp.text().unwrap();
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        self.rec.0.lock().unwrap().push(Seen {
            method: method.to_lowercase(),
            template: template(path),
            status,
            content_type,
            retry_after: retry_after.clone(),
            body: body.clone(),
        });
        Resp {
            status,
            body,
            retry_after,
        }
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>, token: Option<&str>) -> Resp {
        self.raw(
            method,
            path,
            body.map(|b| b.to_string().into_bytes()),
            token,
            &[],
        )
    }

    fn start(&self, user: &str, intent: &str) -> Resp {
        self.call(
            "POST",
            "/v1/flows",
            Some(json!({"user": user, "intent": intent})),
            None,
        )
    }

    fn flow(&self, user: &str, intent: &str) -> Flow {
        let r = self.start(user, intent);
        assert_eq!(r.status, 201, "{}", r.body);
        Flow {
            id: r.body["flow_id"].as_str().unwrap().into(),
            token: r.body["flow_token"].as_str().unwrap().into(),
            created: r.body,
        }
    }

    fn challenge(&self, f: &Flow, method: &str) -> Resp {
        self.call(
            "POST",
            &format!("/v1/flows/{}/challenges", f.id),
            Some(json!({"method": method})),
            Some(&f.token),
        )
    }

    fn verify(&self, f: &Flow, challenge: &str, code: &str) -> Resp {
        self.call(
            "POST",
            &format!("/v1/flows/{}/verify", f.id),
            Some(json!({"challenge_id": challenge, "code": code})),
            Some(&f.token),
        )
    }

    fn password(&self, f: &Flow, pw: &str, key: Option<&str>) -> Resp {
        let headers: Vec<(&str, &str)> = key
            .map(|k| vec![("Idempotency-Key", k)])
            .unwrap_or_default();
        self.raw(
            "POST",
            &format!("/v1/flows/{}/password", f.id),
            Some(json!({"new_password": pw}).to_string().into_bytes()),
            Some(&f.token),
            &headers,
        )
    }

    fn unlock(&self, f: &Flow) -> Resp {
        self.call(
            "POST",
            &format!("/v1/flows/{}/unlock", f.id),
            Some(json!({})),
            Some(&f.token),
        )
    }

    fn method_id(&self, f: &Flow, kind: &str) -> String {
        f.created["methods"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["kind"] == kind)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .into()
    }

    /// Passes one gate with `kind`, reading the code as the person's phone would.
    fn pass(&self, f: &Flow, user: &str, kind: &str) -> Resp {
        let ch = self.challenge(f, &self.method_id(f, kind));
        assert_eq!(ch.status, 202, "{}", ch.body);
        let code = match kind {
            "totp" => totp_now("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
            "questions" => "  rEx ".into(),
            _ => self.server.latest_code(user, kind),
        };
        self.verify(f, ch.body["challenge_id"].as_str().unwrap(), &code)
    }
}

struct Flow {
    id: String,
    token: String,
    created: Value,
}

// ---------------------------------------------------------------- scenarios

fn happy_reset_with_idempotent_retry(rec: &Recorder) {
    let server = DevServer::start(&[]);
    let api = Api::new(&server, rec);
    assert_eq!(api.call("GET", "/v1/policy", None, None).status, 200);
    let f = api.flow(ALICE, "reset");
    assert_eq!(f.created["gates_required"], 2);
    let st = api.call("GET", &format!("/v1/flows/{}", f.id), None, Some(&f.token));
    assert_eq!(
        (st.status, st.body["state"].as_str()),
        (200, Some("verifying"))
    );
    assert_eq!(
        api.call(
            "GET",
            &format!("/v1/flows/{}/policy", f.id),
            None,
            Some(&f.token)
        )
        .status,
        200
    );
    let v = api.pass(&f, ALICE, "email");
    assert_eq!(
        (v.status, v.body["next"].as_str()),
        (200, Some("challenge")),
        "{}",
        v.body
    );
    let v = api.pass(&f, ALICE, "totp");
    assert_eq!(
        (v.status, v.body["next"].as_str()),
        (200, Some("password")),
        "{}",
        v.body
    );
    let more = api.challenge(&f, &api.method_id(&f, "sms"));
    assert_eq!((more.status, more.code()), (409, "gates_complete"));
    let pw = "violet orbit staple 42";
    assert_eq!(api.password(&f, pw, Some("key-1")).status, 200);
    // A retry of the same submission (lost answer) gets the same answer, and changes nothing.
    assert_eq!(api.password(&f, pw, Some("key-1")).status, 200);
    let other = api.password(&f, "another staple orbit 43", Some("key-1"));
    assert_eq!((other.status, other.code()), (409, "idempotency_conflict"));
    let again = api.password(&f, "another staple orbit 43", None);
    assert_eq!((again.status, again.code()), (409, "flow_complete"));
    let st = api.call("GET", &format!("/v1/flows/{}", f.id), None, Some(&f.token));
    assert_eq!(st.body["state"], "complete");
    assert_eq!(server.login(ALICE, pw), 200);
    assert_eq!(server.login(ALICE, ALICE_PW), 401);
}

fn unknown_user_is_indistinguishable(rec: &Recorder) {
    let server = DevServer::start(&[]);
    let api = Api::new(&server, rec);
    let kinds = |f: &Flow| {
        f.created["methods"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["kind"].clone())
            .collect::<Vec<_>>()
    };
    let outline = |f: &Flow| (f.created["gates_required"].clone(), kinds(f));
    let real: Vec<_> = test_users()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| outline(&api.flow(u["user"].as_str().unwrap(), "reset")))
        .collect();
    // Each unknown user looks like one of the real accounts (not like a fixed decoy), the
    // same one every time, and different unknown users look like different accounts.
    let known = api.flow("eve@example.com", "reset");
    let mut seen = Vec::new();
    let mut unknown_user = None;
    for i in 0..60 {
        let user = format!("mallory{i}@example.com");
        let f = api.flow(&user, "reset");
        assert!(real.contains(&outline(&f)), "{user}: {}", f.created);
        if !seen.contains(&outline(&f)) {
            seen.push(outline(&f));
        }
        if unknown_user.is_none() && outline(&f) == outline(&known) {
            unknown_user = Some(user);
        }
    }
    assert!(seen.len() >= 3, "decoys take several shapes: {seen:?}");
    let unknown_user = unknown_user.expect("an unknown user shaped like eve");
    let unknown = api.flow(&unknown_user, "reset");
    assert_eq!(shape(&known.created), shape(&unknown.created));
    let hint = unknown.created["methods"][0]["hint"].as_str().unwrap();
    assert!(
        hint.starts_with("m*") && hint.ends_with("@e******.com"),
        "{hint}"
    );
    // The fake hints are stable: asking twice does not reveal the account is made up.
    let again = api.flow(&unknown_user, "reset");
    assert_eq!(again.created["methods"], unknown.created["methods"]);
    for (f, user) in [
        (&known, "eve@example.com"),
        (&unknown, unknown_user.as_str()),
    ] {
        let ch = api.challenge(f, "m1");
        assert_eq!(ch.status, 202);
        let wrong = api.verify(f, ch.body["challenge_id"].as_str().unwrap(), "000000");
        assert_eq!(
            (wrong.status, wrong.code()),
            (400, "invalid_code"),
            "{user}"
        );
        assert_eq!(wrong.body["attempts_left"], 2);
    }
    let a = api.challenge(&known, "m2");
    let b = api.challenge(&unknown, "m2");
    assert_eq!((a.status, shape(&a.body)), (b.status, shape(&b.body)));
    // Unlock answers the same way too.
    let ku = api.start("eve@example.com", "unlock");
    let uu = api.start(&unknown_user, "unlock");
    assert_eq!((ku.status, shape(&ku.body)), (uu.status, shape(&uu.body)));
    assert!(
        server.outbox(&unknown_user).is_empty(),
        "nothing is sent to nobody"
    );
}

/// The field names and JSON types of a value, recursively (values themselves ignored).
fn shape(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), shape(v))).collect()),
        Value::Array(a) => Value::Array(a.iter().map(shape).collect()),
        Value::String(_) => json!("string"),
        Value::Number(_) => json!("number"),
        Value::Bool(_) => json!("bool"),
        Value::Null => json!("null"),
    }
}

fn codes_are_single_use_and_hashed(rec: &Recorder) {
    let server = DevServer::start(&[]);
    let api = Api::new(&server, rec);
    let f = api.flow(ALICE, "reset");
    let ch = api.challenge(&f, &api.method_id(&f, "email"));
    let id = ch.body["challenge_id"].as_str().unwrap().to_owned();
    assert_eq!(ch.body["code_length"], 6);
    let code = server.latest_code(ALICE, "email");
    assert!(code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()));
    // Typed with a space and a dash: normalised.
    let spaced = format!("{} {}-{}", &code[..2], &code[2..4], &code[4..]);
    assert_eq!(api.verify(&f, &id, &spaced).status, 200);
    let reuse = api.verify(&f, &id, &code);
    assert_eq!((reuse.status, reuse.code()), (409, "code_used"));
    let missing = api.verify(&f, "ch_nope", &code);
    assert_eq!(
        (missing.status, missing.code()),
        (404, "challenge_not_found")
    );
    // Codes differ between challenges (random, not derived from the user).
    let f2 = api.flow("eve@example.com", "reset");
    let mut codes = BTreeSet::new();
    for _ in 0..3 {
        server.advance_clock(31);
        assert_eq!(api.challenge(&f2, "m1").status, 202);
        codes.insert(server.latest_code("eve@example.com", "email"));
    }
    assert!(codes.len() >= 2, "codes repeat: {codes:?}");
    let store = server.get("/_dev/store").1.to_string();
    for c in &codes {
        assert!(
            !store.contains(&format!("\"{c}\"")),
            "a plaintext code is in the store"
        );
    }
}

fn codes_and_flows_expire(rec: &Recorder) {
    let server = DevServer::start(&[]);
    let api = Api::new(&server, rec);
    let f = api.flow(ALICE, "reset");
    let ch = api.challenge(&f, &api.method_id(&f, "email"));
    let code = server.latest_code(ALICE, "email");
    server.advance_clock(601);
    let late = api.verify(&f, ch.body["challenge_id"].as_str().unwrap(), &code);
    assert_eq!((late.status, late.code()), (400, "code_expired"));
    server.advance_clock(300);
    let gone = api.call("GET", &format!("/v1/flows/{}", f.id), None, Some(&f.token));
    assert_eq!((gone.status, gone.code()), (410, "flow_expired"));
    for r in [
        api.challenge(&f, "m1"),
        api.verify(&f, "x", "1"),
        api.call(
            "GET",
            &format!("/v1/flows/{}/policy", f.id),
            None,
            Some(&f.token),
        ),
        api.password(&f, "violet orbit staple 42", None),
        api.unlock(&f),
        api.call(
            "DELETE",
            &format!("/v1/flows/{}", f.id),
            None,
            Some(&f.token),
        ),
    ] {
        assert_eq!((r.status, r.code()), (410, "flow_expired"));
    }
}

fn attempts_are_limited_then_recovery_locks(rec: &Recorder) {
    let server = DevServer::start(&["--flows-per-user", "20"]);
    let api = Api::new(&server, rec);
    for round in 0..3 {
        let f = api.flow("solo@example.com", "reset");
        let ch = api.challenge(&f, "m1");
        let id = ch.body["challenge_id"].as_str().unwrap().to_owned();
        let real = server.latest_code("solo@example.com", "email");
        let wrong = if real == "123456" { "654321" } else { "123456" };
        let first = api.verify(&f, &id, wrong);
        assert_eq!(
            (first.status, first.body["attempts_left"].as_u64()),
            (400, Some(2))
        );
        assert_eq!(api.verify(&f, &id, wrong).body["attempts_left"], 1);
        let last = api.verify(&f, &id, wrong);
        assert_eq!(
            (last.status, last.code()),
            (403, "too_many_attempts"),
            "round {round}"
        );
        // The flow is dead: even the right code no longer helps.
        let after = api.verify(&f, &id, &real);
        assert_eq!((after.status, after.code()), (410, "flow_expired"));
    }
    let locked = api.start("solo@example.com", "reset");
    assert_eq!((locked.status, locked.code()), (423, "locked"));
    assert!(locked.retry_after.unwrap().parse::<u64>().unwrap() > 0);
    // Unknown users lock the same way (no enumeration through the lock).
    for _ in 0..3 {
        let f = api.flow("ghost@example.com", "reset");
        let ch = api.challenge(&f, "m1");
        let id = ch.body["challenge_id"].as_str().unwrap().to_owned();
        for _ in 0..3 {
            api.verify(&f, &id, "000000");
        }
    }
    assert_eq!(api.start("ghost@example.com", "reset").status, 423);
}

fn rate_limits_answer_429_with_retry_after(rec: &Recorder) {
    let server = DevServer::start(&["--flows-per-user", "2"]);
    let api = Api::new(&server, rec);
    let f = api.flow(ALICE, "reset");
    api.flow(ALICE, "reset");
    let third = api.start(ALICE, "reset");
    assert_eq!((third.status, third.code()), (429, "rate_limited"));
    let secs: u64 = third.retry_after.as_deref().unwrap().parse().unwrap();
    assert!(secs > 0 && secs <= 900, "{secs}");
    assert_eq!(third.body["retry_after_s"], secs);
    // Another user is not affected by alice's limit.
    assert_eq!(api.start("eve@example.com", "reset").status, 201);
    // Resending through the same method too soon.
    assert_eq!(api.challenge(&f, "m1").status, 202);
    let soon = api.challenge(&f, "m1");
    assert_eq!((soon.status, soon.code()), (429, "rate_limited"));
    assert!(soon.retry_after.is_some());
    // Per client address: every /v1 endpoint answers 429 once the budget is spent.
    let tight = DevServer::start(&["--requests-per-client", "3"]);
    let api = Api::new(&tight, rec);
    let f = api.flow(ALICE, "reset");
    api.call("GET", "/v1/policy", None, None);
    api.call("GET", "/v1/policy", None, None);
    for r in [
        api.call("GET", "/v1/policy", None, None),
        api.start(ALICE, "reset"),
        api.call("GET", &format!("/v1/flows/{}", f.id), None, Some(&f.token)),
        api.challenge(&f, "m1"),
    ] {
        assert_eq!((r.status, r.code()), (429, "rate_limited"));
        assert!(r.retry_after.is_some());
    }
    // Dev endpoints are not part of the budget.
    assert_eq!(tight.login(ALICE, ALICE_PW), 200);
}

fn second_gate_needs_another_kind(rec: &Recorder) {
    let server = DevServer::start(&[]);
    let api = Api::new(&server, rec);
    let f = api.flow(ALICE, "reset");
    assert_eq!(api.pass(&f, ALICE, "email").status, 200);
    server.advance_clock(31);
    let same = api.challenge(&f, &api.method_id(&f, "email"));
    assert_eq!((same.status, same.code()), (409, "method_already_used"));
    let unknown = api.challenge(&f, "m99");
    assert_eq!((unknown.status, unknown.code()), (400, "unknown_method"));
    let q = api.challenge(&f, &api.method_id(&f, "questions"));
    assert_eq!(q.body["code_length"], Value::Null);
    assert_eq!(q.body["question"], "What was the name of your first pet?");
    let ok = api.verify(&f, q.body["challenge_id"].as_str().unwrap(), "  rEx ");
    assert_eq!(
        (ok.status, ok.body["next"].as_str()),
        (200, Some("password"))
    );
}

fn tokens_and_flow_ids_are_checked(rec: &Recorder) {
    let server = DevServer::start(&[]);
    let api = Api::new(&server, rec);
    let f = api.flow(ALICE, "reset");
    let path = format!("/v1/flows/{}", f.id);
    let none = api.call("GET", &path, None, None);
    assert_eq!((none.status, none.code()), (401, "invalid_token"));
    let wrong = api.call("GET", &path, None, Some("ft_wrong"));
    assert_eq!((wrong.status, wrong.code()), (401, "invalid_token"));
    let other = api.flow("eve@example.com", "reset");
    // Another flow's token does not open this one.
    assert_eq!(api.call("GET", &path, None, Some(&other.token)).status, 401);
    for (m, p) in [
        ("GET", "/v1/flows/fl_nope"),
        ("DELETE", "/v1/flows/fl_nope"),
        ("GET", "/v1/flows/fl_nope/policy"),
    ] {
        let r = api.call(m, p, None, Some(&f.token));
        assert_eq!((r.status, r.code()), (404, "flow_not_found"));
    }
    for r in [
        api.call(
            "POST",
            "/v1/flows/fl_nope/challenges",
            Some(json!({"method": "m1"})),
            Some(&f.token),
        ),
        api.call(
            "POST",
            "/v1/flows/fl_nope/verify",
            Some(json!({"challenge_id": "c", "code": "1"})),
            Some(&f.token),
        ),
        api.call(
            "POST",
            "/v1/flows/fl_nope/password",
            Some(json!({"new_password": "x"})),
            Some(&f.token),
        ),
        api.call(
            "POST",
            "/v1/flows/fl_nope/unlock",
            Some(json!({})),
            Some(&f.token),
        ),
    ] {
        assert_eq!(r.status, 404);
    }
    for r in [
        api.call(
            "POST",
            &format!("{path}/challenges"),
            Some(json!({"method": "m1"})),
            None,
        ),
        api.call(
            "POST",
            &format!("{path}/verify"),
            Some(json!({"challenge_id": "c", "code": "1"})),
            None,
        ),
        api.call("GET", &format!("{path}/policy"), None, None),
        api.call(
            "POST",
            &format!("{path}/password"),
            Some(json!({"new_password": "x"})),
            None,
        ),
        api.call("POST", &format!("{path}/unlock"), None, None),
        api.call("DELETE", &path, None, None),
    ] {
        assert_eq!((r.status, r.code()), (401, "invalid_token"), "no token");
    }
    let f2 = Flow {
        id: f.id.clone(),
        token: "bad".into(),
        created: Value::Null,
    };
    for r in [
        api.challenge(&f2, "m1"),
        api.verify(&f2, "c", "1"),
        api.password(&f2, "x", None),
        api.unlock(&f2),
    ] {
        assert_eq!((r.status, r.code()), (401, "invalid_token"));
    }
    assert_eq!(
        api.call("GET", &format!("{path}/policy"), None, Some("bad"))
            .status,
        401
    );
    assert_eq!(api.call("DELETE", &path, None, Some("bad")).status, 401);
    assert_eq!(api.call("DELETE", &path, None, Some(&f.token)).status, 204);
    assert_eq!(api.call("GET", &path, None, Some(&f.token)).status, 404);
}

fn intents_and_gates_are_enforced(rec: &Recorder) {
    let server = DevServer::start(&[]);
    let api = Api::new(&server, rec);
    let reset = api.flow("bob@example.com", "reset");
    let early = api.password(&reset, "violet orbit staple 42", None);
    assert_eq!((early.status, early.code()), (403, "gates_incomplete"));
    let unlock = api.flow("bob@example.com", "unlock");
    let early = api.unlock(&unlock);
    assert_eq!((early.status, early.code()), (403, "gates_incomplete"));
    assert_eq!(
        api.pass(&unlock, "bob@example.com", "email").body["next"],
        "unlock"
    );
    let wrong = api.password(&unlock, "violet orbit staple 42", None);
    assert_eq!((wrong.status, wrong.code()), (409, "wrong_intent"));
    server.advance_clock(31);
    assert_eq!(
        api.pass(&reset, "bob@example.com", "email").body["next"],
        "password"
    );
    let wrong = api.unlock(&reset);
    assert_eq!((wrong.status, wrong.code()), (409, "wrong_intent"));
    assert_eq!(
        server.login("bob@example.com", "bobs quiet harbour lantern"),
        423
    );
    let done = api.unlock(&unlock);
    assert_eq!(
        (done.status, done.body["was_locked"].as_bool()),
        (200, Some(true))
    );
    assert_eq!(
        server.login("bob@example.com", "bobs quiet harbour lantern"),
        200,
        "same password, unlocked"
    );
    let challenge_after = api.challenge(&unlock, "m1");
    assert_eq!(
        (challenge_after.status, challenge_after.code()),
        (409, "flow_complete")
    );
}

fn weak_passwords_are_rejected_with_violations(rec: &Recorder) {
    let server = DevServer::start(&[]);
    let api = Api::new(&server, rec);
    let f = api.flow("solo@example.com", "reset");
    assert_eq!(api.pass(&f, "solo@example.com", "email").status, 200);
    for (pw, rule) in [
        ("short", "min_length"),
        ("password1234", "not_common"),
        ("solo-and-something-long", "not_user_id"),
        ("river copper kite lantern", "not_reused"),
    ] {
        let r = api.password(&f, pw, None);
        assert_eq!((r.status, r.code()), (422, "password_rejected"), "{pw}");
        let rules: Vec<&str> = r.body["violations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["rule"].as_str().unwrap())
            .collect();
        assert!(rules.contains(&rule), "{pw}: {rules:?}");
        assert!(
            !r.body.to_string().contains(pw),
            "the password is echoed back"
        );
    }
    assert_eq!(
        server.login("solo@example.com", "river copper kite lantern"),
        200,
        "unchanged"
    );
}

fn malformed_requests_get_problems(rec: &Recorder) {
    let server = DevServer::start(&[]);
    let api = Api::new(&server, rec);
    let f = api.flow(ALICE, "reset");
    for (path, body) in [
        ("/v1/flows".to_owned(), b"{not json".to_vec()),
        (
            "/v1/flows".to_owned(),
            br#"{"user":"a@b.c","intent":"sudo"}"#.to_vec(),
        ),
        (
            "/v1/flows".to_owned(),
            br#"{"user":"","intent":"reset"}"#.to_vec(),
        ),
        (format!("/v1/flows/{}/challenges", f.id), b"[]".to_vec()),
        (format!("/v1/flows/{}/verify", f.id), b"{}".to_vec()),
        (
            format!("/v1/flows/{}/password", f.id),
            b"{\"pw\":1}".to_vec(),
        ),
    ] {
        let r = api.raw("POST", &path, Some(body), Some(&f.token), &[]);
        assert_eq!((r.status, r.code()), (400, "invalid_request"), "{path}");
    }
    let big = vec![b' '; 70 * 1024];
    let r = api.raw("POST", "/v1/flows", Some(big), None, &[]);
    assert_eq!((r.status, r.code()), (413, "payload_too_large"));
    let r = api.call("GET", "/v1/flows", None, None);
    assert_eq!((r.status, r.code()), (405, "method_not_allowed"));
    let r = api.call("GET", "/v2/anything", None, None);
    assert_eq!((r.status, r.code()), (404, "not_found"));
}

fn dev_endpoints_and_the_store(rec: &Recorder) {
    let server = DevServer::start(&[]);
    let api = Api::new(&server, rec);
    let f = api.flow(ALICE, "reset");
    api.challenge(&f, &api.method_id(&f, "email"));
    let all = api.call("GET", "/_dev/outbox", None, None);
    let mine = api.call("GET", "/_dev/outbox?user=ALICE@example.com", None, None);
    assert_eq!(mine.body.as_array().unwrap().len(), 1);
    assert_eq!(mine.body[0]["destination"], "alice@example.com");
    assert_eq!(all.body.as_array().unwrap().len(), 1);
    assert_eq!(
        api.call(
            "POST",
            "/_dev/login",
            Some(json!({"user": ALICE, "password": ALICE_PW})),
            None
        )
        .status,
        200
    );
    assert_eq!(
        api.call(
            "POST",
            "/_dev/login",
            Some(json!({"user": ALICE, "password": "nope"})),
            None
        )
        .status,
        401
    );
    assert_eq!(
        api.call("POST", "/_dev/lock", Some(json!({"user": ALICE})), None)
            .status,
        200
    );
    assert_eq!(
        api.call(
            "POST",
            "/_dev/login",
            Some(json!({"user": ALICE, "password": ALICE_PW})),
            None
        )
        .status,
        423
    );
    assert_eq!(
        api.call("POST", "/_dev/lock", Some(json!({"user": "nobody"})), None)
            .status,
        404
    );
    assert_eq!(
        api.call("POST", "/_dev/clock", Some(json!({"advance_s": 5})), None)
            .body["offset_s"],
        5
    );
    let store = api.call("GET", "/_dev/store", None, None).body;
    let text = store.to_string();
    for account in store["accounts"].as_array().unwrap() {
        let hash = account["password_hash"].as_str().unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
    }
    for (_, pw) in [
        ("alice", ALICE_PW),
        ("bob", "bobs quiet harbour lantern"),
        ("solo", "river copper kite lantern"),
    ] {
        assert!(!text.contains(pw), "plaintext password in the store");
    }
    assert!(
        !text.contains(&f.token),
        "plaintext flow token in the store"
    );
    assert!(!text.contains("JBSWY3DP"), "TOTP secret in the dump");
    assert!(
        !text.to_lowercase().contains("\"rex\""),
        "plaintext security answer in the store"
    );
}

/// Memory stays bounded: a full flow table answers 503 with Retry-After, and flows past their
/// expiry (and a grace period in which they answer `flow_expired`) are reclaimed.
fn flows_are_capped_then_reclaimed(rec: &Recorder) {
    let server = DevServer::start(&["--max-flows", "2"]);
    let api = Api::new(&server, rec);
    let first = api.flow("eve@example.com", "reset");
    let _second = api.flow("solo@example.com", "reset");
    let full = api.start("bob@example.com", "reset");
    assert_eq!(
        (full.status, full.code()),
        (503, "service_busy"),
        "{}",
        full.body
    );
    assert!(full.body["retry_after_s"].as_u64().unwrap() >= 1);
    server.advance_clock(901);
    let expired = api.call(
        "GET",
        &format!("/v1/flows/{}", first.id),
        None,
        Some(&first.token),
    );
    assert_eq!((expired.status, expired.code()), (410, "flow_expired"));
    server.advance_clock(60);
    let again = api.start("bob@example.com", "reset");
    assert_eq!(again.status, 201, "{}", again.body);
    let gone = api.call(
        "GET",
        &format!("/v1/flows/{}", first.id),
        None,
        Some(&first.token),
    );
    assert_eq!((gone.status, gone.code()), (404, "flow_not_found"));
}

type Scenario = fn(&Recorder);

const SCENARIOS: &[(&str, Scenario)] = &[
    (
        "happy_reset_with_idempotent_retry",
        happy_reset_with_idempotent_retry,
    ),
    (
        "unknown_user_is_indistinguishable",
        unknown_user_is_indistinguishable,
    ),
    (
        "codes_are_single_use_and_hashed",
        codes_are_single_use_and_hashed,
    ),
    ("codes_and_flows_expire", codes_and_flows_expire),
    (
        "attempts_are_limited_then_recovery_locks",
        attempts_are_limited_then_recovery_locks,
    ),
    (
        "rate_limits_answer_429_with_retry_after",
        rate_limits_answer_429_with_retry_after,
    ),
    (
        "second_gate_needs_another_kind",
        second_gate_needs_another_kind,
    ),
    (
        "tokens_and_flow_ids_are_checked",
        tokens_and_flow_ids_are_checked,
    ),
    (
        "intents_and_gates_are_enforced",
        intents_and_gates_are_enforced,
    ),
    (
        "weak_passwords_are_rejected_with_violations",
        weak_passwords_are_rejected_with_violations,
    ),
    (
        "malformed_requests_get_problems",
        malformed_requests_get_problems,
    ),
    ("dev_endpoints_and_the_store", dev_endpoints_and_the_store),
    (
        "flows_are_capped_then_reclaimed",
        flows_are_capped_then_reclaimed,
    ),
];

macro_rules! scenario_tests {
    ($($name:ident),*) => {$(
        #[test]
        fn $name() {
            super::$name(&Recorder::default());
        }
    )*};
}

mod scenario {
    use super::Recorder;
    scenario_tests!(
        happy_reset_with_idempotent_retry,
        unknown_user_is_indistinguishable,
        codes_are_single_use_and_hashed,
        codes_and_flows_expire,
        attempts_are_limited_then_recovery_locks,
        rate_limits_answer_429_with_retry_after,
        second_gate_needs_another_kind,
        tokens_and_flow_ids_are_checked,
        intents_and_gates_are_enforced,
        flows_are_capped_then_reclaimed,
        weak_passwords_are_rejected_with_violations,
        malformed_requests_get_problems,
        dev_endpoints_and_the_store
    );
}

// ---------------------------------------------------------------- conformance

fn openapi() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/openapi.yaml")).unwrap();
    serde_norway::from_str(&text).expect("docs/openapi.yaml parses")
}

fn resolve<'v>(root: &'v Value, v: &'v Value) -> &'v Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let mut cur = root;
            for part in r.trim_start_matches("#/").split('/') {
                cur = &cur[part];
            }
            resolve(root, cur)
        }
        None => v,
    }
}

/// Checks `value` against a schema of the OpenAPI document with the `jsonschema` crate (JSON
/// Schema 2020-12, as OpenAPI 3.1 uses; formats such as `date-time` checked too). One rule is
/// stricter than JSON Schema's default: an object may hold only the properties its schema
/// documents, so nothing the server sends goes undocumented.
fn validate(root: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    fn closed(v: &mut Value) {
        match v {
            Value::Object(map) => {
                if map.contains_key("properties") && !map.contains_key("additionalProperties") {
                    map.insert("additionalProperties".into(), Value::Bool(false));
                }
                map.values_mut().for_each(closed);
            }
            Value::Array(items) => items.iter_mut().for_each(closed),
            _ => {}
        }
    }
    let mut full = serde_json::json!({"components": root["components"].clone()});
    for (k, v) in schema.as_object().into_iter().flatten() {
        full[k] = v.clone();
    }
    closed(&mut full);
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&full)
        .unwrap_or_else(|e| panic!("{at}: the documented schema does not compile: {e}"));
    for e in validator.iter_errors(value) {
        errors.push(format!("{at}{}: {e}", e.instance_path()));
    }
}

#[test]
fn the_server_matches_docs_openapi_yaml_and_every_part_of_it_is_exercised() {
    let rec = Recorder::default();
    for (name, scenario) in SCENARIOS {
        let before = rec.0.lock().unwrap().len();
        scenario(&rec);
        assert!(
            rec.0.lock().unwrap().len() > before,
            "{name} recorded nothing"
        );
    }
    let doc = openapi();
    let seen = rec.0.lock().unwrap().clone();
    let mut errors = Vec::new();
    let mut covered = BTreeSet::new();
    let mut codes_seen = BTreeSet::new();
    for s in &seen {
        if let Some(code) = s.body.get("code").and_then(Value::as_str) {
            codes_seen.insert(code.to_owned());
        }
        let Some(op) = doc["paths"].get(&s.template).and_then(|p| p.get(&s.method)) else {
            // Generic answers for paths and methods that do not exist (documented in the prose).
            let generic = matches!(
                (s.status, s.body["code"].as_str()),
                (404, Some("not_found")) | (405, Some("method_not_allowed"))
            );
            if !generic {
                errors.push(format!(
                    "{} {} -> {}: undocumented path",
                    s.method, s.template, s.status
                ));
            }
            continue;
        };
        let Some(resp) = op["responses"].get(s.status.to_string()) else {
            errors.push(format!(
                "{} {} -> {}: undocumented status ({})",
                s.method, s.template, s.status, s.body
            ));
            continue;
        };
        covered.insert((s.template.clone(), s.method.clone(), s.status.to_string()));
        let resp = resolve(&doc, resp);
        if let Some(headers) = resp.get("headers").and_then(Value::as_object) {
            if headers.contains_key("Retry-After") && s.retry_after.is_none() {
                errors.push(format!(
                    "{} {} -> {}: no Retry-After",
                    s.method, s.template, s.status
                ));
            }
        }
        match resp.get("content").and_then(Value::as_object) {
            None if s.body.is_null() => {}
            None => errors.push(format!(
                "{} {} -> {}: body where none is documented",
                s.method, s.template, s.status
            )),
            Some(content) => match content.get(&s.content_type) {
                None => errors.push(format!(
                    "{} {} -> {}: content type {}",
                    s.method, s.template, s.status, s.content_type
                )),
                Some(media) => validate(
                    &doc,
                    &media["schema"],
                    &s.body,
                    &format!("{} {} -> {}", s.method, s.template, s.status),
                    &mut errors,
                ),
            },
        }
    }
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if method == "parameters" {
                continue;
            }
            for status in op["responses"].as_object().unwrap().keys() {
                if !covered.contains(&(path.clone(), method.clone(), status.clone())) {
                    errors.push(format!(
                        "documented but never exercised: {method} {path} -> {status}"
                    ));
                }
            }
        }
    }
    let documented: BTreeSet<String> = doc["components"]["schemas"]["Problem"]["properties"]
        ["code"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    for c in documented.difference(&codes_seen) {
        errors.push(format!("problem code {c} is documented but never produced"));
    }
    for c in codes_seen.difference(&documented) {
        errors.push(format!("problem code {c} is produced but not documented"));
    }
    assert!(
        errors.is_empty(),
        "{} conformance problems:\n{}",
        errors.len(),
        errors.join("\n")
    );
    assert!(
        covered.len() > 50,
        "only {} (path, method, status) triples covered",
        covered.len()
    );
}

/// The provider contract against the real dev-server: a server per scenario, `solo` (one
/// email step) as the account.
struct DevServerTarget {
    server: DevServer,
}

const SOLO: &str = "solo@example.com";
const SOLO_PW: &str = "river copper kite lantern";

impl contract::Target for DevServerTarget {
    fn provider(&self, base: &str) -> Box<dyn pwreset::provider::Provider> {
        Box::new(pwreset::provider::pwreset::PwresetProvider::new(
            contract::api(base),
        ))
    }
    fn base(&self) -> String {
        self.server.url.clone()
    }
    fn account(&self) -> (String, String) {
        (SOLO.into(), SOLO_PW.into())
    }
    fn unknown_user(&self) -> String {
        "nobody-here@example.com".into()
    }
    fn latest_code(&self, user: &str) -> String {
        self.server.latest_code(user, "email")
    }
    fn signs_in(&self, user: &str, password: &str) -> bool {
        self.server.login(user, password) == 200
    }
    fn set_password_request(&self) -> &'static str {
        "/password"
    }
    fn refused_password(&self) -> Result<&'static str, &'static str> {
        // Only the service knows the current password, so only it can refuse its reuse.
        Ok(SOLO_PW)
    }
    fn expire_flows(&self) -> Result<(), &'static str> {
        self.server.advance_clock(901);
        Ok(())
    }
    fn limits_starts(&self) -> Result<(), &'static str> {
        Ok(())
    }
    fn expire_codes(&self) -> Result<(), &'static str> {
        self.server.advance_clock(601);
        Ok(())
    }
}

fn dev_server_target() -> DevServerTarget {
    DevServerTarget {
        server: DevServer::start(&[]),
    }
}

contract_suite!(contract_dev_server, dev_server_target);

/// The schema check is not a formality: a bad date, a count out of range, a field left out and
/// a field nobody documented are each caught.
#[test]
fn the_schema_check_catches_what_the_hand_written_one_missed() {
    let doc = openapi();
    let schema = serde_json::json!({"$ref": "#/components/schemas/FlowCreated"});
    let good = serde_json::json!({"flow_id": "fl_1", "flow_token": "t", "expires_at": "2030-01-01T00:00:00Z",
        "intent": "reset", "gates_required": 1, "gates_passed": 0, "methods": []});
    let mut errors = Vec::new();
    validate(&doc, &schema, &good, "good", &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    for (what, bad) in [
        ("date-time", serde_json::json!({"expires_at": "tomorrow"})),
        ("minimum", serde_json::json!({"gates_required": 0})),
        ("undocumented field", serde_json::json!({"extra": 1})),
    ] {
        let mut value = good.clone();
        for (k, v) in bad.as_object().unwrap() {
            value[k] = v.clone();
        }
        let mut errors = Vec::new();
        validate(&doc, &schema, &value, what, &mut errors);
        assert!(!errors.is_empty(), "{what} went unnoticed");
    }
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("flow_token");
    let mut errors = Vec::new();
    validate(&doc, &schema, &missing, "missing", &mut errors);
    assert!(
        !errors.is_empty(),
        "a missing required field went unnoticed"
    );
}
