import pytest
from django.core.cache import cache

from tests.factories import HomePageFactory


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return HomePageFactory()
