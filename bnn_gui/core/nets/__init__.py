"""PyTorch: binary layers, the networks, packing a trained network, model files."""
