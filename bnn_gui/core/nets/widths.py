"""The widths of the bit budget, without PyTorch (the window and the lab's tables read them):
which widths there are, how many values each can take, and how many bits a weight of each
takes when stored. The quantisers themselves are in quant.py."""

from __future__ import annotations

WIDTHS = (1.0, 1.58, 2.0, 4.0, 8.0)  # the widths a layer may have, in bits
TERNARY = 1.58
ACTIVATION_DELTA = 1 / 3  # ternary activations: zero inside (−1/3, 1/3)
WEIGHT_DELTA = 0.7  # ternary weights: zero inside 0.7 mean |W| ([TWN] eq. 8)
WEIGHT_RANGE = 3.0  # k-bit weights: the grid spans ± 3 mean |W|


def check_width(bits: float) -> float:
    bits = float(bits)
    if bits not in WIDTHS:
        raise ValueError(f"{bits:g} bits: a width is one of 1, 1.58, 2, 4, 8")
    return bits


def levels(bits: float) -> int:
    """How many values a number of this width can take: 2, 3, 4, 16 or 256."""
    return 3 if bits == TERNARY else 2 ** int(bits)


def storage_bits(bits: float) -> float:
    """Bits a weight takes when stored packed: k for k-bit; 1.6 for ternary (five trits fit a
    byte, 3**5 = 243 <= 256), a little above its 1.58 bits of information."""
    return 1.6 if bits == TERNARY else float(bits)
