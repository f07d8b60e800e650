"""Error codes: every error says what happened and how to fix it."""
from typing import Optional


class OpstallyError(Exception):
    """An error with a stable code (`E…`), what happened, and how to fix it."""

    def __init__(self, code: str, message: str, fix: Optional[str] = None):
        self.code = code
        self.message = message
        self.fix = fix
        super().__init__(f"[{code}] {message}" + (f" {fix}" if fix else ""))

    def as_dict(self) -> dict:
        return {"code": self.code, "message": self.message + (f" {self.fix}" if self.fix else "")}


# Input documents (one error record each; the run goes on)
E_BAD_JSON = "E101"        # a JSONL line that is not JSON
E_NOT_OBJECT = "E102"      # a JSONL line that is JSON but not an object
E_NO_TEXT = "E103"         # an object without a "text" key
E_TEXT_TYPE = "E104"       # "text" is not a string
E_DECODE = "E105"          # bytes that are not UTF-8
E_PROCESS = "E106"         # the pipeline failed on this document
E_READ = "E107"            # a file that could not be read mid-run
E_BINARY = "E108"          # a binary file (NUL bytes)
E_TOO_DEEP = "E109"        # JSON nested too deeply, or an integer too long to read safely
E_WORKER = "E110"          # a worker process died on this document's batch twice
# Whole-run problems (exit 2)
E_NO_INPUT = "E201"        # a path that does not exist or cannot be read
E_MODEL = "E202"           # a pipeline that cannot be loaded
E_PATTERNS = "E203"        # a user pattern file that is not valid
E_RESOURCE = "E204"        # bundled data missing from the installation
E_GOLD = "E205"            # an evaluation gold file that is not valid
E_CONFIG = "E206"         # a component setting that is not valid
E_RESUME = "E207"          # --resume on output that does not belong to these inputs, pipeline or options
E_OUT_IS_INPUT = "E209"    # -o names one of the input files
E_OUT_IS_DIR = "E210"      # -o names a directory
E_LOCKED = "E211"          # another run is writing the same -o file
E_STDIN = "E212"           # stdin is closed or cannot be read
E_DASK = "E221"            # --dask without Dask installed, without --output-dir, or a scheduler out of reach
E_WRITE = "E213"           # the output cannot be written (disk full, read-only folder, stdout closed)
# Reading records back (tally, export, schema)
E_RECORDS = "E208"         # a record file that cannot be read (missing, not gzip, not UTF-8)
E_OPTIONAL = "E214"        # an optional dependency that is not installed (parquet: pyarrow)
E_OPTION = "E215"          # a command option that is not valid (--by, --period, --format)
# Pipelines and their components
E_PIPELINE = "E220"        # a component whose input no earlier component wrote
# Warnings (stderr, the run goes on)
W_DATE_KEY = "W301"        # --date-key names a key no input document has


class ConfigError(OpstallyError, ValueError):
    """A component setting that is not valid (E206). A ValueError too, as spaCy raises
    for bad settings, so code that catches spaCy's errors catches it."""

    def __init__(self, message: str, fix: Optional[str] = None):
        super().__init__(E_CONFIG, message, fix)
