// Placeholder entry point; replaced by the command-line tool.
