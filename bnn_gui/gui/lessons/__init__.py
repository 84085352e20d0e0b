"""Lessons in the window: the bar that steps through one (player.py), where they are reached (menus.py)."""
