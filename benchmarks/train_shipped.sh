#!/bin/bash
# Re-make every shipped model from the recipe its file records (`bnn-gui info MODEL` prints
# it), then re-save the 1-bit ones with their packed form. benchmarks/remake.py runs each
# recipe's stages again in order and prints the recorded and re-made test accuracy side by
# side; the re-made files go to build/remade/ (copy them into trained/ to ship them).
#
# The recipes, as recorded (and written out in docs/pen-accuracy.md):
# - bnn-cnn: benchmarks/pen_train.py from scratch on MNIST + the 30 pendigits writers (3 varied
#   renders of each digit) + 5,000 synthetic drawings in the pen styles MNIST lacks: 20 epochs,
#   1e-2 decaying to 1e-5, an average of the weights kept and used at the end (about 39
#   minutes here, one thread).
# - bnn-mlp: `bnn-gui train` on MNIST (about 9 minutes), then two pen_train stages: 3 epochs on
#   the mix, then 2 at a small step (1e-4 to 1e-5) that win back most of the MNIST the first
#   cost (about 6 minutes together).
# - float-mlp, float-cnn, binaryconnect-det: `bnn-gui train` with their presets.
# Needs BNN_GUI_DATA (MNIST) and the pendigits folder beside it (or BNN_GUI_PENDIGITS).
set -e
python benchmarks/remake.py trained/bnn-cnn.safetensors trained/bnn-mlp.safetensors \
    trained/float-mlp.safetensors trained/float-cnn.safetensors \
    trained/binaryconnect-det.safetensors --out build/remade --build build/remake
python benchmarks/pack_shipped.py build/remade/bnn-cnn.safetensors build/remade/bnn-mlp.safetensors
