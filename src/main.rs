//! The `cruddur-obs` binary. Everything lives in the library; this only hands the exit code to the OS.

fn main() -> std::process::ExitCode {
    cruddur_obs::main()
}
