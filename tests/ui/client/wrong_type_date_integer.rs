//! A date parameter takes a `Date` or `YYYY-MM-DD` text, not a number.

use payway_client::{Client, Environment, StaticToken};

fn main() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(StaticToken::with_identity("token"));
    let _request = client
        .klarna_payments()
        .v1()
        .create_session()
        .start_date(42);
}
