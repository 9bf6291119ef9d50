"""Lokakarya's PySide6 user interface: windows, pages, models and the command line."""
