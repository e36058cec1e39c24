//! An enum parameter takes its generated enum, not text: `"recurring"` is not a `PeriodType`.

use payway_client::{Client, Environment, StaticToken};

fn main() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(StaticToken::with_identity("token"));
    let _request = client
        .klarna_payments()
        .v1()
        .create_session()
        .period_type("recurring");
}
