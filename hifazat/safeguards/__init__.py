"""Safeguards: statutory clocks, checklists and breaches for every contact with a child.

``engine/`` is pure Python (no Django); ``rules/`` holds the rules as data, one file per
instrument; ``cli.py`` is the command line over the engine.
"""
