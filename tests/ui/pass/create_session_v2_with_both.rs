//! v2 `create_session` with both `period_type` and `period_id` compiles.
#![allow(unused_imports)]

use payway_client::klarna_payments::v2::create_session::PeriodType;
use payway_client::{Client, Environment, StaticToken};

fn main() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(StaticToken::application("token"));
    // Not awaited: compiling is the test.
    let _future = client
        .klarna_payments()
        .v2()
        .create_session()
        .code("adeprimo_digital")
        .confirmation_url("https://example.com/thanks")
        .period_type(PeriodType::Recurring)
        .period_id("5f0d9ea795cfebfb8544ab12")
        .send();
}
