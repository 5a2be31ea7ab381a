from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse

from hifazat.accounts import access
from hifazat.web.nav import NAV


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    items = []
    for item in NAV:
        if item.permission is None or access.can(user, item.permission):
            url = reverse(item.url_name)
            items.append({"url": url, "label": item.label, "current": request.path == url})
    return {"nav_items": items}
