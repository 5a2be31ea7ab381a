"""Publication guard: find and redact what could identify a child before text leaves the station.

``engine`` is pure Python (no Django): ``scan``, ``redact`` and the detectors. ``cli`` is the
``hifazat guard`` command's logic, usable without a database.
"""
