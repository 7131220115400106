"""tracker: displacement figures from news, as versioned datasets, charts and Excel reports."""

__version__ = "0.1.0"
