"""Seeing a conversion: where each element was printed, and a page to look at it.

- :mod:`.layout`: the layout sidecar (``OUT.xml`` -> ``OUT.layout.json``): each element
  written from a printed block, by eId, with its boxes on the pages and its role.
- :mod:`.render`: the PDF's pages as PNG images (PDFium when installed, else poppler).
- :mod:`.page`: one self-contained HTML review page per document.
- :mod:`.index`: the batch's ``index.html``, a row per input.

Nothing here changes a conversion; the structurer only hands over what it noted
(:func:`.layout.keep`).
"""
