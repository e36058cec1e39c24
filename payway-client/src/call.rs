//! One call of an endpoint, top to bottom: reject invalid values and missing scopes before any
//! I/O, then attempts (a token, the request, the answer), each judged once: success, a resend
//! (a 401 with a renewed token, or a retry the policy allows), or the final error, which for a
//! request not safe to retry that may have been processed is `Error::OutcomeUnknown`.

use std::future::Future;
use std::pin::pin;
use std::task::Poll;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;

use serde::Serialize;
use serde_json::Value;
use tracing::Instrument;
use tracing::field::Empty;

use crate::answer;
use crate::auth::Auth;
use crate::config::RequestOptions;
use crate::connection::Connection;
use crate::endpoint::EndpointInfo;
use crate::error::{DecodeError, EncodeError, Error, MissingScope, OutcomeUnknown, TimeoutError};
use crate::private::{Envelope, Problems};
use crate::redact::Redactor;
use crate::retry::{Failure, retry_after};
use crate::token::AccessToken;
use crate::transport::{self, BodyError};

/// `application/json` as a header value made once, not parsed and copied per request.
const APPLICATION_JSON: reqwest::header::HeaderValue =
    reqwest::header::HeaderValue::from_static("application/json");

/// The buffer a request body is serialized into at first: Payway's request bodies are mostly
/// under 1 KiB.
const BODY_CAPACITY: usize = 1024;

/// Polls `future` once: its output if it is ready.
async fn poll_once<F: Future>(mut future: std::pin::Pin<&mut F>) -> Poll<F::Output> {
    std::future::poll_fn(|cx| Poll::Ready(future.as_mut().poll(cx))).await
}

/// What one attempt brought back.
enum Answer {
    /// A whole answer: status, `Retry-After`, body.
    Full(u16, Option<Duration>, Bytes),
    /// An answer whose body is over the size limit: status and the start of the body.
    TooLarge(u16, Vec<u8>),
}

/// What the call does after an attempt.
enum Next<T> {
    Done(Result<T, Error>),
    /// Send again after this wait, for this reason.
    Resend(Duration, Resend),
}

/// Why a request is sent again.
#[derive(Clone, Copy)]
enum Resend {
    /// A 401: once, with a new token. Not a retry of the policy.
    Renewed,
    /// A failure the retry policy retries.
    Retry(Failure),
}

impl Resend {
    fn reason(self) -> &'static str {
        match self {
            Resend::Renewed => "401: the token was refused, sending once more with a new one",
            Resend::Retry(failure) => failure.reason(),
        }
    }
}

/// The parts of a request, kept for judging its answers.
struct Request<'a, Q> {
    endpoint: &'static EndpointInfo,
    /// The endpoint's path with its path parameters filled in, when it has any.
    path: Option<String>,
    /// The path parameters as JSON, for masking and identifying.
    path_values: Option<Value>,
    query: Option<&'a Q>,
    /// The serialized body, shared by every attempt (a clone is a reference count).
    json: Option<Bytes>,
}

impl<Q: Serialize> Request<'_, Q> {
    /// The request's values as JSON (body and query), for masking and identifying: built only
    /// when an error needs them.
    fn values(&self) -> Vec<Value> {
        let body = self
            .json
            .as_deref()
            .and_then(|j| serde_json::from_slice::<Value>(j).ok());
        let query = self.query.and_then(|q| serde_json::to_value(q).ok());
        body.into_iter()
            .chain(query)
            .chain(self.path_values.clone())
            .collect()
    }

    fn redactor(&self) -> Redactor {
        Redactor::new(self.endpoint.sensitive, Some(&Value::Array(self.values())))
    }

    /// `cause` as the outcome-unknown error of this request sent at `sent_at`.
    fn outcome_unknown(&self, cause: Error, sent_at: SystemTime) -> Error {
        let mut unknown = OutcomeUnknown::new(self.endpoint.name, cause, sent_at);
        for values in self.values() {
            for name in self.endpoint.identifying {
                match values.get(name) {
                    Some(Value::String(s)) => unknown = unknown.with_identifier(*name, s.clone()),
                    Some(Value::Number(n)) => {
                        unknown = unknown.with_identifier(*name, n.to_string())
                    }
                    _ => {}
                }
            }
        }
        Error::OutcomeUnknown(unknown)
    }
}

