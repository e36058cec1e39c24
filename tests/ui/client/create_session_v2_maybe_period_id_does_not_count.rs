//! `maybe_period_id` may set nothing, so it does not satisfy the rule that one of
//! `period_type` and `period_id` is set.

use payway_client::{Client, Environment, StaticToken};

async fn call() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(StaticToken::application("token"));
    let _ = client
        .klarna_payments()
        .v2()
        .create_session()
        .code("adeprimo_digital")
        .confirmation_url("https://example.com/thanks")
        .maybe_period_id(Some("5f0d9ea795cfebfb8544ab12"))
        .send()
        .await;
}

fn main() {
    drop(call());
}
