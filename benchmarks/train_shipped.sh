#!/bin/bash
. .venv/bin/activate
export BNN_GUI_DATA=$PWD/../shared/data/mnist
bnn-gui train --preset bnn-cnn --epochs 25 --threads 2 --seed 1 --out trained/bnn-cnn.safetensors 2>/dev/null > runs/bnn-cnn.log
bnn-gui train --preset bnn-mlp --epochs 30 --threads 2 --seed 1 --out trained/bnn-mlp.safetensors 2>/dev/null > runs/bnn-mlp.log
bnn-gui train --preset float-mlp --epochs 15 --threads 2 --seed 1 --out trained/float-mlp.safetensors 2>/dev/null > runs/float-mlp.log
