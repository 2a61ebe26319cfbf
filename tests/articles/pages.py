"""Reading a public list the way a visitor does, page after page."""


def listed(client, url, **params):
    """(the titles of every page of the list at ``url``, in order; the count the list announces)."""
    titles, page = [], 1
    while True:
        response = client.get(url, {**params, "page": page})
        assert response.status_code == 200
        context = response.context
        titles += [a.title for a in context["articles"]]
        if not context["page_obj"].has_next():
            return titles, context["paginator"].count
        page += 1
