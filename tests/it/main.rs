//! Every integration test in one binary: one link of the library and its dependencies instead
//! of one per file, and every test free to run alongside any other.

#[macro_use]
mod contract;
mod common;

mod allauth;
mod authenticator_steps;
mod backends;
mod better_auth;
mod cli;
mod cognito;
mod completion;
mod detect;
mod dev_server;
mod entra;
mod firebase;
mod hostile;
mod interactive;
mod kratos;
mod languages;
mod neighbours;
mod okta;
mod pocketbase;
mod refusals;
mod scripted;
mod secret_service;
mod snapshots;
mod supabase;