/// Whether a final error answer leaves open whether a request was processed: a 2xx (only its
/// body is unreadable), 502 and 504 (a proxy's answer), any 5xx not in the Payway convention.
fn in_doubt(status: u16, error: &Error) -> bool {
    (200..300).contains(&status)
        || matches!(status, 502 | 504)
        || ((500..600).contains(&status) && matches!(error, Error::Decode(_)))
}

impl<A> Connection<A> {
    /// Sends a request of `endpoint`: rejects it if any value failed its checks or its scope is
    /// not asked for, gets a token, sends, and decodes the answer. Retries follow the
    /// [`RetryPolicy`](crate::RetryPolicy): a request that is not safe to retry is resent only
    /// when it never reached the server, and one that may have been processed without a
    /// readable answer becomes [`Error::OutcomeUnknown`] (the rule is there). A 401 is sent
    /// once more with a new token.
    ///
    /// The checks run when this is called; nothing is sent until the future is awaited.
    pub fn send<P, Q, B, E>(
        &self,
        endpoint: &'static EndpointInfo,
        problems: Problems,
        options: RequestOptions,
        path: Option<P>,
        query: Option<Q>,
        body: Option<B>,
    ) -> impl Future<Output = Result<E::Output, Error>>
    where
        A: Auth,
        P: Serialize,
        Q: Serialize,
        B: Serialize,
        E: Envelope,
    {
        // Checked here rather than in an `async fn` around the call's future: every level of
        // async calls moves the whole future below it once more (BENCHMARKS.md §1). A call that
        // fails its checks has no span, as it never starts.
        let checked = self.check(endpoint, problems, path);
        let span = match &checked {
            Ok(_) => tracing::info_span!(
                "payway.call",
                endpoint = endpoint.name,
                method = ?endpoint.method,
                path = endpoint.path,
                attempts = Empty,
                status = Empty,
            ),
            Err(_) => tracing::Span::none(),
        };
        async move {
            let (path, path_values) = checked?;
            // Serialized once, here rather than by reqwest, so a failure is ours to report.
            let json = match &body {
                Some(body) => {
                    // Room for most bodies at once, where `to_vec` starts at 128 bytes and grows.
                    let mut json = Vec::with_capacity(BODY_CAPACITY);
                    serde_json::to_writer(&mut json, body).map_err(|e| {
                        Error::Encode(EncodeError::new(endpoint.name, e.to_string()))
                    })?;
                    Some(json)
                }
                None => None,
            };
            let request = Request {
                endpoint,
                path,
                path_values,
                query: query.as_ref(),
                json: json.map(Bytes::from),
            };
            // Attempts until one is final, in this future rather than one of its own, so that
            // no level of the call moves the rest of it again.
            let request = &request;
            let config = &self.shared.config;
            let timeout = options.timeout.unwrap_or(config.timeout);
            let policy = options.retry.as_ref().unwrap_or(&config.retry);
            let (mut retries, mut renewed, mut attempt) = (0, false, 0u32);
            let result = loop {
                attempt = attempt.saturating_add(1);
                let span = tracing::debug_span!(
                    "payway.attempt",
                    attempt,
                    status = Empty,
                    duration_ms = Empty,
                    will_retry = Empty,
                    retry_reason = Empty,
                );
                let started = Instant::now();
                let mut status = None;
                let next = async {
                    // Waiting for a token counts against the attempt's time; the time ran out on
                    // the token, so the error names it.
                    // A cached token is ready at once: no timer is armed for it.
                    let mut token = pin!(self.auth.access_token(&self.shared.tokens));
                    let (token, waited) = match poll_once(token.as_mut()).await {
                        Poll::Ready(token) => (token?, false),
                        Poll::Pending => {
                            let deadline = tokio::time::Instant::from_std(started + timeout);
                            let token = tokio::time::timeout_at(deadline, token).await.map_err(
                                |_| Error::Timeout(TimeoutError::new("token", timeout)),
                            )??;
                            (token, true)
                        }
                    };
                    // The HTTP client ends every request after the client's timeout
                    // (`transport::http_client`); a request gets a limit of its own only when it
                    // must end sooner or later than that.
                    let limit = (waited || options.timeout.is_some())
                        .then(|| timeout.saturating_sub(started.elapsed()));
                    let answer = self.attempt(request, &token, limit, timeout).await;
                    if let Ok(Answer::Full(s, ..) | Answer::TooLarge(s, _)) = &answer {
                        status = Some(*s);
                    }
                    Ok::<_, Error>(self.judge::<Q, E>(
                        request,
                        &token,
                        answer,
                        started,
                        &mut renewed,
                        |failure, wait| {
                            failure
                                .retryable(request.endpoint.retry_safe)
                                .then(|| policy.delay(retries, wait))
                                .flatten()
                                // A wait as long as the call's timeout is not worth it (a long
                                // `Retry-After`): the error now instead.
                                .filter(|delay| *delay < timeout)
                        },
                    ))
                }
                .instrument(span.clone())
                .await;
                let next = next.unwrap_or_else(|error| Next::Done(Err(error)));
                // Fields are worked out only for a subscriber that listens.
                if !span.is_disabled() {
                    let duration_ms = started.elapsed().as_millis() as u64;
                    let (will_retry, reason) = match &next {
                        Next::Resend(_, why) => (true, why.reason()),
                        Next::Done(_) => (false, ""),
                    };
                    span.record("status", status);
                    span.record("duration_ms", duration_ms);
                    span.record("will_retry", will_retry);
                    if will_retry {
                        span.record("retry_reason", reason);
                    }
                    tracing::debug!(
                        parent: &span,
                        attempt,
                        status,
                        duration_ms,
                        will_retry,
                        retry_reason = will_retry.then_some(reason),
                        "attempt finished"
                    );
                }
                match next {
                    Next::Done(result) => {
                        let call = tracing::Span::current();
                        if !call.is_disabled() {
                            call.record("attempts", attempt);
                            call.record("status", status);
                        }
                        break result;
                    }
                    Next::Resend(delay, why) => {
                        if let Resend::Retry(_) = why {
                            retries += 1;
                        }
                        tokio::time::sleep(delay).await;
                    }
                }
            };
            if let Err(error) = &result {
                tracing::warn!(error = %error, "call failed");
            }
            result
        }
        .instrument(span)
    }

