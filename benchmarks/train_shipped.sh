#!/bin/bash
# How the shipped models were trained (2 threads; about 14, 9 and 3 minutes here).
set -e
bnn-gui train --preset bnn-cnn --threads 2 --seed 1 --out trained/bnn-cnn.safetensors
bnn-gui train --preset bnn-mlp --epochs 30 --threads 2 --seed 1 --out trained/bnn-mlp.safetensors
bnn-gui train --preset float-mlp --epochs 15 --threads 2 --seed 1 --out trained/float-mlp.safetensors
