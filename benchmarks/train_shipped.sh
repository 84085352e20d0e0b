#!/bin/bash
# Re-make every shipped model from the recipe its file records (`bnn-gui info MODEL` prints
# it), then re-save the 1-bit ones with their packed form. benchmarks/remake.py runs each
# recipe's stages again in order and prints the recorded and re-made test accuracy side by
# side; the re-made files go to build/remade/ (copy them into trained/ to ship them).
#
# The recipes, as recorded (and written out in docs/pen-accuracy.md), each chosen on a
# validation split, never on the test set:
# - bnn-cnn: benchmarks/pen_train.py from scratch on MNIST's first 55,000 training digits + the
#   30 pendigits writers (3 varied renders of each digit) + 6,000 synthetic drawings in the pen
#   styles MNIST lacks (the varied slashed 0s, flagged 1s, 4s and 6s among them): 40 epochs,
#   1e-2 decaying to 1e-5, an average of the weights kept; after every epoch the averaged model
#   (BatchNorm measured again over the mix) is read on MNIST's last 5,000 training digits, and
#   the best epoch's is kept (--val 5000). About 70 minutes here, one thread.
# - bnn-mlp: the same from scratch, 60 epochs (about 50 minutes).
# - float-mlp, float-cnn, binaryconnect-det: `bnn-gui train` with their presets.
# Needs BNN_GUI_DATA (MNIST) and the pendigits folder beside it (or BNN_GUI_PENDIGITS).
set -e
python benchmarks/remake.py trained/bnn-cnn.safetensors trained/bnn-mlp.safetensors \
    trained/float-mlp.safetensors trained/float-cnn.safetensors \
    trained/binaryconnect-det.safetensors --out build/remade --build build/remake
python benchmarks/pack_shipped.py build/remade/bnn-cnn.safetensors build/remade/bnn-mlp.safetensors
