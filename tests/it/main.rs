//! Integration tests: the real `cruddur-obs` binary against the real local servers, with the real aws
//! CLI as a second client. One test binary (as jj does) so the suite links once.

mod common;

mod build;
mod cli;
mod cloudwatch;
mod collector;
mod declare;
mod doctor;
mod faults;
mod frontend;
mod honeycomb;
mod hostile;
mod in_process;
mod init;
mod layout;
mod leaks;
mod local_copy;
mod otelcol;
mod pipeline;
mod query;
mod readme;
mod scripts;
mod workspaces;
mod xray_groups;
mod xray_rules;
