from .authors import Author
from .bylines import Byline, BylineRole
from .pages import ArticlePage, HomePage, SectionPage
from .tagging import TaggedOrganisation, TaggedPerson, TaggedPlace, TaggedTopic

__all__ = [
    "ArticlePage",
    "Author",
    "Byline",
    "BylineRole",
    "HomePage",
    "SectionPage",
    "TaggedOrganisation",
    "TaggedPerson",
    "TaggedPlace",
    "TaggedTopic",
]
