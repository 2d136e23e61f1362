"""Opening an evidence note's web address from the desk.

Only a graphical browser is used: on a machine without one, Python's `webbrowser` falls back
to a console browser (lynx, w3m) that would take over the desk's own terminal, so there the
desk shows the address to copy instead.
"""

from __future__ import annotations

import webbrowser

from factcheck.app import is_web_url


def open_in_browser(url: str) -> bool:
    """Open `url` (an http or https address; nothing else is ever opened) in a graphical
    browser; False when none is available or the address is not a web address."""
    if not is_web_url(url):
        return False
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    if type(browser) is webbrowser.GenericBrowser:  # a console browser: it would take the tty
        return False
    return bool(browser.open(url, new=2))