    /// The checks before any I/O: every value (path values with the others) and the scope.
    /// Returns the filled-in path and the path values as JSON, when the endpoint has any.
    fn check<P: Serialize>(
        &self,
        endpoint: &'static EndpointInfo,
        mut problems: Problems,
        path: Option<P>,
    ) -> Result<(Option<String>, Option<Value>), Error>
    where
        A: Auth,
    {
        let path_values = path.and_then(|p| serde_json::to_value(p).ok());
        let path = path_values
            .as_ref()
            .map(|values| crate::path::fill(endpoint.path, values, &mut problems));
        problems.into_result(endpoint.name)?;
        if let Some(granted) = self.auth.scopes()
            && !granted.iter().any(|scope| scope == endpoint.scope)
        {
            return Err(Error::Scope(MissingScope::new(
                endpoint.name,
                endpoint.scope,
                granted.to_vec(),
            )));
        }
        Ok((path, path_values))
    }

    /// What to do after one attempt's `answer`. `next_delay` says whether (and after how long)
    /// a failure may be retried.
    fn judge<Q: Serialize, E: Envelope>(
        &self,
        request: &Request<'_, Q>,
        token: &AccessToken,
        answer: Result<Answer, (Failure, Error)>,
        started: Instant,
        renewed: &mut bool,
        next_delay: impl Fn(Failure, Option<Duration>) -> Option<Duration>,
    ) -> Next<E::Output>
    where
        A: Auth,
    {
        let endpoint = request.endpoint;
        let unsafe_to_resend = !endpoint.retry_safe;
        let (failure, wait, error, doubt) = match answer {
            Ok(Answer::Full(status, wait, bytes)) => {
                // A 401 means the request was not processed: once, with a new token.
                if status == 401 && !*renewed && self.auth.invalidate(token) {
                    *renewed = true;
                    return Next::Resend(Duration::ZERO, Resend::Renewed);
                }
                match answer::decode::<E>(endpoint.name, status, &bytes, || request.redactor()) {
                    Ok(output) => return Next::Done(Ok(output)),
                    Err(error) => {
                        let doubt = in_doubt(status, &error);
                        (Failure::Status(status), wait, error, doubt)
                    }
                }
            }
            Ok(Answer::TooLarge(status, start)) => {
                let reason = transport::too_large_reason(self.shared.config.max_response_bytes);
                let error = Error::Decode(DecodeError::redacted(
                    endpoint.name,
                    status,
                    &reason,
                    &start,
                    &request.redactor(),
                ));
                let doubt = in_doubt(status, &error);
                (Failure::Status(status), None, error, doubt)
            }
            Err((failure, error)) => (failure, None, error, failure == Failure::Dropped),
        };
        if let Some(delay) = next_delay(failure, wait) {
            return Next::Resend(delay, Resend::Retry(failure));
        }
        if unsafe_to_resend && doubt {
            // The wall-clock time the attempt started, read only when it is needed.
            let sent_at = SystemTime::now()
                .checked_sub(started.elapsed())
                .unwrap_or_else(SystemTime::now);
            return Next::Done(Err(request.outcome_unknown(error, sent_at)));
        }
        Next::Done(Err(error))
    }

