"""opstally: structured event records from news about security operations in Iraq and Syria.

Importing this package is cheap: spaCy components are registered through entry
points and loaded only when a pipeline asks for them.
"""
__version__ = "0.1.0"

__all__ = ["__version__", "load"]


def load(model=None, **kwargs):
    """The opstally pipeline: `model` (a package name or path), else the default one."""
    from .pipeline import load_pipeline

    return load_pipeline(model, **kwargs)
