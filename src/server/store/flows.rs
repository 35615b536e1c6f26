//! Protocol v1 operations on flows: start, challenge, verify, password, unlock, status.

use super::*;

impl Store {
    /// What an unknown user is shown: the shape (steps, method kinds, question counts) of one
    /// of the configured accounts, picked by the user id with the server key, with made-up
    /// destinations. Stable across calls and unguessable, so the answer to "start a flow"
    /// does not tell whether an account exists.
    pub(super) fn decoy_for_unknown(&self, user_key: &str) -> (u32, Vec<MethodInfo>) {
        // Derived from the user id with the server key: stable across calls, unguessable.
        let seed = self.mac(&[b"fake", user_key.as_bytes()]);
        let pick = usize::from_str_radix(&seed[..8], 16).unwrap_or(0);
        let email_hint = if user_key.contains('@') {
            mask::email(user_key)
        } else {
            let c = user_key.chars().next().unwrap_or('u');
            format!("{c}****@{}******.com", &seed[8..9])
        };
        let digits: String = seed
            .chars()
            .filter(char::is_ascii_digit)
            .chain("0123456789".chars())
            .take(10)
            .collect();
        let phone_hint = mask::phone(&format!("+{digits}"));
        let mut shapes: Vec<&Account> = self.accounts.values().collect();
        shapes.sort_by(|a, b| a.user.cmp(&b.user));
        let Some(shape) = shapes.get(pick % shapes.len().max(1)) else {
            let methods = [("email", email_hint), ("sms", phone_hint)];
            let methods = methods
                .into_iter()
                .enumerate()
                .map(|(i, (kind, hint))| MethodInfo {
                    id: format!("m{}", i + 1),
                    kind: kind.into(),
                    hint,
                })
                .collect();
            return (self.config.default_gates, methods);
        };
        let methods = shape
            .methods
            .iter()
            .map(|m| {
                let mut view = Self::method_view(m);
                view.hint = match m.kind.as_str() {
                    "email" => email_hint.clone(),
                    "sms" | "voice" => phone_hint.clone(),
                    _ => view.hint,
                };
                view
            })
            .collect();
        (shape.gates, methods)
    }

    pub(super) fn method_view(m: &AccountMethod) -> MethodInfo {
        let hint = match m.kind.as_str() {
            "email" => mask::email(m.destination.as_deref().unwrap_or("")),
            "sms" | "voice" => mask::phone(m.destination.as_deref().unwrap_or("")),
            "totp" => crate::t!("method-kind", kind = "totp"),
            "questions" => crate::t!("server-security-questions", n = m.answer_hashes.len()),
            _ => String::new(),
        };
        MethodInfo {
            id: m.id.clone(),
            kind: m.kind.clone(),
            hint,
        }
    }

    pub fn start_flow(&mut self, user: &str, intent: Intent) -> Answer {
        let user_key = normalize_user(user);
        if user_key.is_empty() || user_key.len() > 256 {
            return Err(problem(
                400,
                "invalid_request",
                crate::t!("flows-user-must-characters"),
            ));
        }
        let now = self.now();
        self.reclaim(now)?;
        self.check_recovery_lock(&user_key, now)?;
        let window = self.config.user_window;
        if let Some(after) = bump(
            &mut self.user_windows,
            &user_key,
            now,
            window,
            self.config.flows_per_user,
        ) {
            return Err(rate_limited(
                "rate_limited",
                &crate::t!("flows-too-many-recovery-attempts"),
                after,
            ));
        }
        let (known, gates_required, methods) = match self.accounts.get(&user_key) {
            Some(a) => (
                true,
                a.gates,
                a.methods.iter().map(Self::method_view).collect(),
            ),
            None => {
                let (gates, methods) = self.decoy_for_unknown(&user_key);
                (false, gates, methods)
            }
        };
        let id = random_id("fl_", 12);
        let token = random_id("ft_", 32);
        let flow = Flow {
            token_hash: sha256(token.as_bytes()),
            user_key: user_key.into(),
            known,
            intent,
            expires: now + self.config.flow_ttl,
            gates_required,
            gates_passed: 0,
            state: FlowState::Verifying,
            was_locked: false,
            progress: None,
        };
        let created = FlowCreated {
            flow_id: id.clone(),
            flow_token: token,
            expires_at: rfc3339(flow.expires),
            intent,
            gates_required,
            gates_passed: 0,
            methods,
            support: self.config.support.clone(),
        };
        let grace = self.config.flow_ttl.min(MAX_EXPIRED_GRACE);
        self.reclaim_queue
            .push_back((flow.expires + grace, id.clone()));
        self.flows.insert(id, flow);
        Ok((201, serde_json::to_value(created).expect("serializable")))
    }

