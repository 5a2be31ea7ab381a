"""Organisation (province → district → police station), roles as data, and users."""

from __future__ import annotations

from typing import ClassVar

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrgUnit(models.Model):
    class Kind(models.TextChoices):
        NATIONAL = "national", _("National")
        PROVINCE = "province", _("Province or territory")
        DISTRICT = "district", _("District")
        STATION = "station", _("Police station")

    kind = models.CharField(max_length=16, choices=Kind.choices)
    code = models.CharField(max_length=24, unique=True)
    name_en = models.CharField(max_length=120)
    name_ur = models.CharField(max_length=120, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    # Materialised path of codes ("PB/KSR/KSR-01/") so that "everything under this unit" is one
    # indexed prefix query.
    path = models.CharField(max_length=200, db_index=True)
    province_kind = models.CharField(max_length=32, blank=True)
    active = models.BooleanField(default=True)

    class Meta:
        ordering: ClassVar = ["path"]

    def __str__(self) -> str:
        return self.name_en

    def display_name(self, language: str = "en") -> str:
        if language == "ur" and self.name_ur:
            return self.name_ur
        return self.name_en


class Permission(models.Model):
    """One thing a role may do, e.g. ``identity.reveal``. The list lives in data/roles.json."""

    code = models.CharField(max_length=64, unique=True)
    description = models.CharField(max_length=200)
    description_ur = models.CharField(max_length=200, blank=True)
    # Permissions that expose a child's identity or control accounts demand two-factor sign-in.
    sensitive = models.BooleanField(default=False)

    class Meta:
        ordering: ClassVar = ["code"]

    def __str__(self) -> str:
        return self.code

    def display_description(self, language: str = "en") -> str:
        return self.description_ur if language == "ur" and self.description_ur else self.description


class Role(models.Model):
    code = models.CharField(max_length=48, unique=True)
    name_en = models.CharField(max_length=120)
    name_ur = models.CharField(max_length=120)
    # The kinds of org unit a holder of this role may be attached to, comma-separated.
    unit_kinds = models.CharField(max_length=64)
    permissions = models.ManyToManyField(Permission, related_name="roles", blank=True)
    ordering = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering: ClassVar = ["ordering", "code"]

    def __str__(self) -> str:
        return self.name_en

    def display_name(self, language: str = "en") -> str:
        return self.name_ur if language == "ur" and self.name_ur else self.name_en

    def allowed_unit_kinds(self) -> list[str]:
        return [k for k in self.unit_kinds.split(",") if k]


class User(AbstractUser):
    class Sex(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        OTHER = "other", _("Other")

    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    rank = models.CharField(_("rank"), max_length=48, blank=True)
    sex = models.CharField(_("sex"), max_length=8, choices=Sex.choices, blank=True)
    org_unit = models.ForeignKey(
        OrgUnit, null=True, blank=True, on_delete=models.PROTECT, related_name="users"
    )
    role = models.ForeignKey(
        Role, null=True, blank=True, on_delete=models.PROTECT, related_name="users"
    )

    objects: ClassVar[UserManager[User]] = UserManager()  # type: ignore[assignment]

    def __str__(self) -> str:
        return self.username
