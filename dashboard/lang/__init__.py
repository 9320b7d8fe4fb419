"""Language knowledge as data: one sub-package per language, read by language-blind engines.

Adding a language means adding a folder with the same module names as ``fr``.
"""
