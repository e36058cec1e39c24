//! v2 `create_session` with `period_type` alone compiles.
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
        .send();
}
