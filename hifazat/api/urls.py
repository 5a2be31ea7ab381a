from django.urls import URLPattern, URLResolver

from hifazat.api.api import api


def _token_authenticated(patterns: list[URLPattern | URLResolver]) -> None:
    """API views authenticate by bearer token, not by session: exempt them from the web's
    LoginRequiredMiddleware (ninja's TokenAuth still refuses anonymous calls with 401)."""
    for p in patterns:
        if isinstance(p, URLResolver):
            _token_authenticated(p.url_patterns)
        else:
            p.callback.login_required = False  # type: ignore[attr-defined]


urls, app_name, namespace = api.urls
_token_authenticated(urls)
urlpatterns = urls
