//! `create_session` needs a token bound to a customer identity: a fixed application token is
//! not enough.

use payway_client::{Client, Environment, StaticToken};

fn main() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(StaticToken::application("token"));
    let _request = client.klarna_payments().v1().create_session();
}
