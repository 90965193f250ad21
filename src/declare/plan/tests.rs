//! The planner on small setups.
