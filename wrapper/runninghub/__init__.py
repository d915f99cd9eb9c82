"""runninghub: the Python SDK for the RunningHub AI platform."""

__version__ = "0.1.0"
