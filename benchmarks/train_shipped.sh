#!/bin/bash
# How the shipped models were trained, then re-saved with their packed 1-bit form and their
# accuracy measured again with the current code.
#
# bnn-cnn and bnn-mlp are trained on MNIST first (about 48 and 9 minutes here), then taught
# real pen input: fine-tuned on MNIST + the 30 pendigits writers (3 and 6 varied renders of
# each digit) + synthetic drawings in the pen styles MNIST lacks (benchmarks/pen_train.py;
# about 8 and 4 minutes). The same recipe, run with --fold K instead of --all, gives the
# writer-grouped figures in docs/pen-accuracy.md. Needs BNN_GUI_DATA (MNIST) and the pendigits
# folder beside it (or BNN_GUI_PENDIGITS).
set -e
mkdir -p build/base
bnn-gui train --preset bnn-cnn --threads 1 --seed 1 --out build/base/bnn-cnn.safetensors
bnn-gui train --preset bnn-mlp --epochs 30 --threads 2 --seed 1 --out build/base/bnn-mlp.safetensors
python benchmarks/pen_train.py build/base/bnn-cnn.safetensors --all --lr 3e-4 --lr-end 1e-5 \
    --shift 2 --variants 3 --synthetic 5000 --ema 0.999 --out trained/bnn-cnn.safetensors
python benchmarks/pen_train.py build/base/bnn-mlp.safetensors --all --lr 1e-3 --lr-end 1e-4 \
    --shift 0 --variants 6 --synthetic 10000 --bn-on mnist --out trained/bnn-mlp.safetensors
bnn-gui train --preset float-mlp --epochs 15 --threads 2 --seed 1 --out trained/float-mlp.safetensors
bnn-gui train --preset float-cnn --threads 1 --seed 1 --out trained/float-cnn.safetensors
bnn-gui train --preset binaryconnect-det --epochs 10 --threads 2 --seed 1 --out trained/binaryconnect-det.safetensors
python benchmarks/pack_shipped.py trained/bnn-cnn.safetensors trained/bnn-mlp.safetensors
