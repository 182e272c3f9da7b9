//! `Serialize` for the crate's error types, so a service can answer with any of them as JSON:
//! each is written as `{ "code": …, "message": … }` — its stable machine-readable code and its
//! English message. Each error's module invokes [`serialize_error!`] once with the function
//! that gives the code.

/// Implements `serde::Serialize` for an error type as `{ "code", "message" }`; `$code` maps
/// `&$ty` to its `&'static str` code.
macro_rules! serialize_error {
    ($ty:ty, $code:expr) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct;
                let code: fn(&$ty) -> &'static str = $code;
                let mut out = s.serialize_struct(stringify!($ty), 2)?;
                out.serialize_field("code", code(self))?;
                out.serialize_field("message", &self.to_string())?;
                out.end()
            }
        }
    };
}
pub(crate) use serialize_error;
