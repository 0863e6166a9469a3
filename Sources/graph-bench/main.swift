// Placeholder entry point; replaced by the benchmark.
