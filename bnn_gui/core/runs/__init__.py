"""Training runs, fine-tunes, the lab's experiments, the personal set, MNIST, devices, recipes."""
