"""The window's translations: bnn_gui_<lang>.ts (edited with Qt Linguist, or by hand) and the
bnn_gui_<lang>.qm files built from them, which the window loads (gui/language.py)."""
