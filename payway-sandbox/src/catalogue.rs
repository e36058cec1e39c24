//! The packages the sandbox sells and their Klarna payments payment periods, with the item
//! fields of the docs' payment_periods example (`id`, `payment_method`, `type`, `enabled`,
//! `iteration_type`, `iteration_length`, `price`).

use serde_json::{Value, json};

/// One payment period of a package.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Period {
    pub(crate) id: &'static str,
    pub(crate) period_type: &'static str,
    pub(crate) iteration_type: &'static str,
    pub(crate) iteration_length: u32,
    pub(crate) price: u32,
}

impl Period {
    /// The period as a payment_periods item.
    pub(crate) fn to_item(self) -> Value {
        json!({
            "id": self.id,
            "payment_method": "klarna_payments",
            "type": self.period_type,
            "enabled": true,
            "iteration_type": self.iteration_type,
            "iteration_length": self.iteration_length,
            "price": self.price,
        })
    }
}

/// Package and campaign codes with their periods. `adeprimo_digital` is the docs' example
/// code, with the docs' two example prices (210 a month, 410 every two months); the second
/// period's id is the one in the docs' create_session example.
const PACKAGES: &[(&str, &[Period])] = &[
    (
        "adeprimo_digital",
        &[
            Period {
                id: "5e4bbd0e09c04c1f6498c57f",
                period_type: "recurring",
                iteration_type: "month",
                iteration_length: 1,
                price: 210,
            },
            Period {
                id: "5f0d9ea795cfebfb8544ab12",
                period_type: "recurring",
                iteration_type: "month",
                iteration_length: 2,
                price: 410,
            },
        ],
    ),
    (
        "adeprimo_weekend",
        &[Period {
            id: "5f0d9ea795cfebfb8544ab13",
            period_type: "limited",
            iteration_type: "month",
            iteration_length: 1,
            price: 99,
        }],
    ),
];

/// The periods of the package or campaign `code`, or `None` when the sandbox does not sell it.
pub(crate) fn periods(code: &str) -> Option<&'static [Period]> {
    PACKAGES
        .iter()
        .find(|(known, _)| *known == code)
        .map(|(_, periods)| *periods)
}

/// The codes the sandbox sells, for messages.
pub(crate) fn codes() -> Vec<&'static str> {
    PACKAGES.iter().map(|(code, _)| *code).collect()
}
