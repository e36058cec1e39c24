//! A boolean parameter does not take text: `"yes"` is not a `bool`.

use payway_client::{Client, Environment, StaticToken};

fn main() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(StaticToken::application("token"));
    let _request = client
        .klarna_payments()
        .v2()
        .place_trial_order()
        .raise_on_account_update_error("yes");
}
