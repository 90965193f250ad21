//! Shell completions and man pages, generated from the clap definition (as xh does), so they can never
//! describe flags the tool does not have. The checked-in copies under `completions/` and `man/` are
//! compared with fresh output by a test.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::Args;
use clap_complete::Shell;

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::fsio::write_if_changed;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Args)]
pub struct GenerateAssetsArgs {
    /// The repository root: completions/ and man/ are written below it
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

pub const SHELLS: [Shell; 5] = [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish];

/// The completion script for `shell`, and the file name it is checked in under.
pub fn completion_script(shell: Shell) -> (String, Vec<u8>) {
    let mut command = super::command();
    let name = command.get_name().to_owned();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, &name, &mut script);
    (clap_complete::Generator::file_name(&shell, &name), script)
}

/// Every man page: the tool's and one per subcommand (`cruddur-obs-xray-rules-apply.1`).
pub fn man_pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut pages = Vec::new();
    fn walk(command: &clap::Command, prefix: &str, pages: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
        let name = if prefix.is_empty() { command.get_name().to_owned() } else { format!("{prefix}-{}", command.get_name()) };
        let mut page = Vec::new();
        let titled = command.clone().name(name.clone());
        clap_mangen::Man::new(titled).render(&mut page)?;
        pages.push((format!("{name}.1"), page));
        for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set() && sub.get_name() != "help") {
            walk(sub, &name, pages)?;
        }
        Ok(())
    }
    let mut command = super::command();
    command.build();
    walk(&command, "", &mut pages)?;
    Ok(pages)
}

pub fn run_completions(context: &Context, args: CompletionsArgs) -> CliResult {
    let (_, script) = completion_script(args.shell);
    context.ui.out().write_all(&script)?;
    Ok(())
}

fn write_all(dir: &Path, files: Vec<(String, Vec<u8>)>) -> CliResult<usize> {
    std::fs::create_dir_all(dir).map_err(|err| CliError::internal(format!("{}: {err}", dir.display())))?;
    let mut changed = 0;
    for (name, contents) in files {
        let outcome = write_if_changed(&dir.join(&name), &contents, None)?;
        changed += usize::from(outcome != crate::fsio::WriteOutcome::Unchanged);
    }
    Ok(changed)
}

pub fn run_generate_assets(context: &Context, args: GenerateAssetsArgs) -> CliResult {
    let completions = SHELLS.iter().map(|shell| completion_script(*shell)).collect();
    let changed = write_all(&args.root.join("completions"), completions)? + write_all(&args.root.join("man"), man_pages()?)?;
    context.ui.status(&format!("{changed} file(s) regenerated"));
    Ok(())
}
