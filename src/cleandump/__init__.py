"""cleandump: turn scraped text dumps and HTML pages into clean, deduplicated articles."""

from .config import Config
from .decode import InputError
from .dedup import DedupIndex, Match, Signature
from .hashing import minhash
from .learn import LearnConfig, learn
from .model import Article, CleanResult, Hashes, Removal
from .pipeline import clean, clean_html, clean_markdown, clean_text
from .rules import Rule, Rules, RulesError

__all__ = [
    "Article",
    "CleanResult",
    "Config",
    "DedupIndex",
    "Hashes",
    "InputError",
    "LearnConfig",
    "Match",
    "Removal",
    "Rule",
    "Rules",
    "RulesError",
    "Signature",
    "clean",
    "clean_html",
    "clean_markdown",
    "clean_text",
    "learn",
    "minhash",
]
__version__ = "0.1.0"