    /// The flow for `id` if `token` is its bearer token and it is still usable.
    pub(super) fn flow_mut(
        &mut self,
        id: &str,
        token: Option<&str>,
    ) -> Result<&mut Flow, Box<Problem>> {
        let Some(token) = token else {
            return Err(problem(
                401,
                "invalid_token",
                crate::t!("flows-send-flow-token-as"),
            ));
        };
        let now = self.now();
        let token_hash = sha256(token.as_bytes());
        let flow = self.flows.get_mut(id).ok_or_else(|| {
            problem(
                404,
                "flow_not_found",
                crate::t!("server-no-such-flow-start"),
            )
        })?;
        if flow.token_hash != token_hash {
            return Err(problem(
                401,
                "invalid_token",
                crate::t!("flows-flow-token-does-not"),
            ));
        }
        if now >= flow.expires {
            return Err(problem(
                410,
                "flow_expired",
                crate::t!("flows-flow-has-expired-start"),
            ));
        }
        if flow.state == FlowState::Failed {
            return Err(problem(
                410,
                "flow_expired",
                crate::t!("flows-flow-ended-after-too"),
            ));
        }
        Ok(flow)
    }

    /// The methods a flow offers: the account's, or an unknown user's decoys (derived again,
    /// the same every time).
    pub(super) fn methods_of(&self, user_key: &str, known: bool) -> Vec<MethodInfo> {
        match self.accounts.get(user_key).filter(|_| known) {
            Some(a) => a.methods.iter().map(Self::method_view).collect(),
            None => self.decoy_for_unknown(user_key).1,
        }
    }

    pub fn flow_status(&mut self, id: &str, token: Option<&str>) -> Answer {
        let flow = self.flow_mut(id, token)?;
        let (user_key, known) = (flow.user_key.clone(), flow.known);
        let methods = self.methods_of(&user_key, known);
        let flow = self.flows.get(id).ok_or_else(flow_gone)?;
        let status = FlowStatus {
            flow_id: id.to_owned(),
            intent: flow.intent,
            state: serde_json::to_value(flow.state)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            expires_at: rfc3339(flow.expires),
            gates_required: flow.gates_required,
            gates_passed: flow.gates_passed,
            methods,
            methods_used: flow.used_methods(),
        };
        Ok((200, serde_json::to_value(status).expect("serializable")))
    }

    pub fn cancel_flow(&mut self, id: &str, token: Option<&str>) -> Answer {
        self.flow_mut(id, token)?;
        self.flows.remove(id);
        Ok((204, Value::Null))
    }

