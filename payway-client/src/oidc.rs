//! Logging a customer in with Payway's OpenID Connect provider: the authorization code flow
//! with PKCE (S256), through the `openidconnect` crate, over this client's own reqwest.
//!
//! 1. [`OidcProvider::discover`] reads the provider's discovery document; every endpoint (the
//!    authorization, token and JWKS endpoints) comes from it, never from this code.
//! 2. [`OidcProvider::authorization_url`] gives the address to send the customer's browser to,
//!    and a [`LoginState`] (state, nonce, PKCE verifier) that your site keeps until the
//!    customer comes back.
//! 3. [`OidcProvider::callback`] takes that state and the query string the customer came back
//!    with: it checks `state`, exchanges the code (with the PKCE verifier) and verifies the ID
//!    token (signature from the JWKS, issuer, audience, expiry, nonce). You get the customer's
//!    [`IdTokenClaims`] and an [`IdentityAuth`] that renews itself with the refresh token.
//!
//! **Scope spelling.** The public docs write the OpenID scopes both as `openid` and as
//! `/openid`, `/openid/profile`, ... The authorization URL always carries `openid` (OpenID
//! Connect requires it, and the docs' parameter table says so); `profile`, `email` and
//! `offline_access` are asked for in the spelling the discovery document's `scopes_supported`
//! lists (`/openid/email` if only that is listed), and `/openid` is added when it is listed.
//! The API scopes you pass (e.g. `scopes::ME_W`) go along unchanged.
//!
//! **What is not known.** The docs' pages on the token endpoint, userinfo and JWKS are not
//! public; whether the provider's access token calls the Payway API as a customer is not
//! stated either (it does in the sandbox). The refresh token is used at the provider's token
//! endpoint with `client_id` and `client_secret` in the form (`client_secret_post`).

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreClientAuthMethod, CoreErrorResponseType,
    CoreJwsSigningAlgorithm, CoreProviderMetadata, CoreTokenResponse,
};
use openidconnect::{
    AsyncHttpClient, AuthType, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret,
    CsrfToken, HttpRequest, HttpResponse, IssuerUrl, Nonce, OAuth2TokenResponse, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, RequestTokenError, Scope, StandardErrorResponse, TokenResponse,
};

use crate::auth::IdentityAuth;
use crate::config::ClientConfig;
use crate::error::Error;
use crate::secret::Secret;
use crate::token::Credentials;
use crate::token::{AccessToken, Grant};
use crate::{Environment, transport};

/// The discovery document's path under the issuer.
pub const DISCOVERY_PATH: &str = "/.well-known/openid-configuration";
/// The stage provider's discovery document (docs: OpenID overview).
pub const STAGE_DISCOVERY_URL: &str =
    "https://payway-sso-stage.azurewebsites.net/.well-known/openid-configuration";
/// The production provider's discovery document (docs: OpenID overview). Its host is not the
/// production SSO2 host; whether they are one service is not stated.
pub const PRODUCTION_DISCOVERY_URL: &str =
    "https://payway-sso.azurewebsites.net/.well-known/openid-configuration";

/// The discovery document of `environment`'s provider: the documented ones for stage and
/// production, `<base URL>/.well-known/openid-configuration` for a custom environment (where
/// the sandbox serves it).
pub fn discovery_url(environment: &Environment) -> String {
    match environment {
        Environment::Stage => STAGE_DISCOVERY_URL.to_string(),
        Environment::Production => PRODUCTION_DISCOVERY_URL.to_string(),
        Environment::Custom(url) => transport::join(url, DISCOVERY_PATH),
    }
}

