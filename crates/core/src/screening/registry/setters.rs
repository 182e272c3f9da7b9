//! The `with_*` setters of [`RegistryBatch`] and [`Households`], which are `#[non_exhaustive]`:
//! a user builds them with `new(rows)` and adds the columns the rule reads, so a column added
//! later breaks no one. Each type's own page has the example; a setter only sets one column
//! (no copy, no check: the lengths are checked when the batch is screened).

use chrono::NaiveDate;

use crate::model::participant::{MaritalStatus, Sex};
use crate::screening::registry::batch::{
    DayColumn, DictionaryKeys, FlagColumn, IntColumn, RegistryBatch,
};
use crate::screening::registry::households::{AssistanceMask, Households};

/// Writes one `with_*` setter per column: `fn with_field => field: Type;` sets
/// `field = Some(value)`.
macro_rules! setters {
    ($ty:ident { $(fn $setter:ident => $f:ident: $t:ty;)* }) => {
        #[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
        impl<'a> $ty<'a> {
            $(
                #[doc = concat!("Sets the `", stringify!($f), "` column.")]
                #[inline]
                #[must_use]
                pub const fn $setter(mut self, $f: $t) -> Self {
                    self.$f = Some($f);
                    self
                }
            )*
        }
    };
}

setters!(RegistryBatch {
    fn with_sex => sex: &'a [u8];
    fn with_marital_status => marital_status: &'a [u8];
    fn with_sex_keys => sex_keys: DictionaryKeys<'a>;
    fn with_marital_status_keys => marital_status_keys: DictionaryKeys<'a>;
    fn with_age => age: IntColumn<'a>;
    fn with_birth_date => birth_date: DayColumn<'a>;
    fn with_household_head => household_head: FlagColumn<'a>;
    fn with_main_breadwinner => main_breadwinner: FlagColumn<'a>;
    fn with_monthly_income => monthly_income: IntColumn<'a>;
    fn with_dependants => dependants: IntColumn<'a>;
    fn with_household_has_elderly => household_has_elderly: FlagColumn<'a>;
    fn with_household_has_disabled => household_has_disabled: FlagColumn<'a>;
    fn with_has_business => has_business: FlagColumn<'a>;
    fn with_in_integrated_database => in_integrated_database: FlagColumn<'a>;
    fn with_assistance => assistance: &'a [AssistanceMask];
});

setters!(Households {
    fn with_sex => sex: &'a [Option<Sex>];
    fn with_age => age: &'a [Option<i32>];
    fn with_birth_date => birth_date: &'a [Option<NaiveDate>];
    fn with_marital_status => marital_status: &'a [Option<MaritalStatus>];
    fn with_household_head => household_head: &'a [Option<bool>];
    fn with_main_breadwinner => main_breadwinner: &'a [Option<bool>];
    fn with_monthly_income => monthly_income: &'a [Option<i64>];
    fn with_dependants => dependants: &'a [Option<u32>];
    fn with_household_has_elderly => household_has_elderly: &'a [Option<bool>];
    fn with_household_has_disabled => household_has_disabled: &'a [Option<bool>];
    fn with_has_business => has_business: &'a [Option<bool>];
    fn with_in_integrated_database => in_integrated_database: &'a [Option<bool>];
    fn with_assistance => assistance: &'a [AssistanceMask];
});
