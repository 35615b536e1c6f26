fn main() -> std::process::ExitCode {
    pwreset::main()
}
