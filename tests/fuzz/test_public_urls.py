"""Every public URL and every query parameter, fed hostile input: never a 500, only a page or a Vietnamese 4xx."""

import itertools
from urllib.parse import quote

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz.conftest import FUZZ
from tests.fuzz.strategies import ROLES, client_for, fill, hostile_text, parameters_of, public_routes
from tests.security.helpers import looks_vietnamese

ROUTES = dict(public_routes())
WITH_ARGUMENTS = [route for route in ROUTES if "<" in route]


def assert_handled(response, what):
    assert response.status_code < 500, what
    if 400 <= response.status_code < 500 and "html" in response.get("Content-Type", ""):
        assert looks_vietnamese(response.content.decode()), (response.status_code, what)


def candidate_values(content):
    """Values that name real content, so a route's own view code runs rather than just a 404."""
    return [content["article"].slug, content["topic"].slug, content["document"].slug, content["official"].slug,
            "kien-giang", "xay-dung-dang", str(content["article"].pk), "2025"]


def test_the_site_has_public_routes_to_fuzz():
    assert "" in ROUTES and "tin-tuc/" in ROUTES
    assert len(ROUTES) >= 8


@pytest.fixture
def resolved(client, site_content):
    """route -> a path that answers 200 when one exists (else the last one tried)."""
    cache = {}

    def resolve(route):
        if route not in cache:
            if "<" not in route:
                cache[route] = "/" + route
            else:
                path = None
                for values in itertools.product(candidate_values(site_content), repeat=route.count("<")):
                    path = fill(route, values)
                    if client.get(path).status_code == 200:
                        break
                cache[route] = path
        return cache[route]

    return resolve


@pytest.fixture
def role_clients(db):
    return {role: client_for(role) for role in ROLES}


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_fuzzed_query_strings_never_cause_a_server_error(resolved, role_clients, route, count_request):
    """Every public route, as each role (a logged-in page is not cached and shows more), with values from all of
    Unicode. The explicit examples make sure every role meets the digits that used to give 500s."""
    path = resolved(route)
    names = parameters_of(ROUTES[route])
    keys = st.one_of(st.sampled_from(names), st.text(min_size=1, max_size=20))

    @FUZZ
    @given(params=st.dictionaries(keys, st.one_of(hostile_text, st.lists(hostile_text, max_size=3)), max_size=5),
           role=st.sampled_from(ROLES))
    def run(params, role):
        count_request()
        assert_handled(role_clients[role].get(path, params), (path, role, params))

    for role in ROLES:
        for value in ("²", "٣", "9" * 4301, "\x00"):
            run = example(params={"page": value}, role=role)(run)
    run = example(params=dict.fromkeys(names, "²"), role="anonymous")(run)
    run = example(params=dict.fromkeys(names, "9" * 4400), role="editor")(run)
    run()


@pytest.mark.parametrize("route", sorted(WITH_ARGUMENTS))
def test_fuzzed_path_segments_never_cause_a_server_error(client, site_content, route, count_request):
    @FUZZ
    @given(values=st.lists(hostile_text, min_size=route.count("<"), max_size=route.count("<")))
    def run(values):
        count_request()
        path = fill(route, values)
        assert_handled(client.get(path), path)

    run()


def test_fuzzed_unknown_paths_get_a_vietnamese_404(client, site_content, count_request):
    @FUZZ
    @given(text=hostile_text)
    def run(text):
        count_request()
        assert_handled(client.get("/" + quote(text[:2000], safe="/")), text)

    run()
