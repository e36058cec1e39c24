//! A token source of your own says in `Identity` whether its tokens carry a customer identity,
//! and only `IssuedToken::with_identity` makes such a token: a source of application tokens
//! cannot claim an identity by its `Identity` alone, and cannot call an identity endpoint.

use std::time::Duration;

use payway_client::{
    Client, CustomerIdentity, Environment, Error, IssuedToken, NoIdentity, SourcedAuth,
    TokenEndpoint, TokenSource,
};

struct Application;

impl TokenSource for Application {
    type Identity = NoIdentity;

    async fn fetch(&self, _tokens: &TokenEndpoint) -> Result<IssuedToken<NoIdentity>, Error> {
        Ok(IssuedToken::application("token", Duration::from_secs(60)))
    }
}

struct Claims;

impl TokenSource for Claims {
    type Identity = CustomerIdentity;

    async fn fetch(&self, _tokens: &TokenEndpoint) -> Result<IssuedToken<CustomerIdentity>, Error> {
        // An application token is not a customer's.
        Ok(IssuedToken::application("token", Duration::from_secs(60)))
    }
}

fn main() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(SourcedAuth::new(Application));
    let _request = client.klarna_payments().v1().create_session();
}
