"""Custom attributes opstally writes. Values are plain JSON data (offsets, ids), so they
survive `Doc.to_bytes`, `DocBin(store_user_data=True)` and `nlp.pipe(n_process>1)`."""
from spacy.tokens import Doc

DOC_EXTENSIONS = ("opstally_entities", "opstally_counts", "opstally_events",
                  "opstally_date",  # the document date, ISO YYYY-MM-DD; callers may set it before the pipeline
                  "opstally_text")  # transient: the text a caller made the doc from (opstally_dataset reads
#                                   it instead of rebuilding doc.text, then clears it)


def register_extensions() -> None:
    """Register the extensions once; calling again is harmless (never `force=True`)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
