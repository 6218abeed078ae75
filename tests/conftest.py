import pytest
from django.core.cache import cache

from tests.browser import browser  # noqa: F401  (the real-browser fixture, for every test)
from tests.factories import HomePageFactory


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return HomePageFactory()
