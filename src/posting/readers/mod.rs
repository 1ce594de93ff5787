pub mod contact;
pub mod dates;
pub mod experience;
pub mod facts;
pub mod salary;
pub mod skills;
pub mod title;
