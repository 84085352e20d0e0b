"""The 1-bit engine and its files, numpy only (never PyTorch): packed inference, one unit traced, the C library."""
