"""The HTML review page's template, style, script and label colours (package data)."""
