//! Unified diffs of planned file edits, for `--dry-run`: `a/PATH` and `b/PATH` headers (`/dev/null` for
//! a new file), as git prints them, so they read (and `git apply`) the way people expect.

/// The unified diff from `before` (`None`: the file does not exist) to `after`, of the file shown as `name`.
pub fn unified(name: &str, before: Option<&str>, after: &str) -> String {
    let diff = similar::TextDiff::from_lines(before.unwrap_or(""), after);
    let old = if before.is_some() { format!("a/{name}") } else { "/dev/null".to_owned() };
    diff.unified_diff().header(&old, &format!("b/{name}")).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_files_come_from_dev_null_and_edits_from_a() {
        assert_eq!(unified(".env", None, "A=1\n"), "--- /dev/null\n+++ b/.env\n@@ -0,0 +1 @@\n+A=1\n");
        assert_eq!(unified("x.txt", Some("a\nb\n"), "a\nc\n"), "--- a/x.txt\n+++ b/x.txt\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n");
        assert_eq!(unified("same", Some("a\n"), "a\n"), "");
    }
}
