//! The keys the identity providers sign with: the OpenID provider's ES256 key pair, made at
//! start (its public half is the JWKS), and SSO2's HS256 with the client secret.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use p256::pkcs8::EncodePrivateKey as _;
use serde_json::Value;
use sha2::{Digest as _, Sha256};

/// An ES256 key pair and its key id. `Debug` never shows the private key.
pub(crate) struct SigningKey {
    kid: String,
    encoding: EncodingKey,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// A new P-256 key from the operating system's randomness.
    pub(crate) fn generate() -> Result<Self, String> {
        let secret = loop {
            let mut bytes = [0u8; 32];
            getrandom::getrandom(&mut bytes)
                .map_err(|e| format!("no randomness for the signing key: {e}"))?;
            // A 32-byte string is a valid scalar but for a vanishing few values: draw again.
            if let Ok(key) = p256::SecretKey::from_slice(&bytes) {
                break key;
            }
        };
        let der = secret
            .to_pkcs8_der()
            .map_err(|e| format!("cannot encode the signing key: {e}"))?;
        Ok(SigningKey {
            kid: crate::ids::hex(16),
            encoding: EncodingKey::from_ec_der(der.as_bytes()),
        })
    }

    /// The public key as a JWK set (`/oidc/jwks`).
    pub(crate) fn jwks(&self) -> Value {
        let keys = Jwk::from_encoding_key(&self.encoding, Algorithm::ES256)
            .map(|mut jwk| {
                jwk.common.key_id = Some(self.kid.clone());
                jwk.common.public_key_use = Some(jsonwebtoken::jwk::PublicKeyUse::Signature);
                vec![jwk]
            })
            .unwrap_or_default();
        serde_json::to_value(JwkSet { keys }).unwrap_or(Value::Null)
    }

    /// `claims` signed ES256 as a compact JWT with this key's id.
    pub(crate) fn sign(&self, claims: &Value) -> Result<String, String> {
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, claims, &self.encoding)
            .map_err(|e| format!("cannot sign the ID token: {e}"))
    }
}

/// `claims` signed HS256 with `secret` (SSO2's answers).
pub(crate) fn sign_hs256(secret: &str, claims: &Value) -> Result<String, String> {
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .map_err(|e| format!("cannot sign the answer: {e}"))
}

/// Why an SSO2 request token was refused.
#[derive(Debug)]
pub(crate) struct Refused(pub(crate) String);

/// Verifies an SSO2 request token: HS256 with `secret`, `aud` = `pw-sso`, `iss` = the
/// organisation, `exp` and `nbf` present and current (with `leeway_seconds`).
pub(crate) fn verify_hs256(
    secret: &str,
    organisation_id: &str,
    token: &str,
    leeway_seconds: u64,
) -> Result<serde_json::Map<String, Value>, Refused> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&["pw-sso"]);
    validation.set_issuer(&[organisation_id]);
    validation.set_required_spec_claims(&["exp", "nbf", "iat", "aud", "iss"]);
    validation.validate_nbf = true;
    validation.leeway = leeway_seconds;
    jsonwebtoken::decode::<serde_json::Map<String, Value>>(
        token,
        &DecodingKey::from_secret(secret.as_bytes()),
        &validation,
    )
    .map(|data| data.claims)
    .map_err(|e| {
        use jsonwebtoken::errors::ErrorKind;
        Refused(match e.kind() {
            ErrorKind::InvalidSignature => {
                "the token's signature is not the client secret's".into()
            }
            ErrorKind::ExpiredSignature => "the token expired (`exp`)".into(),
            ErrorKind::ImmatureSignature => "the token is not valid yet (`nbf`)".into(),
            ErrorKind::InvalidAudience => "the token's `aud` must be `pw-sso`".into(),
            ErrorKind::InvalidIssuer => "the token's `iss` must be the organisation id".into(),
            ErrorKind::InvalidAlgorithm => "the token must be signed HS256".into(),
            ErrorKind::MissingRequiredClaim(claim) => format!("the token lacks `{claim}`"),
            _ => format!("the token is unreadable: {e}"),
        })
    })
}

/// PKCE's S256: `BASE64URL(SHA256(verifier))`.
pub(crate) fn s256(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// Whether `a` and `b` are equal, in time that does not depend on where they differ.
pub(crate) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_s256_matches_rfc_7636_appendix_b() {
        assert_eq!(
            s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn a_request_token_round_trips_and_a_wrong_secret_is_refused() {
        let now = jsonwebtoken::get_current_timestamp();
        let claims = serde_json::json!({
            "cid": "c", "iss": "org", "aud": "pw-sso", "nbf": now, "iat": now, "exp": now + 10
        });
        let token = sign_hs256("s3cret", &claims).expect("signs");
        assert!(verify_hs256("s3cret", "org", &token, 5).is_ok());
        let refused = verify_hs256("other", "org", &token, 5).expect_err("wrong secret");
        assert!(refused.0.contains("signature"), "{refused:?}");
        assert!(verify_hs256("s3cret", "another-org", &token, 5).is_err());
    }

    #[test]
    fn the_jwks_holds_the_public_key_only() {
        let key = SigningKey::generate().expect("key");
        let jwks = key.jwks();
        let jwk = &jwks["keys"][0];
        assert_eq!(jwk["kty"], "EC");
        assert_eq!(jwk["crv"], "P-256");
        assert!(jwk.get("d").is_none(), "{jwks}");
        assert!(key.sign(&serde_json::json!({"sub": "x"})).is_ok());
    }
}
