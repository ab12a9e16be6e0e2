"""briefing: turn a news article into a briefing note, by rule."""
__version__ = "0.1.0"
