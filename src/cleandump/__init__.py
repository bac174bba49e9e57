"""cleandump: turn scraped text dumps and HTML pages into clean, deduplicated articles."""

from .config import Config
from .decode import InputError
from .learn import LearnConfig, learn
from .model import Article, CleanResult, Hashes, Removal
from .pipeline import clean, clean_html, clean_text
from .rules import Rule, Rules, RulesError

__all__ = [
    "Article",
    "CleanResult",
    "Config",
    "Hashes",
    "InputError",
    "LearnConfig",
    "Removal",
    "Rule",
    "Rules",
    "RulesError",
    "clean",
    "clean_html",
    "clean_text",
    "learn",
]
__version__ = "0.1.0"
