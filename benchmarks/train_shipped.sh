#!/bin/bash
# How the shipped models were trained, then re-saved with their packed 1-bit form and their
# accuracy measured again with the current code.
#
# Both are taught real pen input with benchmarks/pen_train.py (docs/pen-accuracy.md): MNIST +
# the 30 pendigits writers (3 and 6 varied renders of each digit) + synthetic drawings in the
# pen styles MNIST lacks.
# - bnn-cnn is trained on that mix from scratch: 20 epochs, 1e-2 decaying to 1e-5, an average
#   of the weights kept and used at the end (about 39 minutes here, one thread).
# - bnn-mlp is trained on MNIST first (about 9 minutes), fine-tuned for 3 epochs on the mix
#   (about 4 minutes), then runs 2 more epochs at a small step (1e-4 to 1e-5) on MNIST + one
#   render of each pen digit + 1,000 synthetic drawings, which wins back most of the MNIST the
#   first stage cost it (about 2 minutes).
# The same commands with --fold K instead of --all give the writer-grouped figures. Needs
# BNN_GUI_DATA (MNIST) and the pendigits folder beside it (or BNN_GUI_PENDIGITS).
set -e
mkdir -p build/base build/pen
python benchmarks/pen_train.py bnn-cnn --scratch --all --epochs 20 --lr 1e-2 --lr-end 1e-5 \
    --shift 2 --variants 3 --synthetic 5000 --ema 0.999 --out trained/bnn-cnn.safetensors
bnn-gui train --preset bnn-mlp --epochs 30 --threads 2 --seed 1 --out build/base/bnn-mlp.safetensors
python benchmarks/pen_train.py build/base/bnn-mlp.safetensors --all --lr 1e-3 --lr-end 1e-4 \
    --shift 0 --variants 6 --synthetic 10000 --bn-on mnist --out build/pen/bnn-mlp.safetensors
python benchmarks/pen_train.py build/pen/bnn-mlp.safetensors --all --epochs 2 --lr 1e-4 \
    --lr-end 1e-5 --shift 0 --variants 1 --synthetic 1000 --bn-on mnist --out trained/bnn-mlp.safetensors
bnn-gui train --preset float-mlp --epochs 15 --threads 2 --seed 1 --out trained/float-mlp.safetensors
bnn-gui train --preset float-cnn --threads 1 --seed 1 --out trained/float-cnn.safetensors
bnn-gui train --preset binaryconnect-det --epochs 10 --threads 2 --seed 1 --out trained/binaryconnect-det.safetensors
python benchmarks/pack_shipped.py trained/bnn-cnn.safetensors trained/bnn-mlp.safetensors
