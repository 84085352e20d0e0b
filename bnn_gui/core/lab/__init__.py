"""The lab's experiments beyond the pitfalls: the bit budget and an export done wrong, and the
shape every lab experiment has (experiment.py)."""
