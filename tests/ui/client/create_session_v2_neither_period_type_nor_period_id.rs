//! v2 `create_session` needs `period_type`, `period_id` or both: with neither it does not
//! compile, and the one error names both.

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
        .send()
        .await;
}

fn main() {
    drop(call());
}