/// Why a login failed.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OidcError {
    /// The discovery document could not be fetched or read, or is unusable.
    Discovery(String),
    /// A setting is unusable (a redirect URI that is not a URL, say).
    Config(String),
    /// The callback's `state` is not the one this login sent: a forged or crossed callback.
    /// Nothing was exchanged.
    StateMismatch,
    /// The provider sent the customer back with an error (`error`, `error_description`).
    Denied {
        /// OAuth's `error` code, e.g. `access_denied`.
        error: String,
        /// The provider's description, if any.
        description: Option<String>,
    },
    /// The callback has no `code`.
    MissingCode,
    /// The token endpoint refused the code (`invalid_grant` for a used, expired or wrong code or
    /// a wrong PKCE verifier).
    Exchange {
        /// The HTTP status, when the endpoint answered.
        status: Option<u16>,
        /// OAuth's `error` code, when sent.
        error: Option<String>,
        /// What went wrong.
        description: String,
    },
    /// The ID token did not verify; it is not used.
    IdToken(IdTokenProblem, String),
    /// The request could not be made or its answer not read.
    Http(Box<Error>),
}

/// What is wrong with an ID token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IdTokenProblem {
    /// The token endpoint sent none.
    Missing,
    /// The signature is not one of the provider's keys (JWKS), or the algorithm is not allowed.
    Signature,
    /// `iss` is not the provider.
    Issuer,
    /// `aud` is not this client.
    Audience,
    /// `exp` has passed.
    Expired,
    /// `nonce` is not this login's.
    Nonce,
    /// Anything else (unreadable, issued in the future, ...).
    Other,
}

impl fmt::Display for OidcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OidcError::Discovery(reason) => write!(f, "OpenID discovery failed: {reason}"),
            OidcError::Config(reason) => write!(f, "OpenID login misconfigured: {reason}"),
            OidcError::StateMismatch => f.write_str(
                "the login callback's `state` is not this login's: refused (a forged or crossed callback)",
            ),
            OidcError::Denied { error, description } => {
                write!(f, "the provider refused the login: {error}")?;
                if let Some(description) = description {
                    write!(f, ": {description}")?;
                }
                Ok(())
            }
            OidcError::MissingCode => f.write_str("the login callback has no `code`"),
            OidcError::Exchange {
                status,
                error,
                description,
            } => {
                f.write_str("the code exchange was refused")?;
                if let Some(status) = status {
                    write!(f, " (HTTP {status})")?;
                }
                if let Some(error) = error {
                    write!(f, " {error}")?;
                }
                write!(f, ": {description}")
            }
            OidcError::IdToken(problem, reason) => {
                write!(f, "the ID token is not valid ({problem:?}): {reason}")
            }
            OidcError::Http(error) => write!(f, "OpenID request failed: {error}"),
        }
    }
}

impl std::error::Error for OidcError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OidcError::Http(error) => Some(error.as_ref()),
            _ => None,
        }
    }
}

/// The verified claims of a customer's ID token. `Debug` shows none of the personal data.
#[derive(Clone)]
pub struct IdTokenClaims {
    subject: String,
    email: Option<String>,
    email_verified: Option<bool>,
    name: Option<String>,
}

impl IdTokenClaims {
    /// `sub`: the provider's identifier of the customer.
    pub fn subject(&self) -> &str {
        &self.subject
    }

    /// `email`, when the `email` scope was granted.
    pub fn email(&self) -> Option<&str> {
        self.email.as_deref()
    }

    /// `email_verified`, when sent.
    pub fn email_verified(&self) -> Option<bool> {
        self.email_verified
    }

    /// `name`, when the `profile` scope was granted and the customer has one.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }
}

impl fmt::Debug for IdTokenClaims {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("IdTokenClaims(<redacted>)")
    }
}

/// What a login in progress keeps between [`OidcProvider::authorization_url`] and
/// [`OidcProvider::callback`]: `state`, nonce and PKCE verifier. Keep it on your server (in the
/// customer's session, or keyed by [`LoginState::state`]), never in the page. `Debug` shows
/// none of it.
pub struct LoginState {
    state: CsrfToken,
    nonce: Nonce,
    verifier: PkceCodeVerifier,
    api_scopes: Vec<String>,
}

impl LoginState {
    /// The `state` the authorization URL carries and the callback must bring back.
    pub fn state(&self) -> &str {
        self.state.secret()
    }
}

impl fmt::Debug for LoginState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LoginState(<redacted>)")
    }
}

