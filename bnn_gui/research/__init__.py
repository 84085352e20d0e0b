"""Pen-data tools that the benchmarks and the tests use: synthetic handwriting
(``handwriting``), the pendigits writers' trajectories (``pendigits``), the MNIST + pen
training mix (``pen_training``) and MNIST digits made into big pictures and small scans
(``pictures``). The app never imports this package (an import-linter contract checks it)."""
