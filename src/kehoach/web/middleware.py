"""The language of every request: Vietnamese, unless the user chose English."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers

CHOSEN = frozenset(code for code, _name in settings.LANGUAGES)


class ChosenLanguageMiddleware:
    """Django's LocaleMiddleware without the browser's Accept-Language: kehoach is Vietnamese first,
    and an office's machines often run an English browser; English is what the user picks with the
    switcher (its cookie), nothing else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        translation.activate(chosen if chosen in CHOSEN else settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        patch_vary_headers(response, ("Cookie",))  # the language cookie picks the page's words
        return response
