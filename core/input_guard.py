"""A NUL in a request never reaches a query: removed from the query string, refused elsewhere.

PostgreSQL text cannot hold a NUL at all (psycopg raises as soon as one is a query parameter), and a NUL reaches
queries through code we do not write: the admin's list filters (``?status__exact=%00``), its autocomplete
(``term=%00``) and search box, django-filter lookups. Handling it once, before any view runs, covers all of them
and whatever view is added next.

- The query string is cleaned: every NUL is removed from every name and value. Query values are what a visitor
  typed into a search or filter box, possibly pasted with stray characters, and the site answers them by what
  they mean once normalised (search ignores control characters, tests/search); a 400 page instead would replace
  that clear answer with an error. Only the NUL goes: the other control characters are ordinary text to
  PostgreSQL, and each view already answers them (search drops them and says "Hãy nhập từ khóa" when nothing
  is left; a filter refuses a value it does not know).
- A URL-encoded form body (admin actions, the language switch, the login form) with a NUL is refused with the
  Vietnamese 400 page: a POST writes or logs in, and silently changing a name or a credential is worse than
  saying no. No browser sends a NUL from typed text, so only a forged request meets the refusal.
- A path with a NUL is refused the same way: a path names a page, and cleaning it would name another.
- Multipart bodies are not read here: parsing them would take the cost of reading uploads before the views'
  own limits (rate limit, size caps) run, and their fields reach queries only through Django forms, whose text
  fields already refuse a NUL with a form error.
"""

from django.http import QueryDict

from core.views import bad_request

_NUL = "\x00"


def _has_nul(params):
    return any(_NUL in name or any(_NUL in value for value in values) for name, values in params.lists())


def _without_nul(params):
    cleaned = QueryDict(mutable=True)
    for name, values in params.lists():
        for value in values:
            cleaned.appendlist(name.replace(_NUL, ""), value.replace(_NUL, ""))
    cleaned._mutable = False
    return cleaned


class NulCharacterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _NUL in request.path_info:
            return self.refuse(request)
        if _has_nul(request.GET):
            request.GET = _without_nul(request.GET)
        if (request.method == "POST" and request.content_type == "application/x-www-form-urlencoded"
                and _has_nul(request.POST)):
            return self.refuse(request)
        return self.get_response(request)

    def refuse(self, request):
        response = bad_request(request)
        response["Cache-Control"] = "no-store"
        return response
