//! The file reader on good and bad files.
