//! The field readers. Each reads one field (or one family: the contact, the dates, the terms)
//! over the shared [`Ad`](super::ad::Ad) view and returns a [`choice::Read`]: the value, the line
//! it was read from and a confidence. Readers that choose among candidates (title, company,
//! location, the terms) fill a [`choice::Ballot`] whose features have named weights in the
//! reader's `weight` module; a value the ad does not state is `None`, never a default.

pub mod choice;
pub mod company;
pub mod contact;
pub mod dates;
pub mod education;
pub mod experience;
pub mod location;
pub mod salary;
pub mod skills;
pub mod terms;
pub mod title;
