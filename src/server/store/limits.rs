//! Rate limits, the recovery lock and keeping memory bounded: fixed windows per user and per
//! client, failed flows per user, and flows reclaimed after expiry.

use super::*;

pub(super) struct Window {
    pub(super) start: SystemTime,
    pub(super) count: u32,
}

/// Rate-limit tables (per user, per client, failed flows) hold at most this many keys: beyond
/// it, stale keys are swept, and if none is stale the service is full (503).
pub(super) const MAX_TRACKED_KEYS: usize = 200_000;
/// How many state changes pass between sweeps of the rate-limit tables.
pub(super) const SWEEP_EVERY: u32 = 4096;
/// How long an expired flow still answers `flow_expired` (not `flow_not_found`).
pub(super) const MAX_EXPIRED_GRACE: Duration = Duration::from_secs(60);

impl Store {
    /// Counts one request from `client`; every `/v1` request passes through here.
    pub fn check_client(&mut self, client: &str) -> Result<(), Box<Problem>> {
        let now = self.now();
        let limit = self.config.requests_per_client;
        let retry = bump(
            &mut self.client_windows,
            client,
            now,
            Duration::from_secs(60),
            limit,
        );
        match retry {
            Some(after) => Err(rate_limited(
                "rate_limited",
                &crate::t!("limits-too-many-requests-from"),
                after,
            )),
            None => Ok(()),
        }
    }

    /// Keeps memory bounded whatever the traffic: drops flows past their expiry (and grace),
    /// sweeps stale rate-limit keys now and then, and answers 503 with `Retry-After` when the
    /// flow table is still full.
    pub(super) fn reclaim(&mut self, now: SystemTime) -> Result<(), Box<Problem>> {
        while let Some((_, id)) = self
            .reclaim_queue
            .front()
            .is_some_and(|(at, _)| *at <= now)
            .then(|| self.reclaim_queue.pop_front())
            .flatten()
        {
            let gone = self
                .flows
                .get(&id)
                .is_some_and(|f| f.expires + self.config.flow_ttl.min(MAX_EXPIRED_GRACE) <= now);
            if gone {
                self.flows.remove(&id);
            }
        }
        self.since_sweep += 1;
        let crowded = self.user_windows.len() >= MAX_TRACKED_KEYS
            || self.client_windows.len() >= MAX_TRACKED_KEYS
            || self.failed_flows.len() >= MAX_TRACKED_KEYS;
        if self.since_sweep >= SWEEP_EVERY || crowded {
            self.since_sweep = 0;
            let user_window = self.config.user_window;
            let fresh = |w: &Window, length: Duration| {
                now.duration_since(w.start).unwrap_or_default() < length
            };
            self.user_windows.retain(|_, w| fresh(w, user_window));
            self.client_windows
                .retain(|_, w| fresh(w, Duration::from_secs(60)));
            self.failed_flows.retain(|_, times| {
                times.retain(|t| now.duration_since(*t).unwrap_or_default() < user_window);
                !times.is_empty()
            });
            self.reclaim_queue.shrink_to(self.reclaim_queue.len() * 2);
        }
        let full = self.flows.len() >= self.config.max_flows
            || self.user_windows.len() >= MAX_TRACKED_KEYS;
        if full {
            let wait = self
                .reclaim_queue
                .front()
                .map(|(at, _)| at.duration_since(now).unwrap_or_default())
                .unwrap_or(Duration::from_secs(1));
            let mut p = problem(
                503,
                "service_busy",
                crate::t!("limits-service-holds-as-many"),
            );
            p.retry_after_s = Some(wait.as_millis().div_ceil(1000).max(1) as u64);
            return Err(p);
        }
        Ok(())
    }

    pub(super) fn check_recovery_lock(
        &mut self,
        user_key: &str,
        now: SystemTime,
    ) -> Result<(), Box<Problem>> {
        let window = self.config.user_window;
        let Some(failures) = self.failed_flows.get_mut(user_key) else {
            return Ok(());
        };
        failures.retain(|t| now.duration_since(*t).unwrap_or_default() < window);
        if failures.is_empty() {
            self.failed_flows.remove(user_key);
            return Ok(());
        }
        if failures.len() as u32 >= self.config.failed_flows_before_lock {
            let oldest = failures.iter().min().copied().unwrap_or(now);
            let after = window.saturating_sub(now.duration_since(oldest).unwrap_or_default());
            return Err(rate_limited(
                "locked",
                &crate::t!("limits-recovery-account-locked-after"),
                after,
            ));
        }
        Ok(())
    }
}

/// Counts one event in a fixed window; `Some(wait)` when the limit is already reached.
pub(super) fn bump(
    windows: &mut HashMap<String, Window>,
    key: &str,
    now: SystemTime,
    length: Duration,
    limit: u32,
) -> Option<Duration> {
    let w = windows.entry(key.to_owned()).or_insert(Window {
        start: now,
        count: 0,
    });
    let age = now.duration_since(w.start).unwrap_or_default();
    if age >= length {
        w.start = now;
        w.count = 0;
    }
    if w.count >= limit {
        return Some(length.saturating_sub(age).max(Duration::from_secs(1)));
    }
    w.count += 1;
    None
}
