"""Read and write statistics snapshots (see ``models.Snapshot``); cubes as JSON."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from hifazat.stats.models import Snapshot
from hifazat.stats.selectors import Cube

T = TypeVar("T")


def max_age() -> dt.timedelta:
    return dt.timedelta(minutes=settings.HIFAZAT_STATS_SNAPSHOT_MINUTES)


def read(key: str) -> tuple[Any, dt.datetime] | None:
    """The payload and when it was counted, if a snapshot is young enough."""
    row = (
        Snapshot.objects.filter(key=key, computed_at__gte=timezone.now() - max_age())
        .values_list("payload", "computed_at")
        .first()
    )
    return (row[0], row[1]) if row else None


def write(key: str, payload: Any, *, computed_at: dt.datetime, seconds: float) -> None:
    with transaction.atomic():
        Snapshot.objects.update_or_create(
            key=key,
            defaults={"payload": payload, "computed_at": computed_at, "seconds": seconds},
        )


def counted(key: str, count: Callable[[], T], encode: Callable[[T], Any]) -> tuple[T, dt.datetime]:
    """Count now and keep the result as a snapshot."""
    started, t = timezone.now(), time.perf_counter()
    value = count()
    write(key, encode(value), computed_at=started, seconds=time.perf_counter() - t)
    return value, started


# -- cubes as JSON ------------------------------------------------------------------------------


def cube_to_json(cube: Cube) -> dict[str, list[list[Any]]]:
    return {arm: [[*key, n] for key, n in counter.items()] for arm, counter in cube.arms.items()}


def cube_from_json(data: dict[str, list[list[Any]]]) -> Cube:
    cube = Cube()
    for arm, rows in data.items():
        counter: Counter[tuple[object, ...]] = cube.arm(arm)
        for row in rows:
            counter[tuple(row[:-1])] = int(row[-1])
    return cube
