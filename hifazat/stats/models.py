"""Statistics snapshots: counts made ahead of time so a dashboard opens without recounting.

A snapshot holds *grouped counts* (a report's cube, a scorecard's tallies) for one org unit and
period, never a row about a child: the same numbers the exact internal tables show. They are
written by ``hifazat stats refresh`` (cron) and by a dashboard that had to count for itself,
and read while younger than ``HIFAZAT_STATS_SNAPSHOT_MINUTES``; pages say when they were counted.
"""

from __future__ import annotations

from django.db import models


class Snapshot(models.Model):
    # "cube:<unit>:<start>:<end>" or "scorecard:<unit>:<start>:<end>"
    key = models.CharField(max_length=200, unique=True)
    payload = models.JSONField()
    computed_at = models.DateTimeField()
    seconds = models.FloatField()  # how long the count took

    def __str__(self) -> str:
        return f"{self.key} at {self.computed_at:%Y-%m-%d %H:%M}"
