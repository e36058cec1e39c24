//! v1 `place_order` needs a token bound to a customer identity: application credentials are
//! not enough (v2 `place_order` is the one for customers without an account).

use payway_client::{ApplicationAuth, Client, Credentials, Environment, scopes};

fn main() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(ApplicationAuth::new(
            Credentials::new("client-id", "client-secret"),
            [scopes::KLARNA_PAYMENTS_W],
        ));
    let _request = client.klarna_payments().v1().place_order();
}
