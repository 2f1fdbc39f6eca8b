"""What stops a publication: the repository cannot be written or reached."""
from __future__ import annotations

# Exit code of ``akn publish`` (and ``akn batch --publish``) when the repository itself
# fails (a full disk, an unreachable server, wrong credentials); 1 and 2 keep their
# meanings (a document refused as invalid or provisional; a file that is not AKN).
EXIT_REPOSITORY = 4


class PublishError(Exception):
    """The repository failed: a one-line message; publishing stops there."""