/// A logged-in customer: the ID token's claims and the customer's tokens.
pub struct Login {
    /// The verified ID token's claims.
    pub claims: IdTokenClaims,
    /// The customer's tokens, for `client.with_auth(...)`; renewed with the refresh token.
    pub auth: IdentityAuth,
}

impl fmt::Debug for Login {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Login")
            .field("claims", &self.claims)
            .field("auth", &self.auth)
            .finish()
    }
}

/// The HTTP client `openidconnect` uses: this client's reqwest (rustls on ring, no redirects),
/// with the configured timeout and body limit.
#[derive(Clone)]
struct Http {
    client: reqwest::Client,
    timeout: Duration,
    max_response_bytes: usize,
}

impl<'c> AsyncHttpClient<'c> for Http {
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, Error>> + Send + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let response = self
                .client
                .request(parts.method, parts.uri.to_string())
                .headers(parts.headers)
                .body(body)
                .timeout(self.timeout)
                .send()
                .await
                .map_err(|e| transport::from_reqwest(e, "openid", self.timeout))?;
            let status = response.status();
            let headers = response.headers().clone();
            let body =
                transport::read_body(response, self.max_response_bytes, "openid", self.timeout)
                    .await?;
            let mut answer = http::Response::new(body);
            *answer.status_mut() = status;
            *answer.headers_mut() = headers;
            Ok(answer)
        })
    }
}

/// The OpenID provider of one environment, as discovered, for one API client and redirect URI.
pub struct OidcProvider {
    metadata: CoreProviderMetadata,
    credentials: Credentials,
    redirect_uri: RedirectUrl,
    http: Http,
    /// The OpenID scopes to ask for, in the provider's spelling (besides `openid`).
    openid_scopes: Vec<String>,
}

impl fmt::Debug for OidcProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OidcProvider")
            .field("issuer", &self.metadata.issuer().as_str())
            .field("client_id", &self.credentials.client_id())
            .field("redirect_uri", &self.redirect_uri.as_str())
            .finish_non_exhaustive()
    }
}

/// The OpenID scopes asked for besides `openid`, in the spelling `supported` lists.
fn openid_scopes(supported: &[String]) -> Vec<String> {
    let listed = |scope: &str| supported.iter().any(|s| s == scope);
    let mut scopes = Vec::new();
    if listed("/openid") {
        scopes.push("/openid".to_string());
    }
    for name in ["profile", "email", "offline_access"] {
        let path = format!("/openid/{name}");
        scopes.push(if !listed(name) && listed(&path) {
            path
        } else {
            name.to_string()
        });
    }
    scopes
}

impl OidcProvider {
    /// Reads the discovery document at `discovery_url` (see [`discovery_url`]) and the JWKS it
    /// names, for the API client `credentials` whose registered Redirect URI is
    /// `redirect_uri`. `config` gives the timeout, body limit and HTTP client.
    pub async fn discover(
        discovery_url: &str,
        credentials: Credentials,
        redirect_uri: &str,
        config: &ClientConfig,
    ) -> Result<Self, OidcError> {
        let issuer = discovery_url
            .strip_suffix(DISCOVERY_PATH)
            .unwrap_or(discovery_url)
            .trim_end_matches('/');
        let issuer = IssuerUrl::new(issuer.to_string())
            .map_err(|e| OidcError::Config(format!("discovery URL: {e}")))?;
        let redirect_uri = RedirectUrl::new(redirect_uri.to_string())
            .map_err(|e| OidcError::Config(format!("redirect URI: {e}")))?;
        let http = Http {
            client: transport::http_client(config).map_err(|e| OidcError::Http(Box::new(e)))?,
            timeout: config.timeout,
            max_response_bytes: config.max_response_bytes,
        };
        let metadata = CoreProviderMetadata::discover_async(issuer, &http)
            .await
            .map_err(|e| match e {
                openidconnect::DiscoveryError::Request(error) => OidcError::Http(Box::new(error)),
                other => OidcError::Discovery(other.to_string()),
            })?;
        if metadata.token_endpoint().is_none() {
            return Err(OidcError::Discovery(
                "the discovery document names no token endpoint".into(),
            ));
        }
        let supported: Vec<String> = metadata
            .scopes_supported()
            .map(|scopes| scopes.iter().map(|s| s.as_str().to_string()).collect())
            .unwrap_or_default();
        tracing::debug!(
            issuer = metadata.issuer().as_str(),
            "OpenID provider discovered"
        );
        Ok(OidcProvider {
            openid_scopes: openid_scopes(&supported),
            metadata,
            credentials,
            redirect_uri,
            http,
        })
    }

