"""Regenerate tests/data/encrypted.pdf: a UN-like page behind a user password
(reportlab's standard encryption). pip install reportlab && python scripts/make_test_pdfs.py"""
from pathlib import Path

from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

out = Path(__file__).resolve().parent.parent / "tests" / "data" / "encrypted.pdf"
c = canvas.Canvas(str(out), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=1),
                  invariant=1)
c.setFont("Times-Roman", 10)
for k, line in enumerate(["L’Assemblée générale,", "1. Décide de poursuivre l’examen de la question."]):
    c.drawString(118, 700 - 14 * k, line)
c.showPage()
c.save()
print(out)
