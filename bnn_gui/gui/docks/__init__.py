"""The look-inside docks (inside one neuron, float twin, which pixels matter, evaluation, weights) and My digits."""
