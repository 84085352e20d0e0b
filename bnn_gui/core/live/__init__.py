"""The live path, no Qt: the drawing, its raster and 28x28, the live session, the stroke's flips."""