    pub fn create_challenge(&mut self, id: &str, token: Option<&str>, method_id: &str) -> Answer {
        let now = self.now();
        let cfg = self.config.clone();
        let flow = self.flow_mut(id, token)?;
        let (user_key, known) = (flow.user_key.clone(), flow.known);
        let methods = self.methods_of(&user_key, known);
        let flow = self.flows.get_mut(id).ok_or_else(flow_gone)?;
        if flow.state == FlowState::Complete {
            return Err(problem(
                409,
                "flow_complete",
                crate::t!("flows-flow-already-complete"),
            ));
        }
        if flow.gates_passed >= flow.gates_required {
            return Err(problem(
                409,
                "gates_complete",
                crate::t!("flows-all-verification-gates-are"),
            ));
        }
        let Some(method) = methods.into_iter().find(|m| m.id == method_id) else {
            return Err(problem(
                400,
                "unknown_method",
                crate::t!(
                    "server-flow-has-no-method",
                    method_id = format!("{:?}", method_id)
                ),
            ));
        };
        if flow.progress().used_kinds.contains(&method.kind) {
            return Err(problem(
                409,
                "method_already_used",
                crate::t!("server-method-already-passed-gate", kind = method.kind),
            ));
        }
        if let Some(last) = flow.progress().last_sent.get(method_id) {
            let since = now.duration_since(*last).unwrap_or_default();
            if since < cfg.resend_after {
                return Err(rate_limited(
                    "rate_limited",
                    &crate::t!("flows-code-was-sent-moments"),
                    cfg.resend_after - since,
                ));
            }
        }
        if flow.progress().challenge_count >= cfg.challenges_per_flow {
            return Err(rate_limited(
                "rate_limited",
                &crate::t!("flows-too-many-codes-sent"),
                cfg.user_window,
            ));
        }
        flow.progress().challenge_count += 1;
        flow.progress().last_sent.insert(method_id.to_owned(), now);
        let challenge_id = random_id("ch_", 12);
        let known = flow.known;
        let user_key = flow.user_key.clone();

        let mut code_hash = None;
        let mut question = None;
        let mut code_length = Some(6);
        let account = if known {
            self.accounts.get(&*user_key)
        } else {
            None
        };
        let account_method = account.and_then(|a| a.methods.iter().find(|m| m.id == method_id));
        match method.kind.as_str() {
            "email" | "sms" | "voice" => {
                if let (Some(account), Some(m)) = (account, account_method) {
                    let code = format!("{:06}", rand::rng().random_range(0..1_000_000u32));
                    code_hash =
                        Some(self.mac(&[b"code", challenge_id.as_bytes(), code.as_bytes()]));
                    self.outbox.push_back(OutboxEntry {
                        user: account.user.clone(),
                        method: m.id.clone(),
                        kind: m.kind.clone(),
                        destination: m.destination.clone().unwrap_or_default(),
                        message: crate::t!("server-delivered-code", code = &code),
                        code,
                        sent_at: rfc3339(now),
                    });
                    if self.outbox.len() > 1000 {
                        self.outbox.pop_front();
                    }
                }
            }
            "totp" => {}
            "questions" => {
                code_length = None;
                let q = match account_method {
                    Some(m) => {
                        let keys: Vec<&String> = m.answer_hashes.keys().collect();
                        keys[rand::rng().random_range(0..keys.len())].clone()
                    }
                    None => {
                        let seed = self.mac(&[b"question", user_key.as_bytes()]);
                        FAKE_QUESTIONS[usize::from(seed.as_bytes()[0]) % FAKE_QUESTIONS.len()]
                            .to_owned()
                    }
                };
                question = Some(q);
            }
            _ => {}
        }
        let challenge = Challenge {
            method_id: method_id.to_owned(),
            kind: method.kind.clone(),
            code_hash,
            question: question.clone(),
            expires: now + cfg.code_ttl,
            attempts_left: cfg.max_attempts,
            used: false,
        };
        let created = ChallengeCreated {
            challenge_id: challenge_id.clone(),
            method: method_id.to_owned(),
            kind: method.kind,
            code_length,
            expires_at: rfc3339(challenge.expires),
            resend_after_s: cfg.resend_after.as_secs(),
            attempts_left: cfg.max_attempts,
            question,
        };
        let flow = self.flows.get_mut(id).ok_or_else(flow_gone)?;
        flow.progress().challenges.insert(challenge_id, challenge);
        Ok((202, serde_json::to_value(created).expect("serializable")))
    }

    pub fn verify(
        &mut self,
        id: &str,
        token: Option<&str>,
        challenge_id: &str,
        code: &str,
    ) -> Answer {
        let now = self.now();
        self.flow_mut(id, token)?;
        let flow = self.flows.get(id).ok_or_else(flow_gone)?;
        let Some(ch) = flow
            .progress
            .as_ref()
            .and_then(|p| p.challenges.get(challenge_id))
        else {
            return Err(challenge_not_found());
        };
        if ch.used {
            return Err(problem(
                409,
                "code_used",
                crate::t!("flows-code-was-already-used"),
            ));
        }
        if now >= ch.expires {
            return Err(problem(
                400,
                "code_expired",
                crate::t!("flows-code-has-expired-ask"),
            ));
        }
        let facts = CheckFacts {
            known: flow.known,
            user_key: flow.user_key.to_string(),
            method_id: ch.method_id.clone(),
            kind: ch.kind.clone(),
            code_hash: ch.code_hash.clone(),
            question: ch.question.clone(),
        };
        let matched = self.code_matches(&facts, challenge_id, code);
        let user_key = facts.user_key;
        let flow = self.flows.get_mut(id).ok_or_else(flow_gone)?;
        let Some(ch) = flow.progress().challenges.get_mut(challenge_id) else {
            return Err(challenge_not_found());
        };
        if !matched {
            ch.attempts_left = ch.attempts_left.saturating_sub(1);
            if ch.attempts_left == 0 {
                flow.state = FlowState::Failed;
                self.failed_flows.entry(user_key).or_default().push(now);
                return Err(problem(
                    403,
                    "too_many_attempts",
                    crate::t!("flows-too-many-wrong-codes"),
                ));
            }
            let left = ch.attempts_left;
            let mut p = problem(
                400,
                "invalid_code",
                crate::t!("server-code-not-correct-attempt", left = left),
            );
            p.attempts_left = Some(left);
            return Err(p);
        }
        ch.used = true;
        let (method_id, kind) = (ch.method_id.clone(), ch.kind.clone());
        flow.progress().used_methods.push(method_id);
        flow.progress().used_kinds.push(kind);
        flow.gates_passed += 1;
        let next = if flow.gates_passed < flow.gates_required {
            "challenge"
        } else {
            flow.state = FlowState::Verified;
            flow.intent.as_str_next()
        };
        let result = VerifyResult {
            gates_passed: flow.gates_passed,
            gates_required: flow.gates_required,
            next: next.to_owned(),
        };
        Ok((200, serde_json::to_value(result).expect("serializable")))
    }

