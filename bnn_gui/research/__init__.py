"""Pen-data tools that the benchmarks and the tests use: synthetic handwriting
(``handwriting``), the pendigits writers' trajectories (``pendigits``) and the MNIST + pen
training mix (``pen_training``). The app never imports this package (an import-linter
contract checks it)."""
