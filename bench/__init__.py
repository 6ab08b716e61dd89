"""On-demand benchmarks: each module prints figures; none is part of the test suite."""