    pub(super) fn code_matches(&mut self, ch: &CheckFacts, challenge_id: &str, code: &str) -> bool {
        if !ch.known {
            return false;
        }
        match ch.kind.as_str() {
            "questions" => {
                let (Some(q), Some(account)) = (&ch.question, self.accounts.get(&ch.user_key))
                else {
                    return false;
                };
                let hash = account
                    .methods
                    .iter()
                    .find(|m| m.id == ch.method_id)
                    .and_then(|m| m.answer_hashes.get(q));
                hash.is_some_and(|h| {
                    self.mac_matches(&[b"answer", normalize_answer(code).as_bytes()], h)
                })
            }
            "totp" => self.totp_matches(&ch.user_key, &ch.method_id, &normalize_code(code)),
            _ => ch.code_hash.as_deref().is_some_and(|h| {
                self.mac_matches(
                    &[
                        b"code",
                        challenge_id.as_bytes(),
                        normalize_code(code).as_bytes(),
                    ],
                    h,
                )
            }),
        }
    }

    /// RFC 6238 with one step of skew either way; a step once accepted is never accepted again.
    pub(super) fn totp_matches(&mut self, user_key: &str, method_id: &str, code: &str) -> bool {
        let Some(account) = self.accounts.get_mut(user_key) else {
            return false;
        };
        let Some(secret) = account
            .methods
            .iter()
            .find(|m| m.id == method_id)
            .and_then(|m| m.totp_secret.as_ref())
        else {
            return false;
        };
        let Ok(bytes) = totp_rs::Secret::Encoded(secret.expose().to_owned()).to_bytes() else {
            return false;
        };
        let totp = totp_rs::TOTP::new_unchecked(totp_rs::Algorithm::SHA1, 6, 1, 30, bytes);
        // TOTP follows the real clock, as the person's authenticator app does.
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        let step = now / 30;
        for candidate in [step.saturating_sub(1), step, step + 1] {
            if account.last_totp_step.is_some_and(|last| candidate <= last) {
                continue;
            }
            if totp.generate(candidate * 30) == code {
                account.last_totp_step = Some(candidate);
                return true;
            }
        }
        false
    }

    pub fn policy(&self) -> Answer {
        let mut policy = self.config.policy.clone();
        // Described in the language of this request.
        policy.rules = policy.describe();
        Ok((200, serde_json::to_value(&policy).expect("serializable")))
    }

    pub fn flow_policy(&mut self, id: &str, token: Option<&str>) -> Answer {
        self.flow_mut(id, token)?;
        self.policy()
    }

    pub(super) fn ready_for(
        &mut self,
        id: &str,
        token: Option<&str>,
        intent: Intent,
    ) -> Result<(), Box<Problem>> {
        let flow = self.flow_mut(id, token)?;
        if flow.intent != intent {
            return Err(problem(
                409,
                "wrong_intent",
                crate::t!("server-flow-was-started", intent = flow.intent.as_str()),
            ));
        }
        if flow.state == FlowState::Verifying {
            return Err(problem(
                403,
                "gates_incomplete",
                crate::t!(
                    "server-verification-gates-passed",
                    gates_passed = flow.gates_passed,
                    gates_required = flow.gates_required
                ),
            ));
        }
        Ok(())
    }

