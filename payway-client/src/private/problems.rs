//! The values a builder rejected, kept until `send()` reports them all before any I/O.

use std::borrow::Cow;

use crate::error::{Error, InvalidParameter, InvalidRequest};
use payway_values::{IntoValue, InvalidValue};

/// The values a builder rejected, kept until the request is sent so that setters stay
/// infallible and `send()` reports every rejected value, before any network I/O.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems(Vec<InvalidParameter>);

impl Problems {
    /// Records the outcome of checking `parameter`'s new value, replacing any earlier problem
    /// of that parameter; gives the value back when it is valid.
    pub fn check<T>(
        &mut self,
        parameter: &'static str,
        value: Result<T, InvalidValue>,
    ) -> Option<T> {
        self.clear(parameter);
        match value {
            Ok(value) => Some(value),
            Err(reason) => {
                self.0.push(InvalidParameter::new(parameter, reason));
                None
            }
        }
    }

    /// Forgets the problems of `parameter` and of everything nested in it.
    pub fn clear(&mut self, parameter: &str) {
        if self.0.is_empty() {
            return;
        }
        self.0.retain(|p| {
            let path = p.parameter();
            !(path == parameter
                || path
                    .strip_prefix(parameter)
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('[')))
        });
    }

    /// Like [`Problems::check`] for an optional value: `None` clears the parameter.
    pub fn check_maybe<T, V: IntoValue<T>>(
        &mut self,
        parameter: &'static str,
        value: Option<V>,
    ) -> Option<T> {
        match value {
            Some(value) => self.check(parameter, value.into_value()),
            None => {
                self.clear(parameter);
                None
            }
        }
    }

    /// Sets a list parameter whose items need no check: clears the parameter's old problems.
    pub fn list<T>(&mut self, parameter: &'static str, value: Option<Vec<T>>) -> Option<Vec<T>> {
        self.clear(parameter);
        value
    }

    /// Sets an object parameter: takes over the object's problems, with their paths under
    /// `parameter` (e.g. `customer_info.email`).
    pub fn nested<O: Nested>(&mut self, parameter: &'static str, value: Option<O>) -> Option<O> {
        self.clear(parameter);
        value.map(|mut object| {
            self.absorb_under(Cow::Borrowed(parameter), object.take_problems());
            object
        })
    }

    /// Sets a list-of-objects parameter: takes over each object's problems, with their paths
    /// under `parameter[index]`.
    pub fn nested_list<O: Nested>(
        &mut self,
        parameter: &'static str,
        value: Option<Vec<O>>,
    ) -> Option<Vec<O>> {
        self.clear(parameter);
        value.map(|mut objects| {
            for (index, object) in objects.iter_mut().enumerate() {
                let nested = object.take_problems();
                if !nested.0.is_empty() {
                    self.absorb_under(Cow::Owned(format!("{parameter}[{index}]")), nested);
                }
            }
            objects
        })
    }

    fn absorb_under(&mut self, prefix: Cow<'static, str>, nested: Problems) {
        for problem in nested.0 {
            let path = format!("{prefix}.{}", problem.parameter());
            let reason = InvalidValue::new(problem.reason());
            self.0.push(InvalidParameter::new(path, reason));
        }
    }

    /// Records a rejection of a parameter named at run time (an endpoint's open parameters),
    /// kept alongside every other problem.
    pub fn reject(&mut self, parameter: String, reason: &'static str) {
        self.0
            .push(InvalidParameter::new(parameter, InvalidValue::new(reason)));
    }

    /// `Ok` when nothing was rejected, else the rejection of the request to `endpoint`.
    pub fn into_result(self, endpoint: &'static str) -> Result<(), Error> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Error::InvalidRequest(InvalidRequest::new(endpoint, self.0)))
        }
    }
}

/// A request object that carries the problems of its values until it is set on a request.
pub trait Nested {
    /// Takes the object's problems, leaving none.
    fn take_problems(&mut self) -> Problems;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An object whose one problem, if any, is on the named parameter.
    struct Object(Option<&'static str>);

    impl Nested for Object {
        fn take_problems(&mut self) -> Problems {
            let mut problems = Problems::default();
            if let Some(parameter) = self.0.take() {
                problems.check::<u8>(parameter, Err(InvalidValue::new("bad")));
            }
            problems
        }
    }

    #[test]
    fn a_new_value_replaces_the_problem_of_the_old_one() {
        let mut problems = Problems::default();
        assert_eq!(
            problems.check::<u8>("a", Err(InvalidValue::new("bad"))),
            None
        );
        assert_eq!(problems.check("a", Ok(1)), Some(1));
        assert!(problems.into_result("x").is_ok());
    }

    #[test]
    fn nested_problems_get_their_path() {
        let mut problems = Problems::default();
        problems.nested("customer_info", Some(Object(Some("email"))));
        let Err(Error::InvalidRequest(request)) = problems.into_result("x") else {
            panic!("expected a rejection")
        };
        assert_eq!(request.problems()[0].parameter(), "customer_info.email");
    }

    #[test]
    fn clearing_a_parameter_clears_what_is_nested_in_it_only() {
        let mut problems = Problems::default();
        problems.check::<u8>("ab", Err(InvalidValue::new("bad")));
        problems.nested_list("a", Some(vec![Object(None), Object(Some("c"))]));
        problems.clear("a");
        let Err(Error::InvalidRequest(request)) = problems.into_result("x") else {
            panic!("expected a rejection")
        };
        assert_eq!(request.problems().len(), 1);
        assert_eq!(request.problems()[0].parameter(), "ab");
    }
}