    fn client(
        &self,
    ) -> CoreClient<
        openidconnect::EndpointSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointMaybeSet,
        openidconnect::EndpointMaybeSet,
    > {
        let post = self
            .metadata
            .token_endpoint_auth_methods_supported()
            .is_some_and(|methods| methods.contains(&CoreClientAuthMethod::ClientSecretPost));
        let [(_, id), (_, secret)] = self.credentials.form();
        CoreClient::from_provider_metadata(
            self.metadata.clone(),
            ClientId::new(id.to_string()),
            Some(ClientSecret::new(secret.to_string())),
        )
        .set_redirect_uri(self.redirect_uri.clone())
        .set_auth_type(if post {
            AuthType::RequestBody
        } else {
            AuthType::BasicAuth
        })
    }

    /// The issuer, as discovered.
    pub fn issuer(&self) -> &str {
        self.metadata.issuer().as_str()
    }

    /// The OpenID scopes asked for besides `openid`, in the provider's spelling.
    pub fn openid_scopes(&self) -> &[String] {
        &self.openid_scopes
    }

    /// Where to send the customer's browser to log in (`response_type=code`, `client_id`,
    /// `redirect_uri`, `scope` with `openid` and `api_scopes`, PKCE S256, `state`, `nonce`),
    /// and what to keep until the customer comes back.
    pub fn authorization_url<S: AsRef<str>>(
        &self,
        api_scopes: impl IntoIterator<Item = S>,
    ) -> (url::Url, LoginState) {
        let api_scopes: Vec<String> = api_scopes
            .into_iter()
            .map(|s| s.as_ref().to_string())
            .collect();
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let client = self.client();
        let mut request = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .set_pkce_challenge(challenge);
        for scope in self.openid_scopes.iter().chain(&api_scopes) {
            request = request.add_scope(Scope::new(scope.clone()));
        }
        let (url, state, nonce) = request.url();
        (
            url,
            LoginState {
                state,
                nonce,
                verifier,
                api_scopes,
            },
        )
    }

    /// The customer came back to the redirect URI with `query` (the URL's query string, with or
    /// without `?`): checks `state` against `login`'s, exchanges the code with the PKCE
    /// verifier and verifies the ID token. `login` is used up: a callback is handled once.
    pub async fn callback(&self, login: LoginState, query: &str) -> Result<Login, OidcError> {
        let mut state = None;
        let mut code = None;
        let mut error = None;
        let mut description = None;
        for (name, value) in url::form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            let slot = match name.as_ref() {
                "state" => &mut state,
                "code" => &mut code,
                "error" => &mut error,
                "error_description" => &mut description,
                _ => continue,
            };
            slot.get_or_insert(value.into_owned());
        }
        let expected = login.state.secret().as_bytes();
        let same = state.as_deref().is_some_and(|got| {
            got.len() == expected.len()
                && got
                    .bytes()
                    .zip(expected)
                    .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                    == 0
        });
        if !same {
            tracing::warn!("OpenID callback refused: its state is not this login's");
            return Err(OidcError::StateMismatch);
        }
        if let Some(error) = error {
            return Err(OidcError::Denied { error, description });
        }
        let code = code
            .filter(|c| !c.is_empty())
            .ok_or(OidcError::MissingCode)?;
        let client = self.client();
        let response: CoreTokenResponse = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|e| OidcError::Config(e.to_string()))?
            .set_pkce_verifier(login.verifier)
            .request_async(&self.http)
            .await
            .map_err(exchange_error)?;
        let id_token = response
            .id_token()
            .ok_or_else(|| OidcError::IdToken(IdTokenProblem::Missing, "no id_token".into()))?;
        let algorithms: Vec<CoreJwsSigningAlgorithm> = self
            .metadata
            .id_token_signing_alg_values_supported()
            .iter()
            .filter(|alg| **alg != CoreJwsSigningAlgorithm::None)
            .cloned()
            .collect();
        let verifier = client.id_token_verifier().set_allowed_algs(algorithms);
        let claims = id_token
            .claims(&verifier, &login.nonce)
            .map_err(id_token_error)?;
        let claims = IdTokenClaims {
            subject: claims.subject().as_str().to_string(),
            email: claims.email().map(|e| e.as_str().to_string()),
            email_verified: claims.email_verified(),
            name: claims
                .name()
                .and_then(|n| n.get(None))
                .map(|n| n.as_str().to_string()),
        };
        let grant = Grant {
            access: AccessToken::new(response.access_token().secret().as_str()),
            refresh: response
                .refresh_token()
                .map(|r| Secret::new(r.secret().as_str())),
            valid_for: response
                .expires_in()
                .unwrap_or(crate::token::DEFAULT_LIFETIME),
        };
        tracing::debug!("customer logged in with OpenID Connect");
        let renew_url = self
            .metadata
            .token_endpoint()
            .map(|url| Arc::<str>::from(url.as_str()));
        Ok(Login {
            claims,
            auth: IdentityAuth::from_login(
                self.credentials.clone(),
                grant,
                login.api_scopes,
                renew_url,
            ),
        })
    }
}

