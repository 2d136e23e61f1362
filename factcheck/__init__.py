"""factcheck: a terminal fact-check desk for newsroom reviewers."""
