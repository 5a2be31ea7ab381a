"""Hifazat: child-centred policing with the child's identity protected by design."""

__version__ = "0.1.0"
