"""The live path's widgets: the canvas, the network as it computes, the answer, and what they paint with."""
