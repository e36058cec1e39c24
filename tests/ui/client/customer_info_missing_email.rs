//! A `CustomerInfo` without its required field `email` cannot be built.

use payway_client::klarna_payments::v2::place_trial_order::CustomerInfo;

fn main() {
    let _info = CustomerInfo::builder().first_name("Ada").build();
}