    pub fn set_password(
        &mut self,
        id: &str,
        token: Option<&str>,
        new_password: &Secret,
        idempotency_key: Option<&str>,
    ) -> Answer {
        self.ready_for(id, token, Intent::Reset)?;
        let pw_mac = self.mac(&[b"idem", new_password.expose().as_bytes()]);
        let flow = self.flows.get(id).ok_or_else(flow_gone)?;
        if flow.state == FlowState::Complete {
            let completed_by = flow.progress.as_ref().and_then(|p| p.completed_by.as_ref());
            return match (completed_by, idempotency_key) {
                (Some((key, mac)), Some(given)) if key == given => {
                    if self.mac_matches(&[b"idem", new_password.expose().as_bytes()], mac) {
                        Ok((200, json!({"state": "complete"})))
                    } else {
                        Err(problem(
                            409,
                            "idempotency_conflict",
                            crate::t!("flows-idempotency-key-already-set"),
                        ))
                    }
                }
                _ => Err(problem(
                    409,
                    "flow_complete",
                    crate::t!("flows-password-was-already-set"),
                )),
            };
        }
        let user_key = flow.user_key.clone();
        let account = self.accounts.get(&*user_key).ok_or_else(not_verified)?;
        let mut violations = self.config.policy.check(new_password, &account.user);
        if self.config.policy.disallow_reuse
            && password_matches(&account.password_hash, new_password.expose())
        {
            violations.push(crate::error::Violation {
                rule: "not_reused".into(),
                message: crate::t!("flows-your-current-password"),
            });
        }
        if !violations.is_empty() {
            let mut p = problem(
                422,
                "password_rejected",
                crate::t!("flows-new-password-does-not"),
            );
            p.violations = violations;
            return Err(p);
        }
        let hash = hash_password(new_password.expose());
        let account = self.accounts.get_mut(&*user_key).ok_or_else(not_verified)?;
        account.password_hash = hash;
        let was_locked = std::mem::replace(&mut account.locked, false);
        let flow = self.flows.get_mut(id).ok_or_else(flow_gone)?;
        flow.state = FlowState::Complete;
        flow.was_locked = was_locked;
        flow.progress().completed_by = idempotency_key.map(|k| (k.to_owned(), pw_mac));
        let user_key = flow.user_key.clone();
        let notified = self.notify_owner(
            &user_key,
            &crate::t!("flows-your-password-was-changed"),
            self.now(),
        );
        let done = Completed {
            state: "complete".into(),
            was_locked: Some(was_locked),
            notified: Some(notified),
        };
        Ok((200, serde_json::to_value(done).expect("serializable")))
    }

    pub fn unlock(&mut self, id: &str, token: Option<&str>) -> Answer {
        self.ready_for(id, token, Intent::Unlock)?;
        let flow = self.flows.get_mut(id).ok_or_else(flow_gone)?;
        if flow.state != FlowState::Complete {
            let account = self
                .accounts
                .get_mut(&*flow.user_key)
                .ok_or_else(not_verified)?;
            flow.was_locked = std::mem::replace(&mut account.locked, false);
            flow.state = FlowState::Complete;
        }
        let was_locked = flow.was_locked;
        let user_key = flow.user_key.clone();
        let notified = self.notify_owner(
            &user_key,
            &crate::t!("flows-your-account-was-unlocked"),
            self.now(),
        );
        let done = Completed {
            state: "complete".into(),
            was_locked: Some(was_locked),
            notified: Some(notified),
        };
        Ok((200, serde_json::to_value(done).expect("serializable")))
    }

    /// Tells the account's owner what happened, by the first email (or phone) on the account,
    /// as a notice in the outbox; whether anybody was told.
    pub(super) fn notify_owner(&mut self, user_key: &str, what: &str, now: SystemTime) -> bool {
        let Some(account) = self.accounts.get(user_key) else {
            return false;
        };
        let Some(m) = account
            .methods
            .iter()
            .find(|m| matches!(m.kind.as_str(), "email" | "sms") && m.destination.is_some())
        else {
            return false;
        };
        let entry = OutboxEntry {
            user: account.user.clone(),
            method: m.id.clone(),
            kind: "notice".to_owned(),
            destination: m.destination.clone().unwrap_or_default(),
            code: what.to_owned(),
            message: what.to_owned(),
            sent_at: rfc3339(now),
        };
        self.outbox.push_back(entry);
        if self.outbox.len() > 1000 {
            self.outbox.pop_front();
        }
        true
    }
}

impl Intent {
    pub(super) fn as_str_next(self) -> &'static str {
        match self {
            Intent::Reset => "password",
            Intent::Unlock => "unlock",
        }
    }
}

fn challenge_not_found() -> Box<Problem> {
    problem(
        404,
        "challenge_not_found",
        crate::t!("server-no-such-challenge-flow"),
    )
}

/// A flow re-read after other parts of the store were used. The store is behind one lock, so
/// it is still there; if it were not, this is the protocol's answer.
fn flow_gone() -> Box<Problem> {
    problem(
        404,
        "flow_not_found",
        crate::t!("server-no-such-flow-start"),
    )
}

/// Only a known user's flow can pass its gates (no code matches an unknown user's), so a flow
/// without an account has not passed them.
fn not_verified() -> Box<Problem> {
    problem(
        403,
        "gates_incomplete",
        crate::t!("flows-not-every-verification-gate"),
    )
}
