"""The review desk: a Textual app over `ReviewService` (see app.py)."""
