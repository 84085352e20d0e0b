"""Runs in the window: the training panel and its form and curves, the lab, the worker, MNIST."""
