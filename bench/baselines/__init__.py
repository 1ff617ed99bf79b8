"""Fair baselines for the benchmarks: the same work done the bare way (not run by make bench)."""