    /// One attempt: the answer's status, `Retry-After` and body, or why there is none.
    /// `limit` is the request's own time limit, when it is not the client's timeout: what
    /// remains of the attempt's `timeout` after waiting for the token, or a call's own timeout.
    async fn attempt<Q: Serialize>(
        &self,
        request: &Request<'_, Q>,
        token: &AccessToken,
        limit: Option<Duration>,
        timeout: Duration,
    ) -> Result<Answer, (Failure, Error)> {
        let endpoint = request.endpoint;
        let (http, method) = (&self.shared.http, endpoint.method.to_reqwest());
        // A filled-in path is parsed by reqwest per call: caching every value would grow
        // without bound.
        let cached = match &request.path {
            Some(_) => None,
            None => self.shared.urls.endpoint_url(endpoint.path),
        };
        let mut builder = match cached {
            Some(url) => http.request(method, url),
            None => {
                let path = request.path.as_deref().unwrap_or(endpoint.path);
                http.request(method, self.shared.urls.joined(path))
            }
        };
        builder = match token.authorization() {
            Some(value) => builder.header(reqwest::header::AUTHORIZATION, value.clone()),
            // Not a valid header value: reqwest refuses it before sending, as it always has.
            None => builder.bearer_auth(token.expose()),
        }
        .header(reqwest::header::ACCEPT, APPLICATION_JSON);
        if let Some(limit) = limit {
            builder = builder.timeout(limit);
        }
        if let Some(query) = request.query {
            builder = builder.query(query);
        }
        if let Some(json) = &request.json {
            builder = builder
                .header(reqwest::header::CONTENT_TYPE, APPLICATION_JSON)
                .body(json.clone());
        }
        let response = builder.send().await.map_err(|e| {
            let failure = if e.is_connect() {
                Failure::NotConnected
            } else if e.is_builder() {
                // Refused before sending (a token that is not a valid header value, say).
                Failure::NotSent
            } else {
                Failure::Dropped
            };
            (failure, transport::from_reqwest(e, endpoint.name, timeout))
        })?;
        let status = response.status().as_u16();
        let wait = retry_after(response.headers());
        let max = self.shared.config.max_response_bytes;
        match transport::read_body_parts(response, max, endpoint.name, timeout).await {
            Ok(bytes) => Ok(Answer::Full(status, wait, bytes)),
            Err(BodyError::TooLarge(start)) => Ok(Answer::TooLarge(status, start)),
            // The answer started but broke off: the server has the request.
            Err(BodyError::Broken(error)) => Err((Failure::Dropped, error)),
        }
    }
}
