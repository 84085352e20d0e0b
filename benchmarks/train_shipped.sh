#!/bin/bash
# How the shipped models were trained (about 48, 9, 3 and 10 minutes here), then re-saved with their
# packed 1-bit form and their accuracy measured again with the current code.
set -e
bnn-gui train --preset bnn-cnn --threads 1 --seed 1 --out trained/bnn-cnn.safetensors
bnn-gui train --preset bnn-mlp --epochs 30 --threads 2 --seed 1 --out trained/bnn-mlp.safetensors
bnn-gui train --preset float-mlp --epochs 15 --threads 2 --seed 1 --out trained/float-mlp.safetensors
bnn-gui train --preset float-cnn --threads 1 --seed 1 --out trained/float-cnn.safetensors
bnn-gui train --preset binaryconnect-det --epochs 10 --threads 2 --seed 1 --out trained/binaryconnect-det.safetensors
python benchmarks/pack_shipped.py trained/bnn-cnn.safetensors trained/bnn-mlp.safetensors
