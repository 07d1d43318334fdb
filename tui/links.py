"""Opening and copying links safely: http(s) only, never a shell, never an option-like URL."""

from __future__ import annotations

import os
import webbrowser
from collections.abc import Mapping

from feeds.sanitize import safe_url


def checked_link(url: str | None) -> str | None:
    """The link when it is an absolute http(s) URL that cannot pass for an option; else None.

    Stricter than sanitising: a link that `safe_url` would have to change at all is refused.
    """
    return url if url and safe_url(url) == url else None


def remote_session(env: Mapping[str, str] | None = None) -> bool:
    """An SSH session with no display to show a browser on."""
    env = os.environ if env is None else env
    ssh = bool(env.get("SSH_CONNECTION") or env.get("SSH_TTY") or env.get("SSH_CLIENT"))
    display = bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    return ssh and not display


def graphical_browser() -> webbrowser.BaseBrowser | None:
    """A browser that will not take over this terminal (text browsers would), or None."""
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return None
    if type(browser) is webbrowser.GenericBrowser:
        return None  # lynx, w3m, www-browser...: they would run inside the dashboard's terminal
    return browser


def open_link(url: str | None) -> tuple[bool, str]:
    """Open the link in a browser (argument list, no shell). Returns (opened, message)."""
    link = checked_link(url)
    if link is None:
        return False, "no http(s) link to open"
    if remote_session():
        return False, "no browser over SSH: press y to copy the link"
    browser = graphical_browser()
    if browser is None:
        return False, "no browser available: press y to copy the link"
    try:
        ok = browser.open(link, new=2)
    except (OSError, webbrowser.Error) as exc:
        return False, f"browser failed: {exc}"
    return (True, "opened in the browser") if ok else (False, "the browser did not start")
