//! `create_session` without its required parameter `code` does not compile.

use payway_client::klarna_payments::v1::create_session::PeriodType;
use payway_client::{Client, Environment, StaticToken};

async fn call() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(StaticToken::with_identity("token"));
    let _ = client
        .klarna_payments()
        .v1()
        .create_session()
        // `.code(...)` left out
        .period_type(PeriodType::Recurring)
        .confirmation_url("https://example.com/thanks")
        .send()
        .await;
}

fn main() {
    drop(call());
}
