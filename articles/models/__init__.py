from .authors import Author
from .bylines import Byline, BylineRole
from .corrections import Correction, CorrectionKind
from .pages import ArticlePage, HomePage, SectionPage
from .tagging import THROUGH_MODELS

__all__ = [
    "ArticlePage",
    "Author",
    "Byline",
    "BylineRole",
    "Correction",
    "CorrectionKind",
    "HomePage",
    "SectionPage",
    "THROUGH_MODELS",
]