fn exchange_error(
    error: RequestTokenError<Error, StandardErrorResponse<CoreErrorResponseType>>,
) -> OidcError {
    match error {
        RequestTokenError::ServerResponse(answer) => OidcError::Exchange {
            status: None,
            error: Some(answer.error().as_ref().to_string()),
            description: answer
                .error_description()
                .cloned()
                .unwrap_or_else(|| "no description".into()),
        },
        RequestTokenError::Request(error) => OidcError::Http(Box::new(error)),
        // The body may hold tokens: only the parser's reason is kept.
        RequestTokenError::Parse(error, _body) => OidcError::Exchange {
            status: None,
            error: None,
            description: format!("the answer is not a token response: {error}"),
        },
        RequestTokenError::Other(reason) => OidcError::Exchange {
            status: None,
            error: None,
            description: reason,
        },
    }
}

fn id_token_error(error: ClaimsVerificationError) -> OidcError {
    let problem = match &error {
        ClaimsVerificationError::SignatureVerification(_)
        | ClaimsVerificationError::Unsupported(_) => IdTokenProblem::Signature,
        ClaimsVerificationError::InvalidIssuer(_) => IdTokenProblem::Issuer,
        ClaimsVerificationError::InvalidAudience(_) => IdTokenProblem::Audience,
        ClaimsVerificationError::Expired(_) => IdTokenProblem::Expired,
        ClaimsVerificationError::InvalidNonce(_) => IdTokenProblem::Nonce,
        _ => IdTokenProblem::Other,
    };
    tracing::warn!(problem = ?problem, "ID token refused");
    OidcError::IdToken(problem, error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_take_the_spelling_discovery_lists() {
        let standard: Vec<String> = ["openid", "profile", "email", "offline_access"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            openid_scopes(&standard),
            ["profile", "email", "offline_access"]
        );
        let paths: Vec<String> = [
            "/openid",
            "/openid/profile",
            "/openid/email",
            "/openid/offline_access",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            openid_scopes(&paths),
            [
                "/openid",
                "/openid/profile",
                "/openid/email",
                "/openid/offline_access"
            ]
        );
        // Nothing listed: the standard names.
        assert_eq!(openid_scopes(&[]), ["profile", "email", "offline_access"]);
    }

    #[test]
    fn claims_and_login_state_show_nothing_in_debug() {
        let claims = IdTokenClaims {
            subject: "sub-1".into(),
            email: Some("a@example.com".into()),
            email_verified: Some(true),
            name: Some("Ann".into()),
        };
        let debug = format!("{claims:?}");
        assert!(
            !debug.contains("a@example.com") && !debug.contains("Ann") && !debug.contains("sub-1")
        );
    }
}
