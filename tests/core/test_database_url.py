"""DATABASE_URL parsing (config/env.py): what every PostgreSQL connection is opened with."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import parse_database_url


def test_postgresql_connections_get_a_statement_timeout_and_in_memory_planner_settings():
    config = parse_database_url("postgres://web:s%40cret@db.internal:5433/newsroom")
    assert (config["NAME"], config["USER"], config["PASSWORD"], config["HOST"], config["PORT"]) == (
        "newsroom", "web", "s@cret", "db.internal", "5433")
    assert config["OPTIONS"]["options"] == "-c statement_timeout=15000 -c jit=off -c random_page_cost=1.1"


def test_the_url_can_override_the_timeout_and_the_planner_settings():
    config = parse_database_url("postgres://db/newsroom?statement_timeout=3000&jit=on&random_page_cost=4&sslmode=require")
    assert config["OPTIONS"]["options"] == "-c statement_timeout=3000 -c jit=on -c random_page_cost=4.0"
    assert config["OPTIONS"]["sslmode"] == "require"


@pytest.mark.parametrize("query", ["jit=maybe", "random_page_cost=fast", "random_page_cost=nan", "random_page_cost=-1", "statement_timeout=soon"])
def test_bad_planner_values_are_refused_at_start_up(query):
    with pytest.raises((ImproperlyConfigured, ValueError)):
        parse_database_url(f"postgres://db/newsroom?{query}")


def test_sqlite_is_the_embedded_default_shape():
    assert parse_database_url("sqlite:///var/db.sqlite3") == {"ENGINE": "django.db.backends.sqlite3",
                                                              "NAME": "/var/db.sqlite3"}
